"""Component 3, organisations: every capitalised organisation not inside a title chain.

Reads: unclaimed units. Claims: ORG mentions (org.gazetteer, org.head+name,
org.latin-name, org.place+name), LOC mentions for venues and industrial parks
(loc.venue, loc.park).
Adds: acronym links.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.acronyms import paren_acronym
from c4ir_kb.extract.entities.latin_terms import project_list_item
from c4ir_kb.extract.entities.lookup import home_place, known_at, lower_level_at, phrase_before, place_at, sentence_start
from c4ir_kb.extract.entities.mentions import add_mention, level_committee
from c4ir_kb.extract.entities.names import head_inside_name
from c4ir_kb.extract.entities.org_extent import org_at, split_person_from_org
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView


def after_lower_admin_prefix(v: DocView, i: int) -> bool:
    """Is unit i written right after a lower-case administrative prefix (`thành phố`, `xã`)?
    What follows names the unit, a place: an organisation head there opens a place's name."""
    return i > 0 and v.units[i - 1].text.islower() and phrase_before(v, i, rules().local_prefixes, 2)


def measured(w: str) -> bool:
    """A number glued to a unit of measure (`226ha`, `30MW`, `5km`): a quantity, written after
    a name (its area, its capacity), never a number of the name (`KCN X 2`, `Lô B1`)."""
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?[a-zA-Zµ²]*[a-z²][a-zA-Z²]*", w))


def find_organisations(v: DocView) -> None:
    R = rules()
    limit = v.limit
    parks = R.lx.words("park_prefixes")
    i = 0
    while i < v.n and v.units[i].start < limit:
        if v.claimed[i]:
            i += 1
            continue
        pk = v.phrase(i, parks, 3)
        if pk and i + pk < v.n and v.tight(i + pk - 1) and cap(v.units[i + pk]):
            e = i + pk
            n_pl, p_pl = place_at(v, e, allow_weak=False)
            if p_pl is not None and not cap(v.units[i]) and p_pl.type in ("province", "city", "country", "region") and (e + n_pl >= v.n or not v.tight(e + n_pl - 1) or not cap(v.units[e + n_pl])):
                i = e  # `các khu công nghiệp Đồng Nai`: the parks of a province, not one park's name
                continue
            while e < v.n and e - i - pk < 4 and (cap(v.units[e]) or v.units[e].text[0].isdigit() and not measured(v.units[e].text)) and v.tight(e - 1):
                e += 1  # (`KCN X 2`, `KCN Y B1`; not `KCN Z | 226ha`: its area)
            if v.free(i, e):
                add_mention(v, "LOC", i, e, "loc.park")
                i = e
                continue
        if not cap(v.units[i]):
            i += 1
            continue
        if i > 0 and place_at(v, i - 1, allow_weak=False)[0] >= 2:
            i += 1
            continue
        if head_inside_name(v, i):
            i += 1  # `Đinh Trường Giang`: a school's head word inside a person's name
            continue
        e, rule = org_at(v, i)
        if not e and brand_by_morphology(v, i):
            e, rule = i + 1, "org.brand-morphology"
        if e and rule == "org.latin-name" and R.patterns["business-model"].fullmatch(v.units[i].text):
            i = e  # `P2P Lending`, `B2B`: a business model, not an organisation
            continue
        if e and v.free(i, e) and rule != "org.gazetteer" and place_in_list(v, i, e):
            i += 1  # `các phường Thành Vinh, Trường Vinh, Vinh Hưng`: a ward named like a school
            continue
        if e and rule == "org.head+name" and after_lower_admin_prefix(v, i):
            i += 1  # `thành phố Phòng Thành Cảng`, `xã Đoàn Kết`: a place whose first word is a head noun
            continue
        if e and v.free(i, e):
            # do not swallow a person's name after an organisation (`UBND TP.HCM Phan Văn Mãi`)
            sp = split_person_from_org(v, (i, e, rule))
            if sp is not None and (e >= v.n or not v.tight(e - 1) or not cap(v.units[e])) and rule != "org.gazetteer":
                e = sp[1]
            if rule == "org.facility" or rule == "org.head+name" and under_construction(v, i):
                # Nhà máy Nhiệt điện X: a plant, neither organisation nor place; `khởi công Bệnh
                # viện X`, `dự án Trường Y`: what is being built is a facility or a project
                v.claim(i, e)
                i = e
                continue
            if rule == "org.venue":  # Trung tâm Hội nghị Quốc gia, Nhà hát Lớn: where things happen
                add_mention(v, "LOC", i, e, "loc.venue")
                i = e
                continue
            if generic_local(v, i, e) or plural_generic(v, i, e, rule) or levels_listed(v, i, e):
                v.claim(i, e)  # `Đảng bộ tỉnh`, `Ban Thường vụ Tỉnh ủy` in an article of no one province
                i = e
                continue
            mi = add_mention(v, "ORG", i, e, rule)
            paren_acronym(v, mi)
            i = v.mentions[mi].j
            continue
        i += 1


