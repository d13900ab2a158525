"""entity_names (migration m004): each entity's names with their weights summed over articles,
kept by triggers as articles are stored, replaced, merged and dropped, so that a display name
costs a look-up. It must always equal what summing article_entities gives. Sentences written
for these tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from c4ir_kb.kb.store import migrations, open_db
from tests.conftest import invoke

SUMMED = "SELECT entity_id, name, SUM(MAX(mentions, 1)) FROM article_entities GROUP BY entity_id, name ORDER BY 1, 2"
KEPT = "SELECT entity_id, name, weight FROM entity_names ORDER BY 1, 2"

ARTICLES = {  # a short name, then the full one, then both in one sentence: the two entities merge
    "a1.txt": "Tin ngân hàng\n\nNgày 3/3/2024, PNXBank cho biết sẽ mở thêm mười chi nhánh ở Cần Thơ.\n",
    "a2.txt": "Tin ngân hàng\n\nNgày 4/3/2024, Ngân hàng TMCP Phương Nam Xanh tăng vốn điều lệ.\n",
    "a3.txt": "Tin ngân hàng\n\nNgày 5/3/2024, Ngân hàng TMCP Phương Nam Xanh (PNXBank) công bố lợi nhuận quý I.\n",
}


def ingest(runner, db: Path, *paths: Path, verb: str = "ingest") -> None:
    r = invoke(runner, verb, *map(str, paths), "--db", str(db), "-w", "1", "-q")
    assert r.exit_code == 0, r.stderr


def consistent(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    kept = con.execute(KEPT).fetchall()
    assert kept == con.execute(SUMMED).fetchall()
    return kept


def test_name_weights_follow_stores_merges_replacements_and_drops(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    db = tmp_path / "kb.sqlite"
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
        ingest(runner, db, src / name)
        consistent(db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM entities WHERE type = 'ORG'").fetchone() == (1,)  # merged
    (src / "a2.txt").write_text("Tin ngân hàng\n\nNgày 4/3/2024, PNXBank tăng vốn điều lệ.\n", encoding="utf-8")
    ingest(runner, db, src / "a2.txt")  # replaced: the old article's names go
    consistent(db)
    (src / "a3.txt").unlink()
    ingest(runner, db, src, verb="rebuild")  # dropped
    assert ("Ngân hàng TMCP Phương Nam Xanh" not in {name for _, name, _ in consistent(db)})


def test_a_knowledge_base_from_before_the_weights_gets_them_when_opened(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, src)
    expected = consistent(db)
    raw = sqlite_utils.Database(db)
    for trigger in ("ai", "ad", "au"):
        raw.execute(f"DROP TRIGGER article_entities_names_{trigger}")
    raw["entity_names"].drop()
    raw.execute("DELETE FROM [_sqlite_migrations] WHERE migration_set = ? AND name = 'm004_entity_names'", [migrations.name])
    raw.conn.commit()
    raw.close()
    open_db(db).close()  # migrates
    assert consistent(db) == expected
