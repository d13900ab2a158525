"""Lexicons and gazetteers for the entity extractor, loaded once from package data.

Everything here is data (c4ir_kb/data/*.txt|json); this module only loads it and
builds lookup tables. Phrases are looked up by a sequence of word units, each unit
keyed by `match_key` (so `TP. HCM`, `TP HCM`, `TPHCM` hit the same entry).

Lookups cost a dictionary probe per unit, not a scan: every table of phrases has an
index of its prefixes (`prefixes`), so a walk from a unit stops at the first unit no
entry continues with, usually the first one (`longest`). Places are keyed by their
concatenated match key, so their index holds the prefixes of those strings
(`place_prefixes`); walking unit by unit, a concatenation that is no prefix of any
place ends the walk.
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
    place_prefixes: set[str] = field(default_factory=set)  # every prefix of every place key
    head_units: frozenset[tuple] = frozenset()  # unit nouns of the composed `<Unit> trưởng` titles (title_units)

    def words(self, name: str) -> frozenset[tuple]:
        """The word list `name` as unit-key tuples: built once, and prefix-indexed so that
        `DocView.phrase` probes it in one look-up however often the scan asks. A name the data
        lacks is a KeyError, not an empty list that silently turns its rule off."""
        cache = self.__dict__.setdefault("_words", {})
        if name not in cache:
            cache[name] = frozenset(_ukey(w) for w in self.misc[name])
            if cache[name]:
                PREFIXES.add(cache[name])
        return cache[name]

    def wordlist(self, name: str) -> list[str]:
        return list(self.misc[name])

    def wordset(self, name: str) -> frozenset[str]:
        """The word list `name` as written, for membership tests: built once (a name the data
        lacks is a KeyError)."""
        cache = self.__dict__.setdefault("_wordsets", {})
        if name not in cache:
            cache[name] = frozenset(self.misc[name])
        return cache[name]


class PrefixIndex:
    """Every prefix of every key of long-lived phrase tables (sets or dicts keyed by tuples
    of unit keys), found by the table's identity. A table is indexed when registered; the
    index keeps the table, so its id is never reused by another object."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[object, frozenset, frozenset]] = {}

    def add(self, table) -> None:
        if id(table) not in self._by_id:
            pre = frozenset(k[:n] for k in table for n in range(1, len(k) + 1))
            self._by_id[id(table)] = (table, pre, frozenset(k[0] for k in table if k))

    def add_tables_of(self, obj) -> None:
        """Register every non-empty set or dict attribute of `obj` whose keys are all tuples."""
        for v in vars(obj).values():
            if isinstance(v, (set, frozenset, dict)) and v and all(isinstance(k, tuple) for k in v):
                self.add(v)

    def get(self, table) -> frozenset | None:
        """The prefixes of a registered table's keys, or None."""
        hit = self._by_id.get(id(table))
        return hit[1] if hit is not None and hit[0] is table else None

    def entry(self, table) -> tuple | None:
        """(table, prefixes, first keys) of a registered table, or None."""
        hit = self._by_id.get(id(table))
        return hit if hit is not None and hit[0] is table else None


PREFIXES = PrefixIndex()


def longest(keys, table, maxlen: int) -> int:
    """Length of the longest key of `table` that the sequence `keys` starts with (at most
    `maxlen` keys long). With a registered table, a probe per key, stopping at the first
    prefix no key continues; otherwise every length is tried."""
    pre = PREFIXES.get(table)
    best = 0
    k: tuple = ()
    for n, key in enumerate(keys, 1):
        if n > maxlen:
            break
        k = (*k, key)
        if k in table:
            best = n
        elif pre is not None and k not in pre:
            break
    return best


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
    lx.place_prefixes = {k[0][:n] for k in lx.places for n in range(1, len(k[0]) + 1)}
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
    title_units(lx)
    lx.max_title = max(len(k) for k in list(lx.titles) + list(lx.ranks) + list(lx.degrees))
    lx.max_head = max(len(k) for k in lx.org_heads)
    PREFIXES.add_tables_of(lx)
    return lx


def title_units(lx: Lexicons) -> None:
    """The composed titles of a unit's head (entity_lexicons `title_unit_nouns`):
    `<Unit> trưởng`, `Phó <Unit> trưởng`, `Trưởng <unit>|<Unit>`, `Phó Trưởng <unit>|<Unit>`.
    A title listed in titles.txt keeps its own entry."""
    nouns = lx.misc.get("title_unit_nouns", {})
    after = [unit for cls in nouns.get("trưởng_after", {}).values() for unit in cls]
    for unit in after:
        for t in (f"{unit} trưởng", f"Phó {unit} trưởng"):
            lx.titles.setdefault(_ukey(t), None)
    lx.head_units = frozenset(_ukey(u) for u in after)
    for cls in nouns.get("trưởng_before", {}).values():
        for unit in cls:
            for t in (f"Trưởng {unit}", f"Phó Trưởng {unit}"):
                lx.titles.setdefault(_ukey(t), unit)


def find_place(text: str) -> Place | None:
    return lexicons().places.get(place_key(text))


def find_known_org(text: str) -> KnownOrg | None:
    return lexicons().known_orgs.get(_ukey(text))
