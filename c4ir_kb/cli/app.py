"""The `c4ir-kb` command line: thin wrappers over ingest, store, export and evaluate."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from c4ir_kb.cli.query_commands import register as register_query_commands
from c4ir_kb.cli.thread_commands import register as register_thread_commands
from c4ir_kb.cli.util import (
    DEFAULT_DB, EXIT_CLUSTER, EXIT_USAGE, ClusterOption, DbOption, SchedulerOption, err, fail, open_or_exit, out, warn,
)
from c4ir_kb.kb.store import StoreError, translate_errors
from c4ir_kb.quality.realnews import SPLITS

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Build and query a knowledge base of people, organisations, places, dates and commitments from Vietnamese news.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _workers(n: Optional[int]) -> int:
    return max(1, n if n is not None else (os.cpu_count() or 1))


@contextmanager
def _extractor(scheduler: Optional[str], cluster: Optional[str]):
    """None (local processes), or extraction on the Dask cluster asked for."""
    if not scheduler and not cluster:
        yield None
        return
    if scheduler and cluster:
        fail("give --scheduler or --cluster, not both", EXIT_USAGE)
    from c4ir_kb.kb.cluster import ClusterError, connect, extract_on_dask, parse_cluster

    try:
        local_workers = parse_cluster(cluster) if cluster else None
    except ClusterError as e:
        fail(str(e), EXIT_USAGE)
    try:
        with connect(scheduler, local_workers) as client:
            yield lambda items: extract_on_dask(items, client)
    except ClusterError as e:
        fail(str(e), EXIT_CLUSTER)


def _run_ingest(
    db_path: Path, paths: list[str], force: bool, workers: Optional[int], quiet: bool, rebuild: bool = False,
    scheduler: Optional[str] = None, cluster: Optional[str] = None,
):
    """Ingest (or rebuild) with a progress bar on stderr and a summary table on stdout."""
    from c4ir_kb.kb import ingest as ingesting
    from c4ir_kb.kb.store import open_db

    progress = Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
        disable=quiet or not err.is_terminal,
    )
    task = progress.add_task("extract", total=None)
    options = dict(
        workers=_workers(workers),
        on_error=lambda m: err.print(f"[bold red]error:[/] {m}", highlight=False, soft_wrap=True),
        progress=lambda done, total: progress.update(task, completed=done, total=total),
    )
    try:
        with _extractor(scheduler, cluster) as extractor, progress, translate_errors(str(db_path)):
            options["extractor"] = extractor
            if rebuild:
                report = ingesting.rebuild(db_path, paths, **options)
            else:
                report = ingesting.ingest(open_db(db_path), paths, force=force, **options)
    except StoreError as e:
        fail(str(e), e.code)
    for w in report.warnings:
        warn(w)
    if not quiet:
        t = Table(title="c4ir-kb rebuild" if rebuild else "c4ir-kb ingest", show_header=True)
        t.add_column("articles", justify="left")
        t.add_column("count", justify="right")
        for k in ("new", "updated", "unchanged", "failed"):
            t.add_row(k, str(report.counts.get(k, 0)))
        out.print(t)
        if db_path.exists():
            s = Table(title=f"stored in {db_path}")
            s.add_column("kind")
            s.add_column("count", justify="right")
            for k, v in ingesting.totals(open_or_exit(db_path, readonly=True)).items():
                s.add_row(k, str(v))
            out.print(s)
    return report


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, .jsonl, or - for stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles even if unchanged.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="NLP processes (default: number of cores).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    scheduler: SchedulerOption = None,
    cluster: ClusterOption = None,
) -> None:
    """Read articles and store what they say; unchanged articles are skipped."""
    report = _run_ingest(db, paths, force, workers, quiet, scheduler=scheduler, cluster=cluster)
    if report.counts.get("failed"):
        raise typer.Exit(1)


@app.command()
def rebuild(
    paths: Annotated[list[str], typer.Argument(help="The whole corpus: files, directories, globs.")],
    db: DbOption = Path(DEFAULT_DB),
    workers: Annotated[Optional[int], typer.Option("--workers", "-w")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    scheduler: SchedulerOption = None,
    cluster: ClusterOption = None,
) -> None:
    """Rebuild the knowledge base from SOURCES into a temporary file, then rename it into place.

    Stored extraction is reused for articles whose text and extractor are unchanged;
    articles no longer in SOURCES are dropped. Readers never see a half-built file."""
    report = _run_ingest(db, paths, False, workers, quiet, rebuild=True, scheduler=scheduler, cluster=cluster)
    if report.counts.get("failed"):
        fail(f"{report.counts['failed']} input(s) failed; {db} left as it was", 1)


@app.command()
def export(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[str, typer.Option("--format", "-f", help="Only json (extraction-v1).")] = "json",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Write the knowledge base as an extraction-v1 JSON document."""
    from c4ir_kb.kb.export import dumps, export_document

    if format != "json":
        fail(f"unknown format {format!r}; only 'json' is supported", 2)
    kb = open_or_exit(db, create=False, readonly=True)
    with translate_errors(str(db)):
        text = dumps(export_document(kb))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="A gold file in extraction-v1 format, or a .jsonl of {id,text,mentions} lines.")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Scores as JSON on stdout.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and extras.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="NLP processes for a .jsonl gold or a real-news set.")] = None,
    split: Annotated[str, typer.Option("--split", help=f"For a real-news set: {', '.join(SPLITS)}, all, or a comma list (dev,test-s2).")] = "all",
    cache: Annotated[Optional[Path], typer.Option("--cache", help="For a real-news set: the folder of its texts (default $C4IR_KB_REALNEWS_CACHE or ~/.cache/c4ir-kb/realnews).")] = None,
    cached_only: Annotated[bool, typer.Option("--cached-only", help="For a real-news set: score only the articles whose text is cached, and say how many were left out.")] = False,
) -> None:
    """Score the knowledge base against a gold file: precision, recall, F1 per category.

    A .jsonl gold (VLSP-style PER/ORG/LOC spans) is scored by running the extraction on
    each line's text, exact span and type per mention; no knowledge base is used.
    A real-news set (a folder with manifest.jsonl, e.g. tests/realnews) is scored by
    ingesting its cached texts of --split into a private knowledge base."""
    from c4ir_kb.quality.evaluate import evaluate
    from c4ir_kb.kb.export import export_document
    from c4ir_kb.quality import realnews

    if realnews.is_set_dir(gold):
        texts = realnews.cache_dir(cache)
        try:
            scores = realnews.evaluate_split(gold, split, texts, workers=_workers(workers), cached_only=cached_only)
            if cached_only:
                wanted = realnews.select(realnews.load_manifest(gold), split)
                left_out = len(wanted) - len(realnews.cached(wanted, texts))
                if left_out:
                    err.print(f"note: scored {len(wanted) - left_out} of {len(wanted)} articles of {split}; "
                              f"{left_out} not cached in {texts} (python -m c4ir_kb.quality.realnews check lists them)",
                              highlight=False, soft_wrap=True)
        except (ValueError, realnews.CacheMissing) as e:
            fail(f"{gold}: {e}")
        title = f"c4ir-kb vs {gold} ({split})"
    elif gold.name.endswith(".jsonl"):
        from c4ir_kb.quality.mention_eval import load_gold, predict, score_mentions

        try:
            rows = load_gold(gold)
        except FileNotFoundError:
            fail(f"{gold}: no such file")
        except (ValueError, UnicodeDecodeError) as e:
            fail(f"{gold}: not a mention gold file ({e})")
        predicted, errors = predict(rows, workers=_workers(workers))
        for m in errors:
            err.print(f"[bold red]error:[/] {m}", highlight=False, soft_wrap=True)
        scores, title = score_mentions(rows, predicted), f"c4ir-kb extract vs {gold.name}"
    else:
        try:
            gold_doc = json.loads(gold.read_text(encoding="utf-8"))
            if not isinstance(gold_doc, dict) or "articles" not in gold_doc:
                raise ValueError('no "articles" list')
        except FileNotFoundError:
            fail(f"{gold}: no such file")
        except (ValueError, UnicodeDecodeError) as e:
            fail(f"{gold}: not an extraction-v1 gold file ({e})")
        kb = open_or_exit(db, create=False, readonly=True)
        with translate_errors(str(db)):
            scores, title = evaluate(gold_doc, export_document(kb)), f"{db} vs {gold.name}"
    if as_json:
        sys.stdout.write(json.dumps({k: v.as_dict(verbose) for k, v in scores.items()}, ensure_ascii=False, indent=2) + "\n")
        return
    t = Table(title=title)
    for col in ("category", "precision", "recall", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="left" if col == "category" else "right")
    for k, s in scores.items():
        t.add_row(k, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    out.print(t)
    if verbose:
        for k, s in scores.items():
            for m in s.misses:
                out.print(f"[red]miss[/]  {k}: {m}", highlight=False)
            for x in s.extras:
                out.print(f"[yellow]extra[/] {k}: {x}", highlight=False)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A text file, or - for stdin.")] = "-",
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD, for relative dates.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read {"id","text","published"?} lines; write one object per line.')] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w")] = None,
) -> None:
    """Run the extraction without a knowledge base and print the article object(s) as JSON."""
    from c4ir_kb.kb.extract_only import extract_articles
    from c4ir_kb.sources.reader import InputError, InputWarning, parse_published, read_sources

    try:
        pub: Optional[date] = parse_published(published)
    except ValueError as e:
        fail(f"--published: {e}", 2)
    failed = 0

    def articles():  # read as a stream: a long --jsonl input is never held whole
        nonlocal failed
        for item in read_sources([file], stdin_jsonl=jsonl):
            if isinstance(item, InputError):
                err.print(f"[bold red]error:[/] {item}", highlight=False, soft_wrap=True)
                failed += 1
            elif isinstance(item, InputWarning):
                warn(f"{item.where}: {item.message}")
            else:
                yield item.model_copy(update={"published": pub}) if pub else item

    for article, obj in extract_articles(articles(), with_mentions=jsonl, workers=_workers(workers) if jsonl else 1, on_warning=warn):
        if isinstance(obj, str):
            err.print(f"[bold red]error:[/] {article.source}: {obj}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        if jsonl:
            sys.stdout.write(json.dumps({"id": article.source, **obj}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the documented schema (tables, columns, views)."""
    from importlib.resources import files

    sys.stdout.write(files("c4ir_kb").joinpath("data/SCHEMA.md").read_text(encoding="utf-8"))


register_query_commands(app)
register_thread_commands(app)

