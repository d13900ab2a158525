"""People (with titles and roles), organisations and locations.

Rules over word units of `doc.norm` (capitalisation, lexicons of titles, ranks,
honorifics and organisation heads, gazetteers of places and well-known
organisations); underthesea's POS tags help decide the extent of sentence-case
organisation names, and its CRF NER tags are a weak fallback.

Passes, each claiming character spans that later passes leave alone:
 1. byline (last short line) -> author;
 2. title chains (`Ủy viên TW Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.HCM X`),
    honorific + name, appositive roles (`ông X, Giám đốc Y`);
 3. organisations: known names, head noun + name, Latin-script names, acronyms
    in parentheses (linked both ways);
 4. repeated and short references to people found earlier;
 5. locations: gazetteer and administrative prefixes (`huyện Củ Chi`);
 6. bare Vietnamese full names; underthesea CRF spans not yet explained.
Mentions are then grouped into article-local entities by linking keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from pydantic import BaseModel, Field

from c4ir_kb.extract.linking import _acronym, _is_latin_word, _vn_syllable, canonical_name, link_keys
from c4ir_kb.models import Document, Entity, Mention, Role
from c4ir_kb.nlp.normalize import fold, match_key
from c4ir_kb.extract.lexicons import UNIT, _ukey, find_known_org as lx_known, lexicons, place_key


class EntityResult(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    author: str | None = None


_OPEN_Q = "\"“«"
_CLOSE_Q = "\"”»"


class _U:
    __slots__ = ("text", "start", "end", "key", "low", "pos", "ner", "tok")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.key = match_key(text)
        self.low = text.lower()
        self.pos, self.ner, self.tok = "", "O", -1


def _cap(u: _U) -> bool:
    return u.text[:1].isupper()


_ROMAN = re.compile(r"(XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _roman(w: str) -> bool:
    """`quý II`, `khóa XV`, `Đại hội XIII`: a Roman numeral is never a name."""
    return len(w) > 1 and bool(_ROMAN.fullmatch(w))


class _Ctx:
    def __init__(self, doc: Document):
        self.doc = doc
        self.s = doc.norm
        self.lx = lexicons()
        self.units = [_U(m.group(), m.start(), m.end()) for m in UNIT.finditer(self.s)]
        self.by_start = {u.start: i for i, u in enumerate(self.units)}
        # underthesea tokens -> units
        ti = 0
        toks = [t for sent in doc.sentences for t in sent.tokens]
        self.toks = toks
        for i, u in enumerate(self.units):
            while ti < len(toks) and toks[ti].end <= u.start:
                ti += 1
            if ti < len(toks) and toks[ti].start <= u.start < toks[ti].end:
                ner = toks[ti].ner
                if ner.startswith("B-") and u.start > toks[ti].start:
                    ner = "I-" + ner[2:]
                u.pos, u.ner, u.tok = toks[ti].pos, ner, ti
        self.claimed = [False] * len(self.units)
        self.mentions: list[dict] = []
        self.persons: list[dict] = []  # {"name": str, "units": [keys], "mentions": [...]}
        self.roles: list[dict] = []
        self.links: list[tuple[int, int]] = []  # mention index pairs that are the same entity
        self.n = len(self.units)
        self.quoted = self._quoted_work_spans()
        self.conn = set(self.lx.wordlist("latin_connectors"))
        self.stop_lower = {k for k in self.lx.words("lower_stop")}
        self.non_acr = set(self.lx.wordlist("non_entity_acronyms"))
        self.generic = {match_key(x) for x in self.lx.wordlist("generic_orgs")}
        self.event_heads = self.lx.words("event_heads")
        self.suffixes = set(self.lx.wordlist("org_suffixes_latin"))
        self.envoy = {x.lower() for x in self.lx.wordlist("envoy_titles")}
        self.company_heads = self.lx.words("company_heads")
        self.middle = set(self.lx.wordlist("middle_names"))
        self.scope_prefixes = self.lx.words("org_scope_prefixes")
        self.local_prefixes = self.lx.words("local_org_prefixes")
        self.local_scopes = self.lx.words("local_org_scopes")
        self.abroad_heads = self.lx.words("abroad_heads")
        self.lead_words = self.lx.words("sentence_lead_words")
        self.staff = {match_key(x) for x in self.lx.wordlist("staff_bodies")}
        self.street = self.lx.words("street_prefixes")
        self.sports_cues = self.lx.words("sports_cues")
        self.team_before = self.lx.words("team_before")
        self.team_after = self.lx.words("team_after")
        self.not_entities = {match_key(x) for x in self.lx.wordlist("not_entities")}
        self.name_verbs = {match_key(x) for x in self.lx.wordlist("org_name_activity_words")}
        self.code_nouns = self.lx.words("nouns_before_codes")
        self.subunit_heads = set(self.lx.wordlist("subunit_heads"))
        self.party_committees = {match_key(x) for x in self.lx.wordlist("party_committees")}
        self.generic_nouns = self.lx.words("generic_org_nouns")
        self.numbered_heads = self.lx.words("numbered_unit_heads")
        self.board_words = self.lx.wordlist("company_boards")

    # --- helpers -----------------------------------------------------------
    def nounish(self, u: _U) -> bool:
        """A lower-case word that can end an organisation's name: a noun or adjective, or an
        activity word underthesea tags as a verb (Giao thông vận tải, Vắc xin và Sinh phẩm)."""
        if u.pos in ("N", "A"):
            return True
        return u.tok >= 0 and match_key(self.toks[u.tok].text) in self.name_verbs

    def gap(self, i: int) -> str:
        """Text between unit i and unit i+1."""
        if i + 1 >= self.n:
            return "\n"
        return self.s[self.units[i].end : self.units[i + 1].start]

    def tight(self, i: int) -> bool:
        g = self.gap(i)
        return g == " " or (g.isspace() and "\n" not in g and len(g) <= 2)

    def phrase(self, i: int, table, maxlen: int, case_first: bool = False):
        """Longest phrase from `table` (unit-key tuples) at unit i, words separated by spaces."""
        best = 0
        for n in range(1, maxlen + 1):
            if i + n > self.n or (n > 1 and not self.tight(i + n - 2)):
                break
            k = tuple(u.key for u in self.units[i : i + n])
            if k in table:
                best = n
        if best and case_first and not _cap(self.units[i]):
            return 0
        return best

    def place_at(self, i: int, allow_weak: bool = True):
        """Longest gazetteer place at unit i: (n, Place) or (0, None)."""
        lx = self.lx
        for n in range(min(lx.max_place, self.n - i), 0, -1):
            if any(not re.fullmatch(r"[ .\-–]{0,3}", self.gap(k)) for k in range(i, i + n - 1)):
                continue
            k = place_key(self.s[self.units[i].start : self.units[i + n - 1].end])
            p = lx.places.get(k)
            if p is None or (p.weak and not allow_weak):
                continue
            if lx.place_first_upper.get(k) and not _cap(self.units[i]):
                continue
            return n, p
        return 0, None

    def known_at(self, i: int):
        lx = self.lx
        for n in range(min(lx.max_known, self.n - i), 0, -1):
            if any(not re.fullmatch(r"[ \-–,]{0,3}", self.gap(k)) for k in range(i, i + n - 1)):
                continue
            k = tuple(u.key for u in self.units[i : i + n])
            o = lx.known_orgs.get(k)
            if o is not None and _cap(self.units[i]):
                # a one-word known name must be written as listed (Apple, Meta) to avoid common words
                if n == 1 and self.units[i].text not in [o.name, *o.aliases]:
                    continue
                return n, o
        return 0, None

    def doc_code(self, i: int) -> bool:
        """`Nghị định 175/2024/NĐ-CP`, `Nghị quyết 188/2025/QH15`: the issuer code of a document number."""
        a = self.units[i].start
        return a > 0 and self.s[a - 1] == "/"

    def code_after_noun(self, i: int) -> bool:
        """`máy đào hầm TBM`, `nhà ga T3`, `màn hình OLED`: a code or model name after a
        lower-case noun for a thing is no organisation."""
        w = self.units[i].text
        if len(w) > 6 or not (w.isupper() or any(c.isdigit() for c in w)):
            return False  # a brand (xe VinFast, mạng Viettel) is still an organisation
        for back in (1, 2, 3):
            if i - back < 0 or not all(self.tight(x) and self.units[x].text.islower() for x in range(i - back, i)):
                break
            for n in (1, 2):
                if back - n >= 0 and tuple(u.key for u in self.units[i - back : i - back + n]) in self.code_nouns:
                    return True
        return False

    def free(self, i: int, j: int) -> bool:
        return not any(self.claimed[i:j])

    def claim(self, i: int, j: int) -> None:
        for k in range(i, j):
            self.claimed[k] = True

    def in_quoted_work(self, i: int) -> bool:
        p = self.units[i].start
        return any(a <= p < b for a, b in self.quoted)

    def _quoted_work_spans(self) -> list[tuple[int, int]]:
        spans = []
        heads = self.lx.wordlist("quote_work_heads")
        for m in re.finditer(r"[\"“«]([^\"”»\n]{1,200})[\"”»]", self.s):
            before = self.s[max(0, m.start() - 25) : m.start()].lower().strip()
            if any(before.endswith(h) for h in heads):
                spans.append((m.start(), m.end()))
        return spans

    def add_mention(self, typ: str, i: int, j: int, rule: str, conf: float) -> int:
        a, b = self.units[i].start, self.units[j - 1].end
        self.claim(i, j)
        m = {"type": typ, "start": a, "end": b, "rule": rule, "conf": conf, "i": i, "j": j}
        if typ == "ORG" and j - i >= 2 and any(j - n > i and self.phrase(j - n, self.local_prefixes, n) == n for n in (1, 2)) and self.units[j - 1].text.islower():
            hp = self.home_place()
            if hp is not None:
                m["virt"] = self.doc.article.text[a:b] + " " + hp
                m["virt_place"] = hp
        self.mentions.append(m)
        return len(self.mentions) - 1

    def home_place(self) -> str | None:
        """The province or city an article is about: the one most often written after an
        administrative prefix (`tỉnh Ninh Bình`, `thành phố Đà Nẵng`), first seen on a tie."""
        if hasattr(self, "_home"):
            return self._home
        cnt: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        for i in range(self.n - 1):
            pk = self.phrase(i, self.local_prefixes, 2)
            if not pk or i + pk >= self.n or not self.tight(i + pk - 1):
                continue
            n, p = self.place_at(i + pk, allow_weak=False)
            if p is not None and p.type in ("province", "city") and _cap(self.units[i + pk]):
                name = p.canonical or p.name
                cnt[name] += 1
                first.setdefault(name, i)
        self._home = sorted(cnt, key=lambda x: (-cnt[x], first[x]))[0] if cnt else None
        return self._home

    # --- names -------------------------------------------------------------
    def is_vn_name_unit(self, u: _U) -> bool:
        return _cap(u) and u.text.isalpha() and not u.text.isupper() or (len(u.text) == 1 and u.text.isupper())

    def person_name(self, i: int, anchored: bool, surname_head: bool = False) -> int:
        """End unit of a person name starting at i (0 if none). Vietnamese: up to 4
        capitalised syllables; foreign: up to 5 capitalised Latin words. With surname_head
        (right after a title and its organisation), a surname that is also an organisation
        head (Đoàn, Đảng) still begins a name of 2+ syllables."""
        if i >= self.n or not _cap(self.units[i]) or not self.units[i].text[0].isalpha():
            return 0
        if self.units[i].text in self.non_acr or (self.units[i].text.isupper() and len(self.units[i].text) > 1):
            return 0
        head_skipped = False
        if self.phrase(i, self.lx.titles, self.lx.max_title) or self.phrase(i, self.lx.org_heads, self.lx.max_head, True):
            if not (surname_head and self.is_surname(i) and not self.phrase(i, self.lx.titles, self.lx.max_title)):
                return 0
            head_skipped = True
        n0, p = self.place_at(i, allow_weak=False)
        if p is not None and not anchored:
            return 0
        j = i
        while j < self.n and j - i < 5:
            u = self.units[j]
            if j > i and not self.tight(j - 1):
                break
            if _cap(u) and u.text[0].isalpha() and not (u.text.isupper() and len(u.text) > 1):
                if j > i and (self.phrase(j, self.lx.titles, self.lx.max_title) or self.phrase(j, self.lx.org_heads, self.lx.max_head, True)):
                    break
                j += 1
            elif j > i and u.low in ("de", "van", "von", "der", "bin", "al", "da", "di", "le", "la") and j + 1 < self.n and _cap(self.units[j + 1]) and _is_latin_word(u.text):
                j += 1
            else:
                break
        if j - i > 4 and not all(_is_latin_word(u.text) for u in self.units[i:j]):
            j = i + 4
        # a capitalised syllable that begins a common word (`Quản lý`, `Quốc tế`, `Quân khu`) is no name
        if i < j < self.n and self.units[j].tok >= 0 and self.units[j].tok == self.units[j - 1].tok and self.units[j].text.islower():
            tok = self.units[j].tok
            k = j
            while k > i and self.units[k - 1].tok == tok:
                k -= 1
            # only a single capitalised syllable begins a common word; `Tô Lâm tiếp` is a name
            # that underthesea glued to the verb after it
            if j - k == 1 or k > i:
                j = k
        if head_skipped and (j - i < 2 or not all(self.is_vn_name_unit(u) for u in self.units[i:j])):
            return 0
        return j if j > i else 0

    def is_surname(self, i: int) -> bool:
        return self.units[i].key in self.lx.surnames and _cap(self.units[i])

    # --- organisations -----------------------------------------------------
    def latin_org(self, i: int) -> int:
        """Latin-script organisation name at i (HDBank, CMC Technology and Solution, WEF)."""
        if self.place_at(i, allow_weak=False)[1] is not None:
            return 0
        if re.fullmatch(r"U-?\d{2}", self.units[i].text):
            return 0  # an age group (U23) is a team only with its country, found with the places
        if self.code_after_noun(i):
            return 0
        if not _acronym(self.units[i].text) and (self.units[i].key,) in self.stop_lower | self.lead_words:
            return 0  # `Theo WHO`, `Tại RMIT`: a sentence-initial function word is no part of a name
        j = i
        strong = False
        while j < self.n:
            u = self.units[j]
            if j > i and not self.tight(j - 1) and not (self.gap(j - 1).strip() == "&"):
                break
            if _cap(u) and _is_latin_word(u.text) or (j > i and u.text and u.text[0].isdigit() and _is_latin_word(u.text)):
                if u.text in self.non_acr or _roman(u.text):
                    if j == i:
                        return 0
                    break
                if self.place_at(j, allow_weak=False)[1] is not None and j > i:
                    break
                if _acronym(u.text) or u.text in self.suffixes and j > i:
                    strong = True
                j += 1
            elif j > i and u.text in self.conn and j + 1 < self.n and _cap(self.units[j + 1]) and _is_latin_word(self.units[j + 1].text):
                j += 1
            else:
                break
        if j == i or not strong:
            return 0
        if j - i == 2 and self.std_code(i):
            return 0  # `EN 13674`, `ISO 14001`, `TCVN 5574`: a standard's code, no organisation
        return j

    def std_code(self, i: int) -> bool:
        """An acronym followed by a number of 3+ digits that is no year: a standard or model code."""
        if not _acronym(self.units[i].text) or i + 1 >= self.n or not self.tight(i):
            return False
        w = self.units[i + 1].text
        return w.isdigit() and len(w) >= 3 and not re.fullmatch(r"(19|20)\d\d", w)

    def org_at(self, i: int) -> tuple[int, str, float]:
        """(end, rule, confidence) of an organisation starting at unit i, or (0, '', 0)."""
        if i >= self.n or not _cap(self.units[i]) or self.in_quoted_work(i) or self.doc_code(i):
            return 0, "", 0.0
        n_pl, pl = self.place_at(i, allow_weak=False)
        if pl is not None and pl.type in ("province", "city", "country") and i + n_pl < self.n and self.tight(i + n_pl - 1) and all(_is_latin_word(u.text) for u in self.units[i : i + n_pl]):
            # `HCMC C4IR`, `Vietnam FPT`: an English-style place before an acronym is part of the name
            k = i + n_pl
            nk = self.known_at(k)[0]
            e = k + nk if nk else (self.latin_org(k) if _acronym(self.units[k].text) else 0)
            if e > k and not (e < self.n and self.tight(e - 1) and self.place_at(e, allow_weak=False)[1] is not None):
                return e, "place+name", 0.85
        n_known, known = self.known_at(i)
        h = self.phrase(i, self.lx.org_heads, self.lx.max_head, case_first=True)
        if h == 1 and self.is_surname(i) and i + 2 < self.n and self.tight(i) and self.units[i + 1].text in self.middle and self.tight(i + 1) and self.is_vn_name_unit(self.units[i + 2]):
            h = 0  # Đoàn Văn Hậu, Hội Thị Lan: a surname that is also a head noun, then a middle name
        best = (0, "", 0.0)
        if n_known:
            j = i + n_known
            j = self.extend_place(j, allow_tai=known.place_scoped)
            best = (j, "gazetteer", 0.95)
        if h:
            kind = self.lx.org_heads[tuple(u.key for u in self.units[i : i + h])]
            j = self.org_name(i, h, kind)
            if j and j > best[0]:
                best = (j, "venue" if kind == "venue" else "org-head", 0.9)
        if True:
            j = self.latin_org(i)
            if n_known and j > best[0] and not any(_acronym(u.text) or u.text in self.suffixes for u in self.units[i + n_known : j]):
                j = 0
            if j > best[0]:
                if _acronym(self.units[i].text):
                    j = self.extend_place(j, allow_tai=False)
                best = (j, "latin-name", 0.8)
        if best[0]:
            for k in range(i + h + 1, best[0]):
                if h and all(u.text.islower() for u in self.units[i + h : k]) and match_key(self.s[self.units[i].start : self.units[k - 1].end]) in self.staff and _cap(self.units[k]):
                    return 0, "", 0.0  # Ban huấn luyện | Thể Công Viettel: a generic body before a name
            best = (self.extend_scope(i, best[0]), best[1], best[2])
        if best[0]:
            text = self.s[self.units[i].start : self.units[best[0] - 1].end]
            if best[1] != "gazetteer" and n_pl >= best[0] - i:
                return 0, "", 0.0  # Hội An, Đoàn Xá: a place whose first syllable is also a head noun
            if match_key(text) in self.generic:
                return 0, "", 0.0
            if self.is_event(i, best[0]):
                return 0, "", 0.0
        return best

    def is_event(self, i: int, j: int) -> bool:
        head = self.phrase(i, self.event_heads, 3)
        if not head:
            return False
        after = self.s[self.units[j - 1].end : self.units[j - 1].end + 20]
        text = self.s[self.units[i].start : self.units[j - 1].end]
        return bool(re.match(r"\s+(lần thứ|năm \d{4}|\d{4}\b)", after) or re.search(r"lần thứ|\b(19|20)\d{2}\b", text))

    def extend_scope(self, i: int, j: int) -> int:
        """`Mặt trận Tổ quốc Việt Nam | tỉnh Lâm Đồng`, `Đại sứ quán Việt Nam | tại Hàn Quốc`:
        a lower-case administrative prefix and a place, or `tại` and a country after an
        envoy's office, continue an organisation's name."""
        if j >= self.n or not self.tight(j - 1):
            return j
        u = self.units[j]
        pk = self.phrase(j, self.scope_prefixes, 2)
        if pk and u.text[:1].islower() and j + pk < self.n and self.tight(j + pk - 1):
            n, p = self.place_at(j + pk)
            if p is not None and p.type in ("province", "city", "district", "ward", "country") and all(_cap(x) for x in self.units[j + pk : j + pk + n]):
                return j + pk + n
        if u.low in ("tại", "ở") and j + 1 < self.n and self.tight(j) and self.phrase(i, self.abroad_heads, 4):
            n, p = self.place_at(j + 1, allow_weak=False)
            if p is not None and p.type in ("country", "city", "province"):
                return j + 1 + n
        return j

    def extend_place(self, j: int, allow_tai: bool) -> int:
        """C4IR TP.HCM / C4IR Malaysia: an acronym followed directly by a place."""
        if j < self.n and self.tight(j - 1):
            n, p = self.place_at(j, allow_weak=False)
            if p is not None and p.type in ("province", "country", "city"):
                return j + n
        return j

    def org_name(self, i: int, h: int, kind: str) -> int:
        """Extent of a name after an organisation head at i (h units)."""
        j = i + h
        lx = self.lx
        if kind == "local":
            k = j
            if k < self.n and self.tight(k - 1):
                n, p = self.place_at(k)
                if p is not None:
                    return k + n
            pk = self.phrase(k, self.local_prefixes, 2) if k < self.n and self.tight(k - 1) else 0
            if pk:
                k += pk
            elif k < self.n and self.tight(k - 1) and self.phrase(k, self.local_scopes, 3) and not _cap(self.units[k]):
                return k + self.phrase(k, self.local_scopes, 3)  # Viện kiểm sát nhân dân tối cao
            if k < self.n and self.tight(k - 1):
                n, p = self.place_at(k)
                if p is not None:
                    return k + n
                if k > j or _cap(self.units[k]):
                    e = k
                    while e < self.n and e - k < 4 and _cap(self.units[e]) and (e == k or self.tight(e - 1)) and not self.is_surname(e):
                        e += 1
                    if e > k:
                        return e
            if pk and (self.units[i].text.isupper() or "ủy" in self.units[i + h - 1].low or h >= 2) and self.home_place() is not None:
                return k  # `UBND tỉnh`, `HĐND thành phố`: the article's own province or city
            if self.units[i].text.isupper() or "ủy" in self.units[i + h - 1].low:
                return j
            return 0
        last_good = 0
        caps = 0
        lower_run = 0
        while j < self.n and (self.tight(j - 1) or (caps and last_good == j and self.name_join(j))):
            u = self.units[j]
            if u.text.isdigit() and len(u.text) <= 4 and (j == i + h or caps) and not re.match(r"[/.,:]\d|%|/", self.s[u.end : u.end + 2]):
                # Quân khu 9, Bệnh viện Quân y 175 (not `Tập đoàn 5 năm`, `Sở 3/2024`)
                nxt = self.units[j + 1] if j + 1 < self.n and self.tight(j) else None
                # a military unit's number always belongs to it (Quân đoàn 3 và ..., Bộ Tư lệnh Quân khu 5 và ...)
                unit_no = any(j - n >= i and self.phrase(j - n, self.numbered_heads, n) == n for n in (1, 2, 3))
                if unit_no and (nxt is None or not _cap(nxt)):
                    j += 1
                    caps += 1
                    last_good = j
                    break  # the number ends a unit's name (Quân đoàn 34 | long trọng tổ chức)
                if nxt is None or (j == i + h and (nxt.key,) not in self.stop_lower) or _cap(nxt):
                    j += 1
                    caps += 1
                    last_good = j
                    lower_run = 0
                    continue
            if u.low == "số" and caps and j + 1 < self.n and self.tight(j) and self.units[j + 1].text.isdigit() and len(self.units[j + 1].text) <= 3 and not re.match(r"[/.,]\d", self.s[self.units[j + 1].end : self.units[j + 1].end + 2]):
                j += 2  # Công ty ... Sinh phẩm số 1
                caps += 1
                last_good = j
                lower_run = 0
                continue
            n, p = self.place_at(j, allow_weak=False)
            if p is not None and _cap(u) and (caps or kind in ("company", "body", "gov", "event", "venue")):
                # a place ends the name (UBND TP.HCM, Khu Công nghệ cao TP.HCM, Trung tâm ... Hoa Kỳ)
                if caps == 0 and j == i + h and p.type in ("country",) and kind == "company":
                    pass
                j += n
                last_good = j
                caps += 1
                break
            if _cap(u) and u.text[0].isalnum():
                if self.phrase(j, lx.titles, lx.max_title) and caps:
                    break
                if j == i + h or caps:
                    pass
                j += 1
                caps += 1
                last_good = j
                lower_run = 0
                continue
            if caps and u.tok >= 0 and self.units[j - 1].tok == u.tok and last_good == j and not u.text[:1].isupper() and not _acronym(self.units[j - 1].text):
                # the rest of an underthesea word begun by a capital (Đáng Tin cậy)
                j += 1
                last_good = j
                continue
            if u.low in ("và", "and", "&", "of", "for") and caps and j + 1 < self.n and _cap(self.units[j + 1]) and not self.phrase(j + 1, lx.org_heads, lx.max_head, True) and not self.known_at(j + 1)[0] and not (_acronym(self.units[j - 1].text) and _acronym(self.units[j + 1].text)):
                j += 1
                continue
            if u.low == "về" and caps and j + 1 < self.n and self.tight(j) and _cap(self.units[j + 1]) and self.units[j + 1].text.isalpha() and not self.place_at(j + 1)[1] and not self.title_at(j + 1)[0] and (j + 2 >= self.n or not self.tight(j + 1) or not _cap(self.units[j + 2])):
                j += 2  # Viện Nghiên cứu cao cấp về Toán
                caps += 1
                last_good = j
                lower_run = 0
                continue
            if u.low == "lần" and j + 2 < self.n and self.units[j + 1].low == "thứ" and caps:
                j += 3
                last_good = j
                continue
            if (
                u.text.islower()
                and (caps or kind == "gov")
                and u.pos in ("N", "A", "Np", "Nc", "V")
                and ((u.key,) not in self.stop_lower or (lower_run and self.units[j - 1].tok == u.tok and u.tok >= 0))
                and lower_run < 6
            ):
                if u.pos == "V" and not caps and kind != "gov":
                    break
                if u.pos == "V" and caps:
                    # a verb after the name ends it unless it shares an underthesea word with the name
                    if not (self.units[j - 1].tok == u.tok and u.tok >= 0) and not self.nounish(u):
                        break
                j += 1
                lower_run += 1
                # same underthesea word as the previous unit: part of the name
                if self.units[j - 2].tok == u.tok and u.tok >= 0 and last_good == j - 1:
                    last_good = j
                    lower_run = 0
                continue
            break
        if kind in ("body", "gov") and j < self.n and self.tight(j - 1):
            e = self.lower_to_place(last_good if caps else i + h)
            if e:
                return e
        if kind in ("body", "gov") and caps and last_good + 2 < self.n and self.units[last_good].low == "và" and self.units[last_good + 1].low in ("các", "những") and self.tight(last_good - 1):
            # `Ban Quản lý Khu kinh tế Dung Quất | và các khu công nghiệp Quảng Ngãi`
            e = self.lower_to_place(last_good + 1)
            if e:
                return e
        if caps == 0:
            if kind in ("body", "gov"):
                return self.lower_to_number(i + h)
            return 0
        # a short lower-case tail after capitals (Diễn đàn Kinh tế thế giới) is part of the name
        if last_good < j and lower_run and lower_run <= 2:
            nxt = self.units[j] if j < self.n else None
            boundary = nxt is None or not self.tight(j - 1) or nxt.pos in ("V", "R", "C", "E", "CH", "P", "CC") or (nxt.key,) in self.stop_lower
            tail = self.units[last_good:j]
            glued = last_good > 0 and tail and tail[0].tok >= 0 and tail[0].tok == self.units[last_good - 1].tok and _acronym(self.units[last_good - 1].text)
            verb_chain = nxt is not None and nxt.pos == "V" and any(t.pos == "V" for t in tail)  # Bộ Quốc phòng | đầu tư nâng cấp
            if boundary and not glued and not verb_chain and all(self.nounish(t) and t.text.islower() for t in tail) and any(t.pos != "A" for t in tail) and len({t.tok for t in tail}) == 1:
                last_good = j
        if last_good < j and lower_run and lower_run <= 6:
            # Trung tâm Dự báo khí tượng thủy văn quốc gia, ...: a lower-case tail of nouns up
            # to a punctuation mark or the end of the sentence belongs to the name
            tail = self.units[last_good:j]
            end_punct = j >= self.n or re.match(r"\s*[,.;:)(]", self.gap(j - 1)) is not None
            glued = tail[0].tok >= 0 and tail[0].tok == self.units[last_good - 1].tok and _acronym(self.units[last_good - 1].text)
            if end_punct and not glued and all(self.nounish(t) and t.text.islower() and (t.key,) not in self.stop_lower for t in tail) and any(t.pos != "A" for t in tail) and len({t.tok for t in tail}) <= 3:
                last_good = j
        return last_good

    def plain_cap(self, k: int) -> bool:
        """A capitalised word that may go on a name: no head noun, title or place."""
        u = self.units[k]
        return (
            _cap(u)
            and u.text.isalpha()
            and not self.phrase(k, self.lx.org_heads, self.lx.max_head, True)
            and not self.title_at(k)[0]
            and self.place_at(k, allow_weak=False)[1] is None
        )

    def name_join(self, j: int) -> bool:
        """May an organisation's name go on across the gap before unit j?
        `Công đoàn Than - Khoáng sản Việt Nam`: a spaced dash between capitalised words;
        `Sở Văn hóa, Thể thao và Du lịch`: commas in a list of fields closed by `và` + capital."""
        g = self.gap(j - 1)
        prev = self.units[j - 1]
        if not prev.text.isalpha() or not self.plain_cap(j):
            return False
        if g in (" - ", " – "):
            return True
        if g != ", ":
            return False
        k = j
        while k < self.n and k - j < 8:
            if self.units[k].low == "và" and self.tight(k - 1):
                return k > j and k + 1 < self.n and self.tight(k) and self.plain_cap(k + 1)
            if not (self.plain_cap(k) or self.units[k].text.islower() and self.units[k].tok == self.units[k - 1].tok):
                return False
            if k > j and not (self.tight(k - 1) or self.gap(k - 1) == ", "):
                return False
            k += 1
        return False

    def lower_to_number(self, k: int) -> int:
        """`Ban Quản lý | dự án 85`: a short lower-case noun complement and a unit number."""
        start = k
        while k < self.n and k - start < 4 and self.tight(k - 1):
            u = self.units[k]
            if u.text.isdigit() and k > start:
                if len(u.text) > 4 or re.match(r"[/.,:%]\d|%|/", self.s[u.end : u.end + 2]):
                    return 0
                if k + 1 < self.n and self.tight(k) and self.units[k + 1].text.islower():
                    return 0  # `dự án 85 km`, `dự án 3 năm`: a quantity, not a unit number
                return k + 1
            if k > start and u.text.isupper() and len(u.text) >= 2 and u.text.isalpha():
                # `Ban Quản lý | dự án ODA (thành phố)`: a programme's acronym closes the name
                e = k + 1
                pk = self.phrase(e, self.local_prefixes, 2) if e < self.n and self.tight(e - 1) else 0
                if pk and self.units[e].text.islower() and (e + pk >= self.n or re.match(r"\s*[,.;:)]", self.gap(e + pk - 1))):
                    return e + pk
                if e >= self.n or not self.tight(e - 1) or not _cap(self.units[e]):
                    return e
                return 0
            if not u.text.islower() or u.pos not in ("N", "Nc") or (u.key,) in self.stop_lower:
                return 0
            k += 1
        return 0

    def lower_to_place(self, k: int) -> int:
        """`Ban Quản lý | các khu công nghiệp Đồng Nai`: a short lower-case complement
        (nouns, `các`) that ends in a province/city/country belongs to the name."""
        if k <= 0 or k >= self.n or not self.tight(k - 1):
            return 0
        start = k
        while k < self.n and k - start <= 5 and self.tight(k - 1):
            u = self.units[k]
            n, p = self.place_at(k, allow_weak=False)
            if p is not None and k > start and _cap(u) and p.type in ("province", "city", "country", "region"):
                return k + n
            if not u.text.islower() or u.pos in ("V", "E", "C", "CC", "R", "P", "M") or ((u.key,) in self.stop_lower and u.low not in ("các", "những")):
                return 0
            k += 1
        return 0

    # --- title chains ------------------------------------------------------
    def title_at(self, i: int) -> tuple[int, str | None, bool]:
        """(n units, shared head, is_rank) of a title or rank at i."""
        n = self.phrase(i, self.lx.titles, self.lx.max_title)
        r = self.phrase(i, self.lx.ranks, 4)
        if r > n:
            return r, None, True
        if n:
            return n, self.lx.titles[tuple(u.key for u in self.units[i : i + n])], False
        return 0, None, False

    def degree_at(self, i: int) -> int:
        n = self.phrase(i, self.lx.degrees, 4)
        if n and _cap(self.units[i]):
            j = i + n
            while j < self.n and self.gap(j - 1).strip() in (".", "") and self.phrase(j, self.lx.degrees, 4):
                j += self.phrase(j, self.lx.degrees, 4)
            return j - i
        return 0

    def foreign_org_run(self, k: int) -> int:
        """End of 1..4 capitalised Latin words at k, at least one of them no Vietnamese
        syllable (Nokia, Minato Logistics), that are no place; 0 if none."""
        e = k
        while e < self.n and e - k < 4 and _cap(self.units[e]) and _is_latin_word(self.units[e].text) and (e == k or self.tight(e - 1)):
            if self.units[e].text in self.non_acr or self.place_at(e, allow_weak=False)[1] is not None:
                break
            e += 1
        if e > k and any(not _vn_syllable(u.text) or _acronym(u.text) for u in self.units[k:e]):
            return e
        return 0

    def chain(self, i: int, appositive: bool = False) -> tuple[list[dict], int]:
        """Parse stacked titles from unit i: ([{title, t0, t1, org: (a,b,rule,conf)|None}], end)."""
        items: list[dict] = []
        j = i
        while j < self.n:
            d = self.degree_at(j)
            if d and not self.title_at(j)[0]:
                j += d
                continue
            n, shared, is_rank = self.title_at(j)
            if not n:
                break
            t0, t1 = j, j + n
            org = None
            if not is_rank and self.s[self.units[t0].start : self.units[t1 - 1].end].lower() in self.envoy and t1 < self.n and self.tight(t1 - 1):
                # Đại sứ Hà Lan tại Việt Nam: the countries belong to the title
                n1, p1 = self.place_at(t1, allow_weak=False)
                if p1 is not None and p1.type == "country":
                    t1 += n1
                    if t1 + 1 < self.n and self.units[t1].low in ("tại", "ở") and self.tight(t1 - 1) and self.tight(t1):
                        n2, p2 = self.place_at(t1 + 1, allow_weak=False)
                        if p2 is not None and p2.type in ("country", "province", "city"):
                            t1 += 1 + n2
            if shared and t1 - 1 >= t0:
                # the head noun is the title's last word: Trưởng Ban Quản lý X -> org Ban Quản lý X
                hs = t1 - 1
                while hs > t0 and self.units[hs].key != _ukey(shared)[0]:
                    hs -= 1
                e, rule, conf = self.org_at(hs)
                if e > t1:
                    org = (hs, e, rule, conf)
                    short = tuple(u.key for u in self.units[t0:hs])
                    # `Chủ tịch Hội đồng X` -> title `Chủ tịch`; `Trưởng Ban X` keeps `Trưởng Ban`
                    t1 = hs if short in self.lx.titles else hs + len(_ukey(shared))
            if org is None and not is_rank and t1 < self.n and self.tight(t1 - 1):
                e, rule, conf = self.org_at(t1)
                if e:
                    org = (t1, e, rule, conf)
            if org is None and not is_rank and t1 + 1 < self.n and self.tight(t1 - 1) and self.units[t1].low == "phụ" and self.units[t1 + 1].low == "trách":
                # Phó Chủ tịch phụ trách khu vực châu Á - Thái Bình Dương của Equinor: the portfolio is part of the title
                k = t1 + 2
                while k < self.n and k - t1 < 14 and (self.tight(k - 1) or self.gap(k - 1) in (" - ", " – ")) and self.units[k].low not in ("của", "tại"):
                    k += 1
                if k < self.n and k > t1 + 2 and self.units[k].low == "của" and self.tight(k - 1) and k + 1 < self.n:
                    e, rule, conf = self.org_at(k + 1)
                    if not e:
                        # a foreign company name: capitalised Latin words (Equinor, Rolls Royce)
                        e = k + 1
                        while e < self.n and e - k <= 4 and _cap(self.units[e]) and _is_latin_word(self.units[e].text) and (e == k + 1 or self.tight(e - 1)):
                            e += 1
                        e = e if e > k + 1 and self.place_at(k + 1, allow_weak=False)[1] is None else 0
                        rule, conf = "latin-name", 0.7
                    if e:
                        t1 = k
                        org = (k + 1, e, rule, conf)
            if org is None and not is_rank and t1 < self.n and self.tight(t1 - 1):
                # `Giám đốc dự án của Danieli`, `Giám đốc điều hành khu vực châu Á của Nordhavn
                # Terminals`: a lower-case portfolio (and places) up to `của` + organisation
                k = t1
                while k < self.n and k - t1 < 8 and self.tight(k - 1) and self.units[k].low != "của":
                    u2 = self.units[k]
                    n2 = self.place_at(k, allow_weak=False)[0]
                    if n2:
                        k += n2
                    elif u2.text.islower() and u2.pos in ("N", "Nc", "A", "V") and (u2.key,) not in self.stop_lower:
                        k += 1
                    else:
                        break
                if t1 <= k < self.n - 1 and self.units[k].low == "của" and self.tight(k - 1) and self.tight(k):
                    e, rule, conf = self.org_at(k + 1)
                    if not e:
                        e, rule, conf = self.foreign_org_run(k + 1), "latin-name", 0.7
                    if e:
                        t1 = k
                        org = (k + 1, e, rule, conf)
                    elif not self.units[k + 1].text[:1].isupper():
                        # `Giám đốc tài chính của tập đoàn,`: the company named before
                        hn = self.phrase(k + 1, self.company_heads, 3)
                        if hn and (k + 1 + hn >= self.n or not self.tight(k + hn)):
                            mi = self.earlier_company(k, tuple(u.key for u in self.units[k + 1 : k + 1 + hn]))
                            if mi is not None:
                                title_text = self.s[self.units[t0].start : self.units[k - 1].end]
                                items.append({"title": title_text, "t0": t0, "t1": k, "org": (self.mentions[mi]["i"], self.mentions[mi]["j"], "back-ref", 0.7), "rank": False, "mention": mi})
                                j = k + 1 + hn
                                break
            if org is not None and appositive and org[1] < self.n and self.tight(org[1] - 1):
                # `ông X, Phó Tổng giám đốc Toyota Tsusho,`: after a name, foreign words that go
                # on to a comma belong to the organisation, not to another person
                e = self.foreign_org_run(org[1])
                if e and (e >= self.n or not self.tight(e - 1)):
                    org = (org[0], e, "foreign-tail", 0.7)
            if org is None and not is_rank and appositive and t1 < self.n and self.tight(t1 - 1):
                # `ông X, Giám đốc Nokia tại Việt Nam,`: after a name, foreign words right after
                # the title name the organisation
                e = self.foreign_org_run(t1)
                if e and (e >= self.n or not self.tight(e - 1) or self.units[e].low in ("tại", "ở", "khu")):
                    org = (t1, e, "latin-name", 0.7)
            bare = None
            if org is None and not is_rank and t1 < self.n and self.tight(t1 - 1):
                # `Chính ủy Quân đoàn,`: a bare head noun names the article's unit of that kind
                hn = self.phrase(t1, self.lx.org_heads, self.lx.max_head)
                if hn and (t1 + hn >= self.n or re.match(r"\s*[,.;]", self.gap(t1 + hn - 1))):
                    bare = self.s[self.units[t1].start : self.units[t1 + hn - 1].end]
                    self.claim(t1, t1 + hn)
            if org is None and shared and shared in self.subunit_heads and t1 < self.n and self.tight(t1 - 1) and _cap(self.units[t1]):
                # Trưởng phòng Điều tra tội phạm lừa đảo (C02): the department's name belongs to the
                # title; the acronym after it names the organisation
                k = t1 + 1
                while k < self.n and k - t1 < 8 and self.tight(k - 1) and self.units[k].text.islower() and (self.units[k].key,) not in self.stop_lower:
                    k += 1
                if k < self.n and self.gap(k - 1).strip() == "(" and _acronym(self.units[k].text) and self.gap(k).strip().startswith(")"):
                    t1 = k
                    org = (k, k + 1, "acronym", 0.85)
            if org is not None and self.split_person_from_org(org) is not None and (org[1] >= self.n or not self.tight(org[1] - 1)):
                title_text = self.s[self.units[t0].start : self.units[t1 - 1].end]
                items.append({"title": title_text, "t0": t0, "t1": t1, "org": org, "rank": is_rank})
                j = org[1]
                break
            if org is not None and org[1] + 1 < self.n and self.units[org[1]].low == "của" and self.tight(org[1] - 1) and self.tight(org[1]):
                prev = next((x for x in reversed(items) if x["org"] is not None), None)
                otext = self.s[self.units[org[0]].start : self.units[org[1] - 1].end]
                if prev is not None and any(otext.startswith(hh + " ") for hh in self.subunit_heads) and self.phrase(org[1] + 1, self.company_heads | self.generic_nouns, 3):
                    # Giám đốc Trung tâm AI của tập đoàn: a unit of the organisation named before
                    t1 = org[1]
                    title_text = self.s[self.units[t0].start : self.units[t1 - 1].end]
                    items.append({"title": title_text, "t0": t0, "t1": t1, "org": prev["org"], "rank": is_rank, "shared_org": True})
                    j = org[1] + 1 + self.phrase(org[1] + 1, self.company_heads | self.generic_nouns, 3)
                    break
            title_text = self.s[self.units[t0].start : self.units[t1 - 1].end]
            items.append({"title": title_text, "t0": t0, "t1": t1, "org": org, "rank": is_rank, "bare_head": bare})
            j = org[1] if org else t1 + (len(_ukey(bare)) if bare else 0)
            # separators: , / kiêm / đồng thời là
            k = j
            g = self.gap(k - 1)
            sep_kiem = False
            if k < self.n and self.units[k].low == "kiêm" and self.tight(k - 1):
                k += 1
                sep_kiem = True
            elif k < self.n and self.units[k].low == "đồng" and k + 1 < self.n and self.units[k + 1].low == "thời":
                k += 2
                if k < self.n and self.units[k].low == "là":
                    k += 1
            elif g.strip() == "," and "\n" not in g:
                pass
            elif is_rank and self.tight(k - 1):
                pass
            else:
                break
            if k < self.n and self.title_at(k)[0]:
                if sep_kiem and org is None and items:
                    items[-1]["kiem"] = True
                j = k
                continue
            break
        # `Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN`: the bare party committee is the
        # later organisation's; it becomes part of the title
        for x, it in enumerate(items):
            o = it["org"]
            if o is None or match_key(self.s[self.units[o[0]].start : self.units[o[1] - 1].end]) not in self.party_committees:
                continue
            later = next((y for y in items[x + 1 :] if y["org"] is not None), None)
            if later is not None:
                it["t1"] = o[1]
                it["title"] = self.s[self.units[it["t0"]].start : self.units[o[1] - 1].end]
                it["org"] = later["org"]
                it["shared_org"] = True
                self.claim(o[0], o[1])
        # `Thành viên Hội đồng thành viên, Tổng giám đốc VNPT`: a seat on a company board
        # is held in the chain's later organisation
        for x, it in enumerate(items):
            if it["org"] is not None or it["rank"] or it.get("kiem") or not any(match_key(it["title"]).endswith(match_key(b)) for b in self.board_words):
                continue
            later = next((y for y in items[x + 1 :] if y["org"] is not None), None)
            if later is not None:
                it["org"] = later["org"]
                it["shared_org"] = True
        # merge `A kiêm B` when A has no organisation: one title (Nhà sáng lập kiêm Chủ tịch)
        merged: list[dict] = []
        for it in items:
            if merged and merged[-1].get("kiem") and merged[-1]["org"] is None and not merged[-1]["rank"]:
                prev = merged.pop()
                it = dict(it)
                it["title"] = self.s[self.units[prev["t0"]].start : self.units[it["t1"] - 1].end]
                it["t0"] = prev["t0"]
            merged.append(it)
        return merged, j

    def earlier_company(self, k: int, head: tuple) -> int | None:
        """The ORG mention for `của <head>` (của tập đoàn) at unit k: the latest organisation
        before k named with that head (`Tập đoàn X`, or `tập đoàn X` as a descriptor); None if none."""
        n = len(head)
        for a in range(k - n, -1, -1):
            if tuple(u.key for u in self.units[a : a + n]) != head:
                continue
            if _cap(self.units[a]):
                b, e = a, self.org_at(a)[0]
            else:
                b = a + n
                e = (self.org_at(b)[0] or self.foreign_org_run(b)) if b < k and self.tight(a + n - 1) else 0
            if not e or e > k:
                continue
            mi = next((x for x, m in enumerate(self.mentions) if m["type"] == "ORG" and m["i"] == b and m["j"] == e), None)
            if mi is None and self.free(b, e):
                r = self.org_at(b)
                mi = self.add_mention("ORG", b, e, r[1] if r[0] == e else "latin-name", r[2] if r[0] == e else 0.7)
            return mi
        return None

    def _complete_org(self, a: int, e: int) -> bool:
        """Does the organisation a..e end in something that closes a name (a place, an
        acronym, a well-known organisation, a local head)?"""
        last = self.units[e - 1]
        if _acronym(last.text) or self.lx.org_heads.get(tuple(u.key for u in self.units[a:e])) == "local":
            return True
        for k in range(a + 1, e):
            n, p = self.place_at(k, allow_weak=False)
            if p is not None and k + n == e:
                return True
            n2 = self.known_at(k)[0]
            if n2 and k + n2 == e:
                return True
        return False

    def split_person_from_org(self, org: tuple) -> tuple[tuple, int] | None:
        """`UBND TP.HCM Phan Văn Mãi` / `WEF Jeremy Jurgens`: a name at the end of an org span."""
        a, b, rule, conf = org
        h = self.phrase(a, self.lx.org_heads, self.lx.max_head, True)
        # Vietnamese: surname + 1..3 capitalised syllables at the end
        for ln in (4, 3, 2):
            s0 = b - ln
            if s0 <= a or (h and s0 <= a + h):
                # nothing but the head would be left: the name is the organisation's own
                # (Bệnh viện Bạch Mai, Trường Nguyễn Du, Bệnh viện Nguyễn Tri Phương)
                continue
            if self.is_surname(s0) and all(self.is_vn_name_unit(u) for u in self.units[s0:b]):
                if self.place_at(s0)[0] >= ln:
                    continue
                if ln == 2 and not self._complete_org(a, s0):
                    continue  # Tập đoàn Tân Hoàng Minh: a two-syllable tail is part of the name
                return (a, s0, rule, conf), s0
        # Latin: leading acronym/known name, then capitalised words
        if rule in ("latin-name", "gazetteer"):
            k = a
            while k < b and (_acronym(self.units[k].text) or self.known_at(k)[0]):
                k += max(1, self.known_at(k)[0])
            if a < k < b and all(_cap(u) and not _acronym(u.text) for u in self.units[k:b]) and self.place_at(k, allow_weak=False)[0] != b - k:
                return (a, k, rule, conf), k
        return None


def _byline(ctx: _Ctx) -> tuple[str | None, int]:
    """Author from a short last line; returns (author, start offset of the byline or len)."""
    s = ctx.s
    stripped = s.rstrip()
    ls = stripped.rfind("\n") + 1
    line = stripped[ls:].strip()
    if not line or "\n" not in stripped:
        return None, len(s)
    lead = len(stripped[ls:]) - len(stripped[ls:].lstrip())
    start = ls + lead
    text = line.strip("() ")
    m = re.match(r"^(Theo|Nguồn)[:\s]+(.+)$", text)
    if m and (len(m.group(2).split()) > 8 or "," in m.group(2) or re.search(r"[.!?]$|[.!?]\s", m.group(2))):
        m = None  # `Theo đại diện X, công ty sẽ ...`: a sentence, not a byline
    if m:
        return ctx.doc.article.text[start : start + len(line)].strip("() ")[len(m.group(1)) :].strip(": "), start
    text2 = re.sub(r"\s*\((tổng hợp|TH|theo [^)]*)\)\s*$", "", text, flags=re.I)
    words = text2.split()
    if 1 <= len(words) <= 5 and not re.search(r"[.!?:;,\"“”]$", text2) and all(w[:1].isupper() or w[:1] in "-–" for w in words):
        return ctx.doc.article.text[start : start + len(text2)], start
    return None, len(s)


def _find_chains(ctx: _Ctx, limit: int) -> None:
    lx = ctx.lx
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i]:
            i += 1
            continue
        u = ctx.units[i]
        if any(i - b >= 0 and ctx.tight(i - b) and ctx.phrase(i - b, lx.org_heads, lx.max_head, True) > b for b in (1, 2)):
            i += 1  # `Bộ Tư lệnh Quân khu 5`: a title inside an organisation's head noun
            continue
        # title chain
        if _cap(u) and ctx.title_at(i)[0] or (ctx.degree_at(i) and ctx.title_at(i + ctx.degree_at(i))[0]):
            items, j = ctx.chain(i)
            if items:
                name_end = 0
                k = j
                if k < ctx.n and ctx.tight(k - 1) and ctx.phrase(k, lx.honorifics, 2):
                    k += ctx.phrase(k, lx.honorifics, 2)
                country = None
                if k < ctx.n and ctx.tight(k - 1) and items[-1]["org"] is None:
                    # Tổng thống Mỹ Joe Biden: the country is a LOC, the name starts after it
                    nc, pc = ctx.place_at(k, allow_weak=False)
                    if pc is not None and pc.type == "country" and k + nc < ctx.n and ctx.tight(k + nc - 1):
                        e2 = ctx.person_name(k + nc, anchored=True)
                        if e2 - (k + nc) >= 2 or (e2 and _is_latin_word(ctx.units[k + nc].text)):
                            country = (k, k + nc)
                            k += nc
                if k < ctx.n and ctx.tight(k - 1) and items[-1]["org"] is None and not items[-1]["rank"]:
                    # `Tổng giám đốc Napas Lưu Thị Hạnh`: brand words, then a Vietnamese name
                    # beginning with a surname; the brand is the title's organisation
                    sp = _brand_then_name(ctx, k)
                    if sp is not None:
                        items[-1]["org"] = (k, sp, "latin-name", 0.7)
                        k = sp
                if k < ctx.n and ctx.tight(k - 1):
                    name_end = ctx.person_name(k, anchored=True, surname_head=items[-1]["org"] is not None)
                if name_end and country is not None:
                    ctx.add_mention("LOC", country[0], country[1], "title-country", 0.85)
                if not name_end and items[-1]["org"] is not None and k < ctx.n and ctx.gap(k - 1).strip() == "," and "\n" not in ctx.gap(k - 1):
                    # `Hiệu trưởng Trường X, PGS.TS Nguyễn Văn A, cho rằng`: the holder follows
                    # after a comma, behind a degree or an honorific, and closes with a comma
                    d = ctx.degree_at(k) or ctx.phrase(k, lx.honorifics, 2)
                    if d and k + d < ctx.n and ctx.tight(k + d - 1):
                        e2 = ctx.person_name(k + d, anchored=True)
                        if e2 and (e2 >= ctx.n or ctx.gap(e2 - 1).strip() == ",") and (e2 - k - d >= 2 or _is_latin_word(ctx.units[k + d].text)):
                            ctx.claim(k, k + d)
                            k += d
                            name_end = e2
                last_org = items[-1]["org"]
                if not name_end and last_org is not None and (last_org[1] >= ctx.n or not _cap(ctx.units[last_org[1]]) or not ctx.tight(last_org[1] - 1)):
                    sp = ctx.split_person_from_org(last_org)
                    if sp is not None:
                        items[-1]["org"] = sp[0]
                        k = sp[1]
                        name_end = last_org[1]
                if name_end and not _valid_name(ctx, k, name_end, anchored=True):
                    name_end = 0
                if name_end:
                    _emit_chain(ctx, items)
                    pid = _person(ctx, k, name_end, "title+name", 0.9)
                    for it in items:
                        _role(ctx, pid, it)
                    _appositive(ctx, pid, name_end)
                    i = name_end
                    continue
                # no name: still emit the organisations inside the chain
                _emit_chain(ctx, items)
                i = max(j, i + 1)
                continue
        # degree + name (PGS.TS Nguyễn Văn A, Luật sư Trần B), roles may follow after a comma
        d = ctx.degree_at(i)
        if d and i + d < ctx.n and ctx.tight(i + d - 1):
            k = i + d
            e = ctx.person_name(k, anchored=True)
            if e and _valid_name(ctx, k, e, anchored=True) and (e - k >= 2 or ctx.is_surname(k) or _is_latin_word(ctx.units[k].text)):
                pid = _person(ctx, k, e, "degree+name", 0.85)
                ctx.claim(i, k)
                _appositive(ctx, pid, e)
                i = e
                continue
        # honorific + name
        h = ctx.phrase(i, lx.honorifics, 2)
        if h and _cap(u) and i > 0 and ctx.tight(i - 1) and ctx.units[i - 1].text.isalpha() and tuple(x.key for x in ctx.units[i : i + h]) in lx.honorifics_lower:
            h = 0  # a capitalised `Ông`/`Bà` mid-sentence is part of a name (khu công nghiệp Ông Kèo, chợ Bà Chiểu)
        if h and i + h < ctx.n and ctx.tight(i + h - 1) and ctx.place_at(i)[0] <= h - 0 and not ctx.place_at(i)[1]:
            k = i + h
            e = ctx.person_name(k, anchored=True)
            if e and _valid_name(ctx, k, e, anchored=True, honorific=True):
                pid = _person(ctx, k, e, "honorific+name", 0.9 if e - k > 1 else 0.75)
                _appositive(ctx, pid, e)
                i = e
                continue
        i += 1


def _brand_then_name(ctx: _Ctx, k: int) -> int | None:
    """Start of a Vietnamese name (surname + 1..3 syllables) that closes a tight run of
    capitalised words at k whose words before it include a non-Vietnamese (brand) word:
    `Hồng Lam Land Phan Thị Thu Trang`, `Napas Lưu Thị Hạnh`; None if no such split."""
    e = k
    while e < ctx.n and e - k < 9 and _cap(ctx.units[e]) and ctx.units[e].text[0].isalnum() and (e == k or ctx.tight(e - 1)):
        e += 1
    for ln in (4, 3, 2):
        s0 = e - ln
        if s0 <= k or not ctx.is_surname(s0):
            continue
        if not all(ctx.is_vn_name_unit(u) and _vn_syllable(u.text) for u in ctx.units[s0:e]):
            continue
        if not any(not _vn_syllable(u.text) or _acronym(u.text) for u in ctx.units[k:s0]):
            continue
        if ctx.place_at(s0, allow_weak=False)[0] >= ln:
            continue
        return s0
    return None


def _valid_name(ctx: _Ctx, i: int, j: int, anchored: bool, honorific: bool = False) -> bool:
    us = ctx.units[i:j]
    txt = ctx.s[us[0].start : us[-1].end]
    if any(match_key(txt) == match_key(w) for w in ctx.lx.wordlist("not_person_words")):
        return False
    n, p = ctx.place_at(i, allow_weak=False)
    if p is not None and n == j - i and p.type in ("country", "province", "city", "region"):
        return False
    if all(_is_latin_word(u.text) for u in us):
        return True
    if ctx.is_surname(i) and j - i >= 2:
        return True
    if j - i == 1:
        return True  # short reference: Ông Hoan
    return anchored and j - i <= 4


def _emit_chain(ctx: _Ctx, items: list[dict]) -> None:
    for it in sorted(items, key=lambda x: bool(x.get("shared_org"))):
        if it.get("shared_org"):
            owner = next((o for o in items if o["org"] == it["org"] and o.get("mention") is not None), None)
            if owner is not None:
                it["mention"] = owner["mention"]
                continue
        if it["org"] is not None:
            a, b, rule, conf = it["org"]
            if ctx.free(a, b):
                it["mention"] = ctx.add_mention("ORG", a, b, rule, conf)
                _paren_acronym(ctx, it["mention"])
    # `Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đồng Nai`: the bare Tỉnh ủy is Đồng Nai's
    for x, it in enumerate(items):
        mi = it.get("mention")
        if mi is None or it["org"] is None:
            continue
        a, b = it["org"][0], it["org"][1]
        hk = tuple(u.key for u in ctx.units[a:b])
        if ctx.lx.org_heads.get(hk) != "local":
            continue
        for later in items[x + 1 :]:
            if later.get("mention") is None or later["org"] is None:
                continue
            la, lb = later["org"][0], later["org"][1]
            place = None
            for k in range(la, lb):
                n, p = ctx.place_at(k, allow_weak=False)
                if p is not None and k + n == lb:
                    place = ctx.doc.article.text[ctx.units[k].start : ctx.units[lb - 1].end]
                    break
            if place is None and ctx.mentions[later["mention"]].get("virt_place"):
                place = ctx.mentions[later["mention"]]["virt_place"]
            if place is not None:
                ctx.mentions[mi]["virt"] = ctx.doc.article.text[ctx.units[a].start : ctx.units[b - 1].end] + " " + place
                break


def _person(ctx: _Ctx, i: int, j: int, rule: str, conf: float) -> int:
    mi = ctx.add_mention("PER", i, j, rule, conf)
    return mi


def _role(ctx: _Ctx, pid: int, it: dict) -> None:
    a = ctx.units[it["t0"]].start
    b = ctx.units[it["org"][1] - 1].end if it["org"] and it["org"][0] >= it["t1"] else ctx.units[it["t1"] - 1].end
    ctx.roles.append({"person": pid, "title": it["title"], "org": it.get("mention"), "start": a, "end": b, "rank": it["rank"], "bare_head": it.get("bare_head")})


def _appositive(ctx: _Ctx, pid: int, e: int) -> None:
    """`ông X, Giám đốc Y` / `... X, Chủ tịch Hội đồng quản lý C4IR,`: roles after the name."""
    if e >= ctx.n or ctx.gap(e - 1).strip() != ",":
        return
    former = None
    if ctx.units[e].low in ("nguyên", "cựu") and e + 1 < ctx.n and ctx.tight(e) and ctx.title_at(e + 1)[0]:
        former = e  # `..., nguyên Giám đốc Sở X,`: a former post keeps its marker in the title
        e += 1
    if not ctx.title_at(e)[0]:
        return
    items, j = ctx.chain(e, appositive=True)
    if not items:
        return
    if former is not None:
        items[0]["title"] = ctx.s[ctx.units[former].start : ctx.units[items[0]["t1"] - 1].end]
        items[0]["t0"] = former
        e = former
    # a following name means a new person (`..., Chủ tịch UBND TP.HCM Phan Văn Mãi`)
    if j < ctx.n and ctx.tight(j - 1) and ctx.person_name(j, anchored=True):
        return
    last = items[-1]["org"]
    if last is not None and ctx.split_person_from_org(last) is not None and (last[1] >= ctx.n or not ctx.tight(last[1] - 1)):
        return
    _emit_chain(ctx, items)
    if len(items) == 1 and items[0]["org"] is None and not items[0]["rank"] and not items[0].get("bare_head"):
        # `Đại diện Tổng công ty X, ông Y, Phó Tổng giám đốc, ...`: the title is held in the
        # organisation the person speaks for
        k = ctx.mentions[pid]["i"]
        if k > 0 and ctx.units[k - 1].low in ("ông", "bà"):
            k -= 1
        if k > 0 and ctx.gap(k - 1).strip() == ",":
            for a in range(k - 1, max(1, k - 14), -1):
                if ctx.units[a - 1].low in ("diện", "mặt") and a >= 2 and ctx.units[a - 2].low in ("đại", "thay") and ctx.org_at(a)[0] == k:
                    known = next((mi for mi, m in enumerate(ctx.mentions) if m["type"] == "ORG" and m["i"] == a and m["j"] == k), None)
                    if known is None and ctx.free(a, k):
                        e2, rule, conf = ctx.org_at(a)
                        known = ctx.add_mention("ORG", a, k, rule, conf)
                    items[0]["mention"] = known
                    break
    for it in items:
        _role(ctx, pid, it)
    ctx.claim(e, j)


def _paren_acronym(ctx: _Ctx, mi: int) -> None:
    """`Diễn đàn Kinh tế thế giới (WEF)` / `WEF (Diễn đàn Kinh tế thế giới)`: link both ways."""
    m = ctx.mentions[mi]
    j = m["j"]
    s = ctx.s
    # `X tại TP.HCM (C4IR)`: the place belongs to X when an acronym in parentheses follows
    k = j
    if k + 1 < ctx.n and ctx.units[k].low in ("tại", "ở") and ctx.tight(k - 1):
        n, p = ctx.place_at(k + 1, allow_weak=False)
        if p is not None and re.match(r"\s*\(", s[ctx.units[k + n].end :]):
            nxt = k + 1 + n
            if nxt < ctx.n and ctx.free(j, nxt):
                after = s[ctx.units[nxt - 1].end : ctx.units[nxt - 1].end + 3]
                if after.strip().startswith("("):
                    m["j"] = j = nxt
                    m["end"] = ctx.units[nxt - 1].end
                    ctx.claim(m["i"], nxt)
    if j >= ctx.n:
        return
    g = ctx.gap(j - 1)
    if g.strip() != "(":
        return
    close = s.find(")", ctx.units[j].start)
    if close < 0 or close - ctx.units[j].start > 120:
        return
    k = j
    while k < ctx.n and ctx.units[k].end <= close:
        k += 1
    if k == j or not ctx.free(j, k):
        return
    inner = ctx.units[j:k]
    inner_text = s[inner[0].start : inner[-1].end]
    if m["type"] != "ORG":
        return
    # `Công ty ... số 1 (Vabiotech)`: one foreign brand word after a Vietnamese name
    brand = (
        len(inner) == 1
        and _cap(inner[0])
        and _is_latin_word(inner[0].text)
        and len(inner[0].text) >= 3
        and ctx.place_at(j, allow_weak=False)[1] is None
        and not all(_is_latin_word(u.text) for u in ctx.units[m["i"] : m["j"]])
    )
    if not brand and 2 <= len(inner) <= 4 and all(_cap(u) and u.text.isalpha() for u in inner) and m["j"] - m["i"] > len(inner):
        # `Công ty ... đô thị Hồng Lam (Hồng Lam Land)`: the company's own words plus a foreign brand word
        own = {u.key for u in ctx.units[m["i"] : m["j"]]}
        brand = (
            inner[0].key in own
            and any(not _vn_syllable(u.text) for u in inner)
            and ctx.place_at(j, allow_weak=False)[0] != len(inner)
            and not all(_is_latin_word(u.text) for u in ctx.units[m["i"] : m["j"]])
        )
    if brand or all(_is_latin_word(u.text) for u in inner) and any(_acronym(u.text) for u in inner) or ctx.org_at(j)[0] == k:
        if match_key(inner_text) in {match_key(x) for x in ctx.non_acr}:
            return
        rule = "acronym" if all(_is_latin_word(u.text) for u in inner) else "acronym-expansion"
        mj = ctx.add_mention("ORG", j, k, rule, 0.9)
        ctx.links.append((mi, mj))


def _find_orgs(ctx: _Ctx, limit: int) -> None:
    parks = ctx.lx.words("park_prefixes")
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i]:
            i += 1
            continue
        pk = ctx.phrase(i, parks, 3)
        if pk and i + pk < ctx.n and ctx.tight(i + pk - 1) and _cap(ctx.units[i + pk]):
            e = i + pk
            n_pl, p_pl = ctx.place_at(e, allow_weak=False)
            if p_pl is not None and not _cap(ctx.units[i]) and p_pl.type in ("province", "city", "country", "region") and (e + n_pl >= ctx.n or not ctx.tight(e + n_pl - 1) or not _cap(ctx.units[e + n_pl])):
                i = e  # `các khu công nghiệp Đồng Nai`: the parks of a province, not one park's name
                continue
            while e < ctx.n and e - i - pk < 4 and (_cap(ctx.units[e]) or ctx.units[e].text[0].isdigit()) and ctx.tight(e - 1):
                e += 1
            if ctx.free(i, e):
                ctx.add_mention("LOC", i, e, "park", 0.8)
                i = e
                continue
        if not _cap(ctx.units[i]):
            i += 1
            continue
        if i > 0 and ctx.place_at(i - 1, allow_weak=False)[0] >= 2:
            i += 1
            continue
        e, rule, conf = ctx.org_at(i)
        if e and rule == "latin-name" and re.fullmatch(r"[A-Z]2[A-Z]", ctx.units[i].text):
            i = e  # `P2P Lending`, `B2B`: a business model, not an organisation
            continue
        if e and ctx.free(i, e) and rule != "gazetteer" and _place_in_list(ctx, i, e):
            i += 1  # `các phường Thành Vinh, Trường Vinh, Vinh Hưng`: a ward named like a school
            continue
        if e and ctx.free(i, e):
            # do not swallow a person's name after an organisation (`UBND TP.HCM Phan Văn Mãi`)
            sp = ctx.split_person_from_org((i, e, rule, conf))
            if sp is not None and (e >= ctx.n or not ctx.tight(e - 1) or not _cap(ctx.units[e])) and rule != "gazetteer":
                e = sp[1]
            if rule == "venue":  # Trung tâm Hội nghị Quốc gia, Nhà hát Lớn: where things happen
                ctx.add_mention("LOC", i, e, rule, 0.8)
                i = e
                continue
            mi = ctx.add_mention("ORG", i, e, rule, conf)
            _paren_acronym(ctx, mi)
            i = ctx.mentions[mi]["j"]
            continue
        i += 1


def _place_in_list(ctx: _Ctx, i: int, e: int) -> bool:
    """Is units i..e exactly a gazetteer place, listed with commas among other places?"""
    if ctx.place_at(i)[0] != e - i:
        return False
    before = i > 0 and ctx.gap(i - 1).strip() == "," and any(ctx.place_at(b)[0] == i - b for b in range(max(0, i - 4), i))
    after = e < ctx.n and ctx.gap(e - 1).strip() == "," and ctx.place_at(e)[1] is not None
    return before and after


def _find_person_refs(ctx: _Ctx, limit: int) -> None:
    """Repeated full names and honorific short forms of people already found."""
    names = {}
    for mi, m in enumerate(ctx.mentions):
        if m["type"] == "PER" and m["j"] - m["i"] >= 2:
            names[tuple(u.key for u in ctx.units[m["i"] : m["j"]])] = mi
    if not names:
        return
    maxlen = max(len(k) for k in names)
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i] or not _cap(ctx.units[i]):
            i += 1
            continue
        for n in range(min(maxlen, ctx.n - i), 1, -1):
            k = tuple(u.key for u in ctx.units[i : i + n])
            if k in names and ctx.free(i, i + n) and all(ctx.tight(x) for x in range(i, i + n - 1)):
                if i + n < ctx.n and ctx.tight(i + n - 1) and _cap(ctx.units[i + n]):
                    continue
                ctx.add_mention("PER", i, i + n, "repeat", 0.85)
                i += n
                break
        else:
            i += 1


def _org_tuples(ctx: _Ctx, m: dict) -> list[tuple]:
    """Unit keys of an ORG mention, and of its name after a company head (Công ty | CMC ...)."""
    full = tuple(u.key for u in ctx.units[m["i"] : m["j"]])
    out = [full]
    for n in range(min(4, len(full) - 1), 0, -1):
        if full[:n] in ctx.company_heads:
            out.append(full[n:])
            break
    return out


def _find_short_orgs(ctx: _Ctx, limit: int) -> None:
    """`Ban Quản lý`, `Viện`, `Brainport` later in an article: the first words of one
    longer organisation named earlier (linked in `_group`)."""
    longs = [m for m in ctx.mentions if m["type"] == "ORG" and m["j"] - m["i"] >= 2]
    if not longs:
        return
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i] or not _cap(ctx.units[i]):
            i += 1
            continue
        done = False
        for n in range(min(4, ctx.n - i), 0, -1):
            if not ctx.free(i, i + n) or any(not ctx.tight(x) for x in range(i, i + n - 1)):
                continue
            if i + n < ctx.n and ctx.tight(i + n - 1) and _cap(ctx.units[i + n]):
                continue
            k = tuple(u.key for u in ctx.units[i : i + n])
            if i + n < ctx.n and ctx.units[i + n].tok >= 0 and ctx.units[i + n].tok == ctx.units[i + n - 1].tok:
                continue  # `Ban Quản lý dự | án`: a short form ends with a whole word
            if any(ctx.place_at(b)[0] > i - b for b in range(max(0, i - 3), i) if not ctx.claimed[b]):
                continue  # `Nam Trung Bộ`: the word ends a place name, not a short `Bộ`
            head = ctx.lx.org_heads.get(k)
            brand = any(_is_latin_word(u.text) and _cap(u) for u in ctx.units[i : i + n])
            if head in (None, "local") and not brand:
                continue
            owners = {_org_tuples(ctx, m)[0] for m in longs if any(len(t) > n and t[:n] == k for t in _org_tuples(ctx, m))}
            if len(owners) == 1:
                ctx.add_mention("ORG", i, i + n, "short-form", 0.6)
                i += n
                done = True
                break
        if not done:
            i += 1


def _sports_team(ctx: _Ctx, i: int, j: int) -> bool:
    """A country or city written as a team in a sports sentence (`trận gặp Indonesia`,
    `Hải Phòng thắng ...`, `đội tuyển Thái Lan`)."""
    sent = ctx.doc.sentence_at(ctx.units[i].start)
    if not any(ctx.phrase(k, ctx.sports_cues, 3) for k in range(ctx.n) if sent.start <= ctx.units[k].start < sent.end):
        return False
    for n in (1, 2, 3):
        if i - n >= 0 and all(ctx.tight(x) for x in range(i - n, i)) and tuple(u.key for u in ctx.units[i - n : i]) in ctx.team_before:
            return True
    if j < ctx.n and ctx.tight(j - 1) and ctx.phrase(j, ctx.team_after, 3):
        return True
    return bool(re.match(r"\s+\d+\s*[-–]\s*\d+\b", ctx.s[ctx.units[j - 1].end :]))


def _find_locations(ctx: _Ctx, limit: int) -> None:
    prefixes = sorted(ctx.lx.words("admin_prefixes") | ctx.street, key=len, reverse=True)
    keep = ctx.lx.words("place_prefix_keep")
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i]:
            i += 1
            continue
        n, p = ctx.place_at(i)
        if p is not None and ctx.free(i, i + n):
            before_cap = i > 0 and ctx.tight(i - 1) and _cap(ctx.units[i - 1]) and not ctx.claimed[i - 1]
            after_cap = i + n < ctx.n and ctx.tight(i + n - 1) and _cap(ctx.units[i + n]) and not ctx.claimed[i + n]
            single = n == 1 and len(ctx.units[i].text) <= 4
            weak = p.weak or single
            if p.type in ("district", "ward") and i > 0 and ctx.tight(i - 1) and ctx.is_surname(i - 1) and not ctx.claimed[i - 1]:
                i += 1  # Nguyễn Thanh Thủy: the given names of a person, not the district
                continue
            a = i
            while a > 0 and i - a < 3 and ctx.tight(a - 1) and _cap(ctx.units[a - 1]) and not ctx.claimed[a - 1] and ctx.units[a - 1].ner in ("B-LOC", "I-LOC"):
                a -= 1
            if a < i and ctx.units[a].ner == "B-LOC" and p.type in ("province", "city") and not p.weak and ctx.free(a, i + n) and not ctx.place_at(a)[1] and not _after_structure(ctx, a):
                ctx.add_mention("LOC", a, i + n, "landmark+place", 0.7)  # `Đại Nội Huế`: a landmark named with its city
                i += n
                continue
            if p.type not in ("country",) and _after_structure(ctx, i):
                ctx.claim(i, i + n)
                i += n
                continue
            if p.weak and not all(_cap(u) for u in ctx.units[i : i + n]):
                i += 1  # `Trung tâm` is not the ward `Trung Tâm`: a weak name must be written as a name
                continue
            if weak and (before_cap or after_cap):
                i += 1
                continue
            if p.weak and not _after_prefix(ctx, i, prefixes) and ctx.units[i].ner[2:] != "LOC":
                i += 1
                continue
            if p.type in ("country", "province", "city", "district") and _sports_team(ctx, i, i + n):
                e = i + n
                if e < ctx.n and ctx.tight(e - 1) and ctx.units[e].text in ("FC", "F.C"):
                    e += 1
                a = i - 1 if i > 0 and ctx.tight(i - 1) and re.fullmatch(r"U-?\d{2}", ctx.units[i - 1].text) and ctx.free(i - 1, i) else i
                ctx.add_mention("ORG", a, e, "sports-team", 0.75)
                i = e
                continue
            if i > 0 and ctx.tight(i - 1) and re.fullmatch(r"U-?\d{2}", ctx.units[i - 1].text) and ctx.free(i - 1, i) and p.type in ("country", "province", "city"):
                ctx.add_mention("ORG", i - 1, i + n, "sports-team", 0.75)  # U23 Việt Nam
                i += n
                continue
            if i + n < ctx.n and ctx.tight(i + n - 1) and ctx.units[i + n].text in ("FC", "F.C") and ctx.free(i + n, i + n + 1):
                ctx.add_mention("ORG", i, i + n + 1, "sports-team", 0.75)  # Hà Nội FC
                i += n + 1
                continue
            ctx.add_mention("LOC", i, i + n, "gazetteer", 0.7 if p.weak else 0.9)
            i += n
            continue
        # administrative prefix + capitalised name (huyện Củ Chi, xã Tân Phú Trung, Quận 1)
        pl = ctx.phrase(i, set(prefixes), 3)
        if pl and tuple(u.key for u in ctx.units[i : i + pl]) in ctx.street and i > 0 and ctx.units[i].tok >= 0 and ctx.units[i - 1].tok == ctx.units[i].tok:
            pl = 0  # `nhu cầu`, `phố` inside another word
        if pl and i + pl < ctx.n and ctx.tight(i + pl - 1) and (ctx.units[i].text[:1].islower() or tuple(u.key for u in ctx.units[i : i + pl]) in keep):
            k = i + pl
            e = k
            while e < ctx.n and e - k < 4 and (e == k or ctx.tight(e - 1)) and (_cap(ctx.units[e]) or (e == k and ctx.units[e].text.isdigit() and ctx.units[i].low in ("quận", "phường"))):
                e += 1
            n2, p2 = ctx.place_at(k)
            if p2 is not None and n2 > e - k:
                i = k  # the gazetteer knows a longer name (vùng Đồng bằng sông Cửu Long)
                continue
            if e > k and ctx.free(k, e) and tuple(u.key for u in ctx.units[i : i + pl]) in keep and _cap(ctx.units[i]) and ctx.free(i, k):
                ctx.add_mention("LOC", i, e, "admin-prefix", 0.8)  # TP Cần Thơ: the gold keeps `TP`
                i = e
                continue
            if e > k and ctx.free(k, e):
                ctx.add_mention("LOC", k, e, "admin-prefix", 0.8)
                i = e
                continue
        i += 1


def _after_structure(ctx: _Ctx, i: int) -> bool:
    """`điện Long An`, `lầu Minh Viễn`: a lower-case palace/temple noun right before unit i
    makes the name after it a building's."""
    return i > 0 and ctx.tight(i - 1) and ctx.units[i - 1].text.islower() and (ctx.units[i - 1].key,) in ctx.lx.words("structure_nouns")