def brand_by_morphology(v: DocView, i: int) -> bool:
    """`Vinacorp sẽ phát hành …`, `Saigonbank …`: one capitalised Latin word, standing alone
    (no capitalised word glued to it), built like a Vietnamese company's brand
    (company_morphemes: a prefix or suffix with a stem of three letters or more) and known to
    no gazetteer as a place."""
    w = v.units[i].text
    if not (w.isalpha() and w.isascii() and w[0].isupper() and w[1:].islower() and len(w) >= 6):
        return False
    if (i > 0 and v.tight(i - 1) and cap(v.units[i - 1])) or (i + 1 < v.n and v.tight(i) and cap(v.units[i + 1])):
        return False
    cm = rules().lx.misc.get("company_morphemes", {})
    if w in cm.get("not", []) or place_at(v, i, allow_weak=False)[1] is not None:
        return False
    low = w.lower()
    return any(low.startswith(p.lower()) and len(w) - len(p) >= 3 for p in cm.get("prefixes", [])) or any(
        low.endswith(s) and len(w) - len(s) >= 3 for s in cm.get("suffixes", [])
    )


def generic_local(v: DocView, i: int, e: int) -> bool:
    """A local body named by its level alone (`UBND tỉnh`, `Đảng bộ tỉnh`, `Ban Thường vụ Tỉnh
    ủy`) in an article with no home province to give it: a generic reference, which the
    guideline leaves out (`UBND tỉnh` alone). Inside a title it is still the title's body."""
    R = rules()
    if e - i >= 3 and v.units[e - 2].low == "khu" and v.units[e - 1].low == "vực" and not (e < v.n and v.tight(e - 1) and v.units[e].text[:1].isdigit()):
        return True  # `TAND khu vực`, unnumbered: the regional courts of a province, many bodies
    if home_place(v) is not None:
        return False
    last = v.units[e - 1]
    # a head and its level (`UBND tỉnh`, `Đảng bộ tỉnh`), not a body with a name of its own
    # (`Ban Quản lý các Khu công nghiệp tỉnh`)
    by_prefix = e - i >= 2 and last.text.islower() and any(e - n > i and v.phrase(e - n, R.local_prefixes, n) == n and v.phrase(i, R.lx.org_heads, R.lx.max_head) == e - n - i for n in (1, 2))
    return by_prefix or level_committee(v, i, e) is not None


def plural_generic(v: DocView, i: int, e: int, rule: str) -> bool:
    """`các Sở Giáo dục và Đào tạo`, `giám đốc các Sở GD&ĐT`: a head and its field after a
    plural marker names the bodies of that kind everywhere, a generic reference, which the
    guideline leaves out; a place or a well-known name in the span, or a national body's head
    (`các Bộ Tài chính và Bộ Xây dựng`), still makes it one body each."""
    R = rules()
    if rule != "org.head+name" or i == 0 or not v.tight(i - 1) or v.units[i - 1].low not in R.lx.wordset("plural_markers"):
        return False
    if v.phrase(i, R.lx.words("national_bodies"), 2):
        return False  # `các Bộ Tài chính, Xây dựng`: each ministry is one national body
    return not any(place_at(v, k, allow_weak=False)[1] is not None or known_at(v, k)[0] for k in range(i, e))


