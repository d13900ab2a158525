"""Organisations on the open splits, thirteenth pass: a committee's name that goes on across a
pair of words official names write with a comma (`phòng, chống`, `công trình, dự án`,
`diễu binh, diễu hành`). Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_title_chains import run


def surfaces(r, typ: str) -> set[str]:
    return {m.text for m in r.mentions if m.type == typ}


def test_a_steering_committee_goes_on_across_a_lower_case_comma_pair():
    r = run("Chiều 5/3, Phó Thủ tướng chủ trì họp Ban Chỉ đạo các công trình, dự án trọng điểm ngành hàng hải, yêu cầu các bộ đẩy nhanh tiến độ.")
    assert "Ban Chỉ đạo các công trình, dự án trọng điểm ngành hàng hải" in surfaces(r, "ORG")


def test_a_sub_committee_goes_on_across_a_capitalised_comma_pair():
    r = run("Các khối luyện tập theo đúng kế hoạch của Bộ Tư lệnh Thủ đô và Tiểu ban Diễu binh, Diễu hành. Buổi tập kết thúc lúc 10 giờ.")
    assert "Tiểu ban Diễu binh, Diễu hành" in surfaces(r, "ORG")


def test_a_second_field_after_a_dash_opening_with_a_comma_pair_stays_in_the_name():
    r = run("Tỉnh giao Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai tỉnh Yên Phong theo dõi tình hình mưa lũ.")
    assert any(o.startswith("Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai") for o in surfaces(r, "ORG"))


def test_an_activity_word_the_tagger_cuts_in_two_still_ends_a_name_in_lower_case():
    r = run("Tỉnh yêu cầu Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, Sở Xây dựng cùng các xã ven biển trực ban 24/24 giờ.")
    orgs = surfaces(r, "ORG")
    assert "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh" in orgs
    assert "Sở Xây dựng" in orgs


def test_a_comma_that_is_no_listed_pair_still_ends_a_committee_name():
    r = run("Chiều 5/3, Phó Thủ tướng chủ trì họp Ban Chỉ đạo các công trình trọng điểm, đồng thời yêu cầu các bộ đẩy nhanh tiến độ.")
    assert "Ban Chỉ đạo các công trình trọng điểm" in surfaces(r, "ORG")


# the items of a list of projects name projects and facilities, no organisations


def test_a_latin_item_of_a_list_of_projects_is_no_organisation():
    r = run("Các dự án này gồm trung tâm dữ liệu Thủ Đức (300 tỷ đồng), KTEL Phú Mỹ (90 tỷ đồng) và hai tuyến cáp quang.")
    assert not any(o.startswith("KTEL") for o in surfaces(r, "ORG"))


def test_a_hospital_in_a_list_of_projects_is_no_organisation():
    r = run("Hai bên bàn cách tháo gỡ vướng mắc tại các dự án như: tuyến metro số 3, Bệnh viện Hữu nghị Việt - Lào, cầu Rạch Miễu 3.")
    assert not any(o.startswith("Bệnh viện") for o in surfaces(r, "ORG"))


def test_the_investors_listed_after_a_project_and_its_agent_stay_organisations():
    r = run("Dự án do hai nhà đầu tư triển khai gồm Công ty CP Đầu tư Hoàng Minh và KTEL Holdings.")
    orgs = surfaces(r, "ORG")
    assert "Công ty CP Đầu tư Hoàng Minh" in orgs
    assert "KTEL Holdings" in orgs