def _after_prefix(ctx: _Ctx, i: int, prefixes) -> bool:
    for n in (1, 2):
        if i - n >= 0 and tuple(u.key for u in ctx.units[i - n : i]) in prefixes:
            return True
    return False


def _find_bare_people(ctx: _Ctx, limit: int) -> None:
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        if ctx.claimed[i] or not ctx.is_surname(i):
            i += 1
            continue
        if i > 0 and ctx.tight(i - 1) and _cap(ctx.units[i - 1]):
            i += 1
            continue
        e = i + 1
        while e < ctx.n and e - i < 4 and ctx.tight(e - 1) and ctx.is_vn_name_unit(ctx.units[e]) and not ctx.claimed[e]:
            e += 1
        ln = e - i
        crf = any(u.ner.endswith("PER") for u in ctx.units[i:e])
        nps = all(u.pos in ("Np", "") for u in ctx.units[i:e])
        if ln >= 3 or (ln == 2 and crf and nps):
            if e < ctx.n and ctx.tight(e - 1) and _cap(ctx.units[e]):
                i = e
                continue
            if ctx.place_at(i, allow_weak=False)[1] is None:
                ctx.add_mention("PER", i, e, "surname+Np", 0.75 if crf else 0.65)
                i = e
                continue
        i += 1


