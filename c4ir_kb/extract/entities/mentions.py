"""Recording a mention: claims its units in the document view and appends the record.

An ORG ending in a lower-case local prefix (`UBND tỉnh`), or a party committee named by
its level alone (`Tỉnh ủy`), is also named virtually with the article's home province,
so it links to `UBND tỉnh Ninh Bình` / `Tỉnh ủy Ninh Bình` across articles. Where the text
names no home province, a provincial outlet's own (lookup.outlet_place) is used for the
level it matches (`tỉnh`, `Tỉnh ủy` in a province; `thành phố`, `Thành ủy` in a central city).
A country written as a team in a sports sentence is named virtually as its national team
(`đội tuyển Nepal`), its span unchanged.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import central_city, home_place, place_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView, Found
from c4ir_kb.extract.lexicons import _ukey, place_key
from c4ir_kb.nlp.normalize import match_key


def add_mention(v: DocView, typ: str, i: int, j: int, rule: str) -> int:
    """Record a mention of units i..j made by `rule` (an id of data/entity_rules.json, whose
    confidence it carries) and claim its units; returns its index in `v.mentions`."""
    R = rules()
    conf = R.confidence[rule]
    a, b = v.units[i].start, v.units[j - 1].end
    v.claim(i, j)
    m = Found(typ, a, b, rule, conf, i, j)
    m.home_body = typ == "ORG" and (i, j) in v.home_bodies
    shared = shared_prefix(v, i, j) if typ == "ORG" else None
    if typ == "ORG" and (shared or j - i >= 2 and any(j - n > i and v.phrase(j - n, R.local_prefixes, n) == n for n in (1, 2)) and (v.units[j - 1].text.islower() or v.units[j - 1].text in ("TP", "Tp"))):
        hp = home_place(v)
        last = shared.split()[-1] if shared else v.units[j - 1].low
        if hp is not None and (not v.home_outlet or _outlet_level(hp, last == "tỉnh")) and not lower_level_end(v, j, shared):
            m.virt = v.doc.article.text[a:b] + (" " + shared if shared else "") + " " + hp
            m.virt_place = hp
    elif m.home_body:
        hp = home_place(v)  # a province's own command named bare (title_chain.provincial_body)
        m.virt = v.doc.article.text[a:b] + " tỉnh " + hp
        m.virt_place = hp
    elif typ == "ORG" and (committee := level_committee(v, i, j)):
        # `Bí thư Tỉnh ủy`: a party committee named by its level alone is the home province's
        # when the article writes `tỉnh <home>` or `Tỉnh ủy <home>` (`Thành ủy`: `thành phố
        # <home>`, `TP. <home>`); so is a body of it (`Ban Thường vụ Tỉnh ủy`, `Ủy ban Kiểm tra
        # Thành ủy`)
        hp = home_place(v)
        level = R.level_committees[committee]
        if hp is not None and (_outlet_level(hp, "tỉnh" in level) if v.home_outlet else written_with_prefix(v, hp, [*level, v.s[v.units[j - 2].start : b]])):
            m.virt = v.doc.article.text[a:b] + " " + hp
            m.virt_place = hp
    if typ == "ORG" and rule == "org.team-in-sports-sentence":
        m.virt = national_team(v, i, j)
    v.mentions.append(m)
    return len(v.mentions) - 1



# The noun the guideline names a national team with, before its country (`đội tuyển Việt Nam`):
# one fixed word of the naming convention, not a list to grow (national_team).
NATIONAL_TEAM_NOUN = "đội tuyển"


def national_team(v: DocView, i: int, j: int) -> str | None:
    """A country written as a team in a sports sentence (`gặp Nepal`, `tuyển Nepal`) is its
    national team, which the guideline names with its noun (`đội tuyển Nepal`): the mention
    keeps the country's span and is named so, so that every way the article writes the team
    is one organisation; a city (a club) keeps its own name."""
    n, p = place_at(v, i, allow_weak=False)
    if p is None or p.type != "country" or n != j - i:
        return None
    return NATIONAL_TEAM_NOUN + " " + v.doc.article.text[v.units[i].start : v.units[j - 1].end]


def org_mention(v: DocView, org: tuple) -> int | None:
    """The ORG mention over units (a, b) of `org` = (a, b, rule): the one found already, else a
    new one where the units are free, else None."""
    a, b, rule = org
    known = next((x for x, m in enumerate(v.mentions) if m.type == "ORG" and m.i == a and m.j == b), None)
    if known is None and v.free(a, b):
        known = add_mention(v, "ORG", a, b, rule)
    return known

def shared_prefix(v: DocView, i: int, j: int) -> str | None:
    """`HĐND, UBND tỉnh`, `HĐND và UBND thành phố`: a bare local head (units i..j, an acronym)
    coordinated with another local head that carries a lower-case prefix shares that prefix;
    the prefix, or None."""
    R = rules()
    if j - i != 1 or not v.units[i].text.isupper() or R.lx.org_heads.get((v.units[i].key,)) != "local" or j + 2 >= v.n:
        return None
    if not (v.gap(j - 1) == ", " or v.tight(j - 1) and v.units[j].low == "và"):
        return None
    k = j if v.gap(j - 1) == ", " else j + 1
    if k + 1 >= v.n or R.lx.org_heads.get((v.units[k].key,)) != "local" or not v.tight(k):
        return None
    n = v.phrase(k + 1, R.local_prefixes, 2)
    if not n or not v.units[k + 1].text.islower() or (k + 1 + n < v.n and v.tight(k + n) and cap(v.units[k + 1 + n])):
        return None  # (`HĐND, UBND tỉnh Lâm Đồng` names its province: grouping's business)
    return v.s[v.units[k + 1].start : v.units[k + n].end]


def lower_level_end(v: DocView, j: int, shared: str | None) -> bool:
    """Does an ORG ending at unit j (or its shared prefix) end in a level below the province
    (lower_admin_prefixes: `Ban Chỉ huy Quân sự xã`, `Đảng bộ phường`)? The article's home
    province is never the place such a body is of."""
    lower = rules().lx.words("lower_admin_prefixes")
    if shared:
        return _ukey(shared) in lower
    return any(j - n >= 0 and v.phrase(j - n, lower, n) == n for n in (1, 2))


def level_committee(v: DocView, i: int, j: int) -> str | None:
    """The match key of the level-named party committee (`Tỉnh ủy`, `Thành ủy`) that units
    i..j are or end in (`Ban Thường vụ Tỉnh ủy`), else None."""
    R = rules()
    whole = match_key(v.s[v.units[i].start : v.units[j - 1].end])
    if whole in R.level_committees:
        return whole
    if j - i >= 3 and v.phrase(i, R.lx.org_heads, R.lx.max_head, True):
        tail = match_key(v.s[v.units[j - 2].start : v.units[j - 1].end])
        if tail in R.level_committees:
            return tail
    return None


def _outlet_level(home: str, provincial: bool) -> bool:
    """A home province read from the outlet's address names only bodies of its own level:
    `tỉnh`/`Tỉnh ủy` in a province, `thành phố`/`Thành ủy` in a centrally run city."""
    return central_city(home) != provincial


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


def bare_local_head(name: str) -> bool:
    """Is an organisation's name a local body's head alone, at most with its level
    (`UBND`, `Đảng ủy`, `HĐND tỉnh`, `Bộ CHQS tỉnh`): a body the article never linked to a
    place or a fuller name? The guideline counts that a generic reference (`UBND tỉnh`
    alone), no organisation of the article: its mentions go, its holders keep it."""
    R = rules()
    words = name.split()
    while len(words) > 1 and words[-1] in _LEVELS:
        words.pop()
    return R.lx.org_heads.get(_ukey(" ".join(words))) == "local"


def board_of_bare_local_head(name: str) -> bool:
    """`Ban Thường vụ Đảng ủy`, `Ban Chấp hành Đảng bộ tỉnh`: a board that every body has
    (generic_orgs) of a local body named by its head alone, at most with its level, is as
    generic as that body (`Đảng ủy`, `Đảng bộ tỉnh`): which committee it is, the article
    never says."""
    for board in rules().lx.wordset("generic_orgs"):
        if name.startswith(board + " ") and bare_local_head(name[len(board) + 1 :]):
            return True
    return False


_LEVELS = {"tỉnh", "TP", "Tp", "phố", "thành", "huyện", "quận", "xã", "phường", "cấp"}
