"""Organisations and places on unseen news, seventh pass: Latin-script words that their
context makes no organisation (codes, units, products, a person, an event), and the
places written as part of something else's name. Sentences written for these tests, with
invented names."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def surfaces(r, typ: str) -> set[str]:
    return {m.text for m in r.mentions if m.type == typ}


# Latin-script words that name no organisation


def test_codes_written_in_slash_pairs_are_no_organisations():
    r = run("Theo lịch mới, hai chuyến bay nối Cần Thơ với Côn Đảo (KV7/KV8, KV9/KV10) sẽ cất cánh hằng ngày.")
    assert not {"KV7", "KV9"} & surfaces(r, "ORG")


def test_a_code_with_a_digit_and_no_pair_is_still_read():
    r = run("Hôm qua, K52 vừa rót thêm vốn vào hai công ty khởi nghiệp ở Đà Nẵng.")
    assert "K52" in surfaces(r, "ORG")


def test_an_acronym_after_a_number_is_its_unit():
    r = run("Năm ngoái, xưởng ép Phú Điền chỉ chạy 6.500 TMN, thấp hơn dự kiến.")
    assert "TMN" not in surfaces(r, "ORG")


def test_latin_words_after_a_form_of_address_name_a_person():
    r = run("Trả lời báo chí hôm qua, bà JL Varnes, Tổng giám đốc Orvida Group, khẳng định dự án vẫn đúng tiến độ.")
    assert not {"JL Varnes", "JL"} & surfaces(r, "ORG")


def test_one_word_items_listed_after_a_product_noun_are_products():
    r = run("Tiểu thương ở chợ Đông nay nhận tiền qua nhiều ứng dụng như PayDock, TapGo thay cho tiền mặt.")
    assert not {"PayDock", "TapGo"} & surfaces(r, "ORG")


def test_companies_listed_after_a_noun_for_partners_stay_organisations():
    r = run("Dự án thu hút nhiều đối tác như Velmont, Kirano tham gia góp vốn.")
    assert "Velmont" in surfaces(r, "ORG")


def test_an_acronym_before_a_year_names_an_event():
    r = run("Hàng chục khách sạn ven biển đang được sửa sang để đón đại biểu dự APEC 2031 vào mùa thu.")
    assert "APEC" not in surfaces(r, "ORG")


def test_an_organisers_acronym_before_a_competitions_name_is_no_organisation():
    r = run("Câu lạc bộ Sông Lam Mới sẽ dự AFC Champions League Two mùa tới.")
    assert "AFC" not in surfaces(r, "ORG")


# a local body named by its head alone


def names(r, typ: str) -> set[str]:
    return {e.name for e in r.entities if e.type == typ}


def listed(r, typ: str) -> set[str]:
    """Names of the entities that keep a mention (what the article's export can list)."""
    ids = {m.entity for m in r.mentions if m.type == typ}
    return {e.name for e in r.entities if e.id in ids}


def test_a_city_body_written_with_tp_alone_is_the_home_citys():
    r = run(
        "Sáng 9/4, Thành ủy Hải Phòng tổ chức hội nghị cán bộ tại thành phố Hải Phòng. "
        "Bà Lý Thu Hằng được HĐND TP bầu giữ chức Chủ tịch UBND TP trong kỳ họp chiều cùng ngày."
    )
    bodies = {n for n in names(r, "ORG") if n.startswith(("HĐND", "UBND"))}
    assert len(bodies) == 2 and all(n.endswith("Hải Phòng") for n in bodies)


def body_named(r, surface: str) -> str:
    """The name of the organisation that a mention written `surface` belongs to."""
    return next(e.name for e in r.entities if e.type == "ORG" and surface in e.surfaces)


def test_the_one_province_whose_party_committee_is_written_is_the_home_over_a_guests_city():
    r = run(
        "Đến thăm có ông Đỗ Minh Quý, Phó Chủ tịch UBND thành phố Đà Nẵng. "
        "Tỉnh ủy Quảng Trị đã họp với các sở. "
        "Ban Thường vụ Tỉnh ủy Quảng Trị giao UBND tỉnh lập kế hoạch."
    )
    assert body_named(r, "UBND tỉnh") == "UBND tỉnh Quảng Trị"


def test_a_tie_between_a_guests_city_and_the_written_committees_province_goes_to_the_committee():
    r = run(
        "Đến thăm có ông Đỗ Minh Quý, Phó Chủ tịch UBND thành phố Đà Nẵng. "
        "Ban Thường vụ Tỉnh ủy Quảng Trị giao UBND tỉnh lập kế hoạch."
    )
    assert body_named(r, "UBND tỉnh") == "UBND tỉnh Quảng Trị"


def test_a_bare_local_head_grouped_with_the_home_provinces_body_is_named_with_its_place():
    r = run("Tỉnh ủy Quảng Trị giao HĐND tỉnh rà soát ngân sách. Sau đó, HĐND sẽ họp phiên bất thường.")
    assert body_named(r, "HĐND") == "HĐND tỉnh Quảng Trị"


def test_a_bare_local_head_linked_to_nothing_is_listed_nowhere():
    r = run("Cơ quan điều tra đã khởi tố 5 bị can, trong đó có lãnh đạo UBND cấp xã ở huyện Đông Lâm.")
    assert "UBND" not in listed(r, "ORG")


def test_a_title_held_in_a_bare_local_head_keeps_it_as_its_organisation():
    r = run("Ông Hà Văn Tịnh, Chủ tịch UBND tỉnh, cho biết mưa lớn đã gây sạt lở nhiều nơi.")
    orgs = {e.id: e.name for e in r.entities}
    assert any(x.title == "Chủ tịch" and orgs.get(x.org, "").startswith("UBND") for x in r.roles)


# places written as part of something else's name


def listed_places(r) -> set[str]:
    """Places the export lists: LOC mentions not marked as inside a facility's name."""
    return {m.text for m in r.mentions if m.type == "LOC" and m.rule != "loc.in-facility-name"}


def test_a_company_written_short_by_its_trade_and_place_is_the_company():
    r = run(
        "Công ty Cổ phần Gạch men Bình Sơn vừa công bố kết quả kinh doanh. "
        "Năm nay, Gạch men Bình Sơn đặt mục tiêu lợi nhuận 200 tỷ đồng."
    )
    assert "Bình Sơn" not in listed_places(r)
    company = next(e for e in r.entities if e.type == "ORG" and "Gạch men Bình Sơn" in e.surfaces)
    assert "Công ty Cổ phần Gạch men Bình Sơn" in company.surfaces


def test_a_state_form_before_a_country_stays_the_country():
    r = run("Đại diện Bộ Y tế Cộng hòa Belarus cho biết hợp tác giữa Việt Nam và Cộng hòa Belarus sẽ mở rộng.")
    assert not any(e.type == "ORG" and "Cộng hòa Belarus" in e.surfaces and len(e.surfaces) > 1 for e in r.entities)


def test_a_place_followed_by_a_plant_number_names_the_plant():
    r = run("Doanh thu từ Vĩnh Tân 4 có thể ghi nhận từ quý II, công ty cho biết.")
    assert "Vĩnh Tân" not in listed_places(r)


def test_a_place_followed_by_a_count_stays_a_place():
    r = run("Đoàn công tác sẽ ở lại Đà Nẵng 3 ngày để khảo sát.")
    assert "Đà Nẵng" in listed_places(r)


def test_a_head_noun_after_a_lower_case_administrative_prefix_opens_a_place():
    r = run("Tỉnh thúc đẩy kết nối giao thông với thành phố Phòng Hải của nước bạn.")
    assert not any(x.startswith("Phòng Hải") for x in surfaces(r, "ORG"))


def test_a_provincial_military_command_written_short_is_the_home_provinces():
    r = run("Sáng nay, Phó Chủ tịch UBND tỉnh Kon Tum tặng quà các đơn vị thuộc Bộ CHQS tỉnh trước Tết.")
    assert any(n.startswith("Bộ CHQS") and n.endswith("Kon Tum") for n in listed(r, "ORG"))


def test_a_landmarks_name_stops_before_a_lunar_year():
    r = run("Sáng nay, xã Tân Hòa khai hội đền Mẫu Sơn Xuân Bính Ngọ với nhiều nghi lễ truyền thống.")
    assert not any("Xuân" in x or "Bính" in x for x in surfaces(r, "LOC"))


def test_the_state_named_after_a_head_of_states_title_is_part_of_the_title():
    r = run("Dự lễ có đồng chí Đinh Văn Lộc, Chủ tịch nước Cộng hòa XHCN Việt Nam, cùng lãnh đạo các bộ.")
    assert "Việt Nam" not in listed_places(r)


def test_a_country_named_as_a_place_beside_a_title_stays_a_place():
    r = run("Chủ tịch nước Đinh Văn Lộc sẽ thăm chính thức Lào vào tháng tới.")
    assert "Lào" in listed_places(r)


def test_a_club_named_right_after_a_competitions_head_is_the_events_name():
    r = run("Câu lạc bộ Sông Lam Mới sẽ tham dự Giải vô địch CLB Đông Á mùa giải tới.")
    assert "CLB Đông Á" not in surfaces(r, "ORG")


def test_a_place_inside_a_competitions_name_is_no_place_of_the_story():
    r = run("Đội tuyển nữ giành vé dự vòng chung kết châu Phi 2031 sau trận thắng hôm qua.")
    assert "châu Phi" not in listed_places(r)


def test_a_delegation_named_by_the_province_that_sent_it_is_no_organisation():
    r = run("Đoàn công tác tỉnh Kon Tum do Phó Chủ tịch UBND tỉnh dẫn đầu đã tới thăm nhà máy.")
    assert not any(x.startswith("Đoàn công tác") for x in surfaces(r, "ORG"))


def test_a_delegation_of_an_organisation_leaves_the_organisation():
    r = run("Đoàn công tác Bộ Nội vụ đã làm việc với lãnh đạo tỉnh Kon Tum.")
    assert "Bộ Nội vụ" in surfaces(r, "ORG")


def test_a_local_body_ending_in_a_bare_level_is_the_home_citys():
    r = run(
        "Hội nghị do Thành ủy Hải Phòng tổ chức tại thành phố Hải Phòng. "
        "Dự có bà Lục Thị Nga, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP; ông Vi Văn Khôi."
    )
    assert any(n.startswith("Ủy ban MTTQ Việt Nam") and n.endswith("Hải Phòng") for n in names(r, "ORG"))
