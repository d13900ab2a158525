"""Commitments, ninth session: actors of clauses found right but credited to another entity.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_short_name_does_not_stand_for_its_branch_in_a_named_place():
    # `X` and `X <place>`: the longer name is the body's plant or branch there, not the body in full
    r = run("Thép Lộc Hà cam kết mở rộng nhà máy cán nguội trong năm 2026.\n\n"
            "Năm ngoái, Thép Lộc Hà Đà Nẵng đạt sản lượng 2 triệu tấn.\n",
            [("ORG", "Thép Lộc Hà", []), ("ORG", "Thép Lộc Hà Đà Nẵng", [])])
    assert r.name(r.find("nhà máy cán nguội").actor) == "Thép Lộc Hà"


def test_a_short_name_does_not_stand_for_a_facility_named_after_it():
    # `X` and `X <facility word> …` (Latin names write the facility after the brand): the facility is no body
    r = run("Tân Phú dự kiến mở thêm ba văn phòng ở Singapore trong năm nay.\n\n"
            "Dự án Tân Phú Green DC Bình Dương khởi công từ tháng trước.\n",
            [("ORG", "Tân Phú", []), ("ORG", "Tân Phú Green DC Bình Dương", [])])
    assert r.name(r.find("ba văn phòng").actor) == "Tân Phú"


def test_a_short_name_still_stands_for_its_full_name_with_the_home_country():
    # `X` and `X Việt Nam`: the same body written in full
    r = run("Năm ngoái, Tổng công ty Hàng hải Việt Nam vận chuyển 40 triệu tấn hàng.\n\n"
            "Tổng công ty Hàng hải sẽ đóng mới 10 tàu container trong năm 2026.\n",
            [("ORG", "Tổng công ty Hàng hải", []), ("ORG", "Tổng công ty Hàng hải Việt Nam", [])])
    assert r.name(r.find("10 tàu container").actor) == "Tổng công ty Hàng hải Việt Nam"
