"""Component 9, titles given by a verb after a name: `đồng chí Lê Văn A giữ chức Bí thư
Tỉnh ủy X`, `được bầu làm Chủ tịch HĐND tỉnh`, `Bộ Chính trị chỉ định ông B làm Bí thư
Thành ủy Y`.

Reads: PER mentions; the verbs of `role_verbs` right after a name or after the titles
written behind it (`Ông X, Bí thư Tỉnh ủy Y, được chỉ định làm …`), or `làm` after a name
that a verb of `designation_verbs` introduces; or the copula `là` after a title chain that
opens a clause (`Trưởng đoàn X là ông Y`); the title chain after them (its
organisations may be recorded already by titles_roles). Claims: the title's units, ORG
mentions of organisations not yet recorded. Adds: roles (role.after-verb).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import phrase_before, title_at
from c4ir_kb.extract.entities.names import person_name
from c4ir_kb.extract.entities.mentions import org_mention
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.title_chain import chain
from c4ir_kb.extract.entities.titles_roles import add_role
from c4ir_kb.extract.entities.view import cap, DocView


def find_verb_roles(v: DocView) -> None:
    lx = rules().lx
    verbs = lx.words("role_verbs")
    for mi, m in list(enumerate(v.mentions)):
        k = m.j
        if m.type != "PER" or k >= v.n or not (v.tight(k - 1) or v.gap(k - 1).strip() == "," and "\n" not in v.gap(k - 1)):
            continue
        n = lower_verb(v, k, verbs, 5)
        if not n and v.units[k].low == "làm" and designated(v, m.i):
            n = 1
        if not n:
            # `Ông X, Bí thư Tỉnh ủy Y, được chỉ định làm Bí thư Thành ủy Z`: the verb after
            # the titles the name already holds
            k = after_appositive(v, mi)
            n = lower_verb(v, k, verbs, 5) if k else 0
        t = k + n
        if not n or t >= v.n or not v.tight(t - 1) or not cap(v.units[t]):
            continue
        tn, _, is_rank = title_at(v, t)
        if not tn or is_rank or any(r["person"] == mi and r["start"] == v.units[t].start for r in v.roles):
            continue
        items, j = chain(v, t)
        give_posts(v, mi, items, t, j, "role.after-verb")
    find_copula_roles(v)
    find_clause_roles(v)


def find_copula_roles(v: DocView) -> None:
    """`Trưởng đoàn TTVN là ông X`, `Chủ tịch HĐQT Công ty Y là bà Z`: a title chain opening a
    clause, then `là` and its holder. (A plural title before a list of names, `3 Phó đoàn là
    các ông A, B và C`, is left: its organisation is only implied.)"""
    R = rules()
    plural = R.lx.wordset("plural_markers")
    pers = sorted((m.i, m.j, mi) for mi, m in enumerate(v.mentions) if m.type == "PER")
    for i, _, mi in pers:
        k = i
        h = next((n for n in (2, 1) if k - n >= 0 and v.phrase(k - n, R.lx.honorifics, 2) == n and v.units[k - n].text.islower() and all(v.tight(x) for x in range(k - n, k))), 0)
        k -= h
        if k >= 1 and v.units[k - 1].low == "các" and v.tight(k - 1):
            k -= 1
        if k < 2 or v.units[k - 1].low != "là" or not v.tight(k - 1) or not v.tight(k - 2):
            continue
        for t in range(k - 2, max(-1, k - 14), -1):
            if not cap(v.units[t]) or not title_at(v, t)[0] or title_at(v, t)[2]:
                continue
            opens = t == 0 or any(c in v.gap(t - 1) for c in ",.;:\n") or v.units[t - 1].text.isdigit() or v.units[t - 1].low in plural
            if not opens:
                continue
            items, j = chain(v, t)
            if not items or j != k - 1 or any(it["rank"] for it in items):
                break
            if t > 0 and (v.units[t - 1].text.isdigit() and v.units[t - 1].text != "1" or v.units[t - 1].low in plural) or v.units[k].low == "các":
                break  # a plural title: several holders
            holders = [mi]
            for it in items:
                if it["org"] is not None:
                    it["mention"] = org_mention(v, it["org"])
                for pid in holders:
                    if not any(r["person"] == pid and r["start"] == v.units[it["t0"]].start for r in v.roles):
                        add_role(v, pid, it, "role.after-verb")
            break


def find_clause_roles(v: DocView) -> None:
    """In one pass, the two clauses whose verb gives posts to a person named before it:
    a clause of a career (`career_verbs`) after a comma, with no subject of its own (`Ông X
    (48 tuổi) quê tỉnh Y, từng giữ các chức vụ: Bí thư Tỉnh đoàn Y, Phó chủ tịch UBND tỉnh
    Y`), gives its titles to the person who opens the sentence (with no other person before
    the verb); the last of a person's coordinated predicates, a verb of `role_verbs` after
    `và` (`chỉ định ông X, Bí thư Tỉnh ủy Y, tham gia Ban Chấp hành, Ban Thường vụ và giữ
    chức Bí thư Thành ủy Z`), gives its post to the one person named before it in the
    sentence."""
    careers = rules().lx.words("career_verbs")
    joined = rules().lx.words("role_verbs")
    for k in range(1, v.n):
        if v.gap(k - 1).strip() in (",", "),") and "\n" not in v.gap(k - 1):
            n = lower_verb(v, k, careers, 6)
            if n:
                _clause_posts(v, k, n, False)
        elif k >= 2 and v.units[k - 1].low == "và" and v.tight(k - 1) and v.tight(k - 2):
            n = lower_verb(v, k, joined, 6)
            if n:
                _clause_posts(v, k, n, True)


def _clause_posts(v: DocView, k: int, n: int, anywhere: bool) -> None:
    """The title chain after the verb at k (n units) goes to the sentence's subject
    (sentence_subject, `anywhere` for a coordinated predicate), labelled role.career."""
    t = k + n
    if t >= v.n or v.gap(t - 1).strip() not in ("", ":") or "\n" in v.gap(t - 1) or not cap(v.units[t]):
        return
    tn, _, is_rank = title_at(v, t)
    if not tn or is_rank or any(r["start"] == v.units[t].start for r in v.roles):
        return
    mi = sentence_subject(v, k, anywhere)
    if mi is None:
        return
    items, j = chain(v, t)
    while items and j < v.n and v.gap(j - 1) == " (":
        # `Vụ trưởng Vụ X (Bộ Y), Phó chủ tịch UBND tỉnh Z`: the parent body in brackets,
        # then the career goes on
        c = next((c for c in range(j, min(v.n - 1, j + 10)) if ")" in v.gap(c)), None)
        if c is None or v.gap(c).strip() != ")," or not title_at(v, c + 1)[0]:
            break
        more, j = chain(v, c + 1)
        items += more
    if items and j < v.n and v.tight(j - 1):
        # `Phó chủ tịch rồi Chủ tịch UBND tỉnh`, `Vụ trưởng Vụ Quản lý các khu …`: the last
        # post runs on past what the chain read (its body cut short); it is left out
        items.pop()
    give_posts(v, mi, items, t, j, "role.career")


def give_posts(v: DocView, mi: int, items: list[dict], t: int, j: int, rule: str) -> None:
    """The posts of a title chain read from unit t to j after a verb go to person mi, and the
    chain's units are claimed; none where the chain is empty or a name follows it (`... giữ
    chức Bí thư Tỉnh ủy Nguyễn Văn B`: the title is another person's)."""
    if not items or (j < v.n and v.tight(j - 1) and person_name(v, j, anchored=True)):
        return
    for it in items:
        if it["org"] is not None:
            it["mention"] = org_mention(v, it["org"])
        add_role(v, mi, it, rule)
    v.claim(t, j)


def lower_verb(v: DocView, k: int, table, maxlen: int) -> int:
    """Units of the longest verb phrase from `table` at unit k that ends in a lower-case word
    (`giữ chức | Vụ trưởng`, `từng giữ chức | Vụ trưởng`: no verb word is capitalised); 0 if none."""
    n = v.phrase(k, table, maxlen)
    while n and cap(v.units[k + n - 1]):
        n = v.phrase(k, table, n - 1)
    return n


def sentence_subject(v: DocView, k: int, anywhere: bool = False) -> int | None:
    """The person mention that opens the sentence holding unit k (after a form of address), or
    with `anywhere` the one person named in the sentence (or `;` item) before k, when no other
    person is named between it and k; None otherwise."""
    R = rules()
    a = k
    while a > 0 and not v.sentence_break(a - 1) and not (anywhere and ";" in v.gap(a - 1)):
        a -= 1
    a += v.phrase(a, R.lx.honorifics, 2)
    pers = [mi for mi, m in enumerate(v.mentions) if m.type == "PER" and a <= m.i < k]
    if len(pers) != 1 or not anywhere and v.mentions[pers[0]].i != a:
        return None
    return pers[0]


def designated(v: DocView, i: int) -> bool:
    """Does a designation verb (`chỉ định`, `bổ nhiệm`) stand right before the name at unit
    i, or before its form of address (`chỉ định đồng chí X`)?"""
    R = rules()
    k = i
    h = next((n for n in (2, 1) if k - n >= 0 and v.phrase(k - n, R.lx.honorifics, 2) == n and v.units[k - n].text.islower()), 0)
    k -= h
    return phrase_before(v, k, R.lx.words("designation_verbs"), 2)


def after_appositive(v: DocView, mi: int) -> int:
    """The unit after the titles written behind person mention mi (`X, t1, t2 Y,`): the
    appositive's units are claimed and hold no other person; 0 when there is none."""
    m = v.mentions[mi]
    k = m.j
    if k >= v.n or v.gap(k - 1).strip() not in (",", "-", "–") or "\n" in v.gap(k - 1):
        return 0
    j = k
    while j < v.n and v.claimed[j] and (j == k or v.tight(j - 1) or v.gap(j - 1).strip() == "," and "\n" not in v.gap(j - 1)):
        j += 1
    if j == k or j >= v.n or any(o.type == "PER" and k <= o.i < j for o in v.mentions):
        return 0
    if not any(r["person"] == mi and v.units[k].start <= r["start"] < v.units[j - 1].end for r in v.roles):
        return 0  # the claimed words are no titles of this person
    g = v.gap(j - 1)
    return j if "\n" not in g and g.strip() in ("", ",") else 0

