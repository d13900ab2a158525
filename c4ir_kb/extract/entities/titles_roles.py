"""Component 2, titles and roles: people named with titles and what they hold.

`Chủ tịch UBND TP.HCM Phan Văn Mãi`, `bà X, Giám đốc Sở Y,`, `Thiếu tướng X`,
`PGS.TS X`, `ông X`.
Reads: unclaimed units before `v.limit`. Claims: PER mentions (per.title+name,
per.degree+name, per.honorific+name, per.honorific+one-name), ORG mentions of the
organisations in the chains (org_extent's rules, org.brand-before-name, ...), LOC of a
country before a name (loc.title-country). Adds: roles (role.*), links of acronyms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.entities.acronyms import paren_acronym
from c4ir_kb.extract.entities.crf import joined_names
from c4ir_kb.extract.entities.lookup import degree_at, is_surname, phrase_before, place_at, title_at
from c4ir_kb.extract.entities.mentions import add_mention, org_mention
from c4ir_kb.extract.entities.names import brand_then_name, person_name, valid_name
from c4ir_kb.extract.entities.org_extent import foreign_name, org_at, split_person_from_org
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.title_chain import chain, former_title, new_post
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import _ukey
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable


def find_titles_and_roles(v: DocView) -> None:
    R = rules()
    limit = v.limit
    lx = R.lx
    i = 0
    while i < v.n and v.units[i].start < limit:
        if v.claimed[i]:
            i += 1
            continue
        u = v.units[i]
        if any(i - b >= 0 and v.tight(i - b) and v.phrase(i - b, lx.org_heads, lx.max_head, True) > b for b in (1, 2)):
            i += 1  # `Bộ Tư lệnh Quân khu 5`: a title inside an organisation's head noun
            continue
        # `...; Lê Văn A, Phó Chủ tịch UBND tỉnh;`: an item of an attendance list, a name
        # with its titles after it
        e, rule = named_with_titles_after(v, i)
        if e:
            pid = add_person(v, i, e, rule)
            appositive(v, pid, e)
            i = e
            continue
        # title chain
        if (cap(u) and title_at(v, i)[0]) or lower_rank_before_name(v, i) or (former_title(v, i) and cap(v.units[i + 1])) or (degree_at(v, i) and title_at(v, i + degree_at(v, i))[0]):
            items, j = chain(v, i)
            if len(items) > 1 and after_appointment_verb(v, i) and v.gap(items[1]["t0"] - 1).strip() == ",":
                # `… được bổ nhiệm làm Bộ trưởng X, Phó Thủ tướng Nguyễn Văn B`: the first title
                # completes the verb (an earlier person's); B's titles start after the comma
                i = items[1]["t0"]
                continue
            if items:
                k, name_end, country = holder_after(v, items, j)
                if name_end and country is not None:
                    add_mention(v, "LOC", country[0], country[1], "loc.title-country")
                plural = plural_before(v, i)
                if name_end:
                    emit_chain(v, items)
                    pid = add_person(v, k, name_end, "per.title+name")
                    for it in items:
                        add_role(v, pid, it, "role.title-before-name")
                    appositive(v, pid, name_end)
                    i = name_end
                    if plural and not v.claimed[min(i, v.n - 1)]:
                        i = shared_title_list(v, items, i, first=False)
                    continue
                # no name: still emit the organisations inside the chain
                emit_chain(v, items)
                i = max(j, i + 1)
                if plural and j < v.n and v.units[j].text.islower() and v.tight(j - 1):
                    j += v.phrase(j, R.local_prefixes, 2)  # `các Phó Chủ tịch UBND | tỉnh:`
                if plural and j < v.n and v.gap(j - 1).strip() == ":" and "\n" not in v.gap(j - 1):
                    i = shared_title_list(v, items, j, first=True)
                elif plural and j < v.n and v.tight(j - 1) and v.phrase(j, R.lx.words("list_openers"), 2):
                    # `các đồng chí Phó Chủ tịch UBND tỉnh gồm A, B`: a verb opens the list
                    o = j + v.phrase(j, R.lx.words("list_openers"), 2)
                    if o < v.n and (v.tight(o - 1) or v.gap(o - 1).strip() == ":") and "\n" not in v.gap(o - 1):
                        i = shared_title_list(v, items, o, first=True)
                continue
        # degree + name (PGS.TS Nguyễn Văn A, Luật sư Trần B), roles may follow after a comma
        d = degree_at(v, i)
        if d and i + d < v.n and v.tight(i + d - 1):
            k = i + d
            e = person_name(v, k, anchored=True)
            if e and valid_name(v, k, e, anchored=True) and (e - k >= 2 or is_surname(v, k) or is_latin_word(v.units[k].text)):
                pid = add_person(v, k, e, "per.degree+name")
                v.claim(i, k)
                appositive(v, pid, e)
                i = e
                continue
        # honorific + name
        h = v.phrase(i, lx.honorifics, 2)
        if h and cap(u) and i > 0 and v.tight(i - 1) and v.units[i - 1].text.isalpha() and tuple(x.key for x in v.units[i : i + h]) in lx.honorifics_lower and u.text not in lx.wordset("capitalised_address_forms"):
            h = 0  # a capitalised `Ông`/`Bà` mid-sentence is part of a name (khu công nghiệp Ông Kèo, chợ Bà Chiểu)
        if h and i + h < v.n and v.tight(i + h - 1) and place_at(v, i)[0] <= h - 0 and not place_at(v, i)[1]:
            k = i + h
            e = person_name(v, k, anchored=True)
            if e - k == 1 and joined_names(v.units[k].text):
                e = 0  # `anh em Việt-Lào`: the parties of a relation, no one name
            if e and valid_name(v, k, e, anchored=True, honorific=True):
                pid = add_person(v, k, e, "per.honorific+name" if e - k > 1 else "per.honorific+one-name")
                glued_title(v, pid)
                appositive(v, pid, e)
                i = e
                continue
        i += 1


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
                if not it["rank"] and it["title"].lower() in R.foreign_heads and pc.name != "Việt Nam" and not domestic:
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
    if k < v.n and v.tight(k - 1):
        name_end = person_name(v, k, anchored=True, surname_head=items[-1]["org"] is not None)
    elif k < v.n and v.gap(k - 1) in (" - ", " – ") and is_surname(v, k):
        # `Phó Chủ tịch UBND tỉnh - Phạm Tấn Hòa`: a dash before a full name
        e2 = person_name(v, k, anchored=True)
        name_end = e2 if e2 - k >= 2 else 0
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


def _addressed_elsewhere(v: DocView, s: int, e: int) -> bool:
    """Does the article write the words s..e elsewhere right after a form of address (`ông`, `bà`)?"""
    want = tuple(u.key for u in v.units[s:e])
    n = len(want)
    hon = rules().lx.honorifics
    return any(p != s and tuple(u.key for u in v.units[p : p + n]) == want and p > 0 and (v.units[p - 1].key,) in hon and v.tight(p - 1) for p in range(1, v.n - n + 1))

def emit_chain(v: DocView, items: list[dict]) -> None:
    R = rules()
    for it in sorted(items, key=lambda x: bool(x.get("shared_org"))):
        if it.get("shared_org"):
            owner = next((o for o in items if o["org"] == it["org"] and o.get("mention") is not None), None)
            if owner is not None:
                it["mention"] = owner["mention"]
                continue
        if it["org"] is not None:
            a, b, rule = it["org"]
            if v.free(a, b):
                it["mention"] = add_mention(v, "ORG", a, b, rule)
                paren_acronym(v, it["mention"])
    # `Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đồng Nai`: the bare Tỉnh ủy is Đồng Nai's
    for x, it in enumerate(items):
        mi = it.get("mention")
        if mi is None or it["org"] is None or v.mentions[mi].home_body:
            continue  # (a province's own command has its home province already)
        a, b = it["org"][0], it["org"][1]
        hk = tuple(u.key for u in v.units[a:b])
        if R.lx.org_heads.get(hk) != "local":
            continue
        for later in items[x + 1 :]:
            if later.get("mention") is None or later["org"] is None:
                continue
            la, lb = later["org"][0], later["org"][1]
            place = None
            for k in range(la, lb):
                n, p = place_at(v, k, allow_weak=False)
                if p is not None and k + n == lb and p.type in ("province", "city"):
                    place = v.doc.article.text[v.units[k].start : v.units[lb - 1].end]
                    break
            if place is None and v.mentions[later["mention"]].virt_place:
                place = v.mentions[later["mention"]].virt_place
            if place is not None:
                v.mentions[mi].virt = v.doc.article.text[v.units[a].start : v.units[b - 1].end] + " " + place
                break


def add_person(v: DocView, i: int, j: int, rule: str) -> int:
    mi = add_mention(v, "PER", i, j, rule)
    return mi


def add_role(v: DocView, pid: int, it: dict, rule: str) -> None:
    """Record that person mention `pid` holds chain item `it`; `rule` (a role rule id of
    data/entity_rules.json) unless the item is a rank or says how its organisation was found."""
    rule = it.get("via") or ("role.rank" if it["rank"] else rule)
    a = v.units[it["t0"]].start
    b = v.units[it["org"][1] - 1].end if it["org"] and it["org"][0] >= it["t1"] else v.units[it["t1"] - 1].end
    v.roles.append({"person": pid, "title": it["title"], "org": it.get("mention"), "start": a, "end": b, "rank": it["rank"], "bare_head": it.get("bare_head"), "former": it.get("former"), "committee": it.get("committee"), "rule": rule})


def appositive(v: DocView, pid: int, e: int) -> None:
    """`ông X, Giám đốc Y` / `... X, Chủ tịch Hội đồng quản lý C4IR,` / `đồng chí X - Bí thư
    Tỉnh ủy`: roles after the name, behind a comma or a spaced dash."""
    R = rules()
    c = caption_position(v, e)
    if c:
        e = c  # `Ông A (bên phải), Tổng giám đốc X`: a caption's position, then the titles
    elif e >= v.n or v.gap(e - 1).strip() not in (",", "-", "–") or "\n" in v.gap(e - 1):
        return
    former = None
    if former_title(v, e):
        former = None if new_post(v, e) else e  # `..., nguyên Giám đốc Sở X,`: a former post keeps its marker in the title
        e += 1
    if not title_at(v, e)[0]:
        return
    items, j = chain(v, e, appositive=True)
    if not items:
        return
    if former is not None:
        items[0]["title"] = v.s[v.units[former].start : v.units[items[0]["t1"] - 1].end]
        items[0]["t0"] = former
        e = former
    # a following name means a new person (`..., Chủ tịch UBND TP.HCM Phan Văn Mãi`)
    if j < v.n and v.tight(j - 1) and (pe := person_name(v, j, anchored=True)) and valid_name(v, j, pe, anchored=True):
        return
    last = items[-1]["org"]
    if last is not None and split_person_from_org(v, last) is not None and (last[1] >= v.n or not v.tight(last[1] - 1) or not cap(v.units[last[1]])):
        return  # `A, Giám đốc Sở X Trần Văn B cùng dự`: the titles are B's, not A's
    t = items[-1]["title"].lower()
    if last is not None and any(t == h or t.startswith(h + " ") for h in R.envoy) and foreign_name(v, last[0], last[1]):
        return  # `A, Đại sứ Anh tại Việt Nam Iain Frew`: an envoy's title names no body; the next holder's name
    emit_chain(v, items)
    if len(items) == 1 and items[0]["org"] is None and not items[0]["rank"] and not items[0].get("bare_head"):
        # `Đại diện Tổng công ty X, ông Y, Phó Tổng giám đốc, ...`: the title is held in the
        # organisation the person speaks for
        k = v.mentions[pid].i
        if k > 0 and v.units[k - 1].low in ("ông", "bà"):
            k -= 1
        if k > 0 and v.gap(k - 1).strip() == ",":
            for a in range(k - 1, max(1, k - 14), -1):
                if v.units[a - 1].low in ("diện", "mặt") and a >= 2 and v.units[a - 2].low in ("đại", "thay") and org_at(v, a)[0] == k:
                    known = next((mi for mi, m in enumerate(v.mentions) if m.type == "ORG" and m.i == a and m.j == k), None)
                    if known is None and v.free(a, k):
                        e2, rule = org_at(v, a)
                        known = add_mention(v, "ORG", a, k, rule)
                    items[0]["mention"] = known
                    if known is not None:
                        items[0]["via"] = "role.representative"
                    break
    for it in items:
        add_role(v, pid, it, "role.title-after-name")
    v.claim(e, j)


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


def lower_rank_before_name(v: DocView, i: int) -> bool:
    """`đại tướng Lương Văn A`, `đại tá Trần B`: a rank written lower case right before a
    full name (a surname and more) is that person's rank too."""
    n, _, is_rank = title_at(v, i)
    return is_rank and v.units[i].text.islower() and i + n + 1 < v.n and v.tight(i + n - 1) and is_surname(v, i + n) and v.tight(i + n) and cap(v.units[i + n + 1])


