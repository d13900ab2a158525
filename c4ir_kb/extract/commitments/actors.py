"""Who commits: the actor of the clause a trigger opens.

Reads: the view (mentions before the trigger, tokens, text), the lexicon (fillers, titles,
representatives, pronouns, party words, person prefixes), People (a leader's organisation),
Referents (anaphors, the agreements stated so far), the speakers helpers and parties (`hai bên`).
Claims: an `Actor` for a trigger position: the entity that commits, the person speaking for it,
a partner (`A và B ký …`), the actor rule that found it (`subject`, `leader`, `representative`,
`speaker`, `person-ref`, `parties`, `anaphor`, `embedded`) and its confidence.
Resolving an anaphor records it in Referents, as reading order requires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from c4ir_kb.models import Mention, Sentence
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.actor_frames import (
    story_subject,
    thing_subject,
    project_agent,
    business_of_places,
    comitative,
    companion_start,
    conjoined_people,
    counted,
    event_topic,
    member_of,
    organ_before,
    owner_rules,
    passive_agent,
    possessor,
    pledge_owner,
    prepositional_object,
    titled_first_party,
    titled_place,
    titled_qualifier,
    titled_speaker,
)
from c4ir_kb.extract.commitments.anaphora import Referents
from c4ir_kb.extract.commitments.clause import strip_fillers
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.parties import party_subject
from c4ir_kb.extract.commitments.people import People
from c4ir_kb.extract.commitments.speakers import appositive_head, person_reference, quote_speaker, speaker, trailing_speaker
from c4ir_kb.extract.commitments.subject_names import place_list_start, unit_of, variant_ending_at
from c4ir_kb.extract.commitments.teams import federation, team_head
from c4ir_kb.extract.commitments.view import DocView


@dataclass
class Actor:
    actor: Optional[str]
    person: Optional[str] = None
    partner: Optional[str] = None
    rule: str = "subject"  # an actor rule id (data: actor_rules)
    confidence: float = 0.85
    fillers: list[str] = field(default_factory=list)
    start: int = 0  # where the subject phrase starts


def from_context(lex: Lexicon, context: Optional[Actor]) -> Optional[Actor]:
    """The actor of the sentences before (rule `context`), taken over by a clause that names none; None when there is
    none."""
    if context is None or context.actor is None:
        return None
    return Actor(actor=context.actor, person=context.person, rule="context", confidence=lex.confidence("context"))


def _apposition(v: DocView, rx: re.Pattern, lo: int, i: int) -> Optional[tuple[int, Mention]]:
    """An apposition (rx: `, nước`, `, tỉnh`) that ends the subject phrase lo..i with a name: where it
    starts and the name's mention."""
    ap = rx.search(v.low[lo:i])
    ending = v.mention_ending_at(i, lo) if ap is not None else None
    return (lo + ap.start(), ending) if ending is not None else None


