"""The holder of a title chain: the person's name written after the titles.

`Tổng thống Mỹ Joe Biden`, `Tổng giám đốc Napas Lưu Thị Hạnh`, `Chủ tịch Ủy ban MTTQ Việt
Nam thành phố Hồ Thị A`, `Trưởng Đại diện UNDP tại Việt Nam Ramla Khalidi`, `Hiệu trưởng
Trường X, PGS.TS Nguyễn Văn A,`.
Reads: a title chain's items (title_chain.chain) and the units after them. Returns: the
name's start and end (end 0 when no name follows) and the span of a country written
between title and name, or None. Records no mention: the caller does (titles_roles, for a
chain before a name and for an item of a list under a shared title). Claims only a degree
or form of address before a name behind a comma. May close the last item's organisation
earlier or set it (a brand, org.brand-before-name; a local prefix; a seat after `tại`; a
foreign name the article writes elsewhere after `ông`/`bà`, org.foreign-after-title) or
widen its title (`Chủ tịch Trung Quốc`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.entities.lookup import degree_at, is_surname, place_at
from c4ir_kb.extract.entities.names import brand_then_name, person_name, valid_name
from c4ir_kb.extract.entities.org_extent import split_person_from_org
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable


def holder_after(v: DocView, items: list[dict], j: int) -> tuple[int, int, tuple | None]:
    """The holder's name after a title chain ending at unit j (`Tổng thống Mỹ Joe Biden`,
    `Tổng giám đốc Napas Lưu Thị Hạnh`, `Hiệu trưởng Trường X, PGS.TS Nguyễn Văn A,`): (its
    start, its end or 0, the span of a country between title and name or None). May close the
    last item's organisation earlier or widen its title (`Chủ tịch Trung Quốc`)."""
    R = rules()
    lx = R.lx
    name_end = 0
    k = j
    if k < v.n and v.tight(k - 1) and v.phrase(k, lx.honorifics, 2):
        k += v.phrase(k, lx.honorifics, 2)
    country = None
    if k < v.n and v.tight(k - 1) and items[-1]["org"] is None:
        # Tổng thống Mỹ Joe Biden: the country is a LOC, the name starts after it
        nc, pc = place_at(v, k, allow_weak=False)
        # `Tân Bí thư Đà Nẵng Lê Ngọc Quang`: a province or city before a full name
        # beginning with a surname is the post's place, never the name's start
        domestic = pc is not None and pc.type in ("province", "city") and k + nc < v.n and is_surname(v, k + nc)
        if pc is not None and (pc.type == "country" or domestic) and k + nc < v.n and v.tight(k + nc - 1):
            e2 = person_name(v, k + nc, anchored=True)
            if e2 - (k + nc) >= 2 or (e2 and is_latin_word(v.units[k + nc].text) and not domestic):
                country = (k, k + nc)
                k += nc
                it = items[-1]
                if not it["rank"] and it["title"].lower() in R.foreign_heads and pc.name != R.home_country and not domestic:
                    it["title"] = v.s[v.units[it["t0"]].start : v.units[k - 1].end]  # `Chủ tịch Trung Quốc`
        elif pc is None and not items[-1]["rank"] and items[-1]["title"].lower() in R.foreign_heads and region_named_before(v, k):
            e2 = person_name(v, k + 1, anchored=True)
            if e2 - (k + 1) >= 2 and all(is_latin_word(u.text) for u in v.units[k + 1 : e2]):
                k += 1  # `Tỉnh trưởng Chungcheongnam Kim Tae Heum` after `tỉnh Chungcheongnam`
                items[-1]["title"] = v.s[v.units[items[-1]["t0"]].start : v.units[k - 1].end]
    if k < v.n and v.tight(k - 1) and items[-1]["org"] is None and not items[-1]["rank"]:
        # `Tổng giám đốc Napas Lưu Thị Hạnh`: brand words, then a Vietnamese name
        # beginning with a surname; the brand is the title's organisation
        sp = brand_then_name(v, k)
        if sp is not None:
            items[-1]["org"] = (k, sp, "org.brand-before-name")
            k = sp
    if k < v.n and v.tight(k - 1) and items[-1]["org"] is not None and items[-1]["org"][1] == k and v.units[k].text.islower():
        # `Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hồ Thị A`, `... tỉnh Long An Trần
        # Văn B`: a local prefix (and its place) closes the body, a full name follows
        after = local_tail(v, k)
        if after and after < v.n and v.tight(after - 1) and is_surname(v, after) and person_name(v, after, anchored=True) - after >= 2:
            a0, _, r0 = items[-1]["org"]
            items[-1]["org"] = (a0, after, r0)
            k = after
    kk = k + 1 if k < v.n and v.gap(k - 1) == " (" and acronym(v.units[k].text) and v.gap(k) == ") " else k
    if kk + 1 < v.n and (kk > k or v.tight(k - 1)) and v.tight(kk) and items[-1]["org"] is not None and items[-1]["org"][1] == k and v.units[kk].low in ("tại", "ở"):
        # `Trưởng Đại diện UNDP tại Việt Nam Ramla Khalidi`, `Giám đốc Quốc gia của Tổ
        # chức Tài chính Quốc tế (IFC) tại Việt Nam Thomas Jacobs`: the seat, then the holder
        n2, p2 = place_at(v, kk + 1, allow_weak=False)
        if p2 is not None and p2.type in ("country", "province", "city") and kk + 1 + n2 < v.n and v.tight(kk + n2) and person_name(v, kk + 1 + n2, anchored=True) - (kk + 1 + n2) >= 2:
            k = kk + 1 + n2
    pk = k + 1 if k + 1 < v.n and v.gap(k - 1) == " (" and v.gap(k) == ") " and (acronym(v.units[k].text) or cap(v.units[k]) and is_latin_word(v.units[k].text)) else k
    if pk > k and items[-1]["org"] is not None and items[-1]["org"][1] == k and is_surname(v, pk) and person_name(v, pk, anchored=True) - pk >= 2:
        # `Chủ tịch Hội đồng thành viên Tập đoàn X (PVN) Lê Văn A`: the organisation's acronym
        # in parentheses, then the holder
        k = pk
        name_end = person_name(v, k, anchored=True)
    elif k < v.n and v.tight(k - 1):
        name_end = person_name(v, k, anchored=True, surname_head=items[-1]["org"] is not None)
        if name_end and not is_surname(v, k) and place_at(v, k, allow_weak=False)[0] == name_end - k:
            # `Cựu Trưởng phòng TN&MT Bảo Lâm`: a district the gazetteer knows, not opened by
            # a family name, is where the post is held, never its holder
            name_end = 0
    elif k < v.n and v.gap(k - 1) in (" - ", " – ") and is_surname(v, k + (h := _lower_address(v, k))):
        # `Phó Chủ tịch UBND tỉnh - Phạm Tấn Hòa`, `Tổng Giám đốc Tổng công ty X - ông Phạm
        # Văn A,`: a dash before a full name, or before its form of address
        e2 = person_name(v, k + h, anchored=True)
        name_end = e2 if e2 - k - h >= 2 else 0
        if name_end and h:
            v.claim(k, k + h)
            k += h
    if not name_end and items[-1]["org"] is not None and k < v.n and v.gap(k - 1).strip() == "," and "\n" not in v.gap(k - 1):
        # `Hiệu trưởng Trường X, PGS.TS Nguyễn Văn A, cho rằng`: the holder follows
        # after a comma, behind a degree or an honorific, and closes with a comma
        d = degree_at(v, k) or v.phrase(k, lx.honorifics, 2)
        if d and k + d < v.n and v.tight(k + d - 1):
            e2 = person_name(v, k + d, anchored=True)
            if e2 and (e2 >= v.n or v.gap(e2 - 1).strip() == ",") and (e2 - k - d >= 2 or is_latin_word(v.units[k + d].text)):
                v.claim(k, k + d)
                k += d
                name_end = e2
    last_org = items[-1]["org"]
    if not name_end and last_org is not None and (last_org[1] >= v.n or not cap(v.units[last_org[1]]) or not v.tight(last_org[1] - 1)):
        sp = split_person_from_org(v, last_org)
        if sp is not None:
            items[-1]["org"] = sp[0]
            k = sp[1]
            name_end = last_org[1]
    if name_end and not valid_name(v, k, name_end, anchored=True):
        name_end = 0
    if name_end == k + 1 and lone_latin_word(v, k):
        name_end = 0  # `Chủ tịch Kocham và`, `Tổng thống Nicaragua về`, `Tổng giám đốc Vinafood II`
    if name_end == k + 1 and v.units[k].key == v.units[items[-1]["t0"]].key:
        name_end = 0  # `Tổ trưởng Tổ công tác`, `Đồn trưởng Đồn X`: the unit the title heads
    org = items[-1]["org"]
    bare_title = name_end - k >= 3 and org is None and not items[-1]["rank"] and place_at(v, k, allow_weak=False)[1] is None
    if name_end - k >= 3 and (bare_title or org is not None and org[1] == k) and all(is_latin_word(u.text) for u in v.units[k:name_end]):
        # `Tổng Giám đốc Airbus Commercial Christian Scherer` beside `Ông Christian Scherer`: a
        # foreign name the article writes after a form of address ends the run; the words
        # before it close the organisation's name
        s = next((s for s in range(k + 1, name_end - 1) if not is_surname(v, s) and any(not vn_syllable(u.text) for u in v.units[s:name_end]) and _addressed_elsewhere(v, s, name_end)), None)
        if s is not None:
            items[-1]["org"] = (org[0], s, org[2]) if org is not None else (k, s, "org.foreign-after-title")
            k = s
    return k, name_end, country


