"""Actors outside the subject slot, and subjects the plain subject rule misreads (used by actors.ActorFinder).

Reads: the view, the lexicon and the sections of data/commitments.json these frames compile (project_owners,
actor_frames, title_words, not_undertakings.event_subjects).
Claims: nothing; each function answers for one trigger position: `X là một trong các đơn vị <trigger>` (member_of),
`khẳng định cam kết … của X` (pledge_owner), `A và <title> <name> <trigger>` (titled_first_party), `<verb> cùng <NP>`
(comitative), `<event> <name>: <trigger>` in a headline (event_topic), `<title> <Qualifier> <name>` (titled_qualifier),
`Thủ tướng nhấn mạnh …, đề nghị …` (titled_speaker), `Bí thư <place>` (titled_place), `… với <title> Y và <trigger>` (prepositional_object),
`A và phu nhân <trigger>`, `A cùng đoàn đại biểu … <trigger>` (companion_start), `<title> X A và <title> Y B <trigger>`
(conjoined_people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from c4ir_kb.models import Mention, Sentence
from c4ir_kb.nlp.normalize import fold
from c4ir_kb.sources.reader import headline

from c4ir_kb.extract.commitments.lexicon import Lexicon, alt
from c4ir_kb.extract.commitments.view import DocView, rules_data

if TYPE_CHECKING:
    from c4ir_kb.extract.commitments.actors import Actor, ActorFinder


@dataclass
class OwnerRules:
    builder: re.Pattern  # `FPT khởi công …`: right after a name, the verb of building
    agent_verb: re.Pattern  # ` (Viettel) triển khai`: right after a name (and its bracketed acronym), the verb of carrying a project out
    project_noun: re.Pattern  # `dự án`, `nhà máy`: a project noun (project_owners.nouns)
    event_head: re.Pattern  # `Đại hội đồng cổ đông `: an event word and up to three words qualifying it, before a name
    title_phrase_end: re.Pattern  # `Chủ tịch Hạ viện `: a title word and up to three words, before a name
    owned_by: re.Pattern  # `dự án (Dung Quất 2) của `: a project noun, up to four words naming it, `của`, before its owner
    named_project_end: re.Pattern  # `, dự án Dung Quất 2 `: a project noun and its proper name opening the clause, before a trigger
    thing_subject_end: re.Pattern  # `Các dự án `, `6 dự án `, `5 chương trình đào tạo mới `: a counted or determined thing opening the clause


@lru_cache(maxsize=1)
def owner_rules() -> OwnerRules:
    po = rules_data()["project_owners"]
    ts = po["thing_subjects"]
    return OwnerRules(
        builder=re.compile(rf"(?:\s+[^\W\d]+){{0,{int(po['builder_gap'])}}}?\s+(?:{alt(po['builder_verbs'])})(?!\w)"),
        agent_verb=re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:{alt(po['agent_verbs'])})(?!\w)"),
        project_noun=re.compile(rf"(?<!\w)(?:{alt(po['nouns'])})(?!\w)"),
        title_phrase_end=re.compile(rf"(?<!\w)(?:{alt(rules_data()['title_words'])})(?:\s+[^\W\d]+){{0,3}}\s+$"),
        event_head=re.compile(rf"\s*(?:{alt(rules_data()['not_undertakings']['event_subjects'])})(?:\s+[^\W\d]+){{0,3}}\s+"),
        owned_by=re.compile(rf"(?<!\w)(?:{alt(po['nouns'])})(?:\s+[^\s,;:.]+){{0,4}}?\s+của\s+"),
        named_project_end=re.compile(rf"(?:^|[,;:])\s*((?i:{alt(po['nouns'])}))((?:\s+[A-ZĐ0-9][^\s,;:.]*){{1,4}})\s*$"),
        thing_subject_end=re.compile(
            rf"(?:^|[,;:])\s*(?:{alt(ts['determiners'])}|\d+)\s+({alt(list(po['nouns']) + list(rules_data()['owned_subjects']['nouns']))})"
            rf"(?:\s+(?!(?:{alt(ts['non_qualifiers'])})(?!\w))[^\W\d]+){{0,{int(ts['qualifier_words'])}}}(?:\s+(?:{alt(ts['modifiers'])}))?\s*$"
        ),
    )


@dataclass
class _Frames:
    membership_end: re.Pattern  # ` là một trong các đơn vị ` before the trigger
    pledge_noun: re.Pattern  # `cam kết` as a noun
    noun_verb_end: re.Pattern  # `khẳng định ` right before it
    owner_after: re.Pattern  # ` đầu tư dài hạn của ` after it
    counted_end: re.Pattern  # `một ` right before a name
    agent_end: re.Pattern  # `các chủ trương được ` right before a name: the agent of a passive relative clause
    possessor_end: re.Pattern  # `định hướng của ` right before a name: the owner of a noun, not the clause's subject
    title_joiners: frozenset  # `kiêm` joining two titles of one person


@lru_cache(maxsize=1)
def _frames() -> _Frames:
    af = rules_data()["actor_frames"]
    n = int(af["membership_words"])
    return _Frames(
        membership_end=re.compile(rf"\s+là\s+(?:một\s+trong\s+(?:số\s+)?)?(?:(?:các|những)\s+)?(?P<np>(?:[^\W\d]+\s+){{0,{n - 1}}}[^\W\d]+)\s*$"),
        pledge_noun=re.compile(rf"(?:{alt(af['pledge_nouns'])})(?!\w)"),
        noun_verb_end=re.compile(rf"(?<!\w)(?:{alt(af['noun_verbs'])})\s+$"),
        owner_after=re.compile(rf"(?:\s+[^\W\d]+){{0,{int(af['noun_span'])}}}?\s+của\s+"),
        counted_end=re.compile(rf"(?<!\w)(?:{alt(af['counted'])})\s+$"),
        agent_end=re.compile(rf"\w\s+(?:{alt(af['permission_passives'])})\s+$"),
        possessor_end=re.compile(rf"(?<!\w)[^\W\d]+\s+(?:{alt(af['possessor_links'])})\s+(?:[^,;.:]{{1,40}}?(?:\s+và|,)\s+)?$"),
        title_joiners=frozenset(af["title_joiners"]),
    )


def thing_subject(af: "ActorFinder", lo: int, j: int) -> Optional[re.Match]:
    """`Các dự án `, `6 dự án `, `5 chương trình đào tạo mới `: a counted or determined project or programme noun, with
    up to two qualifying words, opening the clause right before the trigger (data: project_owners.thing_subjects); group 1 the noun."""
    if j <= lo:
        return None
    return af.owners.thing_subject_end.search(af.v.low[lo:j])


def owned_thing(af: "ActorFinder", lo: int, j: int) -> Optional[re.Match]:
    """A thing standing for its owner as the subject right before the trigger: a counted or determined one (thing_subject)
    or a project noun alone (`Dự án sẽ …`, `Trong giai đoạn đầu, nhà máy này sẽ …`: lexicon project_subject_end). When the
    article names no investor (ActorFinder.project_owner) and no source speaks for it, the body the sentences before
    name is its owner (triggers.py, actor rule context): extraction-v1, a plant, project or programme that will do
    something -> its owner named in the article. Not after a speech verb in the clause: the speaker speaks for the owner."""
    if j <= lo:
        return None
    counted_thing = thing_subject(af, lo, j)
    if counted_thing is not None:
        return counted_thing
    pm = af.lex.project_subject_end.search(af.v.low[lo:j])
    if pm is not None and af.lex.speech_re.search(af.v.low[lo : lo + pm.start()]):
        return None  # `Đại diện X thông tin: …, Cảng sẽ …`: the speaker's body, when the article does not name it, is no earlier one
    return pm


_AGENT_DO = re.compile(r"(?<!\w)do\s+$")  # `do X triển khai`: the agent of a passive


def project_agent(af: "ActorFinder") -> Optional[str]:
    """`Dự án … do Tập đoàn X (ABC) triển khai`: the agent (`do`) of a verb of carrying a project out (project_owners.agent_verbs)
    in a sentence naming a project noun before it: the project's owner when no investor cue names one."""
    v = af.v
    for m in v.mentions:
        if m.type == "ORG" and _AGENT_DO.search(v.low[max(0, m.start - 4) : m.start]) and af.owners.agent_verb.match(v.low, m.end):
            sent = v.doc.sentence_at(m.start)
            if af.owners.project_noun.search(v.low, sent.start, m.start):
                return m.entity
    return None


