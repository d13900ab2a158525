"""The speaker of a reported clause whose own subject names no body.

`Bộ X cho biết kỳ thi năm sau dự kiến …`, `Ngân hàng Y vừa ra thông cáo cho biết dự kiến tăng …`,
`Công ty Z …, đồng thời khẳng định cam kết đồng hành …`: the trigger opens, or follows a noun phrase
naming a thing (an exam, the capital, a plan) in, the clause a speech verb reports; no ORG, PER or LOC
of the clause stands before it. The undertaking is the speaker's (extraction-v1, What counts: "The actor
is the body the speaker represents (`Đại diện X cho biết`, `ông A, Chủ tịch X, khẳng định` → X)"): a speaker
in apposition (`Ông A, Giám đốc X, cho biết cơ sở mới hướng tới …`) speaks for X when the trigger states an aim
(data reported_clauses.apposition_triggers; `nhà máy sẽ tạo việc làm` describes the facility). A comma between the speech verb
and the trigger (`cho biết sản phẩm tập trung vào A, hướng tới B`) makes the trigger a second predicate of the
clause's own subject, a description: no speaker's undertaking.

Reads: one sentence of the view (mentions, text), the lexicon (speech verbs, `reported` limits) and the
actor finder (the subject of the speech verb, or of the sentence's head verb when the speech verb is a
conjunct of it).
Claims: nothing; it returns an Actor (actor rule `reported`) or None.
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.chain import head_subject
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.speakers import appositive_head
from c4ir_kb.extract.commitments.view import DocView


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
    if re.search(r"[“”\"':;(),]", between) or len(between.split()) > lex.reported_max_words:
        return None  # a quote, a list or an aside between: not the speaker's plain report
    if any(m.type in ("ORG", "PER", "LOC") for m in v.mentions_in(sp.end(), pos)):
        return None  # `cho biết Viettel và đối tác sẽ …`: the reported clause names its own subject
    seg = max(v.low.rfind(",", sent.start, sp.start()), v.low.rfind(";", sent.start, sp.start()))
    act, _, negated = actors.find_subject(sp.start(), sent, seg + 1 if seg >= 0 else sent.start)
    if (act is None or act.actor is None) and seg >= 0 and not v.low[seg + 1 : sp.start()].strip() and trigger_id in lex.reported_apposition_triggers:
        # `Ông A, Giám đốc X, cho biết cơ sở mới hướng tới …`: the comma closes an apposition; its head speaks (for X).
        # Only an aim (a target needs an agent that intends it); `nhà máy sẽ tạo …` says what a facility will do
        head_m = appositive_head(v, sent, sent.start, seg)
        if head_m is not None:
            act, negated = actors.from_mention(head_m, sent.start), False
    if act is None or act.actor is None:
        head = head_subject(v, lex, actors, sent, sp.start())
        if head is None:
            return None
        act, negated = head[1], False
    if negated or act.actor is None:
        return None
    return Actor(actor=act.actor, person=act.person, rule="reported", confidence=lex.confidence("reported"), start=act.start)