def lone_latin_word(v: DocView, k: int) -> bool:
    """Is unit k one capitalised Latin-script word (no Vietnamese syllable) after a title
    that the article never writes beside another capitalised word (`Chủ tịch Kocham và`,
    `Tổng thống Nicaragua về`, `Tổng giám đốc Vinafood II`)? A foreign holder is named in
    full at least once (`HLV Park` after `Park Hang-seo`, `ông Huang` after `Jensen
    Huang`); a lone word that never is names a body, a brand or a country, not a person."""
    u = v.units[k]
    if not (cap(u) and is_latin_word(u.text) and u.text.isalpha() and not vn_syllable(u.text)):
        return False
    if u.text not in v.lone_words:
        v.lone_words[u.text] = _never_beside_capital(v.s, u.text)
    return v.lone_words[u.text]


def _never_beside_capital(s: str, w: str) -> bool:
    """Is the word w, wherever the text s writes it, never next to another capitalised word?
    (Once per document and word: lone_latin_word keeps the answer on the DocView.)"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", s):
        before = re.search(r"(\S+) $", s[max(0, m.start() - 40) : m.start()])
        after = re.match(r" (\S+)", s[m.end() : m.end() + 40])
        if before and before.group(1)[:1].isupper() and before.group(1).isalpha():
            return False  # `Jensen Huang`, or a capitalised word we cannot tell from a name
        if after and after.group(1)[:1].isupper() and not re.fullmatch(r"[IVX]{1,4}\W*", after.group(1)):
            return False  # `Maynardo L.B. Montealegre`: the name goes on (a number, `II`, does not)
    return True


def _lower_address(v: DocView, k: int) -> int:
    """Units of a lower-case form of address at k (`ông`, `bà`, `đồng chí`) before a name, else 0."""
    h = v.phrase(k, rules().lx.honorifics, 2) if k < v.n else 0
    return h if h and v.units[k].text.islower() and k + h < v.n and v.tight(k + h - 1) else 0


def _addressed_elsewhere(v: DocView, s: int, e: int) -> bool:
    """Does the article write the words s..e elsewhere right after a form of address (`ông`, `bà`)?"""
    want = tuple(u.key for u in v.units[s:e])
    n = len(want)
    hon = rules().lx.honorifics
    return any(p != s and tuple(u.key for u in v.units[p : p + n]) == want and p > 0 and (v.units[p - 1].key,) in hon and v.tight(p - 1) for p in range(1, v.n - n + 1))


def local_tail(v: DocView, k: int) -> int:
    """End of `tỉnh`/`thành phố` at unit k with the province or city it names, if any
    (`thành phố Hồ Chí Minh`, `tỉnh Long An`); the bare prefix's end; 0 if no prefix."""
    pl = v.phrase(k, rules().local_prefixes, 2)
    if not pl:
        return 0
    n, p = place_at(v, k, allow_weak=False)
    if p is not None and p.type in ("province", "city") and n > pl:
        return k + n
    if k + pl < v.n and v.tight(k + pl - 1):
        n, p = place_at(v, k + pl, allow_weak=False)
        if p is not None and p.type in ("province", "city"):
            return k + pl + n
    return k + pl


def region_named_before(v: DocView, k: int) -> bool:
    """Is the Latin word at k a foreign region the article names after an administrative
    prefix (`tỉnh Chungcheongnam`, `bang Queensland`) though no gazetteer knows it?"""
    u = v.units[k]
    if not (cap(u) and is_latin_word(u.text) and u.text.isalpha() and len(u.text) >= 4 and k + 1 < v.n and v.tight(k)):
        return False
    return re.search(rf"(?<!\w)(?:{_lower_admin_prefixes()}) {re.escape(u.text)}(?!\w)", v.s) is not None


@lru_cache(maxsize=1)
def _lower_admin_prefixes() -> str:
    """The lower-case admin_prefixes as one regex alternation (region_named_before), built once."""
    return "|".join(re.escape(x) for x in rules().lx.wordset("admin_prefixes") if x[:1].islower())
