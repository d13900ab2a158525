"""Assigned tasks: `UBND tỉnh giao Sở X chủ trì …` is a directive of UBND tỉnh (the guideline's `giao`);
without a named assigner (`… giao Sở X chủ trì` after a list) the task is X's responsibility.

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
from c4ir_kb.extract.commitments.clause import clause_end, clause_lo
from c4ir_kb.extract.commitments.gates import action_follows
from c4ir_kb.extract.commitments.trigger_use import appointment
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView, token_at


def find_assigned(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence) -> None:
    for am in lex.assign_re.finditer(v.low, sent.start, sent.end):
        if claims.covered(am.start()) or v.inside_mention(am.start(), am.end() - 1):
            continue
        if _appoints(v, lex, sent, am):
            continue  # `Bộ Chính trị chỉ định Bí thư Thành ủy … là ông A`: an appointment reported
        if lex.assign_passive_end.search(v.low[sent.start : am.start()]):
            continue  # `được giao cho X phụ trách`: the passive trigger takes it
        if _directs(v, lex, actors, claims, sent, am):
            continue
        ms = [x for x in v.starting_at(am.end()) if x.type in ("ORG", "PER")]
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


def _appoints(v: DocView, lex: Lexicon, sent: Sentence, am: re.Match) -> bool:
    """An appointing cue (`chỉ định`) followed by a post (a title, `Ban Thường vụ`) or whose clause names the
    appointee or the post (`là ông A`, `giữ chức …`, `làm Giám đốc`): an appointment, not a task."""
    if am.group().strip() not in lex.appointing:
        return False
    cend = clause_end(v, lex, am.end(), sent)
    return appointment(v, lex, am.end(), am.end(), cend)


def _directs(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, am: re.Match) -> bool:
    """`Chính phủ giao các bộ, ngành khẩn trương xây dựng …`, `UBND tỉnh giao Sở X chủ trì …`: a body that
    assigns tells others what to do, a directive of that body (extraction-v1, directive: `giao`), the clause
    from the cue, also where the assigning is reported as done (`Phó Thủ tướng đã giao Bộ X nghiên cứu …`: the
    task still lies ahead). Without a named assigner the assignee's responsibility is read instead."""
    tok = token_at(sent, am.start())
    if tok is None or tok.end > am.end() or tok.start != am.start():
        return False  # `giao dịch`, `giao lưu`: the cue is part of another word
    actor, fillers, negated = actors.find_subject(am.start(), sent, clause_lo(v, sent, am.start()))
    if actor is None or actor.actor is None or negated:
        return False
    cend = clause_end(v, lex, am.end(), sent)
    if len(re.findall(r"\w+", v.low[am.end() : cend])) < 3:
        return False
    claims.emit(sent, lex.assign_directive_kind, v.norm[am.start() : am.end()].strip(), am.start(), cend, actor, f"{lex.assign_directive_id}/{actor.rule}", am.end())
    return True
