"""Commitments: who pledges, plans, builds, is responsible for or proposes what.

A trigger phrase (data/commitments.json) opens a clause that runs to the clause
end (`;`, `…`, sentence end, `, đồng thời`). It becomes a Commitment only when
an actor is found by one of these mechanisms, in order:

* subject: an ORG/PER/LOC mention right before the trigger, with only
  adverbs/modals/speech verbs between (`HDBank cũng cam kết`, `Viettel cho biết
  sẽ đầu tư`); `Đại diện X` -> X; a leader (`Chủ tịch UBND TP.HCM Phan Văn Mãi`)
  -> the institution, the leader kept in `person`;
* passive: `<object> do X phụ trách` -> X, the clause being the object phrase;
* anaphor: `trung tâm`, `Thành phố`, `Tập đoàn`, … right before the trigger ->
  the named entity they stand for;
* list: `X đã xác định N hoạt động, trong đó A; B …` -> each action item is X's plan;
* context: `Một trong những dự án … là việc xây dựng …` -> the actor of the
  sentence before.

Rejected: actions reported as done (`đã ký`, `đã xây dựng`), negated triggers,
weak triggers (`sẽ`, `dự kiến`, project verbs) followed by a state rather than
an action (`sẽ là`, `sẽ trở thành`, `sẽ được đặt tại`) or said in an
opinion/hope sentence, and anything under a request to someone else
(`yêu cầu C4IR cần đề xuất …`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from c4ir_kb.models import Commitment, DateMention, Document, Entity, Mention, Sentence, Token
from c4ir_kb.sources.reader import headline
from c4ir_kb.nlp.normalize import fold, match_key
from c4ir_kb.extract.amounts import AmountFinder

_W = r"(?<!\w)"
_E = r"(?!\w)"
_CLAUSE_BREAK = re.compile(
    r"[;…?!”]|\.\.\.|\.(?=\s|$)|\"(?=\s*[,.])"
    r"|,\s*(?:đồng thời|trong khi|tuy nhiên|nhưng|song|còn|bên cạnh đó|ngoài ra)(?!\w)",
    re.IGNORECASE,
)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True))


def _lower_same_length(s: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


@dataclass
class _Trigger:
    phrase: str
    kind: str
    strength: str = "weak"
    needs_action: bool = False
    done_blocks: bool = False
    passive: bool = False
    goal: bool = False  # the complement may be a target state with a figure (`đặt mục tiêu 90% hồ sơ …`)
    signed: bool = False  # an agreement: `đã ký` counts only when the sentence states what will follow


class _Lexicon:
    def __init__(self, data: dict):
        self.triggers = {t["phrase"].lower(): _Trigger(**{k: v for k, v in t.items() if k in _Trigger.__dataclass_fields__}) for t in data["triggers"]}
        ad = data["agreement_documents"]
        for v in ad["verbs"]:
            for n in ad["nouns"]:
                self.triggers.setdefault(f"{v} {n}".lower(), _Trigger(phrase=f"{v} {n}", kind="agreement", strength="strong", done_blocks=True, signed=True))
        op = data["ongoing_projects"]
        for pre in op["prefixes"]:
            for v in op["verbs"]:
                self.triggers.setdefault(f"{pre} {v}".lower(), _Trigger(phrase=f"{pre} {v}", kind="project", strength="weak"))
        self.trigger_re = re.compile(rf"{_W}(?:{_alt(self.triggers)}){_E}")
        self.fillers_end = re.compile(rf"(?:^|(?<=[\s,]))(?:{_alt(data['fillers'])})\s*,?\s*$")
        self.done = {w.lower() for w in data["done_markers"]}
        self.signed_future = re.compile(r"(?<!\w)(?:" + _alt(data["signed_future_markers"]) + r")(?!\w)")
        self.ongoing = {w.lower() for w in data["ongoing_markers"]}
        self.negation_end = re.compile(rf"(?:^|(?<=\s))(?:{_alt(data['negations'])})\s*$")
        self.stative_start = re.compile(rf"^\s*(?:{_alt(data['stative_after'])}){_E}")
        self.stative_exception = re.compile(rf"^\s*(?:{_alt(data['stative_exceptions']['phrases'])}){_E}")
        self.opinion = re.compile(rf"{_W}(?:{_alt(data['opinion_cues'])}){_E}")
        self.hope = re.compile(rf"{_W}(?:{_alt(data['hope_cues'])}){_E}")
        self.request = re.compile(rf"{_W}(?:{_alt(data['request_cues'])}){_E}")
        self.title_end = re.compile(rf"{_W}(?:{_alt(data['title_words'])})\s*$")
        self.rep_end = re.compile(rf"{_W}(?:{_alt(data['representative_words'])})\s*(?:của\s*)?$")
        an = data["anaphors"]
        self.org_anaphors = [w.lower() for w in an["org"]]
        self.city_anaphors = [w.lower() for w in an["city"]]
        self.demonstratives = [w.lower() for w in an["demonstratives"]]
        self.speech_verbs = [w.lower() for w in data["speech_verbs"]["words"]]
        gen = an["generic"]
        self.generic_business = {fold(w) for w in gen["business"]}
        self.business_heads = [fold(w) for w in gen["business_heads"]]
        self.generic_any = {fold(w) for w in gen["any"]}
        self.units = [w.lower() for w in an["units"]["words"]]
        rc = data["role_content"]
        self.association_heads = [w.lower() for w in rc["association_heads"]]
        self.member_cues = re.compile(rf"{_W}(?:{_alt(rc['member_cues'])}){_E}")
        self.connectives = [w.lower() for w in data["connectives"]["words"]]
        self.anaphor_end, self.speech_anaphor_end, self.speech_and_anaphor_end = self.anaphor_res(frozenset())
        self.org_noun_end = re.compile(rf"{_W}(?:{_alt(an['org'])})\s*$")
        self.anaphor_words = {fold(w) for w in an["org"] + an["city"]}
        self.anaphor_words_raw = [w.lower() for w in an["org"] + an["city"]]
        self.fillers = [w.lower() for w in data["fillers"]]
        pr = data["pronouns"]
        self.honorific_end = re.compile(rf"(?:^|(?<=[\s,“\"]))({_alt(pr['honorific'])})\s*$")
        self.first_person_end = re.compile(rf"(?:^|(?<=[\s,“\"]))(?:{_alt(pr['first_person'])})\s*$")
        self.honorifics = [w.lower() for w in pr["honorific"]]
        self.assign_re = re.compile(rf"{_W}(?:{_alt(data['assign_cues']['words'])})\s+")
        self.coord_re = re.compile(rf",\s*(?:(?:{_alt(data['fillers'])})\s+)*(?:{_alt(data['coordinate_triggers']['phrases'])}){_E}")
        self.partner_re = re.compile(rf"^\s*(?:{_alt(data['partner_preps'])})\s+")
        self.loc_preps = re.compile(rf"{_W}(?:{_alt(data['location_preps'])})\s+$")
        lt = data["list_triggers"]
        self.list_re = re.compile(
            rf"{_W}({_alt(lt['verbs'])})\s+(?:(?:gần|khoảng|hơn|trên|tới|đến|các|những)\s+)?(?:\d+\s+)?(?:{_alt(lt['nouns'])}){_E}[^;:]*?(?:,|:)\s*"
            rf"(?:(?:{_alt(lt['item_frames'])}){_E}\s*:?\s*)?"
        )
        self.item_frame = re.compile(rf"^\s*(?:(?:{_alt(lt['item_frames'])}){_E}\s*:?\s*)")
        self.context_re = re.compile(rf"{_W}(?:{_alt(data['context_frames']['nouns'])}){_E}.*{_W}là\s+(?:việc\s+)?$")
        self.stop = {w.lower() for w in data["stopwords"]}
        self.role_object = re.compile(rf"^\s*(?:{_alt(data['role_objects'])}){_E}")
        self.amounts = AmountFinder(data["currency"], data["units"], data["date_words"])
        co = data["continuations"]["phrases"]
        self.continuation = re.compile(rf"^\s*(?:{_alt(co)}){_E}(?P<rest>[^,;]*)$")
        self.party_re = re.compile(rf"(?:^|(?<=[\s,;:“\"]))({_alt(data['party_anaphors']['words'])})\s*$")
        ct = data["court"]
        self.court_object = re.compile(rf"^\s*(?:{_alt(ct['sentence_objects'])}){_E}")
        self.court_party_end = re.compile(rf"{_W}(?:{_alt(ct['parties'])})\s*$")
        self.person_prefix_end = re.compile(rf"{_W}(?:{_alt(data['person_prefixes']['words'])})\.?\s*$")


    @lru_cache(maxsize=256)
    def anaphor_res(self, extra: frozenset) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        """Anaphor at the clause start, and right after a speech verb (`cho biết tập đoàn sẽ …`),
        with the article's own head nouns (`hiệp hội`, `quân khu`) added to the lexicon's."""
        words = _alt(self.org_anaphors + self.city_anaphors + sorted(extra))
        demo = rf"(?:\s+(?:{_alt(self.demonstratives)}))?\s*$"
        # `lực lượng vũ trang quân khu sẵn sàng …`: a unit of the organisation before the head noun
        unit = rf"(?:(?:{_alt(self.units)})\s+(?:của\s+)?)?"
        # `…, theo đó hãng sẽ …`, `Đại diện nhà thầu cam kết …`: a connective or a representative before the head noun
        lead = rf"(?:(?:{_alt(self.connectives)}),?\s+)?(?:(?:đại diện|thay mặt)\s+)?"
        start = re.compile(rf"(?:^|(?<=[,;:(“\".…]\s)|(?<=[,;:(“\"])|(?<=^\s)){lead}{unit}({words}){demo}")
        speech = re.compile(rf"{_W}(?:{_alt(self.speech_verbs)}),?\s+{unit}({words}){demo}")
        # `cho biết nhà máy sẽ tạo 4.000 việc làm và tập đoàn cam kết …`: a second reported clause
        speech_and = re.compile(rf"{_W}(?:{_alt(self.speech_verbs)}){_E}.*,?\s+và\s+{unit}({words}){demo}")
        return start, speech, speech_and

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    text = resources.files("c4ir_kb").joinpath("data/commitments.json").read_text(encoding="utf-8")
    return _Lexicon(json.loads(text))


@dataclass
class _Actor:
    actor: Optional[str]
    person: Optional[str] = None
    partner: Optional[str] = None
    rule: str = "subject"
    confidence: float = 0.85
    fillers: list[str] = field(default_factory=list)
    start: int = 0  # where the subject phrase starts


class _Ctx:
    def __init__(self, doc: Document, entities: list[Entity], mentions: list[Mention], dates: list[DateMention]):
        self.doc = doc
        self.norm = doc.norm
        self.low = _lower_same_length(doc.norm)
        self.lex = _lexicon()
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.by_end: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_end.setdefault(m.end, []).append(m)
        self.dates = sorted(dates, key=lambda d: d.start)
        self.count: dict[str, int] = {}
        for m in mentions:
            self.count[m.entity] = self.count.get(m.entity, 0) + 1
        # entity surfaces, for places the mention list missed
        self.surfaces: list[tuple[str, Entity]] = []
        for e in entities:
            for s in {e.name, *e.surfaces}:
                if len(s) >= 2:
                    self.surfaces.append((_lower_same_length(s), e))
        self.surfaces.sort(key=lambda x: -len(x[0]))
        self.leaders = self._leaders()
        self.mention_roles: dict[int, list[str]] = {}  # PER mention start -> the roles named with it
        self.roles = self._roles()
        self.resolved: list[tuple[int, int, str]] = []  # (sentence, position, entity) of anaphors resolved so far
        self.org_heads = frozenset(self._org_heads())
        self.anaphor_end, self.speech_anaphor_end, self.speech_and_anaphor_end = self.lex.anaphor_res(self.org_heads)
        self.short_forms = self._short_forms()
        self.agreements: list[tuple[int, int, str]] = []  # (sentence, position, actor) of the agreements emitted so far

    def _short_forms(self) -> dict[str, str]:
        """`CMC` -> `CMC Technology and Solution` when the article's entities keep them apart:
        an ORG whose name is the leading word(s) of exactly one other ORG's name."""
        strip = re.compile(r"^(?:công ty|tập đoàn|tổng công ty|ngân hàng|công ty cổ phần|công ty tnhh)\s+")
        orgs = [(e.id, strip.sub("", fold(e.name))) for e in self.entities.values() if e.type == "ORG"]
        out: dict[str, str] = {}
        for sid, sname in orgs:
            longer = [lid for lid, lname in orgs if lid != sid and lname.startswith(sname + " ")]
            if len(longer) == 1 and len(sname) >= 2:
                out[sid] = longer[0]
        # `Phía Brainport sẽ …`: a clipped name the tagger typed as a place stands for the one named entity it begins
        for e in self.entities.values():
            if e.type != "LOC":
                continue
            n = fold(e.name)
            longer = {o.id for o in self.entities.values() if o.id != e.id and fold(o.name).startswith(n + " ")}
            if len(longer) == 1 and all(self.entities[x].type != "LOC" for x in longer):
                out[e.id] = longer.pop()
        return out

    def _org_heads(self) -> set[str]:
        """The common-noun heads the article's ORG names begin with (`Hiệp hội …` -> `hiệp hội`,
        `Quân khu 9` -> `quân khu`): the article may use them alone for that organisation."""
        out = set()
        for e in self.entities.values():
            if e.type != "ORG":
                continue
            for name in {e.name, *e.surfaces}:
                words = name.split()
                if len(words) < 2 or not words[0][:1].isupper() or not words[0].isalpha():
                    continue
                head = [words[0]]
                for w in words[1:3]:
                    if not w.isalpha() or not w.islower():
                        break
                    head.append(w)
                h = " ".join(head).lower()
                if len(h) >= 3 and h not in self.lex.stop and len(head) < len(words):
                    out.add(h)
        return out

    def canonical(self, eid: Optional[str]) -> Optional[str]:
        return self.short_forms.get(eid, eid) if eid else eid

    # ---- entity look-ups -------------------------------------------------
    def entity_type(self, eid: Optional[str]) -> Optional[str]:
        e = self.entities.get(eid) if eid else None
        return e.type if e else None

    def mention_ending_at(self, i: int, lo: int) -> Optional[Mention]:
        """The longest mention ending at i (starting at or after lo), else an entity surface."""
        cands = [m for m in self.by_end.get(i, []) if m.start >= lo]
        if cands:
            return min(cands, key=lambda m: m.start)
        for surf, e in self.surfaces:
            s = i - len(surf)
            if s >= lo and self.low[s:i] == surf and (s == 0 or not self.low[s - 1].isalnum()):
                return Mention(entity=e.id, type=e.type, text=self.norm[s:i], start=s, end=i, sentence=-1, rule="surface", confidence=0.6)
        return None

    def inside_mention(self, s: int, e: int) -> bool:
        """A trigger word that is part of a name (`Bộ Xây dựng`, `Bộ Kế hoạch và Đầu tư`)."""
        return any(m.start <= s and e <= m.end for m in self.mentions)

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= s and m.end <= e]

    def _leaders(self) -> dict[str, str]:
        """PER id -> ORG id from `<title> <ORG> <PER>` or `<PER>, <title> <ORG>` anywhere in the article."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.type != "PER":
                continue
            org = self.org_before_person(m)
            if org is None:
                # appositive: `Ông Lê Minh, Giám đốc công nghệ Công ty CMC …`
                j = m.end
                seg = self.low[j : j + 80]
                mm = re.match(r"\s*,\s*", seg)
                if mm:
                    for o in self.mentions:
                        if o.type == "ORG" and j + mm.end() <= o.start <= j + 80 and o.sentence == m.sentence:
                            between = self.low[j + mm.end() : o.start]
                            if self.lex.title_end.search(between.rstrip()) or re.search(r"(?:công ty|tập đoàn|ngân hàng)\s*$", between):
                                org = o.entity
                            break
            if org and m.entity not in out:
                out[m.entity] = org
        return out

    def _roles(self) -> dict[str, list[str]]:
        """PER id -> every ORG the article names as their role, in order: `<title> <ORG> <PER>` and the
        apposition after the name (`Ông X, Tổng Giám đốc FPT, đồng thời là Chủ tịch VINASA, …`)."""
        out: dict[str, list[str]] = {}
        stop = re.compile(rf"{_W}(?:{_alt(self.lex.speech_verbs)}){_E}|\.(?=\s|$)|[;:“\"]")
        for m in self.mentions:
            if m.type != "PER":
                continue
            orgs: list[str] = []
            o = self.org_before_person(m)
            if o:
                orgs.append(o)
            mm = re.match(r"\s*,\s*", self.low[m.end : m.end + 6])
            if mm and 0 <= m.sentence < len(self.doc.sentences):
                k = m.end + mm.end()
                limit = min(self.doc.sentences[m.sentence].end, k + 240)
                for t in self.lex.trigger_re.finditer(self.low, k, limit):
                    if not self.inside_mention(t.start(), t.end()):
                        limit = t.start()
                        break
                for st in stop.finditer(self.low, k, limit):
                    if not self.inside_mention(st.start(), st.end()):  # `… công nghệ thông tin Việt Nam`
                        limit = st.start()
                        break
                seg_start = k
                for o2 in self.mentions:
                    if o2.type != "ORG" or not (k <= o2.start and o2.end <= limit):
                        continue
                    between = self.low[seg_start : o2.start]
                    b2 = re.sub(r"(?:công ty|tập đoàn|ngân hàng|tổng công ty)\s*$", "", between).rstrip()
                    if self.lex.title_end.search(b2) or (not orgs and re.search(r"(?:công ty|tập đoàn|ngân hàng)\s*$", between)):
                        orgs.append(o2.entity)
                    seg_start = o2.end
            if orgs:
                self.mention_roles[m.start] = orgs
                prev = out.setdefault(m.entity, [])
                prev += [x for x in orgs if x not in prev]
        return out

    def is_association(self, eid: str) -> bool:
        e = self.entities.get(eid)
        if e is None:
            return False
        for n in {e.name, *e.surfaces}:
            n = n.lower()
            if n.startswith("hội đồng"):
                continue
            if any(n.startswith(h + " ") for h in self.lex.association_heads):
                return True
        return False

    def pick_role(self, person: Optional[str], current: Optional[str], kind: str, s: int, e: int, at: Optional[int] = None) -> Optional[str]:
        """A person with several roles speaks for the organisation the content fits: a proposal or
        the members' affairs -> the association; an investment or agreement -> the company; else the
        role named closest to the speech."""
        orgs = self.roles.get(person or "", [])
        if at is not None and len(self.mention_roles.get(at, [])) >= 2:
            orgs = self.mention_roles[at]
        if len(orgs) < 2 or current not in orgs:
            return current
        assoc = [o for o in orgs if self.is_association(o)]
        firms = [o for o in orgs if o not in assoc]
        if assoc and (kind == "proposal" or self.lex.member_cues.search(self.low[s:e])):
            return assoc[-1]
        if assoc and firms and kind in ("project", "agreement"):
            return firms[-1]
        return orgs[-1]

    def fits(self, eid: str, fw: str) -> int:
        """How an ORG fits an anaphor's head noun (folded): 3 its name begins with it, 2 the head is
        inside the name or a generic noun stands for a business, 1 no other head noun clashes, 0 not."""
        e = self.entities.get(eid)
        if e is None:
            return 0
        names = [fold(x) for x in {e.name, *e.surfaces}]
        if any(n.startswith(fw + " ") for n in names):
            return 3
        if any(f" {fw} " in f" {n} " for n in names):
            return 2
        if fw in self.lex.generic_business:
            heads = self.lex.business_heads
            if any(n.startswith(h + " ") for n in names for h in heads):
                return 2
        others = [fold(w) for w in self.lex.org_anaphors if fold(w) != fw and not fold(w).startswith(fw) and not fw.startswith(fold(w))] + ["ubnd", "uy ban"]
        if any(n.startswith(o + " ") for n in names for o in others):
            return 0
        return 1

    def org_before_person(self, m: Mention) -> Optional[str]:
        """`Chủ tịch UBND TP.HCM Phan Văn Mãi`: the ORG right before the person, after a title."""
        i = m.start
        while i > 0 and self.low[i - 1] == " ":
            i -= 1
        o = self.mention_ending_at(i, max(0, i - 80))
        if o is None or o.type != "ORG":
            return None
        before = self.low[max(0, o.start - 40) : o.start]
        # the title may end with an org-type noun belonging to the name (`Giám đốc Công ty`)
        before = re.sub(r"(?:công ty|tập đoàn|ngân hàng|tổng công ty)\s*$", "", before)
        if self.lex.title_end.search(before.rstrip() + " ") or self.lex.title_end.search(before.rstrip()):
            return o.entity
        return None

    # ---- anaphora ----------------------------------------------------------
    def resolve_anaphor(self, word: str, pos: int, sent: Sentence, demonstrative: bool = False) -> tuple[Optional[str], Optional[str]]:
        """`trung tâm` -> the centre the article talks about; `Tập đoàn này` -> the last group named.

        Returns (entity, person). In order: the organisation of the person the clause is
        attributed to (`Theo ông Tùng, ngân hàng …`: his bank), of the matching kind; the most
        recent matching name in this and the two sentences before (a name resolved before counts);
        the most frequent one. A demonstrative (`Tập đoàn này`) takes the last one named."""
        word = word.lower()
        if word in self.lex.city_anaphors:
            return self.resolve_city(pos, word), None
        fw = fold(word)
        if not demonstrative:
            spk = _speaker(self, sent, pos)
            if spk is not None:
                person, orgs = spk
                scored = [(self.fits(o, fw), i, o) for i, o in enumerate(orgs)]
                # a name without the head noun fits only a generic one (`đơn vị`, `hãng`, `doanh nghiệp`): `ngân hàng`
                # in the words of a company's chairman is another bank
                # `Đại diện PTSC cho biết đơn vị sẽ …`: a generic `đơn vị` said by the organisation's own voice is it
                least = 0 if fw in self.lex.generic_any else 1 if fw in self.lex.generic_business else 2
                scored = [x for x in scored if x[0] >= least]
                if scored:
                    eid = max(scored)[2]
                    self.resolved.append((sent.index, pos, eid))
                    return eid, person
        window_start = self.doc.sentences[max(0, sent.index - 4)].start
        prev_start = self.doc.sentences[max(0, sent.index - 1)].start
        cands = [(m.start, m.sentence if m.sentence >= 0 else self.doc.sentence_at(m.start).index, m.entity)
                 for m in self.mentions if m.type == "ORG" and m.start < pos and m.entity in self.entities]
        cands += [(p, si, e) for si, p, e in self.resolved if p < pos]
        best: Optional[tuple] = None
        for start, si, eid in cands:
            f = self.fits(eid, fw)
            recent = start >= window_start
            if f == 0 or not (f >= 2 or recent):
                continue
            if demonstrative:
                score = (start >= prev_start, start)
            else:
                near = si >= sent.index - 2
                score = (f >= 2, near, si if near else -1, self.count.get(eid, 0), -start)
            if best is None or score > best[0]:
                best = (score, eid)
        if best is None:
            return None, None
        self.resolved.append((sent.index, pos, best[1]))
        return best[1], None

    def committee_of(self, loc: str) -> Optional[str]:
        """`Bạc Liêu sẽ xây dựng …`: a province or city acts through its people's committee, when the article names it."""
        e = self.entities.get(loc)
        if e is None or e.type != "LOC":
            return None
        admin = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)\s+")
        places = {admin.sub("", fold(x)).replace(" ", "").replace(".", "") for x in {e.name, *e.surfaces}}
        found = []
        for o in self.entities.values():
            if o.type != "ORG":
                continue
            for x in {o.name, *o.surfaces}:
                k = fold(x)
                mm = re.match(r"^(?:ubnd|uy ban nhan dan)\s+", k)
                if mm and admin.sub("", k[mm.end() :]).replace(" ", "").replace(".", "") in places:
                    found.append(o.id)
                    break
        return found[0] if len(found) == 1 else None

    def specific_committee(self, eid: Optional[str]) -> Optional[str]:
        """`UBND thành phố` (a title's generic committee) -> the one committee of that kind the
        article names with its place (`UBND TP Hải Phòng`); else unchanged."""
        e = self.entities.get(eid) if eid else None
        if e is None or e.type != "ORG":
            return eid
        pat = re.compile(r"^(?:ubnd|uy ban nhan dan)\s*(tinh|thanh pho|tp\.?)?\s*(.*)$")
        g = pat.match(fold(e.name))
        if g is None or g.group(2) or not g.group(1):
            return eid
        want_tinh = g.group(1) == "tinh"
        found = []
        for o in self.entities.values():
            h = pat.match(fold(o.name)) if o.type == "ORG" and o.id != eid else None
            if h is None or not h.group(2):
                continue
            if (h.group(1) == "tinh") == want_tinh or (h.group(1) is None):
                found.append(o.id)
        return found[0] if len(found) == 1 else eid

    def resolve_city(self, pos: int, word: str = "thành phố") -> Optional[str]:
        """`Thành phố`/`tỉnh` -> the people's committee (UBND) the article names, else the city."""
        want = "tinh" if fold(word).startswith("tinh") else "tp"
        best: Optional[tuple] = None
        for e in self.entities.values():
            if e.type != "ORG":
                continue
            k = fold(e.name).replace(" ", "")
            if not (k.startswith("ubnd") or k.startswith("uybannhandan")):
                continue
            rest = k[4:] if k.startswith("ubnd") else k[len("uybannhandan") :]
            kind_ok = rest.startswith("tinh") if want == "tinh" else not rest.startswith("tinh")
            before = [m.start for m in self.mentions if m.entity == e.id and m.start < pos]
            score = (kind_ok, bool(before), self.count.get(e.id, 0), max(before, default=-1))
            if best is None or score > best[0]:
                best = (score, e.id)
        if best is not None:
            return best[1]
        for e in self.entities.values():
            if e.type == "LOC":
                citylike = any(fold(s).startswith(("tp", "thanh pho", "tinh ")) for s in {e.name, *e.surfaces})
                score = (citylike, self.count.get(e.id, 0))
                if best is None or score > best[0]:
                    best = (score, e.id)
        return best[1] if best else None


