"""Roles on unseen state, party and military reports (sentences written for these tests,
invented names): whose province a bare committee is, titles the lexicon builds by grammar,
qualifiers, shared titles heading lists of titled names."""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import home_place
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze
from tests.test_title_chains import people, roles, run


def test_a_guest_city_named_first_does_not_make_the_hosts_bare_committee_its_own():
    r = run(
        "Ông Lý Văn Hòa nhận nhiệm vụ Bí thư Tỉnh ủy Gia Lai\n"
        "Sáng nay, đoàn công tác có các đồng chí: Tạ Minh Quân, Chủ tịch UBND thành phố Đà Nẵng; Đinh Quốc Việt, Tư lệnh Quân khu 5.\n"
        "Về phía tỉnh Gia Lai có các đồng chí: Hứa Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Mạc Văn Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh."
    )
    got = roles(r)
    assert ("Hứa Thị Lan", "Phó Bí thư", "Tỉnh ủy Gia Lai") in got
    assert ("Mạc Văn Tiến", "Chủ tịch", "HĐND tỉnh Gia Lai") in got
    assert not any(o and "Đà Nẵng" in o for p, t, o in got if p in ("Hứa Thị Lan", "Mạc Văn Tiến"))


def test_committees_of_several_provinces_named_in_one_breath_give_no_home_province():
    text = (
        "Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Gia Lai, Kon Tum, Đắk Nông. "
        "Các Bí thư Tỉnh ủy Gia Lai, Kon Tum, Đắk Nông lần lượt báo cáo."
    )
    v = DocView(analyze(Article(id="t", source="t", text=text, content_hash="h")))
    assert home_place(v) is None


def test_a_province_whose_committee_alone_is_named_twice_is_the_home():
    text = "Tỉnh ủy Gia Lai họp phiên thường kỳ. Ban Thường vụ Tỉnh ủy Gia Lai cho ý kiến về nhân sự."
    v = DocView(analyze(Article(id="t", source="t", text=text, content_hash="h")))
    assert home_place(v) == "Gia Lai"


def test_items_under_a_shared_title_written_title_first_hold_their_own_titles_and_the_shared_one():
    r = run(
        "Đến thăm đơn vị có các Ủy viên Bộ Chính trị: Trưởng Ban Dân vận Trung ương Hà Quốc Bình; "
        "Phó Thủ tướng Chính phủ Lục Văn Khang. Sau đó đoàn rời đi."
    )
    got = roles(r)
    assert ("Hà Quốc Bình", "Ủy viên", "Bộ Chính trị") in got
    assert ("Lục Văn Khang", "Ủy viên", "Bộ Chính trị") in got
    assert ("Lục Văn Khang", "Phó Thủ tướng", "Chính phủ") in got
    assert not any(p == "Hà Quốc Bình" and t == "Phó Thủ tướng" for p, t, o in got)


def test_an_acting_post_may_open_an_item_under_a_shared_title():
    r = run("Có mặt còn có các đồng chí Bí thư Trung ương Đảng: Quyền Trưởng Ban Nội chính Trung ương Kha Văn Lực, Chánh án Tòa án nhân dân tối cao Âu Minh Triết; đại diện các bộ.")
    got = roles(r)
    assert ("Kha Văn Lực", "Bí thư Trung ương Đảng", None) in got
    assert ("Âu Minh Triết", "Bí thư Trung ương Đảng", None) in got


def test_a_deputy_head_of_a_sub_committee_is_one_title_not_a_name():
    r = run("Đại tá Hồ Văn Phúc, Phó Trưởng Tiểu ban Thường trực Tiểu ban Hậu cần hội thao, cho biết mọi khâu đã sẵn sàng.")
    assert "Phó Trưởng Tiểu" not in people(r)
    assert any(p == "Hồ Văn Phúc" and t == "Phó Trưởng Tiểu ban Thường trực" for p, t, o in roles(r))


def test_a_deputy_chief_inspector_is_a_title_not_a_name():
    r = run("Được biết, bà Kiều Thị Mai - nguyên Phó Chánh Thanh tra tỉnh Hậu Giang đã nghỉ hưu từ năm ngoái.")
    assert "Phó Chánh Thanh" not in people(r)
    assert any(p == "Kiều Thị Mai" and t == "nguyên Phó Chánh Thanh tra" for p, t, o in roles(r))


def test_a_deputy_named_by_the_board_alone_holds_the_board():
    r = run("Buổi làm việc có ông Vi Đức Thọ, Ủy viên Trung ương Đảng, Phó Ban Nội chính Trung ương.")
    assert ("Vi Đức Thọ", "Phó Ban", "Ban Nội chính Trung ương") in roles(r)


def test_the_opening_words_of_a_title_cut_short_are_no_persons_name():
    r = run("Chủ trì có các đồng chí: Giang Thị Hoa, Phó Bí Tỉnh ủy, Chủ tịch HĐND tỉnh; Thân Văn Lợi, Phó Chủ tịch UBND tỉnh.")
    assert "Phó Bí" not in people(r)


def test_a_full_time_posts_qualifier_stays_in_the_title():
    r = run("Dự hội nghị có đồng chí Khổng Minh Tâm - Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh.")
    assert any(p == "Khổng Minh Tâm" and t == "Phó Bí thư chuyên trách" and o for p, t, o in roles(r))


def test_the_first_of_several_deputies_keeps_thu_nhat_in_the_title():
    r = run("Tiếp đoàn có ông Yusuf Karimov, Phó Chủ tịch thứ nhất Ngân hàng Phát triển châu Á, cùng các chuyên gia.")
    assert any(p == "Yusuf Karimov" and t == "Phó Chủ tịch thứ nhất" for p, t, o in roles(r))


