"""Grouping: article-local entities from the mentions.

Mentions are joined when they share a linking key (`linking.link_keys`), by the
links earlier components added (acronyms, short forms), and by the article-local
rules here: a short form of one longer organisation, a person's given name or
surname + given name, a bare acronym or local head, an abbreviation of a head's
name (`Sở VH-TT&DL`), a numbered unit and its honorary name; and the links of
`org_links` (a kind noun written or left out, one person's post in a company and its brand).

Reads: mentions and links. Returns: entities and mention -> entity index.
"""

from __future__ import annotations

import re
from collections import defaultdict

from c4ir_kb.extract.entities.acronyms import acronym_side, initials, place_tail, spells
from c4ir_kb.extract.entities.mentions import bare_local_head, org_tuples
from c4ir_kb.extract.entities.org_links import dropped_qualifier_pairs, kind_noun_pairs, member_pairs, same_post_names
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import _ukey, find_known_org as lx_known, find_place
from c4ir_kb.extract.linking import canonical_name, link_keys
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable
from c4ir_kb.models import Entity
from c4ir_kb.nlp.normalize import fold


def group_mentions(v: DocView) -> tuple[list[Entity], list[int]]:
    """Union mentions into entities; returns entities and mention -> entity index."""
    R = rules()
    ms = v.mentions
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

    surf = [v.doc.article.text[m.start : m.end] for m in ms]
    name_surf = [m.virt or surf[i] for i, m in enumerate(ms)]
    first_at: dict[str, int] = {}  # a surface form -> where the article first writes it
    for k, m in enumerate(ms):
        first_at[surf[k]] = min(m.start, first_at.get(surf[k], m.start))
    keys = [link_keys(m.type, name_surf[i]) for i, m in enumerate(ms)]
    # an ORG written as the first word(s) of one longer ORG of this article (CMC ... Công ty CMC
    # Technology and Solution) is that organisation; its short surface adds no linking keys,
    # so it cannot merge the long name with another organisation of that short name elsewhere
    org_ms = [i for i, m in enumerate(ms) if m.type == "ORG"]
    tuples = {i: org_tuples(v, ms[i]) for i in org_ms}
    parents = member_pairs(v, org_ms, tuples)
    for i in org_ms:
        if ms[i].virt:
            continue
        t = tuples[i][0]
        if R.lx.org_heads.get(t) == "local":
            continue
        if any(t in tuples[f] for f in org_ms if f != i and tuples[f][0] != t):
            continue  # the short form is itself a full name here (Tập đoàn FPT ... FPT)
        owners: dict[tuple, int] = {}
        for f in org_ms:
            if f != i and any(len(x) > len(t) and x[: len(t)] == t for x in tuples[f]):
                if len(t) > 4 and not _place_rest(v, ms[f], len(t)) and not _parent_rest(v, ms[f], len(t)):
                    continue  # a long short form only drops its province (Chi cục Quản lý đất đai [Bình Thuận]) or the body it belongs to
                if _rest_country(v, ms[f], len(t)) not in (None, rules().home_country) and v.phrase(ms[i].i, R.lx.org_heads, R.lx.max_head) < len(t):
                    continue  # `Bộ Quốc phòng` beside `Bộ Quốc phòng Nhật Bản`: the home country's body, not the foreign one
                if (t, tuples[f][0]) not in parents:
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
        if _known_first(first_at, surf, i, f) and _rest_country(v, ms[f], len(t)) != rules().home_country:
            continue  # (`Vietjet` ... `Vietjet Việt Nam`: the well-known name with the home country is itself)
        keys[i] = []
        v.links.append((i, f))
    by_key: dict[tuple, int] = {}
    for i, m in enumerate(ms):
        for k in keys[i]:
            t = (m.type, k)
            if t in by_key:
                union(by_key[t], i)
            else:
                by_key[t] = i
    # `Quân đoàn 3 - Binh đoàn Tây Nguyên`: a numbered unit and, after a spaced dash, its
    # honorary name are one unit
    for i in org_ms:
        mi = ms[i]
        if not v.units[mi.j - 1].text.isdigit() or not any(v.phrase(mi.i, R.numbered_heads, n) == n for n in (1, 2, 3)):
            continue
        for f in org_ms:
            if ms[f].i == mi.j and v.gap(mi.j - 1) in (" - ", " – ") and v.phrase(ms[f].i, R.numbered_heads, 3) and not v.units[ms[f].j - 1].text.isdigit():
                v.links.append((i, f))
    for a, b in v.links:
        union(a, b)
    # people: short references (given name, or surname + given) to a full name seen earlier
    full = [i for i, m in enumerate(ms) if m.type == "PER" and m.j - m.i >= 2]
    for i, m in enumerate(ms):
        if m.type != "PER":
            continue
        ks = [u.key for u in v.units[m.i : m.j]]
        for f in full:
            if f == i:
                continue
            fk = [u.key for u in v.units[ms[f].i : ms[f].j]]
            if len(ks) < len(fk) and fk[-len(ks) :] == ks:
                union(i, f)
                break
            if len(ks) == 1 and len(fk) >= 2 and fk[0] == ks[0] and any(not vn_syllable(u.text) for u in v.units[ms[f].i : ms[f].j]):
                union(i, f)  # `Đại tá Somphone` after `Somphone Keomany`: a foreign given name first
                break
    # organisations: a bare acronym / generic local head / first word of a longer Latin name
    orgs = [i for i, m in enumerate(ms) if m.type == "ORG"]
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
            local_head = _ukey(s) in R.lx.org_heads and R.lx.org_heads[_ukey(s)] == "local"
            if local_head and fs[: len(ws)] == ws:
                if ms[i].virt and _ends_with_place(v, ms[f]):
                    continue  # `Tỉnh ủy` read as the home province's: not another province's `Tỉnh ủy X`
                cands.append(find(f))
            elif len(ws) == 1 and acronym(ws[0]) and (fs[0] == ws[0] or fs[-1] == ws[0]) and len(fs) <= 5 and all(w[:1].isupper() or w in R.conn for w in fs) and not _known_first(first_at, surf, i, f):
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
    # `BĐBP An Giang` = `Bộ đội Biên phòng tỉnh An Giang`: an acronym spelling the initials of
    # exactly one longer organisation of the article (acronyms.acronym_side, spells)
    for i in orgs:
        if ms[i].virt or not acronym(v.units[ms[i].i].text):
            continue
        side = acronym_side(v, i)  # (its letters, company flag and place: once per acronym)
        if side is None:
            continue
        cands = {find(f) for f in orgs if find(f) != find(i) and spells(v, side, f)}
        if len(cands) == 1:
            f = cands.pop()
            ki, kf = lx_known(surf[i]), lx_known(surf[f])
            if ki is None or kf is None or ki is kf:
                union(i, f)
    # `VPS` = `Công ty cổ phần Chứng khoán VPS`: a company's brand, the foreign word or acronym
    # that ends the one company name of the article written with it after Vietnamese words
    company_heads = R.lx.words("company_heads")
    head_len: dict[int, int] = {}  # mention -> length of the company head it opens with (once per mention)
    for i in orgs:
        u = v.units[ms[i].i]
        if ms[i].j - ms[i].i != 1 or ms[i].virt or vn_syllable(u.text) and not acronym(u.text) or lx_known(surf[i]) is not None:
            continue
        if any(ms[x].j - ms[x].i > 1 for x in orgs if find(x) == find(i)):
            continue  # already the short form of a longer name (`Tập đoàn FPT` ... `FPT`)
        cands = set()
        for f in orgs:
            mf = v.mentions[f]
            h = head_len.get(f)
            if h is None:
                h = head_len[f] = v.phrase(mf.i, company_heads, 4)
            if find(f) == find(i) or not h or mf.j - mf.i < h + 2 or v.units[mf.j - 1].key != u.key:
                continue
            if all(vn_syllable(w.text) and not acronym(w.text) for w in v.units[mf.i + h : mf.j - 1]):
                cands.add(find(f))
        if len(cands) == 1:
            union(i, cands.pop())
    # `Sở VH-TT&DL` = `Sở Văn hóa, Thể thao và Du lịch Khánh Hòa`: a head and an abbreviation
    # whose letters are the initials of the longer name's syllables (và skipped)
    for i in orgs:
        us = v.units[ms[i].i : ms[i].j]
        h = v.phrase(ms[i].i, R.lx.org_heads, R.lx.max_head)
        if not h or len(us) != h + 1 or not re.search(r"[-&]", us[h].text) or not acronym(us[h].text):
            continue
        letters = re.sub(r"[^a-z0-9]", "", fold(us[h].text))
        cands = set()
        for f in orgs:
            fu = v.units[ms[f].i : ms[f].j]
            if f == i or len(fu) <= h + 1 or [u.key for u in fu[:h]] != [u.key for u in us[:h]]:
                continue
            syl = [u for u in fu[h:] if u.low not in ("và", "and")]
            if len(syl) >= len(letters) and "".join(fold(u.text)[:1] for u in syl[: len(letters)]) == letters:
                cands.add(find(f))
        if len(cands) == 1:
            union(i, cands.pop())
    # `Tổ công tác hỗ trợ dự án X` (a headline) = `Tổ công tác phối hợp liên ngành hỗ trợ dự
    # án X`: a steering or task body written shorter, its head and the last 4+ words shared
    long_heads = R.lx.words("long_name_heads")
    for i in orgs:
        ti = tuples[i][0]
        h = next((n for n in (3, 2) if ti[:n] in long_heads), 0)
        if not h or len(ti) - h < 4:
            continue
        for f in orgs:
            tf = tuples[f][0]
            if find(f) != find(i) and len(tf) > len(ti) and tf[:h] == ti[:h] and tf[-(len(ti) - h) :] == ti[h:]:
                union(i, f)
    # `Tập đoàn Yangjie` = `Tập đoàn Yangzhou Yangjie Electronic Technology Co., Ltd`: a head and
    # one foreign word of the one longer name of that head in this article
    for i in orgs:
        us = v.units[ms[i].i : ms[i].j]
        h = v.phrase(ms[i].i, R.lx.org_heads, R.lx.max_head)
        if not h or len(us) != h + 1 or vn_syllable(us[h].text) or len(us[h].text) < 4 or not us[h].text[:1].isupper():
            continue
        cands = {
            find(f)
            for f in orgs
            if find(f) != find(i)
            and [u.key for u in v.units[ms[f].i : ms[f].i + h]] == [u.key for u in us[:h]]
            and us[h].key in [u.key for u in v.units[ms[f].i + h + 1 : ms[f].j]]
        }
        if len(cands) == 1:
            union(i, cands.pop())
    # `Đoàn ĐBQH tỉnh` = `Đoàn đại biểu Quốc hội tỉnh`: a head, an abbreviation of the words
    # after it in the longer name (their initials, `và` skipped), and the same tail
    for i in orgs:
        f = _abbreviated_middle(v, i, orgs)
        if f is not None and find(f) != find(i):
            union(i, f)
    # `Vietnam Airlines Group` = `Vietnam Airlines`: a Latin name and a corporate word
    group_words = R.lx.wordset("group_suffixes")
    by_surface = {surf[f]: f for f in orgs}
    for i in orgs:
        mi = ms[i]
        if mi.j - mi.i >= 2 and v.units[mi.j - 1].text in group_words and all(is_latin_word(u.text) for u in v.units[mi.i : mi.j]):
            f = by_surface.get(v.s[mi.start : v.units[mi.j - 2].end])
            if f is not None and find(f) != find(i):
                union(i, f)
    for a, b in same_post_names(v, find) + kind_noun_pairs(v, orgs, surf) + dropped_qualifier_pairs(v, orgs):
        union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        groups[find(i)].append(i)
    # `BĐBP` with `BĐBP An Giang`: a bare acronym of a body every province has is this
    # province's here only; its key would join every province's body across articles
    for i in orgs:
        if ms[i].j - ms[i].i == 1 and acronym(v.units[ms[i].i].text) and keys[i]:
            if any(x != i and _ends_with_place(v, ms[x]) and _local_head(v, ms[x]) for x in groups[find(i)]):
                keys[i] = []  # (a body of one place only, `C4IR TP.HCM` ~ `C4IR`, keeps the key)
    entities: list[Entity] = []
    m2e = [0] * len(ms)
    counters: dict[str, int] = defaultdict(int)
    for root in sorted(groups):
        idx = groups[root]
        typ = ms[root].type
        counters[typ] += 1
        eid = f"{typ}:{counters[typ]}"
        ss = [name_surf[i] for i in idx if keys[i] or len(idx) == 1]
        # a company is named by its name, not by its stock ticker (org.ticker)
        ticker = {surf[i] for i in idx if ms[i].rule == "org.ticker"}
        ss = [x for x in ss if x not in ticker] or ss
        ek: list[str] = []
        for i in idx:
            for k in keys[i]:
                if k not in ek:
                    ek.append(k)
        name = canonical_name(typ, ss)
        virts = [ms[i].virt for i in idx if ms[i].virt]
        if typ == "ORG" and virts and bare_local_head(name):
            name = canonical_name(typ, virts)  # `HĐND` beside `HĐND tỉnh` (the home province's): named with its place
        for k in link_keys(typ, name):
            if k not in ek:
                ek.append(k)
        uniq = []
        for x in [surf[i] for i in idx] + [ms[i].virt for i in idx if ms[i].virt]:
            if x not in uniq:
                uniq.append(x)
        forms = sorted({f for i in idx for f in written_forms(v, ms[i]) if f not in uniq}) if typ == "LOC" else []
        entities.append(Entity(id=eid, type=typ, name=name, surfaces=uniq, keys=ek, forms=forms))
        for i in idx:
            m2e[i] = len(entities) - 1
    return entities, m2e


