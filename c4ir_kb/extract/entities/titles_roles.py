"""Component 2, titles and roles: people named with titles and what they hold.

`Chủ tịch UBND TP.HCM Phan Văn Mãi`, `bà X, Giám đốc Sở Y,`, `Thiếu tướng X`,
`PGS.TS X`, `ông X`.
Reads: unclaimed units before `v.limit`. Claims: PER mentions (per.title+name,
per.degree+name, per.honorific+name, per.honorific+one-name), ORG mentions of the
organisations in the chains (org_extent's rules, org.brand-before-name, ...), LOC of a
country before a name (loc.title-country). Adds: roles (role.*), links of acronyms.
The name after a chain is found by title_holder.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.acronyms import paren_acronym
from c4ir_kb.extract.entities.crf import joined_names
from c4ir_kb.extract.entities.lookup import degree_at, is_surname, phrase_before, place_at, title_at
from c4ir_kb.extract.entities.mentions import add_mention, org_mention
from c4ir_kb.extract.entities.names import person_name, valid_name
from c4ir_kb.extract.entities.org_extent import foreign_name, org_at, split_person_from_org
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.side_frame import hold_in_side_body
from c4ir_kb.extract.entities.title_chain import chain
from c4ir_kb.extract.entities.title_tails import former_title, new_post
from c4ir_kb.extract.entities.title_holder import holder_after
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import is_latin_word


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
            if len(items) > 1 and (after_appointment_verb(v, i) or after_delegation(v, i)) and v.gap(items[1]["t0"] - 1).strip() == ",":
                # `… được bổ nhiệm làm Bộ trưởng X, Phó Thủ tướng Nguyễn Văn B`: the first title
                # completes the verb (an earlier person's); B's titles start after the comma.
                # `Thừa ủy quyền của Chủ tịch nước, Thượng tướng B`: the post B acts for is not B's
                i = items[1]["t0"]
                continue
            if items:
                k, name_end, country = holder_after(v, items, j)
                plural = plural_before(v, i)
                if name_end:
                    pid = record_holder(v, items, k, name_end, country)
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
                appositive(v, pid, e)
                i = e
                continue
        i += 1


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
            else:  # (read after the organisations: the one found already)
                it["mention"] = org_mention(v, it["org"])
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
    if run_on_name(v, j):
        return
    if j < v.n and v.tight(j - 1) and v.units[j].text.islower() and fronted_object(v, v.mentions[pid].start):
        # `Tiếp Đại sứ X, Chủ tịch nước chúc mừng`, `Tiếp ông X, Giám đốc Y, Chủ tịch tỉnh đề nghị`:
        # X closes a fronted clause; the last title, run into the next words, is that clause's subject
        if len(items) == 1:
            return
        items = items[:-1]
        j = max(items[-1]["t1"], items[-1]["org"][1] if items[-1]["org"] else 0)
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
    hold_in_side_body(v, items, v.mentions[pid].i)
    for it in items:
        add_role(v, pid, it, "role.title-after-name")
    v.claim(e, j)


def fronted_object(v: DocView, start: int) -> bool:
    """Is the person whose name begins at offset `start` the object of a meeting verb that
    opens the sentence's clause (`Tiếp Đại sứ X,`, `Cùng ngày, gặp Thủ tướng Y,`:
    fronted_meeting_verbs), the comma after the name closing that clause?"""
    sent = v.doc.sentence_at(start)
    clause = v.s[sent.start : start].split(",")[-1].strip().lower()
    return any(clause == w or clause.startswith(w + " ") for w in rules().lx.wordset("fronted_meeting_verbs"))


def lower_rank_before_name(v: DocView, i: int) -> bool:
    """`đại tướng Lương Văn A`, `đại tá Trần B`: a rank written lower case right before a
    full name (a surname and more) is that person's rank too."""
    n, _, is_rank = title_at(v, i)
    return is_rank and v.units[i].text.islower() and i + n + 1 < v.n and v.tight(i + n - 1) and is_surname(v, i + n) and v.tight(i + n) and cap(v.units[i + n + 1])


