"""Roles on real news, round s4: one phenomenon per test, sentences written for these tests."""

from __future__ import annotations

from tests.test_roles_real import people, roles, run  # noqa: F401  (the same helpers)


def test_a_foreign_head_of_government_also_holds_the_bare_title():
    r = run("Sáng nay, Thủ tướng Singapore Lawrence Wong tiếp đoàn doanh nghiệp tại thủ đô.")
    assert {("Lawrence Wong", "Thủ tướng", None), ("Lawrence Wong", "Thủ tướng Singapore", None)} <= roles(r)


def test_a_province_marked_former_is_not_the_articles_home():
    r = run(
        "Chủ tịch UBND tỉnh Lê Văn Bình chỉ đạo các xã ven biển.\n"
        "Các xã giáp ranh với tỉnh Kon Tum (cũ) cần sơ tán người dân.",
        url="https://baoquangngai.vn/tin-bao-post1.html",
    )
    assert ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh Kon Tum") not in roles(r)
    assert ("Lê Văn Bình", "Chủ tịch", "UBND tỉnh Quảng Ngãi") in roles(r)


def test_a_city_named_with_its_party_committee_is_the_home_of_its_bare_bodies():
    r = run(
        "Bộ Chính trị chỉ định ông Trần Văn Nam làm Bí thư Thành ủy Hải Phòng.\n"
        "Dự hội nghị có ông Lê Quang Huy, Chủ tịch UBND thành phố."
    )
    assert ("Lê Quang Huy", "Chủ tịch", "UBND thành phố Hải Phòng") in roles(r)


def test_a_province_opening_the_headline_is_the_home_of_its_bare_bodies():
    r = run("Cà Mau khởi công cầu mới qua sông\n\nDự lễ có ông Võ Văn Tâm, Chủ tịch HĐND tỉnh.")
    assert ("Võ Văn Tâm", "Chủ tịch", "HĐND tỉnh Cà Mau") in roles(r)


def test_a_bare_provincial_body_does_not_take_a_city_home_found_without_a_prefix():
    r = run("Hà Nội khởi công cầu mới qua sông\n\nDự lễ có ông Võ Văn Tâm, Chủ tịch HĐND tỉnh.")
    assert ("Võ Văn Tâm", "Chủ tịch", "HĐND tỉnh Hà Nội") not in roles(r)


def test_an_abbreviated_party_committee_member_is_a_title():
    r = run("Đồng chí Trần Minh Khoa - TUV, Phó Chủ tịch UBND tỉnh Lào Cai dự buổi làm việc.")
    assert {("Trần Minh Khoa", "TUV", None), ("Trần Minh Khoa", "Phó Chủ tịch", "UBND tỉnh Lào Cai")} <= roles(r)


def test_a_capitalised_word_after_a_title_is_no_person_unless_it_is_a_given_name_of_the_article():
    r = run("Ông Đỗ Văn Phúc, Phó Giám đốc Sở, Trưởng Ban Tổ chức Lễ kỷ niệm năm nay phát biểu khai mạc.")
    assert people(r) == {"Đỗ Văn Phúc"}
    assert {p for p, _, _ in roles(r)} == {"Đỗ Văn Phúc"}


def test_a_given_name_after_a_title_still_refers_back_to_its_full_name():
    r = run("Bộ trưởng Lê Văn Thành dự lễ. Phát biểu tại lễ, Bộ trưởng Thành đề nghị các đơn vị khẩn trương.")
    assert people(r) == {"Lê Văn Thành"}


def test_a_term_after_a_post_does_not_end_the_chain_of_titles():
    r = run("Ông Trần Văn Nam, Phó Bí thư Tỉnh ủy khóa XVIII, Chủ tịch Ủy ban MTTQ tỉnh Yên Bái phát biểu.")
    assert ("Trần Văn Nam", "Chủ tịch", "Ủy ban MTTQ tỉnh Yên Bái") in roles(r)


