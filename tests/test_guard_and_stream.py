"""An extractor component that raises costs its own findings for that sentence, never the
article; articles stream through extraction in input order with a bounded number in flight;
rebuild puts its file in place without leaving WAL files behind."""

import json
import sqlite3

from c4ir_kb.extract.dates import extract_dates
from c4ir_kb.extract.entities import EntityResult, extract_entities
from c4ir_kb.extract.pipeline import _guarded, _join_entities, _join_lists, extract, extract_many, isolate
from c4ir_kb.kb.store import open_db
from c4ir_kb.nlp.analysis import analyze
from c4ir_kb.sources.reader import InputError, count_articles, make_article, read_sources

from .conftest import invoke
from .writers import article_text, assert_whole_articles, write_corpus

TEXT = article_text(1) + "Ngày 5/6/2025, bà Lê Thị Bình thăm Tuy Hòa.\n"


def failing_on(marker: str, component):
    """The real component, made to raise on the sentence that holds `marker` (a stand-in for a bug)."""

    def run(doc):
        if any(marker in doc.norm[s.start : s.end] for s in doc.sentences):
            raise ValueError("year 10000 is out of range")
        return component(doc)

    return run


def test_isolating_a_sentence_keeps_every_offset():
    doc = analyze(make_article(TEXT, "a.txt"))
    one = isolate(doc, doc.sentences[1])
    assert len(one.article.text) == len(TEXT) and len(one.norm) == len(doc.norm)
    s = doc.sentences[1]
    assert one.article.text[s.start : s.end] == TEXT[s.start : s.end]
    assert one.article.text[: s.start].strip() == "" and one.article.text.count("\n") == TEXT.count("\n")


def test_a_component_failing_on_one_sentence_loses_only_that_sentences_findings():
    doc = analyze(make_article(TEXT, "a.txt"))
    warnings: list[str] = []
    dates = _guarded("dates", failing_on("5/6/2025", extract_dates), doc, warnings, _join_lists, list)
    assert [d.value for d in dates] == [d.value for d in extract_dates(doc) if d.text != "Ngày 5/6/2025"]
    assert warnings == [
        "dates extraction failed in sentence 4 (ValueError: year 10000 is out of range): "
        "its dates there are dropped, the rest of the article is kept"
    ]


def test_entities_of_sentences_extracted_one_by_one_stay_consistent():
    doc = analyze(make_article(TEXT, "a.txt"))
    warnings: list[str] = []
    ents = _guarded("entities", failing_on("Bài viết", extract_entities), doc, warnings, _join_entities, EntityResult)
    ids = [e.id for e in ents.entities]
    assert len(ids) == len(set(ids)) and {m.entity for m in ents.mentions} <= set(ids)
    assert {m.text for m in ents.mentions} >= {"Lê Thị Bình", "Tập đoàn Hòa Phát", "Tuy Hòa"}
    assert all(r.person in ids for r in ents.roles) and len(warnings) == 1


def test_an_article_published_at_the_ends_of_the_calendar_is_stored(runner, tmp_path):
    lines = [
        {"id": "end", "text": "Năm sau, ngày mai và tuần sau, Tập đoàn Hòa Phát sẽ xây dựng nhà máy tại Dung Quất.", "published": "9999-12-31"},
        {"id": "start", "text": "Năm ngoái và hôm qua, ông Trần Văn An thăm Quy Nhơn.", "published": "0001-01-01"},
    ]
    f = tmp_path / "edge.jsonl"
    f.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    result = invoke(runner, "ingest", str(f), "--db", str(db), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert conn.execute("SELECT count(DISTINCT article_id) FROM mentions").fetchone()[0] == 2
    conn.close()


def test_extraction_reads_articles_lazily_and_gives_them_back_in_input_order():
    articles = [make_article(article_text(i), f"a{i}.txt") for i in range(6)]
    pulled: list[int] = []

    def source():
        for i, a in enumerate(articles):
            pulled.append(i)
            yield a

    for workers, in_flight in ((1, None), (2, 2)):
        pulled.clear()
        seen = []
        for article, result in extract_many(source(), workers=workers, in_flight=in_flight):
            seen.append(article.source)
            assert len(pulled) <= len(seen) + (in_flight or 0)  # never more than in_flight ahead
            assert result.document.article.id == article.id
        assert seen == [a.source for a in articles]


def test_the_progress_total_counts_files_and_jsonl_lines(tmp_path):
    write_corpus(tmp_path / "c", range(3))
    (tmp_path / "c" / "b.jsonl").write_text('{"text": "Một."}\n\n{"text": "Hai."}\n', encoding="utf-8")
    assert count_articles([str(tmp_path / "c")]) == 5
    assert count_articles(["-"], stdin_jsonl=True) is None


def test_a_jsonl_line_that_is_not_utf8_costs_only_that_line(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"id": "a", "text": "M\xe1\xbb\x99t."}\n{"id": "b", "text": "\xff"}\n{"id": "c", "text": "Hai."}\n')
    items = list(read_sources([str(f)]))
    assert [getattr(i, "source", None) for i in items] == ["a", None, "c"]
    assert isinstance(items[1], InputError) and items[1].where == f"{f}:2" and "not UTF-8" in items[1].problem


def test_rebuild_over_a_knowledge_base_a_reader_has_open(runner, tmp_path):
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "ingest", str(write_corpus(tmp_path / "old", range(2))), "--db", str(db), "-q").exit_code == 0
    reader = open_db(db, readonly=True)
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    result = invoke(runner, "rebuild", str(write_corpus(tmp_path / "new", range(2, 5))), "--db", str(db), "-w", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 3  # the same connection sees the new contents
    reader.close()
    assert assert_whole_articles(db) == ["a002.txt", "a003.txt", "a004.txt"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["kb.sqlite"]
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file at rest


def test_guarded_extraction_changes_nothing_when_no_component_fails():
    ex = extract(make_article(TEXT, "a.txt"))
    assert ex.warnings == [] and ex.dates == extract_dates(ex.document)
