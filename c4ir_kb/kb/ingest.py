"""Ingest: read sources, skip what is stored and unchanged, extract the rest, save each
article in its own transaction. Shared by `ingest`, `rebuild` and the benchmark.

Articles flow as a stream (read -> extract -> store) with a bounded number in flight,
so memory does not grow with the corpus; they are stored in input order. What a run has
read (to skip an article given twice, and for `rebuild` to drop articles no longer in its
corpus) is kept in TEMP tables of the knowledge base's connection: SQLite keeps them in a
temporary file behind a small page cache, not in the process's memory.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import sqlite_utils

from c4ir_kb.extract.pipeline import extract_many, extractor_version
from c4ir_kb.kb.connection import (
    EXIT_DB_LOCKED,
    StoreError,
    checkpoint,
    connect,
    db_path,
    is_lock_error,
    lock_timeout,
    release_wal,
    sidecars,
    use_wal,
    write_transaction,
)
from c4ir_kb.kb.store import article_status, finish_run, keep_only, open_db, save_extraction, start_run
from c4ir_kb.models import Article, Extraction
from c4ir_kb.sources.reader import InputError, InputWarning, count_articles, read_sources


Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, Union[Extraction, str]]]]


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


READ_SOURCES = "temp.c4ir_read_sources"  # every source read (rebuild keeps only these articles)
READ_KEYS = "temp.c4ir_read_keys"  # ids and sources of the articles taken up: a second one is a repeat


def _new_read_tables(db: sqlite_utils.Database) -> None:
    """Empty TEMP tables for one run (writing them takes no lock on the knowledge base)."""
    for table, column in ((READ_SOURCES, "source"), (READ_KEYS, "key")):
        db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute(f"CREATE TABLE {table} ({column} TEXT PRIMARY KEY) WITHOUT ROWID")


def _read_before(db: sqlite_utils.Database, *keys: str) -> bool:
    return any(db.execute(f"SELECT 1 FROM {READ_KEYS} WHERE key = ?", [k]).fetchone() for k in keys)


def ingest(
    db: sqlite_utils.Database,
    paths: list[str],
    *,
    force: bool = False,
    workers: int = 1,
    stdin_jsonl: bool = False,
    command: str = "ingest",
    on_error: Optional[Callable[[str], None]] = None,
    progress: Optional[Callable[[int, Optional[int]], None]] = None,
    published: Optional[object] = None,
    extractor: Optional[Extractor] = None,
) -> IngestReport:
    """Input problems are reported, not raised. A writer that cannot get the write lock
    for one article within the lock timeout stops the run with a StoreError (exit 4)
    naming what was stored and what was not; other database errors (sqlite3.Error) propagate.
    The run's row in `runs` ends 'finished', or 'failed' with the reason.
    `extractor` maps articles to (article, extraction or error) in input order: local
    processes by default, or a Dask cluster (kb/cluster.py)."""
    report = IngestReport()
    version = extractor_version()
    total = count_articles(paths, stdin_jsonl) if progress else None
    done = 0
    status_of: dict[str, str] = {}  # articles read and not yet stored -> new / updated
    unsaved: dict[str, str] = {}  # the same, id -> source, in input order

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    def error(msg: str) -> None:
        report.errors.append(msg)
        report.counts["failed"] += 1
        if on_error:
            on_error(msg)

    def to_extract() -> Iterator[Article]:
        for item in read_sources(paths, stdin_jsonl=stdin_jsonl):
            if isinstance(item, InputError):
                error(str(item))
                tick()
                continue
            if isinstance(item, InputWarning):
                report.warnings.append(f"{item.where}: {item.message}")
                continue
            if published is not None:
                item = item.model_copy(update={"published": published})
            db.execute(f"INSERT OR IGNORE INTO {READ_SOURCES} (source) VALUES (?)", [item.source])
            if item.id in status_of or _read_before(db, item.id, item.source):
                report.counts["unchanged"] += 1  # the same article twice in one run
                tick()
                continue
            db.execute(f"INSERT OR IGNORE INTO {READ_KEYS} (key) VALUES (?), (?)", [item.id, item.source])
            status = article_status(db, item.id, item.source, item.url, version)
            if status == "unchanged" and not force:
                report.counts["unchanged"] += 1
                tick()
                continue
            status_of[item.id] = "updated" if status == "unchanged" else status
            unsaved[item.id] = item.source
            yield item

    run_id = start_run(db, command, version)  # the first write: a file that is not usable fails here, unchanged
    _new_read_tables(db)
    if progress:
        progress(0, total)
    articles = to_extract()
    try:
        use_wal(db.conn, db_path(db))
        run_extraction = extractor or (lambda items: extract_many(items, workers=workers))
        for article, result in run_extraction(articles):
            where = article.path or article.source
            if isinstance(result, str):
                error(f"{where}: {result}")
            else:
                report.warnings += [f"{where}: {w}" for w in result.warnings]
                try:
                    _store(db, result, run_id, version, force, status_of[article.id], report)
                except sqlite3.OperationalError as e:
                    if not is_lock_error(e):
                        raise
                    raise _lock_timeout(db, report, unsaved, articles) from None
            status_of.pop(article.id, None)
            unsaved.pop(article.id, None)
            tick()
    except BaseException as e:
        _close_run(db, run_id, report, f"{type(e).__name__}: {e}" if not isinstance(e, StoreError) else str(e))
        checkpoint(db)
        raise
    finish_run(db, run_id, report.counts)
    checkpoint(db)
    return report


def _store(db: sqlite_utils.Database, ex, run_id: int, version: str, force: bool, status: str, report: IngestReport) -> None:
    """One article in one write transaction. Another writer may have stored the same
    article since it was read: then it is unchanged and is not written twice."""
    art = ex.document.article
    with write_transaction(db):
        if not force and article_status(db, art.id, art.source, art.url, version) == "unchanged":
            report.counts["unchanged"] += 1
            return
        save_extraction(db, ex, run_id, version)
    report.counts[status] += 1


def _lock_timeout(db: sqlite_utils.Database, report: IngestReport, unsaved: dict[str, str], rest: Iterator[Article]) -> StoreError:
    """The error for a writer that could not get in: what this run stored, and what it did not."""
    for _ in rest:  # the articles not read yet (reading takes no lock)
        pass
    stored = report.counts["new"] + report.counts["updated"]
    names = list(unsaved.values())
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return StoreError(
        db_path(db),
        f"database is locked by another writer (gave up waiting {lock_timeout():g} s for one article's write, "
        f"C4IR_KB_LOCK_TIMEOUT); {stored} article(s) stored by this run, {len(names)} not stored: {shown}; "
        "run the same command again to store them",
        EXIT_DB_LOCKED,
    )


def _close_run(db: sqlite_utils.Database, run_id: int, report: IngestReport, reason: str) -> None:
    """Mark the run failed (best effort, waiting at most a second: after a lock timeout the
    lock is likely still taken; then the row stays 'running' until a later run finds this
    process gone and marks it 'interrupted')."""
    try:
        db.execute("PRAGMA busy_timeout = 1000")
        finish_run(db, run_id, report.counts, error=reason[:500])
    except sqlite3.Error:
        pass
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(lock_timeout() * 1000)}")


def rebuild(db_path: Path, paths: list[str], **kwargs) -> IngestReport:
    """Rebuild `db_path` from the whole corpus in `paths` into a temporary file beside it
    (a copy of the old one, so unchanged articles keep their stored extraction), dropping
    articles no longer in the corpus, then put it in place in one step. Readers never see
    a half-built file; if any input fails, `db_path` is left as it was. Raises StoreError
    for a bad database."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        if db_path.exists():
            old = open_db(db_path, readonly=True)  # refuses a bad file
            with sqlite3.connect(tmp) as copy:
                old.conn.backup(copy)  # a consistent snapshot, whatever the old file's WAL holds
            copy.close()
            old.close()
        else:
            tmp.unlink()
        kb = open_db(tmp)
        try:
            report = ingest(kb, paths, command="rebuild", **kwargs)
            if not report.counts.get("failed"):
                keep_only(kb, f"SELECT source FROM {READ_SOURCES}")
                kb.execute("VACUUM")
                checkpoint(kb)  # no one else has it open: back to one self-contained file
        finally:
            kb.close()  # the last connection: its WAL is checkpointed and removed
        if not report.counts.get("failed"):
            _put_in_place(tmp, db_path)
        return report
    finally:
        for p in [tmp, *sidecars(tmp)]:
            if p.exists():
                p.unlink()


