"""Stacked titles from one unit (`Ủy viên TW Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND
TP.HCM`): each title with the organisation it is held in, separators `,`, `kiêm`,
`đồng thời là`.

Returns chain items {title, t0, t1, org: (a, b, mention rule id) | None, rank, and
`via`: a role rule id when the organisation was found another way than after the
title (party committee, board seat, unit of an organisation, back-reference)};
records only an earlier company named again by `của tập đoàn` (back-reference).
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import central_city, degree_at, home_place, is_surname, known_at, place_at, title_at
from c4ir_kb.extract.entities.names import person_name
from c4ir_kb.extract.entities.mentions import add_mention
from c4ir_kb.extract.entities.org_extent import foreign_org_run, org_at, split_person_from_org
from c4ir_kb.extract.entities.org_name import org_name
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.title_tails import after_term, envoy_tail, event_committee_end, former_title, ministry_after_title, new_post, parent_body, served_post_dropped, settlement_name, unit_name_tail, unnamed_level_tail
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import _ukey
from c4ir_kb.extract.wordshape import acronym, is_latin_word
from c4ir_kb.nlp.normalize import match_key


def board_in_title(v: DocView, t0: int, t1: int) -> int | None:
    """The unit `Ban` opening a board's capitalised name at the end of the title t0..t1
    (`Trưởng Ban Tổ chức`) when a party committee that owns such boards follows it."""
    R = rules()
    hm = v.phrase(t1, R.lx.words("board_owning_committees"), 2)
    if not hm:
        return None
    for hs in range(t0 + 1, t1 - 1):
        if v.units[hs].key == "ban" and tuple(u.key for u in v.units[t0:hs]) in R.lx.words("board_head_titles") and cap(v.units[hs + 1]) and all(v.tight(x) for x in range(hs, t1)):
            return hs
    return None


def chain(v: DocView, i: int, appositive: bool = False) -> tuple[list[dict], int]:
    """Parse stacked titles from unit i: ([{title, t0, t1, org: (a, b, rule)|None}], end)."""
    R = rules()
    items: list[dict] = []
    former: dict[int, int] = {}  # title start -> its `cựu`/`nguyên` marker
    j = i
    while j < v.n:
        d = degree_at(v, j)
        if d and not title_at(v, j)[0]:
            j += d
            continue
        if former_title(v, j):
            if not new_post(v, j):
                former[j + 1] = j  # `cựu Phó chủ tịch UBND tỉnh, cựu Giám đốc Sở X`
            j += 1
        n, shared, is_rank = title_at(v, j)
        if not n:
            break
        t0, t1 = j, j + n
        if not is_rank and t1 < v.n and v.tight(t1 - 1):
            q = v.phrase(t1, R.lx.words("title_qualifiers_after"), 2)  # `Phó Trưởng ban Thường trực`
            t1 += q
            if t1 < v.n and v.tight(t1 - 1):
                t1 += v.phrase(t1, R.lx.words("title_complements_after"), 8)  # `Thống lĩnh các Lực lượng vũ trang`
            if q and shared and t1 < v.n and v.tight(t1 - 1) and org_at(v, t1)[0]:
                # `Phó trưởng Ban Thường trực Ban Tổ chức Trung ương`: the qualifier closes the
                # title, the organisation is the one named after it, not `Ban Thường trực …`
                shared = None
        org = None
        placed = False
        if not is_rank:
            e_s = settlement_name(v, t0, t1)  # `Trưởng thôn Đông Hòa`: the village joins the title
            t1, placed = e_s, e_s > t1
            t1 = unnamed_level_tail(v, t0, t1)  # `kế toán xã,`
        if not is_rank and not shared:
            # `Trưởng ban Tổ chức Trung ương`: a well-known organisation that begins inside the
            # title (`Trưởng Ban Tổ chức`) and runs past it takes the title's tail
            for hs in range(t0 + 1, t1):
                # the head may be written lower case inside the title (`Trưởng ban`)
                nk = next((m for m in range(min(R.lx.max_known, v.n - hs), t1 - hs, -1) if tuple(u.key for u in v.units[hs : hs + m]) in R.lx.known_orgs and all(v.tight(x) for x in range(hs, hs + m - 1))), 0)
                if not nk:
                    continue
                tn = v.phrase(t0, R.lx.titles, hs + 1 - t0)
                if tn in (hs - t0, hs + 1 - t0):  # `Trưởng ban` keeps its head noun
                    t1 = t0 + tn
                    org = (hs, hs + nk, "org.gazetteer")
                    break
                if hs + nk > t1:
                    # `Chánh Văn phòng Trung ương Đảng`: the office is an agency of its own
                    # (the gazetteer knows it); the whole title stays
                    org = (hs, hs + nk, "org.gazetteer")
                    break
        if not is_rank and v.s[v.units[t0].start : v.units[t1 - 1].end].lower() in R.envoy and t1 < v.n and v.tight(t1 - 1):
            # Đại sứ Hà Lan tại Việt Nam: the countries belong to the title
            t1, places = envoy_tail(v, t1)
            for a, b in places:
                if v.free(a, b):
                    add_mention(v, "LOC", a, b, "loc.envoy-title")  # the countries and seat stay places
        if shared and t1 - 1 >= t0:
            # the head noun is the title's last word: Trưởng Ban Quản lý X -> org Ban Quản lý X
            hs = t1 - 1
            while hs > t0 and v.units[hs].key != _ukey(shared)[0]:
                hs -= 1
            e, rule = org_at(v, hs)
            if not e and v.units[hs].text.islower() and hs + 1 < v.n and v.tight(hs) and cap(v.units[hs + 1]) and not acronym(v.units[hs + 1].text) and not title_at(v, hs + 1)[0]:
                # (`Trưởng ban MRB`: an acronym names the body by itself)
                # `Trưởng ban Tuyên giáo - Dân vận Trung ương X`: the head written lower case
                # inside the title still opens the capitalised name after it
                hn = v.phrase(hs, R.lx.org_heads, R.lx.max_head)
                if hn == 1 and v.units[hs].text in R.lx.wordset("lower_heads_opening_names"):
                    e2 = org_name(v, hs, 1, R.lx.org_heads[(v.units[hs].key,)])
                    if e2 > hs + 1:
                        e, rule = e2, "org.head+name"
            if not e and v.units[hs].text.islower():
                # `Trưởng đoàn đại biểu Quốc hội tỉnh`: a local body's head written lower case
                # inside the title
                hn = v.phrase(hs, R.lx.org_heads, R.lx.max_head)
                if hn > 1 and R.lx.org_heads[tuple(u.key for u in v.units[hs : hs + hn])] == "local":
                    e, rule = org_name(v, hs, hn, "local"), "org.head+name"
            if e > t1:
                org = (hs, e, rule)
                short = tuple(u.key for u in v.units[t0:hs])
                # `Chủ tịch Hội đồng X` -> title `Chủ tịch`; `Trưởng Ban X` keeps `Trưởng Ban`
                t1 = hs if short in R.lx.titles else hs + len(_ukey(shared))
                if t1 > hs:
                    # `Trưởng Ban Tuyên giáo Tỉnh ủy`, `Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh`:
                    # a board of a local body; the board's name is part of the title, the
                    # body is the organisation
                    for m in range(t1 + 1, e):
                        hm = v.phrase(m, R.lx.org_heads, R.lx.max_head, True)
                        if not hm or R.lx.org_heads[tuple(u.key for u in v.units[m : m + hm])] != "local":
                            continue
                        if tuple(u.key for u in v.units[m : m + hm]) in R.lx.words("board_owning_committees") and short in R.lx.words("board_head_titles"):
                            break  # `Trưởng Ban Nội chính Tỉnh ủy`: the party committee's board is the organisation
                        em, rule_m = org_at(v, m)
                        if em == e or (em and v.units[em].text.islower() and v.phrase(em, R.local_prefixes, 2) == e - em):
                            t1, org = m, (m, e, rule_m)
                            break
        if org is None and not is_rank and t1 < v.n and v.tight(t1 - 1) and not v.phrase(t1, R.lx.org_heads, R.lx.max_head, True):
            # `Chánh tòa Hình sự TAND tỉnh X`: a capitalised department name between the title
            # and a local body belongs to the title; the body is the organisation
            m = t1
            while m < v.n and m - t1 < 5 and (cap(v.units[m]) or m > t1) and v.units[m].text.isalpha() and not v.phrase(m, R.lx.org_heads, R.lx.max_head, True) and (m == t1 or v.tight(m - 1)):
                m += 1
            hm = v.phrase(m, R.lx.org_heads, R.lx.max_head, True) if m > t1 and m < v.n and v.tight(m - 1) else 0
            if hm and R.lx.org_heads[tuple(u.key for u in v.units[m : m + hm])] == "local" and place_at(v, t1, allow_weak=False)[1] is None:
                e, rule = org_at(v, m)
                if e:
                    t1, org = m, (m, e, rule)
        if org is None and not is_rank and t1 - t0 >= 2 and v.units[t1 - 1].key == "đảng" and t1 < v.n and v.tight(t1 - 1) and cap(v.units[t1]) and not (is_surname(v, t1) and person_name(v, t1, anchored=True) - t1 >= 2):
            # `Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào`: a party named in full after the
            # title of a seat on its organ; `Đảng` opens the party's name, the party is the organisation
            e, rule = org_at(v, t1 - 1)
            if e > t1 and not title_at(v, t1)[0]:
                t1, org = t1 - 1, (t1 - 1, e, rule)
        if org is None and not is_rank:
            t1 = ministry_after_title(v, t0, t1)
        if org is None and not is_rank and t1 < v.n and v.tight(t1 - 1):
            e, rule = org_at(v, t1)
            if e:
                org = (t1, e, rule)
                hs = board_in_title(v, t0, t1)
                if hs is not None:
                    # `Trưởng Ban Tổ chức Tỉnh ủy` (a title of its own): the party
                    # committee's board is the organisation
                    t1, org = hs + 1, (hs, e, rule)
        if org is None and not is_rank:
            t1 = event_committee_end(v, t0, t1)
        if org is None and not is_rank and t1 + 1 < v.n and v.tight(t1 - 1) and v.units[t1].low == "phụ" and v.units[t1 + 1].low == "trách":
            # Phó Chủ tịch phụ trách khu vực châu Á - Thái Bình Dương của Equinor: the portfolio is part of the title
            k = t1 + 2
            while k < v.n and k - t1 < 14 and (v.tight(k - 1) or v.gap(k - 1) in (" - ", " – ")) and v.units[k].low not in ("của", "tại"):
                k += 1
            if k < v.n and k > t1 + 2 and v.units[k].low == "của" and v.tight(k - 1) and k + 1 < v.n:
                e, rule = org_at(v, k + 1)
                if not e:
                    # a foreign company name: capitalised Latin words (Equinor, Rolls Royce)
                    e = k + 1
                    while e < v.n and e - k <= 4 and cap(v.units[e]) and is_latin_word(v.units[e].text) and (e == k + 1 or v.tight(e - 1)):
                        e += 1
                    e = e if e > k + 1 and place_at(v, k + 1, allow_weak=False)[1] is None else 0
                    rule = "org.foreign-after-portfolio"
                if e:
                    t1 = k
                    org = (k + 1, e, rule)
        if org is None and not is_rank and t1 < v.n and v.tight(t1 - 1):
            # `Giám đốc dự án của Danieli`, `Giám đốc điều hành khu vực châu Á của Nordhavn
            # Terminals`: a lower-case portfolio (and places) up to `của` + organisation
            k = t1
            while k < v.n and k - t1 < 8 and v.tight(k - 1) and v.units[k].low != "của":
                u2 = v.units[k]
                n2 = place_at(v, k, allow_weak=False)[0]
                if n2:
                    k += n2
                elif u2.text.islower() and u2.pos in ("N", "Nc", "A", "V") and (u2.key,) not in R.stop_lower:
                    k += 1
                else:
                    break
            if t1 <= k < v.n - 1 and v.units[k].low == "của" and v.tight(k - 1) and v.tight(k):
                e, rule = org_at(v, k + 1)
                if not e:
                    e, rule = foreign_org_run(v, k + 1), "org.foreign-after-title-of"
                if e:
                    t1 = k
                    org = (k + 1, e, rule)
                elif not v.units[k + 1].text[:1].isupper():
                    # `Giám đốc tài chính của tập đoàn,`: the company named before
                    hn = v.phrase(k + 1, R.company_heads, 3)
                    if hn and (k + 1 + hn >= v.n or not v.tight(k + hn)):
                        mi = earlier_company(v, k, tuple(u.key for u in v.units[k + 1 : k + 1 + hn]))
                        if mi is not None:
                            title_text = v.s[v.units[t0].start : v.units[k - 1].end]
                            items.append({"title": title_text, "t0": t0, "t1": k, "org": (v.mentions[mi].i, v.mentions[mi].j, "org.back-reference"), "rank": False, "mention": mi, "via": "role.back-reference"})
                            j = k + 1 + hn
                            break
        if org is not None:
            # `Thứ trưởng Bộ Công an và Trung tướng B, ...`: a rank or title after `và` starts
            # another person, never the organisation's name
            cut = next((x for x in range(org[0] + 1, org[1] - 1) if v.units[x].low == "và" and cap(v.units[x + 1]) and title_at(v, x + 1)[0]), None)
            if cut is not None:
                org = (org[0], cut, org[2])
        if org is not None and org[2] != "org.gazetteer":
            # `Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân`: a well-known body followed by a
            # full name ends where the gazetteer says, the name is the holder's
            nk = known_at(v, org[0])[0]
            b = org[0] + nk
            if nk and b < org[1] and v.tight(b - 1) and is_surname(v, b) and person_name(v, b, anchored=True) - b >= 2:
                org = (org[0], b, "org.gazetteer")
        if org is not None and org[1] + 1 < v.n and v.units[org[1]].low == "của" and v.tight(org[1] - 1) and v.tight(org[1]):
            # `Chủ nhiệm Ủy ban Xã hội của Quốc hội Trần Văn A`: the body it
            # belongs to closes the organisation's name when the holder's name follows
            e2 = org_at(v, org[1] + 1)[0]
            if e2 and e2 + 1 < v.n and v.tight(e2 - 1) and is_surname(v, e2) and person_name(v, e2, anchored=True) - e2 >= 2:
                org = (org[0], e2, org[2])
        if org is not None and appositive and org[1] < v.n and v.tight(org[1] - 1):
            # `ông X, Phó Tổng giám đốc Toyota Tsusho,`: after a name, foreign words that go
            # on to a comma belong to the organisation, not to another person
            e = foreign_org_run(v, org[1])
            if e and (e >= v.n or not v.tight(e - 1)):
                org = (org[0], e, "org.foreign-tail")
        if org is None and not is_rank and appositive and t1 < v.n and v.tight(t1 - 1):
            # `ông X, Giám đốc Nokia tại Việt Nam,`: after a name, foreign words right after
            # the title name the organisation
            e = foreign_org_run(v, t1)
            if e and (e >= v.n or not v.tight(e - 1) or v.units[e].low in ("tại", "ở", "khu")):
                org = (t1, e, "org.foreign-after-title")
        bare = None
        if org is None and not is_rank and t1 < v.n and v.tight(t1 - 1):
            # `Chính ủy Quân đoàn,`: a bare head noun names the article's unit of that kind
            hn = v.phrase(t1, R.lx.org_heads, R.lx.max_head)
            # (`Phó Chủ nhiệm Chính trị Quân khu và các thành viên`: `và` and a lower-case word)
            ends = t1 + hn >= v.n or re.match(r"\s*[,.;]", v.gap(t1 + hn - 1)) or t1 + hn + 1 < v.n and v.tight(t1 + hn - 1) and v.units[t1 + hn].low == "và" and v.tight(t1 + hn) and v.units[t1 + hn + 1].text.islower()
            if hn and ends:
                org = provincial_body(v, t1, t1 + hn)
                hs = board_in_title(v, t0, t1) if org is None else None
                if hs is not None and org_at(v, hs)[0] == t1 + hn:
                    # `Trưởng Ban Tổ chức Tỉnh ủy;`: the bare party committee's board
                    t1, org = hs + 1, (hs, t1 + hn, org_at(v, hs)[1])
                if org is None:
                    bare = v.s[v.units[t1].start : v.units[t1 + hn - 1].end]
                    v.claim(t1, t1 + hn)
        bare_end = None
        if org is None and bare is None and shared and not is_rank and v.units[t1 - 1].text in R.lx.wordset("lower_heads_opening_names"):
            # `Trưởng ban Chỉ đạo.`: the title's own lower-case head begins a bare head noun
            # (`Ban Chỉ đạo`) that names the article's body of that kind
            hn = v.phrase(t1 - 1, R.lx.org_heads, R.lx.max_head)
            if hn >= 2 and cap(v.units[t1]) and (t1 - 1 + hn >= v.n or re.match(r"\s*[,.;]", v.gap(t1 + hn - 2))):
                bare = v.s[v.units[t1 - 1].start : v.units[t1 + hn - 2].end]
                v.claim(t1, t1 - 1 + hn)
                bare_end = t1 - 1 + hn
        if org is None and shared and shared in R.subunit_heads and t1 < v.n and v.tight(t1 - 1) and cap(v.units[t1]):
            # Trưởng phòng Điều tra tội phạm lừa đảo (C02): the department's name belongs to the
            # title; the acronym after it names the organisation
            k = t1 + 1
            while k < v.n and k - t1 < 8 and v.tight(k - 1) and v.units[k].text.islower() and (v.units[k].key,) not in R.stop_lower:
                k += 1
            if k < v.n and v.gap(k - 1).strip() == "(" and acronym(v.units[k].text) and v.gap(k).strip().startswith(")"):
                t1 = k
                org = (k, k + 1, "org.acronym-after-department")
        if org is None and shared and shared in R.subunit_heads and t1 < v.n and v.tight(t1 - 1) and cap(v.units[t1]) and v.units[t1].text.isalpha() and not v.units[t1].text.isupper() and v.phrase(t1 - 1, R.lx.org_heads, R.lx.max_head) <= 1:
            # `Phó Trưởng phòng Tài nguyên và Môi trường,`: a department named after its head's
            # title and closed by punctuation is part of the title (no body is named)
            k = t1 + 1
            while k < v.n and k - t1 < 8 and (v.tight(k - 1) or v.gap(k - 1) in (" - ", " – ")) and (cap(v.units[k]) or v.units[k].low == "và" or v.units[k].text.islower() and (v.units[k].pos in ("N", "A") or v.units[k].tok == v.units[k - 1].tok >= 0) and (v.units[k].key,) not in R.stop_lower) and not v.phrase(k, R.lx.org_heads, R.lx.max_head, True) and not place_at(v, k, allow_weak=False)[0]:
                k += 1
            if v.units[k - 1].low != "và" and (k >= v.n or re.match(r"\s*[,;.)]", v.gap(k - 1))):
                t1 = k
        if org is not None and split_person_from_org(v, org) is not None and (org[1] >= v.n or not v.tight(org[1] - 1)):
            title_text = v.s[v.units[t0].start : v.units[t1 - 1].end]
            items.append({"title": title_text, "t0": t0, "t1": t1, "org": org, "rank": is_rank})
            j = org[1]
            break
        if org is not None and org[1] + 1 < v.n and v.units[org[1]].low == "của" and v.tight(org[1] - 1) and v.tight(org[1]):
            prev = next((x for x in reversed(items) if x["org"] is not None), None)
            otext = v.s[v.units[org[0]].start : v.units[org[1] - 1].end]
            if prev is not None and any(otext.startswith(hh + " ") for hh in R.subunit_heads) and v.phrase(org[1] + 1, R.company_heads | R.generic_nouns, 3):
                # Giám đốc Trung tâm AI của tập đoàn: a unit of the organisation named before
                t1 = org[1]
                title_text = v.s[v.units[t0].start : v.units[t1 - 1].end]
                items.append({"title": title_text, "t0": t0, "t1": t1, "org": prev["org"], "rank": is_rank, "shared_org": True, "via": "role.unit-of-org"})
                j = org[1] + 1 + v.phrase(org[1] + 1, R.company_heads | R.generic_nouns, 3)
                break
        if org is None and not is_rank and bare is None:
            t1 = unit_name_tail(v, t0, t1)  # `Hạt trưởng Hạt Kiểm lâm X`: no body found, the name joins the title
        if not is_rank and bare is None:
            pb = parent_body(v, t0, t1, org)
            if pb is not None:
                t1, org = pb  # `Phó Vụ trưởng Vụ X, Ban Y`: the unit joins the title
        title_text = v.s[v.units[t0].start : v.units[t1 - 1].end]
        items.append({"title": title_text, "t0": t0, "t1": t1, "org": org, "rank": is_rank, "bare_head": bare, "placed": placed})
        j = org[1] if org else bare_end or t1 + (len(_ukey(bare)) if bare else 0)
        j = after_term(v, j)  # `Phó Bí thư Tỉnh ủy khóa XIX, Chủ tịch …`: the term goes with neither
        # separators: , / kiêm / đồng thời là
        k = j
        g = v.gap(k - 1)
        sep_kiem = False
        seq = v.phrase(k, R.lx.words("title_sequence_links"), 3) if k < v.n and "\n" not in g and g.strip() in ("", ",") else 0
        if seq and k + seq < v.n and v.tight(k + seq - 1) and title_at(v, k + seq)[0]:
            # `Trưởng thôn 5, sau là Trưởng thôn X`, `Phó chủ tịch rồi Chủ tịch UBND tỉnh Y`: posts
            # held one after the other; a bare post right before `rồi` is in the next one's body
            if not g.strip() and org is None and not is_rank:
                items[-1]["then"] = True
            j = k + seq
            continue
        if k < v.n and v.units[k].low == "kiêm" and v.tight(k - 1):
            k += 1
            sep_kiem = True
        elif k < v.n and v.units[k].low == "đồng" and k + 1 < v.n and v.units[k + 1].low == "thời":
            k += 2
            if k < v.n and v.units[k].low == "là":
                k += 1
        elif g.strip() == "," and "\n" not in g:
            if k < v.n and v.units[k].low == "kiêm" and v.tight(k):
                k += 1  # `Phó Trưởng phòng X, kiêm Giám đốc Y`
        elif is_rank and v.tight(k - 1):
            pass
        elif g in (" - ", " – ") and k < v.n and title_at(v, k)[0]:
            pass  # `Bí thư Trung ương Đảng - Bộ trưởng Ngoại giao A`, `Đại tướng - Ủy viên Bộ Chính trị`
        else:
            break
        if k < v.n and (title_at(v, k)[0] or former_title(v, k)):
            if sep_kiem and org is None and items:
                items[-1]["kiem"] = True
            j = k
            continue
        break
    # `Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN`: the bare party committee is the
    # later organisation's; it becomes part of the title
    for x, it in enumerate(items):
        o = it["org"]
        if o is None or match_key(v.s[v.units[o[0]].start : v.units[o[1] - 1].end]) not in R.party_committees:
            continue
        later = next((y for y in items[x + 1 :] if y["org"] is not None), None)
        if later is not None:
            it["t1"] = o[1]
            it["title"] = v.s[v.units[it["t0"]].start : v.units[o[1] - 1].end]
            it["org"] = later["org"]
            it["shared_org"] = True
            it["via"] = "role.party-committee"
            v.claim(o[0], o[1])
    # `Thành viên Hội đồng thành viên, Tổng giám đốc VNPT`: a seat on a company board
    # is held in the chain's later organisation
    for x, it in enumerate(items):
        if it["org"] is not None or it["rank"] or it.get("kiem") or not any(match_key(it["title"]).endswith(match_key(b)) for b in R.board_words):
            continue
        later = next((y for y in items[x + 1 :] if y["org"] is not None), None)
        if later is not None:
            it["org"] = later["org"]
            it["shared_org"] = True
            it["via"] = "role.board-seat"
    # `Phó Tư lệnh, Tham mưu trưởng Quân khu 4`: stacked command posts of one military unit,
    # the unit written once after the last; a bare post takes the next post's unit
    posts = R.lx.words("unit_command_posts")
    for x in range(len(items) - 2, -1, -1):
        it, nxt = items[x], items[x + 1]
        if it["org"] is not None or it["rank"] or it.get("kiem") or it.get("bare_head") or nxt["org"] is None or nxt["rank"]:
            continue
        if _ukey(it["title"]) in posts and _ukey(nxt["title"]) in posts and v.gap(it["t1"] - 1).strip() == ",":
            it["org"], it["shared_org"], it["via"] = nxt["org"], True, "role.shared-unit"
    for x in range(len(items) - 2, -1, -1):
        it, nxt = items[x], items[x + 1]
        if it.get("then") and it["org"] is None and nxt["org"] is not None and not nxt["rank"]:
            it["org"], it["shared_org"], it["via"] = nxt["org"], True, "role.promotion"
    # `Ủy viên Ban Thường vụ, Phó Bí thư Tỉnh ủy` / `…, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy`: a bare
    # standing-committee seat is held in the party committee a later post names
    seats = {match_key(x) for x in R.lx.wordset("standing_committee_seats")}
    for x, it in enumerate(items):
        if it["org"] is not None or it["rank"] or match_key(it["title"]) not in seats:
            continue
        later = next((y for y in items[x + 1 :] if y["org"] is not None), None)
        if later is None:
            continue
        a, b = later["org"][0], later["org"][1]
        if b - a >= 2 and v.units[a + 1].key == "ủy" and cap(v.units[a]):
            it["org"], it["shared_org"], it["via"] = later["org"], True, "role.standing-committee"
        elif b - a >= 3 and v.units[b - 1].key == "ủy" and cap(v.units[b - 2]):
            it["committee"] = v.s[v.units[b - 2].start : v.units[b - 1].end]  # resolved in results
    # a former post keeps its marker in the title (`cựu Giám đốc`)
    for it in items:
        f = former.get(it["t0"])
        if f is not None and not it["rank"]:
            it["title"] = v.s[v.units[f].start : v.units[it["t0"]].start] + it["title"]
            it["t0"] = f
    # merge `A kiêm B` when A has no organisation: one title (Nhà sáng lập kiêm Chủ tịch)
    merged: list[dict] = []
    for it in items:
        if merged and merged[-1].get("kiem") and merged[-1]["org"] is None and not merged[-1]["rank"]:
            prev = merged.pop()
            it = dict(it)
            it["title"] = v.s[v.units[prev["t0"]].start : v.units[it["t1"] - 1].end]
            it["t0"] = prev["t0"]
        merged.append(it)
    return served_post_dropped(v, merged), j


def provincial_body(v: DocView, a: int, b: int) -> tuple | None:
    """`Phó Chỉ huy trưởng Bộ Chỉ huy quân sự,`: a body that only a province has (its
    provincial military or border-guard command), named bare, is the home province's:
    (a, b, `org.provincial-head`); the span is recorded in `v.home_bodies`, so that its
    mention is stored as `<head> tỉnh <home>` (mentions.add_mention). None without a home
    province, or when it is a centrally run city (whose commands are named otherwise)."""
    R = rules()
    if tuple(u.key for u in v.units[a:b]) not in R.lx.words("provincial_only_heads") or not v.free(a, b):
        return None
    hp = home_place(v)
    if hp is None or central_city(hp):
        return None
    v.home_bodies.add((a, b))
    return (a, b, "org.provincial-head")


def earlier_company(v: DocView, k: int, head: tuple) -> int | None:
    """The ORG mention for `của <head>` (của tập đoàn) at unit k: the latest organisation
    before k named with that head (`Tập đoàn X`, or `tập đoàn X` as a descriptor); None if none."""
    n = len(head)
    for a in range(k - n, -1, -1):
        if tuple(u.key for u in v.units[a : a + n]) != head:
            continue
        if cap(v.units[a]):
            b, e = a, org_at(v, a)[0]
        else:
            b = a + n
            e = (org_at(v, b)[0] or foreign_org_run(v, b)) if b < k and v.tight(a + n - 1) else 0
        if not e or e > k:
            continue
        mi = next((x for x, m in enumerate(v.mentions) if m.type == "ORG" and m.i == b and m.j == e), None)
        if mi is None and v.free(b, e):
            r = org_at(v, b)
            mi = add_mention(v, "ORG", b, e, r[1] if r[0] == e else "org.foreign-after-company-noun")
        return mi
    return None
