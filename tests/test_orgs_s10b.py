"""Organisations on unseen news, tenth pass, second round: a company whose business fields
are written in lower case between its legal form and its own name. Sentences written for
these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def test_lower_case_fields_after_a_legal_form_run_up_to_the_company_name():
    r = run("Sáng nay, Công ty TNHH cơ khí và xây dựng Phú Lâm đã bàn giao cây cầu mới cho xã.")
    assert "Công ty TNHH cơ khí và xây dựng Phú Lâm" in surfaces(r, "ORG")


def test_a_place_that_names_the_company_is_no_place_of_its_own():
    r = run("Gói thầu được giao cho Công ty Cổ phần cầu đường Tây Nguyên từ tháng trước.")
    assert "Công ty Cổ phần cầu đường Tây Nguyên" in surfaces(r, "ORG")
    assert "Tây Nguyên" not in surfaces(r, "LOC")


def test_a_word_that_begins_a_place_name_is_no_head_inside_the_company_name():
    r = run("Năm tới Công ty CP vận tải thủy Bắc Bộ sẽ mở thêm hai tuyến sà lan.")
    assert "Công ty CP vận tải thủy Bắc Bộ" in surfaces(r, "ORG")


def test_lower_case_fields_with_no_name_after_them_make_no_company():
    r = run("Hồ sơ của Công ty CP dịch vụ kỹ thuật đang được xem xét lại.")
    assert not any(s.startswith("Công ty CP dịch vụ") for s in surfaces(r, "ORG"))


def test_a_verb_after_the_legal_form_is_what_the_company_does():
    r = run("Năm ngoái Công ty TNHH Hải Vân mở rộng nhà xưởng, còn Công ty CP cho biết sẽ tăng vốn.")
    assert "Công ty TNHH Hải Vân" in surfaces(r, "ORG")
    assert not any("cho biết" in s for s in surfaces(r, "ORG"))
