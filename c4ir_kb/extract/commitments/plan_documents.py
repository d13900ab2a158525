"""A plan, strategy, resolution or programme as the subject or the frame of what it sets out: `Kế hoạch đặt ra
những mục tiêu …`, `Nghị quyết hướng tới mục tiêu đưa Việt Nam trở thành …`, `chiến lược tập trung nâng cao …`,
`Theo kế hoạch, 9 tháng cuối năm phải cổ phần hóa 30 doanh nghiệp`.

A document does nothing itself: the body that issued or owns it undertakes what it sets out (extraction-v1, What
counts: the actor is the body that issued or owns the document, named in the article, or the country or place it is
set for). The trigger finds no subject there, or no trigger at all.

* emit_document_subjects: a clause opening (at the sentence start or after a short lead ending with a comma) with a
  plan-document noun, a few words naming it and a focus verb (data: plan_documents.verbs, each with its kind) is a
  commitment of that kind, its clause from the noun to the clause end; a noun that also names an event (`chương
  trình`: plan_documents.target_only) only with a verb of kind target, and no verb followed by a celebration
  (`hướng tới chào mừng kỷ niệm …`: not_after);
* emit_document_frames: a sentence opening `Theo kế hoạch, …` whose clause no trigger claimed and no name opens (a
  named subject is schedules.py's) is a plan per `;` item that holds a future marker (`sẽ`, `phải`) or a date not over
  by publication, and no done marker.

The owner (document_owner): a name after `của` in the noun phrase (`Kế hoạch của UBND tỉnh …`); else the issuer, the
last sentence up to this one where an issuing verb has the noun after it (`Bộ trưởng Bộ X đã ban hành Quyết định …
phê duyệt Kế hoạch …`): the actor of that sentence's commitments, else the subject of the verb, else the actor that
sentence was found to name (last_actor: its owner or leading organisation) (actor rule `document-owner`); else the
organisation the story is about (actor_frames.story_subject, `document-owner`); else the actor of the sentences before
(`context`); else, for a target subject only, the first place named in its clause (`document-place`: `… đưa Việt Nam
trở thành …`).

Reads: one sentence of the view, the lexicon (plan_documents, done markers), ActorFinder (subjects, leaders), the
actors of the sentences before (last_actor) and the commitments claimed so far. Claims: rules
`<kind>:document-subject/<actor rule>`, `plan:document-frame/<actor rule>`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actor_frames import story_subject
from c4ir_kb.extract.commitments.actors import Actor, ActorFinder, from_context
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.schedules import over_by_publication
from c4ir_kb.extract.commitments.series import items
from c4ir_kb.extract.commitments.view import DocView


class _Grammar:
    def __init__(self, d: dict):
        self.subject_id = d["subject_id"]
        self.frame_id = d["frame_id"]
        self.kinds = {x["phrase"].lower(): x["kind"] for x in d["verbs"]}
        self.lead_words = int(d["lead_words"])
        self.min_words = int(d["min_words"])
        self.frame_words = int(d["frame_words"])
        nouns = alt(d["nouns"])
        self.subject = re.compile(
            rf"\s*(?P<lead>[^,.;:\n]*,\s*)?(?P<noun>{nouns}){E}(?P<mod>[^,.;:\n]{{0,{int(d['max_chars'])}}}?)\s+"
            rf"(?:(?:{alt(d['adverbs'])})\s+)*(?P<verb>{alt(self.kinds)}){E}"
        )
        self.issue = re.compile(rf"{W}(?P<verb>{alt(d['issue_verbs'])}){E}[^.;\n]{{0,{int(d['issue_gap'])}}}?{W}(?P<noun>{nouns}){E}")
        self.frame = re.compile(rf"\s*(?P<frame>{alt(d['frames'])}){E}(?P<more>[^,.;:\n]*),\s*")
        self.future = re.compile(rf"{W}(?:{alt(d['future_markers'])}){E}")
        self.owner = re.compile(r"(?<!\w)của\s+")
        self.target_only = frozenset(w.lower() for w in d["target_only"])
        self.not_after = re.compile(rf"\s*(?:{alt(d['not_after'])}){E}")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar(rules_data()["plan_documents"])


def emit_document_subjects(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, context: Optional[Actor], last_actor: dict) -> None:
    """`Kế hoạch đặt ra những mục tiêu …`: what the document sets out, its owner's commitment."""
    g = _grammar()
    m = g.subject.match(v.low, sent.start, sent.end)
    if m is None or claims.covered(m.start("noun")) or claims.covered(m.start("verb")):
        return
    if m.group("lead") and len(m.group("lead").split()) > g.lead_words:
        return
    if any(x.type in ("ORG", "PER", "LOC") for x in v.mentions_in(m.start("noun"), m.start("verb"))) and not g.owner.search(m.group("mod")):
        return  # `Chương trình Việt Nam tập trung …`, `Đề án X hướng tới …`: a name in the subject phrase may be the subject
    if m.group("noun") in g.target_only and g.kinds[m.group("verb")] != "target":
        return  # `Chương trình tập trung vào các tiết mục …`: what an event or a broadcast is about
    if g.not_after.match(v.low, m.end("verb")):
        return  # `Chương trình hướng tới chào mừng kỷ niệm …`: a celebration, not an undertaking
    end = clause_end(v, lex, m.end("verb"), sent)
    if len(v.low[m.end("verb") : end].split()) < g.min_words:
        return
    noun = m.group("noun")
    kind = g.kinds[m.group("verb")]
    act = document_owner(v, lex, actors, claims, sent, noun, m.start("noun"), m.start("verb"), last_actor) or _story(v, lex) or from_context(lex, context)
    if act is None:
        # a target set for a country or province (`… đưa Việt Nam trở thành …`); a place a plan works in does not act
        place = next((x for x in v.mentions_in(m.end("verb"), end) if x.type == "LOC"), None) if kind == "target" else None
        if place is None:
            return
        act = Actor(actor=place.entity, rule="document-place", confidence=lex.confidence("document-place"), start=place.start)
    claims.emit(sent, kind, v.norm[m.start("verb") : m.end("verb")], m.start("noun"), end, act, f"{g.subject_id.format(kind=kind)}/{act.rule}", m.end("verb"))