def test_a_name_ending_in_a_syllable_that_heads_schools_ends_before_its_dash():
    r = run("Cùng dự có các đồng chí: Lò Văn Trường - Tỉnh ủy viên, Giám đốc Sở Xây dựng; Vàng Thị Mỷ - Phó Chủ tịch HĐND tỉnh.")
    assert "Lò Văn Trường" in people(r)
    assert any(p == "Lò Văn Trường" and t == "Giám đốc" for p, t, o in roles(r))


def test_the_head_of_a_bodys_office_holds_the_body():
    r = run("Ông Tiêu Văn Hải, Chánh Văn phòng Bộ Tư pháp, đã trả lời báo chí chiều qua.")
    assert ("Tiêu Văn Hải", "Chánh Văn phòng", "Bộ Tư pháp") in roles(r)


def test_an_office_that_is_an_agency_of_its_own_stays_the_organisation():
    r = run("Ông Tiêu Văn Hải, Chánh Văn phòng Trung ương Đảng, đã dự buổi lễ.")
    assert ("Tiêu Văn Hải", "Chánh Văn phòng", "Văn phòng Trung ương Đảng") in roles(r)


def test_a_bare_standing_committee_seat_is_held_in_the_party_committee_a_later_post_names():
    r = run(
        "Sáng 3/5, Tỉnh ủy Yên Bái họp phiên bế mạc do Phó Bí thư Tỉnh ủy Chu Văn Lực điều hành. "
        "Bà Lưu Thị Huê, Ủy viên BTV, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, được bầu lại với số phiếu tuyệt đối."
    )
    assert ("Lưu Thị Huê", "Ủy viên BTV", "Tỉnh ủy Yên Bái") in roles(r)


def test_a_bare_standing_committee_seat_before_a_state_post_gets_no_body():
    r = run("Ông Mẫn Văn Toại, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Yên Bái, dự lễ.")
    assert ("Mẫn Văn Toại", "Ủy viên Ban Thường vụ", None) in roles(r)


def test_a_bare_unit_head_is_the_one_unit_of_that_kind_the_article_names_later():
    r = run(
        "Chiều 9/8, Thiếu tướng Thạch Văn Lũy, Phó Tư lệnh Quân đoàn, cùng đoàn công tác của Quân đoàn 12 "
        "đã kiểm tra thao trường."
    )
    assert ("Thạch Văn Lũy", "Phó Tư lệnh", "Quân đoàn 12") in roles(r)


def test_a_bare_unit_head_before_va_and_a_lower_case_word_names_the_articles_unit():
    r = run(
        "Quân đoàn 12 tổ chức hội thao. Tham dự có Đại tá Giáp Văn Tuân, Phó Chủ nhiệm Chính trị Quân đoàn "
        "và các cơ quan chức năng."
    )
    assert ("Giáp Văn Tuân", "Phó Chủ nhiệm Chính trị", "Quân đoàn 12") in roles(r)


def test_a_bare_unit_head_gets_no_body_when_the_article_names_two_such_units_later():
    r = run(
        "Đại tá Giáp Văn Tuân, Phó Tham mưu trưởng Quân đoàn, đã gặp đại diện Quân đoàn 12 và Quân đoàn 34 chiều qua."
    )
    assert ("Giáp Văn Tuân", "Phó Tham mưu trưởng", None) in roles(r)


def test_the_forces_a_title_commands_written_after_it_belong_to_the_title():
    r = run("Buổi đón có Trung tướng Bounmy Sayavong, Tổng Tham mưu trưởng các Lực lượng vũ trang, Phó Chủ tịch thứ nhất Ủy ban Biên giới Lào, cùng đoàn tùy tùng.")
    got = roles(r)
    assert ("Bounmy Sayavong", "Tổng Tham mưu trưởng các Lực lượng vũ trang", None) in got
    assert any(p == "Bounmy Sayavong" and t == "Phó Chủ tịch thứ nhất" for p, t, o in got)


def test_the_commander_in_chief_keeps_the_forces_in_the_title():
    r = run("Ông Vương Đình Khải, Thống lĩnh các Lực lượng vũ trang nhân dân, đã chủ trì buổi lễ.")
    assert ("Vương Đình Khải", "Thống lĩnh các Lực lượng vũ trang nhân dân", None) in roles(r)


def test_a_deputys_title_inside_a_dashed_item_does_not_end_the_item_as_if_phó_were_a_surname():
    r = run(
        "Chủ tọa hôm ấy là các Ủy viên Ban Chấp hành Đảng bộ tỉnh: Ninh Văn Quế - Giám đốc Sở Nội vụ, "
        "Phó Bí thư Đảng ủy Khối chính quyền và Hầu Thị Nga - Phó Chủ tịch Ủy ban MTTQ tỉnh."
    )
    assert any(p == "Hầu Thị Nga" and t == "Ủy viên" for p, t, o in roles(r))


def test_a_foreign_name_the_article_writes_after_ong_ends_a_run_of_latin_words_after_a_title():
    r = run(
        "Giám đốc Khu vực Orion Maritime Henrik Dalgaard phát biểu khai mạc. "
        "Sau lễ ký, ông Henrik Dalgaard trả lời phỏng vấn."
    )
    assert "Henrik Dalgaard" in people(r)
    assert "Maritime Henrik Dalgaard" not in people(r)
