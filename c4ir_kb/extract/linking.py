"""Linking keys and canonical names for entities.

`link_keys` gives the normalized keys under which the store merges entities of one
type across articles (and the entity stage merges mentions within one): embedded
place names rewritten to their gazetteer entry, abbreviations expanded, generic heads
before a Latin-script name dropped, well-known organisations mapped to one key (the
rewriting itself is in `name_forms`).

`canonical_name` picks the display name following the gold conventions: places
rewritten to their canonical form, `Ủy ban nhân dân` shown as `UBND`, generic heads
dropped before a Latin-script name, the longest all-Latin/acronym form preferred
(`C4IR TP.HCM` over `C4IR`), else the most frequent form.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from c4ir_kb.extract.lexicons import lexicons
from c4ir_kb.extract.name_forms import (
    LOWER_ADMIN,
    expand_abbrev,
    known_org,
    latin_only,
    rewrite_places,
    scoped,
    split_place_suffix,
    strip_admin,
    strip_company_head,
    strip_legal_form,
    units,
    whole_place,
)
from c4ir_kb.nlp.normalize import match_key, normalize


# `TP.` glued to a place written in words (`TP.Đà Nẵng`, not `TP.HCM`)
_TP_GLUED = re.compile(r"(?<!\S)(TP|Tp)\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")


def _national_without_country(surface: str) -> str | None:
    """`Bộ Công an Việt Nam` -> `Bộ Công an`: a Vietnamese state body (national_bodies: a
    ministry, the government, the assembly) written with the country's name after it."""
    if not surface.endswith(" Việt Nam"):
        return None
    body = surface[: -len(" Việt Nam")].strip()
    for head in lexicons().wordset("national_bodies"):
        if body == head or (head == "Bộ" and body.startswith("Bộ ") and len(body.split()) >= 3):
            return body
    return None


def link_keys(type: str, surface: str) -> list[str]:
    surface = normalize(surface).strip()
    keys: list[str] = []

    def add(x: str) -> None:
        k = match_key(x)
        if k and k not in keys:
            keys.append(k)

    if type == "PER":
        add(surface)
        return keys
    if type == "LOC":
        p = whole_place(surface)
        if lower_level(surface, p):
            add(surface)  # `phường Lào Cai`: a ward, not the province `Lào Cai`
        elif p is not None:
            add(p.name)
        else:
            add(strip_admin(surface))
        return keys
    # ORG
    body = _national_without_country(surface)
    if body:
        return _org_keys(surface, keys) + [k for k in link_keys(type, body) if k not in keys]  # `Bộ Công an Việt Nam` ~ `Bộ Công an`
    return _org_keys(surface, keys)


def _org_keys(surface: str, keys: list[str]) -> list[str]:
    """The linking keys of an organisation's name (link_keys), added to `keys`."""

    def add(x: str) -> None:
        k = match_key(x)
        if k and k not in keys:
            keys.append(k)

    surface = _TP_GLUED.sub(r"\1 ", surface)  # `Đảng bộ TP.Đà Nẵng` ~ `Đảng bộ TP Đà Nẵng`
    surface = split_place_suffix(surface)
    rewritten, places = rewrite_places(surface)
    k = known_org(surface) or known_org(rewritten)
    stripped = _company_brand(rewritten)
    if k is None and stripped:
        k = known_org(stripped)
    sc = scoped(rewritten, places)
    if sc is not None:
        add(sc[0] + " " + sc[1])
        if known_org(sc[0]) is None:
            add(expand_abbrev(rewritten))  # ĐHQG TP.HCM ~ Đại học Quốc gia TP.HCM
        return keys
    if k is not None and not k.place_scoped:
        add(k.name)
    add(expand_abbrev(rewritten))
    # `UBND thành phố Hà Nội` ~ `UBND TP Hà Nội`: a lower-case administrative prefix
    # before a gazetteer place adds nothing to the name
    alt = LOWER_ADMIN.sub("", surface)
    if alt != surface:
        alt_rw, alt_places = rewrite_places(alt)
        if alt_places:
            add(expand_abbrev(alt_rw))
    stripped2 = strip_legal_form(surface)
    if stripped2:
        add(expand_abbrev(rewrite_places(stripped2)[0]))
    if stripped:
        add(stripped)
    return keys


