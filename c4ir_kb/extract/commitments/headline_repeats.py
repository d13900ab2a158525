"""A headline's commitments that the body states in full add nothing.

Reads: the commitments found, where the headline ends, the lexicon's signing triggers and
the body text.
Claims: nothing new; it drops headline commitments: one repeating a body commitment (same actor,
same trigger: `Hòa Phát khởi công nhà máy …` in the title and in the lead; or most of the same words,
however its actor is named: `Lào Cai: Phấn đấu trở thành cực tăng trưởng …` over the body's target of
the province's party), and a signing the
body reports (`Lâm Đồng ký hợp đồng …` over `LaViCo và Helvetia ký hợp đồng khung …`), extracted
in the body or not.
"""

from __future__ import annotations

from c4ir_kb.models import Commitment
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def drop_headline_repeats(v: DocView, lex: Lexicon, found: list[Commitment], title_end: int) -> list[Commitment]:
    if title_end <= 0:
        return found
    body = {(c.actor, fold(c.trigger)) for c in found if c.start >= title_end}
    found = [c for c in found if c.start >= title_end or (c.actor, fold(c.trigger)) not in body]
    body_words = [set(fold(c.text).split()) for c in found if c.start >= title_end]
    found = [c for c in found if c.start >= title_end or not any(_mostly_in(set(fold(c.text).split()), w) for w in body_words)]
    signed = {fold(t.phrase) for t in lex.triggers.values() if t.signed}
    body_signed = {fold(m.group()) for m in lex.trigger_re.finditer(v.low, title_end)} & signed
    return [c for c in found if c.start >= title_end or fold(c.trigger) not in body_signed]


def _mostly_in(head: set, body: set) -> bool:
    """At least 60% of the smaller word set is in the other (the scorer's measure of one clause)."""
    small = min(len(head), len(body))
    return small > 0 and len(head & body) / small >= 0.6
