"""Schedules: a sentence that dates something ahead without a trigger (`Thời điểm chi trả cổ tức là trước
ngày 30/6/2026`, `Lịch họp dự kiến vào tháng 5/2026`) is a plan of the actor the sentences before name.

Reads: one sentence of the view (its dates, the article's publication date), the lexicon's schedule
heads and links (data: schedules) and the commitments already claimed; `context`, an actor of the
sentences just before.
Claims: one `plan` for the sentence, rule `<schedule id>/context`, when it opens with a schedule head
noun, links it to a date by `là`, `dự kiến` or a time preposition, the date lies after the article's
publication (a date before it reports what was done) and no trigger claimed the sentence.
"""

from __future__ import annotations

from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def emit_schedule(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    pub = v.doc.article.published
    hm = lex.schedule_head.match(v.low, sent.start, sent.end)
    if hm is None or context is None or context.actor is None or pub is None:
        return
    if any(c.sentence == sent.index for c in claims.out) or claims.covered(hm.end()):
        return
    for d in v.dates:
        if not (hm.end() <= d.start and d.end <= sent.end):
            continue
        if not lex.schedule_link.search(v.low[hm.end() : d.start]):
            return  # the first date is not the one the head is set for
        if not d.value or not d.value[:4].isdigit() or d.value[: len(pub.isoformat())] <= pub.isoformat()[: len(d.value)]:
            return  # a date before publication reports what was done
        end = d.end
        while end < sent.end and v.low[end] not in ",.;":
            end += 1
        tid = lex.schedule_ids[hm.group("noun")]
        act = Actor(actor=context.actor, person=context.person, rule="context", confidence=lex.confidence("context"))
        claims.emit(sent, "plan", v.norm[hm.start("noun") : hm.end("noun")], hm.start("noun"), end, act, f"{tid}/context", hm.end())
        return
