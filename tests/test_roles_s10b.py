"""Roles, second round on unseen news (sentences written for these tests, invented names
and invented companies): the qualifier `điều hành` (executive) after a manager's title
stays in the title and the organisation after it is still the post's; after another
title `điều hành` is the verb `chairs` and ends the title."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def test_executive_after_a_deputy_general_director_stays_in_the_title_and_keeps_the_company():
    r = run("Theo bà Tạ Thị Hiền, Phó tổng giám đốc điều hành Tập đoàn Minh Phát, doanh thu quý này tăng mạnh.")
    assert ("Tạ Thị Hiền", "Phó tổng giám đốc điều hành", "Tập đoàn Minh Phát") in roles(r)


def test_executive_title_joined_by_kiem_to_a_second_post_is_one_title_of_the_company():
    r = run("Ông Khổng Văn Lực, Phó giám đốc điều hành kiêm Giám đốc tài chính của Công ty Hưng Long, đã trình bày báo cáo.")
    assert ("Khổng Văn Lực", "Phó giám đốc điều hành kiêm Giám đốc tài chính", "Công ty Hưng Long") in roles(r)


def test_dieu_hanh_after_a_chair_is_the_verb_and_not_part_of_the_title():
    r = run("Phó Chủ tịch UBND tỉnh Bình Sơn Lục Văn Khang điều hành phiên thảo luận buổi chiều.")
    got = roles(r)
    assert ("Lục Văn Khang", "Phó Chủ tịch", "UBND tỉnh Bình Sơn") in got
    assert not any("điều hành" in t for _, t, _ in got)

