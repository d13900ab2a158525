"""Commitments, tenth session: who commits when the words before the trigger are a place that says where,
a named unit of a body, or a body's name written another way than the entity extractor stored it.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_the_last_place_of_a_list_after_tai_is_where_not_who():
    # `… để mở văn phòng tại A, B, C và xây dựng …`: the places say where the offices go; none of them builds
    r = run("Công ty Minh Hòa dự kiến chi 900 tỷ đồng năm nay. Trong đó, khối bán lẻ nhận 500 tỷ đồng để mở văn phòng "
            "tại Hà Tĩnh, Huế, Cần Thơ và xây dựng kho hàng tại Long An.\n",
            [("ORG", "Công ty Minh Hòa", []), ("LOC", "Hà Tĩnh", []), ("LOC", "Huế", []), ("LOC", "Cần Thơ", []),
             ("LOC", "Long An", [])])
    assert all(r.name(c.actor) not in ("Hà Tĩnh", "Huế", "Cần Thơ", "Long An") for c in r.commitments)
    # and the body that opens the sentence keeps the plan after the list (not its last place, `Cần Thơ`)
    r = run("Công ty Minh Hòa mở văn phòng tại Hà Tĩnh, Huế, Cần Thơ và sẽ xây dựng kho hàng tại Long An trong năm 2026.\n",
            [("ORG", "Công ty Minh Hòa", []), ("LOC", "Hà Tĩnh", []), ("LOC", "Huế", []), ("LOC", "Cần Thơ", []),
             ("LOC", "Long An", [])])
    assert r.name(r.find("sẽ xây dựng kho hàng").actor) == "Công ty Minh Hòa"


def test_a_place_after_a_location_preposition_does_not_act():
    # `… đầu tư vào Quảng Trị, dự kiến …`: a destination is no subject of the plan after it
    r = run("Năm nay vốn chảy mạnh vào Quảng Trị và dự kiến tăng gấp đôi trong năm 2026.\n",
            [("LOC", "Quảng Trị", [])])
    assert not r.commitments  # no body is named: the plan has no actor, the place is none
    # with a body named first, the plan after the destination is the body's
    r = run("Công ty Tân Phát đưa hàng vào Quảng Trị và dự kiến mở thêm hai cửa hàng trong năm 2026.\n",
            [("ORG", "Công ty Tân Phát", []), ("LOC", "Quảng Trị", [])])
    assert r.name(r.find("dự kiến mở thêm hai cửa hàng").actor) == "Công ty Tân Phát"


def test_a_place_acting_as_itself_still_commits():
    # the guideline: a city, province or country acting as such is the actor as written
    r = run("Quảng Trị sẽ dành 50 ha đất cho khu công nghệ cao trong năm 2026.\n", [("LOC", "Quảng Trị", [])])
    assert r.name(r.find("dành 50 ha đất").actor) == "Quảng Trị"


def test_a_named_unit_of_a_body_acts_for_itself():
    # `Viện X của Tập đoàn Y sẽ …`: the subject phrase is the unit, named in full before `của`
    r = run("Viện Nghiên cứu Sao Khuê của Tập đoàn Hồng Lam sẽ tuyển 200 kỹ sư trong năm 2026.\n",
            [("ORG", "Viện Nghiên cứu Sao Khuê", []), ("ORG", "Tập đoàn Hồng Lam", [])])
    assert r.name(r.find("tuyển 200 kỹ sư").actor) == "Viện Nghiên cứu Sao Khuê"


def test_a_thing_owned_by_a_body_is_still_no_actor():
    # `Nhà kho của Tập đoàn Y sẽ …`: a possessed thing (no named unit) gives no subject
    r = run("Nhà kho của Tập đoàn Hồng Lam sẽ mở cửa lại vào tháng 6.\n", [("ORG", "Tập đoàn Hồng Lam", [])])
    assert all(r.name(c.actor) != "Tập đoàn Hồng Lam" or "Nhà kho" in c.text for c in r.commitments)


def test_a_name_stored_with_its_ticker_after_a_comma_is_found_without_it():
    # the stored name carries `, MCK: …`; the article writes the name alone before the trigger
    r = run("Hải Đăng Logistics dự kiến mở thêm 5 kho lạnh trong năm 2026.\n",
            [("ORG", "Hải Đăng Logistics, MCK: HDL", [])])
    assert r.name(r.find("5 kho lạnh").actor) == "Hải Đăng Logistics, MCK: HDL"


def test_a_name_written_with_a_space_the_stored_name_lacks_is_the_same_body():
    # `VN TEL` and `VNTEL`: one acronym, spaced or not
    r = run("Năm nay VN TEL sẽ lắp thêm 3.000 trạm phát sóng ở vùng núi.\n", [("ORG", "VNTEL", [])])
    assert r.name(r.find("3.000 trạm").actor) == "VNTEL"


def test_a_name_variant_must_end_right_before_the_trigger():
    # `Hải Đăng` is the start of another word run here, not a stored body's name
    r = run("Cảng Hải Đăng Mới dự kiến mở thêm 5 bến trong năm 2026.\n", [("ORG", "Hải Đăng Logistics, MCK: HDL", [])])
    assert all(r.name(c.actor) != "Hải Đăng Logistics, MCK: HDL" for c in r.commitments)


def test_a_unit_named_with_its_acronym_and_its_parent_after_a_dash_is_the_first_party():
    # `Trung tâm X (ABC) - Tập đoàn Y và Trường Z ký …`: the bracketed acronym is the unit's; the unit is the first party
    r = run("Ngày 5/3, Trung tâm Dữ liệu Sao Việt (SVDC) - Tập đoàn Hồng Lam và Trường Đại học Bến Nghé ký kết thỏa thuận "
            "hợp tác. Theo thỏa thuận, hai bên sẽ phối hợp đào tạo 300 kỹ sư dữ liệu.\n",
            [("ORG", "Trung tâm Dữ liệu Sao Việt", ["SVDC"]), ("ORG", "Tập đoàn Hồng Lam", []),
             ("ORG", "Trường Đại học Bến Nghé", [])])
    assert r.name(r.find("300 kỹ sư").actor) == "Trung tâm Dữ liệu Sao Việt"


def test_a_capitalised_name_ending_in_a_place_is_the_body_not_the_place():
    # the tagger read only the zone `KKT Bắc Sơn` (a place); the whole capitalised name is the board's, stored spaced otherwise
    r = run("BQL KKT Bắc Sơn cam kết hỗ trợ doanh nghiệp hoàn thành thủ tục trong tháng 4.\n",
            [("ORG", "Ban quản lý KKT Bắc Sơn", ["BQLKKT Bắc Sơn"]), ("LOC", "KKT Bắc Sơn", [])])
    assert r.name(r.find("hỗ trợ doanh nghiệp").actor) == "Ban quản lý KKT Bắc Sơn"


def test_a_common_noun_before_a_place_does_not_make_a_body_of_it():
    # `đội tuyển Việt Nam` written in lower case is a common noun with the place modifying it, not a stored name's variant
    r = run("Năm nay 4 đội tuyển Việt Nam được giao nhiệm vụ giành huy chương.\n",
            [("ORG", "Đội tuyển Việt Nam", []), ("LOC", "Việt Nam", [])])
    assert all(r.name(c.actor) != "Đội tuyển Việt Nam" for c in r.commitments)
