"""A sentence joined to the one before: `X biểu dương …. Đồng thời chỉ đạo các đơn vị …`.

A sentence that opens with a joint lead (`Đồng thời`, comma optional) and then straight away a verb of
directing, proposing, agreeing or pledging (data: joined_sentences.triggers) has no subject of its own:
it goes on with the sentence before, whose subject directs, proposes or agrees (the chain of verb
phrases of chain.py, across a full stop). The actor is that sentence's head subject (a leader stands
for the body they lead, as everywhere); nothing is made when the sentence before has none, or is the
headline.

Reads: the sentence and the one before (tokens, mentions), the lexicon (triggers, clause ends), the actor
finder (the head subject of the sentence before), the commitments already claimed.
Claims: one commitment of the trigger's kind, actor rule `chain`, rule `<trigger id>/chain`, when no
commitment of the sentence was found otherwise; its `;` items and verb lists are read after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.chain import head_subject
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView


@lru_cache(maxsize=1)
def _lead() -> tuple[re.Pattern, frozenset]:
    d = rules_data()["joined_sentences"]
    return re.compile(rf"\s*(?:{alt(d['leads'])})\s*,?\s*"), frozenset(w.lower() for w in d["triggers"])


def emit_joined(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, title_end: int) -> None:
    """`Đồng thời đề nghị …` with no commitment found: the subject of the sentence before directs."""
    lead, allowed = _lead()
    if sent.index == 0 or any(c.sentence == sent.index for c in claims.out):
        return
    m = lead.match(v.low, sent.start, sent.end)
    if m is None:
        return
    k = m.end()
    tm = lex.trigger_re.match(v.low, k)
    if tm is None or tm.group() not in allowed or claims.covered(k):
        return
    prev = v.doc.sentences[sent.index - 1]
    if prev.start < title_end:
        return  # the headline stands alone
    head = head_subject(v, lex, actors, prev, prev.end)
    if head is None or head[1].actor is None:
        return
    trig = lex.triggers[tm.group()]
    act = Actor(actor=head[1].actor, person=head[1].person, rule="chain", confidence=lex.confidence("chain"))
    cend = clause_end(v, lex, tm.end(), sent, joint=lex.kind_has(trig.kind, "joint"), addressee=lex.kind_has(trig.kind, "addressee"))
    claims.emit(sent, trig.kind, v.norm[k : tm.end()], k, cend, act, f"{trig.id}/chain", tm.end())
