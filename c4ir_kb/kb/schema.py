"""The knowledge base's tables, as sqlite-utils migrations of the set `c4ir_kb`, applied in
order by `store.open_db`. Frozen once released: a later change is a new migration at the end.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from c4ir_kb.kb.progress_store import m003_schema

MIGRATION_SET = "c4ir_kb"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "tool_version": str,
            "extractor_version": str,
            "command": str,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_failed": int,
        },
        pk="id",
    )
    db["articles"].create(
        {
            "id": str,
            "source": str,
            "url": str,
            "title": str,
            "published": str,
            "publisher": str,
            "author": str,
            "text": str,
            "content_hash": str,
            "extractor_version": str,
            "run_id": int,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        not_null={"source", "text", "content_hash"},
    )
    db["articles"].create_index(["source"], unique=True)
    db["articles"].create_index(["url"])
    db["sentences"].create(
        {"id": int, "article_id": str, "idx": int, "start": int, "end": int, "text": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "idx", "start", "end", "text"},
    )
    db["sentences"].create_index(["article_id", "idx"], unique=True)
    db["entities"].create({"id": int, "type": str, "name": str}, pk="id", not_null={"type", "name"})
    db["entities"].create_index(["type", "name"])
    db["aliases"].create(
        # origin: 'text' (read in an article), 'written' (around a mention) or 'gazetteer' (a known spelling)
        {"id": int, "entity_id": int, "surface": str, "key": str, "origin": str},
        pk="id",
        foreign_keys=[("entity_id", "entities", "id")],
        not_null={"entity_id", "surface", "key"},
    )
    db["aliases"].create_index(["entity_id", "surface"], unique=True)
    db["aliases"].create_index(["key"])
    db["article_entities"].create(
        # the name the extractor gave the entity in this article (it may be longer than any
        # single surface, e.g. a bare `Tỉnh ủy` read as `Tỉnh ủy Đồng Nai` from its context)
        {"article_id": str, "entity_id": int, "name": str, "mentions": int},
        pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["article_entities"].create_index(["entity_id"])
    db["entity_keys"].create(
        {"type": str, "key": str, "entity_id": int},
        pk=("type", "key"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["entity_keys"].create_index(["entity_id"])
    span = {"article_id": str, "sentence_id": int, "start": int, "end": int}
    span_fks = [("article_id", "articles", "id"), ("sentence_id", "sentences", "id")]
    db["mentions"].create(
        {"id": int, "entity_id": int, **span, "surface": str, "rule": str, "confidence": float},
        pk="id",
        foreign_keys=[("entity_id", "entities", "id"), *span_fks],
        not_null={"entity_id", "article_id", "sentence_id", "start", "end", "surface"},
    )
    db["roles"].create(
        {
            "id": int,
            "person_id": int,
            "title": str,
            "org_id": int,
            **span,
            "published": str,
            "rule": str,
        },
        pk="id",
        foreign_keys=[("person_id", "entities", "id"), ("org_id", "entities", "id"), *span_fks],
        not_null={"person_id", "title", "article_id"},
    )
    db["dates"].create(
        {
            "id": int,
            **span,
            "text": str,
            "value": str,
            "precision": str,
            "year_source": str,
            "rule": str,
        },
        pk="id",
        foreign_keys=span_fks,
        not_null={"article_id", "text", "value"},
    )
    db["commitments"].create(
        {
            "id": int,
            "actor_id": int,
            "person_id": int,
            "kind": str,
            "trigger": str,
            "text": str,
            **span,
            "object": str,
            "amount": str,
            "quantity": str,
            "location_id": int,
            "target_date": str,
            "period": str,
            "partner_id": int,
            "track_id": int,
            "rule": str,
            "confidence": float,
        },
        pk="id",
        foreign_keys=[
            ("actor_id", "entities", "id"),
            ("person_id", "entities", "id"),
            ("location_id", "entities", "id"),
            ("partner_id", "entities", "id"),
            *span_fks,
        ],
        not_null={"kind", "text", "article_id"},
    )
    for table, cols in [
        ("mentions", ["entity_id"]),
        ("mentions", ["article_id"]),
        ("roles", ["person_id"]),
        ("roles", ["org_id"]),
        ("roles", ["article_id"]),
        ("dates", ["article_id"]),
        ("dates", ["value"]),
        ("commitments", ["actor_id"]),
        ("commitments", ["article_id"]),
        ("commitments", ["track_id"]),
    ]:
        db[table].create_index(cols)


@migrations()
def m002_run_status(db: sqlite_utils.Database) -> None:
    # 'running', 'finished' or 'failed' (with the reason in `error`)
    db["runs"].add_column("status", str)
    db["runs"].add_column("error", str)


@migrations()
def m003_progress_threads(db: sqlite_utils.Database) -> None:
    m003_schema(db)  # progress events and commitment threads (kb/progress_store.py)


@migrations()
def m004_entity_names(db: sqlite_utils.Database) -> None:
    """Each entity's names with their weight summed over articles (SUM(MAX(mentions, 1)) of its
    article_entities rows), kept by triggers: a display name then costs a look-up, not a scan of
    every article naming the entity (ingest was linear per article in the archive)."""
    db["entity_names"].create({"entity_id": int, "name": str, "weight": int}, pk=("entity_id", "name"), not_null={"weight"})
    db.execute(
        """INSERT INTO entity_names (entity_id, name, weight)
           SELECT entity_id, name, SUM(MAX(mentions, 1)) FROM article_entities GROUP BY entity_id, name"""
    )
    add = """INSERT INTO entity_names (entity_id, name, weight) VALUES (NEW.entity_id, NEW.name, MAX(NEW.mentions, 1))
             ON CONFLICT (entity_id, name) DO UPDATE SET weight = weight + excluded.weight;"""
    remove = """UPDATE entity_names SET weight = weight - MAX(OLD.mentions, 1) WHERE entity_id = OLD.entity_id AND name = OLD.name;
                DELETE FROM entity_names WHERE entity_id = OLD.entity_id AND name = OLD.name AND weight <= 0;"""
    db.execute(f"CREATE TRIGGER article_entities_names_ai AFTER INSERT ON article_entities BEGIN {add} END")
    db.execute(f"CREATE TRIGGER article_entities_names_ad AFTER DELETE ON article_entities BEGIN {remove} END")
    db.execute(
        f"CREATE TRIGGER article_entities_names_au AFTER UPDATE OF entity_id, name, mentions ON article_entities BEGIN {remove} {add} END"
    )


@migrations()
def m005_run_process(db: sqlite_utils.Database) -> None:
    """The process that writes a run (kb/processes.py): a later run marks a `running` row
    whose process is gone `interrupted`."""
    db["runs"].add_column("host", str)
    db["runs"].add_column("pid", int)
    db["runs"].add_column("process_token", str)


def _known_migrations() -> set[str]:
    # sqlite-utils has no public listing of a set's registered migrations
    return {m.name for m in migrations._migrations}
