"""Roles on unseen state, party and military reports of the thirteenth session (sentences
written for these tests, invented names): the boards of party committees."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def test_the_board_of_a_named_provincial_party_committee_is_its_heads_organisation():
    r = run("Phát biểu tại hội nghị, đồng chí Lò Văn Khiêm, Trưởng Ban Nội chính Tỉnh ủy Lai Châu, đề nghị các cơ quan phối hợp chặt chẽ.")
    assert ("Lò Văn Khiêm", "Trưởng Ban", "Ban Nội chính Tỉnh ủy Lai Châu") in roles(r)


def test_a_deputy_head_of_a_city_party_board_is_held_in_the_board():
    r = run("Bà Đặng Thị Yến, Phó Trưởng Ban Dân vận Thành ủy Hải Phòng, trao quà cho các hộ nghèo.")
    assert ("Đặng Thị Yến", "Phó Trưởng Ban", "Ban Dân vận Thành ủy Hải Phòng") in roles(r)


def test_the_organising_board_of_a_bare_party_committee_is_the_organisation_not_part_of_the_title():
    # `Trưởng Ban Tổ chức` is a title of its own (an event's organising board), but
    # before a party committee the board is the committee's
    r = run("Tham dự có đồng chí Hà Văn Tuấn - Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Vi Thị Lan - Giám đốc Sở Tư pháp.")
    assert ("Hà Văn Tuấn", "Trưởng Ban", "Ban Tổ chức Tỉnh ủy") in roles(r)


def test_a_member_of_the_standing_board_keeps_the_board_in_the_title():
    r = run("Đồng chí Lò Văn Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu, dự buổi lễ.")
    assert ("Lò Văn Khiêm", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lai Châu") in roles(r)


def test_a_board_of_a_peoples_council_stays_in_the_title():
    r = run("Ông Vi Văn Hòa, Trưởng Ban Pháp chế HĐND tỉnh Lai Châu, báo cáo kết quả giám sát.")
    assert ("Vi Văn Hòa", "Trưởng Ban Pháp chế", "HĐND tỉnh Lai Châu") in roles(r)
