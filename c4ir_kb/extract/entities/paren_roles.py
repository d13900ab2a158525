"""Component 9, titles in parentheses after names, as court and police reports write
them: `Nguyễn Văn A (cựu Giám đốc Sở X)`, `B (sinh năm 1976, cựu Phó Chủ tịch …)`, and for several names one title each in
order, the organisation named once at the end: `A, B (cựu Chủ tịch và Phó Chủ tịch
UBND tỉnh X)`; a title shared by every name listed before `đều là`.

Reads: PER mentions, the title chain inside the parentheses (its organisations may be
claimed already by titles_roles). Claims: ORG mentions of those organisations not yet
recorded. Adds: roles (role.title-in-parentheses).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.mentions import add_mention, org_mention
from c4ir_kb.extract.entities.title_chain import chain
from c4ir_kb.extract.entities.title_tails import former_title
from c4ir_kb.extract.entities.lookup import is_surname, title_at
from c4ir_kb.extract.entities.names import person_name, valid_name
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView


def find_paren_roles(v: DocView) -> None:
    pers = sorted((m.i, m.j, mi) for mi, m in enumerate(v.mentions) if m.type == "PER")
    by_end_last = {j - 1: (i, mi) for i, j, mi in pers}  # last unit -> (first unit, mention)
    for i, j, mi in pers:
        if j >= v.n or v.gap(j - 1) != " (":
            continue
        t = after_birth_note(v, j)
        if not (title_at(v, t)[0] or former_title(v, t)):
            continue
        items, end = titles_in_parens(v, t)
        if items and end < v.n and v.units[end].low == "cũ" and v.tight(end - 1):
            end += 1  # `… thành phố Long Xuyên cũ)`: the unit has been merged away since
        if items and end < v.n and v.gap(end - 1) == ", ":
            end = note_end(v, end)  # `(45 tuổi, Chủ tịch UBND xã X, nguyên cán bộ địa chính)`: a note after the titles
        if not items or end > v.n or v.s[v.units[end - 1].end : v.units[end - 1].end + 1] != ")":
            continue
        names = [mi]
        a = i
        while a > 0 and v.gap(a - 1) in (", ", " và "):
            if a - 1 in by_end_last:
                a, prev = by_end_last[a - 1]
            elif len(names) < len(items) and (s := listed_name_before(v, a)) is not None:
                # `Hồ Văn A, Lê Văn B (cựu Giám đốc, Phó Giám đốc Sở X)`: the titles count the
                # names, a full name the tagger missed is one of them
                prev = add_mention(v, "PER", s, a, "per.paren-title-list")
                a = s
            else:
                break
            names.insert(0, prev)
        if len(names) != len(items) and len(names) != 1:
            continue  # no one-to-one reading: leave the titles unassigned
        if len(names) == 1 and len(items) > 1 and a > 0 and v.gap(a - 1) in (", ", " và "):
            continue  # `X, A (t1, t2 ...)` where X was not read as a person: t1 may be X's
        last_org = next((it["org"] for it in reversed(items) if it["org"] is not None), None)
        for it in items:
            if it["org"] is None and last_org is not None and not it["rank"] and not it.get("placed"):
                # (`Trưởng thôn X` names its village: it is held in no body)
                it["org"] = last_org  # `cựu Chủ tịch và Phó Chủ tịch UBND tỉnh X`: the one body named
            if it["org"] is not None:
                it["mention"] = org_mention(v, it["org"])
        if len(names) == len(items) > 1:
            shared_former_marker(v, items)
        pairs = zip(names, items) if len(names) == len(items) else ((mi, it) for it in items)
        from c4ir_kb.extract.entities.titles_roles import add_role

        for pid, it in pairs:
            add_role(v, pid, it, "role.title-in-parentheses")
    find_shared_titles(v)


def find_shared_titles(v: DocView) -> None:
    """`A và B (đều là cựu Bí thư Tỉnh ủy X)`, `ông A và ông B, đều là Phó Chủ tịch UBND huyện
    Y,`: a marker that the names listed before it all hold what follows (shared_title_markers);
    each of the two or more names gets every title of the chain."""
    lx = rules().lx
    markers = lx.words("shared_title_markers")
    pers = sorted((m.i, m.j, mi) for mi, m in enumerate(v.mentions) if m.type == "PER")
    by_end_last = {j - 1: (i, mi) for i, j, mi in pers}
    for i, j, mi in pers:
        if j >= v.n or v.gap(j - 1) not in (" (", ", "):
            continue
        n = v.phrase(j, markers, 2)
        t = j + n
        if not n or t >= v.n or not v.tight(t - 1) or not (title_at(v, t)[0] or former_title(v, t)):
            continue
        items, end = titles_in_parens(v, t)
        if items and end < v.n and v.units[end].low == "cũ" and v.tight(end - 1):
            end += 1
        if not items or (v.gap(j - 1) == " (" and (end > v.n or v.s[v.units[end - 1].end : v.units[end - 1].end + 1] != ")")):
            continue
        names = [mi]
        a = i
        while a > 0:
            h = next((k for k in (2, 1) if a - k > 0 and tuple(u.key for u in v.units[a - k : a]) in lx.honorifics and v.tight(a - 1)), 0)
            b = a - h  # the name's first unit, or its honorific's
            if b > 1 and v.units[b - 1].low == "và" and v.tight(b - 1) and v.tight(b - 2):
                b -= 1  # `A và ông B`
            elif v.gap(b - 1) != ", ":
                break
            if b - 1 not in by_end_last:
                break
            a, prev = by_end_last[b - 1]
            names.insert(0, prev)
        if len(names) < 2:
            continue  # `đều là` speaks of several people: one name read is no list
        last_org = next((it["org"] for it in reversed(items) if it["org"] is not None), None)
        for it in items:
            if it["org"] is None and last_org is not None and not it["rank"]:
                it["org"] = last_org
            if it["org"] is not None:
                it["mention"] = org_mention(v, it["org"])
        from c4ir_kb.extract.entities.titles_roles import add_role

        for pid in names:
            for it in items:
                add_role(v, pid, it, "role.shared-title")


def after_birth_note(v: DocView, k: int) -> int:
    """`(sinh năm 1976, cựu Phó Chủ tịch …)`, `(SN 1980, Giám đốc …)`, `(49 tuổi, Giám đốc …)`:
    the unit after a birth year or an age that opens the parentheses, else k."""
    if k + 2 < v.n and v.units[k].text.isdigit() and len(v.units[k].text) <= 3 and v.units[k + 1].low == "tuổi" and v.gap(k + 1) == ", ":
        return k + 2
    n = 2 if k + 1 < v.n and v.units[k].low == "sinh" and v.units[k + 1].low == "năm" else 1 if k < v.n and v.units[k].text == "SN" else 0
    y = k + n
    if n and y + 1 < v.n and v.tight(y - 1) and v.units[y].text.isdigit() and len(v.units[y].text) == 4 and v.gap(y) == ", ":
        return y + 1
    return k


def note_end(v: DocView, k: int) -> int:
    """The end of a short note (up to 12 units) from unit k to the closing parenthesis (no
    other parenthesis or sentence end on the way), else k."""
    for e in range(k, min(v.n, k + 12)):
        after = v.s[v.units[e].end : v.units[e].end + 1]
        if after == ")":
            return e + 1
        if after in ("(", ".", ";") or "\n" in v.gap(e):
            return k
    return k


def titles_in_parens(v: DocView, k: int) -> tuple[list[dict], int]:
    """Title chains from unit k joined by `,` or `và` up to the closing parenthesis."""
    items: list[dict] = []
    while k < v.n:
        got, e = chain(v, k)
        if not got:
            return [], k
        items.extend(got)
        if e < v.n and v.units[e].low == "và" and v.tight(e - 1) and e + 1 < v.n and (title_at(v, e + 1)[0] or former_title(v, e + 1)):
            k = e + 1
            continue
        return items, e
    return items, k


def listed_name_before(v: DocView, a: int) -> int | None:
    """The first unit of an unclaimed full name (surname and one to three more syllables)
    whose last unit is a-1, right before a separator, or None."""
    for s in range(a - 2, max(-1, a - 6), -1):
        if is_surname(v, s) and v.free(s, a) and person_name(v, s, anchored=True) == a and valid_name(v, s, a, anchored=True):
            return s
    return None


def shared_former_marker(v: DocView, items: list[dict]) -> None:
    """`A, B (cựu Chủ tịch và Phó Chủ tịch UBND tỉnh X)`: one title each, and the former-post
    marker before the first is every title's."""
    t0 = items[0]["t0"]
    if v.units[t0].low not in rules().former_markers:
        return
    for it in items[1:]:
        if not it["rank"] and v.units[it["t0"]].low not in rules().former_markers:
            it["former"] = (v.units[t0].start, v.units[t0].end)
