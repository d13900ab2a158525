"""Title chains as state, party and provincial reports write them (sentences written for
these tests): `đồng chí` before a name, a dash before the titles, party posts, a central
party board named inside a title, `Thủ tướng Chính phủ` split into title and body."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def roles(r) -> set[tuple]:
    n = {e.id: e.name for e in r.entities}
    return {(n[x.person], x.title, n[x.org] if x.org else None) for x in r.roles}


def people(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "PER"}


def test_dong_chi_is_a_form_of_address_and_the_titles_after_the_name_are_roles():
    r = run("Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, phát biểu chỉ đạo hội nghị.")
    assert people(r) == {"Trần Văn Bình"}
    assert roles(r) == {("Trần Văn Bình", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Bình", "Chủ tịch", "Quốc hội")}


def test_a_spaced_dash_after_the_name_opens_the_titles():
    r = run("Dự buổi làm việc có đồng chí Lê Văn Hưng - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương.")
    assert ("Lê Văn Hưng", "Ủy viên", "Bộ Chính trị") in roles(r)
    assert ("Lê Văn Hưng", "Trưởng ban", "Ban Tổ chức Trung ương") in roles(r)


def test_standing_committee_membership_is_a_title_held_in_the_party_committee():
    r = run("Đồng chí Phạm Minh Hải, UVTV Tỉnh ủy, phát biểu tại phiên họp.")
    assert roles(r) == {("Phạm Minh Hải", "UVTV", "Tỉnh ủy")}


def test_thu_tuong_chinh_phu_is_the_title_thu_tuong_in_the_government():
    r = run("Phó Thủ tướng Chính phủ Hồ Văn Phúc dự lễ ký kết.")
    assert roles(r) == {("Hồ Văn Phúc", "Phó Thủ tướng", "Chính phủ")}


def test_a_generic_organising_committee_stays_no_organisation():
    r = run("Trưởng Ban Tổ chức hội thảo, ông Lê Văn Hưng, cho biết hội thảo kéo dài hai ngày.")
    assert not any(e.type == "ORG" and e.name.startswith("Ban Tổ chức Trung") for e in r.entities)


def test_a_local_body_before_a_full_name_ends_at_its_lower_case_prefix():
    r = run("Chủ tịch HĐND tỉnh Phan Văn Cường phát biểu khai mạc kỳ họp.")
    assert roles(r) == {("Phan Văn Cường", "Chủ tịch", "HĐND tỉnh")}
    assert not any(e.type == "LOC" for e in r.entities)


def test_a_place_that_leaves_one_syllable_of_a_full_name_is_the_name():
    r = run("Dự có Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Đồng Văn Thanh.")
    assert ("Đồng Văn Thanh", "Chủ tịch", "HĐND thành phố") in roles(r)


def test_a_province_before_a_name_stays_in_the_organisation():
    r = run("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng phát biểu.")
    assert roles(r) == {("Lê Văn Dũng", "Chủ tịch", "UBND tỉnh Quảng Nam")}


def test_a_plural_title_before_two_names_gives_each_the_title():
    r = run("Kỳ họp do các Phó Chủ tịch HĐND tỉnh Trần Xuân Vĩnh và Nguyễn Công Thành chủ trì.")
    assert roles(r) == {("Trần Xuân Vĩnh", "Phó Chủ tịch", "HĐND tỉnh"), ("Nguyễn Công Thành", "Phó Chủ tịch", "HĐND tỉnh")}


def test_a_singular_title_before_two_names_stays_with_the_first():
    r = run("Chủ tịch UBND tỉnh Lê Văn An và Trần Thị Bình cùng dự.")
    assert ("Trần Thị Bình", "Chủ tịch", "UBND tỉnh") not in roles(r)


def test_a_shared_title_heading_a_list_after_a_colon_gives_each_name_the_title():
    r = run("Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn An, Trần Thị Bình và Phạm Công Hậu.")
    assert {p for p, t, o in roles(r) if t == "Phó Chủ tịch"} == {"Lê Văn An", "Trần Thị Bình", "Phạm Công Hậu"}


def test_attendance_list_items_are_names_with_their_own_titles():
    r = run("Dự buổi làm việc có các đồng chí: Nguyễn Văn Long, Bí thư Tỉnh ủy; Trần Thị Mai, Phó Chủ tịch HĐND tỉnh, Trưởng Ban Dân tộc HĐND tỉnh.")
    got = roles(r)
    assert ("Nguyễn Văn Long", "Bí thư", "Tỉnh ủy") in got
    assert ("Trần Thị Mai", "Phó Chủ tịch", "HĐND tỉnh") in got or ("Trần Thị Mai", "Phó Chủ tịch", "HĐND") in got
    assert not any(p == "Nguyễn Văn Long" and t != "Bí thư" for p, t, o in got)


def test_a_board_of_a_party_committee_is_the_organisation_of_its_head():
    # (as a central board is: `Trưởng Ban` / `Ban Tổ chức Trung ương`)
    r = run("Đồng chí Trần Minh Hải, Trưởng Ban Tuyên giáo Tỉnh ủy, phát biểu.")
    assert roles(r) == {("Trần Minh Hải", "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy")}


def test_a_management_board_keeps_its_own_name_as_the_organisation():
    r = run("Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Ninh Lê Văn An phát biểu.")
    assert roles(r) == {("Lê Văn An", "Trưởng Ban", "Ban Quản lý Khu kinh tế tỉnh Quảng Ninh")}


def test_a_party_committee_named_by_its_level_is_the_home_provinces():
    r = run("Đại hội Đảng bộ tỉnh Phú Thọ khai mạc. Bí thư Tỉnh ủy Đặng Xuân Phong phát biểu. Bí thư Tỉnh ủy Phú Thọ cảm ơn đại biểu.")
    assert roles(r) == {("Đặng Xuân Phong", "Bí thư", "Tỉnh ủy Phú Thọ")}


def test_a_former_post_before_a_name_keeps_its_marker():
    r = run("Cơ quan điều tra đã bắt giam cựu Chủ tịch UBND tỉnh Nguyễn Ngọc Hải.")
    assert roles(r) == {("Nguyễn Ngọc Hải", "cựu Chủ tịch", "UBND tỉnh")}


def test_each_former_post_in_a_chain_keeps_its_marker():
    r = run("Riêng Nguyễn Văn Phúc, cựu Phó chủ tịch UBND tỉnh, cựu Giám đốc Sở Tài chính tỉnh Lâm Đồng bị truy tố.")
    assert roles(r) == {
        ("Nguyễn Văn Phúc", "cựu Phó chủ tịch", "UBND tỉnh Lâm Đồng"),  # the article's province
        ("Nguyễn Văn Phúc", "cựu Giám đốc", "Sở Tài chính tỉnh Lâm Đồng"),
    }


def test_a_bare_full_name_followed_by_its_titles_is_a_person_with_roles():
    r = run("Trần Văn Lâm, Giám đốc Sở Y tế, cho biết bệnh viện sẽ mở thêm khoa mới.")
    assert roles(r) == {("Trần Văn Lâm", "Giám đốc", "Sở Y tế")}


def test_a_two_syllable_name_needs_a_list_separator_before_it():
    r = run("Dự có đồng chí Trần Minh Hải, Bí thư Tỉnh ủy; Lê Huyền, Phó Chủ tịch UBND tỉnh.")
    assert ("Lê Huyền", "Phó Chủ tịch", "UBND tỉnh") in roles(r)


def test_an_honorific_is_never_read_as_a_surname():
    r = run("Ông Quản Duy Hải, Chủ tịch HĐQT Công ty cổ phần Phong điện Miền Trung, phát biểu.")
    assert people(r) == {"Quản Duy Hải"}


def test_a_minister_named_by_portfolio_holds_that_title_and_a_country_after_it_belongs_to_it():
    r = run("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Văn Sang đã gặp Bộ trưởng Ngoại giao Lào Khamphoui Sisavath.")
    assert roles(r) == {
        ("Bùi Văn Sang", "Phó Thủ tướng", None),
        ("Bùi Văn Sang", "Bộ trưởng Ngoại giao", None),
        ("Khamphoui Sisavath", "Bộ trưởng Ngoại giao Lào", None),
        ("Khamphoui Sisavath", "Bộ trưởng Ngoại giao", None),  # the bare title too, as a head of state's
    }


def test_a_dash_between_the_titles_and_the_name():
    r = run("Sáng nay, Phó chủ tịch UBND tỉnh - Phạm Tấn Hưng đón tiếp đoàn công tác.")
    assert roles(r) == {("Phạm Tấn Hưng", "Phó chủ tịch", "UBND tỉnh")}


def test_an_honorary_teacher_title_joined_to_a_degree_is_no_name():
    r = run("NGƯT-TS Phạm Hữu Lâm, Hiệu trưởng Trường Cao đẳng Kỹ thuật Bình Minh, phát biểu.")
    assert people(r) == {"Phạm Hữu Lâm"}
    assert ("Phạm Hữu Lâm", "Hiệu trưởng", "Trường Cao đẳng Kỹ thuật Bình Minh") in roles(r)


def test_a_home_city_written_tp_dot_names_its_party_committee():
    r = run("Đảng bộ TP. Cần Thơ khai mạc đại hội. Dự có Phó Bí thư Thành ủy Trương Cảnh Tuyên.")
    org = next(e for e in r.entities if e.type == "ORG" and e.name.startswith("Thành ủy"))
    assert "Thành ủy Cần Thơ" in [org.name, *org.surfaces]  # linked to the city's committee by name
    assert {x.org for x in r.roles} == {org.id}


def test_a_party_committee_of_a_level_the_article_never_writes_stays_unnamed():
    r = run("Đại hội Đảng bộ tỉnh Phú Thọ khai mạc. Phó Bí thư Thành ủy Lê Văn Tâm phát biểu.")
    org = next(e for e in r.entities if e.type == "ORG" and e.name.startswith("Thành ủy"))
    assert "Thành ủy Phú Thọ" not in [org.name, *org.surfaces]


def test_a_deputy_division_commander_serves_in_the_division_the_article_names():
    r = run("Sư đoàn 305 tổ chức hội nghị. Đại tá Kiều Văn Thành, Phó Sư đoàn trưởng, trình bày báo cáo.")
    assert ("Kiều Văn Thành", "Phó Sư đoàn trưởng", "Sư đoàn 305") in roles(r)


def test_the_head_of_a_national_assembly_delegation_holds_it_in_the_delegation():
    r = run("Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Lâm Đồng Trần Văn Hai phát biểu.")
    assert roles(r) == {("Trần Văn Hai", "Phó Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng")}


def test_an_envoy_of_a_kingdom_keeps_the_kingdom_and_the_seat_in_the_title():
    r = run("Đoàn công tác do Ngài Chan Sovan - Tổng Lãnh sự Vương quốc Campuchia tại TP Hồ Chí Minh dẫn đầu.")
    assert roles(r) == {("Chan Sovan", "Tổng Lãnh sự Vương quốc Campuchia tại TP Hồ Chí Minh", None)}


def test_a_ministry_named_in_words_after_a_ministers_title_is_part_of_the_title():
    # `Bộ trưởng Xây dựng A` lost A's only role; the gold writes such titles whole
    r = run("Bộ trưởng Xây dựng Trần Văn An và Thứ trưởng Công Thương Lê Thị Bình dự lễ.")
    assert roles(r) == {("Trần Văn An", "Bộ trưởng Xây dựng", None), ("Lê Thị Bình", "Thứ trưởng Công Thương", None)}


def test_a_foreign_ministers_title_keeps_its_country():
    r = run("Bộ trưởng Ngoại giao Lào Bounmy Keo hội đàm với phía Việt Nam.")
    assert roles(r) == {("Bounmy Keo", "Bộ trưởng Ngoại giao Lào", None), ("Bounmy Keo", "Bộ trưởng Ngoại giao", None)}


def test_a_provincial_command_named_bare_after_a_title_is_the_home_provinces():
    r = run("Tỉnh Hòa Bình tổng kết năm. Thượng tá Trần Văn Tâm, Phó Chỉ huy trưởng Bộ Chỉ huy quân sự, trao thưởng tại tỉnh Hòa Bình.")
    assert ("Trần Văn Tâm", "Phó Chỉ huy trưởng", "Bộ Chỉ huy quân sự tỉnh Hòa Bình") in roles(r)


def test_a_provincial_command_named_bare_in_an_article_of_no_province_has_no_organisation():
    r = run("Thượng tá Trần Văn Tâm, Phó Chỉ huy trưởng Bộ Chỉ huy quân sự, trao thưởng.")
    assert ("Trần Văn Tâm", "Phó Chỉ huy trưởng", None) in roles(r)


def test_a_counted_title_heads_a_list_of_named_holders_with_titles_of_their_own():
    r = run("Tỉnh Nam Định họp. Ba Phó Bí thư Tỉnh ủy gồm: bà Trần Thị Hoa (Phó Bí thư Thường trực) - Chủ tịch HĐND tỉnh, ông Lê Văn Minh - Chủ tịch UBND tỉnh và ông Vũ Đức Toàn được bầu lại.")
    got = roles(r)
    for name in ("Trần Thị Hoa", "Lê Văn Minh", "Vũ Đức Toàn"):
        assert (name, "Phó Bí thư", "Tỉnh ủy Nam Định") in got
    assert ("Trần Thị Hoa", "Phó Bí thư Thường trực", "Tỉnh ủy Nam Định") in got
    assert ("Trần Thị Hoa", "Chủ tịch", "HĐND tỉnh Nam Định") in got
    assert ("Lê Văn Minh", "Chủ tịch", "UBND tỉnh Nam Định") in got
    assert not any(p == "Vũ Đức Toàn" and t == "Chủ tịch" for p, t, _ in got)


def test_a_title_after_an_appointment_verb_stays_off_the_next_name():
    r = run(
        "Trong thư gửi ông Kim Sung Ho, người được bổ nhiệm làm Bộ trưởng Tài chính Hàn Quốc, "
        "Phó Thủ tướng, Bộ trưởng Lê Minh Khoa mong hợp tác sâu hơn."
    )
    held = {(p, t) for p, t, _ in roles(r)}
    assert ("Lê Minh Khoa", "Phó Thủ tướng") in held
    assert not any(p == "Lê Minh Khoa" and "Hàn Quốc" in t for p, t in held)


def test_the_armed_forces_named_after_a_military_title_are_its_organisation():
    r = run(
        "Buổi diễn tập có sự theo dõi của Thượng tướng Hoàng Văn Dũng, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam. "
        "Thiếu tướng Trần Văn Cường, Tư lệnh Cảnh sát biển Việt Nam, dự lễ."
    )
    assert ("Hoàng Văn Dũng", "Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam") in roles(r)
    assert ("Trần Văn Cường", "Tư lệnh", "Cảnh sát biển Việt Nam") in roles(r)


def test_a_foreign_name_after_a_ministry_is_its_holder_not_part_of_it():
    r = run("Tiễn đoàn tại nhà khách Chính phủ có Thứ trưởng Bộ Ngoại giao Margaret Holt cùng Đại sứ Canada tại Việt Nam Derek Whitlow.")
    assert ("Margaret Holt", "Thứ trưởng", "Bộ Ngoại giao") in roles(r)
    assert {t for p, t, _ in roles(r) if p == "Derek Whitlow"} == {"Đại sứ Canada tại Việt Nam"}


def test_a_secretariat_is_a_body_not_a_secretary_title():
    r = run("Bộ trưởng Lê Văn Hòa làm việc với Ban Thư ký Diễn đàn Mekong tại Bangkok chiều qua.")
    assert not any(t == "Thư ký" for _, t, _ in roles(r))
    assert "Ban Thư ký Diễn đàn Mekong" in {e.name for e in r.entities if e.type == "ORG"}
