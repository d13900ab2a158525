"""Typed records passed between the stages: reader -> NLP -> extractors -> store.

Every extracted record carries its provenance: the sentence index and the
character span (start, end) into the article's original text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, Field

EntityType = Literal["PER", "ORG", "LOC"]
CommitmentKind = Literal["pledge", "plan", "target", "project", "responsibility", "directive", "proposal", "agreement"]
Precision = Literal["day", "month", "quarter", "year", "interval"]
YearSource = Literal["text", "published", "article", "unresolved"]
ProgressStatus = Literal["announced", "started", "completed", "delayed", "cancelled"]


class Article(BaseModel):
    """One input article, text exactly as read."""

    id: str  # content hash prefix, stable across runs
    source: str  # basename of the input file (or id given in JSONL)
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None
    source_name: Optional[str] = None  # publisher, from metadata
    text: str
    content_hash: str


class Token(BaseModel):
    """One underthesea word (may span several syllables) with its offsets."""

    text: str
    pos: str
    chunk: str
    ner: str
    start: int
    end: int


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = Field(default_factory=list)


class Document(BaseModel):
    """An article after sentence splitting and underthesea analysis.

    `norm` is the matching form of `article.text` (NFC, one tone placement),
    the same length, so offsets found in `norm` are offsets in the text.
    """

    article: Article
    norm: str
    sentences: list[Sentence]

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]


class Entity(BaseModel):
    """An article-local entity: the store links it to a global one by `keys`."""

    id: str  # local id, e.g. "ORG:3"
    type: EntityType
    name: str  # preferred name as far as this article knows
    surfaces: list[str] = Field(default_factory=list)
    keys: list[str] = Field(default_factory=list)  # normalized linking keys
    # other forms the article writes it as, not mention spans: a place with the
    # administrative noun before it (`tỉnh Gia Lai`), kept as aliases
    forms: list[str] = Field(default_factory=list)


class Mention(BaseModel):
    entity: str  # local entity id
    type: EntityType
    text: str
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float


class Role(BaseModel):
    person: str  # local entity id
    title: str
    org: Optional[str] = None  # local entity id
    sentence: int
    start: int
    end: int
    rule: str = "title-lexicon"


class DateMention(BaseModel):
    text: str
    start: int
    end: int
    sentence: int
    value: str  # ISO 8601 at the precision the text gives
    precision: Precision
    year_source: YearSource
    rule: str = "date-grammar"


class Commitment(BaseModel):
    actor: Optional[str] = None  # local entity id (organisation preferred)
    person: Optional[str] = None  # local entity id of the speaker, when an institution commits
    kind: CommitmentKind
    trigger: str
    text: str  # the clause, verbatim
    start: int
    end: int
    sentence: int
    object: Optional[str] = None
    amount: Optional[str] = None
    quantity: Optional[str] = None
    location: Optional[str] = None  # local entity id
    target_date: Optional[str] = None  # ISO value of a date in (or before) the clause
    period: Optional[str] = None  # a duration as written (`trong giai đoạn 3 năm tới`), not a point in time
    partner: Optional[str] = None  # local entity id
    rule: str = "trigger-lexicon"
    confidence: float = 0.8


class ProgressEvent(BaseModel):
    """A report of how an undertaking stands: announced (a commitment), started, completed,
    delayed or cancelled, with the date the sentence gives (else the article's)."""

    status: ProgressStatus
    trigger: str
    text: str  # the clause that reports it, verbatim (the evidence)
    start: int
    end: int
    sentence: int
    date: Optional[str] = None  # ISO value: the sentence's date of the event, else the article's published date
    date_source: Literal["text", "published"] | None = None
    actor: Optional[str] = None  # local entity id: the commitment's actor, or the sentence's nearest organisation
    commitment: Optional[int] = None  # index into Extraction.commitments (announced events)
    rule: str


class Extraction(BaseModel):
    """Everything extracted from one article."""

    document: Document
    author: Optional[str] = None
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    progress: list[ProgressEvent] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # extractor components that failed, and what that cost
