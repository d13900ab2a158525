"""Read-only questions about commitment threads and role histories, shared by `c4ir-kb threads`,
`entity` and `report`. Like queries.py, they read through the views (views.VIEWS) inlined as
CTEs, so they work on a database whose stored views are older than this code."""

from __future__ import annotations

import sqlite3
from typing import Optional

import sqlite_utils

from c4ir_kb.extract.progress import date_key
from c4ir_kb.kb.queries import QueryError, _prepare, _rows, _with

STATUSES = ("announced", "started", "completed", "delayed", "cancelled")


def _ask(db: sqlite_utils.Database, sql: str, params=()) -> list[dict]:
    try:
        return _rows(db, sql, params)
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            raise QueryError(
                "this knowledge base predates commitment threads; run `c4ir-kb ingest` or `rebuild` on it once"
            ) from None
        raise


def _on_or_after(value: Optional[str], since: str) -> bool:
    """Does the period `value` (2025, 2025-Q2, 2025-06-01) reach `since` (YYYY-MM-DD)?"""
    k = date_key(value)
    return bool(k) and k >= since[: len(k)]


def threads(
    db: sqlite_utils.Database,
    *,
    actor: Optional[str] = None,
    status: Optional[str] = None,
    since: Optional[str] = None,
    actor_id: Optional[int] = None,
) -> list[dict]:
    """Threads with their events in order: [{"id", "actor", "subject", "status", "first_date",
    "last_date", "actor_id", "events": [{"date", "status", "source", "text", "reason"}]}].
    `actor`: part of the actor's name or alias (case and diacritics ignored); `status`: the
    thread's latest status; `since`: threads with an event on or after that date."""
    _prepare(db)
    where, params = ["1"], []
    if actor:
        where.append(
            """(instr(c4ir_fold(e.name), c4ir_fold(?)) > 0 OR EXISTS (
                  SELECT 1 FROM aliases al WHERE al.entity_id = t.actor_id AND instr(c4ir_fold(al.surface), c4ir_fold(?)) > 0))"""
        )
        params += [actor, actor]
    if actor_id is not None:
        where.append(
            """(t.actor_id = ? OR t.id IN (SELECT ce.thread_id FROM commitment_events ce
                 JOIN progress_events pe ON pe.id = ce.event_id JOIN commitments c ON c.id = pe.commitment_id
                 WHERE c.person_id = ?))"""
        )
        params += [actor_id, actor_id]
    if status:
        where.append("t.status = ?")
        params.append(status.lower())
    heads = _ask(
        db,
        f"""SELECT t.id, e.name AS actor, t.subject, t.status, t.first_date, t.last_date, t.actor_id
            FROM commitment_threads t LEFT JOIN entities e ON e.id = t.actor_id
            WHERE {' AND '.join(where)} ORDER BY t.id""",
        params,
    )
    if not heads:
        return []
    events: dict[int, list[dict]] = {}
    for r in _ask(
        db,
        _with("thread_events")
        + f"""SELECT thread_id, date, status, source, text, reason FROM thread_events
              WHERE thread_id IN ({','.join('?' * len(heads))}) ORDER BY thread_id, seq""",
        [h["id"] for h in heads],
    ):
        events.setdefault(r.pop("thread_id"), []).append(r)
    out = []
    for h in heads:
        h["events"] = events.get(h["id"], [])
        if since and not any(_on_or_after(ev["date"], since) for ev in h["events"]):
            continue
        out.append(h)
    return out


def role_history(db: sqlite_utils.Database, person_id: int) -> list[dict]:
    """Each title of a person with the first and last date it was seen; `current` marks the ones
    no later title at the same organisation (or, without one, no later title without one) superseded."""
    return _ask(
        db,
        _with("role_history")
        + """SELECT title, organisation, first_seen, last_seen, current, articles, first_source, last_source
             FROM role_history WHERE person_id = ?
             ORDER BY first_seen IS NULL, first_seen, last_seen, title, organisation""",
        [person_id],
    )


def entity_history(db: sqlite_utils.Database, entity: dict) -> dict:
    """What `c4ir-kb entity` and `report` add to an entity: its role history (people) and its threads."""
    roles = role_history(db, entity["id"]) if entity["type"] == "PER" else []
    return {"role_history": roles, "threads": threads(db, actor_id=entity["id"])}
