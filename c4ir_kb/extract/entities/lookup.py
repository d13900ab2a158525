"""Look-ups at one unit of the document view: a gazetteer place, a well-known
organisation, a title or rank, a degree, a surname, a document or standard code.

Read-only: nothing here claims a span or records a finding.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView, Unit
from c4ir_kb.extract.lexicons import PREFIXES, place_key
from c4ir_kb.extract.wordshape import acronym
from c4ir_kb.nlp.normalize import fold, match_key


def nounish(v: DocView, u: Unit) -> bool:
    """A lower-case word that can end an organisation's name: a noun or adjective, or an
    activity word underthesea tags as a verb (Giao thông vận tải, Vắc xin và Sinh phẩm), whole or
    cut into two words by the tagger (`cứu | nạn`)."""
    R = rules()
    if action_word(v, u):
        return False  # Sở Tài chính | chủ trì
    if u.pos in ("N", "A"):
        return True
    if u.tok < 0:
        return False
    if match_key(v.toks[u.tok].text) in R.name_verbs:
        return True
    # `Tìm kiếm cứu | nạn`: an activity word the tagger cut into two words, read whole
    t = u.tok
    return any(
        0 <= a and b < len(v.toks) and v.doc.norm[v.toks[a].end : v.toks[b].start] == " " and match_key(v.toks[a].text + v.toks[b].text) in R.name_verbs
        for a, b in ((t - 1, t), (t, t + 1))
    )


_PLACE_GAP = re.compile(r"[ .\-–]{0,3}")
_KNOWN_GAP = re.compile(r"[ \-–,]{0,3}")


def place_at(v: DocView, i: int, allow_weak: bool = True):
    """Longest gazetteer place at unit i: (n, Place) or (0, None).

    Places are keyed by the concatenated match key of their units, so the walk extends
    the span a unit at a time while its key is a prefix of some place's key
    (`lx.place_prefixes`): usually one probe, at the first unit. A one-unit place that only
    begins a word (place_initial_words: `Anh hùng`, `Pháp luật`) is none."""
    lx = rules().lx
    best: tuple = (0, None)
    start = v.units[i].start
    for n in range(1, min(lx.max_place, v.n - i) + 1):
        if n > 1 and not _PLACE_GAP.fullmatch(v.gap(i + n - 2)):
            break
        k = place_key(v.s[start : v.units[i + n - 1].end])
        if not k:
            continue
        if k[0] not in lx.place_prefixes:
            break
        p = lx.places.get(k)
        if p is None or (p.weak and not allow_weak):
            continue
        if lx.place_first_upper.get(k) and not cap(v.units[i]):
            continue
        best = (n, p)
    if best[0] == 1 and v.phrase(i, lx.words("place_initial_words"), 2) == 2:
        return 0, None  # `Anh hùng`, `Pháp luật`: a word that only begins with a place's name
    return best


def action_word(v: DocView, u: Unit) -> bool:
    """Is unit u part of a word for what a body is told to do (agency_action_words: `chủ
    trì`, `phối hợp`)? Such a word never ends an organisation's name."""
    return u.tok >= 0 and match_key(v.toks[u.tok].text) in rules().action_words


def known_at(v: DocView, i: int):
    """Longest well-known organisation at unit i: (n, KnownOrg) or (0, None), a probe per unit."""
    lx = rules().lx
    if not cap(v.units[i]):
        return 0, None
    pre = PREFIXES.get(lx.known_orgs)
    best: tuple = (0, None)
    k: tuple = ()
    for n in range(1, min(lx.max_known, v.n - i) + 1):
        if n > 1 and not _KNOWN_GAP.fullmatch(v.gap(i + n - 2)):
            break
        k = (*k, v.units[i + n - 1].key)
        if pre is not None and k not in pre:
            break
        o = lx.known_orgs.get(k)
        # a one-word known name must be written as listed (Apple, Meta) to avoid common words
        if o is not None and (n > 1 or v.units[i].text in [o.name, *o.aliases]):
            best = (n, o)
    return best


