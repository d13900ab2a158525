"""A run whose process dies outright cannot close its row in `runs`; the next run marks it
`interrupted`, and never the row of a writer that is still alive."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c4ir_kb.kb.processes import current
from c4ir_kb.kb.store import open_db, start_run

from .conftest import ROOT, invoke
from .test_concurrent_writers import stored
from .writers import write_corpus

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times are read from /proc")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "c4ir_kb.cli", *args]


def rows(db_path) -> list[tuple]:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return conn.execute("SELECT id, status, finished_at, pid, error FROM runs ORDER BY id").fetchall()
    finally:
        conn.close()


def wait_for(condition, proc, seconds=180) -> None:
    deadline = time.time() + seconds
    while not condition():
        assert proc.poll() is None, "the ingest ended before the test could act on it"
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


@linux_only
def test_a_run_killed_outright_is_marked_interrupted_by_the_next_ingest(runner, tmp_path):
    big = write_corpus(tmp_path / "big", range(400))
    db = tmp_path / "kb.sqlite"
    proc = subprocess.Popen(cli("ingest", str(big), "--db", str(db), "-w", "1", "-q"), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: db.exists() and stored(db) >= 1, proc)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    [(killed, status, _, pid, _)] = rows(db)
    assert (status, pid) == ("running", proc.pid)  # what a killed run leaves
    small = write_corpus(tmp_path / "small", [500])
    assert invoke(runner, "ingest", str(small), "--db", str(db), "-w", "1", "-q").exit_code == 0
    (_, status, finished_at, _, error), (later, later_status, _, _, _) = rows(db)
    assert (status, finished_at, later_status) == ("interrupted", None, "finished")
    assert f"process {proc.pid} on {socket.gethostname()}" in error and f"found by run {later}" in error


@linux_only
def test_a_live_concurrent_ingest_is_never_marked_interrupted(tmp_path):
    big = write_corpus(tmp_path / "big", range(3000))  # still running when the second ingest is done
    small = write_corpus(tmp_path / "small", [5000, 5001])
    db = tmp_path / "kb.sqlite"
    env = {**os.environ, "C4IR_KB_LOCK_TIMEOUT": "30"}
    first = subprocess.Popen(cli("ingest", str(big), "--db", str(db), "-w", "1", "-q"), cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: db.exists() and stored(db) >= 1, first)
        second = subprocess.run(cli("ingest", str(small), "--db", str(db), "-w", "1", "-q"), cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        alive = first.poll() is None
        statuses = [status for _, status, _, _, _ in rows(db)]
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    assert second.returncode == 0, second.stderr
    assert alive, "the first ingest finished before the second did: the test proves nothing"
    assert statuses == ["running", "finished"]


def insert_run(db_path, host, pid, token) -> int:
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        return conn.execute(
            "INSERT INTO runs (command, status, host, pid, process_token) VALUES ('ingest', 'running', ?, ?, ?)",
            [host, pid, token],
        ).lastrowid
    finally:
        conn.close()


def exited_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@linux_only
def test_only_rows_whose_process_is_certainly_gone_are_marked(tmp_path):
    db_path = tmp_path / "kb.sqlite"
    open_db(db_path).close()
    me = current()
    host = me["host"]
    boot, namespace, start = me["process_token"].split("|")
    parent = os.getppid()
    parent_start = Path(f"/proc/{parent}/stat").read_text().rsplit(")", 1)[1].split()[19]
    cases = {
        "exited process": (host, exited_pid(), f"{boot}|{namespace}|1", "interrupted"),
        "booted since": (host, parent, f"another-boot|{namespace}|{parent_start}", "interrupted"),
        "pid reused by a later process": (host, parent, f"{boot}|{namespace}|{int(parent_start) + 1}", "interrupted"),
        "live process": (host, parent, f"{boot}|{namespace}|{parent_start}", "running"),
        "this process": (host, os.getpid(), me["process_token"], "running"),
        "another host": (host + "-elsewhere", exited_pid(), f"{boot}|{namespace}|1", "running"),
        "another pid namespace": (host, exited_pid(), f"{boot}|pid:[1]|1", "running"),
        "written before pids were recorded": (None, None, None, "running"),
    }
    ids = {name: insert_run(db_path, h, p, t) for name, (h, p, t, _) in cases.items()}
    db = open_db(db_path)
    start_run(db, "ingest", "v")
    db.close()
    status = {run_id: s for run_id, s, _, _, _ in rows(db_path)}
    assert {name: status[ids[name]] for name in cases} == {name: want for name, (*_, want) in cases.items()}


def test_a_run_records_its_process(tmp_path):
    db = open_db(tmp_path / "kb.sqlite")
    run_id = start_run(db, "ingest", "v")
    row = db["runs"].get(run_id)
    db.close()
    assert (row["host"], row["pid"], row["process_token"]) == (socket.gethostname(), os.getpid(), current()["process_token"])
