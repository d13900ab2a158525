"""People, organisations, locations and roles (issue 3). Work in progress: interface first."""
from __future__ import annotations

from pydantic import BaseModel, Field

from ..models import Document, Entity, Mention, Role


class EntityResult(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    author: str | None = None


def extract_entities(doc: Document) -> EntityResult:
    return EntityResult()