def test_a_term_in_years_after_a_post_does_not_end_the_chain_of_titles():
    r = run("Bà Lê Thị Mai, Bí thư Thành ủy nhiệm kỳ 2015 - 2020, Chủ tịch HĐND thành phố Cần Thơ dự họp.")
    assert ("Lê Thị Mai", "Chủ tịch", "HĐND thành phố Cần Thơ") in roles(r)


def test_a_verb_after_the_titles_behind_a_name_gives_that_person_the_new_title():
    r = run("Ông Trần Văn Nam, Bí thư Tỉnh ủy Hà Giang, được chỉ định làm Bí thư Tỉnh ủy Lào Cai.")
    assert {("Trần Văn Nam", "Bí thư", "Tỉnh ủy Hà Giang"), ("Trần Văn Nam", "Bí thư", "Tỉnh ủy Lào Cai")} <= roles(r)


def test_becoming_a_post_is_holding_it():
    r = run("Bà Nguyễn Thị Thu Hà trở thành Chủ tịch Hội đồng quản trị Công ty Cổ phần Sông Đà.")
    assert any(p == "Nguyễn Thị Thu Hà" and t.startswith("Chủ tịch") for p, t, _ in roles(r))


def test_a_verb_after_a_second_persons_titles_is_the_second_persons():
    r = run("Ông Trần Văn Nam, Giám đốc Sở Tài chính, ông Lê Văn Ba, Giám đốc Sở Xây dựng, được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.")
    assert ("Trần Văn Nam", "Phó Chủ tịch", "UBND tỉnh") not in roles(r)
    assert ("Lê Văn Ba", "Phó Chủ tịch", "UBND tỉnh") in roles(r)


def test_an_organisation_does_not_end_inside_the_holders_name():
    # `Đức` is also a country's name; the surname before it begins the holder's name
    r = run("Thứ trưởng Bộ Giáo dục và Đào tạo Phùng Đức Hải cho biết, kỳ thi diễn ra an toàn.")
    assert ("Phùng Đức Hải", "Thứ trưởng", "Bộ Giáo dục và Đào tạo") in roles(r)
    assert "Hải" not in people(r)


def test_a_province_that_ends_a_body_begins_no_name():
    r = run("Chủ tịch HĐND tỉnh Bắc Ninh Mai Văn Sơn phát biểu khai mạc kỳ họp.")
    assert ("Mai Văn Sơn", "Chủ tịch", "HĐND tỉnh Bắc Ninh") in roles(r)


def test_a_province_between_a_title_and_a_full_name_is_no_part_of_the_name():
    r = run("Tân Bí thư Hải Phòng Lê Văn Hùng phát biểu nhận nhiệm vụ.")
    assert people(r) == {"Lê Văn Hùng"}


def test_english_words_of_a_company_name_are_no_persons_name():
    r = run("Ông Park Min-jun - Tổng giám đốc Seoul Green Asset Management tại lễ ký kết.")
    assert "Green Asset Management" not in people(r) and "Seoul Green Asset Management" not in people(r)
    assert "Park Min-jun" in people(r)


def test_an_english_word_ends_a_bare_vietnamese_name():
    r = run("Năm nay tỉnh tổ chức Giải chạy Bạch Mã Heritage 2025 với hơn 5.000 vận động viên.")
    assert not any("Heritage" in p for p in people(r))


def test_a_qualifier_after_a_head_title_closes_it_before_the_organisation():
    r = run("Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Lê Văn An phát biểu tại hội nghị.")
    assert ("Lê Văn An", "Phó Trưởng ban Thường trực", "Ban Dân vận Tỉnh ủy") in roles(r)


def test_an_abbreviated_general_director_is_a_title_joined_by_kiem():
    r = run("Ông Lê Văn Thắng, Chủ tịch kiêm TGĐ Tổng công ty Sông Hồng ký biên bản ghi nhớ.")
    assert ("Lê Văn Thắng", "Chủ tịch kiêm TGĐ", "Tổng công ty Sông Hồng") in roles(r)