def _find_crf(ctx: _Ctx, limit: int) -> None:
    """underthesea CRF spans not explained by the rules: a weak signal."""
    org_names = set()
    org_prefixes = set()
    for m in ctx.mentions:
        if m["type"] == "ORG":
            for t in _org_tuples(ctx, m):
                org_names.add(match_key(" ".join(t)))
            keys = tuple(u.key for u in ctx.units[m["i"] : m["j"]])
            for n in range(1, len(keys)):
                org_prefixes.add(keys[:n])
    i = 0
    while i < ctx.n and ctx.units[i].start < limit:
        u = ctx.units[i]
        if not u.ner.startswith("B-") or ctx.claimed[i]:
            i += 1
            continue
        typ = u.ner[2:]
        j = i + 1
        while j < ctx.n and ctx.units[j].ner == "I-" + typ and ctx.tight(j - 1):
            j += 1
        # trim to capitalised Np units that are not claimed, not titles
        a = i
        if a > 0 and ctx.units[a - 1].low == "thứ":  # thứ Năm (Thursday)
            i += 1
            continue
        while a < j and (not _cap(ctx.units[a]) or ctx.claimed[a] or ctx.title_at(a)[0] or ctx.units[a].pos not in ("Np", "Ny")):
            a += ctx.title_at(a)[0] or 1
        b = a
        while b < j and _cap(ctx.units[b]) and not ctx.claimed[b] and ctx.units[b].pos in ("Np", "Ny", "N"):
            b += 1
        if b > a and typ in ("PER", "LOC", "ORG") and ctx.free(a, b):
            text = ctx.s[ctx.units[a].start : ctx.units[b - 1].end]
            doc_code = "/" in ctx.s[max(0, ctx.units[a].start - 1) : ctx.units[a].start] or "/" in ctx.s[ctx.units[b - 1].end : ctx.units[b - 1].end + 1]
            if doc_code or any(_roman(x.text) for x in ctx.units[a:b]) or (_acronym(ctx.units[a].text) and ctx.code_after_noun(a)) or ctx.std_code(b - 1):
                pass
            elif any(re.search(r"\w\.(vn|com|net|org|gov|edu|info|io)$", x.text, re.I) for x in ctx.units[a:b]):
                pass  # `Chinhphu.vn`: a website, never a person or a place
            elif typ == "LOC" and (_after_structure(ctx, a) or (b - a == 2 and re.fullmatch(r"[A-Z]\d?", ctx.units[b - 1].text) and not _vn_syllable(ctx.units[a].text))):
                pass  # `điện Thái Hòa`: a building; `Series B`: a label with a letter
            elif typ == "PER" and _after_structure(ctx, a):
                pass
            elif not any(ch.isdigit() for ch in text) and not any(x.text in ctx.non_acr for x in ctx.units[i:j]) and len(text) > 1:
                if typ == "PER" and not _valid_name(ctx, a, b, anchored=False):
                    pass
                else:
                    if typ == "PER" and _acronym(ctx.units[a].text):
                        typ = "ORG"
                    if typ != "ORG" and match_key(text) in org_names:
                        typ = "ORG"  # `Nokia`, `Danieli`: a name the article gave to an organisation
                    if typ == "PER" and not all(_vn_syllable(x.text) for x in ctx.units[a:b]) and tuple(x.key for x in ctx.units[a:b]) in org_prefixes:
                        typ = "ORG"  # `Helvetia` after `Helvetia Commodities SA`: the organisation's short form
                    ctx.add_mention(typ, a, b, "underthesea-crf", 0.5)
        i = max(j, i + 1)


