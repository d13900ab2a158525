"""A place named inside the name of a facility, project or event is no place of the story.

`Cảng HKQT Long Thành`, `nhà máy nhiệt điện LNG Thái Bình`, `khu đô thị phức hợp Hạ Long Xanh`,
`Festival du thuyền Hạ Long`: the guideline lists facilities, projects and events as no
organisations and a name inside a name as no place, so such a mention is dropped (by
non_entities); the same place written as a place elsewhere in the article stays.

A facility head (`facility_name_heads`) opens the name; up to `facility_name_reach` words may
stand between it and the place, none of them a preposition, verb, conjunction or
administrative prefix (`dự án tại Hạ Long`, `nhà máy của tỉnh Long An` name the place as a place).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import phrase_before
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView

# word classes that may stand inside a name between its head and the place (underthesea's
# tags: nouns, proper nouns, abbreviations, adjectives, unit nouns)
_NAME_INTERNAL_POS = frozenset({"N", "Np", "Ny", "A", "Nb", "Nu"})


def place_inside_facility_name(v: DocView, i: int) -> bool:
    """Is the place mention starting at unit i part of a facility's, project's or event's name?"""
    lx = rules().lx
    if numbered_after(v, i):
        return True
    heads = lx.words("facility_name_heads")
    stops = lx.wordset("facility_name_stops")
    k = i
    for _ in range(int(lx.misc.get("facility_name_reach", 4)) + 1):
        if phrase_before(v, k, heads, 4):
            return True
        if k == 0 or not v.tight(k - 1):
            return False
        prev = v.units[k - 1]
        if prev.low in stops or prev.pos not in _NAME_INTERNAL_POS:
            return False
        k -= 1
    return False


def after_facility_head(v: DocView, i: int) -> bool:
    """Does the head of a facility's or project's name (any case) stand right before unit i?
    (`sân bay | Phan Rang`: the name after it is the facility's, no person's.)"""
    return phrase_before(v, i, rules().lx.words("facility_name_heads"), 4)


def numbered_after(v: DocView, i: int) -> bool:
    """`Nhơn Trạch 3 có thể …`, `dự án Dung Quất 2, nâng …`: a place (a mention from unit i)
    followed by a one- or two-digit number that counts nothing (no noun after it, as `Hà Nội 2
    ngày` has) names a numbered plant or project after the place, no place of the story."""
    m = next((m for m in v.mentions if m.i == i and m.type == "LOC"), None)
    if m is None or m.j >= v.n or not v.tight(m.j - 1):
        return False
    u = v.units[m.j]
    if not (u.text.isdigit() and len(u.text) <= 2) or v.s[u.end : u.end + 1] in "/.,:-%" and v.s[u.end : u.end + 2] not in (", ", ". ", ".", ","):
        return False
    nxt = v.units[m.j + 1] if m.j + 1 < v.n and v.tight(m.j) else None
    return nxt is None or nxt.pos not in _NAME_INTERNAL_POS | {"M", "Nc"}
