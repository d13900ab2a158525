"""Component 5, short organisation forms: `Ban Quản lý`, `Viện`, `Brainport` later in
an article, the first words of exactly one longer organisation named earlier.

Reads: ORG mentions of 2+ units. Claims: ORG mentions (org.short-form), linked in grouping.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import place_at, title_at
from c4ir_kb.extract.entities.mentions import add_mention, org_tuples
from c4ir_kb.extract.entities.org_extent import local_bodies_of_several
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
    # the first 1-4 unit keys of each long name (and of its name after a company head) -> the
    # full names they begin: a lookup per candidate instead of a pass over every long name
    owners_of: dict[tuple, set] = {}
    for m in longs:
        tuples = org_tuples(v, m)
        for t in tuples:
            for n in range(1, min(4, len(t) - 1) + 1):
                owners_of.setdefault(t[:n], set()).add(tuples[0])
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
            if title_at(v, i)[0] > n or i > 0 and v.tight(i - 1) and title_at(v, i - 1)[0] > n:
                continue  # `Cục trưởng`, `Tổng Vụ trưởng`: the head begins a title, no short form
            if local_bodies_of_several(v, i, n):
                continue  # `UBND 15 tỉnh`, `UBND các xã`: the local bodies of several units, no short form
            if n == 1 and country_pair(v, i):
                continue  # `quan hệ Việt - Trung`: two countries' short names, no organisation's
            head = R.lx.org_heads.get(k)
            brand = any(is_latin_word(u.text) and cap(u) for u in v.units[i : i + n])
            if head in (None, "local") and not brand:
                continue
            owners = owners_of.get(k, ())
            if len(owners) == 1:
                add_mention(v, "ORG", i, i + n, "org.short-form")
                i += n
                done = True
                break
        if not done:
            i += 1


def country_pair(v: DocView, i: int) -> bool:
    """Is unit i a country's one-syllable short name (country_short_forms) joined by a dash to
    another (`Việt - Trung`, `Trung - Việt`)?"""
    forms = rules().lx.wordset("country_short_forms")
    if v.units[i].text not in forms:
        return False
    before = i > 0 and v.gap(i - 1).strip() in ("-", "–") and v.units[i - 1].text in forms
    after = i + 1 < v.n and v.gap(i).strip() in ("-", "–") and v.units[i + 1].text in forms
    return before or after


def short_forms_ending_in_places(v: DocView) -> None:
    """`Đường Quảng Ngãi` after `CTCP Đường Quảng Ngãi`, `LNG Thái Bình` after `Công ty Cổ
    phần Điện khí LNG Thái Bình`: one or two capitalised words no component claimed, then a
    place, together the last words of exactly one longer organisation of the article, are
    that organisation written short (as business news names a company without its legal
    form and trade), no place: the place mention becomes the organisation's short form
    (org.short-form), linked to it. Runs once every organisation and place is found."""
    R = rules()
    longs = [(k, m) for k, m in enumerate(v.mentions) if m.type == "ORG" and m.j - m.i >= 3]
    if not longs:
        return
    for x, m in enumerate(v.mentions):
        if m.type != "LOC":
            continue
        for back in (1, 2):
            a = m.i - back
            if a < 0 or not cap(v.units[a]) or any(v.claimed[t] or not v.tight(t) for t in range(a, m.i)):
                continue
            if place_at(v, a, allow_weak=False)[0] >= m.j - a or v.phrase(a, R.lx.words("state_form_words"), 2) == back:
                continue  # `Cộng hòa Belarus`: the words before are the place's own
            keys = tuple(u.key for u in v.units[a : m.j])
            owners = {v.s[o.start : o.end]: k for k, o in longs if o.j - o.i > len(keys) and tuple(u.key for u in v.units[o.j - len(keys) : o.j]) == keys}
            if len(owners) != 1:
                continue
            m.type, m.rule, m.conf = "ORG", "org.short-form", R.confidence["org.short-form"]
            m.start, m.i = v.units[a].start, a
            v.claim(a, m.i + back)
            v.links.append((x, next(iter(owners.values()))))
            break
