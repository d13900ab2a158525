"""Schedules: a sentence that dates something ahead without a trigger (`Thời điểm chi trả cổ tức là trước
ngày 30/6/2026`, `Lịch họp dự kiến vào tháng 5/2026`) is a plan of the actor the sentences before name.

Reads: one sentence of the view (its dates, the article's publication date), the lexicon's schedule
heads and links (data: schedules) and the commitments already claimed; `context`, an actor of the
sentences just before.
Claims: one `plan` for the sentence, rule `<schedule id>/context`, when it opens with a schedule head
noun, links it to a date by `là`, `dự kiến` or a time preposition, the date lies after the article's
publication (a date before it reports what was done) and no trigger claimed the sentence.
An event scheduled as planned (`Đại hội dự kiến diễn ra vào ngày 20/4`; data: schedules.events) is a
`plan` of who holds it: the body named with the event word (rule `plan:<noun>/event-owner`), the
organisation that opens the sentence and says it (`Bộ X cho biết kỳ thi … dự kiến …`, `/subject`),
else the actor of the sentences before (`/context`). An event named in the sentence's object and scheduled by a
comma-appended participle (`X vừa công bố tài liệu họp ĐHĐCĐ …, dự kiến tổ chức vào ngày 25/4`) is a `plan` of the
organisation opening the sentence (`/subject`). A sentence opened by a plan frame (`Dự kiến …, X tổ
chức …`; data: schedules.frames) with no trigger claimed, no done marker, no date before publication is a
`plan` of its named subject (`plan:<frame>/subject`); without one, plan_documents gives a `Theo kế hoạch, …` frame
to the plan's owner. An action clause a time adjunct dates after publication
(`Từ tháng 5/2026, X tiếp tục …`, `Năm 2026, X tập trung …` in an article of December 2025), with no trigger before
its verb, is a `plan` of the body named right before the verb (`plan:dated-ahead/<actor rule>`; data:
schedules.dated_ahead).
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder, from_context
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end, clause_lo, strip_fillers
from c4ir_kb.extract.commitments.gates import opinion, reported_done
from c4ir_kb.extract.commitments.trigger_use import appointment
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView, day_vs_publication


def emit_schedule(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    pub = v.doc.article.published
    hm = lex.schedule_head.match(v.low, sent.start, sent.end)
    if hm is None:
        if not _emit_event(v, lex, claims, sent, context) and not _emit_event_apposition(v, lex, claims, sent):
            _emit_plan_frame(v, lex, claims, sent)
        return
    if context is None or context.actor is None or pub is None:
        return
    if any(c.sentence == sent.index for c in claims.out) or claims.covered(hm.end()):
        return
    for d in v.dates_in(hm.end(), sent.end):
        if not lex.schedule_link.search(v.low[hm.end() : d.start]):
            return  # the first date is not the one the head is set for
        if over_by_publication(v, d.value) or not d.value or not d.value[:4].isdigit():
            return  # a date over by publication reports what was done (`trong năm 2025` in March 2025 still runs)
        end = d.end
        while end < sent.end and v.low[end] not in ",.;":
            end += 1
        tid = lex.schedule_ids[hm.group("noun")]
        act = from_context(lex, context)
        claims.emit(sent, "plan", v.norm[hm.start("noun") : hm.end("noun")], hm.start("noun"), end, act, f"{tid}/context", hm.end())
        return


def _after_publication(v: DocView, value: Optional[str]) -> bool:
    pub = v.doc.article.published
    if pub is None or not value or not value[:4].isdigit():
        return False
    return value[: len(pub.isoformat())] > pub.isoformat()[: len(value)]


def over_by_publication(v: DocView, value: Optional[str]) -> bool:
    """A date over by publication: a day on or before it, a month or year that ended before it
    (`Liên hoan … 2025` in a plan published in November 2025 names a year still running); a span by its
    last day (`từ ngày 17 đến 20-8` in an article of 19/8 is still running)."""
    pub = v.doc.article.published
    if pub is None or not value or not value[:4].isdigit():
        return False
    value = value.rpartition("/")[2]
    if not value[:4].isdigit():
        return False
    day = day_vs_publication(value[:10], pub)
    return day <= 0 if day is not None else value < pub.isoformat()[: len(value)]


def _emit_event(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor]) -> bool:
    """`Đại hội dự kiến diễn ra vào ngày 20/4`, `X cho biết hội thi năm sau sẽ diễn ra vào ngày 4-5/7`: an event
    scheduled as planned is the plan of who holds it (the organisation speaking, else the actor before)."""
    actor, rule = context, "context"
    hm = lex.event_schedule_head.match(v.low, sent.start, sent.end)
    if hm is None:
        # `Bộ X cho biết kỳ thi …`: the organisation that opens the sentence (after a time adjunct) and says it
        if lex.event_schedule_link.search(v.low, sent.start, sent.end) is None:
            return False
        m = next((x for x in v.starting_at(v.skip_space(sent.start)) if x.type == "ORG"), None)
        sm = lex.speech_re.match(v.low, v.skip_space(m.end)) if m is not None else None
        if sm is None:
            # `Tại hội nghị … chiều 26/9, Bộ X cho biết kỳ thi …`: the organisation opens the clause after a leading adjunct
            sm = lex.speech_re.search(v.low, sent.start, sent.end)
            j = v.skip_space_back(sm.start() if sm is not None else sent.start, sent.start)
            m = v.mention_ending_at(j, sent.start) if sm is not None else None
            if m is None or m.type != "ORG" or not re.search(r"(?:^|,)\s*$", v.low[sent.start : m.start]):
                return False
        hm = lex.event_schedule_head.match(v.low, v.skip_space(sm.end() + (1 if v.low[sm.end() : sm.end() + 1] == "," else 0)), sent.end)
        if hm is None:
            return False
        actor, rule = Actor(actor=m.entity, rule="subject", confidence=lex.confidence("subject", "ORG"), start=m.start), "subject"
    if claims.covered(hm.end()):
        return False
    comma = v.low.find(",", hm.end(), sent.end)
    while comma >= 0 and (tm := lex.event_term.match(v.low, comma)):
        comma = v.low.find(",", tm.end(), sent.end)  # `Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030 dự kiến …`: the term names the event
    stop = min([k for k in (comma, v.low.find(";", hm.end(), sent.end)) if k >= 0] or [sent.end])
    lk = lex.event_schedule_link.search(v.low, hm.end(), stop)
    organiser = None
    for do in re.finditer(r"(?<!\w)do\s+", v.low[hm.end() : stop]):
        o = next((x for x in v.starting_at(hm.end() + do.end()) if x.type == "ORG"), None)
        om = lex.event_organiser.match(v.low, o.end) if o is not None else None
        if om is not None:
            organiser, lk = o, om  # `Lễ kỷ niệm do UBND tỉnh X tổ chức vào …`: the organiser named as agent
            break
    if lk is None:
        return False
    clause_stop = min([k for k in (v.low.find(";", lk.end(), sent.end),) if k >= 0] or [sent.end])
    d = next(iter(v.dates_in(lk.end(), clause_stop)), None)
    if d is None or not _after_publication(v, d.value):
        return False  # an event dated before publication was held, not planned
    end = d.end
    while end < sent.end and v.low[end] not in ",.;":
        end += 1
    if any(c.start < end and hm.start("noun") < c.end for c in claims.out):
        return False
    noun = hm.group("noun")
    held = next((x for x in v.starting_at(v.skip_space(hm.end())) if x.type == "ORG" and x.end <= lk.start()), None)
    if organiser is not None:
        held = organiser
    if held is not None:  # `Kỳ họp HĐND tỉnh … dự kiến …`: the body named with the event holds it
        actor, rule = Actor(actor=held.entity, rule="event-owner", confidence=lex.confidence("event-owner"), start=held.start), "event-owner"
    if actor is None or actor.actor is None:
        return False
    act = Actor(actor=actor.actor, person=actor.person, rule=rule, confidence=actor.confidence if rule != "context" else lex.confidence(rule))
    claims.emit(sent, "plan", v.norm[hm.start("noun") : hm.end("noun")], hm.start("noun"), end, act, f"{lex.event_schedule_id.format(noun=noun)}/{rule}", lk.end())
    return True


def _emit_event_apposition(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence) -> bool:
    """`X vừa công bố tài liệu họp ĐHĐCĐ thường niên 2026, dự kiến tổ chức vào ngày 25/4`: the event named in the
    comma segment before a scheduling participle is held by the organisation opening the sentence; its plan."""
    subject = next((x for x in v.starting_at(v.skip_space(sent.start)) if x.type == "ORG"), None)
    if subject is None:
        return False
    for am in lex.event_apposition.finditer(v.low, sent.start, sent.end):
        seg_lo = max(v.low.rfind(",", subject.end, am.start()), v.low.rfind(";", subject.end, am.start()), subject.end)
        nm = lex.event_apposition_noun.search(v.low, seg_lo, am.start())
        if nm is None or claims.covered(am.start("link")):
            continue
        stop = v.low.find(";", am.end(), sent.end)
        stop = sent.end if stop < 0 else stop
        d = next(iter(v.dates_in(am.end(), stop)), None)
        if d is None or not _after_publication(v, d.value):
            return False  # an event dated before publication was held, not planned
        end = _trim_end(v, am.end(), stop)
        act = Actor(actor=subject.entity, rule="subject", confidence=lex.confidence("subject", "ORG"), start=subject.start)
        noun = nm.group("noun")
        claims.emit(sent, "plan", v.norm[am.start("link") : am.end("link")], am.start("link"), end, act, f"{lex.event_schedule_id.format(noun=noun)}/subject", am.end())
        return True
    return False


def _emit_plan_frame(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence) -> None:
    """`Dự kiến trong quý tới, tỉnh X tổ chức …`: a sentence opened by a plan frame states a plan."""
    fm = lex.plan_frame.match(v.low, sent.start, sent.end)
    if fm is None or any(c.sentence == sent.index for c in claims.out) or claims.covered(fm.end()):
        return
    if lex.done_re.search(v.low, fm.end(), sent.end):
        return  # `…, X đã hoàn thành …`: reported as done
    if any(over_by_publication(v, d.value) for d in v.dates_in(sent.start, sent.end)):
        return  # `Theo kế hoạch, phiên tòa diễn ra từ ngày 15/4` before publication: what was planned then
    end = _trim_end(v, fm.end(), sent.end)
    if len(v.low[fm.end() : end].split()) < 3:
        return
    subject = None
    for m in v.mentions_in(fm.end(), end):
        after = _ACRONYM_ASIDE.match(v.low, m.end)  # `Bộ Giáo dục và Đào tạo (GD-ĐT) tải …`: the name's short form aside
        tok = next((t for t in sent.tokens if t.start >= (after.end() if after else m.end)), None)
        if m.type in ("ORG", "PER", "LOC") and tok is not None and tok.pos.startswith("V") and not v.inside_mention(tok.start, tok.end):
            subject = m
            break
    if subject is None:
        return  # `Dự kiến …, đội tuyển quốc gia sẽ …`: no named subject; a `Theo kế hoạch, …` frame is then its owner's (plan_documents)
    act = Actor(actor=subject.entity, rule="subject", confidence=lex.confidence("subject", subject.type), start=subject.start)
    frame = fm.group("frame")
    claims.emit(sent, "plan", v.norm[fm.start("frame") : fm.end("frame")], fm.start("frame"), end, act, f"{lex.plan_frame_id.format(frame=frame)}/{act.rule}", fm.end())


_ACRONYM_ASIDE = re.compile(r"\s*\([^()\s]{1,15}\)")


# how the actor of a dated-ahead clause may be found: named right before its verb, not borrowed from elsewhere;
# a project or plant as the subject stands for its investor (extraction-v1: a plant, project or programme -> its owner)
_NAMED_ACTOR_RULES = frozenset({"subject", "leader", "representative", "anaphor", "speaker", "person-ref", "owner"})


def emit_dated_ahead(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence) -> None:
    """`Từ tháng 5/2026, X tiếp tục mở rộng …`, `X tổ chức hội chợ vào ngày 20/12` (published 1/12): an action clause
    of a named body dated after publication, with no trigger, is its plan (data: schedules.dated_ahead)."""
    pub = v.doc.article.published
    if pub is None or any(c.sentence == sent.index for c in claims.out):
        return
    dates = v.dates_in(sent.start, sent.end)
    ahead = next((d for d in dates if _ahead(v, d.value) and _adjunct(v, lex, d.start, clause_lo(v, sent, d.start))), None)
    if ahead is None or any(over_by_publication(v, d.value) for d in dates):
        return
    if lex.done_re.search(v.low, sent.start, sent.end) or lex.negation_end.search(v.low[sent.start : ahead.start].rstrip()):
        return
    lo = clause_lo(v, sent, ahead.start)
    verb = next((t for t in sent.tokens if t.start >= lo and _action_verb(v, lex, t, lo)), None)
    if verb is None or claims.covered(verb.start) or lex.speech_re.match(v.low, verb.start) or lex.stative(v.low[verb.start : sent.end]):
        return
    if appointment(v, lex, verb.start, verb.end, sent.end):
        return  # `X làm Giám đốc … từ 1/7`, `đảm nhận chức …`, `chỉ định Bí thư nhiệm kỳ …`: an appointment, not an undertaking
    end = clause_end(v, lex, verb.end, sent)
    if not (lo <= ahead.start < end) or opinion(v, lex, sent.start, verb.end) or lex.trigger_re.search(v.low, sent.start, verb.start):
        return  # the date belongs to another clause; `X dự báo …`: a forecast; a trigger before it, which the triggers judged
    actor, fillers, negated = actors.find_subject(verb.start, sent, lo)
    if actor is None or actor.actor is None or negated or reported_done(lex, fillers) or actor.rule not in _NAMED_ACTOR_RULES:
        return
    kind = v.entity_type(actor.actor)
    if kind not in ("ORG", "PER") and not (kind == "LOC" and lex.admin_end.search(v.low[max(0, actor.start - 15) : actor.start])):
        return  # `Đà Nẵng đón khách từ ngày 1/6`: a place where it happens, not an actor
    start = v.skip_space(strip_fillers(v, lex, lo, verb.start)[0])  # `X tiếp tục mở rộng …`: the aspect words with it
    claims.emit(sent, "plan", v.norm[verb.start : verb.end], start, end, actor, f"{lex.dated_ahead_id}/{actor.rule}", verb.end)


def _action_verb(v: DocView, lex: Lexicon, t, lo: int) -> bool:
    """A token tagged a verb, no aspect word, outside names: not capitalised inside its clause (`Ban Chỉ đạo`)."""
    if not t.pos.startswith("V") or v.low[t.start : t.end] in lex.fillers or v.inside_mention(t.start, t.end):
        return False
    return not (v.norm[t.start].isupper() and v.low[lo : t.start].strip(" ,"))


def _ahead(v: DocView, value: Optional[str]) -> bool:
    """The date (a span from its first day) lies after the publication day."""
    pub = v.doc.article.published
    if pub is None or not value:
        return False
    first = value.partition("/")[0]
    q = re.fullmatch(r"(\d{4})-Q([1-4])", first)
    if q is not None:
        return (int(q.group(1)), int(q.group(2))) > (pub.year, (pub.month - 1) // 3 + 1)
    return _after_publication(v, first)


def _adjunct(v: DocView, lex: Lexicon, at: int, lo: int) -> bool:
    """The date at `at` is a time adjunct of its clause: after a time preposition (`từ tháng 5/2026`, `vào ngày 20/12`)
    or opening the clause (`Năm 2026, X …`); a date right after a noun names that thing (`nhiệm vụ năm 2026`,
    `nhiệm kỳ 2025-2030`), not when the action happens."""
    before = v.low[lo:at]
    return lex.time_prep_end.search(before) is not None or lex.time_prep_start.match(v.low, at) is not None or not before.strip(" ,-–")


def _trim_end(v: DocView, lo: int, end: int) -> int:
    """end moved back over closing spaces, full stops, ellipses and quotes, not before lo."""
    while end > lo and v.norm[end - 1] in " .…\"“”'":
        end -= 1
    return end
