"""The entity stage's result: mention and role records, each role's organisation
resolved (a title that implies its head, `Viện trưởng` -> the article's one `Viện`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from pydantic import BaseModel, Field

from c4ir_kb.extract.entities.mentions import bare_local_head, board_of_bare_local_head
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.lexicons import find_place
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.models import Entity, Mention, Role
from c4ir_kb.nlp.normalize import match_key


class EntityResult(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    author: str | None = None


def build_result(v: DocView, entities: list[Entity], m2e: list[int]) -> EntityResult:
    """Mention and Role records for the document: each role's organisation resolved, duplicates dropped."""
    doc = v.doc
    foreign_heads = sorted(rules().foreign_heads | rules().envoy, key=len, reverse=True)  # (longest first)
    # a local body never linked to a place or a fuller name (or a board of one: `Ban Thường
    # vụ Đảng ủy`) is listed nowhere; a title held in it keeps it as its organisation (`Chủ tịch UBND tỉnh`, as the guideline splits it)
    generic = {e.id for e in entities if e.type == "ORG" and all(bare_local_head(x) or board_of_bare_local_head(x) for x in [e.name, *e.surfaces])}
    mentions = []
    for i, m in enumerate(v.mentions):
        e = entities[m2e[i]]
        if e.id in generic:
            continue
        mentions.append(
            Mention(
                entity=e.id,
                type=m.type,
                text=doc.article.text[m.start : m.end],
                start=m.start,
                end=m.end,
                sentence=doc.sentence_at(m.start).index,
                rule=m.rule,
                confidence=m.conf,
            )
        )
    mentions.sort(key=lambda x: x.start)
    roles = []
    seen = set()
    with_org = {(entities[m2e[r["person"]]].id, match_key(r["title"])) for r in v.roles if r["org"] is not None}
    titles_of: dict[str, list[str]] = defaultdict(list)
    boards = rules().board_words

    def boards_of(title: str) -> set[str]:
        return {f"{title} {b}".lower() for b in boards}

    held: dict[str, set] = defaultdict(set)  # person -> (title, organisation) pairs
    for r in v.roles:
        titles_of[entities[m2e[r["person"]]].id].append(r["title"])
        if r["org"] is not None:
            held[entities[m2e[r["person"]]].id].add((r["title"].lower(), entities[m2e[r["org"]]].id))
    implied = rules().lx.misc.get("title_implied_heads", {})
    deputy_org = _deputies_of_principals(v, entities, m2e)
    for ri, r in enumerate(v.roles):
        pid = entities[m2e[r["person"]]].id
        if r["org"] is None and (pid, match_key(r["title"])) in with_org:
            continue
        if r["org"] is None and not r["rank"] and r["title"].lower() not in rules().envoy and any(t != r["title"] and t.lower().startswith(r["title"].lower() + " ") and not _head_of_country(r["title"], t) for t in titles_of[pid]):
            continue  # `Chủ tịch Trần Quang Dũng` after `Chủ tịch Hội đồng thành viên PVN Trần Quang Dũng`
            # (an envoy's bare `Đại sứ` stays beside `Đại sứ Mỹ`: the country is no organisation)
        if r["org"] is not None and not r["rank"] and any((b, entities[m2e[r["org"]]].id) in held[pid] for b in boards_of(r["title"])):
            continue  # `Chủ tịch PVN` beside `Chủ tịch Hội đồng thành viên PVN`: the guideline's later short
            # form of a company-board title, one role (`Phó Bí thư` beside `Phó Bí thư Thường trực` is two)
        org = entities[m2e[r["org"]]].id if r["org"] is not None else None
        rule = r["rule"]
        if org is None and ri in deputy_org:
            org, rule = entities[m2e[deputy_org[ri]]].id, "role.deputy-of-principal"
        if org is None and (r["title"] in implied or r.get("bare_head")):
            # `Viện trưởng Phan Công Hùng`: the one institute this article named before;
            # `Chính ủy Quân đoàn`: the unit of that kind the article names most
            heads = implied.get(r["title"]) or [r["bare_head"]]
            cnt: dict[str, int] = defaultdict(int)
            for k, m in enumerate(v.mentions):
                if m.type == "ORG" and m.start < r["start"] and any(x.lower().startswith(h.lower() + " ") for h in heads for x in entities[m2e[k]].surfaces):
                    cnt[entities[m2e[k]].id] += 1
            if not cnt and r.get("bare_head"):
                # `Phó Tư lệnh Quân khu, …, Quân khu 4 đã đến thăm`: named only later, the one
                # unit of that kind in the whole article
                after = {entities[m2e[k]].id for k, m in enumerate(v.mentions) if m.type == "ORG" and m.start > r["start"] and any(x.lower().startswith(h.lower() + " ") for h in heads for x in entities[m2e[k]].surfaces)}
                cnt = {x: 1 for x in after} if len(after) == 1 else {}
            if len(cnt) == 1 or (r.get("bare_head") and cnt):
                org = max(cnt, key=lambda x: cnt[x])
                rule = "role.implied-head" if implied.get(r["title"]) else "role.bare-head"
        if org is None and r.get("committee"):
            # `Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy`: the one party committee
            # of the article written so (`Tỉnh ủy`, linked to `Tỉnh ủy Phú Thọ`)
            key = match_key(r["committee"])
            cands = {e.id for e in entities if e.type == "ORG" and any(match_key(x) == key for x in e.surfaces)}
            if len(cands) == 1:
                org, rule = cands.pop(), "role.standing-committee"
        title = doc.article.text[r["start"] : r["start"] + len(r["title"])]
        if org is None and not r["rank"]:
            title = _with_locality(v, r, title)
        if r.get("former"):
            # `A, B (cựu Chủ tịch và Phó Chủ tịch ...)`: the marker before the first title
            title = doc.article.text[r["former"][0] : r["former"][1]] + " " + title
        key = (pid, match_key(title), org)
        if key in seen:
            continue
        seen.add(key)
        forms = [title]
        bare = next((title[: len(b)] for b in foreign_heads if title.lower().startswith(b + " ")), "")
        if org is None and not r["rank"] and bare and _head_of_country(bare, title):
            forms.append(bare)  # `Thủ tướng Malaysia X` is X's `Thủ tướng`, `Bộ trưởng Ngoại giao Lào X`
            # X's `Bộ trưởng Ngoại giao`: the country is no organisation
        for form in forms:
            if form != title and (pid, match_key(form), None) in seen:
                continue
            seen.add((pid, match_key(form), org))
            roles.append(
                Role(
                    person=pid,
                    title=form,
                    org=org,
                    sentence=doc.sentence_at(r["start"]).index,
                    start=r["start"],
                    end=r["end"],
                    rule=rule,
                )
            )
    return EntityResult(entities=entities, mentions=mentions, roles=roles, author=v.author)



