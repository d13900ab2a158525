"""Component 4 (run again as 8), repeated names: a full name of a person found
earlier, written again.

Reads: PER mentions of 2+ units. Claims: PER mentions (per.repeat); the titles written
after them (titles_roles.appositive).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.mentions import add_mention
from c4ir_kb.extract.entities.titles_roles import appositive
from c4ir_kb.extract.entities.view import cap, DocView


def find_person_refs(v: DocView) -> None:
    """Repeated full names and honorific short forms of people already found."""
    limit = v.limit
    names = {}
    for mi, m in enumerate(v.mentions):
        if m.type == "PER" and m.j - m.i >= 2:
            names[tuple(u.key for u in v.units[m.i : m.j])] = mi
    if not names:
        return
    maxlen = max(len(k) for k in names)
    i = 0
    while i < v.n and v.units[i].start < limit:
        if v.claimed[i] or not cap(v.units[i]):
            i += 1
            continue
        for n in range(min(maxlen, v.n - i), 1, -1):
            k = tuple(u.key for u in v.units[i : i + n])
            if k in names and v.free(i, i + n) and all(v.tight(x) for x in range(i, i + n - 1)):
                if i + n < v.n and v.tight(i + n - 1) and cap(v.units[i + n]):
                    continue
                # `… X …; X (SN 1969, trú …), cựu Chủ tịch UBND xã Y`: titles after the repeated name
                appositive(v, add_mention(v, "PER", i, i + n, "per.repeat"), i + n)
                i += n
                break
        else:
            i += 1