_FORMER_AFTER = re.compile(r" \(?cũ\)?(?!\w)")


def written_forms(v: DocView, m) -> list[str]:
    """The forms a place mention is written in around it: with its administrative noun
    (prefixed_form) and marked former after it (`Đồng Nai cũ`, `tỉnh Bình Định (cũ)`: a unit
    merged away is still named so)."""
    text = v.doc.article.text
    p = prefixed_form(v, m)
    out = [p] if p else []
    mt = _FORMER_AFTER.match(text, m.end)
    if mt:
        out += [f + mt.group() for f in [text[m.start : m.end], *out]]
    return out


def prefixed_form(v: DocView, m) -> str | None:
    """`tỉnh Gia Lai`, `phường Cam Đường`, `đặc khu Vân Đồn`, `phố Lê Đại Hành`: a place
    mention written right after an administrative noun (admin_prefixes, or its abbreviation
    admin_prefix_abbreviations glued by a dot), a street's name after its noun
    (street_form_nouns), or a country's after `nước`, is also written as that whole phrase; the phrase as written, or None."""
    lx = rules().lx
    i = m.i
    if i == 0 or m.start != v.units[i].start:
        return None
    text = v.doc.article.text
    for n in (2, 1):
        if i - n < 0 or not all(v.tight(x) for x in range(i - n, i)):
            continue
        if v.phrase(i - n, lx.words("admin_prefixes"), n) == n:
            if v.phrase(i - n, lx.words("lower_admin_prefixes"), n) == n and _province_or_city(text[m.start : m.end]):
                return None  # `các quận, huyện Hà Nội`: the districts of the city, not the city
            return text[v.units[i - n].start : m.end]
        if m.rule == "loc.admin-prefix" and v.phrase(i - n, lx.words("street_form_nouns"), n) == n:
            return text[v.units[i - n].start : m.end]  # `phố Lê Đại Hành`
        if n == 1 and v.units[i - 1].low == "nước" and (p := find_place(text[m.start : m.end])) is not None and p.type == "country":
            return text[v.units[i - 1].start : m.end]  # `nước Cộng hòa Dân chủ Nhân dân Lào`
    a = v.units[i - 1]
    b = v.units[i - 2] if i >= 2 and v.tight(i - 2) else None
    after_name = len(a.text) == 1 and b is not None and b.text[:1].isupper() and not b.text.isupper()  # `Nguyễn P. Hà`: an initial
    if v.gap(i - 1) in (".", ". ") and (a.key,) in lx.words("admin_prefix_abbreviations") and a.text[:1].isupper() and not after_name:
        return text[a.start : m.end]
    return None


