"""Roles in attendance reports that list each party's people after `về phía <body> có`
(sentences written for these tests, invented names and invented bodies): a title that
names no body of its own is held in the body of the clause's frame; a title that names its
body, a rank, a party committee's post and a clause without the frame keep what they had."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def test_a_title_before_the_name_after_a_side_frame_is_held_in_the_frames_body():
    r = run("Về phía Tổng công ty Đường thủy Sông Đà có Chủ tịch HĐQT Lưu Văn Khánh cùng các thành viên.")
    assert ("Lưu Văn Khánh", "Chủ tịch HĐQT", "Tổng công ty Đường thủy Sông Đà") in roles(r)


def test_every_person_listed_in_the_frames_clause_holds_a_bodyless_title_there():
    r = run("Về phía Công ty Cổ phần Thép Bắc Hà, có ông Vi Văn Luận - Tổng giám đốc, bà Lò Thị Mai - Kế toán trưởng, cùng lãnh đạo các phòng.")
    got = roles(r)
    assert ("Vi Văn Luận", "Tổng giám đốc", "Công ty Cổ phần Thép Bắc Hà") in got
    assert ("Lò Thị Mai", "Kế toán trưởng", "Công ty Cổ phần Thép Bắc Hà") in got


def test_a_bare_head_noun_in_a_title_is_the_frames_body_not_another_of_that_kind():
    r = run(
        "Tổng công ty Cảng biển Vân Hải ký thỏa thuận với đối tác. "
        "Về phía Tổng công ty Vận tải Trường Sơn, có Thiếu tướng Đàm Văn Chiến - Chủ tịch Tổng công ty."
    )
    got = roles(r)
    assert ("Đàm Văn Chiến", "Chủ tịch", "Tổng công ty Vận tải Trường Sơn") in got
    assert not any(p == "Đàm Văn Chiến" and o == "Tổng công ty Cảng biển Vân Hải" for p, _, o in got)


def test_each_clause_after_a_semicolon_has_its_own_frame():
    r = run("Dự buổi lễ, về phía Bộ đội Biên phòng tỉnh Lai Châu có Đại tá Sùng A Lử, Chính ủy; về phía Sở Ngoại vụ tỉnh Lai Châu có ông Tẩn Văn Pao, Phó Giám đốc.")
    got = roles(r)
    assert ("Sùng A Lử", "Chính ủy", "Bộ đội Biên phòng tỉnh Lai Châu") in got
    assert ("Tẩn Văn Pao", "Phó Giám đốc", "Sở Ngoại vụ tỉnh Lai Châu") in got
    assert ("Sùng A Lử", "Đại tá", None) in got


def test_a_title_that_names_its_own_body_keeps_it_inside_a_frame():
    r = run("Về phía Tập đoàn Dệt may Hồng Lam có ông Kiều Văn Trọng, Phó Chủ tịch UBND tỉnh Yên Bình.")
    got = roles(r)
    assert ("Kiều Văn Trọng", "Phó Chủ tịch", "UBND tỉnh Yên Bình") in got
    assert not any(o == "Tập đoàn Dệt may Hồng Lam" for _, _, o in got)


def test_a_place_after_ve_phia_is_no_body_for_the_titles():
    r = run("Về phía tỉnh Yên Bình có ông Kiều Văn Trọng, Phó Giám đốc.")
    assert ("Kiều Văn Trọng", "Phó Giám đốc", None) in roles(r)


def test_without_the_frame_a_bodyless_title_stays_without_organisation():
    r = run("Công ty Cổ phần Thép Bắc Hà họp với khách hàng; dự có ông Vi Văn Luận - Tổng giám đốc.")
    assert ("Vi Văn Luận", "Tổng giám đốc", None) in roles(r)


def test_phia_alone_opens_the_frame_too():
    r = run("Phía Trường Cao đẳng Nghề Tân Lập có Phó Hiệu trưởng Vương Đình Quý và đại diện các khoa.")
    assert ("Vương Đình Quý", "Phó Hiệu trưởng", "Trường Cao đẳng Nghề Tân Lập") in roles(r)


def test_a_direction_after_phia_is_no_body():
    r = run("Phía Bắc có ông Vương Đình Quý, Phó Giám đốc, tham gia điều phối.")
    assert ("Vương Đình Quý", "Phó Giám đốc", None) in roles(r)


def test_a_title_after_the_object_of_a_fronted_meeting_clause_is_the_next_subjects():
    r = run("Tiếp Đại sứ Na Uy Henrik Solberg, Chủ tịch nước chúc mừng ông hoàn thành nhiệm kỳ.")
    got = roles(r)
    assert ("Henrik Solberg", "Đại sứ Na Uy", None) in got
    assert not any(p == "Henrik Solberg" and t == "Chủ tịch nước" for p, t, _ in got)


def test_an_appositive_title_before_its_verb_stays_the_persons_without_a_fronted_clause():
    r = run("Ông Hà Đức Lâm, Giám đốc Sở Tài chính tỉnh Yên Bình cho biết sẽ cân đối nguồn vốn.")
    assert ("Hà Đức Lâm", "Giám đốc", "Sở Tài chính tỉnh Yên Bình") in roles(r)
