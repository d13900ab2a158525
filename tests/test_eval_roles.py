"""The scorer's role matching follows the guideline: a title and its organisation
may be split or written as one string when they join to the same words."""

from __future__ import annotations

from c4ir_kb.quality.evaluate import evaluate


def _doc(title: str, org: str | None) -> dict:
    return {
        "articles": [
            {"source": "a.txt", "people": [{"name": "Trần Văn Bình", "roles": [{"title": title, "org": org}]}]}
        ]
    }


def test_an_unsplit_title_matches_its_split_form():
    s = evaluate(_doc("Ủy viên Trung ương Đảng", None), _doc("Ủy viên", "Trung ương Đảng"))["roles"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_split_title_matches_the_unsplit_prediction():
    s = evaluate(_doc("Thủ tướng", "Chính phủ"), _doc("Thủ tướng Chính phủ", None))["roles"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_different_organisation_is_still_a_miss():
    s = evaluate(_doc("Bí thư", "Tỉnh ủy Phú Thọ"), _doc("Bí thư", "Tỉnh ủy"))["roles"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