def _local_head(v: DocView, m) -> bool:
    """Does ORG mention m open with the head of a body every province has (org_heads `local`:
    `Bộ đội Biên phòng`, `UBND`, `Công an`)?"""
    R = rules()
    n = v.phrase(m.i, R.lx.org_heads, R.lx.max_head)
    return bool(n) and R.lx.org_heads.get(tuple(u.key for u in v.units[m.i : m.i + n])) == "local"


def _ends_with_place(v: DocView, m) -> bool:
    """Does ORG mention m end with a province or city (`BĐBP An Giang`, `... tỉnh An Giang`)?"""
    return any(place_tail(v, y, m.j) for y in range(m.i + 1, m.j))


def _province_or_city(name: str) -> bool:
    p = find_place(name)
    return p is not None and p.type in ("province", "city") and not p.weak


def _place_rest(v: DocView, m, n: int) -> bool:
    """Are the units of ORG mention m after its first n a province or city of the gazetteer
    (or its lower-case prefix, where m names the home province virtually)?"""
    us = v.units[m.i + n : m.j]
    pk = v.phrase(m.i + n, rules().local_prefixes, 2) if us and us[0].text.islower() else 0
    if m.virt_place and pk == len(us):
        return True  # `Ban Chấp hành Đảng bộ` short for `Ban Chấp hành Đảng bộ tỉnh` (the home province's)
    us = us[pk:]  # `... | tỉnh Hà Tĩnh`
    p = find_place(v.s[us[0].start : us[-1].end]) if us else None
    if p is not None and p.type == "country" and p.name == rules().home_country and not pk:
        return True  # `Tổng công ty Đường sắt [Việt Nam]`: a national body without its country
    return p is not None and p.type in ("province", "city") and not p.weak


