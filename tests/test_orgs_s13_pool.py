"""Organisations and places on fresh unlabelled news (session 13's pool): the name of a body
that says what it does in lower case, commas and all; facilities that are no
organisations and hold no places. Sentences written for these tests, with invented names."""

from __future__ import annotations

from c4ir_kb.kb.extract_only import extract_articles
from c4ir_kb.sources.reader import make_article
from tests.test_orgs_s7 import run, surfaces


def orgs(r) -> set[str]:
    return surfaces(r, "ORG")


def places(r) -> set[str]:
    return surfaces(r, "LOC")


# a body's name goes on through a phrase of what it does


def test_a_name_goes_on_through_a_linked_phrase_with_a_comma_pair():
    r = run("Công an tỉnh Kon Tum phối hợp Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao bắt giữ 12 người.")
    assert "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao" in orgs(r)
    assert "Cục An ninh mạng" not in orgs(r)


def test_a_force_name_goes_on_through_its_duties_with_no_linking_word():
    r = run("Sáng 3/5, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức diễn tập tại Vĩnh Phúc.")
    assert "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" in orgs(r)


def test_a_phrase_of_duties_after_a_name_and_a_verb_stays_out_of_the_name():
    r = run("Công an tỉnh Bến Tre đẩy mạnh phòng, chống tội phạm trong dịp Tết.")
    assert "Công an tỉnh Bến Tre" in orgs(r)
    assert not any("phòng" in o for o in orgs(r))


def test_a_steering_body_named_by_its_task_keeps_the_task_after_a_comma():
    r = run("Các vụ án do Ban Chỉ đạo Trung ương phòng chống tham nhũng, tiêu cực theo dõi sẽ được xét xử sớm.")
    assert "Ban Chỉ đạo Trung ương phòng chống tham nhũng, tiêu cực" in orgs(r)
    assert "Ban Chỉ đạo Trung ương phòng chống tham nhũng" not in orgs(r)


def test_a_steering_body_keeps_its_task_after_ve():
    r = run("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 30.")
    assert "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực" in orgs(r)


# a building is a facility: no organisation, and a place in its name is no place


def test_a_latin_name_after_a_noun_for_a_building_is_no_organisation():
    r = run("Nhóm này thuê mặt bằng tại tòa nhà Q200 Office trên đường Lê Lợi, phường Bến Thành.")
    assert not any("Q200" in o for o in orgs(r))
    assert "Bến Thành" in places(r)


def test_a_code_after_nha_names_a_building_no_organisation():
    r = run("Bệnh viện Đa khoa Hà Đông tạm đóng cửa Nhà B7 để sửa chữa.")
    assert "B7" not in orgs(r)
    assert "Bệnh viện Đa khoa Hà Đông" in orgs(r)


def test_a_place_inside_an_lng_terminal_name_is_no_place():
    r = run("Kho LNG Cái Mép đã tiếp nhận chuyến tàu thứ ba của Tổng công ty Khí Miền Nam.")
    assert "Cái Mép" not in {m.text for m in r.mentions if m.type == "LOC" and m.rule != "loc.in-facility-name"}
    assert "Tổng công ty Khí Miền Nam" in orgs(r)


# a well-known name that opens with a place's is not cut at the place


def test_a_board_of_a_well_known_company_whose_name_opens_with_a_country():
    r = run("Tại đại hội, Hội đồng quản trị Vietnam Airlines đã trình cổ đông kế hoạch năm 2026.")
    assert "Hội đồng quản trị Vietnam Airlines" in orgs(r)
    assert "Hội đồng quản trị Vietnam" not in orgs(r)


# a place spelt in Latin script inside a Latin-script fund's or company's name


def test_a_fund_name_goes_on_past_a_latin_spelt_country():
    r = run("Các quỹ ngoại như ABX Vietnam Growth Equity Fund cũng mua thêm cổ phiếu.")
    assert "ABX Vietnam Growth Equity Fund" in orgs(r)
    assert "Vietnam" not in places(r)


def test_a_fund_named_after_its_head_goes_on_past_a_latin_spelt_country():
    r = run("Quỹ đầu tư Lotuscap Vietnam Opportunity Fund vừa bán bớt cổ phần.")
    assert "Quỹ đầu tư Lotuscap Vietnam Opportunity Fund" in orgs(r)


def test_a_latin_spelt_country_opens_a_name_with_a_legal_form():
    r = run("Riêng quỹ Vietnam Harbor Investments Limited nhận thêm 2 triệu cổ phiếu.")
    assert "Vietnam Harbor Investments Limited" in orgs(r)
    assert "Vietnam" not in places(r)


def test_a_foreign_minister_named_after_a_latin_spelt_country_stays_a_person():
    r = run("Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan đã tới Hà Nội.")
    assert not any("Vivian" in o for o in orgs(r))


# a member company and its parent named after a membership cue and the parent's kind


def listed(text: str) -> dict[str, set[str]]:
    """The organisations the article object lists, name -> aliases."""
    [(_, obj)] = list(extract_articles([make_article(text, "t.txt")]))
    return {o["name"]: set(o["aliases"]) for o in obj["organisations"]}


def test_a_member_company_is_kept_apart_from_its_parent_described_by_its_kind():
    out = listed("Orbis Capital Markets Limited – công ty thành viên của tập đoàn tài chính Orbis (Anh) – cũng mua thêm 2 triệu cổ phiếu.")
    assert "Orbis Capital Markets Limited" in out and "Orbis" in out
    assert "Orbis" not in out["Orbis Capital Markets Limited"]
