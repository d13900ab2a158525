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
    r = run("Kho cảng Bến Lở đã nhập thêm khí LNG và LPG để phục vụ mùa khô năm sau.")
    assert "LPG" not in surfaces(r, "ORG")


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
