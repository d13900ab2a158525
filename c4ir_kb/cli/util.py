"""What every command shares: the --db option, the stderr console, and clean exits."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn, Optional

import sqlite_utils
import typer
from rich.console import Console

from c4ir_kb.kb.store import StoreError, open_db

DEFAULT_DB = "data/processed/kb.sqlite"

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="C4IR_KB_DB", help="The knowledge base (SQLite file).", show_default=True),
]

# Exit codes, documented in the README.
EXIT_INPUT = 1  # one or more inputs could not be read or extracted (the rest were ingested)
EXIT_USAGE = 2  # bad command line (typer's own code)
EXIT_CLUSTER = 5  # the Dask cluster could not be reached or was lost (what was stored stays stored)

SchedulerOption = Annotated[
    Optional[str],
    typer.Option("--scheduler", envvar="C4IR_KB_SCHEDULER", help="Extract on the Dask cluster of this scheduler (tcp://host:8786); needs the dask extra."),
]
ClusterOption = Annotated[
    Optional[str],
    typer.Option("--cluster", help="Extract on a Dask LocalCluster started for this run: local:N worker processes."),
]


def fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    """One readable line on stderr, no traceback, a non-zero exit."""
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {message}", markup=True, highlight=False, soft_wrap=True)


def open_or_exit(path: Path, *, create: bool = True, readonly: bool = False) -> sqlite_utils.Database:
    try:
        return open_db(path, create=create, readonly=readonly)
    except StoreError as e:
        fail(str(e), e.code)
