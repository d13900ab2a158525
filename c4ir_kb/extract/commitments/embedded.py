"""The actor a pledge names after its trigger: `Ông Vinh cam kết Tập đoàn Đèo Cả sẽ bổ sung …` (used by actors.ActorFinder).

Reads: the view (mentions and tokens after the trigger), the lexicon (embedded verbs, organisation anaphors) and the
finder's Referents (the article's head nouns).
Claims: nothing; it answers for one trigger: the organisation the pledge names as acting, the speaker kept as person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.view import token_at

if TYPE_CHECKING:
    from c4ir_kb.extract.commitments.actors import Actor, ActorFinder


def embedded_subject(af: "ActorFinder", sent: Sentence, tend: int, cend: int, actor: "Actor") -> "Actor":
    """`Ông Vinh cam kết Tập đoàn Đèo Cả sẽ bổ sung …`, `cam kết FPT dành …`: the pledge names who will
    act; the speaker stays the person."""
    from c4ir_kb.extract.commitments.actors import Actor  # (actors imports this module)

    v = af.v
    k = v.skip_space(tend)
    adm = re.match(r"(?:tỉnh|thành phố|tp\.?)\s+", v.low[k:cend])
    k2 = k + (adm.end() if adm else 0)
    ms = [x for x in v.starting_at(k) + (v.starting_at(k2) if k2 != k else []) if x.type in ("ORG", "LOC") and x.end < cend]
    if not ms:
        # `Chính ủy hứa quân đoàn sẽ …`, `cam kết tập đoàn sẽ đào tạo …`: an organisation's head noun, then `sẽ`
        if af._head_then_future is None:  # the article's head nouns are known once Referents is built: compiled once
            words = sorted({*af.lex.org_anaphors, *af.refs.org_heads}, key=len, reverse=True)
            af._head_then_future = re.compile(rf"({'|'.join(re.escape(w) for w in words)})\s+(?:cũng\s+)?sẽ\s+\w")
        an = af._head_then_future.match(v.low[k:cend])
        if an is None or v.entity_type(actor.actor) not in ("PER", None) and not actor.person:
            return actor
        eid, _ = af.refs.resolve_anaphor(an.group(1), k, sent)
        if eid is None or eid == actor.actor:
            return actor
        person = actor.person or (actor.actor if v.entity_type(actor.actor) == "PER" else None)
        return Actor(actor=eid, person=person, rule="embedded", confidence=af.lex.confidence("embedded", "head_noun"), start=actor.start)
    m = max(ms, key=lambda x: x.end)
    after = v.low[m.end : cend]
    verb = af.lex.embedded_verb.match(after) is not None
    if not verb:
        tok = token_at(sent, v.skip_space(m.end))
        verb = tok is not None and tok.pos.startswith("V") and re.match(r"\s+\w", after) is not None
    if not verb:
        return actor
    if m.entity == actor.actor:
        actor.rule = "embedded"  # named again: no other role of the speaker stands in
        return actor
    person = actor.person or (actor.actor if v.entity_type(actor.actor) == "PER" else None)
    return Actor(actor=m.entity, person=person, rule="embedded", confidence=af.lex.confidence("embedded", "named"), start=actor.start)
