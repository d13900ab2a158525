"""Extraction on Dask gives the knowledge base a local build gives, byte for byte.

Skipped where the dask extra is not installed (`make test` installs it). Clusters run on
127.0.0.1 only: a LocalCluster of processes, and a `dask scheduler` with `dask worker`
processes started as a user would.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c4ir_kb.cli.app import app
from tests.conftest import RAW, ROOT, invoke

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'c4ir-kb[dask]')")

BIN = Path(sys.executable).parent
HOLDOUT = ROOT / "tests" / "holdout"


def export(runner, db: Path) -> str:
    r = invoke(runner, "export", "--db", str(db))
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def local_export(tmp_path_factory, runner) -> str:
    db = tmp_path_factory.mktemp("local") / "kb.sqlite"
    r = invoke(runner, "rebuild", str(RAW), "--db", str(db), "-w", "1", "-q")
    assert r.exit_code == 0, r.stderr
    return export(runner, db)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`dask scheduler` and `dask worker` processes on loopback, stopped at the end."""

    def __init__(self, workers: int, tmp: Path):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.procs: list[subprocess.Popen] = []
        self.log = tmp / "cluster.log"
        self._spawn(["scheduler", "--host", "127.0.0.1", "--port", self.address.rsplit(":", 1)[1], "--no-dashboard"])
        self.workers = [
            # --no-nanny: killing a worker kills it, with no nanny to restart it in place
            self._spawn(["worker", self.address, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"])
            for _ in range(workers)
        ]
        self._wait_for(workers)

    def _spawn(self, args: list[str]) -> subprocess.Popen:
        with open(self.log, "a") as log:
            p = subprocess.Popen([str(BIN / "dask"), *args], stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(p)
        return p

    def _wait_for(self, n: int) -> None:
        from distributed import Client

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with Client(self.address, timeout=5) as c:
                    c.wait_for_workers(n, timeout=50)
                    return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"cluster did not start: {self.log.read_text()}")

    def stop(self) -> None:
        # workers first, so none waits to reconnect to a scheduler that is gone
        for p in [*self.workers, *self.procs]:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(3)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Shared by the tests that leave the cluster as they found it."""
    c = Cluster(2, tmp_path_factory.mktemp("cluster"))
    yield c
    c.stop()


@pytest.fixture
def own_cluster(tmp_path):
    """For a test that kills a worker."""
    c = Cluster(2, tmp_path)
    yield c
    c.stop()


def test_a_local_cluster_builds_what_a_local_rebuild_builds(tmp_path, runner, local_export):
    db = tmp_path / "kb.sqlite"
    r = invoke(runner, "rebuild", str(RAW), "--db", str(db), "--cluster", "local:2", "-q")
    assert r.exit_code == 0, r.stderr
    assert export(runner, db) == local_export


def test_rebuild_on_a_scheduler_started_by_hand_is_byte_identical(tmp_path, cluster, local_export):
    db = tmp_path / "kb.sqlite"
    r = subprocess.run(
        [str(BIN / "c4ir-kb"), "rebuild", str(RAW), "--db", str(db), "--scheduler", cluster.address, "-q"],
        capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    out = subprocess.run([str(BIN / "c4ir-kb"), "export", "--db", str(db)], capture_output=True, text=True, check=True)
    assert out.stdout == local_export


def test_the_scheduler_address_can_come_from_the_environment(tmp_path, runner, cluster):
    db = tmp_path / "kb.sqlite"
    r = runner.invoke(app, ["ingest", str(RAW), "--db", str(db), "-q"], env={"C4IR_KB_SCHEDULER": cluster.address})
    assert r.exit_code == 0, r.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_a_worker_killed_mid_run_leaves_the_build_complete(tmp_path, own_cluster, runner):
    cluster = own_cluster
    corpus = tmp_path / "corpus"
    shutil.copytree(HOLDOUT, corpus)
    expected = len(list(corpus.glob("*.txt")))
    db = tmp_path / "kb.sqlite"
    run = subprocess.Popen(
        [str(BIN / "c4ir-kb"), "ingest", str(corpus), "--db", str(db), "--scheduler", cluster.address, "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # kill one worker once the first article is stored: the rest of its tasks move to the other
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        try:
            if sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] >= 1:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    os.kill(cluster.workers[0].pid, signal.SIGKILL)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == expected


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, runner, monkeypatch):
    monkeypatch.setenv("C4IR_KB_SCHEDULER_TIMEOUT", "1")
    r = invoke(runner, "ingest", str(RAW), "--db", str(tmp_path / "kb.sqlite"), "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert r.exit_code == 5
    assert r.stderr.startswith("error: cannot reach the Dask scheduler") and "Traceback" not in r.stderr


def test_cluster_takes_local_and_a_number(tmp_path, runner):
    r = invoke(runner, "ingest", str(RAW), "--db", str(tmp_path / "kb.sqlite"), "--cluster", "big")
    assert r.exit_code == 2
    assert "local:N" in r.stderr
