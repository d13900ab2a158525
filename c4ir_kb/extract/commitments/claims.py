"""The commitments found so far in the article, and the spans no later trigger may take.

Reads: the view (text offsets), Canonical (the entity an actor or partner is stored as),
the arguments component (fills each new commitment's arguments).
Claims: `out`, the article's commitments in the order found, and `blocked`, spans a rejected
trigger claimed (a hoped-for or requested action) so that no trigger inside them counts;
an agreement's actor is recorded in Referents for a later `hai bên sẽ …`. A body named only
generically (`UBND tỉnh`, `HĐND`: generic_bodies) gives way to the person speaking for it, else to the one
place the article names.
"""

from __future__ import annotations

from c4ir_kb.models import Commitment, Sentence
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.anaphora import Referents
from c4ir_kb.extract.commitments.arguments import fill_arguments
from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


class Claims:
    def __init__(self, v: DocView, lex: Lexicon, canon: Canonical, refs: Referents):
        self.v = v
        self.lex = lex
        self.canon = canon
        self.refs = refs
        self.out: list[Commitment] = []
        self.blocked: list[tuple[int, int]] = []

    def covered(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.out) or any(s <= pos < e for s, e in self.blocked)

    def emit(self, sent: Sentence, kind: str, trigger: str, start: int, end: int, actor: Actor, rule: str, obj_from: int) -> None:
        v, canon = self.v, self.canon
        while start < end and v.norm[start] in " ,;:":
            start += 1
        if end <= start:
            return
        said = fold(v.norm[start:end]).strip(" ,;:.")
        if said == fold(trigger).strip() or said in self.lex.connectives_folded:
            return  # `Hội nghị do X chủ trì.`, `… do Y đầu tư.`, a list item `; đồng thời, …` cut at its comma: nothing undertaken
        if self.lex.event_verb_start.match(v.low, start):
            return  # `…, đồng thời chứng kiến việc tiếp nhận hồ sơ`: the actor's part in an event reported
        tail = self.lex.goal_tail.search(v.low, start, end) if actor.actor is not None else None
        if tail is not None and len(v.low[tail.end() : end].split()) < 3:
            tail = None
        full_end = end
        if tail is not None:
            end = tail.start()  # `…, với mục tiêu …`: the tail is a target of its own (goals.py); its figures are not this clause's
            while end > start and v.norm[end - 1] == " ":
                end -= 1
        c = Commitment(
            actor=actor.actor,
            person=actor.person,
            kind=kind,  # type: ignore[arg-type]
            trigger=trigger,
            text=v.doc.article.text[start:end],
            start=start,
            end=end,
            sentence=sent.index,
            rule=rule,
            confidence=round(actor.confidence, 2),
        )
        fill_arguments(v, self.lex, canon, c, sent, obj_from, actor.partner)
        c.actor, c.partner = canon.canonical(c.actor), canon.canonical(c.partner)
        c.actor = canon.specific_committee(c.actor)
        c.actor = canon.parent_of_organ(c.actor)  # `Hội đồng xét xử Tòa án X dự kiến …`: the court
        if c.actor in v.entities and fold(v.entities[c.actor].name) in self.lex.generic_bodies:
            if c.person:
                c.actor = c.person  # `Chủ tịch UBND tỉnh A yêu cầu …` where the article never names which province: A is identifiable
            else:
                c.actor = canon.sole_place() or c.actor  # `Lãnh đạo tỉnh yêu cầu …` in an article naming one place: that place
        if c.partner == c.actor:
            c.partner = None
        self.out.append(c)
        if self.lex.kind_has(kind, "parties") and c.actor:
            self.refs.agreements.append((sent.index, start, c.actor))
        if tail is not None:
            entry = self.lex.goal_tails[tail.group("p")]
            act = Actor(actor=actor.actor, person=actor.person, rule="coordinated", confidence=self.lex.confidence("coordinated"))
            self.emit(sent, entry["kind"], v.norm[tail.start("p") : tail.end("p")], tail.start("p"), full_end, act, f"{entry['id']}/coordinated", tail.end())
