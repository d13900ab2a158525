"""Query commands for researchers and the nightly job: search, people, orgs, entity,
commitments, timeline, stats, sql, diff. Thin: the questions live in `queries.py` and
`diff.py`; here only options, output format (Rich table, --json, --csv) and exit codes.

Every command opens the knowledge base read-only and never changes it.
"""

from __future__ import annotations

import base64
import csv
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional

import typer
from rich.table import Table
from rich.text import Text

from c4ir_kb.kb import queries, thread_queries
from c4ir_kb.cli.util import DEFAULT_DB, EXIT_USAGE, DbOption, err, fail, open_or_exit, out
from c4ir_kb.kb.store import StoreError, translate_errors

JsonOption = Annotated[bool, typer.Option("--json", help="JSON on stdout, for scripts.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV with a header row on stdout, for spreadsheets.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")]

_NUMERIC = {"articles", "mentions", "sentences", "rows", "id", "run", "new", "updated", "unchanged", "failed"}
_LONG = {"text", "sentence", "snippet", "roles", "aliases", "people", "organisations", "expression"}
_OPEN, _CLOSE = "\x02", "\x03"  # snippet markers, turned into styles for people and ** for scripts


def _open(db: Path):
    return open_or_exit(db, create=False, readonly=True)


def _format(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        fail("choose one of --json and --csv", EXIT_USAGE)
    return "json" if as_json else "csv" if as_csv else "table"


def _cell(v: Any) -> Text:
    if v is None:
        return Text("")
    if isinstance(v, float):
        return Text(f"{v:.2f}")
    return Text(str(v))


def _jsonable(v: Any) -> Any:
    if isinstance(v, bytes):  # BLOBs, as Datasette writes them
        return {"$base64": True, "encoded": base64.b64encode(v).decode("ascii")}
    raise TypeError(f"not JSON serializable: {type(v).__name__}")


def _write_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=_jsonable) + "\n")


def _write_csv(columns: list[str], rows: Iterable[Iterable[Any]]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])


def _emit(rows: list[dict], columns: list[str], fmt: str, title: str, *, table_columns: Optional[list[str]] = None) -> None:
    """A listing: JSON list of objects, CSV, or a Rich table (maybe of fewer columns)."""
    if fmt == "json":
        _write_json([{c: r.get(c) for c in columns} for r in rows])
    elif fmt == "csv":
        _write_csv(columns, ([r.get(c) for c in columns] for r in rows))
    else:
        cols = table_columns or columns
        t = Table(title=f"{title} ({len(rows)})", title_justify="left")
        for c in cols:
            numeric = c in _NUMERIC or c.endswith("_id")
            t.add_column(c, overflow="fold", justify="right" if numeric else "left",
                         min_width=30 if c in _LONG else None, max_width=None if c in _LONG else 26)
        for r in rows:
            t.add_row(*(_cell(r.get(c)) for c in cols))
        out.print(t)


