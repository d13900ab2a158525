"""Component 9, titles given by a verb after a name: `đồng chí Lê Văn A giữ chức Bí thư
Tỉnh ủy X`, `được bầu làm Chủ tịch HĐND tỉnh`, `Bộ Chính trị chỉ định ông B làm Bí thư
Thành ủy Y`.

Reads: PER mentions; the verbs of `role_verbs` right after a name or after the titles
written behind it (`Ông X, Bí thư Tỉnh ủy Y, được chỉ định làm …`), or `làm` after a name
that a verb of `designation_verbs` introduces; the title chain after them (its
organisations may be recorded already by titles_roles). Claims: the title's units, ORG
mentions of organisations not yet recorded. Adds: roles (role.after-verb).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import title_at
from c4ir_kb.extract.entities.names import person_name
from c4ir_kb.extract.entities.mentions import org_mention
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.title_chain import chain
from c4ir_kb.extract.entities.view import cap, DocView


def find_verb_roles(v: DocView) -> None:
    from c4ir_kb.extract.entities.titles_roles import add_role

    lx = rules().lx
    verbs = lx.words("role_verbs")
    for mi, m in list(enumerate(v.mentions)):
        k = m.j
        if m.type != "PER" or k >= v.n or not (v.tight(k - 1) or v.gap(k - 1).strip() == "," and "\n" not in v.gap(k - 1)):
            continue
        n = v.phrase(k, verbs, 5)
        if not n and v.units[k].low == "làm" and designated(v, m.i):
            n = 1
        if not n:
            # `Ông X, Bí thư Tỉnh ủy Y, được chỉ định làm Bí thư Thành ủy Z`: the verb after
            # the titles the name already holds
            k = after_appositive(v, mi)
            n = v.phrase(k, verbs, 5) if k else 0
        t = k + n
        if not n or t >= v.n or not v.tight(t - 1) or not cap(v.units[t]):
            continue
        tn, _, is_rank = title_at(v, t)
        if not tn or is_rank or any(r["person"] == mi and r["start"] == v.units[t].start for r in v.roles):
            continue
        items, j = chain(v, t)
        if not items or (j < v.n and v.tight(j - 1) and person_name(v, j, anchored=True)):
            continue  # `... giữ chức Bí thư Tỉnh ủy Nguyễn Văn B`: the title is another person's
        for it in items:
            if it["org"] is not None:
                it["mention"] = org_mention(v, it["org"])
            add_role(v, mi, it, "role.after-verb")
        v.claim(t, j)


def designated(v: DocView, i: int) -> bool:
    """Does a designation verb (`chỉ định`, `bổ nhiệm`) stand right before the name at unit
    i, or before its form of address (`chỉ định đồng chí X`)?"""
    R = rules()
    k = i
    h = next((n for n in (2, 1) if k - n >= 0 and v.phrase(k - n, R.lx.honorifics, 2) == n and v.units[k - n].text.islower()), 0)
    k -= h
    verbs = R.lx.words("designation_verbs")
    return any(k - n >= 0 and all(v.tight(x) for x in range(k - n, k)) and v.phrase(k - n, verbs, 2) == n for n in (2, 1))


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

