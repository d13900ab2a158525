"""`c4ir-kb rebuild`: the nightly job's atomic, incremental rebuild."""

import shutil

import sqlite_utils

from .conftest import RAW, invoke
from .test_ingest import dump


def corpus(tmp_path, names=None):
    d = tmp_path / "raw"
    d.mkdir(exist_ok=True)
    for p in sorted(RAW.glob("*.txt")):
        if names is None or p.name in names:
            shutil.copyfile(p, d / p.name)
    return d


def test_rebuild_creates_the_knowledge_base_and_leaves_no_temporary_file(runner, tmp_path):
    src = corpus(tmp_path)
    db = tmp_path / "out" / "kb.sqlite"
    result = invoke(runner, "rebuild", str(src), "--db", str(db), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert sqlite_utils.Database(db)["articles"].count == 3
    assert [p.name for p in db.parent.iterdir()] == ["kb.sqlite"]


def test_rebuild_gives_the_same_contents_as_a_fresh_ingest(runner, seeds_kb, tmp_path):
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "rebuild", str(corpus(tmp_path)), "--db", str(db), "-w", "1", "-q").exit_code == 0
    assert dump(db) == dump(seeds_kb)


def test_rebuild_of_an_unchanged_corpus_reuses_stored_extraction(runner, seeds_copy, tmp_path):
    before = dump(seeds_copy)
    result = invoke(runner, "rebuild", str(corpus(tmp_path)), "--db", str(seeds_copy), "-w", "1")
    assert result.exit_code == 0, result.stderr
    runs = list(sqlite_utils.Database(seeds_copy)["runs"].rows)
    assert (runs[-1]["articles_unchanged"], runs[-1]["articles_new"]) == (3, 0)
    assert dump(seeds_copy) == before


def test_rebuild_drops_articles_no_longer_in_the_sources(runner, seeds_copy, tmp_path):
    keep = sorted(p.name for p in RAW.glob("*.txt"))[:2]
    result = invoke(runner, "rebuild", str(corpus(tmp_path, keep)), "--db", str(seeds_copy), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    kb = sqlite_utils.Database(seeds_copy)
    assert sorted(r["source"] for r in kb["articles"].rows) == keep
    assert kb.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rebuild_keeps_an_article_whose_file_was_renamed(runner, seeds_copy, tmp_path):
    src = corpus(tmp_path)
    first = sorted(src.glob("*.txt"))[0]
    first.rename(src / "renamed.txt")
    result = invoke(runner, "rebuild", str(src), "--db", str(seeds_copy), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    sources = sorted(r["source"] for r in sqlite_utils.Database(seeds_copy)["articles"].rows)
    assert sources == sorted(p.name for p in src.glob("*.txt"))


def test_a_failed_rebuild_leaves_the_old_knowledge_base_in_place(runner, seeds_copy, tmp_path):
    src = corpus(tmp_path)
    (src / "broken.txt").write_bytes(b"\x00\x01binary")
    before = seeds_copy.read_bytes()
    result = invoke(runner, "rebuild", str(src), "--db", str(seeds_copy), "-w", "1", "-q")
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "Traceback" not in result.stderr
    assert seeds_copy.read_bytes() == before
    assert sorted(p.name for p in seeds_copy.parent.iterdir() if p.name.startswith(".")) == []


def test_rebuild_refuses_to_replace_a_file_that_is_not_a_knowledge_base(runner, tmp_path):
    db = tmp_path / "kb.sqlite"
    db.write_text("not a database\n" * 100)
    result = invoke(runner, "rebuild", str(corpus(tmp_path)), "--db", str(db), "-q")
    assert result.exit_code == 3
    assert db.read_text().startswith("not a database")
