"""Cross-article entity linking, and the row writer the store shares.

An article's entities join the knowledge base's by type and any shared linking key
(c4ir_kb/extract/linking.py); two stored entities a new article shows to be one are merged;
display names are recomputed from the names every article gave. Called by store.py inside
its per-article transaction; nothing here opens a transaction of its own.
"""

from __future__ import annotations

import sqlite_utils

from c4ir_kb.extract.gazetteer import known_aliases
from c4ir_kb.extract.linking import canonical_name_of_counts
from c4ir_kb.models import Extraction
from c4ir_kb.nlp.normalize import match_key


def insert_row(db: sqlite_utils.Database, table: str, row: dict, replace: bool = False) -> int:
    """One row through the connection, returning its rowid. sqlite-utils' insert re-reads the
    schema on every call; at some 70 rows an article that was most of the store's time, and
    the store runs in the one writing process, so it capped what more workers could give."""
    cols = ",".join(f"[{c}]" for c in row)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    cur = db.conn.execute(f"{verb} INTO [{table}] ({cols}) VALUES ({','.join('?' * len(row))})", list(row.values()))
    return cur.lastrowid


def insert_rows(db: sqlite_utils.Database, table: str, rows, replace: bool = False) -> None:
    for row in rows:
        insert_row(db, table, row, replace)


def link_entities(db: sqlite_utils.Database, ex: Extraction) -> dict[str, int]:
    """Map each article-local entity to a global one: same type and any shared key.
    Two global entities that a new article shows to be one are merged. Aliases are
    the surface forms of mentions, so each one can be traced to where it was read."""
    local: dict[str, int] = {}
    merged: dict[int, int] = {}  # global ids merged away during this article -> survivor
    for ent in ex.entities:
        keys = sorted(set(ent.keys) | {match_key(ent.name)})
        found = sorted(
            {
                r[0]
                for r in db.execute(
                    f"SELECT entity_id FROM entity_keys WHERE type = ? AND key IN ({','.join('?' * len(keys))})",
                    [ent.type, *keys],
                ).fetchall()
            }
        )
        if not found:
            eid = insert_row(db, "entities", {"type": ent.type, "name": ent.name})
        else:
            eid = found[0]
            for other in found[1:]:
                _merge(db, other, eid)
                merged[other] = eid
        local[ent.id] = eid
        insert_rows(db, "entity_keys", ({"type": ent.type, "key": k, "entity_id": eid} for k in keys), replace=True)
    for k, eid in local.items():
        while eid in merged:
            eid = merged[eid]
        local[k] = eid
    art = ex.document.article
    counts: dict[str, int] = {}
    for m in ex.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    names: dict[int, list[tuple[int, str]]] = {}
    for ent in ex.entities:
        names.setdefault(local[ent.id], []).append((counts.get(ent.id, 0), ent.name))
    for eid, named in names.items():
        best = max(named, key=lambda x: (x[0], len(x[1]), x[1]))[1]  # two local entities may be one global
        insert_row(
            db, "article_entities", {"article_id": art.id, "entity_id": eid, "name": best, "mentions": sum(n for n, _ in named)}
        )
        # the name the article gives the entity (`HĐND thành phố Cần Thơ` for a bare `HĐND
        # thành phố` of a story set in Cần Thơ) stays one of its names when another article's
        # name (`HĐND TP Cần Thơ`) becomes the display name
        _add_alias(db, eid, best, "named")
    for m in ex.mentions:
        if m.entity in local:
            surface = art.text[m.start : m.end]
            _add_alias(db, local[m.entity], surface, "text")
    for ent in ex.entities:
        for surface in ent.forms:
            _add_alias(db, local[ent.id], surface, "written")
        for surface in known_aliases(ent.type, ent.surfaces):
            _add_alias(db, local[ent.id], surface, "gazetteer")
    return local


def _add_alias(db: sqlite_utils.Database, entity_id: int, surface: str, origin: str) -> None:
    """A surface read in a text wins over the same spelling written around a mention
    (`written`), the name an article gave the entity (`named`) or one known from the
    gazetteer, in that order."""
    db.execute(
        """INSERT INTO aliases (entity_id, surface, key, origin) VALUES (?, ?, ?, ?)
           ON CONFLICT (entity_id, surface) DO UPDATE SET origin = excluded.origin
           WHERE excluded.origin = 'text' OR excluded.origin = 'written' AND aliases.origin IN ('named', 'gazetteer')
              OR excluded.origin = 'named' AND aliases.origin = 'gazetteer'""",
        [entity_id, surface, match_key(surface), origin],
    )


def _merge(db: sqlite_utils.Database, src: int, dst: int) -> None:
    for table, col in [
        ("mentions", "entity_id"),
        ("roles", "person_id"),
        ("roles", "org_id"),
        ("commitments", "actor_id"),
        ("commitments", "person_id"),
        ("commitments", "location_id"),
        ("commitments", "partner_id"),
        ("entity_keys", "entity_id"),
        ("progress_events", "actor_id"),
        ("commitment_threads", "actor_id"),
    ]:
        db.execute(f"UPDATE [{table}] SET [{col}] = ? WHERE [{col}] = ?", [dst, src])
    db.execute(
        """UPDATE aliases SET origin = 'text' WHERE entity_id = ?
           AND surface IN (SELECT surface FROM aliases WHERE entity_id = ? AND origin = 'text')""",
        [dst, src],
    )
    db.execute(
        "DELETE FROM aliases WHERE entity_id = ? AND surface IN (SELECT surface FROM aliases WHERE entity_id = ?)", [src, dst]
    )
    db.execute("UPDATE aliases SET entity_id = ? WHERE entity_id = ?", [dst, src])
    db.execute("UPDATE OR IGNORE article_entities SET entity_id = ? WHERE entity_id = ?", [dst, src])
    db.execute("DELETE FROM article_entities WHERE entity_id = ?", [src])
    db.execute("DELETE FROM entities WHERE id = ?", [src])


def rename_entities(db: sqlite_utils.Database, ids: set[int]) -> None:
    """Recompute display names from the names every article gave the entity (weighted by
    its mentions there), so a name depends on the whole knowledge base, not on ingest order."""
    for eid in sorted(ids):
        row = db.execute("SELECT type FROM entities WHERE id = ?", [eid]).fetchone()
        if row is None:
            continue
        # summed as articles come and go (triggers of migration m004 in schema.py): an entity named
        # in every article must not cost a scan of all of them for each new article
        forms = dict(db.execute("SELECT name, weight FROM entity_names WHERE entity_id = ? ORDER BY name", [eid]).fetchall())
        if forms:
            db.execute("UPDATE entities SET name = ? WHERE id = ?", [canonical_name_of_counts(row[0], forms), eid])
