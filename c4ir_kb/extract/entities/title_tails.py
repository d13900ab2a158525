"""The extent of one title in a chain, and the posts that are not the holder's.

What a title takes after its head word (a settlement's name, an envoy's state and seat, a
ministry's short name, a term, an event its committee organises, a unit of a body before the
body after a comma or `thuộc`), the former-, acting- and new-post markers before it, and the
chain's posts that name the principal or the office of another title (`Chủ tịch nước, Phó
Chủ nhiệm Văn phòng Chủ tịch nước X`). Reads units and lexicons only; records nothing (the
places of an envoy's title are returned as spans; title_chain.chain records them). Used by
title_chain.chain (and former_title/new_post by the callers of a chain).
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.entities.lookup import is_surname, place_at, title_at
from c4ir_kb.extract.entities.names import person_name
from c4ir_kb.extract.entities.org_extent import org_at, split_person_from_org
from c4ir_kb.extract.entities.org_name import org_name
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import PREFIXES
from c4ir_kb.nlp.normalize import match_key


def served_post_dropped(v: DocView, items: list[dict]) -> list[dict]:
    """`của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước X`: a post that a later
    title's organisation is named after (the office, staff or board serving that post) is
    not the holder's own: no one heads the office of his own post. The chain's items from
    the one after the last such post."""
    cut = 0
    for x, it in enumerate(items):
        if it["org"] is not None or it["rank"]:
            continue
        t = match_key(it["title"])
        for later in items[x + 1 :]:
            if later["org"] is None:
                continue
            o = match_key(v.s[v.units[later["org"][0]].start : v.units[later["org"][1] - 1].end])
            if o.endswith(t) and len(o) > len(t):
                cut = x + 1
                break
    return items[cut:]


def parent_body(v: DocView, t0: int, t1: int, org: tuple | None) -> tuple[int, tuple] | None:
    """`Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương`, `Trưởng phòng Tổng hợp, Sở
    Tài chính tỉnh X`, `Giám đốc khối Khách hàng doanh nghiệp lớn, Ngân hàng X`: a unit of a
    body (a department, division or section, `subunit_heads` or `khối`: rules.department_nouns) named in or right after the
    title, then a comma or `thuộc` (`unit_of_links`) and the body it belongs to. The unit joins the title and the body is
    the organisation (the guideline's `Giám đốc khối ..., Ngân hàng X` -> that title /
    `Ngân hàng X`): (the title's new end, the body's span and rule), or None. Not when a title
    or a name follows the comma, nor a unit of the same kind (`Vụ X, Vụ Y` lists two)."""
    R = rules()
    depts = R.department_nouns
    if org is not None:
        hd = v.phrase(org[0], depts, 2)
        if not hd:
            return None
        e = org[1]
    elif any(v.phrase(k, depts, 2) for k in range(t0 + 1, t1)):
        # `Trưởng phòng Tổng hợp,`: the title holds its department (`Phó Trưởng phòng Giá đất
        # thuộc`: the department's name up to the link)
        hd, e = 0, t1
        while e < v.n and e - t1 < 8 and v.tight(e - 1) and v.units[e].text.isalpha() and not v.phrase(e, R.lx.words("unit_of_links"), 2) and not title_at(v, e)[0]:
            e += 1
        if e > t1 and not (e < v.n and v.tight(e - 1)):
            return None  # (a department name closed by punctuation is read by the rule before)
    else:
        hd = v.phrase(t1, depts, 2) if t1 < v.n and v.tight(t1 - 1) and v.units[t1].text.islower() else 0
        if not hd or t1 + hd >= v.n or not cap(v.units[t1 + hd]):
            return None
        e = t1 + hd  # `Giám đốc khối Khách hàng doanh nghiệp lớn,`: a division named after the title
        while e < v.n and e - t1 < 9 and v.tight(e - 1) and v.units[e].text.isalpha() and (e == t1 + hd or not title_at(v, e)[0]):
            e += 1
    if e >= v.n:
        return None
    u_end = e
    if v.tight(e - 1):
        # `Phó Trưởng phòng Giá đất thuộc Bộ X`: the body the unit belongs to, after `thuộc`
        lk = v.phrase(e, R.lx.words("unit_of_links"), 2)
        if not lk or e + lk >= v.n or not v.tight(e + lk - 1):
            return None
        e += lk
    elif v.gap(e - 1) != ", ":
        return None
    if title_at(v, e)[0] or former_title(v, e) or is_surname(v, e) and person_name(v, e, anchored=True) - e >= 2:
        return None
    pe, rule = org_at(v, e)
    if not pe or (hd and tuple(u.key for u in v.units[e : e + hd]) == tuple(u.key for u in v.units[org[0] if org else t1 : (org[0] if org else t1) + hd])):
        return None
    if split_person_from_org(v, (e, pe, rule)) is not None or (pe < v.n and v.tight(pe - 1) and cap(v.units[pe])):
        return None
    return u_end, (e, pe, rule)


def event_committee_end(v: DocView, t0: int, t1: int) -> int:
    """End of the head of an event's organising committee (`Trưởng Ban Tổ chức Lễ kỷ niệm`,
    `Trưởng ban tổ chức các ngày lễ lớn tỉnh`, `Trưởng ban tổ chức Giỗ Tổ Hùng Vương và Tuần
    Văn hóa - Du lịch Đất Tổ năm 2025`): a `Ban Tổ chức` title followed by no party committee
    but by what it organises; the event belongs to the title (an event is no organisation),
    up to punctuation or the clause's lower-case verb. t1 when the title is no such one."""
    if t1 - t0 < 3 or tuple(u.key for u in v.units[t1 - 3 : t1]) != ("ban", "tổ", "chức") or t1 >= v.n or not v.tight(t1 - 1):
        return t1
    if v.units[t1].text.islower() and v.units[t1].pos == "V":
        return t1  # `Trưởng Ban Tổ chức cho biết`
    k = t1
    while k < v.n and k - t1 < 20 and (k == t1 or v.tight(k - 1) or v.gap(k - 1) in (" - ", " – ")):
        u = v.units[k]
        if k > t1 and (u.text.islower() and u.pos == "V" or title_at(v, k)[0] and cap(u)):
            break
        if not (u.text.isalpha() or u.text.isdigit()):
            break
        k += 1
    return k