def _group(ctx: _Ctx) -> tuple[list[Entity], list[int]]:
    """Union mentions into entities; returns entities and mention -> entity index."""
    ms = ctx.mentions
    parent = list(range(len(ms)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    surf = [ctx.doc.article.text[m["start"] : m["end"]] for m in ms]
    name_surf = [m.get("virt") or surf[i] for i, m in enumerate(ms)]
    keys = [link_keys(m["type"], name_surf[i]) for i, m in enumerate(ms)]
    # an ORG written as the first word(s) of one longer ORG of this article (CMC ... Công ty CMC
    # Technology and Solution) is that organisation; its short surface adds no linking keys,
    # so it cannot merge the long name with another organisation of that short name elsewhere
    org_ms = [i for i, m in enumerate(ms) if m["type"] == "ORG"]
    tuples = {i: _org_tuples(ctx, ms[i]) for i in org_ms}
    for i in org_ms:
        if ms[i].get("virt"):
            continue
        t = tuples[i][0]
        if len(t) > 4 or ctx.lx.org_heads.get(t) == "local":
            continue
        if any(t in tuples[f] for f in org_ms if f != i and tuples[f][0] != t):
            continue  # the short form is itself a full name here (Tập đoàn FPT ... FPT)
        owners: dict[tuple, int] = {}
        for f in org_ms:
            if f != i and any(len(x) > len(t) and x[: len(t)] == t for x in tuples[f]):
                owners.setdefault(tuples[f][0], f)
        if len(owners) > 1:
            # `Helvetia Commodities SA` and `Helvetia Commodities`: owners that are prefixes of the
            # longest one are one organisation written shorter
            top = max(owners, key=len)
            ft = owners[top]
            if all(any(x[: len(o)] == o for x in tuples[ft]) for o in owners):
                owners = {top: ft}
        if len(owners) != 1:
            continue
        f = next(iter(owners.values()))
        ki, kf = lx_known(surf[i]), lx_known(surf[f])
        if ki is not None and kf is not None and ki is not kf:
            continue  # two different well-known organisations (Viettel, Viettel Post)
        keys[i] = []
        ctx.links.append((i, f))
    by_key: dict[tuple, int] = {}
    for i, m in enumerate(ms):
        for k in keys[i]:
            t = (m["type"], k)
            if t in by_key:
                union(by_key[t], i)
            else:
                by_key[t] = i
    # `Quân đoàn 3 - Binh đoàn Tây Nguyên`: a numbered unit and, after a spaced dash, its
    # honorary name are one unit
    for i in org_ms:
        mi = ms[i]
        if not ctx.units[mi["j"] - 1].text.isdigit() or not any(ctx.phrase(mi["i"], ctx.numbered_heads, n) == n for n in (1, 2, 3)):
            continue
        for f in org_ms:
            if ms[f]["i"] == mi["j"] and ctx.gap(mi["j"] - 1) in (" - ", " – ") and ctx.phrase(ms[f]["i"], ctx.numbered_heads, 3) and not ctx.units[ms[f]["j"] - 1].text.isdigit():
                ctx.links.append((i, f))
    for a, b in ctx.links:
        union(a, b)
    # people: short references (given name, or surname + given) to a full name seen earlier
    full = [i for i, m in enumerate(ms) if m["type"] == "PER" and m["j"] - m["i"] >= 2]
    for i, m in enumerate(ms):
        if m["type"] != "PER":
            continue
        ks = [u.key for u in ctx.units[m["i"] : m["j"]]]
        for f in full:
            if f == i:
                continue
            fk = [u.key for u in ctx.units[ms[f]["i"] : ms[f]["j"]]]
            if len(ks) < len(fk) and fk[-len(ks) :] == ks:
                union(i, f)
                break
            if len(ks) == 1 and len(fk) >= 2 and fk[0] == ks[0] and any(not _vn_syllable(u.text) for u in ctx.units[ms[f]["i"] : ms[f]["j"]]):
                union(i, f)  # `Đại tá Somphone` after `Somphone Keomany`: a foreign given name first
                break
    # organisations: a bare acronym / generic local head / first word of a longer Latin name
    orgs = [i for i, m in enumerate(ms) if m["type"] == "ORG"]
    for i in orgs:
        s = surf[i].strip()
        ws = s.split()
        cands = []
        for f in orgs:
            if f == i:
                continue
            fs = surf[f].split()
            if len(fs) <= len(ws) or len(ws) > 2:
                continue
            local_head = _ukey(s) in ctx.lx.org_heads and ctx.lx.org_heads[_ukey(s)] == "local"
            if local_head and fs[: len(ws)] == ws:
                cands.append(find(f))
            elif len(ws) == 1 and _acronym(ws[0]) and (fs[0] == ws[0] or fs[-1] == ws[0]) and len(fs) <= 5 and all(w[:1].isupper() or w in ctx.conn for w in fs):
                cands.append(find(f))
        cands = sorted(set(cands))
        if find(i) in cands:
            continue
        if len(cands) == 1:
            union(i, cands[0])
        elif len(cands) > 1:
            # choose the variant mentioned most often (C4IR TP.HCM over C4IR Malaysia)
            cnt = defaultdict(int)
            for f in orgs:
                if find(f) in cands:
                    cnt[find(f)] += 1
            best = sorted(cands, key=lambda c: -cnt[c])
            if cnt[best[0]] > cnt[best[1]]:
                union(i, best[0])
    # `Sở VH-TT&DL` = `Sở Văn hóa, Thể thao và Du lịch Khánh Hòa`: a head and an abbreviation
    # whose letters are the initials of the longer name's syllables (và skipped)
    for i in orgs:
        us = ctx.units[ms[i]["i"] : ms[i]["j"]]
        h = ctx.phrase(ms[i]["i"], ctx.lx.org_heads, ctx.lx.max_head)
        if not h or len(us) != h + 1 or not re.search(r"[-&]", us[h].text) or not _acronym(us[h].text):
            continue
        letters = re.sub(r"[^a-z0-9]", "", fold(us[h].text))
        cands = set()
        for f in orgs:
            fu = ctx.units[ms[f]["i"] : ms[f]["j"]]
            if f == i or len(fu) <= h + 1 or [u.key for u in fu[:h]] != [u.key for u in us[:h]]:
                continue
            syl = [u for u in fu[h:] if u.low not in ("và", "and")]
            if len(syl) >= len(letters) and "".join(fold(u.text)[:1] for u in syl[: len(letters)]) == letters:
                cands.add(find(f))
        if len(cands) == 1:
            union(i, cands.pop())
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        groups[find(i)].append(i)
    entities: list[Entity] = []
    m2e = [0] * len(ms)
    counters: dict[str, int] = defaultdict(int)
    for root in sorted(groups):
        idx = groups[root]
        typ = ms[root]["type"]
        counters[typ] += 1
        eid = f"{typ}:{counters[typ]}"
        ss = [name_surf[i] for i in idx if keys[i] or len(idx) == 1]
        ek: list[str] = []
        for i in idx:
            for k in keys[i]:
                if k not in ek:
                    ek.append(k)
        name = canonical_name(typ, ss)
        for k in link_keys(typ, name):
            if k not in ek:
                ek.append(k)
        uniq = []
        for x in [surf[i] for i in idx] + [ms[i]["virt"] for i in idx if ms[i].get("virt")]:
            if x not in uniq:
                uniq.append(x)
        entities.append(Entity(id=eid, type=typ, name=name, surfaces=uniq, keys=ek))
        for i in idx:
            m2e[i] = len(entities) - 1
    return entities, m2e


def extract_entities(doc: Document) -> EntityResult:
    ctx = _Ctx(doc)
    author, limit = _byline(ctx)
    _find_chains(ctx, limit)
    _find_orgs(ctx, limit)
    _find_person_refs(ctx, limit)
    _find_short_orgs(ctx, limit)
    _find_locations(ctx, limit)
    _find_bare_people(ctx, limit)
    _find_person_refs(ctx, limit)
    _find_crf(ctx, limit)
    # events, competitions, holidays, climate phenomena, school subjects: never entities
    ctx.mentions = [m for m in ctx.mentions if match_key(ctx.s[m["start"] : m["end"]]) not in ctx.not_entities]
    entities, m2e = _group(ctx)
    mentions = []
    for i, m in enumerate(ctx.mentions):
        e = entities[m2e[i]]
        mentions.append(
            Mention(
                entity=e.id,
                type=m["type"],
                text=doc.article.text[m["start"] : m["end"]],
                start=m["start"],
                end=m["end"],
                sentence=doc.sentence_at(m["start"]).index,
                rule=m["rule"],
                confidence=m["conf"],
            )
        )
    mentions.sort(key=lambda x: x.start)
    roles = []
    seen = set()
    with_org = {(entities[m2e[r["person"]]].id, match_key(r["title"])) for r in ctx.roles if r["org"] is not None}
    titles_of: dict[str, list[str]] = defaultdict(list)
    for r in ctx.roles:
        titles_of[entities[m2e[r["person"]]].id].append(r["title"])
    implied = ctx.lx.misc.get("title_implied_heads", {})
    for r in ctx.roles:
        pid = entities[m2e[r["person"]]].id
        if r["org"] is None and (pid, match_key(r["title"])) in with_org:
            continue
        if r["org"] is None and not r["rank"] and any(t != r["title"] and t.lower().startswith(r["title"].lower() + " ") for t in titles_of[pid]):
            continue  # `Chủ tịch Trần Quang Dũng` after `Chủ tịch Hội đồng thành viên PVN Trần Quang Dũng`
        org = entities[m2e[r["org"]]].id if r["org"] is not None else None
        if org is None and (r["title"] in implied or r.get("bare_head")):
            # `Viện trưởng Phan Công Hùng`: the one institute this article named before;
            # `Chính ủy Quân đoàn`: the unit of that kind the article names most
            heads = implied.get(r["title"]) or [r["bare_head"]]
            cnt: dict[str, int] = defaultdict(int)
            for k, m in enumerate(ctx.mentions):
                if m["type"] == "ORG" and m["start"] < r["start"] and any(x.lower().startswith(h.lower() + " ") for h in heads for x in entities[m2e[k]].surfaces):
                    cnt[entities[m2e[k]].id] += 1
            if len(cnt) == 1 or (r.get("bare_head") and cnt):
                org = max(cnt, key=lambda x: cnt[x])
        key = (pid, match_key(r["title"]), org)
        if key in seen:
            continue
        seen.add(key)
        roles.append(
            Role(
                person=pid,
                title=doc.article.text[r["start"] : r["start"] + len(r["title"])],
                org=org,
                sentence=doc.sentence_at(r["start"]).index,
                start=r["start"],
                end=r["end"],
                rule="rank" if r["rank"] else "title-lexicon",
            )
        )
    return EntityResult(entities=entities, mentions=mentions, roles=roles, author=author)