class ActorFinder:
    def __init__(self, v: DocView, lex: Lexicon, people: People, refs: Referents):
        self.v = v
        self.lex = lex
        self.people = people
        self.refs = refs
        self.heads: dict = {}  # sentence index -> chain._HeadScan: the sentence's head verb, searched once
        self._head_then_future: Optional[re.Pattern] = None  # `quân đoàn sẽ …` (embedded_subject)
        self.owners = owner_rules()
        self._project_owner: list[Optional[str]] = []  # project_owner's answer, once worked out
        self._variants: Optional[dict[str, str]] = None  # subject_names.variant_ending_at's index: squeezed name -> ORG entity
        self.meetings: dict[tuple[int, bool], Optional[Mention]] = {}  # (sentence index, far back) -> parties.meeting_party's subject there

    def find_subject(self, pos: int, sent: Sentence, lo: int) -> tuple[Optional[Actor], list[str], bool]:
        """The actor right before position pos (a trigger), with the fillers skipped."""
        v, lex, refs = self.v, self.lex, self.refs
        i, fillers, negated = strip_fillers(v, lex, lo, pos)
        i = companion_start(self, lo, i)  # `Ông A và phu nhân sẽ …`: who comes along is no subject
        if (own := pledge_owner(self, sent, lo, pos)) is not None:
            return own, fillers, negated  # `khẳng định cam kết đầu tư dài hạn của FPT …`: the noun's owner, whoever speaks
        if (ap := _apposition(v, lex.place_apposition_end, lo, i)) is not None and v.entity_type(ap[1].entity) == "LOC":
            i = ap[0]  # `Đoàn đại biểu tỉnh Hủa Phăn, nước CHDCND Lào sẽ …`: the country named after the subject
        elif (ap := _apposition(v, lex.place_admin_apposition_end, lo, i)) is not None and ap[1].type == "LOC":
            named = v.mention_ending_at(ap[0], lo)
            if named is not None and named.type == "ORG":
                i = ap[0]  # `Bệnh viện X, tỉnh Y ký …`: the province locates the organisation named before it
        q = lex.org_qualifier_end.search(v.low[lo:i])
        if q is not None and v.mention_ending_at(lo + q.start(), lo) is not None:
            i = lo + q.start()  # `Quốc hội khóa XV dự kiến …`: the body's term after its name
        # a parenthetical after the name: `Trung tâm … (C4IR TP.HCM) cam kết`
        j = i
        if j > lo and v.low[j - 1] == ")":
            k = v.low.rfind("(", lo, j)
            if k > lo:
                inner = v.mention_ending_at(j - 1, k + 1)
                jj = v.skip_space_back(k, lo)
                outer = v.mention_ending_at(jj, lo)
                if inner is not None:
                    if outer is not None and (
                        outer.entity == inner.entity or inner.type == "LOC" or self.named_within(outer.entity, k + 1, j - 1)
                    ):
                        # `Tập đoàn Amata (Thái Lan)`, `Công ty X (mã: ABC, sàn HoSE)`: the name before, with
                        # its own context (`Đại diện`, `do`); the brackets say where it is from or add its
                        # ticker and exchange
                        if self.is_modifier(sent, outer.start, lo):
                            return None, fillers, negated
                        return self.from_mention(outer, lo), fillers, negated
                    act = self.from_mention(inner, lo)
                    if outer is not None and outer.type == "ORG":
                        act.start = outer.start  # `do Tổng công ty … (ACV) làm chủ đầu tư`
                    return act, fillers, negated
                if outer is not None and j <= self.dateline_end(sent):
                    return None, fillers, negated  # `Hà Nội (TTXVN 1/12) Đại hội …`: a dateline, where the story was filed
                j = jj
        m = v.mention_ending_at(j, lo)
        var = variant_ending_at(self, j, lo) if m is None or m.type == "LOC" else None
        if var is not None and (m is None or (var.start < m.start and var.text[:1].isupper())):
            m = var  # `BQL KKT Quảng Ninh`: a proper name (capitalised) ending in a place is the body, not the place
        if m is None:
            # `Chủ tịch UBND tỉnh cam kết …`: a committee's short name with its bare administrative word
            ad = lex.admin_word_end.search(v.low[lo:j])
            if ad is not None:
                m0 = v.mention_ending_at(lo + ad.start(), lo)
                if m0 is not None and m0.type == "ORG" and re.match(r"(?:ubnd|ủy ban|uỷ ban|uy ban|hđnd|hdnd)", fold(m0.text)):
                    m = m0
        if m is not None and m.type == "LOC":
            # `Văn phòng UNESCO tại Hà Nội ký …`: the place locates the organisation named before it;
            # `mở văn phòng tại Hà Nội, Huế và xây dựng …`: a place (or the last of a list of places) after a
            # location preposition says where, it never acts
            first = place_list_start(v, m, lo)
            pre = re.search(r"\s+(?:tại|ở)\s+$", v.low[lo : first.start])
            m0 = v.mention_ending_at(lo + pre.start(), lo) if pre is not None else None
            if m0 is not None and m0.type == "ORG":
                m = m0
            elif lex.loc_preps.search(v.low[max(lo, first.start - 20) : first.start]):
                return None, fillers, negated
        if m is not None and m.type == "LOC" and re.search(r"(?<!\w)phía\s+$", v.low[max(lo, m.start - 10) : m.start]):
            # `phía Thụy Sĩ cam kết …`: the side from that country, the party the article places there
            side = self.party_of_place(m, pos)
            if side is not None:
                m = side
        if m is not None and fold(m.text) in lex.anaphor_words and fold(v.entities[m.entity].name if m.entity in v.entities else m.text) == fold(m.text):
            m = None  # `Viện sẽ …` read as a name by the tagger: the head noun of a name said before
        if m is None and j > lo and v.low[j - 1] == ",":
            m = appositive_head(v, sent, lo, j - 1)
        if m is not None and (head := team_head(v, m, lo)) is not None:
            # `Theo kế hoạch, tuyển Việt Nam sẽ hội quân …`: the team noun heads the subject (teams.py)
            if self.is_modifier(sent, head, lo) or self.possessor(m, lo):
                return None, fillers, negated  # `cầu thủ đội tuyển Việt Nam sẽ …`: the team only says whose
            fed = federation(v, m)
            rule = "team" if fed is None else "team-federation"
            return Actor(actor=fed or m.entity, rule=rule, confidence=lex.confidence(rule), start=head), fillers, negated
        if m is not None:
            if m.type == "ORG" and lex.project_of_end.search(v.low[lo : m.start]):
                # `Dự án của Công ty X sẽ hoàn thành …`: the project's owner (a plant's state is no undertaking)
                return Actor(actor=m.entity, rule="owner", confidence=lex.confidence("owner"), start=m.start), fillers, negated
            if m.type == "LOC" and lex.project_named_end.search(v.low[lo : m.start]):
                # `dự án LNG Hải Phòng sẽ cung cấp …`: a project named after its place; its investor acts
                owner = self.project_owner()
                if owner is None:
                    return None, fillers, negated
                return Actor(actor=owner, rule="owner", confidence=lex.confidence("owner"), start=m.start), fillers, negated
            if (biz := business_of_places(self, lo, m)) is not None:
                # `A và các nhà đầu tư Trung Quốc, Việt Nam ký …`: the places say whose investors; A is the first-named party
                return (self.from_mention(biz[0], lo, listed=True) if biz[0] is not None else None), fillers, negated
            if m.type == "ORG" and (organ := organ_before(self, m, lo)) is not None:
                act = self.from_mention(m, lo)  # `Hội đồng xét xử Tòa án X quyết định …`: an organ named with its body acts for it
                act.start = organ
                return act, fillers, negated
            if self.possessor(m, lo):
                unit = unit_of(v, m, lo)  # `Viện X của Tập đoàn Y sẽ …`: the unit named before `của` acts
                return (self.from_mention(unit, lo) if unit is not None else None), fillers, negated
            if self.is_modifier(sent, m.start, lo) or (m.type == "LOC" and self.object_of_verb(sent, m.start, lo)):
                return None, fillers, negated
            hv = lex.helping_end.search(v.low, lo, m.start)
            if hv is not None and hv.end() == m.start:
                # `Viettel giúp Gia Lai xây dựng chính quyền số`: Gia Lai is helped; the helper acts, Gia Lai its partner
                act, more, neg2 = self.find_subject(hv.start(), sent, lo)
                if act is None or act.actor is None or act.actor == m.entity:
                    return None, fillers, negated
                act.partner = act.partner or m.entity
                return act, more + fillers, negated or neg2
            if m.type in ("ORG", "LOC") and (first := titled_first_party(self, lo, m)) is not None:
                return first, fillers, negated  # `Chủ tịch QH A và Chủ tịch Hạ viện Jordan nhất trí …`: the first-named party
            if (pair := conjoined_people(self, sent, lo, m)) is not None:
                return pair, fillers, negated  # `Tổng Giám đốc X A và Tổng Giám đốc Y B ký …`: the first-named party
            if comitative(self, sent, lo, m.start):
                return None, fillers, negated  # `sẵn sàng cùng Chủ tịch X và các lãnh đạo Y tiếp tục …`: partners, not the subject
            if re.match(r"\s*và\s", v.low[m.end : pos]) and prepositional_object(self, sent, lo, m.start):
                return None, fillers, negated  # `X … trao đổi với Phó Thủ tướng, Bộ trưởng Y và khẳng định sẽ …`: Y is with whom
            pa = re.search(r"(?<!\w)là\s+[^,;:.]{1,80}?\s+được\s+$", v.low[lo : m.start])
            if pa is not None and not re.search(r"(?<!\w)(?:sẽ|dự kiến|sắp|cần|phải)(?!\w)", v.low[lo + pa.start() : m.start]):
                return None, fillers, negated  # `Đây là dự án đầu tiên được Ban X chủ trì thẩm định …`: the agent of a passive relative clause describing a noun
            if m.entity in v.entities and lex.facility_name.match(v.entities[m.entity].name.lower()):
                owner = self.project_owner()  # `nhà máy dự kiến cung cấp …` read as the plant's name: its investor acts
                if owner is not None and owner != m.entity:
                    return Actor(actor=owner, rule="owner", confidence=lex.confidence("owner"), start=m.start), fillers, negated
            if m.type == "LOC" and (held := titled_place(self, m, lo)) is not None:
                return held, fillers, negated  # `Bí thư Đà Nẵng đề nghị …`: the body whose title the place stands in
            return self.from_mention(m, lo), fillers, negated
        if m is None and (mem := member_of(self, lo, j)) is not None:
            return mem, fillers, negated  # `Viettel là một trong các đơn vị cam kết …`
        pr = lex.first_person_end.search(v.low[lo:j])
        if pr is not None:
            spk = quote_speaker(v, sent, pos) or trailing_speaker(v, lex, sent, pos)
            if spk is not None:
                act = self.from_mention(spk, spk.start)
                act.rule, act.confidence, act.start = "speaker", lex.confidence("speaker"), lo + pr.start()
                return act, fillers, negated
        # `Ông kiến nghị …`, `Ông Đức cam kết …`: the person named before
        per = person_reference(v, lex, sent, lo, j, pos)
        if per is not None:
            mention, start = per
            act = self.from_mention(mention, mention.start)
            act.rule, act.confidence, act.start = "person-ref", lex.confidence("person-ref"), start
            return act, fillers, negated
        a = refs.anaphor_end.search(v.low[lo:j]) if j > lo else None
        if a is None and j > lo:
            # anaphor at the very start of the clause
            a = refs.anaphor_end.search(v.low[lo:j].lstrip())
            if a is not None and v.low[lo:j].lstrip() != v.low[lo:j][len(v.low[lo:j]) - len(v.low[lo:j].lstrip()) :]:
                a = None
        if a is None and j > lo:
            a = refs.speech_anaphor_end.search(v.low[lo:j])  # `cho biết tập đoàn sẽ …`
        if a is None and j > lo:
            a = refs.speech_and_anaphor_end.search(v.low[lo:j])  # `cho biết …, và tập đoàn cam kết …`
        if a is None and j > lo and (party := party_subject(self, sent, lo, j, pos)) is not None:
            return party, fillers, negated  # `Theo thỏa thuận, ba bên sẽ …`, `Hai bên nhất trí …`: the parties (parties)
        if a is not None and re.search(rf"{lex.admin}\s*,\s*$", v.low[lo : lo + a.start(1)]):
            a = None  # `7 tỉnh, thành phố sẽ …`: a category of a list (`tỉnh, thành phố`), not a place said before
        if a is not None:
            demo = bool(lex.demonstrative_end.search(a.group()))
            eid, person = refs.resolve_anaphor(a.group(1), pos, sent, demo)
            if eid:
                return Actor(actor=eid, person=person, rule="anaphor", confidence=lex.confidence("anaphor"), start=lo + a.start(1)), fillers, negated
        pj = lex.project_subject_end.search(v.low[lo:j]) if j > lo else None
        if pj is None and j > lo:
            pj = self.owners.named_project_end.search(v.norm[lo:j])  # `Với điều chỉnh mới, dự án Dung Quất 2 sẽ …`: named by its own name
        if pj is None:
            pj = thing_subject(self, lo, j)  # `Các dự án khởi công …`, `5 chương trình đào tạo sẽ …`: counted things, the owner's
        if pj is not None:
            owner = self.project_owner()  # `Dự án còn đầu tư …`: the investor named in the article
            if owner is not None:
                return Actor(actor=owner, rule="owner", confidence=lex.confidence("owner"), start=lo + pj.start(1)), fillers, negated
            sp = speaker(v, lex, self.people, sent, pos)  # `Theo Công ty X, nhà máy sẽ …`: the source speaks for it
            if sp is not None and sp[1]:
                return Actor(actor=sp[1][0], person=sp[0], rule="speaker", confidence=lex.confidence("speaker"), start=lo + pj.start(1)), fillers, negated
        if sent.index == 0 and (top := event_topic(self, sent, pos)) is not None:
            return top, fillers, negated  # `Đại hội đồng cổ đông X: Hướng đến …` (a headline)
        if (ts := titled_speaker(self, sent, lo, pos)) is not None:
            return ts, fillers, negated  # `Thủ tướng nhấn mạnh …, đề nghị …`
        ev = lex.event_end.search(v.low[lo:j]) if j > lo else None
        if ev is not None and re.fullmatch(r"[\s,]*", v.low[lo : lo + ev.start()]):
            # `Đại hội đề ra …`, `Kỳ họp sẽ xem xét …`: the body holding the event
            owner = self.event_owner(ev.group(1))
            if owner is not None:
                return Actor(actor=owner, rule="event-owner", confidence=lex.confidence("event-owner"), start=lo + ev.start()), fillers, negated
        return None, fillers, negated

    def dateline_end(self, sent: Sentence) -> int:
        """`Hà Nội (TTXVN 1/12) …`: where a sentence's opening place and the agency or date in brackets after it
        end (the dateline of a filed story: the place is not the sentence's subject), else -1."""
        v = self.v
        k = v.skip_space(sent.start)
        place = next((m for m in v.starting_at(k) if m.type == "LOC"), None)
        if place is None:
            return -1
        br = re.match(r"\s*\([^()]{1,40}\)", v.low[place.end : sent.end])
        return place.end + br.end() if br is not None else -1

    def leading_org(self, sent: Sentence) -> Optional[Actor]:
        """The sentence's first organisation after any dateline, as the context the next sentence may take."""
        first = self.dateline_end(sent)
        for m in self.v.mentions_in(sent.start, sent.end):
            if m.type == "ORG" and m.start >= first:
                if counted(self, sent.start, m.start) or passive_agent(self, sent.start, m.start) or possessor(self, sent.start, m.start):
                    continue  # `xuất trình một USB`, `sau khi được UBCKNN chấp thuận` (a passive agent too), `các chủ trương được Quốc hội thông qua`: no body the story follows
                return self.from_mention(m, sent.start)
        return None

    def named_within(self, entity: str, a: int, b: int) -> bool:
        """Is `entity` named between offsets a and b (its ticker in the brackets after it)?"""
        return any(m.entity == entity for m in self.v.mentions_in(a, b))

    def project_owner(self) -> Optional[str]:
        """The article's investor: the first ORG right after `chủ đầu tư (là)`, `nhà đầu tư gồm`, or right
        before `làm chủ đầu tư` (worked out once an article)."""
        if not self._project_owner:
            self._project_owner.append(self._find_project_owner())
        return self._project_owner[0]

    def _find_project_owner(self) -> Optional[str]:
        v, lex = self.v, self.lex
        for m in v.mentions:
            if m.type != "ORG":
                continue
            before = v.low[max(0, m.start - 40) : m.start]
            cue = None
            for cue in lex.owner_before.finditer(before):
                pass
            if (cue is not None and cue.end() == len(before)) or lex.owner_after.match(re.sub(r"^\s*\([^()]{0,60}\)", "", v.low[m.end : m.end + 100])):  # `X (thành lập 2024) làm chủ đầu tư`
                return m.entity
        agent = project_agent(self)  # `Dự án … do Tập đoàn X (ABC) triển khai`
        if agent is not None:
            return agent
        # no investor named: the organisation the article shows building it (`FPT khởi công hai công trình …`)
        built = next((m.entity for m in v.mentions if m.type == "ORG" and self.owners.builder.match(v.low, m.end)), None)
        if built is not None:
            return built
        # else whose it is (`dự án của Hòa Phát có công suất …`), else the organisation the story's first body sentence opens
        # with (`Công ty X, một công ty thành viên của Y, đã được chấp thuận … dự án Z`): the subject of a story about its project
        for o in self.owners.owned_by.finditer(v.low):
            m = next((x for x in v.starting_at(o.end()) if x.type == "ORG"), None)
            if m is not None:
                return m.entity
        return story_subject(v)

    def event_owner(self, word: str) -> Optional[str]:
        """The organisation named right after the event word where the article first names the event
        in full (`Đại hội đại biểu Đảng bộ tỉnh X lần thứ I` -> Đảng bộ tỉnh X)."""
        v = self.v
        for o in self.lex.event_owner_after[word].finditer(v.low):
            m = next((x for x in v.starting_at(o.end()) if x.type == "ORG"), None)
            if m is not None:
                return m.entity
        return None

    def sentence_owner(self, sent: Sentence) -> Optional[Actor]:
        """`Đại hội đã thảo luận …`: a sentence whose subject is an event word speaks of the body holding it."""
        v = self.v
        m = self.lex.event_word_start.match(v.low[sent.start : sent.end])
        if m is None:
            return None
        owner = self.event_owner(m.group(1))
        if owner is None:
            return None
        return Actor(actor=owner, rule="event-owner", confidence=self.lex.confidence("event-owner"), start=sent.start + m.start(1))

    def party_of_place(self, place: Mention, pos: int) -> Optional[Mention]:
        """The organisation named earlier with that place as its own (`Helvetia Commodities SA (Thụy Sĩ)`,
        `tập đoàn X của Thụy Sĩ`, `X đến từ Thụy Sĩ`): the nearest one before pos."""
        v = self.v
        found: Optional[Mention] = None
        for o in v.mentions:
            if o.type != "ORG" or o.end > pos:
                continue
            after = v.low[o.end : o.end + 40]
            tied = re.match(r"\s*\(\s*", after) or re.match(r"\s+(?:của|đến từ|thuộc)\s+", after)
            if tied is None:
                continue
            k = o.end + tied.end()
            if any(x.type == "LOC" and x.entity == place.entity for x in v.starting_at(k)):
                if found is None or o.start > found.start:
                    found = o
        return found

    def possessor(self, m: Mention, lo: int) -> bool:
        """`máy bay Airbus của hãng hàng không Vietjet dự kiến …`: a name after `của` (and up to three common nouns)
        owns the thing that is the subject; not after a representative or a title (`lãnh đạo của X`)."""
        v, lex = self.v, self.lex
        c = re.search(r"(?<!\w)của((?:\s+[^\W\d]+){0,3})\s*$", v.norm[lo : m.start])
        if c is None or any(w[:1].isupper() for w in c.group(1).split()):
            return False  # (the words between are common nouns: `của hãng hàng không X`)
        head = v.low[lo : lo + c.start()].rstrip()
        return bool(head) and not (lex.rep_end.search(head) or lex.title_end.search(head))

    def object_of_verb(self, sent: Sentence, start: int, lo: int) -> bool:
        """`…, đồng hành xây dựng TP.HCM hướng tới …`: a place right after a verb is its object, not the subject
        of what follows; not after a speech or trigger verb, which opens a clause of its own (`khẳng định Việt Nam sẽ …`)."""
        v, lex = self.v, self.lex
        tok = next((t for t in reversed(sent.tokens) if t.end <= start and t.start >= lo), None)
        if tok is None or not tok.pos.startswith("V") or v.inside_mention(tok.start, tok.end) or v.low[tok.end : start].strip():
            return False
        hv = lex.helping_end.search(v.low, lo, start)
        if hv is not None and hv.end() == start:
            return False  # `X hỗ trợ Hậu Giang xây dựng …`: the helped party (the helper acts, find_subject)
        before = v.low[lo : start].rstrip()
        tr = lex.trigger_re.search(before[-25:])
        opens = tr is not None and (lex.triggers[tr.group()].strength == "strong" or lex.kind_has(lex.triggers[tr.group()].kind, "addressee"))
        return not (lex.speech_re.search(before[-25:]) or opens or lex.admin_end.search(before))

    def is_modifier(self, sent: Sentence, start: int, lo: int) -> bool:
        """`Giá cổ phiếu FPT sẽ tăng`, `Nhà máy của Masan sẽ …`: the name modifies another head noun."""
        v, lex = self.v, self.lex
        before = v.low[lo:start]
        w = re.search(r"(\w+)\s*$", before)
        if w is None:
            return False
        word = w.group(1)
        adm = lex.admin_end.search(before)
        if adm is not None and v.entity_type(next((x.entity for x in v.starting_at(start)), None)) == "LOC":
            return self.is_modifier(sent, lo + adm.start(), lo)  # `tỉnh Gyeongsang Bắc`: the administrative word is the head
        if lex.time_adjunct_end.search(before):
            return False  # `tháng sau FPT sẽ …`: a time adjunct, not a preposition
        m = next(iter(v.starting_at(start)), None)
        if m is not None and m.type == "PER" and lex.person_prefix_end.search(before):
            return False  # `Trung tướng Nguyễn Văn Long`, `PGS.TS Lê Quang Huy`
        if m is not None and m.type == "PER" and titled_qualifier(self, lo, start):
            return False  # `Thứ trưởng Thường trực Nguyễn Minh An`: a title, its qualifier, the name
        if m is not None and m.type == "PER":
            # `Thủ tướng Chính phủ Phạm Minh Chính`, `Chủ tịch Quốc hội Trần Thanh Mẫn`: title + organisation + name
            k = len(before.rstrip())
            o = v.mention_ending_at(lo + k, lo)
            if o is not None and o.type == "ORG" and lex.title_end.search(v.low[lo : o.start].rstrip()):
                return False
        if m is not None and m.type == "LOC" and lex.business_noun_end.search(before.rstrip()):
            return True  # `Phía doanh nghiệp Hàn Quốc cam kết …`: Korean companies, not Korea
        if re.search(r"(?<!\w)(?:giao|phân công|ủy quyền|uỷ quyền)\s+cho\s*$", before):
            return False  # `giao cho X phụ trách`: X is the assignee
        if word in lex.modifier_preps:
            return True
        if word in lex.subject_words or lex.title_end.search(before.rstrip()) or lex.rep_end.search(before.rstrip()) or lex.org_noun_end.search(before.rstrip()):
            return False
        tok = next((t for t in sent.tokens if t.end == lo + w.end(1)), None)
        if tok is not None and tok.pos == "Nc" and m is not None and m.type == "LOC":
            return True  # `HLV người Hàn Quốc nói …`, `hàng Việt Nam`: a place after a classifier says whose or where from
        return tok is not None and tok.pos == "N"

    def from_mention(self, m: Mention, lo: int, listed: bool = False) -> Actor:
        """The actor a subject mention stands for: a leader's organisation (the leader kept as
        person), a representative's organisation, the first of `A và B` (B the partner), or itself."""
        v, people = self.v, self.people
        before = v.low[max(lo, m.start - 40) : m.start]
        if m.type == "PER":
            own = people.mention_roles.get(m.start)
            org = people.org_before_person(m) or (own[0] if own else None) or people.leaders.get(m.entity)
            if org:
                return Actor(actor=org, person=m.entity, rule="leader", confidence=self.lex.confidence("leader"), start=m.start)
            return Actor(actor=m.entity, rule="subject", confidence=self.lex.confidence("subject", "PER"), start=m.start)
        dash = re.search(r"(?:\s*\([^()]{1,20}\))?\s[-–]\s+$", before)  # `Viện X (ABC) - Tập đoàn Y`: the bracketed acronym is X's
        if dash is not None and m.type in ("ORG", "LOC"):
            named = v.mention_ending_at(m.start - len(before) + dash.start(), lo)
            if named is not None and named.type == "LOC" == m.type and named.entity != m.entity:
                first = self.from_mention(named, lo, listed=True)  # `Việt Nam - Hàn Quốc ký …`: the pair's first-named party
                first.partner = first.partner or m.entity
                return first
            if named is not None and named.type == "ORG" == m.type and named.entity != m.entity:
                k = v.skip_space_back(named.start, lo)
                glued = v.mention_ending_at(k, lo) if k < named.start else None
                if glued is not None and glued.type == "ORG":
                    named = glued  # `Bệnh viện X VPI - …`: a name with its acronym written after it
                return self.from_mention(named, lo, listed)  # `Bệnh viện X - CTCP Bệnh viện Y ký …`: the body's other name after a dash
        stripped = self.lex.org_type_end.sub("", before)
        if self.lex.rep_end.search(stripped.rstrip()):
            return Actor(actor=m.entity, rule="representative", confidence=self.lex.confidence("representative"), start=m.start)
        if not listed and m.type in ("ORG", "LOC"):
            chain = self.conjoined(m, lo)
            if len(chain) > 2:
                # `Agribank cùng các ngân hàng MB, BIDV và X ký …`: a joint undertaking is the first-named party's
                first = self.from_mention(chain[0], lo, listed=True)
                first.partner = first.partner or chain[1].entity
                return first
        # `A và B ký thỏa thuận`: A acts, B is the partner
        # `A, B (KOICA) và C ký …`: a listed party's acronym in brackets, and the comma list before `và`
        mm = self.lex.partner_joint_end.search(before)
        if mm is None:
            # `Việt Nam, Trung Quốc sẽ …`: two names of one kind joined by a comma at the clause start
            cm = re.search(r"^\s*(?:[^\s,]+(?:\s+[^\s,]+){0,5})\s*,\s+$", v.low[lo : m.start])
            other0 = v.mention_ending_at(lo + len(v.low[lo : m.start].rstrip().rstrip(",").rstrip()), lo) if cm else None
            if other0 is not None and other0.start == v.skip_space(lo) and other0.type == m.type and other0.entity != m.entity:
                mm = re.search(r"\s*,\s+$", before)
        if mm is None and listed and m.type == "ORG":
            mm = re.search(r"(?:\s*\([^()]{1,20}\))?\s*,\s+$", before)
        if mm:
            other = v.mention_ending_at(m.start - len(before) + mm.start(), lo)
            comma = mm.group().strip()[-1:] == ","
            if other is not None and comma and not (self.lex.list_open.search(v.low[lo : other.start]) or self.lex.time_adjunct_end.search(v.low[lo : other.start])):
                other = None  # `Theo Viettel, FPT và MB …`: a name after a preposition is no party of the list
            if other is not None and other.entity != m.entity and other.type in ("ORG", "PER", "LOC") and (not listed or other.type == "ORG" or not comma):
                first = self.from_mention(other, lo, listed=True)
                first.partner = first.partner or m.entity
                return first
        return Actor(actor=m.entity, rule="subject", confidence=self.lex.confidence("subject", m.type), start=m.start)

    def conjoined(self, m: Mention, lo: int) -> list[Mention]:
        """The organisations (or places) coordinated with m before it, first-named first: `A, B và m`, `A cùng (các
        ngân hàng) B, m`; each joined by a comma, `và`, `cùng (với)`, `với`; the first opens its clause (after
        punctuation or a time adjunct, not `Theo`, `Bên cạnh`)."""
        v = self.v
        out = [m]
        cur = m
        while True:
            mm = re.search(r"(?:\s*\([^()]{1,30}\))?(?:\s*,|\s+(?:và|cùng với|cùng|với))\s+(?:(?:các|những)(?:\s+[^\s,;:]+){1,3}?\s+)?$", v.low[lo : cur.start])
            if mm is None:
                break
            other = v.mention_ending_at(lo + mm.start(), lo)
            if other is None or other.type != m.type or other.entity in {x.entity for x in out}:
                break
            out.insert(0, other)
            cur = other
        while len(out) > 1:
            pre = v.low[lo : out[0].start]
            if self.lex.list_open.search(pre) or self.lex.time_adjunct_end.search(pre):
                break
            out.pop(0)  # `Theo Viettel, FPT …`, `Bên cạnh Viettel, FPT …`: the first party opens its clause
        return out

