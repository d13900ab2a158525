"""`c4ir-kb ingest`: what it stores, and the guarantees around it (idempotence,
one transaction per article, clear errors for bad input)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from c4ir_kb.kb.store import open_db

from .conftest import GOLD, RAW, ROOT, invoke

SEEDS = sorted(RAW.glob("*.txt"))
TABLES = ("articles", "sentences", "entities", "aliases", "entity_keys", "mentions", "roles", "dates", "commitments")


def counts(db_path) -> dict[str, int]:
    db = sqlite_utils.Database(db_path)
    return {t: db[t].count for t in TABLES}


def dump(db_path) -> list[str]:
    """Every row of the knowledge tables (not runs, which record when)."""
    conn = sqlite3.connect(db_path)
    rows = []
    for t in TABLES:
        rows += [f"{t}:{r}" for r in conn.execute(f"SELECT * FROM [{t}] ORDER BY 1")]
    conn.close()
    return rows


def export_text(runner, db_path) -> str:
    result = invoke(runner, "export", "--db", str(db_path))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def assert_clean_error(result, *needles: str, code: int | None = None):
    assert result.exit_code != 0
    if code is not None:
        assert result.exit_code == code
    assert "Traceback" not in result.stderr + result.stdout
    for n in needles:
        assert n in result.stderr


# ------------------------------------------------------------------ what is stored


def test_ingest_stores_every_seed_article_with_its_sentences(seeds_kb):
    db = sqlite_utils.Database(seeds_kb)
    assert sorted(r["source"] for r in db["articles"].rows) == [p.name for p in SEEDS]
    for art in db["articles"].rows:
        for s in db["sentences"].rows_where("article_id = ?", [art["id"]]):
            assert art["text"][s["start"] : s["end"]] == s["text"]


def test_every_mention_span_points_into_the_original_text(seeds_kb):
    db = sqlite_utils.Database(seeds_kb)
    texts = {a["id"]: a["text"] for a in db["articles"].rows}
    rows = list(db["mentions"].rows)
    assert rows
    for m in rows:
        assert texts[m["article_id"]][m["start"] : m["end"]] == m["surface"]
        assert m["rule"] and 0 < m["confidence"] <= 1


def test_summary_table_counts_new_articles(runner, tmp_path):
    result = invoke(runner, "ingest", str(SEEDS[0]), "--db", str(tmp_path / "kb.sqlite"), "-w", "1")
    assert result.exit_code == 0, result.stderr
    assert "new" in result.stdout and "people" in result.stdout


def test_foreign_keys_hold_and_are_enforced(seeds_copy):
    conn = sqlite3.connect(seeds_copy)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db = open_db(seeds_copy)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO mentions (entity_id, article_id, sentence_id, start, end, surface) VALUES (999999, 'nope', 1, 0, 1, 'x')"
        )


def test_sentences_are_searchable_without_diacritics(seeds_kb):
    db = sqlite_utils.Database(seeds_kb)
    hits = list(db.query("SELECT text FROM sentences_fts WHERE sentences_fts MATCH ?", ["trung tam du lieu"]))
    assert any("trung tâm dữ liệu" in h["text"] for h in hits)


# ------------------------------------------------------------------ idempotence


def test_reingesting_unchanged_articles_changes_nothing(runner, seeds_copy):
    before_rows, before_export = dump(seeds_copy), export_text(runner, seeds_copy)
    result = invoke(runner, "ingest", str(RAW), "--db", str(seeds_copy), "-w", "1")
    assert result.exit_code == 0
    assert dump(seeds_copy) == before_rows
    assert export_text(runner, seeds_copy) == before_export


def test_a_changed_article_replaces_its_old_rows(runner, tmp_path):
    src = tmp_path / "in" / "a.txt"
    src.parent.mkdir()
    src.write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "ingest", str(src), "--db", str(db), "-w", "1", "-q").exit_code == 0
    old_id = sqlite_utils.Database(db)["articles"].rows.__next__()["id"]
    src.write_text("Sáng 3/3/2025, UBND tỉnh Đồng Nai họp báo.\nÔng Võ Tấn Đức, Chủ tịch UBND tỉnh Đồng Nai, phát biểu.\n", encoding="utf-8")
    result = invoke(runner, "ingest", str(src), "--db", str(db), "-w", "1")
    assert result.exit_code == 0
    kb = sqlite_utils.Database(db)
    [art] = list(kb["articles"].rows)
    assert art["id"] != old_id and art["text"].startswith("Sáng 3/3/2025")
    assert kb.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [old_id]).fetchone()[0] == 0
    assert kb.execute("SELECT count(*) FROM entities WHERE name = 'WEF'").fetchone()[0] == 0


def test_force_reextracts_and_gives_the_same_knowledge_base(runner, seeds_copy):
    before = export_text(runner, seeds_copy)
    result = invoke(runner, "ingest", str(RAW), "--db", str(seeds_copy), "--force", "-w", "1")
    assert result.exit_code == 0
    assert export_text(runner, seeds_copy) == before


def test_two_builds_of_the_same_inputs_are_identical(runner, seeds_kb, tmp_path):
    db = tmp_path / "again.sqlite"
    assert invoke(runner, "ingest", str(RAW), "--db", str(db), "-w", "2", "-q").exit_code == 0
    assert dump(db) == dump(seeds_kb)
    assert export_text(runner, db) == export_text(runner, seeds_kb)


# ------------------------------------------------------------------ bad input


@pytest.fixture
def one_good(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Ngày 5/3/2025, UBND tỉnh Bình Dương khởi động dự án.\n", encoding="utf-8")
    return d


@pytest.mark.parametrize(
    "name, content, needle",
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary"),
        ("cp1258.txt", b"H\xf4m nay tr\xf4i \xff", "not UTF-8"),
    ],
)
def test_a_bad_file_is_named_and_the_others_are_still_ingested(runner, one_good, tmp_path, name, content, needle):
    (one_good / name).write_bytes(content)
    db = tmp_path / "kb.sqlite"
    result = invoke(runner, "ingest", str(one_good), "--db", str(db), "-w", "1", "-q")
    assert_clean_error(result, name, needle, code=1)
    assert [r["source"] for r in sqlite_utils.Database(db)["articles"].rows] == ["good.txt"]


def test_a_missing_path_is_named(runner, one_good, tmp_path):
    result = invoke(runner, "ingest", str(tmp_path / "missing.txt"), str(one_good), "--db", str(tmp_path / "kb.sqlite"), "-q")
    assert_clean_error(result, "missing.txt", "no such file", code=1)
    assert sqlite_utils.Database(tmp_path / "kb.sqlite")["articles"].count == 1


def test_a_malformed_jsonl_line_is_reported_by_number(runner, tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "Hà Nội mưa lớn."}) + "\n{oops\n"
        + json.dumps({"id": "b", "text": "Đà Nẵng nắng.", "published": "2025-13-40"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.sqlite"
    result = invoke(runner, "ingest", str(f), "--db", str(db), "-w", "1", "-q")
    assert_clean_error(result, "batch.jsonl:2", "malformed JSON", "batch.jsonl:3", "invalid published date", code=1)
    assert [r["source"] for r in sqlite_utils.Database(db)["articles"].rows] == ["a"]


def test_stdin_is_read_with_a_dash(runner, tmp_path):
    db = tmp_path / "kb.sqlite"
    result = invoke(runner, "ingest", "-", "--db", str(db), "-q", input="Sáng 5/3, UBND tỉnh Long An họp.\n")
    assert result.exit_code == 0, result.stderr
    assert sqlite_utils.Database(db)["articles"].count == 1


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(runner, one_good, tmp_path):
    db = tmp_path / "kb.sqlite"
    db.write_text("this is not a database, it is a shopping list\n" * 50)
    before = db.read_bytes()
    result = invoke(runner, "ingest", str(one_good), "--db", str(db))
    assert_clean_error(result, "kb.sqlite", "not a SQLite database", code=3)
    assert db.read_bytes() == before


def test_a_corrupt_knowledge_base_is_reported_and_not_written(runner, one_good, seeds_copy):
    with open(seeds_copy, "r+b") as f:  # clobber pages past the header
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * 4096 * 5)
    before = seeds_copy.read_bytes()
    result = invoke(runner, "ingest", str(one_good), "--db", str(seeds_copy), "--force")
    assert_clean_error(result, "kb.sqlite", "corrupt", code=3)
    assert seeds_copy.read_bytes() == before


def test_a_sqlite_file_of_another_application_is_refused(runner, one_good, tmp_path):
    db = tmp_path / "other.sqlite"
    sqlite_utils.Database(db)["shopping"].insert({"item": "rice"})
    result = invoke(runner, "ingest", str(one_good), "--db", str(db))
    assert_clean_error(result, "not a c4ir-kb knowledge base", code=3)


def test_a_newer_schema_is_refused(runner, one_good, seeds_copy):
    sqlite_utils.Database(seeds_copy)["_sqlite_migrations"].insert(
        {"migration_set": "c4ir_kb", "name": "m999_from_the_future", "applied_at": "2030-01-01"}
    )
    before = dump(seeds_copy)
    result = invoke(runner, "ingest", str(one_good), "--db", str(seeds_copy))
    assert_clean_error(result, "newer", code=3)
    assert dump(seeds_copy) == before


def test_a_locked_database_is_waited_for_then_reported(runner, one_good, seeds_copy, monkeypatch):
    monkeypatch.setenv("C4IR_KB_LOCK_TIMEOUT", "0.3")
    before = dump(seeds_copy)
    holder = sqlite3.connect(seeds_copy, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = invoke(runner, "ingest", str(one_good), "--db", str(seeds_copy), "-w", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_clean_error(result, "locked", code=4)
    assert dump(seeds_copy) == before


# ------------------------------------------------------------------ one transaction per article


def test_sigkill_mid_run_leaves_whole_articles_only(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(12):
        (corpus / f"a{i:02d}.txt").write_text(f"Bài số {i}.\n" + base[i % 3], encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "c4ir_kb.cli", "ingest", str(corpus), "--db", str(db), "-w", "1", "-q"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            time.sleep(0.2)
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=0.1) as c:
                        if c.execute("SELECT count(*) FROM articles").fetchone()[0] >= 2:
                            break
                except sqlite3.Error:
                    pass
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 2 <= n < 12
    # whole articles: each stored article has all its sentences and its mentions
    for aid, text in conn.execute("SELECT id, text FROM articles"):
        sents = conn.execute("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx", [aid]).fetchall()
        assert sents and sents[-1][1] >= len(text.rstrip()) - 1
        assert conn.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [aid]).fetchone()[0] > 0
    conn.close()


# ------------------------------------------------------------------ export, eval, extract


def test_export_is_the_extraction_v1_document(runner, seeds_kb):
    doc = json.loads(export_text(runner, seeds_kb))
    assert doc["format"] == "c4ir-kb/extraction-v1"
    assert [a["source"] for a in doc["articles"]] == [p.name for p in SEEDS]
    for key in ("people", "organisations", "locations", "dates", "commitments"):
        assert key in doc["articles"][0]
    assert len({e["id"] for e in doc["entities"]}) == len(doc["entities"])


def test_a_knowledge_base_scores_one_against_its_own_export(runner, seeds_kb, tmp_path):
    gold = tmp_path / "self.json"
    gold.write_text(export_text(runner, seeds_kb), encoding="utf-8")
    result = invoke(runner, "eval", str(gold), "--db", str(seeds_kb), "--json")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {k: v["f1"] for k, v in scores.items()} == {k: 1.0 for k in scores}


def test_eval_on_the_seeds_gold_reports_every_category(runner, seeds_kb):
    result = invoke(runner, "eval", str(GOLD), "--db", str(seeds_kb), "--json", "-v")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"people", "roles", "organisations", "locations", "dates", "commitments", "alias_clusters"}
    assert all("misses" in s for s in scores.values())


def test_eval_of_a_missing_gold_file_is_a_clean_error(runner, seeds_kb, tmp_path):
    assert_clean_error(invoke(runner, "eval", str(tmp_path / "nope.json"), "--db", str(seeds_kb)), "nope.json")


def test_extract_jsonl_keeps_ids_and_gives_mention_offsets(runner):
    lines = [
        {"id": "x1", "text": "Chủ tịch UBND TP.HCM Phan Văn Mãi làm việc với Tập đoàn Viettel tại Củ Chi."},
        {"id": "x2", "text": "Ngày 16/1, Thủ tướng Phạm Minh Chính tới Davos, Thụy Sỹ.", "published": "2024-01-10"},
    ]
    result = invoke(runner, "extract", "-", "--jsonl", "-w", "1", input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert result.exit_code == 0, result.stderr
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["x1", "x2"]
    for o, src in zip(outs, lines):
        assert o["mentions"]
        for m in o["mentions"]:
            assert m["type"] in ("PER", "ORG", "LOC")
            assert src["text"][m["start"] : m["end"]] == m["text"]
    assert outs[1]["dates"][0]["value"] == "2024-01-16"


def test_extract_resolves_relative_dates_only_with_published(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Hôm qua, UBND tỉnh Bình Dương công bố kế hoạch.\n", encoding="utf-8")
    with_pub = json.loads(invoke(runner, "extract", str(f), "--published", "2025-03-10").stdout)
    assert [d["value"] for d in with_pub["dates"]] == ["2025-03-09"]
    without = json.loads(invoke(runner, "extract", str(f)).stdout)
    assert all(d["value"] != "2025-03-09" for d in without["dates"])


def test_extract_rejects_an_invalid_published_date(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Hôm qua trời mưa.\n", encoding="utf-8")
    assert_clean_error(invoke(runner, "extract", str(f), "--published", "10/03/2025"), "--published", code=2)


def test_the_same_undertaking_in_two_articles_is_one_tracked_commitment(runner, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Sáng 5/3/2025, đại diện Tập đoàn Viettel cam kết xây dựng trung tâm dữ liệu xanh tại Củ Chi với công suất 140 MW.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Tập đoàn Viettel cho biết sẽ xây dựng trung tâm dữ liệu xanh tại huyện Củ Chi, dự kiến hoàn thành trong năm 2026.\n"
        "Ngoài ra, Tập đoàn Viettel sẽ phủ sóng 5G toàn thành phố.\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "-w", "1", "-q").exit_code == 0
    rows = sqlite_utils.Database(db).execute(
        "SELECT a.source, c.text, c.track_id FROM commitments c JOIN articles a ON a.id = c.article_id ORDER BY c.id"
    ).fetchall()
    tracks = {text: track for _, text, track in rows}
    data_centre = [t for text, t in tracks.items() if "trung tâm dữ liệu" in text]
    assert len(data_centre) == 2 and len(set(data_centre)) == 1
    assert tracks[next(t for t in tracks if "5G" in t)] not in data_centre


def test_a_title_that_changes_between_articles_is_a_dated_history(runner, tmp_path):
    for name, text, published in [
        ("a.txt", "Sáng 3/2, Thiếu tướng Lê Văn Hùng, Phó Tư lệnh Quân khu 7, dự lễ ra quân.\n", "2023-02-03"),
        ("b.txt", "Sáng 10/5, Trung tướng Lê Văn Hùng, Tư lệnh Quân khu 7, tiếp đoàn công tác.\n", "2025-05-10"),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name.replace(".txt", ".meta.json")).write_text(json.dumps({"published": published}), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "ingest", str(tmp_path), "--db", str(db), "-w", "1", "-q").exit_code == 0
    rows = sqlite_utils.Database(db).execute(
        "SELECT published, title FROM people_roles WHERE person = 'Lê Văn Hùng' ORDER BY published, title"
    ).fetchall()
    assert ("2023-02-03", "Thiếu tướng") in rows and ("2025-05-10", "Trung tướng") in rows
    assert sqlite_utils.Database(db).execute("SELECT count(*) FROM entities WHERE type = 'PER'").fetchone()[0] == 1
    dates = [r[0] for r in sqlite_utils.Database(db).execute("SELECT value FROM dates ORDER BY value")]
    assert dates == ["2023-02-03", "2025-05-10"]  # the day's year from each article's metadata