def _clause_end(ctx: _Ctx, start: int, sent: Sentence, joint: bool = False) -> int:
    """End of the clause from start. joint: the undertaking is the subject's own pledge or plan,
    which `…, đồng thời (sẽ) B` extends (an assigned task followed by `đồng thời sẽ` is two items)."""
    m = _CLAUSE_BREAK.search(ctx.low, start, sent.end)
    while m is not None and joint and _joins_same_subject(ctx, m):
        m = _CLAUSE_BREAK.search(ctx.low, m.end(), sent.end)
    end = m.start() if m else sent.end
    # `đã ký thỏa thuận …, trong đó tỉnh X sẽ …`: a clause with its own subject and trigger
    for t in re.finditer(r",\s*trong đó\s+(?:(?:tỉnh|thành phố|tp\.?|phía|bên)\s+)?", ctx.low[start:end]):
        k = start + t.end()
        ms = [x for x in ctx.mentions if x.start == k and x.type in ("ORG", "LOC", "PER")]
        if ms:
            k2 = max(x.end for x in ms)
            f = re.match(r"\s+(?:(?:cũng|đã|đang|còn)\s+)*", ctx.low[k2:end])
            if f and ctx.lex.trigger_re.match(ctx.low, k2 + f.end()):
                end = start + t.start()
                break
    # `đang triển khai A, dự kiến B`: a second undertaking of the same subject
    for c in ctx.lex.coord_re.finditer(ctx.low, start, end):
        if joint and re.search(r"(?<!\w)đồng thời(?!\w)", c.group()):
            continue  # `…, đồng thời sẽ B`: B is part of the same undertaking
        if not ctx.inside_mention(c.end() - 1, c.end()) and not _continues(ctx, c.end(), end):
            end = c.start()
            break
    # a list announced by a colon keeps its items
    while end > start and ctx.norm[end - 1] in " ,.:“”\"'(":
        end -= 1
    return end