def story_subject(v: DocView) -> Optional[str]:
    """The organisation a story about a project is about, when no investor or builder is written: the one the first body
    sentence opens with (`Công ty X, một công ty thành viên của Y, đã được chấp thuận … dự án Z`), else the one opening the
    headline (`X khởi công 4 dự án …`), else the one opening the first body clause after a short dateline or time
    (`Sáng 28/8, X khởi động dự án …`)."""
    title = headline(v.doc.article.text)
    body = next((s for s in v.doc.sentences if s.start >= (len(title) if title else 0)), None)
    if body is None:
        return None
    lead = next(iter(v.starting_at(v.skip_space(body.start))), None)
    if lead is not None and lead.type == "ORG":
        return lead.entity
    head = next(iter(v.starting_at(v.skip_space(0))), None) if title else None
    if head is not None and head.type == "ORG":
        return head.entity
    first = next((m for m in v.mentions_in(body.start, body.end) if m.type == "ORG"), None)
    opens = first is not None and re.fullmatch(r"[^,]{0,30},\s*", v.low[body.start : first.start]) is not None
    return first.entity if opens else None


def counted(af: "ActorFinder", lo: int, start: int) -> bool:
    """`xuất trình một USB`: the name at start follows a numeral or an indefinite (data: actor_frames.counted), so it
    is counted like a thing, not a body acting."""
    return _frames().counted_end.search(af.v.low[max(lo, start - 12) : start]) is not None


