"""The speaker of a reported clause whose own subject names no body.

`Bộ X cho biết kỳ thi năm sau dự kiến …`, `Ngân hàng Y vừa ra thông cáo cho biết dự kiến tăng …`,
`Công ty Z …, đồng thời khẳng định cam kết đồng hành …`: the trigger opens, or follows a noun phrase
naming a thing (an exam, the capital, a plan) in, the clause a speech verb reports; no ORG, PER or LOC
of the clause stands before it. The undertaking is the speaker's (extraction-v1, What counts: "The actor
is the body the speaker represents (`Đại diện X cho biết`, `ông A, Chủ tịch X, khẳng định` → X)").

Reads: one sentence of the view (mentions, text), the lexicon (speech verbs, `reported` limits) and the
actor finder (the subject of the speech verb, or of the sentence's head verb when the speech verb is a
conjunct of it).
Claims: nothing; it returns an Actor (actor rule `reported`) or None. emit_attributed_obligation claims
`Theo <source>, <another body> cần …`: the source's directive (trigger id reported_clauses.attributed_obligations.id).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence
from c4ir_kb.sources.reader import headline

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.chain import head_subject
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt
from c4ir_kb.extract.commitments.view import DocView, rules_data


@lru_cache(maxsize=1)
def _attributed() -> dict:
    """data reported_clauses.attributed_obligations, compiled once: `Theo <src>, <who> <must> <verb>`."""
    data = rules_data()
    ao = data["reported_clauses"]["attributed_obligations"]
    must = alt(data["directives"]["obligations"])
    return {
        "id": ao["id"],
        "re": re.compile(
            rf"\s*(?:{alt(ao['leads'])})\s+(?P<src>[^,;:.“\"]{{2,{int(ao['source_chars'])}}}?)\s*,\s*"
            rf"(?P<who>[^,;:.“\"]{{2,{int(ao['addressee_chars'])}}}?)\s(?P<must>{must})\s+[^\W\d]"
        ),
        "addressee": re.compile(rf"(?:{alt(ao['addressee_leads'])})\s"),
        # a headline `<source>: <who> <must> <verb>` (`Thủ tướng: Ngành X phải …`)
        "headline": re.compile(
            rf"\s*(?P<src>[^,;:.“\"]{{2,{int(ao['source_chars'])}}}?)\s*:\s*"
            rf"(?P<who>[^,;:.“\"]{{2,{int(ao['addressee_chars'])}}}?)\s(?P<must>{must})\s+[^\W\d]"
        ),
    }


def reported_speaker(v: DocView, lex: Lexicon, actors: ActorFinder, sent: Sentence, pos: int, trigger_id: str) -> Optional[Actor]:
    """The speaker of the reported clause the trigger at pos stands in, when nothing between the speech
    verb and the trigger names a body, a quote or a list; else None."""
    if trigger_id not in lex.reported_triggers:
        return None
    sp = None
    for m in lex.reported_speech_re.finditer(v.low, sent.start, pos):
        if not v.inside_mention(m.start(), m.end()):
            sp = m
    if sp is None:
        return None
    between = v.low[sp.end() : pos]
    if re.search(r"[“”\"':;()]", between) or len(between.split()) > lex.reported_max_words:
        return None  # a quote, a list or an aside between: not the speaker's plain report
    if any(m.type in ("ORG", "PER", "LOC") for m in v.mentions_in(sp.end(), pos)):
        return None  # `cho biết Viettel và đối tác sẽ …`: the reported clause names its own subject
    seg = max(v.low.rfind(",", sent.start, sp.start()), v.low.rfind(";", sent.start, sp.start()))
    act, _, negated = actors.find_subject(sp.start(), sent, seg + 1 if seg >= 0 else sent.start)
    if act is None or act.actor is None:
        head = head_subject(v, lex, actors, sent, sp.start())
        if head is None:
            return None
        act, negated = head[1], False
    if negated or act.actor is None:
        return None
    return Actor(actor=act.actor, person=act.person, rule="reported", confidence=lex.confidence("reported"), start=act.start)


def emit_attributed_obligation(v: DocView, lex: Lexicon, actors: ActorFinder, claims, sent: Sentence) -> None:
    """`Theo ông A, Ban X cần phối hợp …`, `Theo Chủ tịch Y B, Công ty Z cần …`, `Theo Bộ X, các địa phương phải …`: what
    the source says another body must do is the source's directive (extraction-v1: a body or its leader tells others what
    to do, the actor is the body that directs; `Theo X, …` → X). The source is the subject `Theo` opens (a leader stands
    for the body, a bare short name for the person named before); the addressee a body named, or a plural body noun
    (`các địa phương`), right after the comma and before the obligation (`cần`, `phải`), which a verb follows. A source
    that is not a speaker (`Theo tính toán của Bộ X, nguồn điện cần …`: a calculation about a thing) directs nothing.
    A headline says the same with a colon: `Thủ tướng: Ngành Công Thương phải đạt …`."""
    ao = _attributed()
    m = ao["re"].match(v.low, sent.start, sent.end)
    if m is None and sent.start == 0 and headline(v.doc.article.text):
        m = ao["headline"].match(v.low, 0, len(headline(v.doc.article.text) or ""))
    if m is None or claims.covered(m.start("who")):
        return
    act, _, negated = actors.find_subject(m.end("src"), sent, m.start("src"))
    if act is None or act.actor is None or negated or v.entity_type(act.actor) == "LOC":
        return
    k = m.start("who")
    named = [x for x in v.starting_at(k) if x.type in ("ORG", "LOC")]
    if named:
        if any(x.entity == act.actor for x in named) or v.skip_space(max(x.end for x in named)) != m.start("must"):
            return  # the source's own body (no one else directed), or more than a name before the obligation
    elif not ao["addressee"].match(v.low, k):
        return
    end = clause_end(v, lex, m.end("must"), sent)
    directing = Actor(actor=act.actor, person=act.person, rule="reported", confidence=lex.confidence("reported"), start=act.start)
    claims.emit(sent, "directive", v.norm[m.start("must") : m.end("must")], k, end, directing, f"{ao['id']}/reported", m.end("must"))