def _joins_same_subject(ctx: _Ctx, m: re.Match) -> bool:
    """`cam kết A, đồng thời (sẽ) B`: `đồng thời` without a new subject adds B to the same
    undertaking; with one (`…, đồng thời UBND tỉnh sẽ …`) it starts another clause."""
    if not re.search(r"đồng thời$", m.group()):
        return False
    k = _skip_space(ctx, m.end())
    f = re.match(rf"(?:(?:{_alt(ctx.lex.fillers)})\s+)*", ctx.low[k:])
    k2 = k + (f.end() if f else 0)
    if any(x.start in (k, k2) for x in ctx.mentions):
        return False
    return not re.match(rf"(?:{_alt(ctx.lex.anaphor_words_raw)}){_E}", ctx.low[k2:])


def _continues(ctx: _Ctx, k: int, end: int) -> bool:
    """`…, dự kiến đưa vào sử dụng từ tháng 9/2026`: the coordinated trigger at k only completes
    the undertaking before it — a completion phrase, at most two words of scope, a time adjunct."""
    m = ctx.lex.continuation.match(ctx.low[k:end])
    if m is None:
        return False
    rs = k + m.start("rest")
    d = next((d for d in ctx.dates if rs <= d.start and d.end <= end), None)
    head = ctx.low[rs : d.start if d else end]
    tail = ctx.low[d.end : end] if d else ""
    words = [w for w in re.findall(r"\w+", head) if w not in ("trong", "vào", "trước", "từ", "đến", "tới", "ngay", "sau")]
    # `…, dự kiến đưa vào vận hành vào tháng 9/2027 và điều trị 1.000 bệnh nhân/năm`: what the
    # completion brings, joined by `và` after its date, still completes the same undertaking
    joined = d is not None and re.match(r"\s*(?:,\s*)?và\s+\w", tail) is not None
    return len(words) <= 2 and (joined or not re.search(r"\w", tail))


