"""The knowledge base as one extraction-v1 JSON document (../shared/contracts/extraction-v1.md).

Sorted and stable: entities by type and name, articles by source, items within an
article by where they first appear, so two rebuilds diff cleanly.
"""

from __future__ import annotations

import json
import re
from typing import Any, Optional

import sqlite_utils

from c4ir_kb.nlp.normalize import fold

FORMAT = "c4ir-kb/extraction-v1"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "x"


def entity_ids(db: sqlite_utils.Database) -> dict[int, str]:
    """Readable, stable ids (`org:ubnd-tp-hcm`), unique by a suffix in (type, name, id) order."""
    out: dict[int, str] = {}
    used: set[str] = set()
    for eid, typ, name in db.execute("SELECT id, type, name FROM entities ORDER BY type, name, id"):
        base = f"{typ.lower()}:{_slug(name)}"
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        out[eid] = slug
    return out


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict]:
    return list(db.query(sql, params))


# The guideline lists no body that the article names only inside someone's title
# (`Bí thư Tỉnh ủy`, `Giám đốc Sở Y tế`) or an event's name (`Đại hội Đảng bộ tỉnh X`,
# rule org.in-event-name): such a body is the role's organisation, and one
# of the article's organisations once it is named anywhere else (`Tỉnh ủy yêu cầu ...`)
# or acts in a commitment.
_NAMED_OUTSIDE_TITLES = """
    SELECT o.entity_id FROM mentions o WHERE o.article_id = ? AND o.rule NOT IN ('org.in-event-name')
       AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.article_id = o.article_id AND r.start <= o.start AND o.end <= r.end)
    UNION SELECT actor_id FROM commitments WHERE article_id = ? AND actor_id IS NOT NULL
    UNION SELECT partner_id FROM commitments WHERE article_id = ? AND partner_id IS NOT NULL"""
_LISTED = """SELECT e.id, m.surface FROM mentions m JOIN entities e ON e.id = m.entity_id
   WHERE m.article_id = ? AND e.type = ? AND m.rule NOT IN ('loc.in-facility-name') ORDER BY m.start, m.id"""
# (a place named only inside a facility's or project's name, `Cảng HKQT Long Thành`, is no
# place of the article: the guideline's "a name inside an organisation's name")


def article_object(db: sqlite_utils.Database, art: dict, names: dict[int, str], with_mentions: bool = False) -> dict:
    aid = art["id"]
    obj: dict[str, Any] = {
        "source": art["source"],
        "title": art["title"],
        "published": art["published"],
    }
    if art.get("url"):
        obj["url"] = art["url"]
    if art.get("author"):
        obj["author"] = art["author"]

    people: dict[int, dict] = {}
    for r in _rows(
        db,
        """SELECT e.id, MIN(m.start) AS first FROM mentions m JOIN entities e ON e.id = m.entity_id
           WHERE m.article_id = ? AND e.type = 'PER' GROUP BY e.id ORDER BY first, e.id""",
        [aid],
    ):
        people[r["id"]] = {"name": names[r["id"]], "roles": []}
    for r in _rows(
        db, "SELECT person_id, title, org_id FROM roles WHERE article_id = ? ORDER BY start, id", [aid]
    ):
        person = people.setdefault(r["person_id"], {"name": names[r["person_id"]], "roles": []})
        role = {"title": r["title"], "org": names.get(r["org_id"]) if r["org_id"] else None}
        if role not in person["roles"]:
            person["roles"].append(role)
    obj["people"] = list(people.values())

    listed = {r[0] for r in db.execute(_NAMED_OUTSIDE_TITLES, [aid, aid, aid])}
    for typ, key in (("ORG", "organisations"), ("LOC", "locations")):
        items: dict[int, dict] = {}
        for r in _rows(db, _LISTED, [aid, typ]):
            if typ == "ORG" and r["id"] not in listed:
                continue
            item = items.setdefault(r["id"], {"name": names[r["id"]], "aliases": []})
            if r["surface"] not in item["aliases"]:
                item["aliases"].append(r["surface"])
        for item in items.values():
            item["aliases"].sort()
        obj[key] = list(items.values())

    obj["dates"] = [
        {"text": r["text"], "value": r["value"], "precision": r["precision"], "year_source": r["year_source"]}
        for r in _rows(db, "SELECT text, value, precision, year_source FROM dates WHERE article_id = ? ORDER BY start, id", [aid])
    ]

    commitments = []
    for r in _rows(db, "SELECT * FROM commitments WHERE article_id = ? ORDER BY start, id", [aid]):
        c: dict[str, Any] = {
            "actor": names.get(r["actor_id"]) if r["actor_id"] else None,
            "kind": r["kind"],
            "text": r["text"],
        }
        for field, col in (("person", "person_id"), ("location", "location_id"), ("partner", "partner_id")):
            if r[col]:
                c[field] = names.get(r[col])
        for field in ("object", "amount", "quantity", "target_date", "period"):
            if r[field]:
                c[field] = r[field]
        commitments.append(c)
    obj["commitments"] = commitments

    if with_mentions:
        obj["mentions"] = [
            {"type": r["type"], "text": r["surface"], "start": r["start"], "end": r["end"]}
            for r in _rows(
                db,
                """SELECT e.type, m.surface, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity_id
                   WHERE m.article_id = ? ORDER BY m.start, m.end""",
                [aid],
            )
        ]
    return obj


def export_document(db: sqlite_utils.Database) -> dict:
    ids = entity_ids(db)
    names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM entities")}
    aliases: dict[int, list[str]] = {}
    for eid, surface in db.execute("SELECT entity_id, surface FROM aliases ORDER BY surface"):
        aliases.setdefault(eid, []).append(surface)
    entities = [
        {"id": ids[eid], "type": typ, "name": name, "aliases": aliases.get(eid, [])}
        for eid, typ, name in db.execute("SELECT id, type, name FROM entities ORDER BY type, name, id")
    ]
    articles = [
        article_object(db, art, names)
        for art in db.query("SELECT id, source, url, title, published, author FROM articles ORDER BY source, id")
    ]
    return {"format": FORMAT, "entities": entities, "articles": articles}


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def find_article(db: sqlite_utils.Database, article_id: str) -> Optional[dict]:
    return next(db.query("SELECT id, source, url, title, published, author FROM articles WHERE id = ?", [article_id]), None)
