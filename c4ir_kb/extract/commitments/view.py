"""The document as the commitment components see it: text, sentences, entities, mentions, dates.

Reads: the analysed Document, the entity extractor's entities and mentions, the date extractor's dates.
Claims: nothing. Read-only look-ups shared by every component: the lower-cased text (same offsets
as the normalized text), mentions by position, entity types and surfaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Optional

from c4ir_kb.models import DateMention, Document, Entity, Mention, Sentence, Token

from c4ir_kb.extract.commitments.lexicon import lower_same_length, rules_data  # noqa: F401  (rules_data re-exported for the components)


class DocView:
    def __init__(self, doc: Document, entities: list[Entity], mentions: list[Mention], dates: list[DateMention]):
        self.doc = doc
        self.norm = doc.norm
        self.low = lower_same_length(doc.norm)
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.by_end: dict[int, list[Mention]] = {}
        self.by_start: dict[int, list[Mention]] = {}  # in the order of self.mentions (longest first)
        for m in self.mentions:
            self.by_end.setdefault(m.end, []).append(m)
            self.by_start.setdefault(m.start, []).append(m)
        self.starts = [m.start for m in self.mentions]  # for bisect: mentions_in, inside_mention
        self.max_end: list[int] = []  # the furthest end of the mentions up to each index
        for m in self.mentions:
            self.max_end.append(max(m.end, self.max_end[-1]) if self.max_end else m.end)
        self.dates = sorted(dates, key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]  # for bisect: dates_in
        self.count: dict[str, int] = {}
        for m in mentions:
            self.count[m.entity] = self.count.get(m.entity, 0) + 1
        # entity surfaces, for places the mention list missed
        self.surfaces: list[tuple[str, Entity]] = []
        for e in entities:
            for s in {e.name, *e.surfaces}:
                if len(s) >= 2:
                    self.surfaces.append((lower_same_length(s), e))
        self.surfaces.sort(key=lambda x: -len(x[0]))
        # gates: a ceremony trigger phrase -> the first sentence reporting it dated on or before publication (None: none)
        self.dated_reports: dict[str, Optional[int]] = {}

    def entity_type(self, eid: Optional[str]) -> Optional[str]:
        e = self.entities.get(eid) if eid else None
        return e.type if e else None

    def mention_ending_at(self, i: int, lo: int) -> Optional[Mention]:
        """The longest mention ending at i (starting at or after lo), else an entity surface."""
        cands = [m for m in self.by_end.get(i, []) if m.start >= lo]
        if cands:
            return min(cands, key=lambda m: m.start)
        for surf, e in self.surfaces:
            s = i - len(surf)
            if s >= lo and self.low[s:i] == surf and (s == 0 or not self.low[s - 1].isalnum()):
                return Mention(entity=e.id, type=e.type, text=self.norm[s:i], start=s, end=i, sentence=-1, rule="surface", confidence=0.6)
        return None

    def starting_at(self, i: int) -> list[Mention]:
        """The mentions starting at i, longest first."""
        return self.by_start.get(i, [])

    def inside_mention(self, s: int, e: int) -> bool:
        """A trigger word that is part of a name (`Bộ Xây dựng`, `Bộ Kế hoạch và Đầu tư`)."""
        i = bisect_right(self.starts, s)  # the mentions starting at or before s
        return i > 0 and self.max_end[i - 1] >= e

    def dates_in(self, s: int, e: int) -> list[DateMention]:
        """The dates within [s, e), in order."""
        out = []
        for i in range(bisect_left(self.date_starts, s), len(self.dates)):
            d = self.dates[i]
            if d.start >= e:
                break
            if d.end <= e:
                out.append(d)
        return out

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        """The mentions within [s, e), in order."""
        out = []
        for i in range(bisect_left(self.starts, s), len(self.mentions)):
            m = self.mentions[i]
            if m.start > e:
                break
            if m.end <= e:
                out.append(m)
        return out

    def skip_space(self, i: int) -> int:
        while i < len(self.low) and self.low[i] == " ":
            i += 1
        return i

    def skip_space_back(self, i: int, lo: int = 0) -> int:
        """i moved left over the spaces before it, not below lo."""
        while i > lo and self.low[i - 1] == " ":
            i -= 1
        return i


def day_vs_publication(value: str, pub: date, yearless: bool = False) -> Optional[int]:
    """-1, 0 or 1 as the day an ISO date value names (`2024-04-25`; with yearless, `--04-25` read in the
    publication year) falls before, on or after the publication day; None when the value names no single day."""
    day = re.fullmatch(r"(\d{4}|--)-(\d\d)-(\d\d)" if yearless else r"(\d{4})-(\d\d)-(\d\d)", value)
    if day is None:
        return None
    when = (int(day.group(1)) if day.group(1) != "--" else pub.year, int(day.group(2)), int(day.group(3)))
    today = (pub.year, pub.month, pub.day)
    return (when > today) - (when < today)


def token_at(sent: Sentence, pos: int) -> Optional[Token]:
    for t in sent.tokens:
        if t.start >= pos:
            return t if t.start - pos <= 2 else None
    return None
