"""Recording a mention: claims its units in the document view and appends the record.

An ORG ending in a lower-case local prefix (`UBND tỉnh`), or a party committee named by
its level alone (`Tỉnh ủy`), is also named virtually with the article's home province,
so it links to `UBND tỉnh Ninh Bình` / `Tỉnh ủy Ninh Bình` across articles (a home
province taken from a provincial outlet's name counts when the article writes the level
bare: `HĐND tỉnh`).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import home_place
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView, Found
from c4ir_kb.extract.lexicons import place_key
from c4ir_kb.nlp.normalize import match_key


def add_mention(v: DocView, typ: str, i: int, j: int, rule: str) -> int:
    """Record a mention of units i..j made by `rule` (an id of data/entity_rules.json, whose
    confidence it carries) and claim its units; returns its index in `v.mentions`."""
    R = rules()
    conf = R.confidence[rule]
    a, b = v.units[i].start, v.units[j - 1].end
    v.claim(i, j)
    m = Found(typ, a, b, rule, conf, i, j)
    if typ == "ORG" and j - i >= 2 and any(j - n > i and v.phrase(j - n, R.local_prefixes, n) == n for n in (1, 2)) and v.units[j - 1].text.islower():
        hp = home_place(v)
        if hp is not None:
            m.virt = v.doc.article.text[a:b] + " " + hp
            m.virt_place = hp
    elif typ == "ORG" and match_key(v.s[a:b]) in R.level_committees:
        # `Bí thư Tỉnh ủy`: a party committee named by its level alone is the home province's
        # when the article writes `tỉnh <home>` (`Thành ủy`: `thành phố <home>`, `TP. <home>`)
        hp = home_place(v)
        level = R.level_committees[match_key(v.s[a:b])]
        if hp is not None and (written_with_prefix(v, hp, level) if not v.home_from_outlet else level_written_bare(v, level)):
            m.virt = v.doc.article.text[a:b] + " " + hp
            m.virt_place = hp
    v.mentions.append(m)
    return len(v.mentions) - 1


def org_tuples(v: DocView, m: Found) -> list[tuple]:
    """Unit keys of an ORG mention, and of its name after a company head (Công ty | CMC ...)."""
    R = rules()
    full = tuple(u.key for u in v.units[m.i : m.j])
    out = [full]
    for n in range(min(4, len(full) - 1), 0, -1):
        if full[:n] in R.company_heads:
            out.append(full[n:])
            break
    return out


def written_with_prefix(v: DocView, place: str, prefixes: list[str]) -> bool:
    """Does the article write `place` after one of `prefixes` (`tỉnh Phú Thọ`, `TP. Cần Thơ`)?"""
    want = place_key(place)
    keys = {tuple(match_key(w) for w in p.split()) for p in prefixes}
    for i in range(v.n - 1):
        for pk in keys:
            n = len(pk)
            if tuple(u.key for u in v.units[i : i + n]) == pk and i + n < v.n and v.gap(i + n - 1).strip() in ("", "."):
                rest = v.s[v.units[i + n].start : v.units[i + n].start + len(place) + 2]
                if place_key(rest[: len(place)]) == want:
                    return True
    return False


def level_written_bare(v: DocView, prefixes: list[str]) -> bool:
    """Does the article write one of `prefixes` with no place name after it (`HĐND tỉnh`,
    `của tỉnh`)? With a home province from the outlet, `Tỉnh ủy` is that province's only
    when the article speaks of its `tỉnh`."""
    keys = {tuple(match_key(w) for w in p.split()) for p in prefixes}
    for i in range(v.n):
        for pk in keys:
            n = len(pk)
            if tuple(u.key for u in v.units[i : i + n]) == pk and v.units[i].text.islower() and (i + n >= v.n or not v.tight(i + n - 1) or not v.units[i + n].text[:1].isupper()):
                return True
    return False
