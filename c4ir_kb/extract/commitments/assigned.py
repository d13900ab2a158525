"""Assigned tasks: `UBND tỉnh giao Sở X chủ trì …` makes the task X's responsibility.

Reads: one sentence of the view, the lexicon's assignment cues, the clause and gate
components (the task's span; it must be an action), the actor finder (the assignee's
organisation) and the commitments already claimed.
Claims: a `responsibility` of the assignee for each assignment, rule `<assign_cues id>/assigned`
(`responsibility:giao/assigned`).
"""

from __future__ import annotations

import re

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import ActorFinder
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.gates import action_follows
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView, token_at


def find_assigned(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence) -> None:
    for am in lex.assign_re.finditer(v.low, sent.start, sent.end):
        if claims.covered(am.start()) or v.inside_mention(am.start(), am.end() - 1):
            continue
        if lex.assign_passive_end.search(v.low[sent.start : am.start()]):
            continue  # `được giao cho X phụ trách`: the passive trigger takes it
        ms = [x for x in v.mentions if x.start == am.end() and x.type in ("ORG", "PER")]
        if not ms:
            continue
        who = max(ms, key=lambda x: x.end)
        vstart = v.skip_space(who.end)
        cend = clause_end(v, lex, vstart, sent)
        if len(re.findall(r"\w+", v.low[vstart:cend])) < 2 or not action_follows(v, lex, vstart, sent, cend):
            continue
        tok = token_at(sent, vstart)
        if tok is not None and not tok.pos.startswith("V") and lex.trigger_re.match(v.low, vstart) is None:
            continue
        act = actors.from_mention(who, who.start)
        act.rule, act.confidence = "assigned", lex.confidence("assigned")
        claims.emit(sent, lex.assign_kind, v.norm[am.start() : am.end()].strip(), vstart, cend, act, f"{lex.assign_id}/{act.rule}", vstart)
