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


def test_a_project_board_named_in_lower_case_runs_to_the_district_it_serves():
    r = run("Ông Tạ Văn Bính, Giám đốc Ban quản lý dự án đầu tư xây dựng huyện Gia Lâm, cho biết công trình sẽ xong trong tháng tới.")
    assert ("Tạ Văn Bính", "Giám đốc", "Ban quản lý dự án đầu tư xây dựng huyện Gia Lâm") in roles(r)


def test_a_lower_case_name_joined_by_va_runs_to_the_province():
    r = run("Tòa tuyên phạt Mạc Văn Toản, cựu Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Ninh Bình, 8 năm tù.")
    assert ("Mạc Văn Toản", "cựu Giám đốc", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Ninh Bình") in roles(r)


def test_an_office_named_in_lower_case_runs_to_its_district():
    r = run("Bà Khúc Thị Nhàn, Giám đốc Văn phòng đăng ký đất đai huyện Gia Lâm, trả lời phóng viên.")
    assert ("Khúc Thị Nhàn", "Giám đốc", "Văn phòng đăng ký đất đai huyện Gia Lâm") in roles(r)


def test_a_verb_after_a_lower_case_head_ends_the_name_before_the_place():
    r = run("Ông Tạ Văn Bính, Giám đốc Ban quản lý dự án làm việc với UBND huyện Gia Lâm về tiến độ.")
    assert not any(o and "Gia Lâm" in o and o.startswith("Ban") for _, _, o in roles(r))


def test_a_company_with_long_lower_case_business_fields_keeps_its_own_name():
    r = run("Cùng tội danh, Trần Văn Bảo (31 tuổi, Giám đốc Công ty TNHH đầu tư xây dựng bất động sản Minh Khang) bị phạt 10 năm tù.")
    assert ("Trần Văn Bảo", "Giám đốc", "Công ty TNHH đầu tư xây dựng bất động sản Minh Khang") in roles(r)


def test_the_party_committee_of_the_provinces_party_bodies_is_named_with_its_province():
    r = run("Ông Lò Văn Khiêm, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy Các cơ quan Đảng tỉnh Lai Châu, dự đại hội.")
    assert ("Lò Văn Khiêm", "Bí thư", "Đảng ủy Các cơ quan Đảng tỉnh Lai Châu") in roles(r)


def test_a_chain_before_the_name_goes_on_past_the_front_and_mass_bodies_committee():
    r = run("Sáng 2/4, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể Trung ương Hà Thị Liên đã thăm tỉnh.")
    got = roles(r)
    assert ("Hà Thị Liên", "Bí thư", "Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể Trung ương") in got
    assert ("Hà Thị Liên", "Ủy viên", "Bộ Chính trị") in got
