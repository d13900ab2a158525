"""Places on unseen news, tenth pass: what is written after a place's name and is no part of
it. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def test_an_area_glued_to_a_parks_name_is_no_part_of_it():
    r = run("Công ty đang lấp đầy KCN Tân Lạc Xanh 318ha ở Hải Phòng và KCN Đông Vỹ 2 tại Ninh Bình.")
    assert "KCN Tân Lạc Xanh" in surfaces(r, "LOC")
    assert "KCN Đông Vỹ 2" in surfaces(r, "LOC")
    assert not any("318ha" in s for s in surfaces(r, "LOC"))