def envoy_tail(v: DocView, t1: int) -> tuple[int, list[tuple[int, int]]]:
    """End of an envoy's title (envoy_titles) whose words end at unit t1, and the spans of the
    places in it: the state that sends the envoy and the seat belong to the title, as the
    guideline writes them (no body is named), and stay places of the story.
    `Đặc phái viên Thủ tướng Anh`, `Đặc phái viên của Tổng thống Hàn Quốc` (the envoy of a head
    of state or government, `của` optional); the country, after `Vương quốc` or the noun `nước`
    (`Đại sứ đặc mệnh toàn quyền nước Cộng hòa X`); then the seat after `tại`/`ở` (`tại Việt
    Nam`), with the country of a city after a spaced dash (`tại Vancouver - Canada`). (t1, [])
    when no country follows."""
    k = t1 + 1 if t1 + 1 < v.n and v.units[t1].low == "của" and v.tight(t1) else t1
    nt, _, rk = title_at(v, k)
    if nt and not rk and k + nt < v.n and v.tight(k + nt - 1):
        pn = place_at(v, k + nt, allow_weak=False)[1]
        if pn is not None and pn.type == "country":
            t1 = k + nt
    kq = 0
    if t1 + 2 < v.n and tuple(u.key for u in v.units[t1 : t1 + 2]) == ("vương", "quốc") and v.tight(t1 + 1):
        kq = 2  # `Tổng Lãnh sự Vương quốc Campuchia`
    elif t1 + 1 < v.n and v.units[t1].text == "nước" and v.tight(t1):
        kq = 1  # `Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa`
    n1, p1 = place_at(v, t1 + kq, allow_weak=False) if t1 + kq < v.n else (0, None)
    if p1 is None or p1.type != "country":
        return t1, []
    places = [(t1 + kq, t1 + kq + n1)]
    t1 += kq + n1
    if t1 + 1 < v.n and v.units[t1].low in ("tại", "ở") and v.tight(t1 - 1) and v.tight(t1):
        n2, p2 = place_at(v, t1 + 1, allow_weak=False)
        if p2 is not None and p2.type in ("country", "province", "city"):
            places.append((t1 + 1, t1 + 1 + n2))
            t1 += 1 + n2
            if p2.type != "country" and t1 < v.n and v.gap(t1 - 1) in (" - ", " – "):
                n3, p3 = place_at(v, t1, allow_weak=False)
                if p3 is not None and p3.type == "country":
                    places.append((t1, t1 + n3))
                    t1 += n3
    return t1, places