def _ask(db_path: Path, fn, *args, **kwargs):
    """Run a query; an unanswerable question is one line on stderr and exit 2 or 1."""
    try:
        with translate_errors(str(db_path)):
            return fn(*args, **kwargs)
    except queries.Ambiguous as e:
        err.print(f"[bold red]error:[/] {e}", highlight=False, soft_wrap=True)
        for c in e.candidates[:20]:
            err.print(f"  #{c['id']}  {c['type']}  {c['name']}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1)
    except queries.QueryError as e:
        fail(str(e), 1)
    except StoreError as e:
        fail(str(e), e.code)


def _snippet(s: str) -> Text:
    t = Text()
    on = False
    for part in s.replace(_CLOSE, _OPEN).split(_OPEN):
        t.append(part, style="bold yellow" if on else None)
        on = not on
    return t


def search(
    query: Annotated[str, typer.Argument(help='Words to find, diacritics optional: trung tam du lieu. FTS5 syntax works: "exact phrase", OR, NOT, prefix*.')],
    db: DbOption = Path(DEFAULT_DB),
    limit: LimitOption = 20,
    literal: Annotated[bool, typer.Option("--literal", help="Search the words as typed (operators and punctuation lose meaning).")] = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over sentences: source, published date and a highlighted snippet."""
    fmt = _format(as_json, as_csv)
    kb = _open(db)
    mark = (_OPEN, _CLOSE) if fmt == "table" else ("**", "**")
    try:
        rows = queries.search(kb, query, limit=limit, mark=mark, literal=literal)
    except queries.QueryError as e:
        fail(f"{e}; quote words with punctuation, or use --literal", EXIT_USAGE)
    columns = ["source", "published", "title", "sentence_index", "snippet", "sentence"]
    if fmt != "table":
        _emit(rows, columns, fmt, "")
        return
    t = Table(title=f"search {query!r} ({len(rows)})", title_justify="left")
    t.add_column("source", overflow="fold")
    t.add_column("published")
    t.add_column("snippet", overflow="fold", ratio=1)
    for r in rows:
        t.add_row(_cell(r["source"]), _cell(r["published"]), _snippet(r["snippet"]))
    out.print(t)


def people(
    name: Annotated[Optional[str], typer.Argument(help="Part of a name or alias; case and diacritics ignored.")] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """People, with their roles, organisations and how often they appear."""
    fmt = _format(as_json, as_csv)
    kb = _open(db)
    rows = _ask(db, queries.people, kb, name)
    cols = ["person_id", "person", "roles", "organisations", "articles", "mentions", "first_seen", "last_seen"]
    _emit(rows, cols, fmt, "people", table_columns=["person_id", "person", "roles", "articles", "mentions"])


def orgs(
    name: Annotated[Optional[str], typer.Argument(help="Part of a name or alias; case and diacritics ignored.")] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Organisations, with their aliases, people in roles there, and how often they appear."""
    fmt = _format(as_json, as_csv)
    kb = _open(db)
    rows = _ask(db, queries.orgs, kb, name)
    cols = ["org_id", "organisation", "aliases", "people", "articles", "mentions", "first_seen", "last_seen"]
    _emit(rows, cols, fmt, "organisations", table_columns=["org_id", "organisation", "aliases", "articles", "mentions"])


def entity(
    name: Annotated[str, typer.Argument(help="A name or alias (exact, then substring), or #ID.")],
    db: DbOption = Path(DEFAULT_DB),
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """One entity: aliases, roles over time, mentions in context, commitments, related entities."""
    kb = _open(db)
    rep = _ask(db, queries.entity, kb, name, limit=limit)
    rep.update(_ask(db, thread_queries.entity_history, kb, rep))  # role_history, threads
    if as_json:
        _write_json(rep)
        return
    out.print(Text.assemble((f"{rep['name']}", "bold"), f"  {rep['type']}  #{rep['id']}"))
    out.print(Text("  ".join(f"{k}: {v}" for k, v in rep["counts"].items()), style="dim"))
    if rep["aliases"]:
        out.print(Text("aliases: " + "; ".join(rep["aliases"])))
    sections = [
        ("role_history", ["title", "organisation", "first_seen", "last_seen", "current", "articles"]),
        ("roles", ["published", "person", "title", "organisation", "source"]),
        ("commitments", ["published", "actor", "kind", "text", "target_date", "source"]),
        ("related", ["id", "type", "name", "sentences", "articles"]),
        ("mentions", ["published", "surface", "sentence", "source"]),
    ]
    for key, cols in sections:
        if rep[key]:
            _emit(rep[key], cols, "table", key)
    if rep["threads"]:
        from c4ir_kb.cli.thread_commands import print_threads

        print_threads(rep["threads"], "commitment threads")


def commitments(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[Optional[str], typer.Option("--actor", help="Part of the actor's name or alias.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="pledge, plan, target, project, responsibility, directive, proposal, agreement.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only articles published on or after YYYY-MM-DD.")] = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Commitments (pledges, plans, projects...) with actor names and article dates."""
    fmt = _format(as_json, as_csv)
    if since is not None:
        try:
            since = date.fromisoformat(since).isoformat()
        except ValueError:
            fail(f"--since: expected a date YYYY-MM-DD, got {since!r}", EXIT_USAGE)
    kb = _open(db)
    rows = _ask(db, queries.commitments, kb, actor=actor, kind=kind, since=since)
    cols = ["id", "actor", "kind", "text", "object", "amount", "quantity", "location", "target_date", "published", "source", "track_id"]
    _emit(rows, cols, fmt, "commitments", table_columns=["published", "actor", "kind", "text", "target_date", "source"])


def timeline(
    entity_name: Annotated[Optional[str], typer.Option("--entity", "-e", help="Only facts in sentences naming this entity.")] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Dated facts in date order, each with its sentence and article."""
    fmt = _format(as_json, as_csv)
    kb = _open(db)
    res = _ask(db, queries.timeline, kb, entity_name)
    cols = ["date", "precision", "expression", "sentence", "source", "published"]
    title = f"timeline of {res['entity']['name']}" if res["entity"] else "timeline"
    _emit(res["facts"], cols, fmt, title, table_columns=["date", "expression", "sentence", "source"])


def stats(
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Rows per table, what the articles cover, and the latest runs."""
    fmt = _format(as_json, as_csv)
    kb = _open(db)
    s = _ask(db, queries.stats, kb)
    if fmt == "json":
        _write_json(s)
        return
    if fmt == "csv":
        _write_csv(["table", "rows"], s["tables"].items())
        return
    _emit([{"table": k, "rows": v} for k, v in s["tables"].items()], ["table", "rows"], fmt, f"tables in {db}")
    a = s["articles"]
    out.print(
        f"{a['articles']} articles from {a['publishers']} publisher(s), published {a['earliest'] or '?'} to {a['latest'] or '?'}; "
        + ", ".join(f"{n} {t}" for t, n in s["entities"].items())
    )
    runs = [
        {"run": r["id"], "started": r["started_at"], "command": r["command"], "new": r["articles_new"],
         "updated": r["articles_updated"], "unchanged": r["articles_unchanged"], "failed": r["articles_failed"]}
        for r in s["runs"]
    ]
    _emit(runs, ["run", "started", "command", "new", "updated", "unchanged", "failed"], fmt, "latest runs")


def sql(
    statement: Annotated[str, typer.Argument(help='One read-only statement: SELECT, WITH, EXPLAIN or a reading PRAGMA.')],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Run one read-only SQL query (the database is opened read-only; writes are refused)."""
    fmt = _format(as_json, as_csv)
    try:
        queries.check_read_only(statement)
    except queries.QueryError as e:
        fail(f"SQL refused: {e}", EXIT_USAGE)
    kb = _open(db)
    try:
        res = queries.run_sql(kb, statement)
    except queries.QueryError as e:
        fail(f"SQL: {e}", EXIT_USAGE)
    except sqlite3.Error as e:
        fail(f"SQL: {e}", EXIT_USAGE)
    if fmt == "json":
        _write_json([dict(zip(res.columns, r)) for r in res.rows])
    elif fmt == "csv":
        _write_csv(res.columns, res.rows)
    else:
        _emit([dict(zip(res.columns, r)) for r in res.rows], res.columns, fmt, "rows")


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier knowledge base.")],
    new: Annotated[Path, typer.Argument(help="The later knowledge base.")],
    as_json: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Markdown (for a CI job summary).")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Items listed per section and kind (--json lists all).")] = 50,
) -> None:
    """What appeared, disappeared or changed between two builds (by natural keys, not ids). Exits 0 either way."""
    from c4ir_kb.kb import diff as d

    if as_json and markdown:
        fail("choose one of --json and --markdown", EXIT_USAGE)
    a, b = _open(old), _open(new)
    res = _ask(old, d.diff_databases, a, b)
    if as_json:
        _write_json({"old": str(old), "new": str(new), **res})
        return
    if markdown:
        sys.stdout.write(d.markdown(res, str(old), str(new), limit=limit))
        return
    t = Table(title=f"{old} -> {new}", title_justify="left")
    for c in ("", "added", "removed", "changed"):
        t.add_column(c, justify="left" if not c else "right")
    for s in d.SECTIONS:
        c = res["summary"][s]
        t.add_row(s, str(c["added"]), str(c["removed"]), str(c["changed"]))
    out.print(t)
    if d.is_empty(res):
        out.print("no changes")
        return
    for s in d.SECTIONS:
        for what, sign, style in (("added", "+", "green"), ("removed", "-", "red"), ("changed", "~", "yellow")):
            items = res[s][what]
            for it in items[:limit]:
                line = d.describe_change(s, it) if what == "changed" else d.describe(s, it)
                out.print(Text(f"{sign} {s}: {line}", style=style))
            if len(items) > limit:
                out.print(Text(f"  … and {len(items) - limit} more {s} {what} (--limit, or --json for all)", style="dim"))


def register(app: typer.Typer) -> None:
    for fn in (search, people, orgs, entity, commitments, timeline, stats, sql, diff):
        app.command(fn.__name__)(fn)