def passive_agent(af: "ActorFinder", lo: int, start: int) -> bool:
    """`Việc triển khai sẽ bám sát các chủ trương được Quốc hội thông qua`: the name at start is the agent of a passive
    clause describing a noun (data: actor_frames.permission_passives after a word of the clause), not the body it is about;
    this covers `sau khi được X chấp thuận` too (`khi` is a word before được)."""
    return _frames().agent_end.search(af.v.low[max(lo, start - 30) : start]) is not None


def possessor(af: "ActorFinder", lo: int, start: int) -> bool:
    """`… như định hướng của Chính phủ và Ngân hàng Nhà nước`: the name at start owns a noun of the clause (data:
    actor_frames.possessor_links after a lower-case word, or a name joined to such an owner by `và` or a comma), it is no
    body the sentence is about (s13-poolcom)."""
    before = af.v.norm[max(lo, start - 80) : start]
    m = _frames().possessor_end.search(af.v.low[max(lo, start - 80) : start])
    return m is not None and before[m.start() : m.start() + 1].islower()


def organ_before(af: "ActorFinder", m: Mention, lo: int) -> Optional[int]:
    """Where an organ head (data organ_heads: `Hội đồng xét xử`, `Ban lãnh đạo`) right before m starts, opening its
    segment, with at most two lower-case qualifiers (`Hội đồng xét xử sơ thẩm X`): the subject phrase is the organ of
    the body m names."""
    v = af.v
    k = v.skip_space(lo)
    before = fold(v.low[k : m.start]).strip()
    head = next((h for h in af.lex.organ_heads if before == h or before.startswith(h + " ")), None)
    if head is None or len(before[len(head) :].split()) > 2 or any(w[:1].isupper() for w in v.norm[k : m.start].split()[len(head.split()) :]):
        return None
    return k


