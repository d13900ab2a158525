"""`python -m c4ir_kb.bench --json`: the figures a script reads, on a tiny corpus (no timing is checked)."""

import json

from c4ir_kb.quality.bench import main, write_stream_corpus

KEYS = {
    "ner_baseline_s",
    "ingest_1_worker_s",
    "ingest_2_workers_s",
    "speedup_1_worker_vs_ner",
    "speedup_2_vs_1_workers",
    "rebuild_unchanged_vs_cold",
    "peak_rss_mib",
    "stream_articles",
    "stream_peak_rss_mib",
}


def test_json_puts_every_figure_in_one_object_on_the_last_line(capsys):
    main(["--size", "1500", "--stream-articles", "3", "--json"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    figures = json.loads(last)
    assert KEYS <= figures.keys()
    assert figures["stream_articles"] == 3 and figures["articles"] >= 1
    assert all(figures[k] > 0 for k in KEYS)
    assert figures["stream_curve"][-1][1] == 3  # [seconds, articles stored, main MiB, largest worker MiB]


def test_the_stream_corpus_is_one_jsonl_file_of_distinct_articles(tmp_path):
    path = tmp_path / "s.jsonl"
    write_stream_corpus(path, 50)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 50 and len({r["text"] for r in rows}) == 50 and len({r["id"] for r in rows}) == 50