def _company_head(s: str) -> bool:
    """Does the name open with a company head (company_heads: `Công ty`, `Ngân hàng TMCP`)?"""
    us = [match_key(u[0]) for u in units(s)[:4]]
    return any(tuple(us[:n]) in lexicons().words("company_heads") for n in range(1, len(us)))


def _company_brand(s: str) -> str | None:
    """A company's name after its head (`Tập đoàn FPT` -> `FPT`), unless what is left is a
    place (`Ngân hàng TMCP Sài Gòn`: a bank named after a city is not that city)."""
    stripped = strip_company_head(s)
    return None if stripped and whole_place(stripped) is not None else stripped


def lower_level(surface: str, p) -> bool:
    """Is a place written with a lower administrative noun (lower_admin_prefixes: `phường`,
    `xã`, `huyện`) before the name of a province (`phường Lào Cai`, `xã Thái Bình`)? Then it
    is that ward, commune or district, another place than the province."""
    if p is None or p.type != "province" or (p.canonical or p.name) in lexicons().misc.get("central_cities", []):
        return False
    head = surface[: len(surface) - len(strip_admin(surface))].strip()
    return bool(head) and head in lexicons().wordset("lower_admin_prefixes")


@lru_cache(maxsize=1 << 16)  # the store renames popular entities from thousands of forms
def display_form(type: str, surface: str) -> str:
    """One surface rewritten to the gold's conventions (before choosing among them)."""
    s = normalize(surface).strip()
    if type == "PER":
        return s
    if type == "LOC":
        p = whole_place(s)
        if lower_level(s, p):
            return s
        if p is not None:
            return p.canonical or (p.name if match_key(strip_admin(s)) != match_key(s) else s)
        return strip_admin(s)
    rewritten, places = rewrite_places(s, for_display=True)
    sc = scoped(rewritten, places)
    if sc is not None:
        return f"{sc[0]} {sc[1]}"
    if _company_head(s):
        rewritten = s  # a company's name is its own: `Ngân hàng TMCP Sài Gòn Thương Tín` keeps its `Sài Gòn`
    k = known_org(s) or known_org(rewritten)
    if k is not None and not k.place_scoped:
        return k.name
    for long, short in lexicons().misc.get("display_abbreviations", {}).items():
        rewritten = re.sub(re.escape(long), short, rewritten, flags=re.IGNORECASE)
    stripped = _company_brand(rewritten)
    if stripped:
        k = known_org(stripped)
        return k.name if k is not None and not k.place_scoped else stripped
    legal = strip_legal_form(rewritten)
    if legal:
        k = known_org(legal)
        return k.name if k is not None and not k.place_scoped else legal
    return rewritten


def canonical_name(type: str, surfaces: list[str]) -> str:
    return canonical_name_of_counts(type, Counter(surfaces))


def canonical_name_of_counts(type: str, surfaces: dict[str, int]) -> str:
    """The display name from each surface form and how often it was seen; the order of the
    forms does not matter (every tie is broken by the form itself)."""
    c: Counter = Counter()
    for s, n in surfaces.items():
        if s and s.strip() and n > 0:
            c[display_form(type, s)] += n
    if not c:
        return ""
    if type == "PER":
        return sorted(c, key=lambda f: (-len(units(f)), -c[f], f))[0]
    if type == "ORG":
        if any(len(f) > 2 for f in c):
            c = Counter({f: n for f, n in c.items() if len(f) > 2})  # `QH`: two letters name nothing beside `Quốc hội`
        latin = [f for f in c if latin_only(f)]
        suffixes = lexicons().wordset("group_suffixes")
        # `Vietnam Airlines Group` beside `Vietnam Airlines`: the name without its corporate word
        latin = [f for f in latin if not (" " in f and f.rsplit(" ", 1)[1] in suffixes and f.rsplit(" ", 1)[0] in latin)]
        if latin:
            return sorted(latin, key=lambda f: (-len(units(f)), -c[f], f))[0]
    return sorted(c, key=lambda f: (-c[f], -len(f), f))[0]