def no_org_code(text: str) -> bool:
    """A code no organisation is named by: a chemical formula (`CO2`, `NOx`: two element
    symbols at least, with a count or an x) or an acronym glued to a two-digit edition or
    index number (`COP26`)."""
    R = rules()
    if R.patterns["edition-code"].fullmatch(text):
        return True
    return bool(R.patterns["chemical-formula"].fullmatch(text)) and sum(c.isupper() for c in text) >= 2 and (text[-1] == "x" or any(c.isdigit() for c in text))


_CODE_PART_BEFORE = re.compile(r"\d/[A-ZĐ][A-ZĐ0-9&.\-]*[-–] ?$")  # (doc_code: `12/UBND- | KT`)


def doc_code(v: DocView, i: int) -> bool:
    """`Nghị định 175/2024/NĐ-CP`, `Nghị quyết 188/2025/QH15`: the issuer code of a document number
    (also its last part after a dash and a stray space: `Văn bản 12/UBND- KT`)."""
    a = v.units[i].start
    return a > 0 and (v.s[a - 1] == "/" or _CODE_PART_BEFORE.search(v.s, max(0, a - 24), a) is not None)


def sentence_start(v: DocView, i: int) -> bool:
    """Does unit i open a sentence or a line (its capital says nothing)?"""
    k = v.units[i].start
    while k > 0 and v.s[k - 1] == " ":
        k -= 1  # (no copy of the text before it)
    return k == 0 or v.s[k - 1] in ".!?:\n"


def code_after_noun(v: DocView, i: int) -> bool:
    """`máy đào hầm TBM`, `nhà ga T3`, `màn hình OLED`: a code or model name after a
    lower-case noun for a thing is no organisation."""
    R = rules()
    w = v.units[i].text
    if len(w) > (10 if any(c.isdigit() for c in w) else 6) or not (w.isupper() or any(c.isdigit() for c in w)):
        return False  # a brand (xe VinFast, mạng Viettel) is still an organisation
    if i > 0 and v.tight(i - 1) and any(c.isdigit() for c in v.units[i - 1].text) and code_after_noun(v, i - 1):
        return True  # `tàu bay A321neo | ACF`: a code goes on after a model's code
    if i >= 2 and v.gap(i - 1) == ", " and any(c.isdigit() for c in w) and any(c.isdigit() for c in v.units[i - 1].text) and code_after_noun(v, i - 1):
        return True  # `khu đất C1, C2`: a list of codes after one noun
    for back in (1, 2, 3):
        if i - back < 0 or not all(v.tight(x) and (v.units[x].text.islower() or x == i - back and sentence_start(v, x)) for x in range(i - back, i)):
            break
        for n in (1, 2):
            if back - n >= 0 and tuple(u.key for u in v.units[i - back : i - back + n]) in R.code_nouns:
                return True
    return False