def emit_document_frames(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, context: Optional[Actor], last_actor: dict) -> None:
    """`Theo kế hoạch, 9 tháng cuối năm phải cổ phần hóa …`: a plan whose clause names no body, the plan owner's."""
    g = _grammar()
    m = g.frame.match(v.low, sent.start, sent.end)
    if m is None or len(m.group("more").split()) > g.frame_words:
        return
    k = m.end()
    if any(c.sentence == sent.index and c.end > k for c in claims.out) or claims.covered(k):
        return  # a trigger's, or schedules.py's named subject
    if any(x.type in ("ORG", "PER") for x in v.starting_at(k)):
        return  # `Theo kế hoạch, Vietjet sẽ …`: a body names itself
    found = []
    parts = items(v, lex, k, sent.end)
    for s, e in parts:
        if len(v.low[s:e].split()) < g.min_words or lex.done_re.search(v.low, s, e):
            continue
        dates = v.dates_in(s, e)
        if any(over_by_publication(v, d.value) for d in dates):
            continue  # `Theo kế hoạch, phiên tòa diễn ra ngày 15/4` before publication: what was planned then
        if g.future.search(v.low, s, e) is None and not dates:
            continue
        found.append((s, e))
    if not found:
        return
    frame = v.norm[m.start("frame") : m.end("frame")]
    act = document_owner(v, lex, actors, claims, sent, frame.split(None, 1)[1].lower(), m.start("frame"), m.end("frame"), last_actor) or _story(v, lex) or from_context(lex, context)
    if act is None:
        return
    for s, e in found:
        start = m.start("frame") if (s, e) == parts[0] else s  # the first item's clause is the frame's sentence
        claims.emit(sent, "plan", frame, start, e, act, f"{g.frame_id}/{act.rule}", s)


def document_owner(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, noun: str, a: int, b: int, last_actor: dict) -> Optional[Actor]:
    """Who owns the document named at [a, b): a name after `của` there, else the body the article shows issuing a
    document of that noun up to this sentence (the nearest such sentence that names one: the actor of its commitments,
    else the subject of the issuing verb, else the actor last_actor holds for it)."""
    g = _grammar()
    om = g.owner.search(v.low, a, b)
    if om is not None:
        named = next((x for x in v.starting_at(om.end()) if x.type in ("ORG", "PER", "LOC")), None)
        if named is not None:
            return _owned(lex, actors.from_mention(named, sent.start))
    for s in reversed([x for x in v.doc.sentences if x.index <= sent.index]):
        hit = None
        for im in g.issue.finditer(v.low, s.start, min(s.end, a) if s.index == sent.index else s.end):
            if im.group("noun") == noun:
                hit = im
        if hit is None:
            continue
        mine = [c for c in claims.out if c.sentence == s.index and c.actor is not None]
        if mine:
            return Actor(actor=mine[0].actor, person=mine[0].person, rule="document-owner", confidence=lex.confidence("document-owner"))
        subject, _, negated = actors.find_subject(hit.start("verb"), s, s.start)
        if subject is not None and subject.actor is not None and not negated:
            return _owned(lex, subject)
        prior = last_actor.get(s.index)
        if prior is not None and prior.actor is not None:
            return _owned(lex, prior)
    return None


def _owned(lex: Lexicon, act: Actor) -> Actor:
    return Actor(actor=act.actor, person=act.person, rule="document-owner", confidence=lex.confidence("document-owner"), start=act.start)


def _story(v: DocView, lex: Lexicon) -> Optional[Actor]:
    """The organisation the story is about (actor_frames.story_subject): whose plan an unattributed plan is."""
    who = story_subject(v)
    return Actor(actor=who, rule="document-owner", confidence=lex.confidence("document-owner")) if who is not None else None

