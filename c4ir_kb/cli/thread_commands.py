"""`c4ir-kb threads` (commitments followed across articles) and `c4ir-kb report` (one entity
as an HTML page). Thin: the questions live in kb/thread_queries.py, the page in kb/report.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from c4ir_kb.cli.query_commands import CsvOption, JsonOption, _ask, _format, _open, _write_csv, _write_json
from c4ir_kb.cli.util import DEFAULT_DB, EXIT_USAGE, DbOption, fail, out
from c4ir_kb.kb import queries, thread_queries
from c4ir_kb.kb.report import render

_EVENT_KEYS = ("date", "status", "source", "text")


def threads(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[Optional[str], typer.Option("--actor", help="Part of the actor's name or alias.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="Latest status: announced, started, completed, delayed, cancelled.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only threads with an event on or after YYYY-MM-DD.")] = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Commitment threads: each commitment with the later reports of the same undertaking
    (started, completed, delayed, cancelled), in date order; status is the latest report's."""
    fmt = _format(as_json, as_csv)
    if status is not None and status.lower() not in thread_queries.STATUSES:
        fail(f"--status: expected one of {', '.join(thread_queries.STATUSES)}, got {status!r}", EXIT_USAGE)
    if since is not None:
        try:
            since = date.fromisoformat(since).isoformat()
        except ValueError:
            fail(f"--since: expected a date YYYY-MM-DD, got {since!r}", EXIT_USAGE)
    kb = _open(db)
    rows = _ask(db, thread_queries.threads, kb, actor=actor, status=status, since=since)
    if fmt == "json":
        _write_json(
            [
                {"id": t["id"], "actor": t["actor"], "subject": t["subject"], "status": t["status"],
                 "events": [{k: ev[k] for k in _EVENT_KEYS} for ev in t["events"]]}
                for t in rows
            ]
        )
    elif fmt == "csv":  # one row per event, the thread's columns repeated: a spreadsheet filters it
        cols = ["thread_id", "actor", "subject", "thread_status", "date", "status", "source", "text", "reason"]
        _write_csv(
            cols,
            ([t["id"], t["actor"], t["subject"], t["status"], ev["date"], ev["status"], ev["source"], ev["text"], ev["reason"]]
             for t in rows for ev in t["events"]),
        )
    else:
        print_threads(rows, "threads")


def print_threads(rows: list[dict], title: str) -> None:
    t = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for c, w in (("id", None), ("actor", 20), ("subject", None), ("status", None), ("events", None)):
        t.add_column(c, overflow="fold", max_width=w, min_width=30 if c in ("subject", "events") else None,
                     justify="right" if c == "id" else "left")
    for r in rows:
        events = Text("\n".join(f"{ev['date'] or '?'} {ev['status']} ({ev['source']})" for ev in r["events"]))
        t.add_row(str(r["id"]), r["actor"] or "", r["subject"] or "", r["status"], events)
    out.print(t)


def report(
    name: Annotated[str, typer.Argument(help="A name or alias (exact, then substring), or #ID.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """One entity as a self-contained HTML page: roles over time and commitment threads on a time axis."""
    kb = _open(db)
    ent = _ask(db, queries.entity, kb, name, limit=1)
    hist = _ask(db, thread_queries.entity_history, kb, ent)
    page = render(ent, hist["role_history"], hist["threads"])
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as e:
        fail(f"{output}: cannot write ({e.strerror or e})")
    out.print(f"wrote {output}: {ent['name']}, {len(hist['role_history'])} role(s), {len(hist['threads'])} thread(s)")


def register(app: typer.Typer) -> None:
    app.command("threads")(threads)
    app.command("report")(report)