def member_of(af: "ActorFinder", lo: int, j: int) -> Optional[Actor]:
    """`X là một trong các đơn vị <trigger>`, `X là doanh nghiệp đầu tiên <trigger>`: X, named before `là` and a common
    noun phrase headed by a kind of body (an anaphor word: `đơn vị`, `doanh nghiệp`, `địa phương`), commits."""
    v = af.v
    r = _frames().membership_end.search(v.low[lo:j])
    if r is None or any(w[:1].isupper() for w in v.norm[lo + r.start() : j].split()[1:]) or re.search(r"(?<!\w)của(?!\w)", r.group("np")):
        return None
    words = r.group("np").split()
    if not any(fold(" ".join(words[:k])) in af.lex.anaphor_words for k in (1, 2, 3)):
        return None  # the noun phrase names a kind of body (`đơn vị`, `doanh nghiệp`, `địa phương`), not `điểm sáng`
    m = v.mention_ending_at(lo + r.start(), lo)
    if m is None or m.type not in ("ORG", "LOC", "PER"):
        return None
    act = af.from_mention(m, lo)
    act.rule, act.confidence = "member", af.lex.confidence("member")
    return act

def pledge_owner(af: "ActorFinder", sent: Sentence, lo: int, pos: int) -> Optional[Actor]:
    """`khẳng định cam kết đầu tư dài hạn của FPT …`, `thể hiện quyết tâm của địa phương …`: the pledge word after a verb
    of stating or showing is a noun; its owner, named after `của` within a few words, commits."""
    v = af.v
    t = _frames().pledge_noun.match(v.low, pos)
    if t is None or not _frames().noun_verb_end.search(v.low[lo:pos]):
        return None
    c = _frames().owner_after.match(v.low, t.end())
    if c is None:
        return None
    k = c.end()
    m = next((x for x in v.starting_at(k) if x.type in ("ORG", "LOC", "PER")), None)
    if m is not None:
        act = af.from_mention(m, m.start)
    else:
        w = re.match(r"[^\W\d]+(?:\s+[^\W\d]+)?", v.low[k : k + 30])
        eid = None
        for cand in ([w.group(), w.group().split()[0]] if w else []):
            if fold(cand) in af.lex.anaphor_words:
                eid, _ = af.refs.resolve_anaphor(cand, pos, sent)
                if eid:
                    break
        if not eid:
            return None
        from c4ir_kb.extract.commitments.actors import Actor  # (actors imports this module)

        act = Actor(actor=eid)
    act.rule, act.confidence, act.start = "noun-owner", af.lex.confidence("noun-owner"), pos
    return act

def titled_first_party(af: "ActorFinder", lo: int, m: Mention) -> Optional[Actor]:
    """`A và Chủ tịch Hạ viện Jordan nhất trí …`: the name m closes a title phrase (a title word and up to three words)
    that is the second conjunct of `A và …`; A, the first-named party, acts, m's body is the partner."""
    v = af.v
    t = owner_rules().title_phrase_end.search(v.low[lo : m.start])
    if t is None:
        return None
    j = re.search(r"\s+và\s+$", v.low[lo : lo + t.start()])
    if j is None:
        return None
    other = v.mention_ending_at(lo + j.start(), lo)
    if other is None or other.entity == m.entity or other.type not in ("PER", "ORG", "LOC"):
        return None
    first = af.from_mention(other, lo, listed=True)
    first.partner = first.partner or m.entity
    return first