def test_a_defendant_named_by_given_name_holds_the_post_a_verb_gives():
    r = run("Bị cáo Trần Văn Minh vắng mặt tại phiên tòa. Khi đó, bị cáo Minh giữ chức Trưởng phòng Kế hoạch và Đầu tư.")
    assert ("Trần Văn Minh", "Trưởng phòng Kế hoạch và Đầu tư", None) in roles(r)
    assert people(r) == {"Trần Văn Minh"}


def test_a_department_closed_by_punctuation_stays_in_its_heads_title():
    r = run("Bà Lê Thị Hoa, Trưởng phòng Tổ chức cán bộ, kiêm Chánh Văn phòng Sở Nội vụ, cho biết như vậy.")
    assert ("Lê Thị Hoa", "Trưởng phòng Tổ chức cán bộ", None) in roles(r)
    assert any(p == "Lê Thị Hoa" and t == "Chánh Văn phòng" for p, t, _ in roles(r))


def test_a_birth_year_opening_the_parentheses_does_not_hide_the_title_after_it():
    r = run("Bị cáo Trần Văn Bảo (SN 1975, cựu Giám đốc Sở Xây dựng tỉnh Hậu Giang) vắng mặt tại tòa.")
    assert ("Trần Văn Bảo", "cựu Giám đốc", "Sở Xây dựng tỉnh Hậu Giang") in roles(r)


def test_a_former_unit_marker_before_the_closing_parenthesis_keeps_the_title():
    r = run("Bị cáo Trần Văn Bảo (sinh năm 1975, cựu Chủ tịch UBND huyện Phong Điền cũ) xin hoãn phiên tòa.")
    assert any(p == "Trần Văn Bảo" and t == "cựu Chủ tịch" and o and o.startswith("UBND huyện Phong Điền") for p, t, o in roles(r))


def test_a_body_of_a_party_committee_named_by_level_belongs_to_the_home_province():
    r = run("Đại hội Đảng bộ tỉnh Yên Bái khai mạc. Bà Lê Thị Hoa, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XIX, được bầu lại.")
    assert ("Lê Thị Hoa", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Yên Bái") in roles(r)


def test_a_lower_case_board_head_in_a_title_still_opens_the_boards_name():
    r = run("Dự hội nghị có Trưởng ban Kinh tế - Xã hội Trung ương Nguyễn Trọng Bình; Bộ trưởng Bộ Công an Lê Văn Quang.")
    assert any(p == "Nguyễn Trọng Bình" and t == "Trưởng ban" and o and o.lower() == "ban kinh tế - xã hội trung ương" for p, t, o in roles(r))


def test_the_head_of_an_investigating_agency_is_a_title():
    r = run("Đại tá Lê Văn Hải, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định đã có mặt.")
    assert any(p == "Lê Văn Hải" and t == "Thủ trưởng" and o for p, t, o in roles(r))


def test_a_title_opening_a_clause_is_held_by_the_person_after_la():
    r = run("Đoàn công tác gồm 12 người. Trưởng đoàn Bộ Y tế là ông Trần Văn Nam, Phó Cục trưởng Cục Quản lý Dược.")
    assert ("Trần Văn Nam", "Trưởng đoàn", "Bộ Y tế") in roles(r)


def test_a_plural_title_before_la_is_given_to_no_single_person():
    r = run("Ban tổ chức cho biết, 3 Phó Giám đốc là các ông Hoàng Văn An, Lê Văn Bình và Trần Văn Cường.")
    assert not any(t == "Phó Giám đốc" for _, t, _ in roles(r))


def test_a_title_inside_a_clause_before_la_is_not_the_holders():
    r = run("Điều đáng chú ý là ông Trần Văn Nam không có mặt tại buổi họp của Giám đốc Sở.")
    assert not roles(r)


def test_a_bare_board_begun_by_the_titles_own_head_names_the_articles_board():
    r = run(
        "Sáng nay diễn ra phiên họp của Ban Chỉ đạo quốc gia về phòng chống thiên tai. "
        "Dự họp có Phó Thủ tướng Lê Văn Thành, Trưởng ban Chỉ đạo."
    )
    assert ("Lê Văn Thành", "Trưởng ban", "Ban Chỉ đạo quốc gia về phòng chống thiên tai") in roles(r)