def _strip_fillers(ctx: _Ctx, lo: int, i: int) -> tuple[int, list[str], bool]:
    """Move i left over adverbs/modals/speech verbs and time adjuncts; report the fillers and a negation."""
    fillers: list[str] = []
    negated = False
    while True:
        seg = ctx.low[lo:i]
        # `Viettel cho biết, trong năm 2025, sẽ …`: a date between the subject and the trigger
        k = len(seg.rstrip(" ,"))
        d = next((d for d in ctx.dates if d.end == lo + k and d.start > lo), None)
        if d is not None:
            i = d.start
            p = re.search(r"(?:^|(?<=[\s,]))(?:ngay trong|trong|đến|vào|từ|trước|tới)\s*$", ctx.low[lo:i])
            if p is not None:
                i = lo + p.start()
            continue
        m = ctx.lex.fillers_end.search(seg)
        if m and m.start() < len(seg) and _in_name(ctx, lo + m.start(), i):
            m = None  # `Trường Đại học Công nghệ Thông tin chịu …`: the filler word ends a name
        if m and m.start() < len(seg):
            fillers.append(seg[m.start() :].strip(" ,"))
            i = lo + m.start()
            continue
        n = ctx.lex.negation_end.search(seg)
        if n and n.start() < len(seg):
            negated = True
            i = lo + n.start()
            continue
        break
    while i > lo and ctx.low[i - 1] == " ":
        i -= 1
    return i, fillers, negated


def _in_name(ctx: _Ctx, s: int, e: int) -> bool:
    """The words in [s, e) (spaces and commas aside) overlap a mention."""
    seg = ctx.low[s:e]
    s2 = s + len(seg) - len(seg.lstrip(" ,"))
    e2 = s + len(seg.rstrip(" ,"))
    return e2 > s2 and any(m.start < e2 and s2 < m.end for m in ctx.mentions)


def _find_subject(ctx: _Ctx, pos: int, sent: Sentence, lo: int) -> tuple[Optional[_Actor], list[str], bool]:
    """The actor right before position pos (a trigger), with the fillers skipped."""
    i, fillers, negated = _strip_fillers(ctx, lo, pos)
    # a parenthetical after the name: `Trung tâm … (C4IR TP.HCM) cam kết`
    j = i
    if j > lo and ctx.low[j - 1] == ")":
        k = ctx.low.rfind("(", lo, j)
        if k > lo:
            inner = ctx.mention_ending_at(j - 1, k + 1)
            jj = k
            while jj > lo and ctx.low[jj - 1] == " ":
                jj -= 1
            outer = ctx.mention_ending_at(jj, lo)
            if inner is not None:
                if outer is not None and (outer.entity == inner.entity or inner.type == "LOC"):
                    # `Tập đoàn Amata (Thái Lan)`: the name before, with its own context (`Đại diện`, `do`)
                    if _is_modifier(ctx, sent, outer.start, lo):
                        return None, fillers, negated
                    return _actor_from_mention(ctx, outer, lo), fillers, negated
                act = _actor_from_mention(ctx, inner, lo)
                if outer is not None and outer.type == "ORG":
                    act.start = outer.start  # `do Tổng công ty … (ACV) làm chủ đầu tư`
                return act, fillers, negated
            j = jj
    m = ctx.mention_ending_at(j, lo)
    if m is None:
        # `Chủ tịch UBND tỉnh cam kết …`: a committee's short name with its bare administrative word
        ad = re.search(rf"\s+{_ADMIN}\s*$", ctx.low[lo:j])
        if ad is not None:
            m0 = ctx.mention_ending_at(lo + ad.start(), lo)
            if m0 is not None and m0.type == "ORG" and re.match(r"(?:ubnd|ủy ban|uỷ ban|hđnd)", fold(m0.text)):
                m = m0
    if m is not None and m.type == "LOC":
        # `Văn phòng UNESCO tại Hà Nội ký …`: the place locates the organisation named before it
        pre = re.search(r"\s+(?:tại|ở)\s+$", ctx.low[lo : m.start])
        if pre is not None:
            m0 = ctx.mention_ending_at(lo + pre.start(), lo)
            if m0 is not None and m0.type == "ORG":
                m = m0
    if m is not None and m.type == "LOC" and re.search(r"(?<!\w)phía\s+$", ctx.low[max(lo, m.start - 10) : m.start]):
        # `phía Thụy Sĩ cam kết …`: the side from that country, the party the article places there
        side = _party_of_place(ctx, m, pos)
        if side is not None:
            m = side
    if m is not None and fold(m.text) in ctx.lex.anaphor_words and fold(ctx.entities[m.entity].name if m.entity in ctx.entities else m.text) == fold(m.text):
        m = None  # `Viện sẽ …` read as a name by the tagger: the head noun of a name said before
    if m is None and j > lo and ctx.low[j - 1] == ",":
        m = _appositive_head(ctx, sent, lo, j - 1)
    if m is not None:
        if _is_modifier(ctx, sent, m.start, lo):
            return None, fillers, negated
        return _actor_from_mention(ctx, m, lo), fillers, negated
    pr = ctx.lex.first_person_end.search(ctx.low[lo:j])
    if pr is not None:
        spk = _quote_speaker(ctx, sent, pos)
        if spk is not None:
            act = _actor_from_mention(ctx, spk, spk.start)
            act.rule, act.confidence, act.start = "speaker", 0.65, lo + pr.start()
            return act, fillers, negated
    # `Ông kiến nghị …`, `Ông Đức cam kết …`: the person named before
    per = _person_reference(ctx, sent, lo, j, pos)
    if per is not None:
        mention, start = per
        act = _actor_from_mention(ctx, mention, mention.start)
        act.rule, act.confidence, act.start = "person-ref", 0.7, start
        return act, fillers, negated
    a = ctx.anaphor_end.search(ctx.low[lo:j]) if j > lo else None
    if a is None and j > lo:
        # anaphor at the very start of the clause
        a = ctx.anaphor_end.search(ctx.low[lo:j].lstrip())
        if a is not None and ctx.low[lo:j].lstrip() != ctx.low[lo:j][len(ctx.low[lo:j]) - len(ctx.low[lo:j].lstrip()) :]:
            a = None
    if a is None and j > lo:
        a = ctx.speech_anaphor_end.search(ctx.low[lo:j])  # `cho biết tập đoàn sẽ …`
    if a is None and j > lo:
        a = ctx.speech_and_anaphor_end.search(ctx.low[lo:j])  # `cho biết …, và tập đoàn cam kết …`
    if a is None and j > lo:
        # `Theo thỏa thuận, ba bên sẽ …`: the parties of the agreement just stated
        pa = ctx.lex.party_re.search(ctx.low[lo:j])
        if pa is not None and re.search(r"(?:^|[,:;“\"]|theo đó|theo thỏa thuận|theo thoả thuận)\s*$", ctx.low[lo : lo + pa.start(1)]):
            ag = [x for x in ctx.agreements if sent.index - 2 <= x[0] <= sent.index and x[1] < pos]
            if ag:
                return _Actor(actor=ag[-1][2], rule="parties", confidence=0.65, start=lo + pa.start(1)), fillers, negated
    if a is not None:
        demo = bool(re.search(rf"\s(?:{_alt(['này', 'đó', 'trên', 'nói trên'])})\s*$", a.group()))
        eid, person = ctx.resolve_anaphor(a.group(1), pos, sent, demo)
        if eid:
            return _Actor(actor=eid, person=person, rule="anaphor", confidence=0.7, start=lo + a.start(1)), fillers, negated
    return None, fillers, negated