def conjoined_people(af: "ActorFinder", sent: Sentence, lo: int, m: Mention) -> Optional[Actor]:
    """`<title> X A (…) và <title> Y B <trigger>`, `<title> X A và B, <title> Y <trigger>`: the subject is two people (or
    a body and a person) joined by `và`, each named with the body they speak for: a joint undertaking, so the
    first-named party acts and the second's body is the partner (extraction-v1: a joint undertaking -> the
    first-named party). m is the name right before the trigger; only names, titles, honorifics, brackets and
    commas (no verb) stand between the clause opening and m."""
    v = af.v
    pre = af.lex.person_prefix_end.search(v.low[sent.start : lo])
    if pre is not None:  # `… và GS.TS. B, …`: the abbreviation's full stop opened no clause
        lo = sent.start + max(v.low.rfind(c, sent.start, sent.start + pre.start()) + 1 - sent.start for c in ";:")
    j = None
    for j in re.finditer(r"\s+và\s+", v.low[lo : m.start]):
        pass
    if j is None or re.search(r"[;:]", v.low[lo : m.start]):
        return None
    k = lo + j.start()
    br = re.search(r"\s*\([^()]{1,40}\)\s*$", v.low[lo:k])  # `A (giữa, phải) và …`: a caption's bracket after the name
    first = v.mention_ending_at(lo + br.start() if br is not None else k, lo)
    second = [x for x in v.mentions_in(lo + j.end(), m.end) if x.type in ("PER", "ORG")]
    if first is None or first.type not in ("PER", "ORG") or not any(x.type == "PER" for x in [first, *second]):
        return None
    if v.low[lo : first.start].count(",") or _verb_between(af, sent, lo, m.start):
        return None
    act = af.from_mention(first, lo, listed=True)
    other = af.from_mention(m, lo, listed=True)
    if act.actor is None or other.actor is None or act.actor == other.actor or v.entity_type(act.actor) != "ORG":
        return None
    act.partner = act.partner or other.actor
    act.rule, act.confidence = "joint-people", af.lex.confidence("joint-people")
    return act


def _verb_between(af: "ActorFinder", sent: Sentence, a: int, b: int) -> bool:
    """A verb (outside any name and any brackets, not part of a title) between offsets a and b."""
    v, joiners = af.v, _frames().title_joiners
    return any(
        t.pos.startswith("V")
        and not v.inside_mention(t.start, t.end)
        and not af.lex.title_end.search(v.low[a : t.end])
        and v.low[t.start : t.end] not in joiners
        and v.low.rfind("(", a, t.start) <= v.low.rfind(")", a, t.start)
        for t in sent.tokens
        if a <= t.start and t.end <= b
    )


def business_of_places(af: "ActorFinder", lo: int, m: Mention) -> Optional[tuple[Optional[Mention]]]:
    """`A và các nhà đầu tư Trung Quốc, Việt Nam ký …`: m, a place, closes a list of places (joined by `,` or `và`)
    that says whose the business noun before them is (`nhà đầu tư`, `doanh nghiệp`): no party of its own. Returns
    (the name the noun phrase is joined to by `và`/`cùng`, A: the first-named party, else None), or None when m is
    no such place."""
    v, lex = af.v, af.lex
    if m.type != "LOC":
        return None
    first = m
    while True:
        j = re.search(r"\s*(?:,|\s và)\s+$", v.low[lo : first.start])
        prev = v.mention_ending_at(lo + j.start(), lo) if j is not None else None
        if prev is None or prev.type != "LOC":
            break
        first = prev
    if first is m:
        return None  # a single place after a business noun is is_modifier's
    noun = lex.business_noun_end.search(v.low[lo : first.start])
    if noun is None:
        return None
    k = lo + noun.start()
    joined = re.search(r"\s+(?:và|cùng|cùng với)\s+(?:(?:các|những)\s+)?$", v.low[lo:k])
    other = v.mention_ending_at(lo + joined.start(), lo) if joined is not None else None
    return (other if other is not None and other.type in ("ORG", "PER") else None,)


def comitative(af: "ActorFinder", sent: Sentence, lo: int, start: int) -> bool:
    """`<verb> cùng (với) <NP> <trigger>`: the names after a comitative `cùng` that follows a verb are whom the subject
    acts with (a verb or a predicate adjective: `sẵn sàng cùng Tổng Bí thư X và các lãnh đạo Y tiếp tục chỉ đạo …`)."""
    v = af.v
    c = _last_before(v.low, r"(?<!\w)cùng(?:\s+với)?\s+", lo, start, r"[,;:]")
    if c is None:
        return False
    tok = next((t for t in reversed(sent.tokens) if t.end <= lo + c.start() and t.start >= lo), None)
    return tok is not None and tok.pos[:1] in ("V", "A") and not v.inside_mention(tok.start, tok.end) and not v.low[tok.end : lo + c.start()].strip()