def home_place(v: DocView) -> str | None:
    """The province or city an article is about: the one most often written after an
    administrative prefix (`tỉnh Ninh Bình`, `thành phố Đà Nẵng`, `TP.Đà Nẵng`), first seen on
    a tie, never one marked former (`tỉnh Bình Định (cũ)`). When none is written, weaker
    evidence names bodies of the place's own level only (`home_outlet`): its party committee
    written with it (`Thành ủy Đà Nẵng`), else the province a provincial outlet is named
    after, else a province or city opening the headline as its subject (`Vĩnh Long khởi
    công …`, `TP.HCM: …`)."""
    if v.home_known:
        return v.home
    R = rules()
    cnt: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    by_committee: dict[str, int] = defaultdict(int)
    for i in range(v.n - 1):
        pk = v.phrase(i, R.local_prefixes, 2)
        committee = False
        if cap(v.units[i]):
            # (`Tỉnh ủy Gia Lai` before `Tỉnh` read as the prefix `tỉnh`)
            k = next((k for k in (2, 1) if i + k <= v.n and match_key(v.s[v.units[i].start : v.units[i + k - 1].end]) in R.level_committees), 0)
            if k:
                committee, pk = True, k
        if not pk or i + pk >= v.n or not (v.tight(i + pk - 1) or v.gap(i + pk - 1) in (". ", ".") and v.units[i].text.isupper()):
            continue  # `tỉnh Ninh Bình`, `TP. Cần Thơ`, `TP.Đà Nẵng`
        if i > 0 and v.units[i - 1].low in R.lx.wordset("plural_markers"):
            continue  # `các tỉnh Sơn La, Lạng Sơn`: the first of several provinces is no home
        n, p = place_at(v, i + pk, allow_weak=False)
        if committee and p is not None and i + pk + n + 1 < v.n and v.gap(i + pk + n - 1) == ", " and place_at(v, i + pk + n, allow_weak=False)[1] is not None:
            continue  # `Ban Thường vụ Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai`: several provinces' committees
        if p is not None and p.type in ("province", "city") and cap(v.units[i + pk]) and not _former(v, i + pk + n - 1):
            name = p.canonical or p.name
            (by_committee if committee else cnt)[name] += 1
            first.setdefault(name, i)
    # the one province whose party committee the article writes (`Tỉnh ủy Quảng Ninh`) counts
    # that beside its prefixed name: one `thành phố Hà Nội` in a guest's title does not outweigh
    # four `Tỉnh ủy Quảng Ninh` (committees of several provinces say nothing of one home); a tie
    # is broken by the committee written with the place, before the first seen
    own = by_committee if len(by_committee) == 1 else {}
    v.home = sorted(set(cnt) | set(own), key=lambda x: (-cnt[x] - own.get(x, 0), -by_committee[x], first[x]))[0] if cnt else None
    if v.home is None:
        top = sorted(by_committee, key=lambda x: (-by_committee[x], first[x]))
        # (one committee named most: a report on several provinces' committees has no home)
        v.home = top[0] if top and (len(top) == 1 or by_committee[top[0]] > by_committee[top[1]]) else None
        v.home = v.home or outlet_place(v.doc.article.url) or _headline_subject(v)
        v.home_outlet = v.home is not None
    v.home_known = True
    return v.home


def _former(v: DocView, last: int) -> bool:
    """`tỉnh Bình Định (cũ)`, `tỉnh X trước đây`: a unit merged away, written after its place name."""
    return _FORMER.match(v.s, v.units[last].end) is not None


_FORMER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)(?!\w)")


def _headline_subject(v: DocView) -> str | None:
    """A province or city opening the article's first line as its subject, followed by a
    lower-case word or a colon (`Vĩnh Long khởi công …`, `Đà Nẵng: …`)."""
    if not v.n or "\n" in v.s[: v.units[0].start]:
        return None
    n, p = place_at(v, 0, allow_weak=False)
    if p is None or p.type not in ("province", "city") or n >= v.n or "\n" in v.gap(n - 1):
        return None
    if v.gap(n - 1).strip() == ":" or v.tight(n - 1) and v.units[n].text.islower():
        return p.canonical or p.name
    return None


