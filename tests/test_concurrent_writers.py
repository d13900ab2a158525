"""Several writers on one knowledge base: they wait for each other one article at a time,
none gives up, nothing is stored twice; a writer that really cannot get in says what it
stored and what it did not; crashes leave whole articles and a resumed run completes."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from c4ir_kb.kb.ingest import ingest
from c4ir_kb.kb.store import StoreError, open_db

from .conftest import ROOT, invoke
from .writers import assert_whole_articles, write_corpus


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "c4ir_kb.cli", *args]


def runs(db_path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT command, status, error FROM runs ORDER BY id").fetchall()
    finally:
        conn.close()


def test_concurrent_ingest_processes_all_succeed_and_store_every_article_once(tmp_path):
    # three overlapping batches of 6: 12 distinct articles, 6 of them in two batches
    batches = [range(0, 6), range(3, 9), range(6, 12)]
    folders = [write_corpus(tmp_path / f"batch{n}", b) for n, b in enumerate(batches)]
    db = tmp_path / "kb.sqlite"
    env = {**os.environ, "C4IR_KB_LOCK_TIMEOUT": "20"}
    procs = [
        subprocess.Popen(cli("ingest", str(f), "--db", str(db), "-w", "1", "-q"), cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for f in folders
    ]
    outcomes = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    assert assert_whole_articles(db) == [f"a{i:03d}.txt" for i in range(12)]
    assert [status for _, status, _ in runs(db)] == ["finished"] * 3
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("kb.sqlite-")]


def test_a_writer_that_cannot_get_in_names_what_it_stored_and_what_not(tmp_path, monkeypatch):
    monkeypatch.setenv("C4IR_KB_LOCK_TIMEOUT", "0.3")
    src = write_corpus(tmp_path / "src", range(4))
    db_path = tmp_path / "kb.sqlite"
    db = open_db(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)

    def take_the_lock_after_the_first_article(done, total):
        if done == 1 and not holder.in_transaction:
            holder.execute("BEGIN IMMEDIATE")

    try:
        with pytest.raises(StoreError) as failure:
            ingest(db, [str(src)], progress=take_the_lock_after_the_first_article)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(failure.value)
    assert failure.value.code == 4
    assert "locked by another writer" in message and "1 article(s) stored" in message
    assert "3 not stored: a001.txt, a002.txt, a003.txt" in message
    assert assert_whole_articles(db_path) == ["a000.txt"]
    report = ingest(db, [str(src)])  # the same command again stores the rest
    assert (report.counts["new"], report.counts["unchanged"]) == (3, 1)
    db.close()


def test_a_run_ends_finished_or_failed_with_its_reason(tmp_path):
    src = write_corpus(tmp_path / "src", range(2))
    db = open_db(tmp_path / "kb.sqlite")
    ingest(db, [str(src)])

    def interrupt(done, total):
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(db, [str(src)], force=True, progress=interrupt)
    db.close()
    assert runs(tmp_path / "kb.sqlite") == [("ingest", "finished", None), ("ingest", "failed", "KeyboardInterrupt: ")]


def test_a_lock_held_for_the_whole_run_is_a_clean_error_and_a_later_run_completes(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("C4IR_KB_LOCK_TIMEOUT", "0.3")
    src = write_corpus(tmp_path / "src", range(2))
    db = tmp_path / "kb.sqlite"
    open_db(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = invoke(runner, "ingest", str(src), "--db", str(db), "-w", "1", "-q")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 4 and "locked by another writer" in result.stderr and "Traceback" not in result.stderr
    assert invoke(runner, "ingest", str(src), "--db", str(db), "-w", "1", "-q").exit_code == 0
    assert assert_whole_articles(db) == ["a000.txt", "a001.txt"]


def test_readers_are_not_blocked_by_a_writer_in_the_middle_of_an_article(tmp_path):
    src = write_corpus(tmp_path / "src", range(2))
    db_path = tmp_path / "kb.sqlite"
    db = open_db(db_path)
    ingest(db, [str(src)])
    db.execute("PRAGMA journal_mode = WAL")  # as it is while a writer runs
    db.execute("BEGIN IMMEDIATE")
    db.execute("DELETE FROM mentions")
    reader = open_db(db_path, readonly=True, timeout=0)  # no waiting allowed
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert reader.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0  # the last committed state
    db.execute("ROLLBACK")
    reader.close()
    db.close()


def stored(db) -> int:
    try:
        if not db.exists():
            return 0
        # read-write with query_only, as the tool's readers: a mode=ro reader cannot open a WAL file
        # whose -shm it may not write, and would see 0 articles for the whole run
        conn = sqlite3.connect(db, timeout=0.1)
        try:
            conn.execute("PRAGMA query_only = 1")
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_sigkill_at_random_points_then_a_resumed_ingest_completes_with_whole_articles(runner, tmp_path):
    n = 400  # enough that no kill comes after the last article: a short article extracts in ~10 ms
    src = write_corpus(tmp_path / "src", range(n))
    db = tmp_path / "kb.sqlite"
    rng = random.Random(20261201)
    stored_after_kills = []
    for _ in range(4):
        # kill once a random number of further articles is stored, plus a random moment
        # (inside the next article's extraction or its transaction: one of these short
        # articles takes about 15 ms since the tagger runs in Rust, so a moment of up to
        # 0.3 s could let the run finish before the kill)
        target, extra = stored(db) + rng.randint(1, 2), rng.uniform(0.0, 0.02)
        proc = subprocess.Popen(cli("ingest", str(src), "--db", str(db), "-w", "1", "-q"), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while stored(db) < target and proc.poll() is None and time.time() < deadline:
            time.sleep(0.02)
        time.sleep(extra)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        stored_after_kills.append(len(assert_whole_articles(db)))
    assert 0 < stored_after_kills[0] and stored_after_kills[-1] < n, stored_after_kills  # every kill landed mid-run
    result = invoke(runner, "ingest", str(src), "--db", str(db), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert assert_whole_articles(db) == [f"a{i:03d}.txt" for i in range(n)]
    # the resumed knowledge base is the one a single uninterrupted run builds
    clean = tmp_path / "clean.sqlite"
    assert invoke(runner, "ingest", str(src), "--db", str(clean), "-w", "1", "-q").exit_code == 0
    assert invoke(runner, "export", "--db", str(db)).stdout == invoke(runner, "export", "--db", str(clean)).stdout
