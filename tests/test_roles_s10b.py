"""Roles, second round on unseen news (sentences written for these tests, invented names
and invented companies): the qualifier `điều hành` (executive) after a manager's title
stays in the title and the organisation after it is still the post's; after another
title `điều hành` is the verb `chairs` and ends the title."""

from __future__ import annotations

from tests.test_title_chains import people, roles, run


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


def test_a_lone_latin_word_after_a_title_that_names_a_body_is_no_person():
    r = run("Hiệp hội Nông sản Sạch (Greenfarm) và Công ty Hưng Long ký biên bản, có bà Lò Thị Mai, Chủ tịch Greenfarm và ông Khổng Văn Lực dự.")
    assert "Greenfarm" not in people(r)


def test_a_country_after_a_head_of_state_title_is_no_person():
    r = run("Tham dự có ông Kha Văn Tường, Cố vấn Tổng thống Zambrovia về chính sách đối ngoại, và bà Hồ Thị Lan.")
    assert "Zambrovia" not in people(r)


def test_a_foreign_holder_named_in_full_elsewhere_keeps_the_title_in_short_form():
    r = run("Ông Marek Dvorsky đến Hà Nội hôm qua. Giám đốc Dvorsky cho biết công ty sẽ mở văn phòng mới.")
    assert any(p == "Marek Dvorsky" and t == "Giám đốc" for p, t, _ in roles(r))