def glued_title(v: DocView, pid: int) -> None:
    """`ông Remon Vos-CEO Tập đoàn CTP`: a one-word title glued to the name's last word by a
    hyphen ends the name; the title is the person's, held in the organisation after it."""
    m = v.mentions[pid]
    u = v.units[m.j - 1]
    head, _, tail = u.text.rpartition("-")
    if not head or not tail[:1].isupper() or _ukey(tail) not in rules().lx.titles or rules().lx.titles[_ukey(tail)]:
        return
    m.end = u.start + len(head)
    mention, end = None, u.end
    if m.j < v.n and v.tight(m.j - 1):
        e2, rule = org_at(v, m.j)
        if e2:
            mention = org_mention(v, (m.j, e2, rule))
            end = v.units[e2 - 1].end
    v.roles.append({"person": pid, "title": tail, "org": mention, "start": m.end + 1, "end": end, "rank": False, "bare_head": None, "former": None, "rule": "role.title-after-name"})


def caption_position(v: DocView, e: int) -> int:
    """`Ông A (bên phải), Tổng giám đốc X, ...`, `B (thứ hai từ trái sang), ...`: a photo
    caption's position in parentheses after a name (lower-case words, one of
    `caption_position_words`), or a birth year or age (`(SN 1975)`, pattern name-aside),
    closed by `),`. The unit after it, or 0."""
    if e >= v.n or v.gap(e - 1) != " (":
        return 0
    R = rules()
    k = next((k for k in range(e, min(v.n, e + 7)) if ")" in v.gap(k)), None)
    if k is None or k + 1 >= v.n or v.gap(k).strip() != ")," or "\n" in v.gap(k) or not all(v.tight(x) for x in range(e, k)):
        return 0
    inner = v.units[e : k + 1]
    if R.patterns["name-aside"].fullmatch(v.s[inner[0].start : inner[-1].end]):
        return k + 1  # `A (SN 1975), Giám đốc X`: a birth year or age
    words = R.lx.wordset("caption_position_words")
    if all(u.text == u.text.lower() for u in inner) and any(u.low in words for u in inner):
        return k + 1
    return 0


