"""Storage of progress events (extract/progress.py) and of the commitment threads derived from
them (kb/threads.py): the tables of migration m002, the per-article save, and the per-article delete.

Called from store.py inside its transactions; nothing here opens a transaction of its own.
"""

from __future__ import annotations

from typing import Callable

import sqlite_utils

from c4ir_kb.kb.entity_linking import insert_rows
from c4ir_kb.models import Extraction


def m003_schema(db: sqlite_utils.Database) -> None:
    """The tables of migration m003_progress_threads. Frozen: a later change is a new migration."""
    span = {"article_id": str, "sentence_id": int, "start": int, "end": int}
    db["progress_events"].create(
        {
            "id": int, "status": str, "trigger": str, "text": str, **span, "date": str, "date_source": str,
            "actor_id": int, "commitment_id": int, "rule": str,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
            ("actor_id", "entities", "id"), ("commitment_id", "commitments", "id"),
        ],
        not_null={"status", "text", "article_id", "rule"},
    )
    db["commitment_threads"].create(
        {
            "id": int, "actor_id": int, "subject": str, "status": str, "first_date": str, "last_date": str,
            "first_day": str, "last_day": str, "events": int, "first_source": str, "last_source": str,
        },
        pk="id",
        foreign_keys=[("actor_id", "entities", "id")],
        not_null={"status", "events"},
    )
    db["commitment_events"].create(
        {"thread_id": int, "event_id": int, "seq": int, "linked_to": int, "reason": str},
        pk=("thread_id", "event_id"),
        foreign_keys=[
            ("thread_id", "commitment_threads", "id"), ("event_id", "progress_events", "id"),
            ("linked_to", "progress_events", "id"),
        ],
        not_null={"seq", "reason"},
    )
    for table, cols in [
        ("progress_events", ["article_id"]),
        ("progress_events", ["actor_id"]),
        ("progress_events", ["commitment_id"]),
        ("commitment_threads", ["actor_id"]),
        ("commitment_events", ["event_id"]),
    ]:
        db[table].create_index(cols)


def save_progress(
    db: sqlite_utils.Database, ex: Extraction, span: Callable[[object], dict], local: dict[str, int], commitment_ids: list[int]
) -> None:
    """The article's progress events; `commitment_ids[i]` is the stored id of `ex.commitments[i]`."""
    # not sqlite-utils' insert_all: it re-reads the schema on every call (entity_linking.insert_row)
    insert_rows(
        db,
        "progress_events",
        (
            {
                **span(p),
                "status": p.status,
                "trigger": p.trigger,
                "text": p.text,
                "date": p.date,
                "date_source": p.date_source,
                "actor_id": local.get(p.actor) if p.actor else None,
                "commitment_id": commitment_ids[p.commitment] if p.commitment is not None else None,
                "rule": p.rule,
            }
            for p in ex.progress
        ),
    )


def delete_progress(db: sqlite_utils.Database, article_id: str) -> None:
    """An article's events go, and with them every thread they were part of (the end of the
    run recomputes the threads: kb/threads.py)."""
    threads = [
        r[0]
        for r in db.execute(
            """SELECT DISTINCT ce.thread_id FROM commitment_events ce JOIN progress_events pe ON pe.id = ce.event_id
               WHERE pe.article_id = ? ORDER BY 1""",
            [article_id],
        )
    ]
    for tid in threads:
        db.execute("DELETE FROM commitment_events WHERE thread_id = ?", [tid])
        db.execute("DELETE FROM commitment_threads WHERE id = ?", [tid])
    db.execute("DELETE FROM progress_events WHERE article_id = ?", [article_id])
