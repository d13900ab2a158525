"""Titles in lists whose next title heads the next person's name (sentences written for
these tests, invented names): a rank written before a listed name is that person's and
does not end the list, and a title whose words run on, unread, into the next name is not
the previous person's."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def test_every_name_after_a_plural_title_and_a_colon_holds_it_when_each_has_a_rank():
    r = run("Hội nghị có các Phó giám đốc Công an tỉnh: Thượng tá Vi Đức Lâm, Thượng tá Hà Quang Vũ.")
    got = roles(r)
    for name in ("Vi Đức Lâm", "Hà Quang Vũ"):
        assert (name, "Phó giám đốc", "Công an tỉnh") in got
        assert (name, "Thượng tá", None) in got


def test_the_rank_heading_the_second_name_of_such_a_list_is_that_persons_before_a_semicolon():
    r = run("Dự có các Phó Cục trưởng Cục Kỹ thuật Quân khu: Đại tá Lò Văn Thắm, Đại tá Hầu Minh Sơn; đại diện các sở, ngành.")
    got = roles(r)
    assert ("Hầu Minh Sơn", "Đại tá", None) in got
    assert {x for x in got if x[0] == "Lò Văn Thắm" and x[1] == "Đại tá"}


def test_a_title_after_a_comma_that_runs_on_into_a_full_name_is_not_the_name_before_it():
    r = run("Dự lễ đón có Thủ tướng Lăng Gia Vĩ, Ủy viên trưởng Nghị hội Liên bang Khúc Tĩnh Hoa, cùng nhiều quan chức.")
    got = roles(r)
    assert ("Lăng Gia Vĩ", "Thủ tướng", None) in got  # the person and own title are still read
    assert not {x for x in got if x[0] == "Lăng Gia Vĩ" and x[1] != "Thủ tướng"}


def test_a_title_after_a_comma_followed_by_a_joined_name_stays_the_persons():
    r = run("Buổi làm việc có ông Hà Đình Khuê, Phó Giám đốc Sở Nội vụ tỉnh và ông Lục Văn Tài.")
    assert ("Hà Đình Khuê", "Phó Giám đốc", "Sở Nội vụ tỉnh") in roles(r)
