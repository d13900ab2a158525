"""An agreement as the subject of what it sets out to do: `Thỏa thuận lần này đặt trọng tâm vào …`,
`bản ghi nhớ hợp tác tập trung đào tạo …`, `thỏa thuận này cam kết đầu tư …`.

A signed document does nothing itself: its parties undertake what it says they will do (extraction-v1,
What counts: agreement, "an agreement signed so that something will be done"; a joint undertaking ->
the first-named party). A clause that opens (at the sentence start or after a short lead ending with a
comma: `Được biết, …`) with an agreement-document noun (data: document_subjects.nouns), a few words
naming it and one of the focus verbs (`đặt trọng tâm vào`, `tập trung`, `cam kết`, `hướng tới`, `nhằm`),
is an agreement of the party of the signing reported before (Referents.agreements), else of the actor of
the sentences before (actor rule `context`). A copula (`Thỏa thuận này là bước đi …`) or a list of
contents (`Bản ghi nhớ gồm …`) describes the document: no focus verb, nothing emitted.

Reads: one sentence of the view, the lexicon (document_subjects), the signings Referents recorded, the
commitments claimed so far. Claims: one agreement, rule `agreement:document-subject/<actor rule>`.
"""

from __future__ import annotations

from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def emit_document_subject(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor], agreements: list[tuple[int, int, str]]) -> None:
    m = lex.document_subject.match(v.low, sent.start, sent.end)
    if m is None or claims.covered(m.start("noun")) or claims.covered(m.start("verb")):
        return
    if lex.document_copula.search(m.group("mod")):
        return  # `Thỏa thuận này là bước đi … nhằm …`: what the document is
    lead = v.low[sent.start : m.start("noun")]
    if len(lead.split()) > lex.document_subject_lead_words:
        return
    if any(x.type in ("ORG", "PER", "LOC") for x in v.mentions_in(m.start("noun"), m.start("verb"))) and not v.low[m.start("noun") : m.start("verb")].count("("):
        return  # `Hợp đồng Công ty X ký …`: a name in the subject phrase may be the subject itself
    signed = [a for a in agreements if a[1] < m.start("noun")]
    if signed:
        act = Actor(actor=signed[-1][2], rule="parties", confidence=lex.confidence("parties"))
    elif context is not None and context.actor is not None:
        act = Actor(actor=context.actor, person=context.person, rule="context", confidence=lex.confidence("context"))
    else:
        return
    end = clause_end(v, lex, m.end("verb"), sent)
    if len(v.low[m.end("verb") : end].split()) < 3:
        return
    claims.emit(sent, "agreement", v.norm[m.start("verb") : m.end("verb")], m.start("noun"), end, act, f"{lex.document_subject_id}/{act.rule}", m.end("verb"))
