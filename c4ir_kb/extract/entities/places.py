"""Component 6, places: gazetteer places, administrative prefix + name (`huyện Củ
Chi`), a landmark with its city, sports teams named by a place (`U23 Việt Nam`).

Also places joined by hyphens (`Việt Nam-Lào`), each a place; a country after `tiếng` is a
language, no place.

Reads: unclaimed units, underthesea NER tags. Claims: LOC mentions (loc.gazetteer,
loc.gazetteer-weak, loc.admin-prefix, loc.admin-prefix-kept, loc.landmark+place, loc.joined),
ORG mentions (org.team-in-sports-sentence, org.team-age-group, org.team-fc); claims
without a mention a name after a palace or temple noun, and the places a road named by its
ends joins (`cao tốc X - Y`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from c4ir_kb.extract.entities.lookup import after_structure, central_city, commune_number, is_surname, known_at, phrase_before, place_at, place_cue_before
from c4ir_kb.extract.entities.mentions import add_mention
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import find_place
from c4ir_kb.extract.wordshape import acronym, roman, vn_syllable


def find_places(v: DocView) -> None:
    R = rules()
    limit = v.limit
    prefixes = sorted(R.lx.words("admin_prefixes") | R.street, key=len, reverse=True)
    keep = R.lx.words("place_prefix_keep")
    starts = [u.start for u in v.units]  # (for road_ends and joined_places)
    road_ends(v, starts)
    joined_places(v, starts)
    i = 0
    while i < v.n and v.units[i].start < limit:
        if v.claimed[i]:
            i += 1
            continue
        e = glued_abbreviation(v, i)
        if e:
            add_mention(v, "LOC", i, e, "loc.admin-abbrev-glued")
            i = e
            continue
        n, p = place_at(v, i)
        if p is not None and v.free(i, i + n):
            before_cap = i > 0 and v.tight(i - 1) and cap(v.units[i - 1]) and not v.claimed[i - 1]
            after_cap = i + n < v.n and v.tight(i + n - 1) and cap(v.units[i + n]) and not v.claimed[i + n]
            single = n == 1 and len(v.units[i].text) <= 4
            weak = p.weak or single
            if p.type in ("district", "ward") and i > 0 and v.tight(i - 1) and is_surname(v, i - 1) and not v.claimed[i - 1]:
                i += 1  # Nguyễn Thanh Thủy: the given names of a person, not the district
                continue
            a = i
            while a > 0 and i - a < 3 and v.tight(a - 1) and cap(v.units[a - 1]) and not v.claimed[a - 1] and v.units[a - 1].ner in ("B-LOC", "I-LOC"):
                a -= 1
            if a < i and v.units[a].ner == "B-LOC" and p.type in ("province", "city") and not p.weak and v.free(a, i + n) and not place_at(v, a)[1] and not after_structure(v, a):
                add_mention(v, "LOC", a, i + n, "loc.in-facility-name" if numbered_name(v, i + n) else "loc.landmark+place")  # `Đại Nội Huế`: a landmark named with its city
                i += n
                continue
            if p.type == "country" and i > 0 and v.tight(i - 1) and (v.units[i - 1].key,) in R.lx.words("language_nouns"):
                v.claim(i, i + n)  # `tiếng Anh`: a language, no place
                i += n
                continue
            if p.type == "country" and currency_before(v, i):
                v.claim(i, i + n)  # `đô la Mỹ`, `đồng Việt Nam`: a currency, no place
                i += n
                continue
            if p.type not in ("country",) and after_structure(v, i):
                v.claim(i, i + n)
                i += n
                continue
            if p.weak and not all(cap(u) for u in v.units[i : i + n]):
                i += 1  # `Trung tâm` is not the ward `Trung Tâm`: a weak name must be written as a name
                continue
            if weak and (before_cap or after_cap):
                i += 1
                continue
            if p.weak and not after_prefix(v, i, prefixes) and v.units[i].ner[2:] != "LOC":
                i += 1
                continue
            if p.weak and not after_prefix(v, i, prefixes) and i > 0 and v.tight(i - 1) and v.units[i - 1].text.islower() and v.units[i - 1].low not in ("và", "hoặc") and not any(place_cue_before(v, b) for b in range(max(1, i - 2), i + 1) if all(v.tight(x) for x in range(b, i))):
                i += 1  # `nhà máy điện gió Hải Anh`: a weak place after nouns for a thing names the thing
                continue
            if i + n < v.n and v.tight(i + n - 1) and v.units[i + n].text in R.lx.wordset("place_part_suffixes") and not v.claimed[i + n]:
                n += 1  # `Cái Mép Hạ`
            if p.type in ("country", "province") and (a := sport_team_start(v, i)) is not None and v.free(a, i):
                add_mention(v, "ORG", a, i + n, "org.team-of-sport")  # `tuyển điền kinh Việt Nam`: a team named with its sport
                i += n
                continue
            if p.type in ("country", "province", "city", "district") and sports_team(v, i, i + n):
                e = i + n
                if e < v.n and v.tight(e - 1) and v.units[e].text in R.team_suffixes:
                    e += 1
                a = i - 1 if i > 0 and v.tight(i - 1) and R.patterns["age-group"].fullmatch(v.units[i - 1].text) and v.free(i - 1, i) else i
                add_mention(v, "ORG", a, e, "org.team-in-sports-sentence")
                i = e
                continue
            if i > 0 and v.tight(i - 1) and R.patterns["age-group"].fullmatch(v.units[i - 1].text) and v.free(i - 1, i) and p.type in ("country", "province", "city"):
                add_mention(v, "ORG", i - 1, i + n, "org.team-age-group")  # U23 Việt Nam
                i += n
                continue
            if i > 0 and v.tight(i - 1) and R.patterns["age-group"].fullmatch(v.units[i - 1].text) and p.type == "region":
                add_mention(v, "LOC", i, i + n, "loc.in-facility-name")  # `U23 châu Á`: a competition, no place
                i += n
                continue
            if i + n < v.n and v.tight(i + n - 1) and v.units[i + n].text in R.team_suffixes and v.free(i + n, i + n + 1):
                add_mention(v, "ORG", i, i + n + 1, "org.team-fc")  # Hà Nội FC
                i += n + 1
                continue
            n = commune_number(v, i, i + n) - i  # `phường X 2`
            rule = "loc.gazetteer-weak" if p.weak else "loc.gazetteer"
            inside = numbered_name(v, i + n) or after_bracketed_acronym(v, i) or competition_region(v, i, p) or in_english_phrase(v, i, n)
            add_mention(v, "LOC", i, i + n, "loc.in-facility-name" if inside else rule)
            i += n
            continue
        e = landmark(v, i)
        if e:
            # the mention is the name (VLSP: `sông Hồng` -> `Hồng`); the place is named with its
            # noun (`hồ Kẻ Gỗ`), as the knowledge base's gold writes a landmark
            k = i + v.phrase(i, R.lx.words("landmark_nouns"), 3)
            v.claim(i, k)
            mi = add_mention(v, "LOC", k, e, "loc.in-facility-name" if numbered_name(v, e) or numbered_name(v, e - 1) else "loc.landmark-noun")
            v.mentions[mi].virt = v.doc.article.text[v.units[i].start : v.units[e - 1].end]
            i = e
            continue
        # administrative prefix + capitalised name (huyện Củ Chi, xã Tân Phú Trung, Quận 1)
        pl = v.phrase(i, set(prefixes), 3)
        if pl and tuple(u.key for u in v.units[i : i + pl]) in R.street and i > 0 and v.units[i].tok >= 0 and v.units[i - 1].tok == v.units[i].tok:
            pl = 0  # `nhu cầu`, `phố` inside another word
        if pl and i + pl < v.n and v.tight(i + pl - 1) and (v.units[i].text[:1].islower() or tuple(u.key for u in v.units[i : i + pl]) in keep):
            k = i + pl
            if v.phrase(k, R.lx.words("event_heads"), 3):
                i = k  # `thành phố Festival Hoa`: the name of an event after the noun, no place
                continue
            if v.phrase(i, R.lx.words("channel_prefixes"), 1) and (acronym(v.units[k].text) or v.phrase(k, R.lx.org_heads, R.lx.max_head, case_first=True) or known_at(v, k)[0]):
                i = k  # `kênh Đảng`, `kênh VTV1`: a body's or a broadcaster's channel, no canal
                continue
            if k + 1 < v.n and v.tight(k) and v.units[k + 1].text.islower() and v.units[k + 1].tok == v.units[k].tok >= 0 and place_at(v, k)[1] is None:
                i = k + 1  # `đường Vành đai 4`: a common word written with a capital, no name
                continue
            e = k
            while e < v.n and e - k < 4 and (e == k or v.tight(e - 1)) and (cap(v.units[e]) or (e == k and v.units[e].text.isdigit() and v.units[i].low in R.numbered_place_prefixes)):
                e += 1
            n2, p2 = place_at(v, k)
            if p2 is not None and n2 > e - k:
                i = k  # the gazetteer knows a longer name (vùng Đồng bằng sông Cửu Long)
                continue
            if p2 is not None and not p2.weak and n2 < e - k and (is_surname(v, k + n2) or place_at(v, k + n2, allow_weak=False)[1] is not None):
                e = k + n2  # `khu vực Bắc Trung Bộ | Việt Nam`: a region, then its country  # `tỉnh Phú Thọ | Đỗ Thanh cho biết`: a person's name after the place
            if p2 is None and e - k >= 3 and is_surname(v, k) and v.units[k + 1].text in R.middle and " ".join(u.low for u in v.units[i:k]) in ("tỉnh", "thành phố"):
                i = e  # `... thành phố | Hồ Thị Minh Thu`: a person's full name (a middle name), no place
                continue
            if e > k and v.free(k, e) and tuple(u.key for u in v.units[i : i + pl]) in keep and cap(v.units[i]) and v.free(i, k):
                add_mention(v, "LOC", i, e, "loc.admin-prefix-kept")  # TP Cần Thơ: the gold keeps `TP`
                i = e
                continue
            if e > k and v.free(k, e) and p2 is not None and n2 == e - k and ward_of_province_name(v, i, k, p2):
                add_mention(v, "LOC", i, e, "loc.admin-prefix-level")  # `phường Lào Cai`: a ward, not the province
                i = e
                continue
            if e > k and v.free(k, e):
                e = commune_number(v, k, e)
                add_mention(v, "LOC", k, e, "loc.admin-prefix")
                i = e
                continue
        i += 1


@lru_cache(maxsize=1)
def _glued() -> re.Pattern:
    """An abbreviation of admin_prefix_abbreviations, its dot, a capitalised word: built once."""
    abbr = sorted(rules().lx.wordlist("admin_prefix_abbreviations"), key=len, reverse=True)
    return re.compile(rf"({'|'.join(map(re.escape, abbr))})\.([A-ZĐ][a-zà-ỹđ]+)")


def glued_abbreviation(v: DocView, i: int) -> int:
    """`P.Đồng Hới`, `H.Tân Hồng`, `TP.Thanh Đảo`: an administrative noun abbreviated and glued
    by its dot to the place's first word (admin_prefix_abbreviations) makes one place with
    the capitalised words after it (1-4 words in all); a `TP.` only before a place of the
    gazetteer. The end, or 0."""
    mt = _glued().fullmatch(v.units[i].text)
    if mt is None:
        return 0
    e = i + 1
    while e < v.n and e - i < 4 and v.tight(e - 1) and cap(v.units[e]) and v.units[e].text.isalpha() and not v.claimed[e]:
        e += 1
    a = v.units[i].start + len(mt.group(1)) + 1
    known = next((k for k in range(e, i, -1) if (p := find_place(v.s[a : v.units[k - 1].end])) is not None and not p.weak), 0)
    if mt.group(1) in ("TP", "Tp") or known and known < e and is_surname(v, known):
        e = known  # `P.Đồng Hới | Nguyễn Văn A`: a person's name after the place
    return e if e and v.free(i, e) else 0


def ward_of_province_name(v: DocView, i: int, k: int, p) -> bool:
    """`phường Lào Cai`, `xã Thái Bình`: a lower-case lower administrative noun (units i..k,
    lower_admin_prefixes) before a province's name makes a ward, commune or district of that
    name; not before a centrally-run city's (`quận, huyện Hà Nội`: the districts of the
    city), nor after a plural or a list of such nouns (`các xã, phường Lào Cai`)."""
    R = rules()
    if p.type != "province" or central_city(p.canonical or p.name) or not v.units[i].text.islower():
        return False
    if tuple(u.key for u in v.units[i:k]) not in R.lx.words("lower_admin_prefixes"):
        return False
    b = v.units[i - 1] if i > 0 else None
    return b is None or not (b.low in R.lx.wordset("plural_markers") or v.gap(i - 1).strip() in (",", "và") or (b.key,) in R.lx.words("lower_admin_prefixes"))


def currency_before(v: DocView, i: int) -> bool:
    """Does a lower-case currency noun (currency_nouns) stand right before unit i (`đô la |
    Mỹ`, `đồng | Việt Nam`), a one-syllable one as a whole word (not `cộng đồng | Việt Nam`)?"""
    words = rules().lx.words("currency_nouns")
    for n in (1, 2, 3):
        a = i - n
        if a < 0 or not all(v.tight(x) for x in range(a, i)) or v.phrase(a, words, n) != n:
            continue
        if not v.units[a].text[:1].islower():
            continue
        if n == 1 and a > 0 and v.units[a].tok >= 0 and v.units[a - 1].tok == v.units[a].tok:
            continue  # a one-syllable noun ending another word (`cộng đồng`)
        return True
    return False


def after_bracketed_acronym(v: DocView, i: int) -> bool:
    """`Quân đội nhân dân (QĐND) Việt Nam`, `Cảng hàng không quốc tế (HKQT) Long Thành`: a place
    right after an acronym in brackets that abbreviates the words before the bracket (their
    initials) continues the name those words began; it is inside that name, no place."""
    if i < 2 or v.gap(i - 1) != ") " or not acronym(v.units[i - 1].text) or v.s[v.units[i - 1].start - 2 : v.units[i - 1].start] != " (":
        return False
    letters = [c for c in v.units[i - 1].text.upper() if c.isalpha()]
    k = i - 1 - len(letters)
    if k < 0 or not all(v.tight(x) for x in range(k, i - 2)):
        return False
    return [u.text[:1].upper() for u in v.units[k : i - 1]] == letters


def numbered_name(v: DocView, j: int) -> bool:
    """`LNG Long An II`, `cầu Bắc Luân III`, `Nhà máy X I và II`: a place name followed, in
    the same phrase, by a Roman numeral numbers a plant, project, bridge or other thing named
    after the place (phases and units are counted so; a place itself never is): the name is
    the thing's, no place of the story (the guideline's `Not a place: a name inside ... a
    name`)."""
    if j <= 0 or j >= v.n or not v.tight(j - 1) or (v.claimed[j] and not any(m.i <= j < m.j for m in v.mentions)):
        return False
    w = v.units[j].text
    return w == "I" or (roman(w) and w.isupper())


def in_english_phrase(v: DocView, i: int, n: int) -> bool:
    """`Make in | Vietnam`, `Made in | Vietnam`: a place spelt in English right after an English
    preposition (english_prepositions) that follows an English word (a Latin word no Vietnamese
    syllable can be) is a word of an English phrase, a slogan or a label, no place of the
    story."""
    if i < 2 or not all(u.text.isascii() for u in v.units[i : i + n]) or not (v.tight(i - 1) and v.tight(i - 2)):
        return False
    w = v.units[i - 2].text
    return v.units[i - 1].text in rules().lx.wordset("english_prepositions") and w.isalpha() and w.isascii() and not vn_syllable(w)


def competition_region(v: DocView, i: int, p) -> bool:
    """`vòng loại | châu Á`, `vô địch | Đông Nam Á`, `giải | châu Á`: a region right after a word
    for a competition or its title (competition_heads, competition_region_cues) names the
    competition (the continent's championship), no place of the story."""
    lx = rules().lx
    return p.type == "region" and (phrase_before(v, i, lx.words("competition_heads"), 4) or phrase_before(v, i, lx.words("competition_region_cues"), 4))


def lunar_year_at(v: DocView, e: int) -> bool:
    """Does a lunar year (`Bính Ngọ`), or a season or festival word before one (`Xuân Bính
    Ngọ`, `Tết Ất Tỵ`), begin at unit e? A name stops before it: `đền X Xuân Bính Ngọ` is the
    temple's festival of that spring."""
    lunar = rules().patterns["lunar-year"]
    if lunar.match(v.s, v.units[e].start):
        return True
    return v.units[e].text in ("Xuân", "Tết") and e + 1 < v.n and v.tight(e) and lunar.match(v.s, v.units[e + 1].start) is not None


def landmark(v: DocView, i: int) -> int:
    """`hồ Kẻ Gỗ`, `suối Côn Sơn`, `sân Gò Đậu`: a lower-case landmark noun (landmark_nouns)
    and the 1..4 capitalised words after it are one place, noun and all; the end, or 0. Not
    where the name is a place of the gazetteer (`sông | Thái Bình`, `sông | Bắc Bộ` stay that
    place) or the noun ends another word (landmark_noun_compounds: `yêu cầu`, `khai thác`)."""
    R = rules()
    ln = v.phrase(i, R.lx.words("landmark_nouns"), 3)
    if not ln or not v.units[i].text[:1].islower() or i + ln >= v.n or not v.tight(i + ln - 1):
        return 0
    if i > 0 and v.tight(i - 1) and v.phrase(i - 1, R.lx.words("landmark_noun_compounds"), 2) == ln + 1:
        return 0
    k = e = i + ln
    while e < v.n and e - k < 4 and (e == k or v.tight(e - 1)) and cap(v.units[e]) and v.units[e].text.isalpha() and not v.claimed[e] and not lunar_year_at(v, e):
        e += 1
    if e == k or (e < v.n and v.tight(e - 1) and v.units[e].text.islower() and v.units[e].tok == v.units[e - 1].tok >= 0):
        return 0
    n, p = place_at(v, k, allow_weak=False)
    if p is not None and n >= e - k:
        return 0
    return e if v.free(i, e) else 0


def _phrase_len_before(v: DocView, i: int, table, maxlen: int) -> int:
    """The length in units of the longest phrase of `table` ending right before unit i, written tight to it."""
    return max((n for n in range(1, maxlen + 1) if i - n >= 0 and all(v.tight(x) for x in range(i - n, i)) and v.phrase(i - n, table, n) == n), default=0)


def sport_team_start(v: DocView, i: int) -> int | None:
    """`tuyển điền kinh | Việt Nam`, `đội tuyển futsal | Việt Nam`, `tuyển bóng đá nữ | Việt Nam`: a
    team noun (team_nouns), its sport (team_sports) and maybe the gender it plays (team_genders) right
    before the country or province at unit i name one team, from the team noun on; the unit where it
    starts, else None. The sport tells a team from a country's delegation or people."""
    lx = rules().lx
    k = i - _phrase_len_before(v, i, lx.words("team_genders"), 1)
    n = _phrase_len_before(v, k, lx.words("team_sports"), 3)
    if n == 0:
        return None
    k -= n
    n = _phrase_len_before(v, k, lx.words("team_nouns"), 2)
    return k - n if n else None


def sports_team(v: DocView, i: int, j: int) -> bool:
    """A country or city written as a team in a sports sentence (`trận gặp Indonesia`,
    `Hải Phòng thắng ...`, `đội tuyển Thái Lan`)."""
    R = rules()
    sent = v.doc.sentence_at(v.units[i].start)
    cues = _sports_cue_starts(v)
    at = bisect_left(cues, sent.start)
    if not (at < len(cues) and cues[at] < sent.end):
        return False
    if phrase_before(v, i, R.team_before, 3):
        return True
    if j < v.n and v.tight(j - 1) and v.phrase(j, R.team_after, 3):
        return True
    return bool(R.patterns["match-score"].match(v.s[v.units[j - 1].end :]))


def _sports_cue_starts(v: DocView) -> list[int]:
    """Offsets of the units that start a sports cue, in order: one pass per article, not
    one per candidate place."""
    starts = getattr(v, "sports_cue_starts", None)
    if starts is None:
        R = rules()
        starts = v.sports_cue_starts = [v.units[k].start for k in range(v.n) if _whole_cue(v, k, v.phrase(k, R.sports_cues, 3))]
    return starts


def _whole_cue(v: DocView, k: int, n: int) -> bool:
    """A sports cue of n units at k that is a whole word (`sân`, not the first syllable of
    `sân bay`, an airport)."""
    e = k + n
    return n > 0 and not (e < v.n and v.tight(e - 1) and v.units[e].tok >= 0 and v.units[e].tok == v.units[e - 1].tok)


def after_prefix(v: DocView, i: int, prefixes) -> bool:
    for n in (1, 2):
        if i - n >= 0 and tuple(u.key for u in v.units[i - n : i]) in prefixes:
            return True
    return False


_NAME = r"[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3}"


@lru_cache(maxsize=1)
def _road_re() -> re.Pattern:
    nouns = "|".join(re.escape(x) for x in rules().lx.wordset("road_named_by_ends"))
    return re.compile(rf"(?:{nouns}) ({_NAME}(?: ?[-–] ?{_NAME})+)")


def road_ends(v: DocView, starts: list[int]) -> None:
    """`cao tốc Quảng Ngãi - Kon Tum`: the places a road joins name the road; their units are
    claimed, with no mention."""
    for mt in _road_re().finditer(v.s, 0, v.limit):
        parts = [x.strip() for x in re.split(r"[-–]", mt.group(1))]
        if not all(find_place(x) is not None for x in parts):
            continue
        i = bisect_left(starts, mt.start(1))
        j = bisect_left(starts, mt.end(1))
        if v.free(i, j):
            v.claim(i, j)


_JOINED = re.compile(r"[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3}(?:-[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3})+")


def joined_places(v: DocView, starts: list[int]) -> None:
    """`quan hệ Việt Nam-Lào`, `giao thương Việt Nam-ASEAN-Trung Quốc`: countries and provinces
    joined by hyphens (the parties of a relation, the ends of a route) are each a place."""
    for mt in _JOINED.finditer(v.s, 0, v.limit):
        if any(v.claimed[bisect_right(starts, mt.start()) - 1 : bisect_left(starts, mt.end())]) and not any(x.start < mt.end() and mt.start() < x.end for x in v.mentions):
            continue  # the ends of a road that names them
        parts, pos = [], mt.start()
        for part in mt.group().split("-"):
            parts.append((pos, pos + len(part), find_place(part)))
            pos += len(part) + 1
        places = [(a, b) for a, b, p in parts if p is not None and p.type in ("country", "province", "city", "region") and not p.weak]
        if len(places) < 2 or any(p is None and not acronym(v.s[a:b]) for a, b, p in parts):
            continue
        spans = []
        for a, b in places:
            i = bisect_right(starts, a) - 1
            j = bisect_left(starts, b)
            if any(v.claimed[i:j]) and not all(x.type == "LOC" for x in v.mentions if x.i < j and i < x.j):
                break
            spans.append((i, j, a, b))
        else:
            for i, j, a, b in spans:
                if any(m.start == a and m.end == b for m in v.mentions):
                    continue
                mi = add_mention(v, "LOC", i, j, "loc.joined")
                v.mentions[mi].start, v.mentions[mi].end = a, b