# The country whose news this is (data: home_country): a body of it is written with and
# without its name (`Tổng công ty Đường sắt Việt Nam` ... `Tổng công ty Đường sắt`); a
# foreign country's name after a head names another body (`Bộ Quốc phòng Nhật Bản`).


def _rest_country(v: DocView, m, n: int) -> str | None:
    """The country that the units of ORG mention m after its first n name exactly, or None:
    the home country (`Tổng công ty Đường sắt | Việt Nam`) or another (`Bộ Quốc phòng | Nhật
    Bản`)."""
    us = v.units[m.i + n : m.j]
    p = find_place(v.s[us[0].start : us[-1].end]) if us else None
    return p.name if p is not None and p.type == "country" else None


def _known_first(first_at: dict[str, int], surf: list[str], i: int, f: int) -> bool:
    """Is mention i a well-known organisation (`FPT`, `Airbus`) that the article names before
    it first names the longer organisation f (`FPT Semiconductor`, `Airbus Commercial`)? Then
    it is that organisation, not the longer one's short form (which follows the long name:
    `Công ty CMC Technology and Solution ... CMC`)."""
    if lx_known(surf[i]) is None:
        return False
    return first_at[surf[i]] < first_at[surf[f]]


def _parent_rest(v: DocView, m, n: int) -> bool:
    """Do the units of ORG mention m after its first n open another body's name (`Phòng Kế
    hoạch - Tài chính | Sở Giáo dục và Đào tạo tỉnh X`): the body the unit belongs to?"""
    lx = rules().lx
    k = m.i + n
    return k < m.j and cap(v.units[k]) and v.phrase(k, lx.org_heads, lx.max_head, True) > 0


