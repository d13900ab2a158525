"""Lexicons and gazetteers for the entity extractor, loaded once from package data.

Everything here is data (c4ir_kb/data/*.txt|json); this module only loads it and
builds lookup tables. Phrases are looked up by a sequence of word units, each unit
keyed by `match_key` (so `TP. HCM`, `TP HCM`, `TPHCM` hit the same entry).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from c4ir_kb.nlp.normalize import match_key, normalize

DATA = Path(__file__).resolve().parent.parent / "data"

# A word unit: letters/digits, joined by . & ' - without spaces (TP.HCM, C&T, 4.0).
UNIT = re.compile(r"\w+(?:[.&'’]\w+)*(?:-\w+(?:&\w+)*)*", re.UNICODE)


def units_of(text: str) -> list[str]:
    return [m.group() for m in UNIT.finditer(normalize(text))]


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=1 << 16)  # phrases are keyed again and again while scanning
def _ukey(text: str) -> tuple[str, ...]:
    """Key of a phrase as a tuple of unit keys (case-insensitive)."""
    return tuple(k for k in (match_key(u) for u in units_of(text)) if k)


@dataclass
class Place:
    name: str
    type: str
    aliases: list[str]
    canonical: str | None = None
    weak: bool = False


@dataclass
class KnownOrg:
    name: str
    aliases: list[str]
    place_scoped: bool = False


@dataclass
class Lexicons:
    titles: dict[tuple, str | None] = field(default_factory=dict)  # unit key -> shared head or None
    ranks: set[tuple] = field(default_factory=set)
    degrees: set[tuple] = field(default_factory=set)
    honorifics: set[tuple] = field(default_factory=set)
    honorifics_lower: set[tuple] = field(default_factory=set)  # Vietnamese forms (ông, bà), written lower case mid-sentence
    surnames: set[str] = field(default_factory=set)  # match_key of a surname syllable
    org_heads: dict[tuple, str] = field(default_factory=dict)  # unit key -> kind
    places: dict[tuple, Place] = field(default_factory=dict)  # unit key (concatenated form) -> place
    place_first_upper: dict[tuple, bool] = field(default_factory=dict)
    known_orgs: dict[tuple, KnownOrg] = field(default_factory=dict)
    misc: dict = field(default_factory=dict)
    max_title: int = 1
    max_head: int = 1
    max_place: int = 1
    max_known: int = 1

    def words(self, name: str) -> set[tuple]:
        return {_ukey(w) for w in self.misc.get(name, [])}

    def wordlist(self, name: str) -> list[str]:
        return list(self.misc.get(name, []))


def place_key(text: str) -> tuple[str, ...]:
    """Places are keyed by their concatenated match key, so `TP. HCM` == `TPHCM`."""
    k = match_key(text)
    return (k,) if k else ()


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    lx = Lexicons()
    for line in _lines("titles.txt"):
        title, _, head = line.partition("|")
        lx.titles[_ukey(title)] = head.strip() or None
    lx.ranks = {_ukey(x) for x in _lines("ranks.txt")}
    lx.degrees = {_ukey(x) for x in _lines("degrees.txt")}
    lx.honorifics = {_ukey(x) for x in _lines("honorifics.txt")}
    lx.honorifics_lower = {_ukey(x) for x in _lines("honorifics.txt") if x[:1].islower()}
    lx.surnames = {match_key(x) for x in _lines("surnames.txt") if " " not in x}
    for line in _lines("org_heads.txt"):
        head, _, kind = line.partition("\t")
        lx.org_heads[_ukey(head)] = kind.strip() or "body"
    locs = json.loads((DATA / "locations.json").read_text(encoding="utf-8"))
    for e in locs["places"]:
        p = Place(e["name"], e["type"], e.get("aliases", []), e.get("canonical"), e.get("weak", False))
        for alias in [p.name, *p.aliases]:
            k = place_key(alias)
            if not k:
                continue
            old = lx.places.get(k)
            if old is None or (old.weak and not p.weak):
                lx.places[k] = p
                lx.place_first_upper[k] = alias[:1].isupper()
            elif old is p and alias[:1].islower():
                lx.place_first_upper[k] = False  # `Châu Âu` and `châu Âu` both listed: either case
            lx.max_place = max(lx.max_place, len(units_of(alias)))
    known = json.loads((DATA / "known_entities.json").read_text(encoding="utf-8"))
    for e in known["ORG"]:
        o = KnownOrg(e["name"], e.get("aliases", []), e.get("place_scoped", False))
        for alias in [o.name, *o.aliases]:
            lx.known_orgs[_ukey(alias)] = o
            lx.max_known = max(lx.max_known, len(units_of(alias)))
    lx.misc = json.loads((DATA / "entity_lexicons.json").read_text(encoding="utf-8"))
    # occupations and roles that stand before a bare name like an honorific (tiền vệ X, ca sĩ Y)
    anchors = {_ukey(x) for x in lx.misc.get("person_anchors", [])}
    lx.honorifics |= anchors
    lx.honorifics_lower |= {_ukey(x) for x in lx.misc.get("person_anchors", []) if x[:1].islower()}
    lx.max_title = max(len(k) for k in list(lx.titles) + list(lx.ranks) + list(lx.degrees))
    lx.max_head = max(len(k) for k in lx.org_heads)
    return lx


def find_place(text: str) -> Place | None:
    return lexicons().places.get(place_key(text))


def find_known_org(text: str) -> KnownOrg | None:
    return lexicons().known_orgs.get(_ukey(text))
