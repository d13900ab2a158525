"""Component 7, bare names: a Vietnamese full name with no title or honorific
(surname + 2..3 capitalised Vietnamese syllables, or 2 with underthesea's support; an
English word such as `Heritage` ends it).

Reads: unclaimed units, surnames, POS/NER tags. Claims: PER mentions (per.bare-name,
per.bare-name+crf); never a name right after a street or square noun.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.facility_names import after_facility_head
from c4ir_kb.extract.entities.lookup import is_surname, is_vn_name_unit, phrase_before, place_at, title_at
from c4ir_kb.extract.entities.mentions import add_mention
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.titles_roles import appositive
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import vn_syllable

_HOUSE = re.compile(r"\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*")


def find_bare_people(v: DocView) -> None:
    limit = v.limit
    # names the article uses as places (`Cảng hàng không Phan Thiết`): never a bare person
    places = {tuple(u.key for u in v.units[m.i : m.j]) for m in v.mentions if m.type == "LOC"}
    i = 0
    while i < v.n and v.units[i].start < limit:
        surname = is_surname(v, i)
        if not v.claimed[i] and not surname and (e := aside_name(v, i)):
            appositive(v, add_mention(v, "PER", i, e, "per.name-before-aside"), e)  # `A (SN 1969, trú …), cựu Chủ tịch UBND xã X`
            i = e
            continue
        if v.claimed[i] or not surname:
            i += 1
            continue
        if after_street(v, i) or after_facility_head(v, i) or (i > 0 and v.tight(i - 1) and cap(v.units[i - 1])):
            i += 1  # inside a capitalised run; `Quảng trường Hồ Chí Minh`, `đường Lê Văn Sỹ`: a street or square; `sân bay Phan Rang`: a facility
            continue
        n = title_at(v, i)[0]
        if n >= 2:
            i += n  # `Phó Tổng Giám đốc`: a title whose first word is also a surname
            continue
        e = i + 1
        while e < v.n and e - i < 4 and v.tight(e - 1) and is_vn_name_unit(v.units[e]) and vn_syllable(v.units[e].text) and not v.claimed[e]:
            e += 1
        ln = e - i
        crf = any(u.ner.endswith("PER") for u in v.units[i:e])
        nps = all(u.pos in ("Np", "") for u in v.units[i:e])
        if ln >= 3 or (ln == 2 and crf and nps):
            if e < v.n and v.tight(e - 1) and cap(v.units[e]):
                i = e
                continue
            if house_address(v, i, e):
                i = e  # `số 12 Trần Văn A, phường B`: a street named after a person, in an address
                continue
            if place_at(v, i, allow_weak=False)[1] is None and tuple(u.key for u in v.units[i:e]) not in places:
                add_mention(v, "PER", i, e, "per.bare-name+crf" if crf else "per.bare-name")
                i = e
                continue
        i += 1


def after_street(v: DocView, i: int) -> bool:
    """Does a street or square noun (street_prefixes, any case) stand right before unit i?"""
    return phrase_before(v, i, rules().street, 3)


def house_address(v: DocView, i: int, e: int) -> bool:
    """Is the name of units i..e a street in an address: a house number right before it
    (`số 12`, `12A`, `45/7`) and a comma and an administrative noun right after it
    (`, phường X`, `, quận Y`)? News writes the street's noun out of an address."""
    if i == 0 or not v.tight(i - 1) or not _HOUSE.fullmatch(v.units[i - 1].text):
        return False
    if e + 1 >= v.n or v.gap(e - 1) != ", ":
        return False
    return bool(v.phrase(e, rules().lx.words("admin_prefixes"), 3)) or v.units[e].text in rules().lx.wordset("admin_prefix_abbreviations")


def aside_name(v: DocView, i: int) -> int:
    """End of a full name at unit i whose family name is a common noun left out of the surname
    list (aside_only_surnames: `Đường`), when a biographic aside follows it (`(59 tuổi,`,
    `(sinh năm 1965`, `, sinh năm 1965`): three or four capitalised Vietnamese syllables, not
    after another capitalised word; else 0."""
    u = v.units[i]
    if not cap(u) or u.text not in rules().lx.wordset("aside_only_surnames") or (i > 0 and v.tight(i - 1) and cap(v.units[i - 1])):
        return 0
    if i + 1 < v.n and is_surname(v, i + 1) and v.units[i + 1].text not in rules().middle:
        return 0  # `Đường Nguyễn Văn Cừ`: a street named after a person (not `Đường Văn Khải`)
    e = i + 1
    while e < v.n and e - i < 4 and v.tight(e - 1) and is_vn_name_unit(v.units[e]) and vn_syllable(v.units[e].text) and not v.claimed[e]:
        e += 1
    if e - i < 3 or e + 1 >= v.n or v.gap(e - 1) not in (" (", ", "):
        return 0
    a, b = v.units[e], v.units[e + 1]
    if v.gap(e - 1) == " (" and a.text.isdigit() and b.low == "tuổi":
        return e
    if a.low == "sinh" and b.low == "năm" or v.gap(e - 1) == " (" and a.text == "SN" and b.text.isdigit() and len(b.text) == 4:
        return e  # (`(SN 1969, trú …)`)
    return 0
