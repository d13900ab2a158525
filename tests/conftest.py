import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from c4ir_kb.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold" / "seeds.gold.json"


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(scope="session")
def seeds_kb(tmp_path_factory, runner) -> Path:
    """The knowledge base built from data/raw, once per session. Tests must not write to it."""
    db = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    result = invoke(runner, "ingest", str(RAW), "--db", str(db), "--workers", "1", "-q")
    assert result.exit_code == 0, result.stderr
    return db


@pytest.fixture
def seeds_copy(seeds_kb, tmp_path) -> Path:
    """A private copy of the seeds knowledge base, for tests that write."""
    db = tmp_path / "kb.sqlite"
    shutil.copyfile(seeds_kb, db)
    return db
