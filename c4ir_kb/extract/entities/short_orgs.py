"""Component 5, short organisation forms: `Ban Quản lý`, `Viện`, `Brainport` later in
an article, the first words of exactly one longer organisation named earlier.

Reads: ORG mentions of 2+ units. Claims: ORG mentions (org.short-form), linked in grouping.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import place_at
from c4ir_kb.extract.entities.mentions import add_mention, org_tuples
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import is_latin_word


def find_short_orgs(v: DocView) -> None:
    """`Ban Quản lý`, `Viện`, `Brainport` later in an article: the first words of one
    longer organisation named earlier (linked in `grouping.group_mentions`)."""
    R = rules()
    limit = v.limit
    longs = [m for m in v.mentions if m.type == "ORG" and m.j - m.i >= 2]
    if not longs:
        return
    i = 0
    while i < v.n and v.units[i].start < limit:
        if v.claimed[i] or not cap(v.units[i]):
            i += 1
            continue
        done = False
        for n in range(min(4, v.n - i), 0, -1):
            if not v.free(i, i + n) or any(not v.tight(x) for x in range(i, i + n - 1)):
                continue
            if i + n < v.n and v.tight(i + n - 1) and cap(v.units[i + n]):
                continue
            k = tuple(u.key for u in v.units[i : i + n])
            if i + n < v.n and v.units[i + n].tok >= 0 and v.units[i + n].tok == v.units[i + n - 1].tok:
                continue  # `Ban Quản lý dự | án`: a short form ends with a whole word
            if any(place_at(v, b)[0] > i - b for b in range(max(0, i - 3), i) if not v.claimed[b]):
                continue  # `Nam Trung Bộ`: the word ends a place name, not a short `Bộ`
            head = R.lx.org_heads.get(k)
            brand = any(is_latin_word(u.text) and cap(u) for u in v.units[i : i + n])
            if head in (None, "local") and not brand:
                continue
            owners = {org_tuples(v, m)[0] for m in longs if any(len(t) > n and t[:n] == k for t in org_tuples(v, m))}
            if len(owners) == 1:
                add_mention(v, "ORG", i, i + n, "org.short-form")
                i += n
                done = True
                break
        if not done:
            i += 1
