"""A headline's commitments that the body states in full add nothing.

Reads: the commitments found, where the headline ends, the lexicon's signing triggers and
the body text.
Claims: nothing new; it drops headline commitments: one repeating a body commitment (same actor,
same trigger: `Hòa Phát khởi công nhà máy …` in the title and in the lead), and a signing the
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
    signed = {fold(t.phrase) for t in lex.triggers.values() if t.signed}
    body_signed = {fold(m.group()) for m in lex.trigger_re.finditer(v.low, title_end)} & signed
    return [c for c in found if c.start >= title_end or fold(c.trigger) not in body_signed]
