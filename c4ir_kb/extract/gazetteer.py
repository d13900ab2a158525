"""Known spellings of known entities, from the package gazetteers.

The store keeps them as aliases (origin 'gazetteer') so an entity read as `TPHCM`
is also found, and exported, under `Thành phố Hồ Chí Minh` and `HCMC`.
"""

from __future__ import annotations

from c4ir_kb.extract.lexicons import find_known_org, find_place


def known_aliases(type: str, surfaces: list[str]) -> list[str]:
    out: set[str] = set()
    for s in surfaces:
        if type == "LOC" and (p := find_place(s)) is not None and not p.weak:
            out.update([p.name, *p.aliases])
        elif type == "ORG" and (o := find_known_org(s)) is not None and not o.place_scoped:
            out.update([o.name, *o.aliases])
    return sorted(out - set(surfaces))