def plural_before(v: DocView, i: int) -> bool:
    """`các Phó Chủ tịch ...`, `các đồng chí Phó Chủ tịch ...`: a plural marker before a title
    says the title heads a list of people."""
    k = i - 1
    if k >= 0 and v.tight(k) and tuple(u.key for u in v.units[k - 1 : k + 1]) == ("đồng", "chí"):
        k -= 2
    if k < 0 or not v.tight(k):
        return False
    u = v.units[k]
    # `3 Phó bí thư Tỉnh ủy gồm: …`, `hai Phó Chủ tịch là …`: a count of two or more too
    return u.low in rules().lx.wordset("plural_markers") or u.low in rules().lx.wordset("plural_counts") or (u.text.isdigit() and 2 <= int(u.text) <= 99)


def shared_title_list(v: DocView, items: list[dict], k: int, first: bool) -> int:
    """Names listed after a plural title (`các Phó Chủ tịch UBND tỉnh A và B`, `các đồng chí
    Phó Chủ tịch UBND tỉnh: A, B và C`, `... Quân khu: Thiếu tướng A, Thiếu tướng B`) each hold
    its titles, and a rank written before a name is that person's. A listed name stops the
    list when its own titles follow it, unless the list's items are divided by `;` (`các
    đồng chí Ủy viên Thường vụ Đảng ủy: Đại tá A, Chính ủy Sư đoàn; Đại tá B, Sư đoàn
    trưởng`): each item is a name with titles of its own and the shared ones. Returns the
    unit after the list."""
    line_end = v.s.find("\n", v.units[k].start) if k < v.n else -1
    semi = first and ";" in v.s[v.units[min(k, v.n - 1)].start : line_end if line_end >= 0 else len(v.s)]
    sep_ok = first
    item_start = True  # at the list's start or after `;`: an item that may carry titles of its own
    while k < v.n:
        if not sep_ok:
            g = v.gap(k - 1)
            item_start = g.strip() == ";"
            if "\n" in g:
                break
            if g.strip() == "," and k < v.n and v.units[k].low == "và" and v.tight(k):
                k += 1
            elif g.strip() == "," or (g == " " and v.units[k].low == "và"):
                if v.units[k].low == "và":
                    k += 1
            elif not (semi and g.strip() == ";"):
                break
        ranks: list[dict] = []
        hn = v.phrase(k, rules().lx.honorifics, 2) if k < v.n else 0
        if hn and k + hn < v.n and v.tight(k + hn - 1) and is_surname(v, k + hn):
            v.claim(k, k + hn)
            k += hn  # `gồm: bà A (…) - Chủ tịch HĐND tỉnh, ông B …`: a form of address before the name
        j = k
        if first and k < v.n and cap(v.units[k]) and (title_at(v, k)[0] and not title_at(v, k)[2] or former_title(v, k)):
            # `các Ủy viên Bộ Chính trị: Bí thư Trung ương Đảng, Chủ nhiệm X A; Bộ trưởng Y B`:
            # an item written as its own titles before the name holds those and the shared ones
            e = titled_item(v, items, k)
            if not e:
                break
            k, sep_ok = e, False
            continue
        if k < v.n and cap(v.units[k]) and title_at(v, k)[2]:
            ranks, j = chain(v, k)  # `Thiếu tướng A`: a rank before the listed name
            if not ranks or any(not it["rank"] for it in ranks) or j >= v.n or not v.tight(j - 1):
                break
        if j >= v.n or v.claimed[j] or not is_surname(v, j):
            break
        e = person_name(v, j, anchored=True)
        if e - j < 2 or not valid_name(v, j, e, anchored=True) or v.claimed[e - 1]:
            break
        aside = caption_position(v, e) or _paren_title_end(v, e)  # `bà A (Phó bí thư thường trực) - Chủ tịch HĐND tỉnh`
        g_own = v.gap((aside or e) - 1).strip().lstrip(")").strip()
        own = (aside or e) < v.n and g_own in (",", "-", "–") and title_at(v, aside or e)[0]
        dashed = own and g_own in ("-", "–") and first
        if own and not (semi and item_start) and not dashed:
            break  # `..., Trần Văn A, Giám đốc Sở X`: a name with titles of its own
        v.claim(k, j)
        pid = add_person(v, j, e, "per.shared-title-list")
        for it in ranks:
            add_role(v, pid, it, "role.rank")
        for it in items:
            add_role(v, pid, it, "role.shared-title-list")
        k = e
        sep_ok = False
        if semi and own:
            appositive(v, pid, e)
            # the item runs to the next `;` (or the end of the sentence)
            while k < v.n and v.gap(k - 1).strip() != ";" and "\n" not in v.gap(k - 1) and not (v.gap(k - 1).startswith(".") and v.gap(k - 1).endswith(" ")):
                k += 1
        elif dashed:
            if aside and not caption_position(v, e):
                # `(Phó bí thư thường trực)` after `3 Phó bí thư Tỉnh ủy gồm:`: a qualified
                # form of the shared title is held in the shared title's organisation
                for it in chain(v, e, appositive=True)[0]:
                    base = next((x for x in items if x["org"] is not None and it["title"].lower().startswith(x["title"].lower() + " ")), None)
                    if base is not None and it["org"] is None and not it["rank"]:
                        add_role(v, pid, {**it, "org": base["org"], "mention": base.get("mention")}, "role.shared-title-list")
            items2, _ = chain(v, aside or e, appositive=True)
            emit_chain(v, items2)
            for it in items2:
                add_role(v, pid, it, "role.title-after-name")
            # `A - Chủ tịch HĐND tỉnh, ông B - …`: the item's own titles behind a dash run to
            # the next `,`/`và` that opens another name
            while k < v.n and "\n" not in v.gap(k - 1) and not (v.gap(k - 1).startswith(".") and v.gap(k - 1).endswith(" ")) and not _next_item(v, k):
                k += 1
    return k


