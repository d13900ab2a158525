"""The VLSP-style mention scorer, `c4ir-kb eval GOLD.jsonl`, and the two gold files."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from c4ir_kb.cli.app import app
from c4ir_kb.quality.mention_eval import score_mentions

NER = Path(__file__).resolve().parent / "ner"
FILES = [NER / "vlsp_style.dev.jsonl", NER / "vlsp_style.test.jsonl"]
TEST2 = NER / "vlsp_style.test2.jsonl"  # a second unseen test set (150 sentences)
TEST3 = NER / "vlsp_style.test3.jsonl"  # a third unseen test set (100 sentences)
SIZES = {"vlsp_style.dev.jsonl": 120, "vlsp_style.test.jsonl": 120, "vlsp_style.test2.jsonl": 150, "vlsp_style.test3.jsonl": 100}


def m(type_, start, end, text=""):
    return {"type": type_, "start": start, "end": end, "text": text}


TEXT = "Ông Phan Văn Mãi làm việc với UBND tỉnh Đồng Nai."
GOLD = [{"id": "a", "text": TEXT, "mentions": [m("PER", 4, 16, "Phan Văn Mãi"), m("ORG", 30, 49, "UBND tỉnh Đồng Nai")]}]


def test_exact_match_counts_once_per_type():
    s = score_mentions(GOLD, [{"id": "a", "mentions": [m("PER", 4, 16), m("ORG", 30, 49)]}])
    assert (s["PER"].tp, s["ORG"].tp, s["LOC"].tp) == (1, 1, 0)
    assert (s["micro"].tp, s["micro"].fp, s["micro"].fn) == (2, 0, 0)
    assert s["micro"].f1 == 1.0 and s["LOC"].f1 == 1.0  # no LOC either side: nothing to get wrong


def test_wrong_type_is_a_miss_and_an_extra():
    s = score_mentions(GOLD, [{"id": "a", "mentions": [m("PER", 4, 16), m("LOC", 30, 49, "UBND tỉnh Đồng Nai")]}])
    assert (s["ORG"].fn, s["LOC"].fp, s["micro"].tp, s["micro"].fp, s["micro"].fn) == (1, 1, 1, 1, 1)
    assert s["ORG"].misses == ["a: ORG 'UBND tỉnh Đồng Nai'"]
    assert s["LOC"].extras == ["a: LOC 'UBND tỉnh Đồng Nai'"]


def test_partial_span_gets_no_credit():
    s = score_mentions(GOLD, [{"id": "a", "mentions": [m("PER", 4, 16), m("ORG", 30, 34, "UBND"), m("LOC", 40, 48, "Đồng Nai")]}])
    assert (s["ORG"].tp, s["ORG"].fp, s["ORG"].fn) == (0, 1, 1)
    assert (s["LOC"].fp, s["micro"].tp, s["micro"].fp, s["micro"].fn) == (1, 1, 2, 1)
    assert s["ORG"].precision == 0.0 and s["micro"].recall == 0.5


def test_extras_missing_lines_and_other_types():
    pred = [
        {"id": "a", "mentions": [m("PER", 4, 16), m("ORG", 30, 49), m("PER", 0, 3, "Ông"), m("DATE", 0, 3)]},
        {"id": "zzz", "mentions": [m("LOC", 0, 3)]},  # not in the gold: ignored
    ]
    s = score_mentions(GOLD, pred)
    assert (s["micro"].tp, s["micro"].fp, s["micro"].fn) == (2, 1, 0)
    assert s["PER"].extras == ["a: PER 'Ông'"]
    s = score_mentions(GOLD, [])
    assert (s["micro"].tp, s["micro"].fn, s["micro"].precision) == (0, 2, 1.0)


def test_cli_scores_a_jsonl_gold(tmp_path):
    rows = [
        {"id": "s1", "text": "Thủ tướng Phạm Minh Chính làm việc tại Hà Nội.",
         "mentions": [m("PER", 10, 25, "Phạm Minh Chính"), m("LOC", 39, 45, "Hà Nội")]},
        {"id": "s2", "text": "Bệnh viện Chợ Rẫy tiếp nhận bệnh nhân từ Long An.",
         "mentions": [m("ORG", 0, 17, "Bệnh viện Chợ Rẫy"), m("LOC", 41, 48, "Long An")]},
        # a deliberately wrong gold span, so there is always a miss to list
        {"id": "s3", "text": "Hôm nay trời nắng.", "mentions": [m("PER", 0, 7, "Hôm nay")]},
    ]
    for r in rows:
        for x in r["mentions"]:
            assert r["text"][x["start"]:x["end"]] == x["text"]
    gold = tmp_path / "g.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(gold), "--json", "-v", "-w", "1", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    assert set(scores) == {"PER", "ORG", "LOC", "micro"}
    micro = scores["micro"]
    assert micro["tp"] + micro["fn"] == 5
    assert "s3: PER 'Hôm nay'" in scores["PER"]["misses"]
    assert not (tmp_path / "none.sqlite").exists()  # no knowledge base opened or created
    res = runner.invoke(app, ["eval", str(gold), "-w", "1"])
    assert res.exit_code == 0 and "micro" in res.stdout and "g.jsonl" in res.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\nnot json\n', encoding="utf-8")
    res = runner.invoke(app, ["eval", str(bad)])
    assert res.exit_code != 0 and "line 2" in res.output


@pytest.mark.parametrize("path", [*FILES, TEST2, TEST3], ids=lambda p: p.name)
def test_gold_files_are_well_formed(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == SIZES[path.name]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "mentions"} and r["text"] == r["text"].strip()
        spans = sorted((x["start"], x["end"]) for x in r["mentions"])
        for x in r["mentions"]:
            assert x["type"] in {"PER", "ORG", "LOC"}, (r["id"], x)
            assert 0 <= x["start"] < x["end"] <= len(r["text"]), (r["id"], x)
            assert r["text"][x["start"]:x["end"]] == x["text"], (r["id"], x)
            assert x["text"] == x["text"].strip(), (r["id"], x)
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, (r["id"], "overlapping mentions")


def test_dev_and_test_do_not_share_sentences():
    dev, test, test2, test3 = ({json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines()} for p in [*FILES, TEST2, TEST3])
    assert not dev & test
    assert not (dev | test) & test2
    assert not (dev | test | test2) & test3