def _party_of_place(ctx: _Ctx, place: Mention, pos: int) -> Optional[Mention]:
    """The organisation named earlier with that place as its own (`Helvetia Commodities SA (Thụy Sĩ)`,
    `tập đoàn X của Thụy Sĩ`, `X đến từ Thụy Sĩ`): the nearest one before pos."""
    found: Optional[Mention] = None
    for o in ctx.mentions:
        if o.type != "ORG" or o.end > pos:
            continue
        after = ctx.low[o.end : o.end + 40]
        tied = re.match(r"\s*\(\s*", after) or re.match(r"\s+(?:của|đến từ|thuộc)\s+", after)
        if tied is None:
            continue
        k = o.end + tied.end()
        if any(x.type == "LOC" and x.entity == place.entity and x.start == k for x in ctx.mentions):
            if found is None or o.start > found.start:
                found = o
    return found


def _appositive_head(ctx: _Ctx, sent: Sentence, lo: int, comma: int) -> Optional[Mention]:
    """`HDBank, ngân hàng …, cam kết`, `Bà X, Phó Giám đốc Sở Y, đề xuất`: the head of the apposition."""
    for m in ctx.mentions_in(lo, comma):
        if m.type not in ("ORG", "PER"):
            continue
        mm = re.match(r"\s*,", ctx.low[m.end : comma + 1])
        if mm is None or m.end + mm.end() > comma:
            continue  # not followed by a comma, or it is the appositive's own last word
        app = ctx.low[m.end + mm.end() : comma]
        if not re.search(r"\w", app) or len(app) > 160 or app.count(",") > 1:
            continue
        seg_start = max(ctx.low.rfind(",", lo, m.start) + 1, lo)
        if len(ctx.low[seg_start : m.start].split()) > 4:
            continue  # the head opens its segment: at most a title or honorific before it
        return m
    return None


def _person_reference(ctx: _Ctx, sent: Sentence, lo: int, j: int, pos: int) -> Optional[tuple[Mention, int]]:
    """`Ông`/`Bà` alone, or with the given name only (`Ông Đức`), as the subject: the person named before."""
    seg = ctx.low[lo:j]
    h = ctx.lex.honorific_end.search(seg)
    if h is not None and re.search(r"(?:^|[,“\"]|cho biết|khẳng định|cho hay|nói|nhấn mạnh)\s*$", seg[: h.start()]):
        word, at = h.group(1), lo + h.start()
        first = ctx.doc.sentences[max(0, sent.index - 3)].start
        cands = []
        for m in ctx.mentions:
            if m.type != "PER" or not (first <= m.start and m.end <= at):
                continue
            hon = re.search(rf"(?<!\w)({_alt(ctx.lex.honorifics)})\s*$", ctx.low[max(0, m.start - 12) : m.start])
            if hon is not None and hon.group(1) != word:
                continue  # `Bà …` does not stand for a man introduced as `ông`
            cands.append((hon is not None, m.start, m))
        if cands:
            return max(cands, key=lambda x: x[:2])[2], at
        return None
    t = ctx.lex.title_end.search(seg)
    if t is not None and ctx.norm[lo + t.start()].isupper() and re.search(r"(?:^|[,“\"]|cho biết|khẳng định|cho hay|nói|nhấn mạnh)\s*$", seg[: t.start()]):
        # `Thay mặt cán bộ, chiến sĩ, Chính ủy hứa …`: a bare title stands for the one person given it just before
        # (`Thiếu tướng Đặng Quốc Hưng, Chính ủy Quân đoàn, …`)
        title, at = t.group().strip(), lo + t.start()
        first = ctx.doc.sentences[max(0, sent.index - 3)].start
        found: dict[str, Mention] = {}
        for o in re.finditer(rf"{_W}{re.escape(title)}{_E}", ctx.low[first:at]):
            os_, oe = first + o.start(), first + o.end()
            for m in ctx.mentions:
                if m.type != "PER":
                    continue
                before = m.end <= os_ and re.fullmatch(r"\s*,\s*", ctx.low[m.end : os_]) is not None
                after = oe <= m.start <= oe + 80 and not re.search(r"[,.;:]", ctx.low[oe : m.start])
                if before or after:
                    found[m.entity] = m
        if len(found) == 1:
            return next(iter(found.values())), at
        return None
    g = re.search(rf"(?:^|(?<=[\s,“\"]))({_alt(ctx.lex.honorifics)})\s+(\w+(?:\s\w+)?)\s*$", seg)
    if g is not None and ctx.norm[lo + g.start(2)].isupper():
        given = " " + fold(g.group(2))
        people = [e for e in ctx.entities.values() if e.type == "PER" and (" " + fold(e.name)).endswith(given) and fold(e.name) != given.strip()]
        if len(people) == 1:
            ms = [m for m in ctx.mentions if m.entity == people[0].id and m.start < pos]
            if ms:
                return ms[-1], lo + g.start()
    return None


_ADMIN = r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|bang)"
_PREP_BEFORE = {"của", "về", "từ", "tại", "ở", "thuộc", "giữa", "với", "cho", "trong", "trên", "dưới", "sau", "trước", "như"}
_OK_BEFORE = {"ông", "bà", "anh", "chị", "ngài", "do", "bởi", "giao", "và", "cùng", "thì", "còn", "đó", "nay", "tới", "vậy", "đây", "bên", "phía"}


def _is_modifier(ctx: _Ctx, sent: Sentence, start: int, lo: int) -> bool:
    """`Giá cổ phiếu FPT sẽ tăng`, `Nhà máy của Masan sẽ …`: the name modifies another head noun."""
    before = ctx.low[lo:start]
    w = re.search(r"(\w+)\s*$", before)
    if w is None:
        return False
    word = w.group(1)
    adm = re.search(rf"(?<!\w){_ADMIN}\s*$", before)
    if adm is not None and ctx.entity_type(next((x.entity for x in ctx.mentions if x.start == start), None)) == "LOC":
        return _is_modifier(ctx, sent, lo + adm.start(), lo)  # `tỉnh Gyeongsang Bắc`: the administrative word is the head
    if re.search(r"(?<!\w)(?:tháng|năm|tuần|quý|ngày|hôm|sáng|chiều|tối)\s+(?:sau|trước|tới|nay|này)\s*$", before):
        return False  # `tháng sau FPT sẽ …`: a time adjunct, not a preposition
    m = next((x for x in ctx.mentions if x.start == start), None)
    if m is not None and m.type == "PER" and ctx.lex.person_prefix_end.search(before):
        return False  # `Trung tướng Nguyễn Văn Long`, `PGS.TS Lê Quang Huy`
    if re.search(r"(?<!\w)(?:giao|phân công|ủy quyền|uỷ quyền)\s+cho\s*$", before):
        return False  # `giao cho X phụ trách`: X is the assignee
    if word in _PREP_BEFORE:
        return True
    if word in _OK_BEFORE or ctx.lex.title_end.search(before.rstrip()) or ctx.lex.rep_end.search(before.rstrip()) or ctx.lex.org_noun_end.search(before.rstrip()):
        return False
    tok = next((t for t in sent.tokens if t.end == lo + w.end(1)), None)
    return tok is not None and tok.pos == "N"


