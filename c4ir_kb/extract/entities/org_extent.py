"""Where an organisation starting at a unit ends, and by which rule: a well-known
name (org.gazetteer), a head noun and its name (org.head+name, org.venue), a
Latin-script name (org.latin-name), an English-style place before an acronym
(org.place+name); plus the
scope after it (`... tỉnh Lâm Đồng`, `... tại Hàn Quốc`) and a person's name
glued to its end (`UBND TP.HCM Phan Văn Mãi`).

Read-only: callers decide whether to record the span.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import code_after_noun, doc_code, home_place, is_surname, is_vn_name_unit, known_at, no_org_code, place_at, std_code
from c4ir_kb.extract.entities.latin_terms import event_after, inside_competition_name
from c4ir_kb.extract.entities.org_name import committee_of_grouping, org_name
from c4ir_kb.extract.entities.org_name_ends import defined_in_parens, eponymous_name, latin_run, legal_form_tail
from c4ir_kb.extract.entities.name_joins import ampersand_join, latin_place_inside_name
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, roman, vn_syllable
from c4ir_kb.nlp.normalize import match_key

# rules of well-known and Latin-script organisation names, whose span may end in a
# foreign person's name (`WEF Jeremy Jurgens`)
LATIN_OR_KNOWN = {
    "org.gazetteer",
    "org.latin-name",
    "org.foreign-after-portfolio",
    "org.foreign-after-title-of",
    "org.foreign-after-title",
    "org.brand-before-name",
    "org.foreign-after-company-noun",
}


_QUANTITY = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def model_code(w: str) -> bool:
    """A model code: letters and digits mixed, or digits alone (`A321neo`, `737-8`, `X5`)."""
    return any(c.isdigit() for c in w) and (w[0].isdigit() or any(c.isalpha() for c in w[1:]) or len(w) <= 5)


def latin_org(v: DocView, i: int) -> int:
    """Latin-script organisation name at i (HDBank, CMC Technology and Solution, WEF)."""
    R = rules()
    n_pl, pl = place_at(v, i, allow_weak=False)
    if pl is not None:
        # `Tokyo Gas`, `Korea Investment Real Asset Management`: a place spelt in Latin, then
        # capitalised Latin words one of which is a corporate word, is a company's name
        e = k = i + n_pl
        while k < v.n and k - e < 5 and v.tight(k - 1) and cap(v.units[k]) and is_latin_word(v.units[k].text) and place_at(v, k, allow_weak=False)[1] is None:
            k += 1
        if k > e and all(is_latin_word(u.text) for u in v.units[i:e]) and any(u.text in R.suffixes or u.text in R.lx.wordset("latin_legal_forms") for u in v.units[e:k]):
            return k
        return 0
    if R.patterns["age-group"].fullmatch(v.units[i].text):
        return 0  # an age group (U23) is a team only with its country, found with the places
    if i > 0 and v.tight(i - 1) and model_code(v.units[i].text) and cap(v.units[i - 1]) and is_latin_word(v.units[i - 1].text) and not acronym(v.units[i - 1].text):
        return 0  # `Airbus | A321neo`: the model code after a brand
    if no_org_code(v.units[i].text):
        return 0  # CO2, NOx, COP26: a substance, an event's edition
    if not (cap(v.units[i]) and is_latin_word(v.units[i].text)):
        return 0  # only a capitalised Latin word opens a Latin name (tested first: caps_line rescans the line)
    if caps_line(v, i):
        return 0  # `MỞ ĐƯỜNG CHO MỤC TIÊU …`: a subheading in capitals, its words no acronyms
    if code_after_noun(v, i) or re.match(r"/\d", v.s[v.units[i].end : v.units[i].end + 2]):
        return 0  # `xăng E10`; `Lô B&48/95`: a number with a slash is a code, no name
    if not acronym(v.units[i].text) and ((v.units[i].key,) in R.stop_lower or (v.units[i].key,) in R.lead_words):
        return 0  # `Theo WHO`, `Tại RMIT`: a sentence-initial function word is no part of a name
    j = i
    strong = False
    while j < v.n:
        u = v.units[j]
        if j > i and not v.tight(j - 1) and not ampersand_join(v, j):
            break
        if j > i and u.text.isdigit() and j + 1 < v.n and v.tight(j) and v.units[j + 1].text.islower() and not std_code(v, j - 1):
            break  # `BĐBP 3 tỉnh`: a count of what follows, no part of the name
        if j > i and _QUANTITY.fullmatch(u.text):
            break  # `VinaPhone 150.000`, `FPT 2,5`: a number written with separators is a quantity, never a name
        if cap(u) and is_latin_word(u.text) or (j > i and u.text and u.text[0].isdigit() and is_latin_word(u.text)):
            if j > i and model_code(u.text) and not acronym(v.units[j - 1].text):
                break  # `Airbus | A321`, `Boeing | 787`: a brand's model code names a product
            if u.text in R.non_acr or roman(u.text):
                if j == i and not foreign_word_after(v, i):
                    return 0
                if j > i:
                    break
                strong = True  # `PV GAS`, `PV Power`: a word of no organisation alone opens a brand before a foreign word
            n_in, p_in = place_at(v, j, allow_weak=False) if j > i else (0, None)
            if p_in is not None and latin_place_inside_name(v, j, n_in):
                j += n_in  # `KIM Vietnam | Growth Equity Fund`: a Latin-spelt place inside the name
                continue
            if p_in is not None:
                break
            if acronym(u.text) and not R.patterns["initials"].fullmatch(u.text) or u.text in R.suffixes and j > i:
                strong = True  # (not `Maynardo L.B. Montealegre`: dotted initials are a person's)
            j += 1
        elif j > i and u.text in R.conn and j + 1 < v.n and cap(v.units[j + 1]) and is_latin_word(v.units[j + 1].text):
            j += 1
        else:
            break
    if j == i or not strong:
        return 0
    if j - i == 2 and std_code(v, i):
        return 0  # `EN 13674`, `ISO 14001`, `TCVN 5574`: a standard's code, no organisation
    return j


def foreign_word_after(v: DocView, i: int) -> bool:
    """Is unit i a person noun's abbreviation (person_noun_abbreviations) followed, one space
    on, by a capitalised Latin word of no Vietnamese syllable (`PV | GAS`, `PV | Power`) that
    is itself no listed non-organisation word (`GS | TS`)? Common-noun acronyms (`AI Agent`,
    `QR Payment`) stay no names."""
    if i + 1 >= v.n or v.gap(i) != " " or v.units[i].text not in rules().lx.wordset("person_noun_abbreviations"):
        return False
    u = rules()
    w = v.units[i + 1].text
    return cap(v.units[i + 1]) and is_latin_word(w) and not vn_syllable(w) and w not in u.non_acr and len(w) >= 3


def caps_line(v: DocView, i: int) -> bool:
    """Is unit i on a line written all in capitals, of three words or more, one at least
    with a Vietnamese letter (`MỞ ĐƯỜNG CHO MỤC TIÊU TĂNG TRƯỞNG`)? A subheading in capitals:
    its Vietnamese words are no acronyms and no Latin-script names."""
    s = v.s
    a = s.rfind("\n", 0, v.units[i].start) + 1
    b = s.find("\n", v.units[i].end)
    line = s[a : b if b >= 0 else len(s)]
    return len(line.split()) >= 3 and not any(c.islower() for c in line) and any(c.isalpha() and not c.isascii() for c in line)


def org_at(v: DocView, i: int) -> tuple[int, str]:
    """(end, rule id) of an organisation starting at unit i, or (0, '')."""
    R = rules()
    if i >= v.n or not cap(v.units[i]) or v.in_quoted_work(i) or doc_code(v, i):
        return 0, ""
    n_pl, pl = place_at(v, i, allow_weak=False)
    if pl is not None and pl.type in ("province", "city", "country") and i + n_pl < v.n and v.tight(i + n_pl - 1) and all(is_latin_word(u.text) for u in v.units[i : i + n_pl]):
        # `HCMC C4IR`, `Vietnam FPT`: an English-style place before an acronym is part of the name
        k = i + n_pl
        nk = known_at(v, k)[0]
        e = k + nk if nk else (latin_org(v, k) if acronym(v.units[k].text) else 0)
        if e > k and not (e < v.n and v.tight(e - 1) and place_at(v, e, allow_weak=False)[1] is not None):
            return e, "org.place+name"
    e = merged_media_body(v, i)
    if e:
        return e, "org.head+name"
    e = vn_name_group(v, i)
    if e:
        return e, "org.vn-name+suffix"
    h = v.phrase(i, R.lx.org_heads, R.lx.max_head, case_first=True)
    e = committee_of_grouping(v, i, h) if h else 0
    if e:
        return e, "org.head+name"  # `Đảng ủy các cơ quan Đảng tỉnh X` (before a known `Mặt trận Tổ quốc Việt Nam`)
    n_known, known = known_at(v, i)
    h = v.phrase(i, R.lx.org_heads, R.lx.max_head, case_first=True)
    if h == 1 and is_surname(v, i) and i + 2 < v.n and v.tight(i) and v.units[i + 1].text in R.middle and v.tight(i + 1) and is_vn_name_unit(v.units[i + 2]):
        h = 0  # Đoàn Văn Hậu, Hội Thị Lan: a surname that is also a head noun, then a middle name
    if h == 1 and is_surname(v, i) and person_shaped(v, i):
        h = 0  # `Phó Chủ tịch HĐND thành phố | Đoàn Ngọc Minh Anh`: a full name, not `Đoàn` + a name
    if h == 1 and i > 0 and v.tight(i - 1) and is_surname(v, i - 1) and not v.units[i].text.isupper() and (not v.claimed[i - 1] or any(m.type == "PER" and m.j == i for m in v.mentions)):
        h = 0  # `Đinh | Trường Minh`: a head noun right after a surname is a given name
    if h and v.s[v.units[i].start : v.units[i + h - 1].end] in R.lx.wordset("delegation_heads") and i + h < v.n and v.tight(i + h - 1) and (v.phrase(i + h, R.abroad_heads, 4) or v.phrase(i + h, R.company_heads, 3, True) or known_at(v, i + h)[0]):
        return 0, ""  # `Đoàn | Tổng lãnh sự quán X`: a delegation of the organisation named next
    if h and local_bodies_of_several(v, i, h):
        return 0, ""  # `chủ tịch UBND | các tỉnh`, `UBND | 15 tỉnh`: the bodies of several provinces, no one organisation
    best = (0, "")
    if n_known:
        j = i + n_known
        j = extend_place(v, j, allow_tai=known.place_scoped)
        best = (j, "org.gazetteer")
    if h:
        kind = R.lx.org_heads[tuple(u.key for u in v.units[i : i + h])]
        j = org_name(v, i, h, "company" if kind == "facility" else kind)
        if not j and kind == "facility" and h > 1:
            # a facility head read with its shorter head (`Trung tâm` + `Dữ liệu ...`): with more
            # after it (`Trung tâm Dữ liệu | tỉnh X`) it is still the facility; with nothing, a
            # unit of that name (`Giám đốc Trung tâm Dữ liệu của tập đoàn`)
            h0 = h
            h = next((n for n in range(h - 1, 0, -1) if tuple(u.key for u in v.units[i : i + n]) in R.lx.org_heads), 0)
            j = org_name(v, i, h, R.lx.org_heads[tuple(u.key for u in v.units[i : i + h])]) if h else 0
            if j <= i + h0:
                kind = R.lx.org_heads[tuple(u.key for u in v.units[i : i + h])] if h else kind
        if not j and kind in ("body", "gov") and cap(v.units[i]) and i + h < v.n and v.tight(i + h - 1) and v.units[i + h].text.islower():
            e = extend_scope(v, i, i + h)
            n_sc, p_sc = place_at(v, i + h, allow_weak=False)
            if e == i + h and p_sc is not None and p_sc.type in ("province", "city") and v.phrase(i + h, rules().scope_prefixes, 2):
                e = i + h + n_sc  # (`thành phố Hồ Chí Minh`: the gazetteer's name begins with its prefix)
            if e > i + h:
                j = e  # `Bộ Tư lệnh | thành phố X`: a body named by its head and the province or city it serves
        if n_known and j > best[0] and verb_then_name(v, i + n_known, j):
            j = 0  # `Bộ Khoa học và Công nghệ | ghi nhận Viettel`: a well-known name ends where a clause begins
        if j and kind == "company" and nationality_only(v, i + h, j):
            j = 0  # `Tập đoàn Hàn Quốc`: a company described by its country, no name
        if j and j > best[0]:
            best = (j, {"venue": "org.venue", "facility": "org.facility"}.get(kind, "org.head+name"))
    j = latin_org(v, i)
    if n_known and j > best[0] and not any(acronym(u.text) or u.text in R.suffixes for u in v.units[i + n_known : j]):
        j = 0
    if n_known and j <= best[0]:
        e = latin_run(v, i + n_known, v.n, tight_first=True)
        if e > i + n_known and e > best[0] and defined_in_parens(v, i, e):
            j = e  # `Viettel | Abc`: the short name the article defines for a company
    if j > best[0]:
        if acronym(v.units[i].text):
            j = extend_place(v, j, allow_tai=False)
        best = (j, "org.latin-name")
    if best[0]:
        for k in range(i + h + 1, best[0]):
            if h and all(u.text.islower() for u in v.units[i + h : k]) and match_key(v.s[v.units[i].start : v.units[k - 1].end]) in R.staff and cap(v.units[k]):
                return 0, ""  # Ban huấn luyện | Thể Công Viettel: a generic body before a name
        best = (legal_form_tail(v, extend_scope(v, i, best[0])), best[1])
    if best[0]:
        text = v.s[v.units[i].start : v.units[best[0] - 1].end]
        if best[1] != "org.gazetteer" and n_pl >= best[0] - i:
            return 0, ""  # Hội An, Đoàn Xá: a place whose first syllable is also a head noun
        if match_key(text) in R.generic:
            return 0, ""
        if is_event(v, i, best[0]):
            return 0, ""
        if task_group(v, i, best[0]):
            return 0, ""  # `Đoàn công tác tỉnh X`: the province's delegation, no body of its own
        e = best[0]
        if best[1] != "org.gazetteer" and inside_competition_name(v, i):
            return 0, ""  # `Giải vô địch CLB Đông Nam Á`: a competition's name
        if best[1] in LATIN_OR_KNOWN and event_after(v, e):
            return 0, ""  # `ASEAN Cup`, `AFC Champions League`, `APEC 2027`: an event named after its organiser
    return best


def task_group(v: DocView, i: int, j: int) -> bool:
    """Is units i..j a delegation named only by the place that sent it (`Đoàn công tác tỉnh
    Nghệ An`)? It is that place's delegation, as `Đoàn | Tổng lãnh sự quán X` is that office's:
    no body of its own. (A numbered task force, `Tổ công tác số 2`, stays an organisation, as
    test_orgs_s4 specifies; a group named by its task, `Tổ công tác hỗ trợ dự án X`, too.)"""
    h = v.phrase(i, rules().lx.words("task_group_heads"), 3)
    if not h or i + h >= j:
        return False
    k = i + h + v.phrase(i + h, rules().local_prefixes, 2)
    n, p = place_at(v, k, allow_weak=False)
    return p is not None and k + n == j


def local_bodies_of_several(v: DocView, i: int, n: int) -> bool:
    """Is units i..i+n a local body's head right before a plural marker or a count of units
    (`UBND | các xã`, `UBND | 15 tỉnh`): the bodies of several units, no one organisation?"""
    R = rules()
    return (
        R.lx.org_heads.get(tuple(u.key for u in v.units[i : i + n])) == "local"
        and i + n < v.n
        and v.tight(i + n - 1)
        and (v.units[i + n].low in R.lx.wordset("plural_markers") or counted_units(v, i + n))
    )


def counted_units(v: DocView, k: int) -> bool:
    """Are units k.. a count and a lower-case administrative prefix (`15 tỉnh`, `3 xã`)?"""
    return v.units[k].text.isdigit() and k + 1 < v.n and v.tight(k) and v.units[k + 1].text.islower() and v.phrase(k + 1, rules().local_prefixes, 2) > 0


def nationality_only(v: DocView, k: int, j: int) -> bool:
    """Is the name after a company head (units k..j) a country alone (`Tập đoàn | Hàn Quốc`)?
    That describes a company by its nationality, as `một tập đoàn Hàn Quốc` does; it names
    none."""
    n, p = place_at(v, k, allow_weak=False)
    return p is not None and p.type == "country" and k + n == j


def person_shaped(v: DocView, i: int) -> bool:
    """Are the units after a head noun that is also a surname (at i) two or three single
    capitalised name syllables, every one capitalised, ending the capital run, neither one
    place (`Đoàn Hà Nội`, a delegation) nor holding a well-known name: a person's full name
    (`Đoàn Ngọc Minh Anh`)? An organisation's name after its head is written in sentence
    case, only the first word of each part capitalised (`Đoàn Thanh niên`, `Đoàn Nghệ thuật
    Quân đội`)."""
    k = i + 1
    while k < v.n and k - i <= 3 and v.tight(k - 1) and is_vn_name_unit(v.units[k]) and len(v.units[k].text) > 1:
        if known_at(v, k)[0]:
            return False
        k += 1
    if k - i < 3 or (k < v.n and v.tight(k - 1) and (cap(v.units[k]) or v.units[k].tok == v.units[k - 1].tok >= 0)):
        return False
    return place_at(v, i + 1, allow_weak=False)[0] != k - i - 1


def vn_name_group(v: DocView, i: int) -> int:
    """`Việt Thái Group`, `Hòa Bình Holdings`: 1..3 capitalised Vietnamese words, one at least
    written with its tone marks (all-Latin names are latin_org's), then a corporate suffix
    (group_suffixes); its end, or 0."""
    R = rules()
    k = i
    suffixes = R.lx.wordset("group_suffixes")
    while k < v.n and k - i < 3 and (k == i or v.tight(k - 1)) and cap(v.units[k]) and v.units[k].text.isalpha() and not acronym(v.units[k].text) and v.units[k].text not in suffixes:
        k += 1
    if k == i or k >= v.n or not v.tight(k - 1) or v.units[k].text not in suffixes:
        return 0
    if all(is_latin_word(u.text) for u in v.units[i:k]) or is_surname(v, i) and k - i >= 2 and not place_at(v, i)[1]:
        return 0
    return k + 1


def merged_media_body(v: DocView, i: int) -> int:
    """`Báo và Phát thanh - Truyền hình Phú Thọ`, `Báo và phát thanh, truyền hình Tuyên Quang`:
    a province's merged newspaper and broadcaster (pattern merged-media-body), with the
    province after it when written; its end, or 0."""
    mt = rules().patterns["merged-media-body"].match(v.s, v.units[i].start)
    if mt is None:
        return 0
    e = next((k + 1 for k in range(i, min(v.n, i + 8)) if v.units[k].end == mt.end()), 0)
    if e and e < v.n and v.tight(e - 1):
        n, p = place_at(v, e, allow_weak=False)
        if p is not None and p.type in ("province", "city") and cap(v.units[e]):
            e += n
    return e


def verb_then_name(v: DocView, k: int, j: int) -> bool:
    """Are units k..j, after a well-known organisation's name, lower-case words that are no
    administrative prefix or scope, then a capitalised word that is no place: a predicate and
    its object (`ghi nhận Viettel`) rather than more of the name (`tỉnh Đồng Nai`)?"""
    R = rules()
    if k >= j or not v.units[k].text.islower() or v.phrase(k, R.local_prefixes, 2) or v.phrase(k, R.local_scopes, 3):
        return False
    x = k
    while x < j and v.units[x].text.islower():
        x += 1
    return x < j and cap(v.units[x]) and place_at(v, x, allow_weak=False)[1] is None


def is_event(v: DocView, i: int, j: int) -> bool:
    R = rules()
    head = v.phrase(i, R.event_heads, 3)
    if not head:
        return False
    after = v.s[v.units[j - 1].end : v.units[j - 1].end + 20]
    text = v.s[v.units[i].start : v.units[j - 1].end]
    return bool(R.patterns["event-after-name"].match(after) or R.patterns["event-in-name"].search(text) or partner_after(v, j))


def partner_after(v: DocView, j: int) -> bool:
    """Does a second party follow an event head's name after a dash (`Diễn đàn Doanh nghiệp X
    | – Hàn Quốc`, `Hội chợ X | – ASEAN`)? A meeting between two countries or blocs, each
    named after the dash, is an event of both, no body of the first (a forum body's own name,
    `... châu Á – Thái Bình Dương`, has its dash inside the name, not after it)."""
    if j >= v.n or not rules().patterns["event-partner-dash"].fullmatch(v.gap(j - 1)):
        return False
    p = place_at(v, j, allow_weak=False)[1]
    return (p is not None and p.type in ("country", "region")) or (acronym(v.units[j].text) and len(v.units[j].text) >= 3)


def extend_scope(v: DocView, i: int, j: int) -> int:
    """`Mặt trận Tổ quốc Việt Nam | tỉnh Lâm Đồng`, `Đại sứ quán Việt Nam | tại Hàn Quốc`:
    a lower-case administrative prefix and a place, `tại` and a country after an envoy's
    office, or the body that owns a committee (`Ủy ban X | của Quốc hội`: owner_tails after
    owned_body_heads) continue an organisation's name."""
    R = rules()
    if j >= v.n or not v.tight(j - 1):
        return j
    u = v.units[j]
    pk = v.phrase(j, R.scope_prefixes, 2)
    if pk and u.text[:1].islower() and j + pk < v.n and v.tight(j + pk - 1):
        n, p = place_at(v, j + pk)
        if p is not None and p.type in ("province", "city", "district", "ward", "country") and all(cap(x) for x in v.units[j + pk : j + pk + n]):
            return j + pk + n
    if pk and (u.text.islower() or u.text in ("TP", "Tp")) and re.match(r"\s*([,;:.)]|$)", v.s[v.units[j + pk - 1].end : v.units[j + pk - 1].end + 2]):
        h = v.phrase(i, R.lx.org_heads, R.lx.max_head, case_first=True)
        if h and R.lx.org_heads.get(tuple(x.key for x in v.units[i : i + h])) == "local" and home_place(v) is not None:
            return j + pk  # `Ủy ban MTTQ Việt Nam | TP;`: the home city's (mentions.add_mention names it)
    n_owner = v.phrase(j, R.lx.words("owner_tails"), 3)
    if n_owner and u.text.islower() and v.phrase(i, R.lx.words("owned_body_heads"), 2):
        return j + n_owner  # `Ủy ban Kinh tế và Tài chính | của Quốc hội`: a committee of the assembly
    if u.low in ("tại", "ở") and j + 1 < v.n and v.tight(j) and v.phrase(i, R.abroad_heads, 4):
        n, p = place_at(v, j + 1, allow_weak=False)
        e = j + 1 + n
        if p is not None and p.type in ("country", "city", "province") and not (e < v.n and v.tight(e - 1) and cap(v.units[e])):
            return e  # (not `tại TP | Hồ Chí Minh`: a place cut short)
    return j


def extend_place(v: DocView, j: int, allow_tai: bool) -> int:
    """C4IR TP.HCM / C4IR Malaysia: an acronym followed directly by a place (not a word that
    only begins with a place's name: `Quân đội Nhân dân Việt Nam | Anh hùng`)."""
    if j < v.n and v.tight(j - 1):
        n, p = place_at(v, j, allow_weak=False)
        if p is not None and p.type in ("province", "country", "city"):
            return j + n
    return j


def foreign_org_run(v: DocView, k: int) -> int:
    """End of 1..4 capitalised Latin words at k, at least one of them no Vietnamese
    syllable (Nokia, Minato Logistics), that are no place; 0 if none."""
    R = rules()
    e = k
    while e < v.n and e - k < 4 and cap(v.units[e]) and is_latin_word(v.units[e].text) and (e == k or v.tight(e - 1)):
        if v.units[e].text in R.non_acr or place_at(v, e, allow_weak=False)[1] is not None:
            break
        e += 1
    if e > k and any(not vn_syllable(u.text) or acronym(u.text) for u in v.units[k:e]):
        return e
    return 0


def complete_org(v: DocView, a: int, e: int) -> bool:
    """Does the organisation a..e end in something that closes a name (a place, an
    acronym, a well-known organisation, a local head)?"""
    R = rules()
    last = v.units[e - 1]
    if acronym(last.text) or R.lx.org_heads.get(tuple(u.key for u in v.units[a:e])) == "local":
        return True
    for k in range(a + 1, e):
        n, p = place_at(v, k, allow_weak=False)
        if p is not None and k + n == e:
            return True
        n2 = known_at(v, k)[0]
        if n2 and k + n2 == e:
            return True
    return False


def split_person_from_org(v: DocView, org: tuple) -> tuple[tuple, int] | None:
    """`UBND TP.HCM Phan Văn Mãi` / `WEF Jeremy Jurgens`: a name at the end of an org span."""
    R = rules()
    a, b, rule = org
    h = v.phrase(a, R.lx.org_heads, R.lx.max_head, True)
    # Vietnamese: surname + 1..3 capitalised syllables at the end
    for ln in (4, 3, 2):
        s0 = b - ln
        if s0 <= a or (h and s0 <= a + h):
            # nothing but the head would be left: the name is the organisation's own
            # (Bệnh viện Bạch Mai, Trường Nguyễn Du, Bệnh viện Nguyễn Tri Phương)
            continue
        if (is_surname(v, s0) or ln >= 3 and v.units[s0 + 1].text in R.middle) and all(is_vn_name_unit(u) for u in v.units[s0:b]):
            if place_at(v, s0)[0] >= ln or tuple(u.key for u in v.units[s0:b]) in R.lx.words("eponyms"):
                continue  # a place, or a person the organisation is named after
            if v.units[s0].tok >= 0 and v.units[s0].tok == v.units[s0 - 1].tok:
                continue  # `Công ty CP Ánh | Dương Việt Nam`: a name never begins inside a word begun before it
            if eponymous_name(v, a, h, s0):
                continue  # `Trường Đào tạo cán bộ | Lê Văn A`: the school is named after A
            if any(place_at(v, k, allow_weak=False)[0] == b - k for k in range(max(a, s0 - 2), s0)):
                continue  # `UBND TP. Hồ Chí Minh`: the tail of a place the gazetteer knows
            if ln == 2 and not complete_org(v, a, s0):
                continue  # Tập đoàn Tân Hoàng Minh: a two-syllable tail is part of the name
            return (a, s0, rule), s0
    sf = foreign_name_tail(v, a, b, h)
    if sf is not None:
        return (a, sf, rule), sf
    # Latin: leading acronym/known name, then capitalised words
    if rule in LATIN_OR_KNOWN:
        k = a
        while k < b and (acronym(v.units[k].text) or known_at(v, k)[0]):
            k += max(1, known_at(v, k)[0])
        if a < k < b and b - k >= 2 and all(cap(u) and not acronym(u.text) and u.text not in R.suffixes for u in v.units[k:b]) and place_at(v, k, allow_weak=False)[0] != b - k:
            return (a, k, rule), k
    return None


def foreign_name(v: DocView, a: int, b: int) -> bool:
    """Are units a..b (two or three) a foreign person's name: capitalised words of Latin
    letters only, one at least no Vietnamese syllable can be, no acronym, corporate word or
    legal-form suffix, none starting a place, no known organisation (`Seema Malhotra`,
    `Iain Frew`)?"""
    R = rules()
    us = v.units[a:b]
    return (
        2 <= b - a <= 3
        and all(cap(u) and u.text.isalpha() and u.text.isascii() and not acronym(u.text) and u.text not in R.suffixes for u in us)
        and not all(vn_syllable(u.text) for u in us)
        and not any(u.text in R.lx.wordset("latin_common_words") for u in us)  # `Blue Harbor Capital`
        and not any(place_at(v, k, allow_weak=False)[1] is not None for k in range(a, b))
        and not known_at(v, a)[0]
    )


def foreign_name_tail(v: DocView, a: int, b: int, h: int) -> int | None:
    """`Vụ Lễ tân Bộ Ngoại giao | Stephen Walton`, `Bộ Ngoại giao | Seema Malhotra`: a public
    body's name written in Vietnamese (a word with Vietnamese tone marks after its head) does
    not go on in foreign words; two or three Latin words ending it that are a foreign
    person's name (foreign_name) are the name of the person who follows the body (a holder, a representative). Companies keep foreign words
    (`Ngân hàng TNHH Standard Chartered`): only heads of kind body, gov and local."""
    R = rules()
    if not h or R.lx.org_heads.get(tuple(u.key for u in v.units[a : a + h])) not in ("body", "gov", "local"):
        return None
    for ln in (3, 2):
        s0 = b - ln
        if s0 <= a + h:
            continue
        if not foreign_name(v, s0, b):
            continue
        if not all(v.tight(k) for k in range(s0 - 1, b - 1)) or cap(v.units[s0 - 1]) and v.units[s0 - 1].text.isascii() and v.units[s0 - 1].text.isalpha() and not vn_syllable(v.units[s0 - 1].text):
            continue  # the foreign run starts earlier: the body's own foreign name
        if any(not u.text.isascii() for u in v.units[a + h : s0]):
            return s0
    return None
