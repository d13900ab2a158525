"""The parties `hai bên`, `ba bên`, `2 bên` stand for (used by actors.ActorFinder).

Reads: the view (sentences, mentions, text), the lexicon (party words, meeting verbs), Referents (the agreements
stated so far, a place's committee) and the finder's from_mention.
Claims: nothing; answers for a party word opening the subject slot before a trigger (party_subject): the first party
of the agreement just stated, of a pair `giữa X và Y` (first_party_between), or of the meeting the article reports
(`A hội đàm với B. Hai bên nhất trí …`, meeting_party), else of the ceremony its parties host (`A và B tổ chức lễ
ký kết …`), else the first of the sides an attendance list names (`về phía X có …; về phía Y có …`, first_side), else
of the last pair of bodies joined by `và`, `cùng` (first_party_joined), as an `Actor` with the rule `parties`;
parties_of gives the same answer for any position (a signed document's content, documents.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from c4ir_kb.models import Mention, Sentence

if TYPE_CHECKING:
    from c4ir_kb.extract.commitments.actors import Actor, ActorFinder

_EVENT_NOUN_END = re.compile(r"(?<!\w)(?:lễ|buổi|sự|dịp)\s+$")  # a meeting word after these is a noun: the event
# `A và B tổ chức lễ ký kết …`, `A tổ chức buổi làm việc với B`: hosting the event makes its subject a party of it
_HOSTED_END = re.compile(r"(?<!\w)tổ chức\s+(?:lễ|buổi)\s+$")


def party_subject(af: "ActorFinder", sent: Sentence, lo: int, j: int, pos: int) -> Optional[Actor]:
    """`Theo thỏa thuận, ba bên sẽ …`: a party word opening the clause lo..j (after punctuation or `theo đó`,
    `theo thỏa thuận`) stands for the parties of the agreement just stated, else of a pair `giữa X và Y`, else of the
    meeting reported; the first-named party acts."""
    v, lex = af.v, af.lex
    pa = lex.party_re.search(v.low[lo:j])
    if pa is None or not re.search(r"(?:^|[,:;“\"]|theo đó|theo thỏa thuận|theo thoả thuận)\s*$", v.low[lo : lo + pa.start(1)]):
        return None
    found = parties_of(af, sent, pos)
    if found is not None:
        found.start = lo + pa.start(1)
    return found


def parties_of(af: "ActorFinder", sent: Sentence, pos: int) -> Optional[Actor]:
    """The first-named party of the agreement, pair, meeting or sides the text before pos names (see party_subject)."""
    from c4ir_kb.extract.commitments.actors import Actor  # (actors imports this module)

    v, lex, refs = af.v, af.lex, af.refs
    ag = [x for x in refs.agreements if sent.index - 2 <= x[0] <= sent.index and x[1] < pos]
    if ag:
        return Actor(actor=ag[-1][2], rule="parties", confidence=lex.confidence("parties"))
    first = first_party_between(af, sent, pos, far=False)
    if first is not None:
        return Actor(actor=first, rule="parties", confidence=lex.confidence("parties"))
    ag = [x for x in refs.agreements if x[1] < pos]
    if ag:  # `2 bên phối hợp xây dựng …` paragraphs after the signing: still its parties
        return Actor(actor=ag[-1][2], rule="parties", confidence=lex.confidence("parties"))
    # `A hội đàm với B. Hai bên nhất trí …`: the meeting's first party, before any pair `giữa X và Y` far
    # back (`quan hệ giữa hai nước` describes a relation, the meeting names who talks)
    met = meeting_party(af, sent, pos)
    first = None if met is not None else first_party_between(af, sent, pos)
    if first is not None:
        return Actor(actor=first, rule="parties", confidence=lex.confidence("parties"))
    if met is not None:
        return met
    # `A và B tổ chức lễ ký kết …`: the hosts of the ceremony, after any pair `giữa X và Y` (which names who signs)
    hosted = meeting_party(af, sent, pos, hosted=True)
    if hosted is not None:
        return hosted
    # `Dự buổi lễ, về phía X có …; về phía Y có …. Hai bên thống nhất …`: the sides an attendance list names
    sides = first_side(af, sent, pos)
    if sides is not None:
        return Actor(actor=sides, rule="parties", confidence=lex.confidence("parties"))
    # `X và Y đã cụ thể hóa hợp tác …. Tại hội nghị, hai bên thống nhất …`: no meeting verb, no `giữa`; the pair of
    # bodies named together last, in this sentence or the four before
    # (a topic-framed sentence, `Trong chính quyền số, hai bên …`, states an agreement's content: continued.py reads it)
    joined = None if lex.topic_frame.match(v.low, sent.start, sent.end) else first_party_joined(af, sent, pos)
    if joined is not None:
        return Actor(actor=joined, rule="parties", confidence=lex.confidence("parties"))
    return None


_BRACKET = r"\s*(?:\([^()]{1,30}\)\s*)?"  # a short bracket after a party's name (`X (VNPT)`) before the word that joins the next
_JOINED = re.compile(_BRACKET + r"(?:và|cùng với|cùng|với)\s+(?P<nouns>(?:[^\W\d]+\s+){0,6})")


def _party_of(af: "ActorFinder", eid: str) -> str:
    """The body a party stands for: a place (LOC) acts through its committee (Canonical.committee_of), when the article has one."""
    if af.v.entity_type(eid) == "LOC":
        return af.refs.canon.committee_of(eid) or eid
    return eid


def _joined(v, a: Mention, b: Mention) -> bool:
    """a, then `và`/`cùng (với)`/`với` and at most six lower-case words (`chính quyền nhân dân thành phố`), then b."""
    j = _JOINED.fullmatch(v.low, a.end, b.start)
    return j is not None and all(w.islower() for w in v.norm[j.start("nouns") : j.end("nouns")].split())


def first_party_joined(af: "ActorFinder", sent: Sentence, pos: int) -> Optional[str]:
    """The first of the last two bodies (ORG or LOC, two entities) joined by `và`, `cùng (với)`, `với` before pos, in
    this sentence or the four before (`UBND tỉnh X và chính quyền thành phố Y …`, `Tập đoàn A và Công ty B cùng …`)."""
    v = af.v
    first = v.doc.sentences[max(0, sent.index - 4)].start
    ms = [m for m in v.mentions_in(first, pos) if m.type in ("ORG", "LOC")]
    for b in reversed(ms):
        a = next((m for m in reversed(ms) if m.end <= b.start and m.entity != b.entity and _joined(v, m, b)), None)
        if a is not None:
            return _party_of(af, a.entity)
    return None


_SIDE = re.compile(r"(?<!\w)về phía\s+")


def first_side(af: "ActorFinder", sent: Sentence, pos: int) -> Optional[str]:
    """`về phía X có …; về phía Y có …` in this sentence or the four before: X, the first of two sides named (two
    different bodies, each right after `về phía`), the parties of the event an attendance list reports."""
    v = af.v
    first = v.doc.sentences[max(0, sent.index - 4)].start
    sides: list[str] = []
    for g in _SIDE.finditer(v.low, first, pos):
        m = next((x for x in v.starting_at(g.end()) if x.type in ("ORG", "LOC")), None)
        if m is not None and m.entity not in sides:
            sides.append(m.entity)
    return _party_of(af, sides[0]) if len(sides) >= 2 else None


def meeting_party(af: "ActorFinder", sent: Sentence, pos: int, hosted: bool = False) -> Optional[Actor]:
    """The subject of the nearest meeting verb (`A có cuộc gặp B`, `A hội đàm với B`) in this sentence
    or the three before: the first party of the meeting `hai bên` refers to; else the first meeting the article
    reports with its parties (`A điện đàm với B` in the headline and lead, `hai nhà lãnh đạo nhất trí …` paragraphs on)."""
    near = range(sent.index, max(-1, sent.index - 4), -1)
    for si in [*near, *range(0, max(0, sent.index - 3))]:
        far = si < sent.index - 3
        if si == sent.index:
            m = _meeting_subject(af, si, pos, far, hosted)
        else:  # a whole sentence before: the same answer on every look-up, kept
            key = (si, far, hosted)
            if key not in af.meetings:
                af.meetings[key] = _meeting_subject(af, si, af.v.doc.sentences[si].end, far, hosted)
            m = af.meetings[key]
        if m is not None:
            act = af.from_mention(m, af.v.doc.sentences[si].start)
            act.rule, act.confidence = "parties", af.lex.confidence("parties")
            return act  # (`Tại cuộc gặp, …` names no party before it: look further back)
    return None


def _meeting_subject(af: "ActorFinder", si: int, hi: int, far: bool, hosted: bool = False) -> Optional[Mention]:
    """The first name before the first meeting verb of sentence si (up to hi), if any; hosted: the meeting may be an
    event its subject hosts (`A và B tổ chức lễ ký kết …`)."""
    v = af.v
    s = v.doc.sentences[si]
    # (`tại buổi ký kết …`, `cảm ơn sự đón tiếp`: the word names the event, a noun with no subject)
    mv = next((x for x in af.lex.meeting_verb.finditer(v.low, s.start, hi) if not _EVENT_NOUN_END.search(v.low, s.start, x.start()) or (hosted and _HOSTED_END.search(v.low, s.start, x.start()))), None)
    if mv is None:
        return None
    named = [m for m in v.mentions_in(s.start, mv.start()) if m.type in ("ORG", "PER", "LOC") and not _where(af, s.start, m)]
    pair = any(_joined(v, a, b) for a in named for b in named if a.end <= b.start and a.entity != b.entity)
    if far and not pair and not any(m.type in ("ORG", "PER", "LOC") for m in v.mentions_in(mv.end(), min(s.end, mv.end() + 60))):
        return None  # far back, only a meeting that names its other party (`A điện đàm với Bộ trưởng B`, `A và B ký kết …`; not `A gặp khó khăn`)
    return named[0] if named else None


def _where(af: "ActorFinder", lo: int, m: Mention) -> bool:
    """`Sáng 20/10, tại trụ sở Bộ X, ông A chủ trì lễ đón …`: a name after a place preposition (and up to two common
    nouns) says where the meeting is held, not who holds it."""
    at = re.search(r"(?<!\w)(?:tại|ở)((?:\s+[^\W\d]+){0,2})\s+$", af.v.norm[lo : m.start])
    return at is not None and not any(w[:1].isupper() for w in at.group(1).split())


def first_party_between(af: "ActorFinder", sent: Sentence, pos: int, far: bool = True) -> Optional[str]:
    """`(thỏa thuận ký) giữa X và Y`, in this sentence or the two before: X, the first-named party; else the first
    such pair the article names before pos (`Ký kết biên bản ghi nhớ giữa X và Y` under the headline)."""
    v = af.v
    found = None
    for first in (v.doc.sentences[max(0, sent.index - 2)].start, 0) if far else (v.doc.sentences[max(0, sent.index - 2)].start,):
        for g in re.finditer(r"(?<!\w)giữa\s+((?:tỉnh|thành phố|tp\.?)\s+)?", v.low[first:pos]):
            k = first + g.end()
            # (`giữa TP. Huế và …`: the administrative word may be part of the name)
            m = next((x for x in v.starting_at(k) + v.starting_at(first + g.start(1) if g.group(1) else k) if x.type in ("ORG", "LOC")), None)
            if m is not None and re.match(_BRACKET + r"(?:,|và)\s", v.low[m.end : m.end + 40]):
                found = m.entity
                if first == 0:
                    break  # the article's first pair
        if found is not None:
            break
    return _party_of(af, found) if found is not None else None