def colon_topic(v: DocView, lex: Lexicon, sent: Sentence, pos: int) -> Optional[Mention]:
    """In a headline `… <name>: <trigger> …` with nothing but fillers between the colon and the trigger,
    the mention ending right before the colon (event_topic and triggers._headline_topic judge it)."""
    colon = v.low.rfind(":", sent.start, pos)
    if colon < 0 or not lex.subjectless.fullmatch(v.low[colon + 1 : pos]):
        return None
    return v.mention_ending_at(v.skip_space_back(colon, sent.start), sent.start)


def event_topic(af: "ActorFinder", sent: Sentence, pos: int) -> Optional[Actor]:
    """A headline `<event> <name>: <trigger> …` (`Đại hội đồng cổ đông X: Hướng đến doanh thu kỷ lục`): the name
    whose event the headline reports acts (the name alone before the colon is triggers._headline_topic's)."""
    v, lex = af.v, af.lex
    m = colon_topic(v, lex, sent, pos)
    if m is None or m.type not in ("ORG", "LOC") or not owner_rules().event_head.fullmatch(v.low[sent.start : m.start]):
        return None
    act = af.from_mention(m, m.start)
    act.rule, act.confidence, act.start = "headline-topic", lex.confidence("headline-topic"), m.start
    return act

@lru_cache(maxsize=1)
def _companions() -> tuple[re.Pattern, re.Pattern]:
    co = rules_data()["companions"]
    joint = r"\s+(?:và|cùng)\s+(?:(?:các|những)\s+)?"
    return (
        re.compile(rf"{joint}(?:{alt(co['spouses'])})\s*$"),
        re.compile(rf"{joint}(?:{alt(co['delegations'] + co['associates'])})(?:\s+[^\W\d]+){{0,{int(co['delegation_words'])}}}?\s*$"),
    )


def companion_start(af: "ActorFinder", lo: int, i: int) -> int:
    """Where the subject phrase lo..i ends once the companions after its head are skipped: `A và phu nhân ⟨name⟩`,
    `A cùng đoàn đại biểu cấp cao ⟨country⟩`, `A và các cộng sự …` (data: companions); i when none follows."""
    spouse, delegation = _companions()
    v = af.v
    while True:
        d = delegation.search(v.low, lo, i)
        if d is not None and d.start() > lo:
            i = d.start()
            continue
        named = v.mention_ending_at(i, lo)
        k = named.start if named is not None and named.type == "PER" else i
        sp = spouse.search(v.low, lo, k)
        if sp is None or sp.start() <= lo:
            return i
        i = sp.start()


def titled_qualifier(af: "ActorFinder", lo: int, start: int) -> bool:
    """`Thứ trưởng Thường trực ⟨name⟩`, `Phó Thủ tướng Thường trực ⟨name⟩`: up to three words that open with a capital
    (a qualifier of the title) between a title word and the name at start."""
    words = list(re.finditer(r"[^\W\d]+", af.v.norm[max(lo, start - 60) : start]))
    for k in range(1, min(3, len(words)) + 1):
        first = words[-k]
        if first.group()[:1].isupper() and af.lex.title_end.search(af.v.low[max(lo, start - 60) : max(lo, start - 60) + first.start()].rstrip()):
            return True
    return False


