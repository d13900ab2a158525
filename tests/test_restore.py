"""Rebuilding a cached real-news text from a stored page excerpt, verified by sha256.

Texts here are our own sentences shaped like stored excerpts (date stamp, captions,
a cut-off last paragraph); nothing reaches the cache unless it matches the manifest."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from c4ir_kb.quality import realnews
from c4ir_kb.quality.restore import cut, excerpts_by_url

TITLE = "Tỉnh A khởi công cầu B"
TEXT = f"{TITLE}\n\nSáng 2/3, tỉnh A khởi công cầu B.\nCầu dài 2 km, dự kiến hoàn thành năm 2027.\n"
SHA = hashlib.sha256(TEXT.encode()).hexdigest()


def test_a_date_stamp_a_caption_and_a_cut_off_paragraph_are_cut_away():
    excerpt = (" date 2025-03 Sáng 2/3, tỉnh A khởi công cầu B.\nLễ khởi công. Ảnh: C.D\n"
               "Cầu dài 2 km, dự kiến hoàn thành năm 2027.\nÔng E cho biết, tỉnh sẽ")
    assert cut(TITLE, len(TEXT), SHA, [excerpt]) == TEXT


def test_a_headline_repeated_after_a_section_name_is_cut_away():
    excerpt = f"Thời sự {TITLE} Sáng 2/3, tỉnh A khởi công cầu B.\nCầu dài 2 km, dự kiến hoàn thành năm 2027.\n"
    assert cut(TITLE, len(TEXT), SHA, [excerpt]) == TEXT


def test_two_excerpts_of_one_page_are_joined_when_neither_alone_holds_the_text():
    first, second = "Sáng 2/3, tỉnh A khởi công cầu B.", "Cầu dài 2 km, dự kiến hoàn thành năm 2027."
    assert cut(TITLE, len(TEXT), SHA, [second, first]) == TEXT


def test_no_text_comes_back_when_no_cut_matches_the_digest():
    assert cut(TITLE, len(TEXT), SHA, ["Sáng 2/3, tỉnh A khởi công cầu C.\nCầu dài 3 km."]) is None


def test_a_saved_search_answer_gives_its_excerpts_by_page(tmp_path):
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"results": [{"url": "https://a.invalid/1", "excerpt": "x"},
                                              {"url": "https://a.invalid/2", "excerpt": "y"},
                                              {"url": "https://a.invalid/1", "excerpt": "z"}]}), encoding="utf-8")
    assert excerpts_by_url(answer) == {"https://a.invalid/1": ["x", "z"], "https://a.invalid/2": ["y"]}


def _set(tmp_path: Path) -> Path:
    set_dir = tmp_path / "set"
    set_dir.mkdir()
    entry = {"id": "rn001", "file": "rn001_b.txt", "url": "https://a.invalid/1", "outlet": "a.invalid",
             "published": "2025-03-02", "title": TITLE, "topic": "t", "split": "dev", "sha256": SHA, "chars": len(TEXT)}
    (set_dir / "manifest.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    return set_dir


def test_restore_writes_the_verified_text_and_its_sidecar(tmp_path):
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"url": "https://a.invalid/1", "excerpt": " date 2025-03-02 " + TEXT.split("\n\n", 1)[1]},
                                 ensure_ascii=False), encoding="utf-8")
    lines = realnews.restore(_set(tmp_path), [answer], tmp_path / "cache")
    assert lines == [f"rn001: restored {tmp_path / 'cache' / 'rn001_b.txt'}"]
    assert (tmp_path / "cache" / "rn001_b.txt").read_text(encoding="utf-8") == TEXT
    meta = json.loads((tmp_path / "cache" / "rn001_b.meta.json").read_text(encoding="utf-8"))
    assert meta == {"title": TITLE, "url": "https://a.invalid/1", "published": "2025-03-02", "source": "a.invalid"}


def test_restore_writes_nothing_for_an_excerpt_that_does_not_match(tmp_path):
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"url": "https://a.invalid/1", "excerpt": "Một bài khác."}), encoding="utf-8")
    lines = realnews.restore(_set(tmp_path), [answer], tmp_path / "cache")
    assert lines == ["rn001: no cut of its 1 stored excerpt(s) matches the manifest's sha256"]
    assert not (tmp_path / "cache").exists()
