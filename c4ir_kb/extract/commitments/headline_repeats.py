"""A headline's signing that the body reports as done is no undertaking.

The guideline counts a headline that states a commitment like a body sentence, so a headline
that repeats a body commitment (`Hòa Phát khởi công nhà máy …` in the title and in the lead) is
kept as a commitment of its own. What the headline drops is a signing the body reports
(`Lâm Đồng ký hợp đồng …` over `LaViCo và Helvetia ký hợp đồng khung …`): the headline's bare verb
reports the event, an action done (the guideline's `đã ký`).

Reads: the commitments found, where the headline ends, the lexicon's signing triggers and
the body text.
Claims: nothing new; it drops the headline's signings the body reports, extracted in the body or not.
"""

from __future__ import annotations

from c4ir_kb.models import Commitment
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def drop_headline_repeats(v: DocView, lex: Lexicon, found: list[Commitment], title_end: int) -> list[Commitment]:
    if title_end <= 0:
        return found
    signed = {fold(t.phrase) for t in lex.triggers.values() if t.signed}
    body_signed = {fold(m.group()) for m in lex.trigger_re.finditer(v.low, title_end)} & signed
    return [c for c in found if c.start >= title_end or fold(c.trigger) not in body_signed]