def settlement_name(v: DocView, t0: int, t1: int) -> int:
    """End of a village or neighbourhood post whose title ends in a settlement noun
    (`Trưởng thôn Đông Hòa`, `Phó trưởng ấp 3`, `Tổ trưởng tổ dân phố Số 5`): the settlement's
    name (capitalised words) or number right after it joins the title, as a village is a
    place and no body; t1 when the title does not end so or no name follows."""
    nouns = rules().lx.words("settlement_post_nouns")
    if t1 >= v.n or not v.tight(t1 - 1) or not any(tuple(u.key for u in v.units[t1 - len(w) : t1]) == w for w in nouns if t1 - len(w) >= t0):
        return t1
    k = t1
    while k < v.n and k - t1 < 4 and (k == t1 or v.tight(k - 1)):
        u = v.units[k]
        if not (cap(u) and u.text.isalpha() or u.text.isdigit()) or title_at(v, k)[0] or (is_surname(v, k) and person_name(v, k, anchored=True) - k >= 2):
            break
        k += 1
    return k


def unnamed_level_tail(v: DocView, t0: int, t1: int) -> int:
    """End of a post written lower case as an occupation and followed by the bare noun of a
    commune or village (`cựu kế toán xã,`, `thủ quỹ thôn.`): the unnamed commune joins the
    title (as the gold writes `kế toán xã`; no body is named); t1 otherwise."""
    if t1 >= v.n or not v.tight(t1 - 1) or not v.units[t0].text.islower():
        return t1
    n = v.phrase(t1, _unnamed_level_nouns(), 2)
    if n and (t1 + n >= v.n or not v.tight(t1 + n - 1)) and v.units[t1].text.islower():
        return t1 + n
    return t1


@lru_cache(maxsize=1)
def _unnamed_level_nouns() -> frozenset[tuple]:
    """The bare nouns of a commune or village: the settlement nouns of village posts
    (settlement_post_nouns) and the commune-level units (commune_level_nouns: `xã`, `phường`)."""
    table = rules().lx.words("settlement_post_nouns") | rules().lx.words("commune_level_nouns")
    PREFIXES.add(table)
    return table


def unit_name_tail(v: DocView, t0: int, t1: int) -> int:
    """End of a unit's name that a composed head title (`<Unit> trưởng`, title_unit_nouns)
    runs into when no organisation was found there: `Hạt trưởng Hạt Kiểm lâm huyện X` (the
    unit noun repeated). The name joins the title, as the guideline accepts the unsplit
    string (`Hạt trưởng` / `Hạt Kiểm lâm huyện X`); no organisation is guessed. t1 otherwise."""
    if t1 >= v.n or not v.tight(t1 - 1) or not cap(v.units[t1]) or title_at(v, t1)[0]:
        return t1
    keys = tuple(u.key for u in v.units[t0:t1])
    if keys[-1:] != ("trưởng",):
        return t1
    unit = keys[1:-1] if keys[0] == "phó" else keys[:-1]
    if unit not in rules().lx.head_units or tuple(u.key for u in v.units[t1 : t1 + len(unit)]) != unit:
        return t1
    e = org_name(v, t1, len(unit), "body")
    return e if e > t1 + len(unit) and _name_closed(v, e) else t1