def _abbreviated_middle(v: DocView, i: int, orgs: list[int]):
    """The one longer ORG mention that mention i abbreviates in its middle (`Đoàn ĐBQH tỉnh`
    / `Đoàn đại biểu Quốc hội tỉnh`): the same head, then an acronym of 3+ letters spelling
    the initials of the longer name's next words (`và` skipped), then the same tail."""
    lx = rules().lx
    mi = v.mentions[i]
    if not v.phrase(mi.i, lx.org_heads, lx.max_head):
        return None
    a = next((k for k in range(mi.i + 1, mi.j) if acronym(v.units[k].text)), mi.j)
    h = a - mi.i  # (the head's own words: `Đoàn | ĐBQH`, where the lexicon lists both spellings as heads)
    if a >= mi.j or any(not u.text[:1].isupper() for u in v.units[mi.i : a]):
        return None
    letters = "".join(fold(c) for c in v.units[a].text if c.isupper())  # (`Sở VH-TT-DL`, `Sở GD&ĐT`: the capitals spell it)
    if len(letters) < 3 or not letters.isalpha():
        return None
    head = [u.key for u in v.units[mi.i : a]]
    tail = [u.key for u in v.units[a + 1 : mi.j]]
    tails = [tail]
    if mi.virt_place:  # `Đoàn ĐBQH tỉnh`, the home province's: also `... tỉnh Nghệ An`
        tails.append(tail + list(_ukey(mi.virt_place)))
    found = []
    for f in orgs:
        mf = v.mentions[f]
        if f == i or [u.key for u in v.units[mf.i : mf.i + h]] != head:
            continue
        got = initials(v, mf.i + h, mf.j, len(letters))
        if got is None or got[0] != letters or got[1] - (mf.i + h) < 2:
            continue
        rest = got[1]
        if rest < mf.j and v.units[rest].key == v.units[a].key and v.gap(rest - 1).strip() == "(":
            rest += 1  # `Bộ Chỉ huy Quân sự (CHQS) tỉnh`: the long form defines the abbreviation in parentheses
        if [u.key for u in v.units[rest : mf.j]] in tails:
            found.append(f)
    return found[0] if len(found) == 1 else None