def _with_locality(v: DocView, r: dict, title: str) -> str:
    """`cựu Phó Bí thư tỉnh X`, `Chủ tịch huyện Y`: a locality's leader (locality_leader_titles)
    named with the place as the body and no committee written; the prefix and the place read
    as a province, city or district join the title (the guideline's `title` / `tỉnh X` joins to
    the same words), the place stays a location."""
    lx = rules().lx
    first, _, rest = title.partition(" ")
    core = rest if first.lower() in rules().former_markers else title  # `cựu`, `nguyên`
    if core not in lx.wordset("locality_leader_titles"):
        return title
    text = v.doc.article.text
    m = re.match(r" (tỉnh|thành phố|huyện|quận|thị xã) ", text[r["end"] : r["end"] + 12])
    if not m:
        return title
    at = r["end"] + m.end()
    loc = next((x for x in v.mentions if x.type == "LOC" and x.start == at), None)
    if loc is None:
        return title
    p = find_place(text[loc.start : loc.end])
    if p is None or p.type not in ("province", "city", "district"):
        return title
    return title + text[r["end"] : loc.end]


def _deputies_of_principals(v: DocView, entities: list[Entity], m2e: list[int]) -> dict[int, int]:
    """`Thiếu tướng A, Giám đốc Công an tỉnh X cùng Đại tá B, Phó Giám đốc, ...`: a deputy's
    bare title (`Phó` + T, no organisation) in the sentence that just named another person
    as T of a body is the deputy of that body. Role index -> the principal's ORG mention; only
    when the nearest earlier T in the sentence has its organisation."""
    doc = v.doc
    out: dict[int, int] = {}
    sent_of = [doc.sentence_at(q["start"]).index for q in v.roles]
    for ri, r in enumerate(v.roles):
        t = r["title"]
        if r["org"] is not None or r["rank"] or r.get("former") or not t.lower().startswith("phó ") or not t[4:].strip():
            continue
        principal = match_key(t[4:])
        sent = sent_of[ri]
        pid = entities[m2e[r["person"]]].id
        prev = [q for qi, q in enumerate(v.roles) if q["start"] < r["start"] and sent_of[qi] == sent and not q["rank"] and match_key(q["title"]) == principal]
        if not prev:
            continue
        q = max(prev, key=lambda x: x["start"])
        if q["org"] is not None and entities[m2e[q["person"]]].id != pid:
            out[ri] = q["org"]
    return out


def _head_of_country(bare: str, title: str) -> bool:
    """`Tổng thống` beside `Tổng thống Pháp`, `Đại sứ` beside `Đại sứ Nhật Bản`: the country is no
    organisation, the bare title stays."""
    R = rules()
    if bare.lower() not in R.foreign_heads and bare.lower() not in R.envoy:
        return False
    p = find_place(title[len(bare) :].strip())
    return p is not None and p.type == "country"
