"""Organisations on unseen news, eleventh pass (second round): what makes a capitalised
phrase an event rather than a body. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def test_a_forum_between_two_countries_named_after_a_dash_is_an_event():
    r = run("Chiều qua, hơn 300 doanh nghiệp đã dự Diễn đàn Đầu tư Việt Nam – Hàn Quốc tại Đà Lạt.")
    assert not any(o.startswith("Diễn đàn") for o in surfaces(r, "ORG"))
    assert "Đà Lạt" in surfaces(r, "LOC")  # the sentence is still read


def test_a_fair_between_a_country_and_a_bloc_is_an_event():
    r = run("Nhân dịp dự Hội chợ Thái Lan - ASEAN, đoàn đã thăm Công ty Cổ phần Sao Khuê.")
    orgs = surfaces(r, "ORG")
    assert not any(o.startswith("Hội chợ") for o in orgs)
    assert "Công ty Cổ phần Sao Khuê" in orgs


def test_a_body_named_by_a_programme_is_the_programmes_name():
    r = run("Hôm qua, Đại học Thủy Lợi đã công bố Chương trình Học viện Năng lượng Xanh với sự hỗ trợ của Tập đoàn Kim Sơn.")
    orgs = surfaces(r, "ORG")
    assert not any(o.startswith("Học viện") for o in orgs)
    assert "Tập đoàn Kim Sơn" in orgs


def test_a_project_word_inside_a_bodys_name_leaves_the_body_whole():
    r = run("Ban Quản lý Dự án Trường Đại học Hòa Bình đã họp với các nhà thầu.")
    assert "Ban Quản lý Dự án Trường Đại học Hòa Bình" in surfaces(r, "ORG")
