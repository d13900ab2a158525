"""Connections to the knowledge base file, write transactions and lock waits.

- Journal: WAL while anyone writes. Readers (queries, `export`, Datasette) never wait for
  a writer, and a writer never waits for readers. The last writer out switches the file
  back to a rollback journal (`release_wal`), so at rest it is one self-contained file.
- Writers wait for each other one transaction at a time: every write is a
  `BEGIN IMMEDIATE` transaction (the write lock is taken first, so there is no
  read-then-write upgrade that two writers could deadlock on), and the busy timeout
  (`C4IR_KB_LOCK_TIMEOUT` seconds, default 10) bounds the wait for that one transaction,
  not for a whole run.
- `synchronous = FULL` (SQLite's default, kept on purpose): a committed article survives
  a power cut, not only a killed process.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import quote

import sqlite_utils

# Seconds to wait for another writer before giving up (C4IR_KB_LOCK_TIMEOUT overrides).
LOCK_TIMEOUT = 10.0
EXIT_DB_UNUSABLE = 3
EXIT_DB_LOCKED = 4


class StoreError(Exception):
    """A database that cannot be used: not SQLite, newer schema, locked."""

    def __init__(self, path: str, problem: str, code: int):
        super().__init__(f"{path}: {problem}")
        self.code = code


def lock_timeout(timeout: Optional[float] = None) -> float:
    if timeout is not None:
        return timeout
    return float(os.environ.get("C4IR_KB_LOCK_TIMEOUT", LOCK_TIMEOUT))


def connect(path: str, timeout: float, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit."""
    if readonly:
        # A reader opens the file read-write but refuses every write (query_only): a `mode=ro`
        # connection to a WAL file creates its -wal/-shm files but cannot remove them when it
        # closes. Only where the file cannot be written is it opened with mode=ro.
        uri = f"file:{quote(str(Path(path).resolve()))}?mode={'rw' if os.access(path, os.W_OK) else 'ro'}"
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        conn.execute("PRAGMA query_only = ON")
        return conn
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def use_wal(conn: sqlite3.Connection, path: str) -> None:
    """Switch a knowledge base file to WAL (a no-op once it is). It needs a moment alone with
    the file; if other connections keep it busy past the lock timeout, writing goes on with
    the rollback journal (correct, only readers may then wait for a commit)."""
    if path and path != ":memory:":
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlite3.OperationalError as e:
            if not is_lock_error(e):
                raise


def release_wal(conn: sqlite3.Connection, path: str) -> None:
    """The last writer out switches the file back to a rollback journal, so that a knowledge
    base at rest is one self-contained file (to copy, publish or open read-only) and readers
    that never close leave no -wal/-shm behind. With any other connection open this does
    nothing at once (no wait) and the file stays in WAL."""
    if not path or path == ":memory:":
        return
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError:
        pass
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(lock_timeout() * 1000)}")


def is_lock_error(e: BaseException) -> bool:
    msg = str(e)
    return isinstance(e, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg)


def db_error(path: str, e: sqlite3.Error) -> StoreError:
    msg = str(e)
    if is_lock_error(e):
        return StoreError(path, f"database is locked by another writer (gave up waiting after {lock_timeout():g} s)", EXIT_DB_LOCKED)
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return StoreError(path, "not a SQLite database, or a corrupt one", EXIT_DB_UNUSABLE)
    return StoreError(path, f"database error: {msg}", EXIT_DB_UNUSABLE)


@contextmanager
def translate_errors(path: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as e:
        raise db_error(path, e) from None


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, the write lock taken at its start (`BEGIN IMMEDIATE`),
    waiting at most the busy timeout for it. Inside another transaction: a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def db_path(db: sqlite_utils.Database) -> str:
    """The file behind a connection ('' for an in-memory database)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or ""
    return ""


def checkpoint(db: sqlite_utils.Database) -> None:
    """Copy what the WAL holds into the database file (best effort: never waits for readers),
    so the file alone is a complete copy even while this connection stays open; then leave
    WAL if no one else has the file open."""
    path = db_path(db)
    if path:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        release_wal(db.conn, path)


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
