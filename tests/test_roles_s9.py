"""Roles on unseen state, party, bank and military reports (sentences written for these
tests, invented names and invented bodies): a unit of a body and the body after a comma,
a post whose office another title names."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def test_a_department_then_a_comma_and_its_ministry_gives_the_ministry_as_organisation():
    r = run("Làm việc với đoàn có ông Trần Văn Bách, Phó Vụ trưởng Vụ Kinh tế ngành, Ban Chính sách Trung ương.")
    assert ("Trần Văn Bách", "Phó Vụ trưởng Vụ Kinh tế ngành", "Ban Chính sách Trung ương") in roles(r)


def test_a_bank_division_written_lower_case_joins_the_title_and_the_bank_is_the_organisation():
    r = run("Ông Lê Minh Khoa, Giám đốc khối Khách hàng doanh nghiệp lớn, Ngân hàng Thương mại Cổ phần Sao Mai cho biết dư nợ tăng.")
    assert ("Lê Minh Khoa", "Giám đốc khối Khách hàng doanh nghiệp lớn", "Ngân hàng Thương mại Cổ phần Sao Mai") in roles(r)


def test_a_department_held_in_the_title_takes_the_body_after_the_comma():
    r = run("Báo cáo do bà Phan Thị Hoa - Trưởng phòng Tổng hợp, Sở Tài chính tỉnh Bình Sơn trình bày.")
    assert ("Phan Thị Hoa", "Trưởng phòng Tổng hợp", "Sở Tài chính tỉnh Bình Sơn") in roles(r)


def test_a_name_after_the_comma_starts_another_person_not_a_parent_body():
    r = run("Dự có ông Đinh Văn Tài, Trưởng phòng Tổng hợp, Nguyễn Văn Cường, Trưởng phòng Kế toán.")
    got = roles(r)
    assert ("Đinh Văn Tài", "Trưởng phòng Tổng hợp", None) in got
    assert ("Nguyễn Văn Cường", "Trưởng phòng Kế toán", None) in got


def test_two_units_of_one_kind_are_a_list_not_a_unit_and_its_parent():
    r = run("Ông Hồ Văn Thiện, Phó Vụ trưởng Vụ Tổng hợp, Vụ Pháp chế cùng tham dự buổi làm việc.")
    assert ("Hồ Văn Thiện", "Phó Vụ trưởng Vụ Tổng hợp", "Vụ Pháp chế") not in roles(r)


def test_the_leader_whose_office_a_deputy_heads_is_not_the_deputy():
    # no delegation formula (`Thay mặt`): the chain itself must drop the served post
    r = run("Theo lịch làm việc của Thủ tướng, Phó Chủ nhiệm Văn phòng Thủ tướng Hà Minh Phúc cho biết cuộc họp dời sang thứ Sáu.")
    got = roles(r)
    assert ("Hà Minh Phúc", "Phó Chủ nhiệm", "Văn phòng Thủ tướng") in got
    assert not any(p == "Hà Minh Phúc" and t == "Thủ tướng" for p, t, _ in got)


def test_a_stacked_head_of_state_post_before_another_post_stays_the_holders():
    r = run("Dự lễ có Tổng Bí thư, Chủ tịch nước Lò Văn Thắm và nhiều đại biểu.")
    got = roles(r)
    assert ("Lò Văn Thắm", "Tổng Bí thư", None) in got
    assert ("Lò Văn Thắm", "Chủ tịch nước", None) in got


def test_a_bare_command_post_stacked_before_another_takes_the_unit_written_after_the_last():
    r = run("Phát biểu tại buổi lễ, Thiếu tướng Hà Văn Khởi, Phó Chính ủy, Chủ nhiệm Chính trị Quân khu 9, ghi nhận kết quả huấn luyện.")
    got = roles(r)
    assert ("Hà Văn Khởi", "Phó Chính ủy", "Quân khu 9") in got
    assert ("Hà Văn Khởi", "Chủ nhiệm Chính trị", "Quân khu 9") in got


def test_a_bare_civil_post_before_a_command_post_keeps_no_unit():
    r = run("Đại tá Ninh Văn Lợi, Phó Bí thư, Chính ủy Sư đoàn 12, dự và trao thưởng.")
    assert ("Ninh Văn Lợi", "Phó Bí thư", "Sư đoàn 12") not in roles(r)


def test_an_acting_qualifier_after_a_title_stays_in_the_title():
    r = run("Trận đấu tới, đội chủ nhà được dẫn dắt bởi HLV tạm quyền Kha Văn Thịnh.")
    assert ("Kha Văn Thịnh", "HLV tạm quyền", None) in roles(r)


def test_a_dash_and_a_form_of_address_before_the_holder_of_a_title_chain():
    r = run("Sáng nay, Tổng Giám đốc Tổng công ty Cảng biển Sơn Hà - ông Vi Văn Quyết, đã tiếp đoàn công tác.")
    assert ("Vi Văn Quyết", "Tổng Giám đốc", "Tổng công ty Cảng biển Sơn Hà") in roles(r)


def test_a_foreign_minister_named_with_his_country_also_holds_the_bare_title():
    r = run("Hai bên hội đàm với Bộ trưởng Ngoại giao Mông Cổ Batbayar Ganbold về hợp tác giáo dục.")
    got = roles(r)
    assert ("Batbayar Ganbold", "Bộ trưởng Ngoại giao Mông Cổ", None) in got
    assert ("Batbayar Ganbold", "Bộ trưởng Ngoại giao", None) in got


def test_an_ambassador_named_with_his_country_also_holds_the_bare_title():
    r = run("Buổi tiếp có sự tham dự của Đại sứ Phần Lan Kari Lindholm và các tham tán.")
    assert ("Kari Lindholm", "Đại sứ", None) in roles(r)


def test_the_event_an_organising_committee_runs_belongs_to_its_heads_title():
    r = run("Ông Lương Văn Luyện, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội Hoa Ban năm nay chủ trì buổi họp báo.")
    got = roles(r)
    assert ("Lương Văn Luyện", "Trưởng Ban Tổ chức Lễ hội Hoa Ban năm nay", None) in got
    assert not any(t == "Trưởng Ban Tổ chức" for _, t, _ in got)


def test_the_organisation_commission_of_a_party_committee_is_no_event():
    r = run("Bà Vũ Thị Lệ, Trưởng Ban Tổ chức Tỉnh ủy, công bố quyết định nhân sự.")
    assert ("Vũ Thị Lệ", "Trưởng Ban", "Ban Tổ chức Tỉnh ủy") in roles(r)  # the committee's board (s13)


def test_a_department_then_thuoc_and_its_ministry_in_a_court_aside():
    r = run("Cùng bị xét xử có Khúc Văn Toại (cựu Phó Trưởng phòng Định giá thuộc Bộ Xây dựng) và hai đồng phạm.")
    assert ("Khúc Văn Toại", "cựu Phó Trưởng phòng Định giá", "Bộ Xây dựng") in roles(r)


def test_a_centre_then_thuoc_and_its_department_after_a_name():
    r = run("Ông Tạ Văn Minh, Giám đốc Trung tâm Dịch vụ việc làm thuộc Sở Nội vụ tỉnh Bình Sơn, trình bày báo cáo.")
    assert ("Tạ Văn Minh", "Giám đốc Trung tâm Dịch vụ việc làm", "Sở Nội vụ tỉnh Bình Sơn") in roles(r)


def test_the_holder_after_an_organisation_and_its_short_name_in_parentheses():
    r = run("Chủ tịch Hội đồng thành viên Tổng công ty Đường thủy Nam Bộ (Sowaco) Lã Văn Tiến đã ký quyết định.")
    got = [(p, t, o) for p, t, o in roles(r) if p == "Lã Văn Tiến"]
    assert [t for _, t, _ in got] == ["Chủ tịch Hội đồng thành viên"]
    assert got[0][2] is not None  # the company (named by its short name Sowaco)


def test_a_later_short_form_of_a_board_title_is_the_same_role():
    r = run("Chủ tịch Hội đồng quản trị Công ty cổ phần Thép Sông Mây Khổng Văn Lâm phát biểu. Theo Chủ tịch Công ty cổ phần Thép Sông Mây Khổng Văn Lâm, sản lượng sẽ tăng.")
    got = {(p, t) for p, t, _ in roles(r) if p == "Khổng Văn Lâm"}
    assert ("Khổng Văn Lâm", "Chủ tịch Hội đồng quản trị") in got
    assert ("Khổng Văn Lâm", "Chủ tịch") not in got


def test_a_post_and_its_standing_form_written_apart_are_two_roles():
    r = run("Bà Đinh Thị Hạnh, Phó Bí thư Tỉnh ủy, dự họp. Trước đó, bà Đinh Thị Hạnh (Phó Bí thư Thường trực Tỉnh ủy) đã phát biểu.")
    got = {t for p, t, _ in roles(r) if p == "Đinh Thị Hạnh"}
    assert {"Phó Bí thư", "Phó Bí thư Thường trực"} <= got


def test_the_post_an_officer_acts_for_is_not_his_own():
    r = run("Thừa ủy quyền của Chủ tịch nước, Thượng tướng Ninh Văn Lạc, Thứ trưởng Bộ Quốc phòng trao quân hàm cho các sĩ quan.")
    got = roles(r)
    assert ("Ninh Văn Lạc", "Thứ trưởng", "Bộ Quốc phòng") in got
    assert not any(t == "Chủ tịch nước" for _, t, _ in got)


def test_the_leader_whose_guidance_is_meant_keeps_his_stacked_titles():
    r = run("Dưới sự chỉ đạo của Ủy viên Bộ Chính trị, Bí thư Thành ủy Hứa Văn Nên, các quận đã hoàn thành kế hoạch.")
    got = roles(r)
    assert ("Hứa Văn Nên", "Ủy viên", "Bộ Chính trị") in got
    assert ("Hứa Văn Nên", "Bí thư", "Thành ủy") in got


def test_a_foreign_party_named_after_a_seat_on_its_central_committee_is_the_organisation():
    r = run("Bộ trưởng đã hội kiến Ủy viên Trung ương Đảng Cộng sản Cuba, Bộ trưởng Ngoại giao Cuba Carlos Ruiz Vega.")
    assert ("Carlos Ruiz Vega", "Ủy viên Trung ương", "Đảng Cộng sản Cuba") in roles(r)


def test_a_name_after_a_central_committee_seat_is_its_holder_not_a_party():
    r = run("Ủy viên Trung ương Đảng Hầu Văn Thịnh phát biểu tại hội nghị.")
    assert ("Hầu Văn Thịnh", "Ủy viên Trung ương Đảng", None) in roles(r)