def _speaker(ctx: _Ctx, sent: Sentence, pos: int) -> Optional[tuple[Optional[str], list[str]]]:
    """Who the clause at pos is attributed to, as (person, their organisations in order) or
    (None, [org]): `Theo ông Tùng, …`, `<X> cho biết …` (X before the last speech verb), or the
    speaker of the quote pos is in."""
    low = ctx.low

    def of(m: Optional[Mention]) -> Optional[tuple[Optional[str], list[str]]]:
        if m is None:
            return None
        if m.type == "PER":
            orgs = list(ctx.roles.get(m.entity, []))
            o = ctx.org_before_person(m) or ctx.leaders.get(m.entity)
            if o and o not in orgs:
                orgs.insert(0, o)
            return (m.entity, orgs) if orgs else None
        if m.type == "ORG":
            return None, [m.entity]
        return None

    head = low[sent.start : pos]
    # `Theo ông Tùng, ngân hàng …` / `Theo Viettel, tập đoàn …`
    th = None
    for th in re.finditer(r"(?:^|[,“\"])\s*theo\s+", head):
        pass
    if th is not None:
        k = sent.start + th.end()
        comma = low.find(",", k, pos)
        if comma > 0 and len(low[k:comma].split()) <= 6:
            ms = [m for m in ctx.mentions if k <= m.start and m.end <= comma and m.type in ("PER", "ORG")]
            if ms and len(low[k : ms[0].start].split()) <= 1:
                r = of(ms[0])
                if r:
                    return r
            j = comma
            while j > k and low[j - 1] == " ":
                j -= 1
            per = _person_reference(ctx, sent, k, j, pos)
            if per is not None:
                r = of(per[0])
                if r:
                    return r
    # `<X> cho biết …`
    sv = None
    for sv in re.finditer(rf"{_W}(?:{_alt(ctx.lex.speech_verbs)}){_E}", head):
        pass
    if sv is not None:
        vs = sent.start + sv.start()
        j = vs
        while j > sent.start and low[j - 1] == " ":
            j -= 1
        m = None
        if j > sent.start and low[j - 1] == ",":
            m = _appositive_head(ctx, sent, sent.start, j - 1)
        if m is None:
            m = ctx.mention_ending_at(j, sent.start)
        if m is None:
            per = _person_reference(ctx, sent, sent.start, j, pos)
            m = per[0] if per else None
        if m is None:
            pers = [x for x in ctx.mentions_in(sent.start, j) if x.type == "PER"]
            m = pers[0] if pers else None
        r = of(m)
        if r:
            return r
    # inside a quote
    prev = ctx.doc.sentences[max(0, sent.index - 1)].start
    q = low[prev:pos]
    if q.rfind("“") > q.rfind("”") or head.count('"') % 2 == 1:
        r = of(_quote_speaker(ctx, sent, pos))
        if r:
            return r
    return None


def _quote_speaker(ctx: _Ctx, sent: Sentence, pos: int) -> Optional[Mention]:
    """The person quoted: named after the closing quote, else before the opening one (this or the previous sentence)."""
    close = re.search(r"[”\"]", ctx.low[pos : sent.end])
    if close:
        after = [m for m in ctx.mentions_in(pos + close.end(), sent.end) if m.type == "PER"]
        if after:
            return after[0]
    lo = ctx.doc.sentences[max(0, sent.index - 1)].start
    opening = ctx.low.rfind("“", lo, pos)
    opening = max(opening, ctx.low.rfind(":", lo, pos))
    if opening >= 0:
        before = [m for m in ctx.mentions_in(lo, opening) if m.type == "PER"]
        if before:
            return before[-1]
    if sent.index + 1 < len(ctx.doc.sentences) and close:
        nxt = ctx.doc.sentences[sent.index + 1]
        after = [m for m in ctx.mentions_in(nxt.start, nxt.end) if m.type == "PER"]
        if after and after[0].start - nxt.start < 60:
            return after[0]
    return None


def _actor_from_mention(ctx: _Ctx, m: Mention, lo: int, listed: bool = False) -> _Actor:
    before = ctx.low[max(lo, m.start - 40) : m.start]
    if m.type == "PER":
        own = ctx.mention_roles.get(m.start)
        org = ctx.org_before_person(m) or (own[0] if own else None) or ctx.leaders.get(m.entity)
        if org:
            return _Actor(actor=org, person=m.entity, rule="leader", confidence=0.8, start=m.start)
        return _Actor(actor=m.entity, rule="subject", confidence=0.8, start=m.start)
    stripped = re.sub(r"(?:công ty|tập đoàn|ngân hàng|tổng công ty)\s*$", "", before)
    if ctx.lex.rep_end.search(stripped.rstrip()):
        return _Actor(actor=m.entity, rule="representative", confidence=0.85, start=m.start)
    # `A và B ký thỏa thuận`: A acts, B is the partner
    # `A, B (KOICA) và C ký …`: a listed party's acronym in brackets, and the comma list before `và`
    mm = re.search(rf"(?:\s*\([^()]{{1,20}}\))?\s+(?:và|cùng|với)\s+(?:{_ADMIN}\s+)?$", before)
    if mm is None and listed and m.type == "ORG":
        mm = re.search(r"(?:\s*\([^()]{1,20}\))?\s*,\s+$", before)
    if mm:
        other = ctx.mention_ending_at(m.start - len(before) + mm.start(), lo)
        if other is not None and other.entity != m.entity and other.type in ("ORG", "PER", "LOC") and (not listed or other.type == "ORG" or mm.group().strip()[-1:] != ","):
            first = _actor_from_mention(ctx, other, lo, listed=True)
            first.partner = first.partner or m.entity
            return first
    conf = 0.85 if m.type == "ORG" else 0.7
    return _Actor(actor=m.entity, rule="subject", confidence=conf, start=m.start)


def _token_at(sent: Sentence, pos: int) -> Optional[Token]:
    for t in sent.tokens:
        if t.start >= pos:
            return t if t.start - pos <= 2 else None
    return None


def _action_follows(ctx: _Ctx, end: int, sent: Sentence, clause_end: int, goal: bool = False) -> bool:
    """After a weak trigger: an action verb, not a state (`là`, `trở thành`, `được`).

    A time adjunct first (`đặt mục tiêu đến cuối năm 2026, …`) is skipped; after a goal
    trigger a figure is a target (`đặt mục tiêu 90% hồ sơ …`)."""
    lex = ctx.lex
    i = end
    for _ in range(5):
        seg = ctx.low[i:clause_end]
        k = i + len(seg) - len(seg.lstrip())
        pm = re.match(r"(?:đến|tới|trong|vào|từ|trước|ngay trong)\s+", ctx.low[k:clause_end])
        k2 = k + (pm.end() if pm else 0)
        d = next((d for d in ctx.dates if d.start == k2 and d.end <= clause_end), None)
        if d is not None:
            i = d.end
            mc = re.match(r"\s*,", ctx.low[i:clause_end])
            if mc:
                i += mc.end()
            continue
        m = re.match(r"\s*(?:sẽ|tiếp tục|cùng với|cùng|nhanh chóng|sớm|chính thức|từng bước|đẩy mạnh|mạnh mẽ|trực tiếp|tập trung)(?!\w)", seg)
        if m:
            i += m.end()
            # `cùng X` — skip the partner
            if m.group().strip().startswith("cùng"):
                j = i
                while j < clause_end and ctx.low[j] == " ":
                    j += 1
                ms = [x for x in ctx.mentions if x.start == j]
                if ms:
                    i = max(x.end for x in ms)
            continue
        break
    seg = ctx.low[i:clause_end]
    if not seg.strip() or (lex.stative_start.match(seg) and not lex.stative_exception.match(seg)):
        return False
    tok = _token_at(sent, i + (len(seg) - len(seg.lstrip())))
    if tok is None:
        return True
    if goal and (tok.pos == "M" or re.match(r"\d", tok.text)):
        return True
    # the tagger often reads verbs as nouns (`phủ sóng/N`); names, numbers, pronouns, function words are not actions
    return tok.pos not in ("Np", "M", "P", "E", "C", "CH", "L", "Ny", "T", "X")


def _object(ctx: _Ctx, start: int, end: int, skip_partner: bool = True) -> Optional[str]:
    """Lowercase content words of the committed thing, up to the first comma, ≤ 10 words."""
    seg = ctx.low[start:end]
    if skip_partner:
        m = ctx.lex.partner_re.match(seg)
        if m:
            k = start + m.end()
            ms = [x for x in ctx.mentions if x.start == k]
            if ms:
                seg = ctx.low[max(x.end for x in ms) : end]
            else:
                a = re.match(rf"(?:{_alt(ctx.lex.org_anaphors + ctx.lex.city_anaphors)}){_E}", ctx.low[k:end])
                if a:
                    seg = ctx.low[k + a.end() : end]
    parts = [p for p in re.split(r",(?!\d)|[;:(]|\s[-–]\s|(?<!\w)do\s", seg) if re.search(r"\w", p)]
    seg = parts[0] if parts else ""
    words = [w for w in re.findall(r"\d+(?:[.,]\d+)*|\w+", seg) if w not in ctx.lex.stop]
    if not words:
        return None
    return " ".join(words[:10])


class _Emitter:
    def __init__(self, ctx: _Ctx):
        self.ctx = ctx
        self.out: list[Commitment] = []
        self.blocked: list[tuple[int, int]] = []

    def covered(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.out) or any(s <= pos < e for s, e in self.blocked)

    def emit(self, sent: Sentence, kind: str, trigger: str, start: int, end: int, actor: _Actor, rule: str, obj_from: int) -> None:
        ctx = self.ctx
        while start < end and ctx.norm[start] in " ,;:":
            start += 1
        if end <= start:
            return
        c = Commitment(
            actor=actor.actor,
            person=actor.person,
            kind=kind,  # type: ignore[arg-type]
            trigger=trigger,
            text=ctx.doc.article.text[start:end],
            start=start,
            end=end,
            sentence=sent.index,
            rule=rule,
            confidence=round(actor.confidence, 2),
        )
        _arguments(ctx, c, sent, obj_from, actor)
        c.actor, c.partner = ctx.canonical(c.actor), ctx.canonical(c.partner)
        c.actor = ctx.specific_committee(c.actor)
        if c.partner == c.actor:
            c.partner = None
        self.out.append(c)
        if kind == "agreement" and c.actor:
            ctx.agreements.append((sent.index, start, c.actor))


