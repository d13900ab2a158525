"""The real-news set: manifest and gold in the repo, texts in a cache outside it.

The committed files are checked everywhere; checks that read the texts skip when the
cache is absent (CI has none: the texts are third-party news).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from c4ir_kb.quality import realnews
from tests.conftest import invoke

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "realnews"
KINDS = {"pledge", "plan", "target", "project", "responsibility", "directive", "proposal", "agreement"}
ENTRIES = realnews.load_manifest(SET) if realnews.is_set_dir(SET) else []
CACHE = realnews.cache_dir()


def gold(entry: realnews.Entry) -> dict:
    return json.loads((SET / "gold" / f"{entry.id}.gold.json").read_text(encoding="utf-8"))


def test_the_set_is_large_and_varied():
    assert len(ENTRIES) >= 60
    assert len({e.outlet for e in ENTRIES}) >= 10
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)


def test_every_article_is_in_a_known_split():
    assert {e.split for e in ENTRIES} <= set(realnews.SPLITS)


def test_splits_can_be_joined_with_commas():
    chosen = realnews.select(ENTRIES, "dev,test-s2")
    assert chosen and {e.split for e in chosen} == {"dev", "test-s2"}


def test_an_unknown_split_is_refused():
    with pytest.raises(ValueError, match="unknown split 'tset'"):
        realnews.select(ENTRIES, "dev,tset")


def test_a_split_with_no_article_is_refused_not_scored_perfect():
    only_dev = [e for e in ENTRIES if e.split == "dev"]
    with pytest.raises(ValueError, match="no article of split 'val'"):
        realnews.select(only_dev, "val")


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_gold_article_is_well_formed(entry):
    art = gold(entry)
    assert art["source"] == entry.file
    names = {p["name"] for p in art["people"]} | {o["name"] for o in art["organisations"]} | {
        loc["name"] for loc in art["locations"]
    }
    for c in art.get("commitments", []):
        assert "text" not in c, "commitment clauses are kept as offsets only"
        assert 0 <= c["start"] < c["end"] <= entry.chars
        assert c["kind"] in KINDS
        assert c["actor"] in names, c["actor"]
    for d in art["dates"]:
        assert set(d) <= {"text", "value", "optional"}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_gold_names_are_in_the_cached_text(entry):
    # one article at a time: a partial cache (stored pages do vanish) still checks what it has
    path = CACHE / entry.file
    if not path.is_file() or realnews.sha256(path) != entry.sha256:
        pytest.skip(f"{entry.id} not cached (or changed) in {CACHE} (see tests/realnews/README.md)")
    text = path.read_text(encoding="utf-8")
    art = gold(entry)
    for p in art["people"]:
        assert p["name"].split()[-1] in text, p["name"]
    for d in art["dates"]:
        assert d["text"] in text, d["text"]


def test_check_names_a_missing_text_and_its_url(tmp_path, monkeypatch, capsys):
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "manifest.jsonl").write_text(
        json.dumps({"id": "rn001", "file": "rn001_x.txt", "url": "https://example.invalid/a", "outlet": "example.invalid",
                    "published": "2025-01-02", "title": "T", "topic": "t", "split": "dev", "sha256": "0" * 64, "chars": 1})
        + "\n", encoding="utf-8")
    monkeypatch.setenv("C4IR_KB_REALNEWS_CACHE", str(tmp_path / "cache"))
    assert realnews.main(["check", str(tmp_path / "set")]) == 1
    out = capsys.readouterr().out
    assert "rn001: missing" in out and "https://example.invalid/a" in out


def _tiny_set(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article set of our own writing, with its cache, to exercise the machinery."""
    text = "Tập đoàn Hòa Phát cam kết xây dựng nhà máy thép tại Quảng Ngãi trong năm 2026.\n"
    cache, set_dir = tmp_path / "cache", tmp_path / "set"
    (cache).mkdir()
    (set_dir / "gold").mkdir(parents=True)
    (cache / "rn001_a.txt").write_text(text, encoding="utf-8")
    (cache / "rn001_a.meta.json").write_text(json.dumps({"published": "2025-05-01"}), encoding="utf-8")
    start = text.index("cam kết")
    entry = {"id": "rn001", "file": "rn001_a.txt", "url": "https://example.invalid/a", "outlet": "example.invalid",
             "published": "2025-05-01", "title": "T", "topic": "t", "split": "test",
             "sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text)}
    (set_dir / "manifest.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    art = {"source": "rn001_a.txt", "published": "2025-05-01", "people": [],
           "organisations": [{"name": "Tập đoàn Hòa Phát", "aliases": ["Tập đoàn Hòa Phát"]}],
           "locations": [{"name": "Quảng Ngãi", "aliases": []}],
           "dates": [{"text": "năm 2026", "value": "2026"}],
           "commitments": [{"actor": "Tập đoàn Hòa Phát", "kind": "pledge", "start": start, "end": len(text) - 2}]}
    (set_dir / "gold" / "rn001.gold.json").write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    return set_dir, cache


def test_gold_commitments_take_their_text_from_the_cache(tmp_path):
    set_dir, cache = _tiny_set(tmp_path)
    doc = realnews.gold_document(set_dir, realnews.load_manifest(set_dir), cache)
    assert doc["articles"][0]["commitments"][0]["text"].startswith("cam kết xây dựng nhà máy thép")


def test_eval_scores_a_split_of_a_real_news_set(tmp_path, runner):
    set_dir, cache = _tiny_set(tmp_path)
    r = invoke(runner, "eval", str(set_dir), "--split", "test", "--cache", str(cache), "--json", "-w", "1")
    assert r.exit_code == 0, r.stderr
    scores = json.loads(r.stdout)
    assert scores["locations"]["tp"] == 1 and scores["dates"]["tp"] == 1


def test_eval_without_the_cache_is_one_clear_error(tmp_path, runner):
    set_dir, _ = _tiny_set(tmp_path)
    r = invoke(runner, "eval", str(set_dir), "--cache", str(tmp_path / "nowhere"))
    assert r.exit_code == 1
    assert "missing or changed" in r.stderr and "Traceback" not in r.stderr


def test_eval_cached_only_scores_what_is_cached_and_says_what_was_left_out(tmp_path, runner):
    set_dir, cache = _tiny_set(tmp_path)
    second = {"id": "rn002", "file": "rn002_b.txt", "url": "https://example.invalid/b", "outlet": "example.invalid",
              "published": "2025-05-02", "title": "U", "topic": "t", "split": "test", "sha256": "0" * 64, "chars": 1}
    with (set_dir / "manifest.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(second) + "\n")
    r = invoke(runner, "eval", str(set_dir), "--split", "test", "--cache", str(cache), "--json", "-w", "1", "--cached-only")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["locations"]["tp"] == 1
    assert "scored 1 of 2 articles of test; 1 not cached" in r.stderr


def test_eval_cached_only_with_no_text_cached_is_one_clear_error(tmp_path, runner):
    set_dir, cache = _tiny_set(tmp_path)
    (cache / "rn001_a.txt").unlink()
    r = invoke(runner, "eval", str(set_dir), "--split", "test", "--cache", str(cache), "--cached-only")
    assert r.exit_code == 1
    assert "no text of split 'test' is cached" in r.stderr and "Traceback" not in r.stderr
