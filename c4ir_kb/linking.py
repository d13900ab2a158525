"""Linking keys and canonical names for entities (work in progress)."""
from __future__ import annotations

from collections import Counter

from .text import match_key


def link_keys(type: str, surface: str) -> list[str]:
    k = match_key(surface)
    return [k] if k else []


def canonical_name(type: str, surfaces: list[str]) -> str:
    c = Counter(surfaces)
    return sorted(c, key=lambda s: (-c[s], -len(s), s))[0] if surfaces else ""
