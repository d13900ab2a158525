"""Roles on unseen state, party and provincial reports (sentences written for these tests,
invented names and invented bodies): the central committee abbreviated `T.Ư`, titles
joined by a spaced dash, a title glued to the name by a hyphen, a shared-title list
closed by `;`."""

from __future__ import annotations

from tests.test_title_chains import people, roles, run


def test_a_central_committee_seat_abbreviated_t_u_is_a_title_and_the_chain_goes_on():
    r = run("Quyết định được trao cho ông Đào Văn Khải, Ủy viên dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Sơn.")
    got = roles(r)
    assert ("Đào Văn Khải", "Ủy viên dự khuyết T.Ư Đảng", None) in got
    assert ("Đào Văn Khải", "Chủ tịch", "HĐND tỉnh Bình Sơn") in got


def test_two_titles_joined_by_a_spaced_dash_before_a_name_are_both_the_holders():
    r = run("Buổi lễ có sự tham dự của Bí thư T.Ư Đảng - Bộ trưởng Bộ Xây dựng Kha Minh Triết.")
    got = roles(r)
    assert ("Kha Minh Triết", "Bí thư T.Ư Đảng", None) in got
    assert ("Kha Minh Triết", "Bộ trưởng", "Bộ Xây dựng") in got


def test_a_rank_and_a_seat_joined_by_a_dash_head_a_list_and_each_listed_name_holds_both():
    r = run("Đến dự có các đồng chí Thượng tướng - Ủy viên Trung ương Đảng: Chính ủy Quân khu 9 Lục Văn Sang, Tư lệnh Quân khu 9 Mạc Đình Trọng.")
    got = roles(r)
    for name in ("Lục Văn Sang", "Mạc Đình Trọng"):
        assert (name, "Thượng tướng", None) in got
        assert (name, "Ủy viên Trung ương Đảng", None) in got


def test_a_semicolon_closes_a_list_whose_items_are_divided_by_commas():
    r = run("Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Bộ trưởng Bộ Nội vụ Lý Văn Cần, Trưởng ban Dân vận Trung ương Ông Thị Hạnh; Bí thư Trung ương Đảng Giáp Văn Tường.")
    got = roles(r)
    assert ("Lý Văn Cần", "Ủy viên", "Bộ Chính trị") in got
    assert not any(p == "Giáp Văn Tường" and o == "Bộ Chính trị" for p, _, o in got)


def test_a_title_glued_to_the_name_by_a_hyphen_ends_the_name():
    r = run("Bà Tạ Thị Yến-Phó Giám đốc Sở Tài chính tỉnh Bình Sơn trình bày báo cáo.")
    assert people(r) == {"Tạ Thị Yến"}
    assert ("Tạ Thị Yến", "Phó Giám đốc", "Sở Tài chính tỉnh Bình Sơn") in roles(r)


def test_an_attendance_item_with_an_abbreviated_title_glued_by_a_hyphen_keeps_its_titles():
    r = run("Dự buổi tiếp xúc có các đồng chí: Mai Văn Đạt - TUV, Giám đốc Sở Nội vụ; Khúc Thị Lan-TUV, Phó Trưởng Đoàn ĐBQH tỉnh.")
    assert "Khúc Thị Lan" in people(r)
    got = roles(r)
    assert ("Khúc Thị Lan", "TUV", None) in got
    assert any(p == "Khúc Thị Lan" and t == "Phó Trưởng Đoàn" for p, t, _ in got)


def test_a_hyphen_between_two_place_names_is_no_title_and_splits_nothing():
    r = run("Tuyến cao tốc Bắc Sơn-Lạng Giang được thông xe cuối năm.")
    assert not people(r)


def test_a_keeper_of_accounts_named_after_a_defendants_birth_year_is_a_role():
    r = run("Cùng vụ án, Lã Thị Thoa (SN 1991), cựu thủ quỹ, bị tuyên 2 năm tù; Hồ Thị Nguyệt (SN 1988), cựu kế toán xã, bị tuyên 5 năm tù.")
    got = roles(r)
    assert ("Lã Thị Thoa", "cựu thủ quỹ", None) in got
    assert ("Hồ Thị Nguyệt", "cựu kế toán xã", None) in got


def test_a_chief_accountant_of_a_named_company_holds_the_post_in_that_company():
    r = run("Bà Lê Thị Hạnh, kế toán trưởng Công ty Cổ phần Sông Mây, cho biết doanh thu quý ba tăng mạnh.")
    assert ("Lê Thị Hạnh", "kế toán trưởng", "Công ty Cổ phần Sông Mây") in roles(r)


