"""Organisations on unseen news, tenth pass: what an acronym needs to be a body, and where
a name ends (a foreign legal form, a person a school is named after, a verb, a slogan).
Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


# what an acronym needs to be a body


def test_a_code_coordinated_with_one_a_noun_names_is_a_thing_too():
    r = run("Hãng bay Sao Lam đang khai thác 14 chiếc Q510 và Q520 trên các đường bay nội địa.")
    assert "Q520" not in surfaces(r, "ORG")


def test_an_acronym_coordinated_after_a_noun_for_a_fuel_is_a_fuel():
    # (TQG, an invented code, is in no list of non-entity acronyms: only the noun `khí` before
    # `LNG và TQG` makes it a thing)
    r = run("Kho cảng Bến Lở đã nhập thêm khí LNG và TQG để phục vụ mùa khô năm sau.")
    assert "TQG" not in surfaces(r, "ORG")


def test_a_company_coordinated_with_a_company_stays_a_body():
    r = run("Hôm qua, ngân hàng VTQ và KRX đã ký thỏa thuận hợp tác tại Đà Nẵng.")
    assert "KRX" in surfaces(r, "ORG")


def test_a_shareholders_meeting_written_short_is_no_organisation():
    r = run("Sáng 12/4, Công ty Cổ phần Minh Trà đã tổ chức ĐHCĐ thường niên tại Cần Thơ.")
    assert "ĐHCĐ" not in surfaces(r, "ORG")


def test_a_ranking_table_written_short_is_no_organisation():
    r = run("Đội bóng Sông Lam Xanh leo lên vị trí thứ ba trên BXH sau vòng đấu tối qua.")
    assert "BXH" not in surfaces(r, "ORG")


def test_an_executive_committee_written_short_is_a_generic_body():
    r = run("Đại hội đã bầu BCH khóa I gồm 11 người, nhiệm kỳ 5 năm.")
    assert not any(s.startswith("BCH") for s in surfaces(r, "ORG"))


# a foreign legal form ends the name


def test_a_private_limited_form_after_a_dot_stays_in_the_name():
    r = run("Công ty Halvorsen Ridge Capital Pte. Ltd. vừa ký hợp đồng thuê đất tại Bắc Giang.")
    assert "Công ty Halvorsen Ridge Capital Pte. Ltd" in surfaces(r, "ORG")


def test_the_country_of_registration_in_parentheses_is_part_of_the_name():
    r = run("Nhà đầu tư gồm TANVALE RIVER MANAGEMENT (SINGAPORE) PTE. LTD. và một công ty trong nước.")
    assert "TANVALE RIVER MANAGEMENT (SINGAPORE) PTE. LTD" in surfaces(r, "ORG")
    assert "SINGAPORE" not in surfaces(r, "LOC")
    assert not {"PTE", "LTD", "PTE. LTD"} & surfaces(r, "ORG")


def test_a_legal_form_in_capitals_without_dots_stays_in_the_name():
    r = run("Nhà máy thuộc Công ty Kestrel Singapore PTE LTD đã đi vào hoạt động.")
    assert "Công ty Kestrel Singapore PTE LTD" in surfaces(r, "ORG")


# a person an institution is named after


def test_a_full_name_closing_a_schools_name_with_no_title_before_is_the_schools():
    r = run("Trường Bồi dưỡng cán bộ Trần Quang Vĩnh bố trí toàn bộ sân trường cho đoàn xe.")
    assert "Trường Bồi dưỡng cán bộ Trần Quang Vĩnh" in surfaces(r, "ORG")
    assert "Trần Quang Vĩnh" not in surfaces(r, "PER")


def test_a_full_name_after_a_title_and_a_school_is_the_holders():
    r = run("Hiệu trưởng Trường Bồi dưỡng cán bộ Lê Thị Hạnh phát biểu tại buổi lễ.")
    assert "Lê Thị Hạnh" in surfaces(r, "PER")


# what ends a name


def test_a_verb_of_serving_as_ends_a_steering_bodys_name():
    r = run("Ông Lê Văn Tám, Phó trưởng Ban Chỉ đạo phòng chống thiên tai huyện làm trưởng đoàn đã đi kiểm tra đê.")
    assert not any("làm" in s for s in surfaces(r, "ORG"))


def test_employment_inside_a_steering_bodys_name_is_no_verb():
    r = run("Ban Chỉ đạo giải quyết việc làm huyện Tân Bình vừa họp phiên đầu tiên.")
    assert any("việc làm" in s for s in surfaces(r, "ORG"))


def test_an_english_slogan_after_a_dash_is_no_part_of_a_ministrys_name():
    r = run("Dự án đi đúng định hướng của Bộ Công Thương - Build in Vietnam và vươn ra thế giới.")
    assert "Bộ Công Thương" in surfaces(r, "ORG")
    assert not any("Build" in s for s in surfaces(r, "ORG"))


def test_a_vietnamese_second_half_after_a_dash_stays_in_the_name():
    r = run("Công đoàn Than - Khoáng sản Việt Nam vừa trao quà cho công nhân.")
    assert any(s.startswith("Công đoàn Than - Khoáng sản") for s in surfaces(r, "ORG"))


def test_a_company_name_is_not_cut_inside_a_word_to_make_a_person():
    r = run("Công ty CP Minh Dương Việt Nam sẽ tổ chức đại hội cổ đông vào tháng sau.")
    assert "Công ty CP Minh Dương Việt Nam" in surfaces(r, "ORG")


def test_a_numbered_defence_area_goes_on_to_its_name_after_a_dash():
    r = run("Đoàn đã kiểm tra Ban Chỉ huy phòng thủ khu vực 4 - Tân Hòa trước buổi diễn tập.")
    assert "Ban Chỉ huy phòng thủ khu vực 4 - Tân Hòa" in surfaces(r, "ORG")


def test_a_numbered_unit_written_with_a_capital_stays_apart_from_its_honorary_name():
    r = run("Quân đoàn 7 - Binh đoàn Sông Lam tổ chức hội thao.")
    assert "Quân đoàn 7" in surfaces(r, "ORG")


def test_a_command_named_by_the_city_it_serves_keeps_the_city_in_its_name():
    r = run("Quyết định giao các ban trực thuộc Bộ Tư lệnh thành phố Hồ Chí Minh rà soát quân số.")
    assert "Bộ Tư lệnh thành phố Hồ Chí Minh" in surfaces(r, "ORG")
    assert "Bộ Tư lệnh" not in surfaces(r, "ORG")


def test_the_legal_form_after_a_dash_ends_an_equitised_companys_name():
    r = run("Năm nay, Tổng Công ty Sông Đà Xanh - CTCP đặt kế hoạch lợi nhuận 200 tỷ đồng.")
    assert "Tổng Công ty Sông Đà Xanh - CTCP" in surfaces(r, "ORG")
    assert "CTCP" not in surfaces(r, "ORG")


# a company's short name and ticker in parentheses


def test_a_short_name_before_a_ticker_in_parentheses_is_the_companys():
    r = run("Sáng 8/4, CTCP Truyền thông Minh Khoa (Minhkhoa Media, mã: MKM) tổ chức đại hội cổ đông tại Thanh Hóa.")
    org = next(e for e in r.entities if e.type == "ORG" and "Minhkhoa Media" in e.surfaces)
    assert "CTCP Truyền thông Minh Khoa" in org.surfaces
    assert "MKM" in org.surfaces
    assert not any("mã" in s for s in surfaces(r, "ORG"))


def test_a_club_named_after_cup_is_the_cups_name():
    r = run("Mùa này đội bóng Sông Thao vào sâu tại Cúp CLB Đông Nam Á và giải hạng Nhất.")
    assert "CLB Đông Nam Á" not in surfaces(r, "ORG")
    assert not any(m.text == "Đông Nam Á" and m.rule != "loc.in-facility-name" for m in r.mentions)


def test_a_short_name_the_article_defines_is_read_whole_where_it_opens_a_sentence():
    text = (
        "Viettel Aqua lên kế hoạch doanh thu mới. "
        "Tổng Công ty CP Nước sạch Viettel (Viettel Aqua, MCK: VAQ) vừa công bố nghị quyết."
    )
    r = run(text)
    assert "Viettel" not in surfaces(r, "ORG")
    assert "Viettel Aqua" in surfaces(r, "ORG")
