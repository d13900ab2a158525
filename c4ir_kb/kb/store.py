"""The SQLite knowledge base: opening it (the migrations of schema.py), one transaction per article,
cross-article entity linking, and the derived objects (FTS, views) applied by `ensure_db_shape`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import sqlite_utils

from c4ir_kb import __version__
from c4ir_kb.kb.entity_linking import insert_row, insert_rows, link_entities, rename_entities
from c4ir_kb.models import Extraction
from c4ir_kb.kb.connection import (  # noqa: F401  (StoreError and the exit codes are part of store's interface)
    EXIT_DB_LOCKED,
    EXIT_DB_UNUSABLE,
    LOCK_TIMEOUT,
    StoreError,
    connect,
    db_error,
    lock_timeout,
    translate_errors,
    write_transaction,
)
from c4ir_kb.kb import processes
from c4ir_kb.kb.views import VIEWS
from c4ir_kb.kb.progress_store import delete_progress, save_progress
from c4ir_kb.kb.schema import _known_migrations, migrations  # noqa: F401  (migrations: store's interface)
from c4ir_kb.kb.threads import refresh_after_run, refresh_threads


# Derived objects, declared as data and applied by ensure_db_shape (safe to run twice);
# the researchers' views live in views.py with their documentation.
FTS_TABLES = {"sentences": ["text"]}


def shape_is_current(db: sqlite_utils.Database) -> bool:
    views = {r[0]: r[1] for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'")}
    return all(db[t].detect_fts() for t in FTS_TABLES) and all(
        views.get(name) == f"CREATE VIEW [{name}] AS {sql}" or views.get(name) == f'CREATE VIEW "{name}" AS {sql}'
        for name, sql in VIEWS.items()
    )


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    for table, cols in FTS_TABLES.items():
        if not db[table].detect_fts():
            db[table].enable_fts(cols, tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


def open_db(
    path: str | Path, *, create: bool = True, timeout: Optional[float] = None, readonly: bool = False
) -> sqlite_utils.Database:
    """Open (and migrate) the knowledge base, or raise StoreError with a readable reason."""
    timeout = lock_timeout(timeout)
    path = str(path)
    p = Path(path)
    if not p.exists():
        if not create:
            raise StoreError(path, "no such database (run `c4ir-kb ingest` first)", EXIT_DB_UNUSABLE)
        p.parent.mkdir(parents=True, exist_ok=True)
    elif p.is_dir():
        raise StoreError(path, "is a directory, not a database file", EXIT_DB_UNUSABLE)
    try:
        conn = connect(path, timeout, readonly=readonly)
        conn.execute("PRAGMA schema_version").fetchone()
        db = sqlite_utils.Database(conn)
        applied = {m.name for m in migrations.applied(db)}
        unknown = applied - _known_migrations()
        if unknown:
            raise StoreError(
                path,
                f"schema is newer than this c4ir-kb {__version__} understands ({', '.join(sorted(unknown))}); upgrade c4ir-kb",
                EXIT_DB_UNUSABLE,
            )
        if readonly:
            return db
        if db.table_names() and not applied:
            raise StoreError(path, "is a SQLite database, but not a c4ir-kb knowledge base", EXIT_DB_UNUSABLE)
        if migrations.pending(db) or not shape_is_current(db):
            # concurrent writers opening a new file: the first one migrates, the others
            # wait for its transaction and then find nothing left to do
            with write_transaction(db):
                if migrations.pending(db):
                    if db.table_names() and not {m.name for m in migrations.applied(db)}:
                        raise StoreError(path, "is a SQLite database, but not a c4ir-kb knowledge base", EXIT_DB_UNUSABLE)
                    migrations.apply(db)
                ensure_db_shape(db)  # views may have changed since the file was built
        return db
    except sqlite3.DatabaseError as e:
        raise db_error(path, e) from None


# ---------------------------------------------------------------- runs


def start_run(db: sqlite_utils.Database, command: str, extractor_version: str) -> int:
    """A new `running` row naming this process; in the same transaction, the `running` rows
    of processes that are gone (killed outright, power cut) become `interrupted`."""
    me = processes.current()
    with write_transaction(db):
        run_id = db["runs"].insert(
            {
                "started_at": _now(),
                "tool_version": __version__,
                "extractor_version": extractor_version,
                "command": command,
                "status": "running",
                **me,
            }
        ).last_pk
        mark_interrupted(db, run_id, me)
        return run_id


def mark_interrupted(db: sqlite_utils.Database, by_run: int, me: dict) -> None:
    """Mark `interrupted` the runs still `running` whose process no longer runs (never one
    that may be alive: see kb/processes.py); their `finished_at` stays NULL."""
    gone = [
        (run_id, host, pid)
        for run_id, host, pid, token in db.execute(
            "SELECT id, host, pid, process_token FROM runs WHERE status = 'running' AND id != ? ORDER BY id", [by_run]
        ).fetchall()
        if processes.is_gone(host, pid, token, me)
    ]
    for run_id, host, pid in gone:
        db.execute(
            "UPDATE runs SET status = 'interrupted', error = ? WHERE id = ? AND status = 'running'",
            [f"process {pid} on {host} ended without closing this run (found by run {by_run})", run_id],
        )


def finish_run(db: sqlite_utils.Database, run_id: int, counts: dict[str, int], error: Optional[str] = None) -> None:
    """Close the run's row: 'finished', or 'failed' with the reason when the run stopped early."""
    with write_transaction(db):
        refresh_after_run(db, run_id, counts)  # threads derive from all articles: once per run
        db["runs"].update(
            run_id,
            {
                "finished_at": _now(),
                "status": "failed" if error else "finished",
                "error": error,
                "articles_new": counts.get("new", 0),
                "articles_updated": counts.get("updated", 0),
                "articles_unchanged": counts.get("unchanged", 0),
                "articles_failed": counts.get("failed", 0),
            },
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- articles


def article_status(db: sqlite_utils.Database, article_id: str, source: str, url: Optional[str], version: str) -> str:
    """'unchanged', 'updated' (same source or url, other text or extractor; or the same text
    under another source name, so a renamed file moves its article rather than losing it to
    a rebuild that drops sources no longer read) or 'new'."""
    row = next(db.query("SELECT extractor_version, source FROM articles WHERE id = ?", [article_id]), None)
    if row is not None:
        return "unchanged" if (row["extractor_version"], row["source"]) == (version, source) else "updated"
    if _previous_ids(db, article_id, source, url):
        return "updated"
    return "new"


def _previous_ids(db: sqlite_utils.Database, article_id: str, source: str, url: Optional[str]) -> list[str]:
    rows = db.execute(
        "SELECT id FROM articles WHERE id = ? OR source = ? OR (url IS NOT NULL AND url = ?) ORDER BY id",
        [article_id, source, url],
    ).fetchall()
    return [r[0] for r in rows]


def delete_article(db: sqlite_utils.Database, article_id: str) -> None:
    delete_progress(db, article_id)
    for table in ("commitments", "dates", "roles", "mentions", "article_entities", "sentences"):
        db.execute(f"DELETE FROM [{table}] WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])


def keep_only(db: sqlite_utils.Database, sources: str) -> None:
    """Drop the articles whose source is not among those the query `sources` selects (a
    rebuild mirrors its corpus)."""
    with write_transaction(db):
        dropped = [aid for (aid,) in db.execute(f"SELECT id FROM articles WHERE source NOT IN ({sources}) ORDER BY id").fetchall()]
        for aid in dropped:
            delete_article(db, aid)
        _collect_garbage(db)
        if dropped:
            refresh_threads(db)


def _collect_garbage(db: sqlite_utils.Database) -> None:
    """Aliases no mention uses any more, and entities nothing refers to, go."""
    db.execute(
        """DELETE FROM aliases WHERE origin = 'text' AND NOT EXISTS (
             SELECT 1 FROM mentions m WHERE m.entity_id = aliases.entity_id AND m.surface = aliases.surface)"""
    )
    # a form written around a mention (`tỉnh Gia Lai` before `Gia Lai`, `Bình Phước (cũ)` after
    # it) goes with the last mention it is written at: one whose neighbourhood still holds it;
    # a name an article gave the entity, with the last article that gives it (either reason
    # keeps a form, whichever origin it was stored with)
    db.execute(
        """DELETE FROM aliases WHERE origin IN ('written', 'named') AND NOT EXISTS (
             SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = aliases.entity_id
                AND instr(substr(a.text, max(1, m.start + 1 - length(aliases.surface)),
                                 m."end" - m.start + 2 * length(aliases.surface)), aliases.surface) > 0)
           AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = aliases.entity_id AND ae.name = aliases.surface)"""
    )
    refs = """
        SELECT entity_id FROM mentions UNION SELECT person_id FROM roles UNION SELECT org_id FROM roles
        UNION SELECT actor_id FROM commitments UNION SELECT person_id FROM commitments
        UNION SELECT location_id FROM commitments UNION SELECT partner_id FROM commitments"""
    db.execute(f"DELETE FROM aliases WHERE entity_id NOT IN ({refs})")
    db.execute(f"DELETE FROM article_entities WHERE entity_id NOT IN ({refs})")
    db.execute(f"DELETE FROM entity_keys WHERE entity_id NOT IN ({refs})")
    db.execute(f"DELETE FROM entities WHERE id NOT IN ({refs})")


def save_extraction(db: sqlite_utils.Database, ex: Extraction, run_id: int, version: str) -> None:
    """Write one article and everything extracted from it, replacing any earlier
    version of it (same id, source or url), in a single transaction."""
    art = ex.document.article
    with write_transaction(db):
        replaced = _previous_ids(db, art.id, art.source, art.url)
        for old in replaced:
            delete_article(db, old)
        insert_row(
            db,
            "articles",
            {
                "id": art.id,
                "source": art.source,
                "url": art.url,
                "title": art.title,
                "published": art.published.isoformat() if art.published else None,
                "publisher": art.source_name,
                "author": ex.author,
                "text": art.text,
                "content_hash": art.content_hash,
                "extractor_version": version,
                "run_id": run_id,
            }
        )
        sent_ids: dict[int, int] = {}
        for s in ex.document.sentences:
            sent_ids[s.index] = insert_row(
                db, "sentences", {"article_id": art.id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text}
            )
        local = link_entities(db, ex)
        text = art.text

        def span(obj) -> dict:
            return {"article_id": art.id, "sentence_id": sent_ids.get(obj.sentence), "start": obj.start, "end": obj.end}

        insert_rows(
            db,
            "mentions",
            (
                {**span(m), "entity_id": local[m.entity], "surface": text[m.start : m.end], "rule": m.rule, "confidence": m.confidence}
                for m in ex.mentions
                if m.entity in local
            ),
        )
        published = art.published.isoformat() if art.published else None
        insert_rows(
            db,
            "roles",
            (
                {
                    **span(r),
                    "person_id": local[r.person],
                    "title": r.title,
                    "org_id": local.get(r.org) if r.org else None,
                    "published": published,
                    "rule": r.rule,
                }
                for r in ex.roles
                if r.person in local
            ),
        )
        insert_rows(
            db,
            "dates",
            (
                {**span(d), "text": d.text, "value": d.value, "precision": d.precision, "year_source": d.year_source, "rule": d.rule}
                for d in ex.dates
            ),
        )
        commitment_ids: list[int] = []
        for c in ex.commitments:
            actor = local.get(c.actor) if c.actor else None
            cid = insert_row(
                db,
                "commitments",
                {
                    **span(c),
                    "actor_id": actor,
                    "person_id": local.get(c.person) if c.person else None,
                    "kind": c.kind,
                    "trigger": c.trigger,
                    "text": c.text,
                    "object": c.object,
                    "amount": c.amount,
                    "quantity": c.quantity,
                    "location_id": local.get(c.location) if c.location else None,
                    "target_date": c.target_date,
                    "period": c.period,
                    "partner_id": local.get(c.partner) if c.partner else None,
                    "rule": c.rule,
                    "confidence": c.confidence,
                }
            )
            # its own track until the end of the run gives it its thread's (threads.refresh_threads)
            db.execute("UPDATE commitments SET track_id = ? WHERE id = ?", [cid, cid])
            commitment_ids.append(cid)
        save_progress(db, ex, span, local, commitment_ids)
        rename_entities(db, set(local.values()))
        if replaced:  # only a replaced article can leave unreferenced rows (a full scan per article is O(n^2))
            _collect_garbage(db)