def _arguments(ctx: _Ctx, c: Commitment, sent: Sentence, obj_from: int, actor: _Actor) -> None:
    lex = ctx.lex
    low = ctx.low
    s, e = c.start, c.end
    # amounts and quantities
    am = lex.amounts.amounts(low, s, e)
    if am:
        c.amount = ctx.doc.article.text[am[0][0] : am[0][1]].strip()
    dspans = [(d.start, d.end) for d in ctx.dates]
    qs = lex.amounts.quantities(low, s, e, sent.tokens, am + dspans)
    if qs:
        c.quantity = ctx.doc.article.text[qs[0][0] : qs[0][1]].strip()
    # target date: in the clause, else a period before the trigger in the sentence (`trong năm
    # 2025, ...`); a day before the trigger is when it was said (`Sáng 5/3, X cho biết sẽ ...`)
    in_clause = [d for d in ctx.dates if s <= d.start and d.end <= e]
    before = [d for d in ctx.dates if sent.start <= d.start and d.end <= s and d.precision != "day"]
    du = lex.amounts.durations(low, s, e)
    if du:  # a duration is not a point in time: kept apart, as written
        c.period = ctx.doc.article.text[du[0][0] : du[0][1]].strip()
    if in_clause:
        c.target_date = in_clause[0].value
    elif before and not du:
        c.target_date = before[-1].value
    if c.target_date and "/" in c.target_date:
        c.target_date = c.target_date.split("/")[-1]  # `trong giai đoạn 2026-2029`: done by its end
    # location: a LOC after `tại/ở`, else none
    skip = {c.actor}
    for m in ctx.mentions_in(s, e):
        if m.type == "LOC" and m.entity not in skip and lex.loc_preps.search(low[max(s, m.start - 20) : m.start]):
            c.location = m.entity
            break
    # partner: `với/cùng/cho/giữa X`
    partner = actor.partner
    if partner is None:
        for mm in re.finditer(rf"{_W}(?:với|cùng với|cùng|cho|giữa)\s+", low[s:e]):
            k = s + mm.end()
            ms = [x for x in ctx.mentions if x.start == k and x.entity != c.actor and x.type in ("ORG", "PER", "LOC")]
            if ms:
                partner = ms[0].entity
                break
            a = re.match(rf"(thành phố|tỉnh)(?!\w)", low[k:e])
            if a:
                partner = ctx.resolve_city(k, a.group(1))
                if partner == c.actor:
                    partner = None
                if partner:
                    break
    if partner is None and c.kind == "proposal":
        # `kiến nghị Chính phủ …`, `đề xuất Thành phố …`: the addressee
        k = _skip_space(ctx, s + len(c.trigger))
        ms = [x for x in ctx.mentions if x.start == k and x.entity != c.actor and x.type in ("ORG", "PER", "LOC")]
        if ms:
            partner = ms[0].entity
        elif re.match(r"(thành phố|tỉnh)(?!\w)", low[k:e]):
            partner = ctx.resolve_city(k, low[k : k + 4])
            if partner == c.actor:
                partner = None
    c.partner = partner
    c.object = _object(ctx, obj_from, e)


def extract_commitments(doc: Document, entities: list[Entity], mentions: list[Mention], dates: list[DateMention]) -> list[Commitment]:
    ctx = _Ctx(doc, entities, mentions, dates)
    lex = ctx.lex
    em = _Emitter(ctx)
    title = headline(doc.article.text)
    title_end = len(title) if title else -1
    last_actor: dict[int, _Actor] = {}  # sentence index -> an actor of that sentence
    for sent in doc.sentences:
        # 1. list plans: `X đã xác định N hoạt động, trong đó A; B …`
        list_items: list[tuple[int, int]] = []
        list_actor: Optional[_Actor] = None
        lm = lex.list_re.search(ctx.low, sent.start, sent.end)
        if lm:
            lo = _clause_lo(ctx, sent, lm.start(1))
            list_actor, fillers, neg = _find_subject(ctx, lm.start(1), sent, lo)
            if list_actor is not None and not neg:
                items_end = sent.end
                k = lm.end()
                for part in re.finditer(r"[^;…]+", ctx.low[k:items_end]):
                    a, b = k + part.start(), k + part.end()
                    fr = lex.item_frame.match(ctx.low[a:b])
                    if fr:
                        a += fr.end()
                    while a < b and ctx.low[a] in " ,":
                        a += 1
                    while b > a and ctx.norm[b - 1] in " ,.…":
                        b -= 1
                    if b > a:
                        list_items.append((a, b))
                    if ctx.low[k + part.end() : k + part.end() + 1] == "…" or ctx.low[k + part.end() : k + part.end() + 3] == "...":
                        break
        # 2. assigned tasks: `UBND tỉnh giao Sở X chủ trì …` -> X's responsibility
        for am in lex.assign_re.finditer(ctx.low, sent.start, sent.end):
            if em.covered(am.start()) or ctx.inside_mention(am.start(), am.end() - 1):
                continue
            if re.search(r"(?<!\w)(?:được|bị|việc|nhiệm vụ)\s*$", ctx.low[sent.start : am.start()]):
                continue  # `được giao cho X phụ trách`: the passive trigger takes it
            ms = [x for x in ctx.mentions if x.start == am.end() and x.type in ("ORG", "PER")]
            if not ms:
                continue
            who = max(ms, key=lambda x: x.end)
            vstart = _skip_space(ctx, who.end)
            cend = _clause_end(ctx, vstart, sent)
            if len(re.findall(r"\w+", ctx.low[vstart:cend])) < 2 or not _action_follows(ctx, vstart, sent, cend):
                continue
            tok = _token_at(sent, vstart)
            if tok is not None and not tok.pos.startswith("V") and lex.trigger_re.match(ctx.low, vstart) is None:
                continue
            act = _actor_from_mention(ctx, who, who.start)
            act.rule, act.confidence = "assigned", 0.75
            em.emit(sent, "responsibility", ctx.norm[am.start() : am.end()].strip(), vstart, cend, act, "responsibility:giao/assigned", vstart)
        # 3. triggers
        for tm in lex.trigger_re.finditer(ctx.low, sent.start, sent.end):
            pos, tend = tm.start(), tm.end()
            if em.covered(pos) or ctx.inside_mention(pos, tend):
                continue
            trig = lex.triggers[tm.group()]
            if trig.phrase.startswith("được") and re.match(r"\s*cho(?!\w)", ctx.low[tend:]):
                continue  # `… được giao cho X phụ trách`: the passive trigger names the actor
            lo = _clause_lo(ctx, sent, pos)
            cend = _clause_end(ctx, tend, sent, joint=trig.kind in ("pledge", "plan"))
            actor, fillers, negated = _find_subject(ctx, pos, sent, lo)
            prev = next((c for c in reversed(em.out) if c.sentence == sent.index and c.end <= pos), None)
            if prev is not None and prev.actor is not None:
                cm = lex.coord_re.match(ctx.low, prev.end)
                if cm is not None and cm.end() == tend:
                    # shares the subject of the undertaking before the comma
                    actor = _Actor(actor=prev.actor, person=prev.person, rule="coordinated", confidence=0.7, start=pos)
            rule = f"{trig.kind}:{trig.phrase}"
            start = pos
            passive = False
            if actor is not None and trig.passive:
                # `<object> do X phụ trách`
                pre = ctx.low[lo : actor.start]
                pre = re.sub(r"(?:công ty|tập đoàn|ngân hàng|tổng công ty)\s*$", "", pre)
                pm = re.search(r"(?:^|\s)(?:do|bởi|giao cho|giao)\s*$", pre)
                if pm:
                    passive = True
                    obj_start = _np_start(ctx, lo, lo + pm.start())
                    start = obj_start  # the clause runs on: `do X làm chủ đầu tư, có tổng vốn …`
                    actor.rule = "passive"
                    actor.confidence = 0.85
            if actor is None:
                # next-sentence context: `Một trong những dự án … là việc xây dựng …`
                if lex.context_re.search(ctx.low[sent.start : pos]):
                    prev = last_actor.get(sent.index - 1) or last_actor.get(sent.index - 2)
                    if prev is not None:
                        actor = _Actor(actor=prev.actor, person=prev.person, rule="context", confidence=0.6)
            if actor is None or actor.actor is None:
                continue
            if negated:
                continue
            if trig.kind == "proposal" and lex.court_object.match(ctx.low[tend:cend]):
                continue  # `đề nghị mức án …`: a prosecutor's plea in court
            if lex.court_party_end.search(ctx.low[lo : _strip_fillers(ctx, lo, pos)[0]]):
                continue  # `nhiều bị cáo cam kết …`: defendants' promises in court
            if trig.kind == "pledge" and trig.strength == "strong":
                actor = _embedded_subject(ctx, sent, tend, cend, actor)
            if ctx.entity_type(actor.actor) == "LOC":
                actor.actor = ctx.committee_of(actor.actor) or ctx.short_forms.get(actor.actor) or actor.actor
            # actor type: weak triggers need an organisation or person
            atype = ctx.entity_type(actor.actor)
            if trig.strength == "weak" and atype == "LOC" and actor.rule not in ("anaphor",) and pos >= title_end:
                if not re.search(r"(?<!\w)(?:tỉnh|thành phố|tp\.?|bang|huyện|quận|xã|phường)\s*$", ctx.low[max(0, actor.start - 15) : actor.start]):
                    continue  # `tỉnh Gyeongsang Bắc sẽ …`: a province named as such acts; a bare place name does not  # a place is an actor in a headline (`Kon Tum sẽ mở rộng …`), not in the body
            before_sent = ctx.low[sent.start : pos]
            if lex.hope.search(before_sent) and not trig.phrase == "cam kết":
                em.blocked.append((pos, cend))
                continue
            if _requested(ctx, lo, actor.start if actor.rule in ("subject", "leader", "representative", "anaphor") else pos):
                em.blocked.append((pos, cend))
                continue
            if trig.strength == "weak" and lex.opinion.search(before_sent):
                continue
            fset = set(fillers)
            done = bool(fset & lex.done) and not (fset & lex.ongoing) and "đã và đang" not in " ".join(fillers)
            # `đã ký …` reports a signing, not an undertaking, unless the sentence also states what
            # will follow from it (`…, theo đó hai bên sẽ …`): the rule for done actions
            signed_ahead = trig.signed and bool(lex.signed_future.search(ctx.low[tend : sent.end]))
            if trig.done_blocks and not passive and ((done and not signed_ahead) or _past_dated(ctx, sent, pos, cend)):
                if trig.signed and actor.actor:  # not a commitment, but `hai bên sẽ …` next refers to its parties
                    ctx.agreements.append((sent.index, pos, actor.actor))
                continue
            if trig.kind == "responsibility" and lex.role_object.match(ctx.low[tend:cend]):
                continue  # `đảm nhận chức Tổng giám đốc`: an appointment
            kind = trig.kind
            tphrase = ctx.norm[pos:tend]
            obj_from = tend
            if trig.needs_action and not passive:
                if not _action_follows(ctx, tend, sent, cend, trig.goal):
                    continue
                # `sẽ đầu tư` / `dự kiến sẽ xây dựng`: the specific trigger names the kind
                k = tend
                m2 = re.match(r"\s*(?:sẽ|tiếp tục|sớm)\s+", ctx.low[k:cend])
                if m2:
                    k += m2.end()
                nxt = lex.trigger_re.match(ctx.low, _skip_space(ctx, k))
                if nxt is not None and lex.triggers[nxt.group()].kind not in ("plan",):
                    kind = lex.triggers[nxt.group()].kind
            if actor.person and actor.rule in ("leader", "speaker", "person-ref"):
                # a person with several roles: the organisation the content fits
                actor.actor = ctx.pick_role(actor.person, actor.actor, kind, pos, cend, actor.start if actor.rule == "leader" else None)
            em.emit(sent, kind, tphrase, start, cend, actor, rule + (f"/{actor.rule}"), obj_from if not passive else start)
            last_actor[sent.index] = actor
        # 4. list items without a trigger of their own
        if list_actor is not None:
            for a, b in list_items:
                if any(not (c.end <= a or c.start >= b) for c in em.out):
                    continue
                tok = _token_at(sent, a)
                if tok is None or not tok.pos.startswith("V") or lex.stative_start.match(ctx.low[a:b]):
                    continue
                act = _Actor(actor=list_actor.actor, person=list_actor.person, rule="list", confidence=0.65)
                em.emit(sent, "plan", ctx.norm[lm.start(1) : lm.end(1)], a, b, act, f"plan:{lm.group(1)}/list", a)
        if sent.index not in last_actor:
            # remember the sentence's leading ORG subject for the next sentence's context
            for m in ctx.mentions_in(sent.start, sent.end):
                if m.type == "ORG":
                    last_actor[sent.index] = _actor_from_mention(ctx, m, sent.start)
                    break
    if title_end > 0:
        # a headline that repeats a body commitment (same actor, same trigger) adds nothing: the body
        # states it in full (`Hòa Phát khởi công nhà máy …` in the title and in the lead)
        body = {(c.actor, fold(c.trigger)) for c in em.out if c.start >= title_end}
        em.out = [c for c in em.out if c.start >= title_end or (c.actor, fold(c.trigger)) not in body]
        # a headline's signing that the body reports (`Lâm Đồng ký hợp đồng …` over `LaViCo và Helvetia ký
        # hợp đồng khung …`): the body tells who signed and what follows, signed or done, extracted or not
        signed = {fold(t.phrase) for t in lex.triggers.values() if t.signed}
        body_signed = {fold(m.group()) for m in lex.trigger_re.finditer(ctx.low, title_end)} & signed
        em.out = [c for c in em.out if c.start >= title_end or fold(c.trigger) not in body_signed]
    em.out.sort(key=lambda c: (c.start, c.end))
    return em.out