def under_construction(v: DocView, i: int) -> bool:
    """Is the name at i the object of a word for building or a project (construction_cues:
    `khởi công`, `động thổ`, `khánh thành`, `dự án`, `chương trình`), lower-case right before it
    or a capitalised programme noun opening a name of its own (`Chương trình Học viện Z`), or an
    item of a list of projects (latin_terms.project_list_item), a body's
    head (a hospital, a school, a centre; not a company or a ministry, which own projects)?
    The guideline: facilities, plants, projects and programmes are no organisations."""
    R = rules()
    cues = R.lx.words("construction_cues")
    h = v.phrase(i, R.lx.org_heads, R.lx.max_head, True)
    if not h or R.lx.org_heads.get(tuple(u.key for u in v.units[i : i + h])) != "body" or v.phrase(i, R.lx.words("national_bodies"), 2):
        return False  # `dự án Tập đoàn X`, `công trình Bộ Y quản lý`: the owner of the project
    if project_list_item(v, i):
        return True  # `các dự án như: …, Bệnh viện X, …`: an item of a list of projects
    return any(
        i - n >= 0 and v.phrase(i - n, cues, n) == n and (v.units[i - n].text.islower() or sentence_start(v, i - n) or opens_programme_name(v, i - n, n)) and all(v.tight(k) for k in range(i - n, i))
        for n in (4, 3, 2, 1)
    )


def opens_programme_name(v: DocView, k: int, n: int) -> bool:
    """Is the capitalised phrase at k (n units) a programme noun that opens a name of its own
    (`công bố Chương trình | Học viện Z`), not a word inside a body's longer name (`Ban Quản lý
    Dự án | ...`: a capitalised word right before it)?"""
    if v.phrase(k, rules().lx.words("programme_cues"), n) != n:
        return False
    return not (k > 0 and v.tight(k - 1) and cap(v.units[k - 1]))


def levels_listed(v: DocView, i: int, e: int) -> bool:
    """`UBND xã, phường`, `Chủ tịch UBND tỉnh, thành phố`: a local body whose level prefix is
    listed with another level after a comma is the bodies of every such unit, a generic
    reference."""
    R = rules()
    if e - i < 2 or e >= v.n or v.gap(e - 1) != ", " or not v.units[e - 1].text.islower():
        return False
    n = next((n for n in (1, 2) if e - n > i and v.phrase(e - n, R.local_prefixes, n) == n), 0)
    return bool(n) and lower_level_at(v, e) > 0


def levels_generic(v: DocView, m, held: set[int], x: int) -> bool:
    """`tổ chức lại Ban CHQS xã, phường`, `Chỉ huy trưởng Ban CHQS | cấp xã`: an ORG mention x
    (whoever found it, a title chain too) naming a body by a level below the province that is
    listed with another level or follows as `cấp` + level names the bodies of every such unit,
    a generic reference the guideline leaves out; one held by a named person (`held`: ORG
    mentions of roles) stays that person's, unless a plural level follows it (`Bí thư Đảng ủy
    Quân sự các tỉnh`: places_plural_after), which no one person holds."""
    R = rules()
    if m.type != "ORG" or (x in held and not places_plural_after(v, m.i, m.j)):
        return False
    if levels_listed(v, m.i, m.j) and v.phrase(m.j - 1, R.lx.words("lower_admin_prefixes"), 2):
        return True
    e = m.j
    if e + 1 < v.n and v.tight(e - 1) and v.units[e].low == "cấp" and v.phrase(e + 1, R.lx.words("lower_admin_prefixes"), 2) > 0:
        return True
    return places_plural_after(v, m.i, e)


def places_plural_after(v: DocView, i: int, e: int) -> bool:
    """`Sở Nông nghiệp và Môi trường | các tỉnh, thành phố`, `Bí thư Đảng ủy Quân sự | các
    tỉnh`: a body's name with no place of its own, followed by a plural marker and a level
    noun in lower case, names the bodies of every such unit, a generic reference."""
    R = rules()
    if e + 1 >= v.n or not v.tight(e - 1) or v.units[e].low not in R.lx.wordset("plural_markers"):
        return False
    if not lower_level_at(v, e + 1):
        return False
    return not any(place_at(v, k, allow_weak=False)[1] is not None for k in range(i, e))


def place_in_list(v: DocView, i: int, e: int) -> bool:
    """Is units i..e exactly a gazetteer place, listed with commas among other places?"""
    if place_at(v, i)[0] != e - i:
        return False
    before = i > 0 and v.gap(i - 1).strip() == "," and any(place_at(v, b)[0] == i - b for b in range(max(0, i - 4), i))
    after = e < v.n and v.gap(e - 1).strip() == "," and place_at(v, e)[1] is not None
    return before and after
