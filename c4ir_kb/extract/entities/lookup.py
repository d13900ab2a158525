"""Look-ups at one unit of the document view: a gazetteer place, a well-known
organisation, a title or rank, a degree, a surname, a document or standard code.

Read-only: nothing here claims a span or records a finding.
"""

from __future__ import annotations

import re
from collections import defaultdict

from c4ir_kb.extract.entities.outlet_home import outlet_place
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView, Unit
from c4ir_kb.extract.lexicons import PREFIXES, place_key
from c4ir_kb.extract.wordshape import acronym
from c4ir_kb.nlp.normalize import match_key


def nounish(v: DocView, u: Unit) -> bool:
    """A lower-case word that can end an organisation's name: a noun or adjective, or an
    activity word underthesea tags as a verb (Giao thông vận tải, Vắc xin và Sinh phẩm)."""
    R = rules()
    if u.pos in ("N", "A"):
        return True
    return u.tok >= 0 and match_key(v.toks[u.tok].text) in R.name_verbs


_PLACE_GAP = re.compile(r"[ .\-–]{0,3}")
_KNOWN_GAP = re.compile(r"[ \-–,]{0,3}")


def place_at(v: DocView, i: int, allow_weak: bool = True):
    """Longest gazetteer place at unit i: (n, Place) or (0, None).

    Places are keyed by the concatenated match key of their units, so the walk extends
    the span a unit at a time while its key is a prefix of some place's key
    (`lx.place_prefixes`): usually one probe, at the first unit."""
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
    return best


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


def doc_code(v: DocView, i: int) -> bool:
    """`Nghị định 175/2024/NĐ-CP`, `Nghị quyết 188/2025/QH15`: the issuer code of a document number."""
    a = v.units[i].start
    return a > 0 and v.s[a - 1] == "/"


def code_after_noun(v: DocView, i: int) -> bool:
    """`máy đào hầm TBM`, `nhà ga T3`, `màn hình OLED`: a code or model name after a
    lower-case noun for a thing is no organisation."""
    R = rules()
    w = v.units[i].text
    if len(w) > 6 or not (w.isupper() or any(c.isdigit() for c in w)):
        return False  # a brand (xe VinFast, mạng Viettel) is still an organisation
    for back in (1, 2, 3):
        if i - back < 0 or not all(v.tight(x) and v.units[x].text.islower() for x in range(i - back, i)):
            break
        for n in (1, 2):
            if back - n >= 0 and tuple(u.key for u in v.units[i - back : i - back + n]) in R.code_nouns:
                return True
    return False


def home_place(v: DocView) -> str | None:
    """The province or city an article is about: the one most often written after an
    administrative prefix (`tỉnh Ninh Bình`, `thành phố Đà Nẵng`), first seen on a tie;
    when none is written, the province a provincial outlet is named after."""
    if v.home_known:
        return v.home
    R = rules()
    cnt: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    for i in range(v.n - 1):
        pk = v.phrase(i, R.local_prefixes, 2)
        if not pk or i + pk >= v.n or not (v.tight(i + pk - 1) or v.gap(i + pk - 1) == ". " and v.units[i].text.isupper()):
            continue  # `tỉnh Ninh Bình`, `TP. Cần Thơ`
        n, p = place_at(v, i + pk, allow_weak=False)
        if p is not None and p.type in ("province", "city") and cap(v.units[i + pk]):
            name = p.canonical or p.name
            cnt[name] += 1
            first.setdefault(name, i)
    v.home = sorted(cnt, key=lambda x: (-cnt[x], first[x]))[0] if cnt else None
    if v.home is None:
        # a provincial paper never names its own province: its masthead does (baolongan.vn)
        a = v.doc.article
        v.home = outlet_place(a.url, a.source_name)
        v.home_from_outlet = v.home is not None
    v.home_known = True
    return v.home


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
    n = v.phrase(i, R.lx.degrees, 4)
    if n and cap(v.units[i]):
        j = i + n
        while j < v.n and v.gap(j - 1).strip() in (".", "") and v.phrase(j, R.lx.degrees, 4):
            j += v.phrase(j, R.lx.degrees, 4)
        return j - i
    return 0


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
