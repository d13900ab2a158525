"""What changed between two builds of the knowledge base.

Integer ids differ from one build to the next, so everything is compared by natural keys:
articles by source (changed = another content hash), entities by (type, name), aliases by
(type, name, surface), roles by (person, title, organisation, article source), commitments
by (actor, kind, text, article source; changed = other details such as amount or target date).
"""

from __future__ import annotations

from typing import Any, Callable

import sqlite_utils

SECTIONS = ("articles", "entities", "aliases", "roles", "commitments")

# section -> (SQL giving key columns then detail columns, number of key columns)
_QUERIES: dict[str, tuple[str, int]] = {
    "articles": (
        "SELECT source, content_hash, title, published, url FROM articles",
        1,
    ),
    "entities": ("SELECT type, name FROM entities", 2),
    "aliases": (
        "SELECT e.type, e.name, al.surface FROM aliases al JOIN entities e ON e.id = al.entity_id",
        3,
    ),
    "roles": (
        """SELECT p.name AS person, r.title, o.name AS organisation, a.source
           FROM roles r JOIN entities p ON p.id = r.person_id LEFT JOIN entities o ON o.id = r.org_id
           JOIN articles a ON a.id = r.article_id""",
        4,
    ),
    "commitments": (
        """SELECT act.name AS actor, c.kind, c.text, a.source,
                  c.object, c.amount, c.quantity, c.target_date,
                  per.name AS person, loc.name AS location, par.name AS partner
           FROM commitments c JOIN articles a ON a.id = c.article_id
           LEFT JOIN entities act ON act.id = c.actor_id LEFT JOIN entities per ON per.id = c.person_id
           LEFT JOIN entities loc ON loc.id = c.location_id LEFT JOIN entities par ON par.id = c.partner_id""",
        4,
    ),
}

# Which detail columns make a "changed" (the others are shown but not compared).
_COMPARED: dict[str, Callable[[dict], Any]] = {
    "articles": lambda r: r["content_hash"],
    "commitments": lambda r: tuple(r[c] for c in ("object", "amount", "quantity", "target_date", "person", "location", "partner")),
}


def _load(db: sqlite_utils.Database, section: str) -> dict[tuple, dict]:
    sql, nkeys = _QUERIES[section]
    cur = db.execute(sql)
    cols = [d[0] for d in cur.description]
    out: dict[tuple, dict] = {}
    for row in cur.fetchall():
        rec = dict(zip(cols, row))
        key = tuple("" if v is None else v for v in row[:nkeys])
        # duplicates by natural key (the same role stated twice in one article) count once
        out.setdefault(key, rec)
    return out


def _sort_key(key: tuple) -> tuple:
    return tuple(str(k) for k in key)


def diff_section(old: sqlite_utils.Database, new: sqlite_utils.Database, section: str) -> dict[str, list[dict]]:
    a, b = _load(old, section), _load(new, section)
    compare = _COMPARED.get(section)
    added = [b[k] for k in sorted(b.keys() - a.keys(), key=_sort_key)]
    removed = [a[k] for k in sorted(a.keys() - b.keys(), key=_sort_key)]
    changed = []
    if compare:
        for k in sorted(a.keys() & b.keys(), key=_sort_key):
            if compare(a[k]) != compare(b[k]):
                changed.append({"old": a[k], "new": b[k]})
    return {"added": added, "removed": removed, "changed": changed}


def diff_databases(old: sqlite_utils.Database, new: sqlite_utils.Database) -> dict:
    """{"summary": {section: {added, removed, changed}}, section: {added: [...], removed: [...], changed: [{old, new}]}}"""
    result: dict[str, Any] = {}
    summary: dict[str, dict[str, int]] = {}
    for section in SECTIONS:
        d = diff_section(old, new, section)
        result[section] = d
        summary[section] = {k: len(v) for k, v in d.items()}
    return {"summary": summary, **result}


def is_empty(diff: dict) -> bool:
    return not any(n for counts in diff["summary"].values() for n in counts.values())


def describe(section: str, row: dict) -> str:
    """One readable line for an item of a section."""
    if section == "articles":
        return f"{row['source']}  {row.get('title') or ''}".rstrip()
    if section == "entities":
        return f"{row['type']} {row['name']}"
    if section == "aliases":
        return f"{row['type']} {row['name']}: {row['surface']}"
    if section == "roles":
        org = f", {row['organisation']}" if row.get("organisation") else ""
        return f"{row['person']}: {row['title']}{org}  ({row['source']})"
    if section == "commitments":
        return f"{row.get('actor') or '?'} [{row['kind']}] {row['text']}  ({row['source']})"
    return str(row)


def describe_change(section: str, change: dict) -> str:
    old, new = change["old"], change["new"]
    if section == "articles":
        return f"{describe(section, new)}  (content {str(old['content_hash'])[:10]} -> {str(new['content_hash'])[:10]})"
    fields = [k for k in new if old.get(k) != new.get(k)]
    return describe(section, new) + "  " + ", ".join(f"{f}: {old.get(f)!r} -> {new.get(f)!r}" for f in fields)


def markdown(diff: dict, old_name: str, new_name: str, limit: int = 50) -> str:
    """The diff as Markdown, e.g. for a GitHub job summary."""
    lines = [f"## Knowledge base diff: `{old_name}` → `{new_name}`", ""]
    lines += ["| | added | removed | changed |", "|---|---:|---:|---:|"]
    for s in SECTIONS:
        c = diff["summary"][s]
        lines.append(f"| {s} | {c['added']} | {c['removed']} | {c['changed']} |")
    for s in SECTIONS:
        d = diff[s]
        for what, sign in (("added", "+"), ("removed", "-"), ("changed", "~")):
            items = d[what]
            if not items:
                continue
            lines += ["", f"### {s} {what} ({len(items)})", ""]
            for it in items[:limit]:
                text = describe_change(s, it) if what == "changed" else describe(s, it)
                lines.append(f"- {sign} {text}")
            if len(items) > limit:
                lines.append(f"- … and {len(items) - limit} more")
    if is_empty(diff):
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"
