"""Ingest: read sources, skip what is stored and unchanged, extract the rest, save each
article in its own transaction. Shared by `ingest`, `rebuild` and the benchmark."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

import sqlite_utils

from c4ir_kb.models import Article, Extraction
from c4ir_kb.extract.pipeline import extract_many, extractor_version
from c4ir_kb.sources.reader import InputError, InputWarning, read_sources
from c4ir_kb.kb.store import article_status, finish_run, keep_only, open_db, save_extraction, start_run


Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, Union[Extraction, str]]]]


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # every article source read, in order


def ingest(
    db: sqlite_utils.Database,
    paths: list[str],
    *,
    force: bool = False,
    workers: int = 1,
    stdin_jsonl: bool = False,
    command: str = "ingest",
    on_error: Optional[Callable[[str], None]] = None,
    progress: Optional[Callable[[int, int], None]] = None,
    published: Optional[object] = None,
    extractor: Optional[Extractor] = None,
) -> IngestReport:
    """Input problems are reported, not raised; database errors (sqlite3.Error) propagate.

    `extractor` maps articles to (article, extraction or error) in input order: local
    processes by default, or a Dask cluster (kb/cluster.py)."""
    report = IngestReport()
    version = extractor_version()

    def error(msg: str) -> None:
        report.errors.append(msg)
        report.counts["failed"] += 1
        if on_error:
            on_error(msg)

    todo: list[tuple[Article, str]] = []
    seen: set[str] = set()
    run_id = start_run(db, command, version)
    for item in read_sources(paths, stdin_jsonl=stdin_jsonl):
        if isinstance(item, InputError):
            error(str(item))
            continue
        if isinstance(item, InputWarning):
            report.warnings.append(f"{item.where}: {item.message}")
            continue
        if published is not None:
            item = item.model_copy(update={"published": published})
        report.sources.append(item.source)
        if item.id in seen or item.source in seen:
            report.counts["unchanged"] += 1  # the same article twice in one run
            continue
        seen.update((item.id, item.source))
        status = article_status(db, item.id, item.source, item.url, version)
        if status == "unchanged" and not force:
            report.counts["unchanged"] += 1
            continue
        todo.append((item, "updated" if status == "unchanged" else status))

    done = 0
    if progress:
        progress(0, len(todo))
    status_of = {a.id: s for a, s in todo}
    run_extraction = extractor or (lambda items: extract_many(items, workers=workers))
    for article, result in run_extraction([a for a, _ in todo]):
        where = article.path or article.source
        if isinstance(result, str):
            error(f"{where}: {result}")
        else:
            save_extraction(db, result, run_id, version)
            report.counts[status_of[article.id]] += 1
        done += 1
        if progress:
            progress(done, len(todo))
    finish_run(db, run_id, report.counts)
    return report


def rebuild(db_path: Path, paths: list[str], **kwargs) -> IngestReport:
    """Rebuild `db_path` from the whole corpus in `paths`: into a temporary file beside it
    (a copy of the old one, so unchanged articles keep their stored extraction), dropping
    articles no longer in the corpus, then renamed into place. Readers never see a half-built
    file; if any input fails, `db_path` is left as it was. Raises StoreError for a bad database."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        if db_path.exists():
            open_db(db_path, readonly=True).close()  # refuse to build on top of a bad file
            shutil.copyfile(db_path, tmp)
        else:
            tmp.unlink()
        kb = open_db(tmp)
        try:
            report = ingest(kb, paths, command="rebuild", **kwargs)
            if not report.counts.get("failed"):
                keep_only(kb, set(report.sources))
                kb.execute("VACUUM")
        finally:
            kb.close()
        if not report.counts.get("failed"):
            os.replace(tmp, db_path)
        return report
    finally:
        if tmp.exists():
            tmp.unlink()


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
