"""What a run remembers of what it read (to skip an article given twice, and for `rebuild`
to drop the articles no longer in its corpus) lives in SQLite TEMP tables, not in the
process's memory: it does not grow with the corpus."""

import json
import tracemalloc

from c4ir_kb.kb.ingest import ingest, rebuild
from c4ir_kb.kb.store import open_db

from .writers import article_text


def write_jsonl(path, lines: list[tuple[str, str]]):
    with path.open("w", encoding="utf-8") as f:
        for source, text in lines:
            f.write(json.dumps({"id": source, "text": text}, ensure_ascii=False) + "\n")
    return path


def sources(db_path) -> list[str]:
    db = open_db(db_path, readonly=True)
    try:
        return [r[0] for r in db.execute("SELECT source FROM articles ORDER BY source")]
    finally:
        db.close()


def test_an_article_given_twice_in_one_run_is_stored_once(tmp_path):
    same = article_text(1)
    path = write_jsonl(tmp_path / "in.jsonl", [("a", same), ("b", article_text(2)), ("a", same), ("c", same)])
    db = open_db(tmp_path / "kb.sqlite")
    report = ingest(db, [str(path)])
    db.close()
    assert (report.counts["new"], report.counts["unchanged"]) == (2, 2)
    assert sources(tmp_path / "kb.sqlite") == ["a", "b"]


def test_rebuild_keeps_the_articles_read_and_drops_the_rest(tmp_path):
    db_path = tmp_path / "kb.sqlite"
    db = open_db(db_path)
    ingest(db, [str(write_jsonl(tmp_path / "old.jsonl", [(f"n{i}", article_text(i)) for i in range(4)]))])
    db.close()
    # n0 and n1 are read again (n1 twice), m5 is new; n2 and n3 are no longer in the corpus
    corpus = write_jsonl(
        tmp_path / "new.jsonl", [("n0", article_text(0)), ("n1", article_text(1)), ("m5", article_text(5)), ("n1", article_text(1))]
    )
    report = rebuild(db_path, [str(corpus)])
    assert (report.counts["new"], report.counts["unchanged"], report.counts.get("failed")) == (1, 3, None)
    assert sources(db_path) == ["m5", "n0", "n1"]


def python_memory_of_a_run(tmp_path, names: int) -> int:
    """Peak Python memory of an ingest that reads one stored article under `names` names
    (after the first each is a repeat: nothing is extracted or written)."""
    text = article_text(7)
    path = write_jsonl(tmp_path / f"{names}.jsonl", [(f"{i:06d}-" + "x" * 200, text) for i in range(names)])
    db = open_db(tmp_path / f"{names}.sqlite")
    ingest(db, [str(path)])
    tracemalloc.start()
    try:
        report = ingest(db, [str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        db.close()
    assert report.counts["unchanged"] == names
    return peak


def test_what_a_run_has_read_is_not_held_in_python_memory(tmp_path):
    small, large = python_memory_of_a_run(tmp_path, 300), python_memory_of_a_run(tmp_path, 3000)
    # 2,700 more names of 207 characters would be over 600 kB if they were kept
    assert large - small < 150_000, (small, large)
