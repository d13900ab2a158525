"""Listed plans: `X đã xác định N hoạt động, trong đó A; B …` makes each listed action X's plan.

Reads: one sentence of the view, the lexicon's list verbs, nouns and item frames, the actor
finder (X, before the list verb, else the sentence's subject the list verb's conjunct shares), and the commitments already claimed (an item holding a
trigger of its own is that trigger's).
Claims: a `plan` for each remaining item that opens with a verb, rule `plan:<verb>/list`
(the list_triggers id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.chain import chain_subject
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_lo
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView, token_at


@dataclass
class ListedPlans:
    head: Optional[re.Match] = None  # the list verb and noun (`xác định 12 hoạt động, trong đó`)
    actor: Optional[Actor] = None
    items: list[tuple[int, int]] = field(default_factory=list)


def find_list(v: DocView, lex: Lexicon, actors: ActorFinder, sent: Sentence) -> ListedPlans:
    """The list announced in the sentence, its actor and its item spans (read before any trigger)."""
    found = ListedPlans()
    lm = lex.list_re.search(v.low, sent.start, sent.end)
    found.head = lm
    if lm:
        lo = clause_lo(v, sent, lm.start(1))
        list_actor, fillers, neg = actors.find_subject(lm.start(1), sent, lo)
        if list_actor is None and not neg:
            list_actor = chain_subject(v, lex, actors, sent, lm.start(1))  # `Đại hội biểu quyết …; thống nhất 29 chỉ tiêu, trong đó …`
        found.actor = list_actor
        if list_actor is not None and not neg:
            items_end = sent.end
            k = lm.end()
            for part in re.finditer(r"[^;…]+", v.low[k:items_end]):
                a, b = k + part.start(), k + part.end()
                fr = lex.item_frame.match(v.low[a:b])
                if fr:
                    a += fr.end()
                while a < b and v.low[a] in " ,":
                    a += 1
                while b > a and v.norm[b - 1] in " ,.…":
                    b -= 1
                if b > a:
                    found.items.append((a, b))
                if v.low[k + part.end() : k + part.end() + 1] == "…" or v.low[k + part.end() : k + part.end() + 3] == "...":
                    break
    return found


def emit_list_items(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, found: ListedPlans) -> None:
    """Each item no trigger claimed, opening with a verb and not a state, is the list actor's plan."""
    if found.actor is None:
        return
    lm = found.head
    assert lm is not None
    # `đề ra 24 chỉ tiêu, trong đó A; B`: the targets themselves follow a frame or a colon
    targets = lex.list_target_noun.search(lm.group()) is not None and re.search(r"(?:[:]|trong đó|gồm)\s*$", lm.group()) is not None
    for a, b in found.items:
        if any(not (c.end <= a or c.start >= b) for c in claims.out):
            continue
        tok = token_at(sent, a)
        if not targets and (tok is None or not tok.pos.startswith("V") or lex.stative(v.low[a:b])):
            continue
        act = Actor(actor=found.actor.actor, person=found.actor.person, rule="list", confidence=lex.confidence("list"))
        kind, tid = (lex.list_target_kind, lex.list_target_id) if targets else (lex.list_kind, lex.list_id)
        claims.emit(sent, kind, v.norm[lm.start(1) : lm.end(1)], a, b, act, f"{tid.format(verb=lm.group(1))}/{act.rule}", a)
