"""Organisations on real news, fourth pass: a body of a level-named party committee, the
article's home province, what is and is not an organisation. Sentences written for
these tests."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.extract.linking import link_keys
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str, url: str | None = None, title: str | None = None):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text)), url=url, title=title))
    return extract_entities(doc)


def names(r, typ: str) -> set[str]:
    return {e.name for e in r.entities if e.type == typ}


# a body of a party committee named by its level (`Ban Thường vụ Tỉnh ủy`)


def test_a_body_of_a_level_named_committee_takes_the_home_province():
    r = run("Tại phiên họp ở tỉnh Hà Tĩnh, các đại biểu chọn ra Ban Thường vụ Tỉnh ủy 13 người và Ủy ban Kiểm tra Tỉnh ủy 7 người.")
    assert {"Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh"} <= names(r, "ORG")


def test_a_committees_name_ends_at_the_committee_before_its_term():
    r = run("Ông Lê Văn Tâm, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XIX, tái đắc cử. Tỉnh Hà Tĩnh có 12 xã mới.")
    assert "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh" in names(r, "ORG")
    assert not any("khóa" in n for n in names(r, "ORG"))


def test_a_committee_written_with_its_city_makes_that_city_the_home():
    r = run("Ông Trần Minh Đức, Bí thư Thành ủy Cần Thơ, dự họp. Ban Thường vụ Thành ủy thống nhất chủ trương mới.")
    assert "Ban Thường vụ Thành ủy Cần Thơ" in names(r, "ORG")


def test_a_province_opening_the_headline_is_the_home_when_no_prefix_names_one():
    text = "Cà Mau khởi công tuyến đường ven biển\n\nDự lễ có Phó Chủ tịch UBND tỉnh Lê Văn Tâm và Chủ tịch HĐND tỉnh Trần Minh Đức."
    r = run(text, title="Cà Mau khởi công tuyến đường ven biển")
    assert {"UBND tỉnh Cà Mau", "HĐND tỉnh Cà Mau"} <= names(r, "ORG")


def test_a_place_opening_a_longer_name_in_the_headline_is_no_home():
    text = "Thanh Hóa FC thắng trận mở màn\n\nChủ tịch UBND tỉnh Lê Văn Tâm dự khán."
    r = run(text, title="Thanh Hóa FC thắng trận mở màn")
    assert "UBND tỉnh" in names(r, "ORG") and "UBND tỉnh Thanh Hóa" not in names(r, "ORG")


def test_a_short_form_of_the_home_provinces_party_executive_is_that_body():
    r = run("Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh họp phiên thứ nhất. Ban Chấp hành Đảng bộ đã bầu Ban Thường vụ.")
    assert not any(n == "Ban Chấp hành Đảng bộ" for n in names(r, "ORG"))


def test_tp_glued_to_a_city_written_in_words_links_like_tp_and_a_space():
    assert set(link_keys("ORG", "Đảng bộ TP.Cần Thơ")) & set(link_keys("ORG", "Đảng bộ thành phố Cần Thơ"))
    assert link_keys("ORG", "UBND TP.HCM") == link_keys("ORG", "UBND TP. HCM")


# codes, formulas, title abbreviations and common nouns written as acronyms are no organisations


def test_chemical_formulas_and_an_events_edition_are_no_organisations():
    r = run("Nhà máy mới giúp giảm phát thải CO2, NOx và không phát thải SO2, đúng cam kết của Việt Nam tại COP26.")
    assert names(r, "ORG") == set()


def test_a_title_written_as_an_abbreviation_is_no_organisation():
    r = run("Dự lễ có đồng chí Lê Văn Tâm - TUV, Phó Chủ tịch UBND tỉnh. Ông Trần Minh Đức, Chủ tịch kiêm TGĐ Tập đoàn Hòa Phát, phát biểu.")
    assert not {"TUV", "TGĐ"} & names(r, "ORG")


def test_a_memorandum_written_as_an_acronym_in_any_case_is_no_organisation():
    for acr in ("MOU", "MoU"):
        r = run(f"Hai công ty đã ký biên bản ghi nhớ ({acr}) về hợp tác phát triển trung tâm dữ liệu.")
        assert acr not in names(r, "ORG")


def test_a_ticker_after_mck_or_the_exchange_is_an_alias_of_its_company():
    for lead in ("MCK: MLS, sàn HoSE", "HoSE: MLS"):
        r = run(f"CTCP Chứng khoán Minh Long ({lead}) vừa công bố kế hoạch tăng vốn.")
        orgs = [e for e in r.entities if e.type == "ORG"]
        assert "MCK" not in names(r, "ORG") and "MLS" not in names(r, "ORG")
        assert any("MLS" in e.surfaces and "Minh Long" in e.name for e in orgs)


def test_an_aircraft_model_and_a_road_code_are_no_organisations():
    r = run("Tàu bay A321neo ACF do hãng khai thác từ tháng 5. Tỉnh khởi công tuyến ĐT.741 nối hai khu công nghiệp.")
    assert names(r, "ORG") == set()


# where an organisation's name ends: a clause after a well-known name, a holder's name


def test_a_well_known_bodys_name_ends_where_its_predicate_begins():
    r = run("Bộ Khoa học và Công nghệ đánh giá cao VNPT về tiến độ phủ sóng.")
    assert {"Bộ Khoa học và Công nghệ", "VNPT"} <= names(r, "ORG")
    assert not any("đánh giá" in n for n in names(r, "ORG"))


def test_a_well_known_body_goes_on_over_a_province_written_after_it():
    r = run("Lãnh đạo Công an tỉnh Đồng Nai dự họp.")
    assert "Công an tỉnh Đồng Nai" in names(r, "ORG")


def test_a_middle_name_that_is_also_a_country_does_not_end_the_body_before_its_holder():
    r = run("Thứ trưởng Bộ Công Thương Nguyễn Đức Minh cho biết sản lượng điện tăng.")
    assert "Nguyễn Đức Minh" in names(r, "PER") and "Bộ Công Thương" in names(r, "ORG")
    assert not any("Nguyễn" in n for n in names(r, "ORG"))


# one body or two: a group and the corporation named after it


def test_a_corporation_named_after_a_known_group_is_not_the_group():
    assert "viettel" not in link_keys("ORG", "Tổng Công ty Viễn thông Viettel")
    assert "viettel" in link_keys("ORG", "Tập đoàn Viettel")


def test_a_corporation_named_by_its_own_brand_is_that_brand():
    assert "mobifone" in link_keys("ORG", "Tổng công ty Viễn thông MobiFone")


# a plant is neither an organisation nor a place


def test_a_plant_is_no_organisation_and_hides_the_place_in_its_name():
    r = run("Nhà máy Nhiệt điện Quảng Trạch 2 sẽ phát điện vào năm sau.")
    assert names(r, "ORG") == set() and "Quảng Trạch" not in names(r, "LOC")


def test_a_plant_is_the_organisation_of_its_directors_title():
    r = run("Ông Lê Văn Tâm, Giám đốc Nhà máy Thủy điện Sơn La, cho biết hồ chứa đã đầy.")
    by_id = {e.id: e.name for e in r.entities}
    assert {by_id[x.org] for x in r.roles if x.org} == {"Nhà máy Thủy điện Sơn La"}


# a landmark: its noun belongs to the place's name, not to the mention (VLSP)


def test_a_landmark_is_a_place_named_with_its_noun_and_mentioned_by_its_name():
    text = "Người dân hạ du hồ Nậm Khẩu gấp rút sơ tán; nước đã tràn qua cầu Bản Pheo."
    r = run(text)
    assert {"hồ Nậm Khẩu", "cầu Bản Pheo"} <= names(r, "LOC")
    assert {text[m.start : m.end] for m in r.mentions if m.type == "LOC"} == {"Nậm Khẩu", "Bản Pheo"}


def test_a_word_ending_in_a_landmark_noun_opens_no_landmark():
    r = run("Chính phủ yêu cầu Bộ Công an và Tập đoàn Hòa Phát khai thác Vietjet Air làm đối tác.")
    assert names(r, "LOC") == set()


def test_a_river_named_by_a_region_stays_that_region():
    r = run("Lũ vượt báo động 3 trên các sông Bắc Bộ.")
    assert not any(n.startswith("sông") for n in names(r, "LOC"))


def test_a_ministry_written_with_the_countrys_name_is_the_ministry():
    assert "bộcôngan" in link_keys("ORG", "Bộ Công an Việt Nam")
    assert "bộngoạigiao" not in link_keys("ORG", "Bộ Ngoại giao Lào")


def test_a_provinces_merged_newspaper_and_broadcaster_is_one_organisation():
    for name in ("Báo và Phát thanh - Truyền hình Lâm Đồng", "Báo và phát thanh, truyền hình Lâm Đồng"):
        r = run(f"Chương trình được phát trực tiếp trên sóng {name} tối nay.")
        assert names(r, "ORG") == {name}
        assert "Lâm Đồng" not in names(r, "LOC")


# Latin-script and mixed company names


def test_a_city_spelt_in_latin_before_a_corporate_word_is_a_companys_name():
    r = run("Cổ đông lớn nhất của dự án là Osaka Gas (Nhật Bản) với 40% vốn.")
    assert "Osaka Gas" in names(r, "ORG") and "Osaka" not in names(r, "LOC")


def test_a_vietnamese_name_closed_by_an_english_corporate_word_is_a_company():
    r = run("Liên danh gồm FPT và Hòa Bình Group đã ký thỏa thuận hợp tác.")
    assert "Hòa Bình Group" in names(r, "ORG") and "Hòa Bình" not in names(r, "LOC")


def test_a_province_merged_away_is_no_home_province():
    text = "Chủ tịch UBND tỉnh Lê Văn Tâm kiểm tra vùng ven biển thuộc tỉnh Bình Định (cũ), nơi bão đổ bộ."
    r = run(text, url="https://baogialai.com.vn/a.htm")
    assert "UBND tỉnh Gia Lai" in names(r, "ORG") and "UBND tỉnh Bình Định" not in names(r, "ORG")


# generic and coordinated local bodies


def test_the_bodies_of_every_province_are_no_organisation():
    r = run("Thủ tướng yêu cầu chủ tịch UBND các tỉnh, thành phố khẩn trương khắc phục hậu quả.")
    assert names(r, "ORG") == set()


def test_a_bare_local_head_shares_the_prefix_of_the_head_coordinated_with_it():
    r = run("Tỉnh ủy, HĐND, UBND tỉnh đã chỉ đạo sát sao. Các xã của tỉnh Lâm Đồng đều hoàn thành kế hoạch.")
    assert {"HĐND tỉnh Lâm Đồng", "UBND tỉnh Lâm Đồng"} <= names(r, "ORG")


def test_an_office_named_after_a_post_keeps_the_whole_title():
    r = run("Đại diện Văn phòng Chủ tịch nước và Văn phòng Tổng Bí thư dự buổi lễ.")
    assert {"Văn phòng Chủ tịch nước", "Văn phòng Tổng Bí thư"} <= names(r, "ORG")


def test_a_courts_trial_panel_is_no_part_of_the_courts_name():
    r = run("Hội đồng xét xử Tòa án nhân dân tỉnh Cà Mau quyết định hoãn phiên tòa.")
    assert names(r, "ORG") == {"Tòa án nhân dân tỉnh Cà Mau"}


def test_a_number_that_ends_a_name_before_a_verb_belongs_to_it():
    r = run("Bệnh viện Nhi đồng 3 đẩy nhanh tiến độ xây dựng khu điều trị mới.")
    assert "Bệnh viện Nhi đồng 3" in names(r, "ORG")


def test_a_count_after_a_name_is_no_part_of_it():
    r = run("Tập đoàn Hòa Phát 5 năm liền đạt lợi nhuận cao.")
    assert names(r, "ORG") and not any("5" in n for n in names(r, "ORG"))


def test_a_body_named_by_its_level_in_an_article_of_no_one_province_is_generic():
    r = run("Đoàn công tác làm việc với các tỉnh Sơn La, Lạng Sơn. Ban Thường vụ Tỉnh ủy và Đảng bộ tỉnh đã chuẩn bị kỹ đại hội.")
    assert names(r, "ORG") == set()


def test_a_title_still_names_its_generic_body():
    r = run("Đoàn công tác làm việc với các tỉnh Sơn La, Lạng Sơn; dự có Phó Chủ tịch UBND tỉnh Lê Văn Tâm.")
    assert any(x.org for x in r.roles)


def test_a_numbered_task_force_ends_at_its_number():
    r = run("Sáng 5/9, Tổ công tác số 6 Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Sơn La.")
    assert "Tổ công tác số 6" in names(r, "ORG") and "Bộ Chính trị" in names(r, "ORG")
    r = run("Chiều 6/9, Tổ công tác số 1 và số 5 của Bộ Chính trị họp với các tỉnh.")
    assert "Tổ công tác số 1" in names(r, "ORG")
