"""Passive directives and assigned targets: `<directed> được yêu cầu …`, `<figure> được giao đạt …`.

`Theo Công điện … của Chính phủ, các bộ, ngành được yêu cầu khẩn trương chuẩn bị …`,
`Theo đó, các ngân hàng được yêu cầu mở rộng tín dụng …`, `Theo Nghị quyết … của Chính phủ, tốc
độ tăng xuất khẩu được giao đạt 15%`: the text names the directed party (or the figure) and leaves
the directing body to a `Theo <document> của X` lead or to the sentences before. The guideline
(extraction-v1, directive) makes the directing body the actor.

Reads: one sentence of the view, the lexicon (passive_directives, negations, clause ends), the actor
finder (a lead's mention as an actor) and the actor of the sentences before.
Claims: a commitment per passive phrase no trigger has claimed, rule `<phrase id>/directing`.
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def find_passive(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    for m in lex.passive_directive.finditer(v.low, sent.start, sent.end):
        pos, tend = m.start(), m.end("p")
        entry = lex.passive_directives[m.group("p")]
        if claims.covered(pos) or v.inside_mention(pos, tend):
            continue
        then = lex.passive_then.get(m.group("p"))
        if then is not None and not then.match(m.group("then")):
            continue  # `được giao nhiệm vụ`: a responsibility, read by its trigger
        if lex.negation_end.search(v.low[sent.start : pos].rstrip()):
            continue  # `không được yêu cầu`
        lead_end, director = _lead(v, actors, lex, sent, pos)
        who = director or context
        if who is None or who.actor is None:
            continue
        start = max(lead_end, v.low.rfind(";", sent.start, pos) + 1)
        end = clause_end(v, lex, tend, sent)
        act = Actor(actor=who.actor, person=who.person, rule="directing", confidence=lex.confidence("directing"))
        claims.emit(sent, entry["kind"], v.norm[pos:tend], start, end, act, f"{entry['id']}/directing", tend)


_DATELINE = re.compile(r"\s*\([^()]{1,20}\)\s*[-–—]\s*")  # `(TBTCO) - Theo …`: an outlet's tag before the lead


def _lead(v: DocView, actors: ActorFinder, lex: Lexicon, sent: Sentence, pos: int) -> tuple[int, Optional[Actor]]:
    """The end of a leading `Theo …,` adjunct, and the body a `Theo <document> của X,` lead names."""
    comma = v.low.find(",", sent.start, pos)
    dateline = _DATELINE.match(v.low, sent.start, pos)
    at = dateline.end() if dateline else sent.start
    if comma < 0 or not v.low.startswith("theo", v.skip_space(at)):
        return sent.start, None
    if not lex.directing_lead.match(v.low, at, comma):
        return comma + 1, None  # `Theo đó, …`: the body of the sentences before
    named = [m for m in v.mentions if sent.start <= m.start < comma and m.type in ("ORG", "PER")]
    return comma + 1, (actors.from_mention(named[-1], sent.start) if named else None)
