"""Commitment threads on archives where one actor is in many articles (kb/threads.py): the
shortcuts that keep the refresh cheap (an inverted index of object words, one comparison for
repeated evidence, links enumerated instead of stored) give exactly the threads of comparing
every pair; each commitment's track_id is its thread's. Sentences written for these tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c4ir_kb.kb.store import open_db
from c4ir_kb.kb import threads
from c4ir_kb.kb.threads import compute_threads
from tests.test_threads import KHANG, SAO_VIET, VIETTEL, ingest, write

WIND = "Ngày {d}/{m}/2024, Công ty Cổ phần Gió Xanh cam kết xây dựng nhà máy điện gió tại Bạc Liêu với tổng vốn 3.000 tỷ đồng."
SCHOOL = "Ngày {d}/{m}/2024, Công ty Cổ phần Gió Xanh cũng sẽ tài trợ trường tiểu học ở Cà Mau."
STARTED = "Ngày {d}/{m}/2025, Công ty Cổ phần Gió Xanh đã khởi công nhà máy điện gió tại Bạc Liêu."


def repeated() -> dict[str, tuple[str, str]]:
    """One company's two undertakings, each repeated word for word in several articles (as a
    wire story is reprinted), then the start of one of them."""
    out = {}
    for n in range(1, 7):
        text = WIND.format(d=n, m=3) + (" " + SCHOOL.format(d=n, m=3) if n % 2 else "")
        out[f"g{n}.txt"] = (f"2024-03-{n:02d}", f"Tin năng lượng số {n}\n\n{text}")
    out["g9.txt"] = ("2025-02-10", "Tin năng lượng\n\n" + STARTED.format(d=10, m=2))
    return out


@pytest.fixture(scope="module")
def archive(runner, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("scale")
    db = root / "kb.sqlite"
    ingest(runner, db, write(root / "in", {**VIETTEL, **SAO_VIET, **KHANG, **repeated()}))
    return db


def comparable(threads: list[dict]) -> list[tuple]:
    return [
        (t["actor_id"], t["anchor"], [(m.id, to, why) for m, to, why in t["members"]], t["track"], t["commitments"])
        for t in threads
    ]


class EveryPair(threads._Links):
    """The reference the fast refresh must equal: every pair in the window compared, each time
    (no inverted index, no comparison shared by repeated evidence)."""

    def _index(self, lst):
        return None

    def strength(self, a, b, weak, facility_only):
        return self.compare(a, b, weak, facility_only)


def test_the_fast_refresh_gives_the_threads_of_comparing_every_pair(archive, monkeypatch):
    db = open_db(archive)
    fast = compute_threads(db)
    monkeypatch.setattr(threads, "_Links", EveryPair)
    assert fast and comparable(fast) == comparable(compute_threads(db))


def test_a_reprinted_commitment_is_one_thread_with_its_start(archive):
    con = sqlite3.connect(archive)
    rows = con.execute(
        """SELECT t.id, pe.status, a.source FROM commitment_threads t
           JOIN commitment_events ce ON ce.thread_id = t.id JOIN progress_events pe ON pe.id = ce.event_id
           JOIN articles a ON a.id = pe.article_id
           WHERE t.subject LIKE '%điện gió%' ORDER BY t.id, ce.seq"""
    ).fetchall()
    assert len({r[0] for r in rows}) == 1
    assert [(s, src) for _, s, src in rows] == [("announced", f"g{n}.txt") for n in range(1, 7)] + [("started", "g9.txt")]


def test_a_commitments_track_is_its_threads_earliest_commitment(archive):
    con = sqlite3.connect(archive)
    tracks = dict(
        con.execute(
            """SELECT a.source, c.track_id FROM commitments c JOIN articles a ON a.id = c.article_id
               WHERE c.text LIKE '%điện gió%'"""
        ).fetchall()
    )
    first = con.execute(
        "SELECT c.id FROM commitments c JOIN articles a ON a.id = c.article_id WHERE a.source = 'g1.txt' AND c.text LIKE '%điện gió%'"
    ).fetchone()[0]
    assert tracks == {f"g{n}.txt": first for n in range(1, 7)}
    school = {t for (t,) in con.execute("SELECT track_id FROM commitments WHERE text LIKE '%trường tiểu học%'")}
    assert len(school) == 1 and first not in school