def titled_place(af: "ActorFinder", m: Mention, lo: int) -> Optional[Actor]:
    """`Bí thư Đà Nẵng`, `Chủ tịch Hà Nội`: a title before a bare place is the short form of a title the article gives
    in full with the place's body (`Bí thư Thành ủy Đà Nẵng Nguyễn Văn A`): that body acts, its holder named after
    it kept as the person; None where the article names no such body."""
    from c4ir_kb.extract.commitments.actors import Actor  # (actors imports this module)

    v = af.v
    t = af.lex.title_end.search(v.low[lo : m.start])
    if t is None:
        return None
    title, place = t.group().strip(), fold(v.entities[m.entity].name) if m.entity in v.entities else fold(m.text)
    titled = re.compile(rf"(?<!\w){re.escape(title)}\s+$")  # the title right before the body's name
    for o in v.mentions:
        if o.type != "ORG" or o.entity not in v.entities or not fold(v.entities[o.entity].name).endswith(" " + place):
            continue
        if not titled.search(v.low[max(0, o.start - 40) : o.start]):
            continue
        holder = next((x.entity for x in v.starting_at(v.skip_space(o.end)) if x.type == "PER"), None)
        return Actor(actor=o.entity, person=holder, rule="leader", confidence=af.lex.confidence("leader"), start=lo + t.start())
    return None


def titled_speaker(af: "ActorFinder", sent: Sentence, lo: int, pos: int) -> Optional[Actor]:
    """`Thủ tướng nhấn mạnh …, đề nghị hai bên …`: a bare title opening the clause with a speech verb, and the trigger
    after the comma that closes what was said: the one person the article gives that title (speakers.person_reference)."""
    from c4ir_kb.extract.commitments.speakers import person_reference  # (speakers is read by actors too)

    v, lex = af.v, af.lex
    seg = v.low[lo:pos]
    sp = lex.speech_re.search(seg)
    if sp is None or not seg.rstrip().endswith(",") or re.search(r"[;:“\"]", seg):
        return None
    head = seg[: sp.start()].rstrip()
    if not head or len(head.split()) > 4 or not lex.title_end.search(head) or v.mentions_in(lo, lo + sp.start()):
        return None
    per = person_reference(v, lex, sent, lo, lo + len(head), pos)
    if per is None:
        # two people hold the title (`Thủ tướng A gặp Thủ tướng B`): the one who opened a sentence just before
        # (`Thủ tướng A đề nghị …. Thủ tướng nhấn mạnh …, đề nghị …`)
        title = lex.title_end.search(head).group().strip()
        for prev in reversed(v.doc.sentences[max(0, sent.index - 2) : sent.index]):
            k = v.skip_space(prev.start)
            if v.low.startswith(title, k):
                m = next((x for x in v.starting_at(v.skip_space(k + len(title))) if x.type == "PER"), None)
                if m is not None:
                    per = (m, lo)
                    break
    if per is None:
        return None
    act = af.from_mention(per[0], per[0].start)
    act.rule, act.confidence, act.start = "person-ref", lex.confidence("person-ref"), per[1]
    return act


def prepositional_object(af: "ActorFinder", sent: Sentence, lo: int, start: int) -> bool:
    """`X bày tỏ vui mừng được trao đổi với Phó Thủ tướng, Bộ trưởng Y và khẳng định sẽ …`: the name before `và` closes
    the object of `với`/`cùng với`/`cho` (titles and commas between, no verb), not a subject of what follows `và`."""
    v = af.v
    p = _last_before(v.low, r"(?<!\w)(?:với|cùng với|cho)\s+", lo, start, r"[;:]")
    if p is None:
        return False
    chunks = [c.strip() for c in v.low[lo + p.end() : start].split(",")]
    if any(c and not af.lex.title_end.search(c) for c in chunks[:-1]):
        return False  # `Với mục tiêu này, VNG …`: a comma closes the prepositional phrase; only a list of titles runs on
    return not any(
        t.pos.startswith("V") and not v.inside_mention(t.start, t.end) and not af.lex.title_end.search(v.low[t.start : t.end])
        for t in sent.tokens
        if lo + p.end() <= t.start and t.end <= start
    )


def _last_before(text: str, pattern: str, lo: int, start: int, stops: str) -> Optional[re.Match]:
    """The last match of `pattern` in text[lo:start], if no `stops` punctuation follows it before start."""
    m = None
    for m in re.finditer(pattern, text[lo:start]):
        pass
    if m is None or re.search(stops, text[lo + m.end() : start]):
        return None
    return m