def caption_position(v: DocView, e: int) -> int:
    """`Ông A (bên phải), Tổng giám đốc X, ...`, `B (thứ hai từ trái sang), ...`: a photo
    caption's position in parentheses after a name (lower-case words, one of
    `caption_position_words`), or a birth year or age (`(SN 1975)`, pattern name-aside),
    closed by `),`. The unit after it, or 0."""
    if e >= v.n or v.gap(e - 1) != " (":
        return 0
    R = rules()
    k = next((k for k in range(e, min(v.n, e + 16)) if ")" in v.gap(k) or "\n" in v.gap(k)), None)
    if k is None or k + 1 >= v.n or v.gap(k).strip() != ")," or "\n" in v.gap(k):
        return 0
    inner = v.units[e : k + 1]
    text = v.s[inner[0].start : inner[-1].end]
    m = R.patterns["name-aside"].match(text)
    if m and (m.end() == len(text) or text[m.end() :].startswith(", ")):
        # `A (SN 1975), Giám đốc X`: a birth year or age; `A (SN 1969, trú xã X, huyện Y), cựu
        # Chủ tịch UBND xã X`: a defendant's birth year and home
        return k + 1
    if k - e >= 7 or not all(v.tight(x) for x in range(e, k)):
        return 0
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
    first_sep = None
    while k < v.n:
        if not sep_ok:
            g = v.gap(k - 1)
            item_start = g.strip() == ";"
            if "\n" in g or g.strip() == ";" and first_sep == ",":
                break  # (`…: A, B; Bí thư X C`: items divided by `,` end at a `;`)
            first_sep = first_sep or g.strip()
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
        own = (aside or e) < v.n and g_own in (",", "-", "–") and title_at(v, aside or e)[0] and not heads_name(v, aside or e)
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
            while k < v.n and v.gap(k - 1).strip() != ";" and not v.sentence_break(k - 1):
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
            while k < v.n and not v.sentence_break(k - 1) and not _next_item(v, k):
                k += 1
    return k


def record_holder(v: DocView, items: list[dict], k: int, e: int, country) -> str:
    """The person at [k, e) after a title chain: the country the chain names (`Ngoại trưởng Nhật
    Bản A`), the chain's organisations, the person and a role per title; the person's id."""
    if country is not None:
        add_mention(v, "LOC", country[0], country[1], "loc.title-country")
    emit_chain(v, items)
    hold_in_side_body(v, items, items[0]["t0"])
    pid = add_person(v, k, e, "per.title+name")
    for it in items:
        add_role(v, pid, it, "role.title-before-name")
    return pid


def run_on_name(v: DocView, j: int) -> bool:
    """`A, Ủy viên trưởng Nhân đại X B, …`: words the chain did not read (a title or body the
    lexicons lack) run on, with no punctuation, into a full name that closes the phrase: the
    title before them heads that next name, and is not the previous person's."""
    R = rules()
    stops = [R.lx.wordset(w) for w in ("lower_stop", "long_name_stops", "facility_name_stops")]  # (built once each; no union per call)
    k = j
    while k < min(v.n, j + 24) and v.tight(k - 1):
        u = v.units[k]
        if any(u.low in s for s in stops) or v.phrase(k, R.lx.honorifics, 2) or title_at(v, k)[2]:
            return False  # a joined or governed phrase, another person's address or rank: no run-on
        if cap(u) and place_at(v, k)[1] is None and (e := full_name_end(v, k)) and (e >= v.n or not v.tight(e - 1) or not cap(v.units[e])):
            return True
        k += 1
    return False


def heads_name(v: DocView, k: int) -> bool:
    """Does the title chain at unit k run straight into a full name (`…, Đại tá B`)? Then it is
    the pre-name title of the next listed person, not the previous name's own."""
    if not title_at(v, k)[2]:
        return False  # (only a rank: a post's chain is read once, by appositive)
    items, j = chain(v, k, appositive=True)
    return bool(items) and j < v.n and v.tight(j - 1) and full_name_end(v, j) > 0


def full_name_end(v: DocView, k: int) -> int:
    """End of a full name (a surname and 1+ syllables, valid after a title) at unit k, or 0."""
    e = person_name(v, k, anchored=True) if is_surname(v, k) else k
    return e if e - k >= 2 and valid_name(v, k, e, anchored=True) else 0


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
    pid = record_holder(v, own, k2, e, country)
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


def after_appointment_verb(v: DocView, i: int) -> bool:
    """Does a verb that gives a title (`làm`, `giữ chức`, `được bổ nhiệm làm`) end right before unit i?"""
    return phrase_before(v, i, rules().lx.words("role_verbs"), 6) or (i > 0 and v.tight(i - 1) and v.units[i - 1].low == "làm")


def after_delegation(v: DocView, i: int) -> bool:
    """Does a formula of acting for someone (`thừa ủy quyền của`, `thay mặt`) end right before
    unit i? The title after it names the principal, not the one who acts."""
    return phrase_before(v, i, rules().lx.words("delegation_formulas"), 4)
