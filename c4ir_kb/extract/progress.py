"""Progress events: how an undertaking stands, reported in any sentence of an article.

* `announced`: each commitment of the article (any kind) is the announcement of an undertaking;
* `started` (`khởi công`, `động thổ`, `triển khai xây dựng`, `bắt đầu xây dựng`),
  `completed` (`khánh thành`, `hoàn thành`, `đưa vào vận hành`, `đi vào hoạt động`),
  `delayed` (`chậm tiến độ`, `lùi thời hạn`, `hoãn`, `gia hạn`),
  `cancelled` (`hủy`, `dừng triển khai`, `thu hồi dự án`): a trigger phrase of
  data/progress.json, reported as fact: not after a future or negation marker of its clause
  (`sẽ khởi công`, `dự kiến hoàn thành`, `chưa khánh thành` are no events), not inside a
  commitment's clause (what is promised), not after `khi`/`sau` (`khi hoàn thành, …`).

Each event keeps its clause (the evidence), span, sentence, rule id, the nearest
organisation (or acting place) before the trigger as its actor, and its date: the date the
sentence gives for it (not a deadline after `đến`/`trước`, not one later than the article),
else the article's `published`. Which undertaking an event belongs to is decided across
articles, in the knowledge base (kb/threads.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from c4ir_kb.models import Commitment, DateMention, Document, Mention, ProgressEvent, Sentence

_W = r"(?<!\w)"
_E = r"(?!\w)"
_HARD_BREAK = re.compile(r"[;…!?]|\.(?=\s|$)")
_ISO = re.compile(r"^\d{4}(?:-(?:\d{2}|Q[1-4])(?:-\d{2})?)?$")
FUTURE_WINDOW = 60  # characters before a trigger searched for a future marker
NEGATION_WINDOW = 16  # characters before a trigger searched for a negation


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True))


def _lower_same_length(s: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


@dataclass(frozen=True)
class _Trigger:
    rule: str
    status: str
    phrase: str
    next: tuple[str, ...]
    not_next: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    triggers: dict[str, _Trigger]  # by phrase
    trigger_rx: re.Pattern
    future_rx: re.Pattern
    past_rx: re.Pattern
    negation_rx: re.Pattern
    deadline_rx: re.Pattern
    not_prev_rx: re.Pattern
    not_next_rx: re.Pattern


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(resources.files("c4ir_kb").joinpath("data/progress.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = lexicon()
    triggers = {
        t["phrase"].lower(): _Trigger(t["id"], t["status"], t["phrase"].lower(), tuple(t.get("next", ())), tuple(t.get("not_next", ())))
        for t in data["triggers"]
    }
    return _Lexicon(
        triggers=triggers,
        trigger_rx=re.compile(f"{_W}(?:{_alt(triggers)}){_E}"),
        future_rx=re.compile(f"{_W}(?:{_alt(data['future_markers'])}){_E}"),
        past_rx=re.compile(f"{_W}(?:{_alt(data['past_markers'])}){_E}"),
        negation_rx=re.compile(f"{_W}(?:{_alt(data['negations'])}){_E}"),
        not_prev_rx=re.compile(f"{_W}(?:{_alt(data['not_prev'])})\\s+$"),
        not_next_rx=re.compile(data["not_next_pattern"]),
        deadline_rx=re.compile(f"{_W}(?:{_alt(data['deadline_words'])})(?:\\s+(?:ngày|tháng|năm|quý|cuối|đầu|giữa))*\\s*$"),
    )


def date_key(value: Optional[str]) -> str:
    """A sortable form of an ISO value: a quarter sorts at its first month (`2025-Q2` -> `2025-04`)."""
    if not value:
        return ""
    m = re.match(r"^(\d{4})-Q([1-4])", value)
    return f"{m.group(1)}-{(int(m.group(2)) - 1) * 3 + 1:02d}" if m else value


def _future(low: str, lo: int, s: int) -> bool:
    """A future marker before the trigger, with no past marker after it (`chuẩn bị …, đã khởi công`)."""
    lex = _lexicon()
    last = None
    for m in lex.future_rx.finditer(low, lo, s):
        last = m
    return last is not None and not lex.past_rx.search(low, last.end(), s)


def _followed_by(low: str, pos: int, words: tuple[str, ...]) -> bool:
    rest = low[pos:].lstrip()
    return any(re.match(f"{re.escape(w)}{_E}", rest) for w in words)


def _clause(low: str, sent: Sentence, s: int, e: int) -> tuple[int, int]:
    """From the last hard break before the trigger (or the sentence start) to the next one."""
    lo = sent.start
    for m in _HARD_BREAK.finditer(low, sent.start, s):
        lo = m.end()
    m = _HARD_BREAK.search(low, e, sent.end)
    hi = m.start() if m else sent.end
    return lo, hi


def _event_date(
    low: str, dates: list[DateMention], sent: Sentence, pos: int, published: Optional[str], before_only: bool
) -> Optional[str]:
    """The date the sentence gives for what happens at `pos`: nearest to it, not a deadline, not after the article."""
    best: Optional[tuple[int, str]] = None
    lex = _lexicon()
    for d in dates:
        if d.sentence != sent.index or not _ISO.match(d.value) or (before_only and d.end > pos):
            continue
        if lex.deadline_rx.search(low[max(sent.start, d.start - 20) : d.start]):
            continue
        if published and date_key(d.value) > published:
            continue
        dist = pos - d.end if d.end <= pos else d.start - pos
        if best is None or dist < best[0]:
            best = (dist, d.value)
    return best[1] if best else None


def _actor(mentions: list[Mention], lo: int, s: int, e: int, hi: int) -> Optional[str]:
    """The organisation (or a place acting as one) nearest before the trigger in its clause, else after it."""
    before = [m for m in mentions if lo <= m.start and m.end <= s and m.type in ("ORG", "LOC")]
    orgs = [m for m in before if m.type == "ORG"]
    if orgs:
        return max(orgs, key=lambda m: m.end).entity
    if before:
        return max(before, key=lambda m: m.end).entity
    after = [m for m in mentions if e <= m.start and m.end <= hi and m.type == "ORG"]
    return min(after, key=lambda m: m.start).entity if after else None


def _strip_leading_date(text: str, lo: int, hi: int, dates: list[DateMention]) -> int:
    """`Sáng 20/1/2025, Viettel khởi công …` -> the clause starts at `Viettel`."""
    while lo < hi and text[lo].isspace():
        lo += 1
    for d in dates:
        if d.start == lo:
            m = re.match(r"\s*,\s*", text[d.end : hi])
            if m:
                return d.end + m.end()
    return lo


def extract_progress(
    doc: Document, mentions: list[Mention], dates: list[DateMention], commitments: list[Commitment]
) -> list[ProgressEvent]:
    text = doc.article.text
    low = _lower_same_length(doc.norm)
    published = doc.article.published.isoformat() if doc.article.published else None
    lex = _lexicon()
    out: list[ProgressEvent] = []

    def dated(sent: Sentence, pos: int, before_only: bool) -> tuple[Optional[str], Optional[str]]:
        value = _event_date(low, dates, sent, pos, published, before_only)
        if value:
            return value, "text"
        return (published, "published") if published else (None, None)

    for i, c in enumerate(commitments):
        sent = next((s for s in doc.sentences if s.index == c.sentence), None)
        value, source = dated(sent, c.start, True) if sent else ((published, "published") if published else (None, None))
        out.append(
            ProgressEvent(
                status="announced", trigger=c.trigger, text=c.text, start=c.start, end=c.end, sentence=c.sentence,
                date=value, date_source=source, actor=c.actor, commitment=i, rule="announced-commitment",
            )
        )
    if not doc.sentences:
        return out
    seen: set[tuple[int, int, str]] = set()  # (clause start, clause end, status): one event each
    for m in lex.trigger_rx.finditer(low):
        trig = lex.triggers[m.group()]
        s, e = m.span()
        if trig.next and not _followed_by(low, e, trig.next):
            continue
        if trig.not_next and _followed_by(low, e, trig.not_next):
            continue
        if lex.not_next_rx.match(low[e:].lstrip()) or lex.not_prev_rx.search(low[max(0, s - 12) : s]):
            continue
        if any(c.start < s < c.end for c in commitments):
            continue  # part of what a commitment promises (`sẽ xây dựng …, khởi công vào quý I`)
        sent = doc.sentence_at(s)
        lo, hi = _clause(low, sent, s, e)
        if _future(low, max(lo, s - FUTURE_WINDOW), s) or lex.negation_rx.search(low, max(lo, s - NEGATION_WINDOW), s):
            continue
        if (lo, hi, trig.status) in seen:
            continue
        seen.add((lo, hi, trig.status))
        lo = _strip_leading_date(text, lo, hi, dates)
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        value, source = dated(sent, s, False)
        out.append(
            ProgressEvent(
                status=trig.status, trigger=text[s:e], text=text[lo:hi], start=lo, end=hi, sentence=sent.index,
                date=value, date_source=source, actor=_actor(mentions, lo, s, e, hi), rule=trig.rule,
            )
        )
    return out
