"""Surface forms of organisation and place names, rewritten for linking and display.

Embedded place names become their gazetteer entry (`TPHCM`, `TP. Hồ Chí Minh`, `HCMC`
-> `TP.HCM`), abbreviations are expanded (`UBND` -> `Ủy ban nhân dân`), a company head
before a Latin-script name (`Tập đoàn Viettel` -> `Viettel`) or a legal form before
another company head (`Công ty cổ phần Tập đoàn X` -> `Tập đoàn X`) is dropped, an
administrative prefix is dropped from a place (`huyện Củ Chi` -> `Củ Chi`), and a
known or acronym name scoped by one place is read as (name, place) (`C4IR TP.HCM`).

String functions over the lexicons: no document, no extractor. `linking` decides
which of these forms become keys and display names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.lexicons import UNIT, _ukey, lexicons, place_key
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable
from c4ir_kb.nlp.normalize import match_key, normalize


def units(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in UNIT.finditer(s)]


_GAP = re.compile(r"[\s.\-–]*")


def _place_at(us: list[tuple[str, int, int]], i: int, s: str):
    """Longest gazetteer place starting at unit i of string s: (n_units, Place).

    A walk a unit at a time while the span's key begins some place's key
    (`lexicons.place_prefixes`), not a try of every length."""
    lx = lexicons()
    best: tuple = (0, None)
    for n in range(1, min(lx.max_place, len(us) - i) + 1):
        if n > 1 and not _GAP.fullmatch(s, us[i + n - 2][2], us[i + n - 1][1]):
            break
        k = place_key(s[us[i][1] : us[i + n - 1][2]])
        if not k:
            continue
        if k[0] not in lx.place_prefixes:
            break
        p = lx.places.get(k)
        if p is not None and (not lx.place_first_upper.get(k) or us[i][0][:1].isupper()):
            best = (n, p)
    return best


def place_display(p) -> str:
    return p.canonical or p.name


def rewrite_places(s: str, for_display: bool = False) -> tuple[str, list]:
    """Replace embedded place names by their canonical form; returns (text, places)."""
    s = normalize(s)
    us = units(s)
    out, last, i, found = [], 0, 0, []
    while i < len(us):
        n, p = _place_at(us, i, s)
        if p is not None and not p.weak:
            out.append(s[last : us[i][1]])
            out.append(place_display(p) if (p.canonical or not for_display) else s[us[i][1] : us[i + n - 1][2]])
            last = us[i + n - 1][2]
            found.append(p)
            i += n
        else:
            i += 1
    out.append(s[last:])
    return "".join(out), found


def strip_company_head(s: str) -> str | None:
    """`Tập đoàn Viettel` -> `Viettel`; only when everything after the head is Latin-script."""
    lx = lexicons()
    us = units(s)
    heads = {_ukey(h) for h in lx.wordlist("company_heads")}
    for n in range(min(4, len(us) - 1), 0, -1):
        if tuple(match_key(u[0]) for u in us[:n]) in heads:
            rest = s[us[n][1] :]
            conn = set(lx.wordlist("latin_connectors"))
            if all(is_latin_word(u[0]) or u[0] in conn for u in us[n:]) and any(u[0][:1].isupper() for u in us[n:]):
                return rest.strip()
            # `Tổng công ty Viễn thông MobiFone` -> `MobiFone`: a capitalised Vietnamese
            # descriptor (1-3 words) before a foreign brand that ends the name
            for d in (1, 2, 3):
                tail = us[n + d :]
                if not tail or len(tail) > 2 or not us[n][0][:1].isupper() or not all(not is_latin_word(u[0]) or vn_syllable(u[0]) for u in us[n : n + d]):
                    continue
                if all(is_latin_word(u[0]) and u[0][:1].isupper() and not u[0].isupper() for u in tail) and any(not vn_syllable(u[0]) for u in tail):
                    if _subsidiary_of_group(us[:n], s[tail[0][1] :].strip()):
                        return None
                    return s[tail[0][1] :].strip()
            return None
    return None


def _subsidiary_of_group(head: list, brand: str) -> bool:
    """`Tổng Công ty Viễn thông | Viettel`: a corporation named after a brand that is known
    as a group (`Tập đoàn ...` among its names) is one of the group's companies, not the
    group, unless its own head is that of a group."""
    k = known_org(brand)
    if k is None or match_key(" ".join(u[0] for u in head)) == match_key("Tập đoàn"):
        return False
    return any(match_key(a).startswith(match_key("Tập đoàn")) for a in [k.name, *k.aliases])


def strip_legal_form(s: str) -> str | None:
    """`Công ty cổ phần Tập đoàn Đèo Cả` -> `Tập đoàn Đèo Cả`, `Công ty TNHH Kyowa Precision
    Việt Nam` -> `Kyowa Precision Việt Nam`: a company's legal form before another company
    head, or before a name that begins with a foreign (Latin-script) word."""
    lx = lexicons()
    us = units(s)
    forms = {_ukey(h) for h in lx.wordlist("legal_forms")}
    heads = {_ukey(h) for h in lx.wordlist("company_heads")}
    for n in range(min(5, len(us) - 1), 0, -1):
        if tuple(match_key(u[0]) for u in us[:n]) not in forms:
            continue
        rest = us[n:]
        if not rest[0][0][:1].isupper():
            return None
        if any(tuple(match_key(u[0]) for u in rest[:m]) in heads for m in range(1, min(4, len(rest)))):
            return s[rest[0][1] :].strip()
        if is_latin_word(rest[0][0]) and not acronym(rest[0][0]) and len(rest) >= 2:
            return s[rest[0][1] :].strip()
        return None
    return None


def expand_abbrev(s: str) -> str:
    ab = lexicons().misc.get("abbreviations", {})
    return UNIT.sub(lambda m: ab.get(m.group(), m.group()), s)


def known_org(s: str):
    return lexicons().known_orgs.get(_ukey(s))


def scoped(rewritten: str, places: list) -> tuple[str, str] | None:
    """(name, place) for a name made of a known/acronym name and one place, in either
    order, possibly joined by `tại`/`ở` (`HCMC C4IR`, `C4IR TP.HCM`, `Trung tâm ... tại TP.HCM`)."""
    if len(places) != 1:
        return None
    pd = place_display(places[0])
    i = rewritten.find(pd)
    if i < 0:
        return None
    rest = (rewritten[:i] + " " + rewritten[i + len(pd) :]).strip(" ,-")
    rest = re.sub(r"\s+(tại|ở)\s*$", "", rest).strip()
    if not rest:
        return None
    k = known_org(rest)
    if k is not None:
        return k.name, pd
    ws = rest.split()
    lx = lexicons()
    if len(ws) == 1 and acronym(ws[0]) and ws[0] not in lx.misc.get("abbreviations", {}) and _ukey(ws[0]) not in lx.org_heads:
        return ws[0], pd
    return None


_ADMIN = re.compile(r"^(tỉnh|thành phố|tp\.?|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _admin_glued() -> re.Pattern:
    """`TP.Đà Nẵng`, `H.Tân Hồng`, `P.Bến Nghé`: an administrative noun abbreviated
    (admin_prefix_abbreviations) and glued by its dot to a place written in words (not
    `TP.HCM`, an acronym). Built once."""
    abbr = sorted(lexicons().wordlist("admin_prefix_abbreviations"), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, abbr))})\.\s?(?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")


def strip_admin(s: str) -> str:
    """`huyện Củ Chi` -> `Củ Chi`, `TP Cần Thơ` -> `Cần Thơ`, `H.Củ Chi` -> `Củ Chi` (not
    `TP.HCM`: an acronym)."""
    return _admin_glued().sub("", _ADMIN.sub("", s))


def whole_place(s: str):
    """The gazetteer place a LOC surface names as a whole, with or without its administrative prefix."""
    for x in (s, strip_admin(s)):
        us = units(x)
        n, p = _place_at(us, 0, x) if us else (0, None)
        if p is not None and n == len(us):
            return p
    return None


LOWER_ADMIN = re.compile(r"(?<!\S)(tỉnh|thành phố|TP\.?|Tp\.?)\s+(?=[A-ZĐÀ-Ỹ])")


def split_place_suffix(s: str) -> str:
    """`ĐHQG-HCM` -> `ĐHQG HCM`: an acronym joined by a hyphen to a place abbreviation."""
    m = re.fullmatch(r"(\S+)-([A-Z]{2,4})", s)
    if m and acronym(m.group(1)):
        p = lexicons().places.get(place_key(m.group(2)))
        if p is not None and not p.weak and p.type in ("province", "city"):
            return f"{m.group(1)} {m.group(2)}"
    return s


def latin_only(s: str) -> bool:
    conn = set(lexicons().wordlist("latin_connectors"))
    ws = [u[0] for u in units(s)]
    return bool(ws) and all(is_latin_word(w) or w in conn for w in ws)