def _requested(ctx: _Ctx, lo: int, hi: int) -> bool:
    """A request verb before the actor (`yêu cầu Sở X cần …`); not a committee named after one (`ban chỉ đạo`)."""
    for r in ctx.lex.request.finditer(ctx.low, lo, hi):
        if not re.search(r"(?<!\w)(?:ban|tổ|hội đồng|ủy ban|uỷ ban)\s+$", ctx.low[max(lo, r.start() - 12) : r.start()]):
            return True
    return False


def _embedded_subject(ctx: _Ctx, sent: Sentence, tend: int, cend: int, actor: _Actor) -> _Actor:
    """`Ông Vinh cam kết Tập đoàn Đèo Cả sẽ bổ sung …`, `cam kết FPT dành …`: the pledge names who will
    act; the speaker stays the person."""
    k = _skip_space(ctx, tend)
    adm = re.match(r"(?:tỉnh|thành phố|tp\.?)\s+", ctx.low[k:cend])
    k2 = k + (adm.end() if adm else 0)
    ms = [x for x in ctx.mentions if x.start in (k, k2) and x.type in ("ORG", "LOC") and x.end < cend]
    if not ms:
        # `Chính ủy hứa quân đoàn sẽ …`, `cam kết tập đoàn sẽ đào tạo …`: an organisation's head noun, then `sẽ`
        words = sorted({*ctx.lex.org_anaphors, *ctx.org_heads}, key=len, reverse=True)
        an = re.match(rf"({'|'.join(re.escape(w) for w in words)})\s+(?:cũng\s+)?sẽ\s+\w", ctx.low[k:cend])
        if an is None or ctx.entity_type(actor.actor) not in ("PER", None) and not actor.person:
            return actor
        eid, _ = ctx.resolve_anaphor(an.group(1), k, sent)
        if eid is None or eid == actor.actor:
            return actor
        person = actor.person or (actor.actor if ctx.entity_type(actor.actor) == "PER" else None)
        return _Actor(actor=eid, person=person, rule="embedded", confidence=0.7, start=actor.start)
    m = max(ms, key=lambda x: x.end)
    after = ctx.low[m.end : cend]
    verb = re.match(r"\s+(?:(?:cũng|sẽ|tiếp tục|sớm|luôn|đều)\s+)+\w", after) is not None
    if not verb:
        tok = _token_at(sent, _skip_space(ctx, m.end))
        verb = tok is not None and tok.pos.startswith("V") and re.match(r"\s+\w", after) is not None
    if not verb:
        return actor
    if m.entity == actor.actor:
        actor.rule = "embedded"  # named again: no other role of the speaker stands in
        return actor
    person = actor.person or (actor.actor if ctx.entity_type(actor.actor) == "PER" else None)
    return _Actor(actor=m.entity, person=person, rule="embedded", confidence=0.8, start=actor.start)


def _past_dated(ctx: _Ctx, sent: Sentence, pos: int, end: int) -> bool:
    """`Samsung đầu tư vào Việt Nam từ năm 2008`: a year before publication dates the action as past."""
    pub = ctx.doc.article.published
    if pub is None:
        return False
    for d in ctx.dates:
        if sent.start <= d.start and d.end <= end and d.value[:4].isdigit() and int(d.value[:4]) < pub.year:
            return True
    return False


def _skip_space(ctx: _Ctx, i: int) -> int:
    while i < len(ctx.low) and ctx.low[i] == " ":
        i += 1
    return i


def _clause_lo(ctx: _Ctx, sent: Sentence, pos: int) -> int:
    """Start of the clause holding pos: after the last `;` (or sentence start)."""
    k = ctx.low.rfind(";", sent.start, pos)
    return k + 1 if k >= 0 else sent.start


def _np_start(ctx: _Ctx, lo: int, i: int) -> int:
    """Start of the noun phrase ending at i (back to `,`, `:`, `;` or clause start), frames dropped."""
    k = max(ctx.low.rfind(",", lo, i), ctx.low.rfind(":", lo, i), ctx.low.rfind(";", lo, i))
    s = k + 1 if k >= 0 else lo
    seg = ctx.low[s:i]
    fr = ctx.lex.item_frame.match(seg)
    if fr:
        s += fr.end()
    while s < i and ctx.low[s] == " ":
        s += 1
    return s