def titled_item(v: DocView, shared: list[dict], k: int) -> int:
    """An item of a list under a shared title written as the person's own title chain and then
    the name (`Bộ trưởng Bộ Y tế Trần Văn A`): records the person with both the item's titles
    and the shared ones; the unit after the name, or 0 when no full name follows the chain."""
    own, j = chain(v, k)
    if not own:
        return 0
    k2, e, country = holder_after(v, own, j)
    if not e or e - k2 < 2 and not is_latin_word(v.units[k2].text) or not valid_name(v, k2, e, anchored=True):
        return 0
    if country is not None:
        add_mention(v, "LOC", country[0], country[1], "loc.title-country")
    emit_chain(v, own)
    pid = add_person(v, k2, e, "per.title+name")
    for it in own:
        add_role(v, pid, it, "role.title-before-name")
    for it in shared:
        add_role(v, pid, it, "role.shared-title-list")
    return e


def _paren_title_end(v: DocView, e: int) -> int:
    """`A (Phó bí thư thường trực) - …`: the unit after a bracketed title right after a name
    (its own role, read by paren_roles), or 0."""
    if e >= v.n or v.gap(e - 1) != " (" or not title_at(v, e)[0]:
        return 0
    k = next((k for k in range(e, min(v.n, e + 8)) if ")" in v.gap(k)), None)
    return k + 1 if k is not None and k + 1 < v.n else 0