def _name_closed(v: DocView, e: int) -> bool:
    """Does a unit's name end at e: punctuation, the clause's lower-case verb, or the holder's
    full name? (`Trạm trưởng Trạm Quan trắc của Sở …`: a name running on is not cut short.)"""
    if e >= v.n or re.match(r"\s*[,;.:()]", v.gap(e - 1)):
        return True
    u = v.units[e]
    return u.text.islower() and u.pos == "V" or is_surname(v, e) and person_name(v, e, anchored=True) - e >= 2


def ministry_after_title(v: DocView, t0: int, t1: int) -> int:
    """End of a minister's title that names its ministry without the head noun `Bộ`
    (`Bộ trưởng Xây dựng Trần Văn A`, `Thứ trưởng Công Thương B`): the ministry belongs to
    the title, as the gold writes `Bộ trưởng Ngoại giao` with no organisation (and as the
    title lexicon holds `Bộ trưởng Tài chính`); t1 when no ministry follows. A country after
    it stays for the envoy rule (`Bộ trưởng Ngoại giao Lào`)."""
    lx = rules().lx
    if t1 >= v.n or not v.tight(t1 - 1) or tuple(u.key for u in v.units[t0:t1]) not in lx.words("minister_titles"):
        return t1
    n = v.phrase(t1, lx.words("ministry_short_names"), 8)
    return t1 + n


def after_term(v: DocView, j: int) -> int:
    """End of a term written right after a post (`khóa XIX`, `nhiệm kỳ 2020 - 2025`,
    `khóa XV`) at unit j, else j: the term qualifies the post, it ends neither the chain nor
    starts another title."""
    if j >= v.n or not v.tight(j - 1):
        return j
    n = v.phrase(j, rules().lx.words("term_markers"), 2)
    if not n or j + n >= v.n or not v.tight(j + n - 1):
        return j
    w = v.units[j + n].text
    if re.fullmatch(r"[IVXLC]+|\d{1,2}|(19|20)\d\d-(19|20)\d\d", w):  # (`2010-2015` written as one word)
        return j + n + 1
    if re.fullmatch(r"(19|20)\d\d", w):
        e = j + n + 1
        m = re.match(r"\s*[-–]\s*", v.gap(e - 1)) if e < v.n else None
        if m and m.end() == len(v.gap(e - 1)) and re.fullmatch(r"(19|20)\d\d", v.units[e].text):
            e += 1
        return e
    return j


def new_post(v: DocView, k: int) -> bool:
    """`tân Phó Bí thư`: a marker of a post just taken, skipped and not kept in the title."""
    return v.units[k].low in rules().lx.wordset("new_post_markers")


def former_title(v: DocView, k: int) -> bool:
    """`cựu Chủ tịch`, `nguyên Giám đốc`, `Quyền Giám đốc`: a former- or acting-post marker
    right before a title (kept in the title)."""
    if k + 1 >= v.n or not v.tight(k) or not title_at(v, k + 1)[0]:
        return False
    u = v.units[k]
    if u.low in rules().former_markers or new_post(v, k):
        return True
    # `Quyền Giám đốc`: an acting post; not `thẩm quyền Chủ tịch` (a lower-case word before it)
    return u.low in rules().lx.wordset("acting_markers") and (cap(u) or k == 0 or not (v.tight(k - 1) and v.units[k - 1].text.isalpha() and v.units[k - 1].text.islower()))
