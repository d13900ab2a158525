"""Organisations at their full extent and their short forms linked (session 8): what can
continue a name, what ends one, when a short form is the same body as a full one.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_orgs_s7 import names, run


def surfaces(r, name: str) -> set[str]:
    return next(set(e.surfaces) for e in r.entities if e.name == name)


# an ampersand joins two fields of one name, as `và` does


def test_an_ampersand_between_capitalised_fields_continues_the_name():
    r = run("Hôm qua, Viện Robotics & Automation Lab ký thỏa thuận với Trường Đại học Sao Khuê về đào tạo kỹ sư.")
    assert "Viện Robotics & Automation Lab" in names(r, "ORG")
    assert "Viện Robotics" not in names(r, "ORG")


def test_an_ampersand_joins_vietnamese_fields_of_a_centre():
    r = run("Trung tâm Nghiên cứu & Phát triển Hoàng Sa sẽ mở thêm hai phòng thí nghiệm trong năm tới.")
    assert "Trung tâm Nghiên cứu & Phát triển Hoàng Sa" in names(r, "ORG")


# a unit's number closes its name before a conjunction or an adverb


def test_a_number_before_a_conjunction_ends_the_name_and_belongs_to_it():
    r = run("Trong tuần này, Công ty Xây dựng Phú Thạnh sẽ bàn giao hồ sơ cho Ban Quản lý Dự án Lưới điện 3 và đơn vị tư vấn giám sát.")
    assert "Ban Quản lý Dự án Lưới điện 3" in names(r, "ORG")


def test_a_number_before_an_adverb_belongs_to_the_name():
    """Regression guard: this form already passed before the s8 number rule; it keeps the
    rule from cutting a unit's number off before an adverb."""
    r = run("Bệnh viện Quân y 9 vừa tiếp nhận thêm hai máy chụp cộng hưởng từ.")
    assert "Bệnh viện Quân y 9" in names(r, "ORG")


def test_a_number_that_counts_the_noun_after_it_is_no_part_of_the_name():
    r = run("Công ty Sao Khuê 5 năm liền đạt doanh thu trên 100 tỷ đồng.")
    assert not any(n.endswith("5") for n in names(r, "ORG"))


def test_the_numbered_name_and_its_abbreviated_form_are_one_body():
    r = run(
        "Ban Quản lý Dự án Lưới điện 3 đã mời các nhà thầu đến khảo sát tuyến đường dây. "
        "Theo Ban QLDA Lưới điện 3, việc giải phóng mặt bằng còn chậm."
    )
    assert {"Ban Quản lý Dự án Lưới điện 3", "Ban QLDA Lưới điện 3"} <= surfaces(r, "Ban Quản lý Dự án Lưới điện 3")


# a name never ends inside a word: a country's name that only begins a word is neither
# part of the name nor a place


def test_an_epithet_beginning_with_a_country_name_does_not_run_onto_the_name():
    r = run("Bức tranh về Quân đội Nhân dân Việt Nam Anh hùng được trưng bày ở bảo tàng tỉnh.")
    assert not any(n.endswith("Anh") for n in names(r, "ORG"))
    assert "Anh" not in names(r, "LOC")


# a dash after a foreign brand that ends a name opens another phrase (a headline's clause)


def test_a_dash_after_a_brand_ending_a_name_ends_the_name():
    r = run("Trung tâm Nghiên cứu & Phát triển Zentel – Hoàn thành phòng thử nghiệm mới\n\nPhòng thử nghiệm đặt tại Đà Nẵng.")
    assert "Trung tâm Nghiên cứu & Phát triển Zentel" in names(r, "ORG")


def test_a_dash_between_vietnamese_fields_still_continues_a_name():
    r = run("Ông Lê Văn Hòa, Chủ tịch Công đoàn Dệt - May Việt Nam, phát biểu tại hội nghị.")
    assert any(n.startswith("Công đoàn Dệt - May") for n in names(r, "ORG"))


# a lower-case tail of nouns runs to where the predicate begins (an adverb)


def test_a_lower_case_tail_before_an_adverb_is_part_of_the_name():
    r = run("Theo báo cáo, Cục Đo lường chất lượng sản phẩm vẫn chưa công bố kết quả.")
    assert "Cục Đo lường chất lượng sản phẩm" in names(r, "ORG")


def test_a_lower_case_tail_before_a_verb_is_what_the_body_does():
    r = run("Sáng nay, Trường Đại học Sao Khuê chung tay cùng doanh nghiệp tổ chức ngày hội việc làm.")
    assert not any("chung tay" in n for n in names(r, "ORG"))


# the joint body of a province's National Assembly delegation and People's Council


def test_the_party_committee_of_the_joint_delegation_and_council_body_is_one_organisation():
    r = run("Năm nay, Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Giang kết nạp thêm bốn đảng viên.")
    assert "Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Giang" in names(r, "ORG")
    assert "Quốc hội" not in names(r, "ORG")


def test_the_office_of_the_joint_delegation_and_council_body_is_one_organisation():
    r = run("Báo cáo do Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp đã gửi tới các đại biểu.")
    assert any(n.startswith("Văn phòng Đoàn ĐBQH và HĐND tỉnh") for n in names(r, "ORG"))


def test_an_activity_word_before_an_adverb_is_no_part_of_a_companys_name():
    """Regression guard: this form already passed before the s8 changes; it keeps the new
    lower-case tail rules from taking a company's verb into its name."""
    r = run("Khu nhà ở do Công ty Hoàng Phúc xây dựng đã bàn giao cho cư dân.")
    assert "Công ty Hoàng Phúc" in names(r, "ORG")


# a world technology company named alone is an organisation (known_entities)


def test_a_world_technology_company_named_alone_is_an_organisation():
    r = run("Trường Đại học Sao Khuê và Huawei vừa ký thỏa thuận đào tạo kỹ sư viễn thông.")
    assert "Huawei" in names(r, "ORG")


# a body written with its term (`khóa X`) is the same body; its name has no term


def test_a_body_written_with_its_term_keeps_the_term_in_its_written_form_only():
    r = run("Tại kỳ họp thứ 5, HĐND tỉnh Hà Giang khóa XVIII đã thông qua ba nghị quyết. HĐND tỉnh Hà Giang cũng bầu bổ sung hai ủy viên.")
    assert "HĐND tỉnh Hà Giang" in names(r, "ORG")
    assert {"HĐND tỉnh Hà Giang", "HĐND tỉnh Hà Giang khóa XVIII"} <= surfaces(r, "HĐND tỉnh Hà Giang")


def test_a_title_with_a_term_gives_the_body_without_the_term():
    """Regression guard: already true before org_terms.py; it keeps a role's body free of
    the term that org_terms.py now keeps in the written form."""
    r = run("Ông Trần Văn Tâm, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, dự hội nghị tại Hà Giang.")
    by_id = {e.id: e.name for e in r.entities}
    assert {by_id[x.org] for x in r.roles if x.org} == {"Ban Chấp hành Trung ương Đảng"}


# a project management board's name may be all lower case: it runs to its predicate


def test_a_project_boards_lower_case_name_runs_to_the_verb():
    r = run("Hiện nay, Ban Quản lý dự án cấp thoát nước đang lập hồ sơ mời thầu cho gói thầu số 3.")
    assert "Ban Quản lý dự án cấp thoát nước" in names(r, "ORG")


def test_a_project_board_named_by_its_head_alone_is_no_organisation():
    r = run("Ban Quản lý dự án thành lập năm 2010 với bốn mươi cán bộ.")
    assert not names(r, "ORG")