def _next_item(v: DocView, k: int) -> bool:
    """Does a new listed name begin at unit k, behind `,` or `và` (with a form of address)?"""
    g = v.gap(k - 1).strip()
    if v.units[k].low == "và" and v.tight(k):
        k += 1
    elif g != ",":
        return False
    if k >= v.n:
        return False
    hn = v.phrase(k, rules().lx.honorifics, 2)
    # (`…, Phó Bí thư Đảng ủy và B`: `Phó` opening a title is no surname)
    return is_surname(v, k + hn) and not title_at(v, k + hn)[0] if k + hn < v.n else False


def named_with_titles_after(v: DocView, i: int) -> tuple[int, str]:
    """A full name (surname + 1..3 syllables) with no title or honorific before it, followed
    by its titles behind a comma or a dash: (end, rule) or (0, ''). Right after `:` or `;`
    (an item of an attendance list) two syllables do; elsewhere the name has three or more,
    or underthesea tags it a person."""
    if not is_surname(v, i) or v.phrase(i, rules().lx.honorifics, 2):
        return 0, ""  # `Ông Quản Duy Hải, ...`: a form of address, read by the honorific rule
    if i > 0 and v.tight(i - 1) and cap(v.units[i - 1]) and (v.units[i - 1].key,) not in rules().lead_words and v.units[i - 1].pos in ("Np", "Ny", ""):
        return 0, ""  # inside a longer capitalised run (a sentence-initial word like `Riêng` is fine)
    if after_place_noun(v, i):
        return 0, ""  # `UBND Thành phố Hồ Chí Minh, Phó Thủ tướng A`: a place's name, a new item follows
    list_item = i > 0 and "\n" not in v.gap(i - 1) and v.gap(i - 1).strip() in (":", ";")
    e = person_name(v, i, anchored=True)
    if e - i < 2 or not valid_name(v, i, e, anchored=True) or not v.free(i, e):
        return 0, ""
    if not list_item and e - i < 3 and not any(u.ner.endswith("PER") for u in v.units[i:e]):
        return 0, ""
    k = caption_position(v, e)
    if not k and (e >= v.n or v.gap(e - 1).strip() not in (",", "-", "–") or "\n" in v.gap(e - 1)):
        return 0, ""
    k = k or e
    k += 1 if former_title(v, k) else 0
    if not title_at(v, k)[0]:
        return 0, ""
    return e, "per.list-item+title" if list_item else "per.name+title-after"


def after_place_noun(v: DocView, i: int) -> bool:
    """Whether an administrative or street prefix (`thành phố`, `Thành phố`, `tỉnh`, `đường`)
    stands right before unit i: the capitalised run there names a place, even one named
    after a person."""
    R = rules()
    return phrase_before(v, i, R.lx.words("admin_prefixes"), 3) or phrase_before(v, i, R.street, 3)


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


def after_appointment_verb(v: DocView, i: int) -> bool:
    """Does a verb that gives a title (`làm`, `giữ chức`, `được bổ nhiệm làm`) end right before unit i?"""
    return phrase_before(v, i, rules().lx.words("role_verbs"), 6) or (i > 0 and v.tight(i - 1) and v.units[i - 1].low == "làm")
