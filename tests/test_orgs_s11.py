"""Organisations on unseen news, eleventh pass: where a name ends or goes on (lower-case
words before a scope word, a unit's number, a dash joining two names of one body, a comma),
what an acronym needs to be a body, and what is no body at all. Sentences written for these
tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


# lower-case words inside a name


def test_lower_case_words_before_a_scope_word_stay_in_the_name():
    r = run("Bệnh viện Hòa Bình đã phối hợp với Trung tâm Điều phối hiến máu Quốc gia để chuyển bệnh nhân.")
    assert "Trung tâm Điều phối hiến máu Quốc gia" in surfaces(r, "ORG")


def test_lower_case_words_before_a_brand_stay_in_the_company_name():
    r = run("Sáng qua, Công ty Cổ phần Phát triển Cầu cảng Toàn cầu K-Lam và Công ty Gạo Sông Hậu đã ký biên bản hợp tác.")
    assert "Công ty Cổ phần Phát triển Cầu cảng Toàn cầu K-Lam" in surfaces(r, "ORG")


def test_a_verb_and_a_capitalised_object_after_a_body_are_no_part_of_its_name():
    r = run("Nhân dịp này, Bộ Quốc phòng tặng Cờ thi đua cho Lữ đoàn Công binh Sông Mã.")
    orgs = surfaces(r, "ORG")
    assert "Bộ Quốc phòng" in orgs
    assert not any(o.startswith("Bộ Quốc phòng tặng") for o in orgs)


# a unit's number


def test_a_regional_courts_number_belongs_to_its_name():
    r = run("Chiều 5-3, Tòa án nhân dân Khu vực 7 (tỉnh Sóc Trăng) đã mở phiên xét xử.")
    assert "Tòa án nhân dân Khu vực 7" in surfaces(r, "ORG")


def test_a_numbered_communes_number_belongs_to_its_committee():
    r = run("Tham dự có lãnh đạo UBND xã Hòa Vang 2, Ban Chỉ huy Quân sự huyện và đại diện các hội.")
    assert "UBND xã Hòa Vang 2" in surfaces(r, "ORG")


# an acronym of a field whose words are joined by a dash


def test_an_acronym_of_a_field_written_with_a_dash_stays_inside_the_departments_name():
    r = run("Vụ việc xảy ra tại Sở Giao thông – Vận tải (GT-VT) tỉnh Cà Mau năm ngoái.")
    orgs = surfaces(r, "ORG")
    assert "GT-VT" not in orgs
    assert "Sở Giao thông – Vận tải (GT-VT) tỉnh Cà Mau" in orgs


def test_the_department_written_with_the_acronym_is_the_same_body():
    r = run("Vụ việc xảy ra tại Sở Giao thông – Vận tải (GT-VT) tỉnh Cà Mau năm ngoái. "
            "Sau đó ông Tùng, Phó Giám đốc Sở GT-VT tỉnh Cà Mau, bị khởi tố.")
    ents = [e for e in r.entities if e.type == "ORG" and "Sở GT-VT tỉnh Cà Mau" in e.surfaces]
    assert len(ents) == 1 and "Sở Giao thông – Vận tải (GT-VT) tỉnh Cà Mau" in ents[0].surfaces


# no body at all


def test_a_term_after_a_ministers_title_is_no_organisation():
    r = run("Lễ công bố quyết định bổ nhiệm các Bộ trưởng nhiệm kỳ 2021 - 2026 diễn ra tại Hà Nội.")
    assert not any(o.startswith("Bộ trưởng") for o in surfaces(r, "ORG"))


def test_a_companys_board_of_executives_alone_is_a_generic_body():
    r = run("Dự lễ có Chủ tịch HĐQT Trần Hữu Phúc, Ban Tổng giám đốc, các thành viên HĐQT của công ty.")
    assert "Ban Tổng giám đốc" not in surfaces(r, "ORG")


# a comma


def test_an_acronym_after_a_comma_is_another_body_not_a_field_of_the_name():
    r = run("Khóa học do Đại học Sư phạm, VTK và MLA phối hợp tổ chức.")
    orgs = surfaces(r, "ORG")
    assert "Đại học Sư phạm" in orgs and "VTK" in orgs


def test_fields_listed_with_commas_and_closed_by_and_stay_one_name():
    r = run("Bà Mai vừa về làm việc tại Sở Nội vụ, Lao động và Việc làm tỉnh Cà Mau.")
    assert "Sở Nội vụ, Lao động và Việc làm tỉnh Cà Mau" in surfaces(r, "ORG")


# what an acronym needs to be a body


def test_the_last_part_of_a_document_number_after_a_stray_space_is_no_body():
    r = run("Tại Văn bản số 118/UBND- KTN, ngày 2/3, UBND tỉnh yêu cầu các sở ngành khẩn trương triển khai.")
    assert "KTN" not in surfaces(r, "ORG")