def _put_in_place(tmp: Path, target: Path) -> None:
    """A new file is linked into place (it appears whole or not at all). An existing one is
    overwritten page by page in one write transaction (SQLite's backup API): renaming a
    file over a WAL database that others have open would pair the new file with the old
    one's -wal and -shm files. Readers keep their snapshot until the commit, then see the
    new contents; writers wait as for any transaction."""
    if not target.exists():
        for p in sidecars(target):  # left by a database deleted while open: never pair them with the new file
            if p.exists():
                p.unlink()
        try:
            os.link(tmp, target)
            return
        except FileExistsError:  # another process created it meanwhile: overwrite it below
            pass
        except OSError:  # no hard links on this file system
            if not target.exists():
                os.replace(tmp, target)
                return
    deadline = time.monotonic() + lock_timeout()

    def waited(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src = sqlite3.connect(tmp)
    dst = connect(str(target), lock_timeout())
    try:
        use_wal(dst, str(target))
        src.backup(dst, progress=waited)
        release_wal(dst, str(target))
    finally:
        src.close()
        dst.close()


def totals(db: sqlite_utils.Database) -> dict[str, int]:
    q = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": q("SELECT count(*) FROM articles"),
        "people": q("SELECT count(*) FROM entities WHERE type = 'PER'"),
        "organisations": q("SELECT count(*) FROM entities WHERE type = 'ORG'"),
        "locations": q("SELECT count(*) FROM entities WHERE type = 'LOC'"),
        "dates": q("SELECT count(*) FROM dates"),
        "commitments": q("SELECT count(*) FROM commitments"),
    }