def test_a_career_clause_after_a_comma_gives_its_posts_to_the_person_opening_the_sentence():
    r = run("Ông Hà Văn Kiên (49 tuổi) quê xã Yên Lạc, từng giữ các chức vụ: Bí thư Tỉnh đoàn Bình Sơn, Bí thư Thành ủy Bình Sơn.")
    got = roles(r)
    assert ("Hà Văn Kiên", "Bí thư", "Tỉnh đoàn Bình Sơn") in got
    assert ("Hà Văn Kiên", "Bí thư", "Thành ủy Bình Sơn") in got


def test_a_career_goes_on_past_a_parent_body_in_brackets_and_a_term_written_as_one_word():
    r = run("Ông Tôn Đức Vĩnh (sinh năm 1971) là tiến sĩ luật, từng giữ chức Vụ trưởng Vụ Tổng hợp (Bộ Tư pháp), Phó chủ tịch UBND tỉnh Bình Sơn nhiệm kỳ 2011-2016.")
    got = roles(r)
    assert ("Tôn Đức Vĩnh", "Vụ trưởng", "Vụ Tổng hợp") in got
    assert ("Tôn Đức Vĩnh", "Phó chủ tịch", "UBND tỉnh Bình Sơn") in got


def test_a_career_clause_after_two_people_gives_its_posts_to_neither():
    r = run("Ông Lê Văn Cảnh gặp ông Trần Văn Bảy, từng là Giám đốc Sở Y tế tỉnh Bình Sơn.")
    assert not any(t == "Giám đốc" for _, t, _ in roles(r))


def test_a_defendants_birth_year_and_home_in_brackets_do_not_keep_the_title_from_the_name():
    r = run("Cùng bị xét xử có Lò Văn Pình (SN 1970, trú xã Tà Xùa, huyện Bắc Yên), cựu Chủ tịch UBND xã Tà Xùa, bị truy tố.")
    assert ("Lò Văn Pình", "cựu Chủ tịch", "UBND xã Tà Xùa") in roles(r)


def test_a_family_name_that_is_a_common_noun_is_read_before_a_birth_year_aside():
    r = run("Tòa xét xử Mùa Văn Chứ (SN 1975, trú xã Sín Chải), cựu Trưởng Công an xã Sín Chải.")
    assert "Mùa Văn Chứ" in people(r)
    assert any(p == "Mùa Văn Chứ" and t == "cựu Trưởng Công an" for p, t, _ in roles(r))


def test_a_name_written_again_with_a_birth_year_aside_takes_the_titles_after_it():
    r = run("Bị cáo Giàng A Pao nhận án 9 năm tù.\n\nTheo cáo trạng, Giàng A Pao (SN 1980, trú xã Pà Cò), nguyên Trưởng thôn Pà Cò, đã nhận tiền.")
    assert any(p == "Giàng A Pao" and t.startswith("nguyên Trưởng thôn") for p, t, _ in roles(r))


def test_the_post_after_coordinated_predicates_goes_to_the_one_person_of_the_clause():
    r = run("Bộ Chính trị điều động ông Quách Văn Lợi, Phó Bí thư Tỉnh ủy Bình Sơn, về công tác tại tỉnh Yên Thủy và giữ chức Bí thư Tỉnh ủy Yên Thủy.")
    assert ("Quách Văn Lợi", "Bí thư", "Tỉnh ủy Yên Thủy") in roles(r)


def test_a_post_after_coordinated_predicates_is_nobodys_when_two_people_are_named_before():
    r = run("Ông Quách Văn Lợi và ông Mạc Văn Sinh dự họp, tham gia thảo luận và giữ chức Tổ trưởng tổ biên tập.")
    assert not any(t == "Tổ trưởng" for _, t, _ in roles(r))


def test_a_deputy_post_before_rồi_is_held_in_the_body_of_the_post_after_it():
    r = run("Ông Hà Văn Kiên (49 tuổi), từng giữ các chức vụ: Bí thư Tỉnh đoàn Bình Sơn, Phó chủ tịch rồi Chủ tịch UBND tỉnh Bình Sơn.")
    got = roles(r)
    assert ("Hà Văn Kiên", "Phó chủ tịch", "UBND tỉnh Bình Sơn") in got
    assert ("Hà Văn Kiên", "Chủ tịch", "UBND tỉnh Bình Sơn") in got


def test_a_later_post_after_sau_là_is_the_same_persons():
    r = run("Theo cáo trạng, Đàm Văn Tư giữ chức Trưởng thôn 3, sau là Trưởng thôn Khe Mát, rồi nhận tiền của nhiều hộ.")
    assert ("Đàm Văn Tư", "Trưởng thôn Khe Mát", None) in roles(r)