def outlet_place(url: str | None) -> str | None:
    """The province whose own paper published the article, from its web address: a
    provincial outlet is named after its province (baoquangnam.vn, baogialai.com.vn,
    huengaynay.vn) and writes `HĐND tỉnh`, `Tỉnh ủy` without naming it. The longest province
    name (folded, unspaced) in the host's first label; a name of 3 letters only where it
    opens the label."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    label = host.removeprefix("www.").split(".")[0]
    best = None
    for slug, name in _province_slugs():
        if (label.startswith(slug) or len(slug) > 3 and slug in label) and (best is None or len(slug) > len(best[0])):
            best = (slug, name)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _province_slugs() -> tuple[tuple[str, str], ...]:
    lx = rules().lx
    out = {}
    for p in lx.places.values():
        if p.type == "province" and not p.weak:
            name = p.canonical or p.name
            out[re.sub(r"[^a-z0-9]", "", fold(name))] = name
    return tuple(sorted(out.items()))


def central_city(place: str | None) -> bool:
    """A centrally-run city (`thành phố`, `Thành ủy`) rather than a province (`tỉnh`, `Tỉnh ủy`)."""
    return place is not None and place in rules().lx.misc.get("central_cities", [])


def is_vn_name_unit(u: Unit) -> bool:
    return cap(u) and u.text.isalpha() and not u.text.isupper() or (len(u.text) == 1 and u.text.isupper())


def is_surname(v: DocView, i: int) -> bool:
    R = rules()
    return v.units[i].key in R.lx.surnames and cap(v.units[i])


def title_at(v: DocView, i: int) -> tuple[int, str | None, bool]:
    """(n units, shared head, is_rank) of a title or rank at i."""
    R = rules()
    n = v.phrase(i, R.lx.titles, R.lx.max_title)
    r = v.phrase(i, R.lx.ranks, 4)
    if r > n:
        return r, None, True
    if n:
        return n, R.lx.titles[tuple(u.key for u in v.units[i : i + n])], False
    return 0, None, False


def degree_at(v: DocView, i: int) -> int:
    R = rules()
    n = v.phrase(i, R.lx.degrees, 4) or int(dotted_degrees(v.units[i].text))
    if n and cap(v.units[i]):
        j = i + n
        while j < v.n and v.gap(j - 1).strip() in (".", "") and v.phrase(j, R.lx.degrees, 4):
            j += v.phrase(j, R.lx.degrees, 4)
        return j - i
    return 0


def dotted_degrees(text: str) -> bool:
    """`TS.BS`, `PGS.TS.BS.`, `TTƯT.BSCKII`: degrees written together in one word, each one of
    degrees.txt."""
    parts = [p for p in text.split(".") if p]
    degrees = rules().lx.degrees
    return len(parts) > 1 and all((match_key(p),) in degrees for p in parts)


def std_code(v: DocView, i: int) -> bool:
    """An acronym followed by a number of 3+ digits that is no year: a standard or model code."""
    if not acronym(v.units[i].text) or i + 1 >= v.n or not v.tight(i):
        return False
    w = v.units[i + 1].text
    return w.isdigit() and len(w) >= 3 and not rules().patterns["year"].fullmatch(w)


def after_structure(v: DocView, i: int) -> bool:
    """`điện Long An`, `lầu Minh Viễn`: a lower-case palace/temple noun right before unit i
    makes the name after it a building's."""
    R = rules()
    return i > 0 and v.tight(i - 1) and v.units[i - 1].text.islower() and (v.units[i - 1].key,) in R.lx.words("structure_nouns")


def place_cue_before(v: DocView, a: int) -> bool:
    """Is the name at unit a written right after a preposition of place or a noun for a kind
    of place (crf_place_cues: `tại Monaco`, `sông Cửu Long`, `Tuyến cao tốc Trung Lương`)?"""
    return phrase_before(v, a, rules().lx.words("crf_place_cues"), 3)


def lower_level_at(v: DocView, k: int) -> int:
    """How many units the level noun of a local unit at unit k takes (`tỉnh`, `thành phố`:
    local_org_prefixes), written in lower case as a level (not a name's capitalised word); 0
    when there is none."""
    return v.phrase(k, rules().local_prefixes, 2) if v.units[k].text.islower() else 0


def phrase_before(v: DocView, i: int, table, maxlen: int) -> bool:
    """Does a phrase of `table` (unit-key tuples, up to maxlen words) end right before unit i,
    written tight to it (`đường | Lê Văn Sỹ`, `tại | Monaco`, `chỉ định | ông X`)?"""
    return any(i - n >= 0 and all(v.tight(x) for x in range(i - n, i)) and v.phrase(i - n, table, n) == n for n in range(1, maxlen + 1))


_NUMBER_GOES_ON = re.compile(r"\s*[-–/.,:%]\s*\d|%")


def commune_number(v: DocView, a: int, e: int) -> int:
    """`xã A | 1`, `phường Móng Cái | 2`: since the 2025 mergers a commune or ward (after its
    noun, commune_level_nouns) may be named by a place name and a number; a short number
    right after the name (units a..e) belongs to it, unless it counts the noun after it
    (`2 năm`) or goes on as a score, date or fraction. The end, with the number or without."""
    if a < 1 or e >= v.n or not v.tight(a - 1) or not v.tight(e - 1) or (v.units[a - 1].key,) not in rules().lx.words("commune_level_nouns"):
        return e
    u = v.units[e]
    if not u.text.isdigit() or len(u.text) > 2 or v.claimed[e] or _NUMBER_GOES_ON.match(v.s, u.end):
        return e
    if e + 1 < v.n and v.tight(e) and v.units[e + 1].pos not in ("C", "CC", "E", "V", "R", "CH"):
        return e
    return e + 1
