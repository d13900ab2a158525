"""Places on unseen news, eleventh pass: a commune or ward named by a place name and a
number since the mergers. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def test_a_wards_number_belongs_to_its_name():
    r = run("Cử tri phường Hòa Khánh 2, thành phố Đà Nẵng đã gặp các đại biểu.")
    assert "Hòa Khánh 2" in surfaces(r, "LOC")


def test_a_count_after_a_communes_name_is_no_part_of_it():
    r = run("Người dân xã Hòa Khánh 2 năm liền góp tiền làm đường.")
    locs = surfaces(r, "LOC")
    assert "Hòa Khánh" in locs
    assert "Hòa Khánh 2" not in locs


def test_a_score_after_a_wards_name_is_no_part_of_it():
    r = run("Đội bóng phường Hòa Khánh 3 - 1 đội khách trong trận chung kết.")
    locs = surfaces(r, "LOC")
    assert "Hòa Khánh" in locs
    assert "Hòa Khánh 3" not in locs
