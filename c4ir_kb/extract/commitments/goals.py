"""Targets stated as nouns: `…, với mục tiêu doanh thu đạt X vào năm 2030`, `kế hoạch kinh doanh …: đạt
doanh thu X, và lợi nhuận Y`, `Mục tiêu tổng quát của Chương trình là …; A; B`.

No trigger verb says them: the goal noun does. (A tail `, với mục tiêu …` inside a commitment's clause is
its actor's target with its own clause: Claims.emit ends the clause there before its arguments are filled
and emits the tail.) A colon list after a plan or target noun lists the targets of the
sentence's subject (the head verb may report the plan as presented: what it sets is ahead); a sentence
opening with a goal noun and `là` states targets, of the name opening its first item's clause or else of
the actor named before.

Reads: one sentence of the view, the lexicon (goal_nouns), the sentence's subject (chain.head_subject) and
the commitments claimed so far. Claims: a target per item, rule `<goal id>/<actor rule>`.
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Mention, Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.chain import head_subject
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.series import items
from c4ir_kb.extract.commitments.teams import federation, team_head
from c4ir_kb.extract.commitments.view import DocView


def emit_goals(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    _colon_lists(v, lex, actors, claims, sent, context)
    _copula(v, lex, claims, sent, context)


def _colon_lists(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    """`X đã trình bày kế hoạch kinh doanh …: đạt doanh thu A, tăng 56%, và lợi nhuận B`: X's targets."""
    m = lex.goal_colon.search(v.low, sent.start, sent.end)
    if m is None or claims.covered(m.end()) or lex.negation_end.search(v.low[sent.start : m.start()].rstrip()):
        return
    entry = lex.goal_colon_nouns[m.group("noun")]
    head = head_subject(v, lex, actors, sent, m.start())
    who = head[1] if head is not None else None
    rule = "chain"
    if who is None and m.start() - sent.start < 3:
        who, rule = context, "context"  # `Mục tiêu: A; B` is the headed list's (series.py), kept for a bare one
    if who is None or who.actor is None:
        return
    for s, e in _parts(v, lex, m.end(), sent.end):
        if len(v.low[s:e].split()) < 3 or any(not (c.end <= s or c.start >= e) for c in claims.out):
            continue
        act = Actor(actor=who.actor, person=who.person, rule=rule, confidence=lex.confidence(rule))
        claims.emit(sent, entry["kind"], m.group("noun"), s, e, act, f"{entry['id']}/{rule}", s)


def _copula(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    """`Mục tiêu chung của Đề án là đến năm 2030, tỉnh bảo đảm …; A; B`; `Mục tiêu đến 2030 có A và B` (dated: its
    figures are items too); `X khẳng định mục tiêu của Y … là A` (said: only with Y named, who acts)."""
    form = "copula"
    m = lex.goal_copula.match(v.low, sent.start, sent.end)
    if m is None:
        m, form = lex.goal_dated.match(v.low, sent.start, sent.end), "dated"
    if m is None:
        m, form = lex.goal_said.search(v.low, sent.start, sent.end), "said"
    if m is None or claims.covered(m.end()):
        return
    entry = lex.goal_copula_nouns[m.group("noun")]
    parts = items(v, lex, m.end(), sent.end)
    if form == "dated":
        parts = [q for s, e in parts for q in _figure_items(v, s, e)]
    if not parts:
        return
    s0, e0 = parts[0]
    named = [x for x in v.mentions if s0 <= x.start < e0 and x.type in ("ORG", "LOC") and re.search(r"(?:^|,)\s*$", v.low[s0 : x.start])]
    # `Mục tiêu của Công ty X là …`: the noun's owner sets it
    om = re.search(r"(?<!\w)của\s+", v.low[m.end("noun") : m.end()])
    owner = next((x for x in v.starting_at(m.end("noun") + om.end()) if x.type in ("ORG", "PER", "LOC")), None) if om else None
    team = _team_owner(v, m.end("noun") + om.end()) if om and owner is None else None
    if team is not None:  # `mục tiêu của đội tuyển Việt Nam là …`: the team, or the federation acting for it
        owner_actor = federation(v, team) or team.entity
    if named:
        who = Actor(actor=named[0].entity, rule="subject", confidence=lex.confidence("subject", named[0].type))
    elif owner is not None:
        who = Actor(actor=owner.entity, rule="subject", confidence=lex.confidence("subject", owner.type), start=owner.start)
    elif team is not None:
        who = Actor(actor=owner_actor, rule="subject", confidence=lex.confidence("subject", "ORG"), start=team.start)
    elif form == "said":
        return  # whose goal a speaker states must be named: the speaker's own words name no owner
    else:
        who = context
    if who is None or who.actor is None:
        return
    first = True
    for s, e in parts:
        if len(v.low[s:e].split()) < 3 or any(not (c.end <= s or c.start >= e) for c in claims.out):
            continue
        act = Actor(actor=who.actor, person=who.person, rule=who.rule if named or owner is not None or team is not None else "context", confidence=who.confidence)
        lead = m.start("noun") if form == "said" else sent.start  # `X khẳng định mục tiêu …`: the statement, not the saying
        start = v.skip_space(lead) if first else s  # the first item's clause is the whole statement
        claims.emit(sent, entry["kind"], m.group("noun"), start, e, act, f"{entry['id']}/{act.rule}", s)
        first = False


def _team_owner(v: DocView, k: int) -> Optional[Mention]:
    """The team named with its team noun right at k (`đội tuyển | Việt Nam`), else None."""
    for x in v.mentions:
        if k < x.start <= k + 25 and team_head(v, x, k) == k:
            return x
    return None


def _figure_items(v: DocView, s: int, e: int) -> list[tuple[int, int]]:
    """`50 doanh nghiệp vào nhóm A và 1 - 3 doanh nghiệp vào nhóm B`: a `và` before a figure starts another item."""
    out, k = [], s
    for sep in re.finditer(r",?\s+và\s+(?=\d)", v.low[s:e]):
        out.append((k, s + sep.start()))
        k = s + sep.end()
    out.append((k, e))
    return out


def _parts(v: DocView, lex: Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a colon list: `;` items, each cut again at `, và`."""
    out = []
    for s, e in items(v, lex, a, b):
        k = s
        for sep in re.finditer(r",\s*và\s+", v.low[s:e]):
            out.append((k, s + sep.start()))
            k = s + sep.end()
        out.append((k, e))
    return out
