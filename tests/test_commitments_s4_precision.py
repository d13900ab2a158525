"""Commitments, fourth session: precision and actors on unseen news. One phenomenon per test;
the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_goal_tails_figures_stay_with_the_tail_not_the_head_commitment():
    r = run("Công ty Hoa Sen cam kết mở rộng mạng lưới cửa hàng, với mục tiêu doanh thu đạt 900 tỷ đồng vào năm 2029.\n",
            [("ORG", "Công ty Hoa Sen", [])])
    head, tail = r.find("mở rộng mạng lưới cửa hàng"), r.find("doanh thu đạt 900 tỷ đồng")
    assert head is not tail and head.text == "cam kết mở rộng mạng lưới cửa hàng"
    assert head.amount is None and head.target_date is None
    assert tail.amount == "900 tỷ đồng" and tail.target_date == "2029" and tail.kind == "target"


def test_an_assigning_reported_as_done_is_still_the_assigners_directive():
    r = run("Bộ Tài chính đã giao Kho bạc Nhà nước hoàn thiện quy trình thanh toán điện tử trong năm 2026.\n",
            [("ORG", "Bộ Tài chính", []), ("ORG", "Kho bạc Nhà nước", [])])
    c = r.find("hoàn thiện quy trình thanh toán")
    assert r.name(c.actor) == "Bộ Tài chính" and c.kind == "directive"


def test_appointing_someone_to_a_post_is_no_directive():
    r = run("Ban Bí thư chỉ định Phó Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030 là ông Trần Văn Hải.\n",
            [("ORG", "Ban Bí thư", []), ("PER", "Trần Văn Hải", [])])
    assert r.commitments == []


def test_an_appointing_cue_with_a_task_still_assigns_it():
    r = run("Ban Bí thư chỉ định Ban Tuyên giáo Trung ương soạn thảo đề cương tuyên truyền trước ngày 30/6.\n",
            [("ORG", "Ban Bí thư", []), ("ORG", "Ban Tuyên giáo Trung ương", [])])
    c = r.find("soạn thảo đề cương")
    assert r.name(c.actor) == "Ban Bí thư" and c.kind == "directive"


def test_presiding_over_a_working_session_is_an_event_not_a_responsibility():
    r = run("Bộ trưởng Bộ Y tế Lê Văn An chủ trì làm việc với lãnh đạo các bệnh viện tuyến cuối.\n",
            [("ORG", "Bộ Y tế", []), ("PER", "Lê Văn An", [])])
    assert r.commitments == []


def test_a_capitalised_trigger_word_in_an_apposition_is_a_title():
    r = run("Dự buổi lễ có ông Trần Văn Hải, Trợ lý Chủ tịch nước, Phụ trách Văn phòng Chủ tịch nước; các Thứ trưởng Bộ Ngoại giao.\n",
            [("PER", "Trần Văn Hải", []), ("ORG", "Văn phòng Chủ tịch nước", []), ("ORG", "Bộ Ngoại giao", [])])
    assert r.commitments == []


def test_the_same_word_as_a_verb_after_a_comma_still_counts():
    r = run("Theo phân công, ông Trần Văn Hải, Giám đốc Sở Xây dựng, phụ trách công tác giải phóng mặt bằng của dự án.\n",
            [("PER", "Trần Văn Hải", []), ("ORG", "Sở Xây dựng", [])])
    assert r.find("công tác giải phóng mặt bằng").kind == "responsibility"


def test_a_plant_named_as_the_subject_gives_way_to_its_investor():
    r = run("Công ty Cổ phần Năng lượng Hòa Bình làm chủ đầu tư Nhà máy Điện gió Hòa Bình 1.\n\n"
            "Khi vận hành, Nhà máy Điện gió Hòa Bình 1 dự kiến cung cấp 500 triệu kWh điện mỗi năm.\n",
            [("ORG", "Công ty Cổ phần Năng lượng Hòa Bình", []), ("ORG", "Nhà máy Điện gió Hòa Bình 1", [])])
    c = r.find("cung cấp 500 triệu kWh")
    assert r.name(c.actor) == "Công ty Cổ phần Năng lượng Hòa Bình" and c.rule.endswith("/owner")


def test_sap_xep_arranging_is_not_the_future_marker_sap():
    r = run("Sở Nội vụ tỉnh Hà Giang. Sắp xếp, tinh gọn bộ máy các phòng chuyên môn.\n",
            [("ORG", "Sở Nội vụ tỉnh Hà Giang", [])])
    assert not any(c.trigger.lower() == "sắp" for c in r.commitments)


def test_sap_before_an_action_is_still_a_plan():
    r = run("Công ty Minh Long sắp khởi công nhà máy gốm thứ hai tại Bình Dương.\n", [("ORG", "Công ty Minh Long", [])])
    assert r.name(r.find("nhà máy gốm thứ hai").actor) == "Công ty Minh Long"


def test_a_trigger_word_in_a_list_of_topics_after_ve_is_a_noun():
    r = run("Lãnh đạo Công ty Hải Phát trao đổi với cổ đông về kết quả kinh doanh quý III, định hướng phát triển sản phẩm và chính sách cổ tức.\n",
            [("ORG", "Công ty Hải Phát", [])])
    assert not any("định hướng" in c.text for c in r.commitments)


def test_the_agent_of_a_passive_relative_clause_undertakes_nothing():
    r = run("Đây là hồ sơ đầu tiên được Sở Kế hoạch tỉnh Nam Định chủ trì thẩm định theo quy trình rút gọn.\n",
            [("ORG", "Sở Kế hoạch tỉnh Nam Định", [])])
    assert r.commitments == []


def test_an_assigning_in_the_passive_is_still_the_assigners_directive():
    r = run("Sở Xây dựng được UBND tỉnh Nam Định giao chủ trì xây dựng đề án nhà ở xã hội.\n",
            [("ORG", "Sở Xây dựng", []), ("ORG", "UBND tỉnh Nam Định", [])])
    assert r.name(r.find("đề án nhà ở xã hội").actor) == "UBND tỉnh Nam Định"


def test_the_agent_of_a_future_passive_still_undertakes_it():
    r = run("Cầu Sông Hàn 2 sẽ được Công ty Hưng Thịnh xây dựng trong năm 2026.\n", [("ORG", "Công ty Hưng Thịnh", [])])
    assert r.name(r.find("xây dựng").actor) == "Công ty Hưng Thịnh"


def test_a_court_panel_named_with_its_court_acts_as_the_court():
    r = run("Tòa án nhân dân tỉnh Hà Nam xét xử vụ án tham ô tài sản.\n\n"
            "Hội đồng xét xử Tòa án nhân dân tỉnh Hà Nam dự kiến mở lại phiên tòa vào ngày 12/3/2026.\n",
            [("ORG", "Tòa án nhân dân tỉnh Hà Nam", []), ("ORG", "Hội đồng xét xử Tòa án nhân dân tỉnh Hà Nam", [])])
    assert r.name(r.find("mở lại phiên tòa").actor) == "Tòa án nhân dân tỉnh Hà Nam"


def test_an_organ_whose_body_the_article_never_names_alone_stays_itself():
    r = run("Hội đồng quản trị Công ty Bến Thành dự kiến trình cổ đông phương án chia cổ tức 15%.\n",
            [("ORG", "Hội đồng quản trị Công ty Bến Thành", [])])
    assert r.name(r.find("phương án chia cổ tức").actor) == "Hội đồng quản trị Công ty Bến Thành"


def test_the_name_after_a_helping_verb_is_helped_and_the_helper_acts():
    r = run("Tập đoàn Sao Mai hỗ trợ Hậu Giang xây dựng trung tâm điều hành thông minh trong năm 2026.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hậu Giang", [])])
    c = r.find("trung tâm điều hành thông minh")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and r.name(c.partner) == "Hậu Giang"


def test_a_headline_helper_without_a_marker_still_acts():
    r = run("Công ty Hưng Long giúp Sóc Trăng xây dựng chính quyền số\n\nNội dung bài viết.\n",
            [("ORG", "Công ty Hưng Long", []), ("LOC", "Sóc Trăng", [])])
    assert r.name(r.find("chính quyền số").actor) == "Công ty Hưng Long"


def test_a_conjunct_that_witnesses_an_event_is_no_undertaking():
    r = run("Tại buổi làm việc, Sở Công Thương tỉnh Bến Tre cam kết hỗ trợ thủ tục cho nhà đầu tư, đồng thời chứng kiến việc trao giấy phép cho ba doanh nghiệp.\n",
            [("ORG", "Sở Công Thương tỉnh Bến Tre", [])])
    assert r.find("hỗ trợ thủ tục cho nhà đầu tư").kind == "pledge"
    assert not any("chứng kiến" in c.text for c in r.commitments)


def test_the_leadership_of_the_province_directs_as_its_committee():
    r = run("UBND tỉnh Vĩnh Phúc tổ chức lễ khởi công tuyến đường ĐT.305.\n\n"
            "Lãnh đạo tỉnh yêu cầu nhà thầu tập trung nhân lực, bảo đảm tiến độ công trình.\n",
            [("ORG", "UBND tỉnh Vĩnh Phúc", [])])
    c = r.find("tập trung nhân lực")
    assert r.name(c.actor) == "UBND tỉnh Vĩnh Phúc" and c.kind == "directive"


def test_a_generic_committee_without_a_speaker_is_the_one_place_the_article_names():
    r = run("Tuyến đường nối Vĩnh Phúc với cao tốc được khởi công.\n\n"
            "Lãnh đạo UBND tỉnh yêu cầu nhà thầu tập trung nhân lực, bảo đảm tiến độ công trình.\n",
            [("LOC", "Vĩnh Phúc", []), ("ORG", "UBND tỉnh", [])])
    assert r.name(r.find("tập trung nhân lực").actor) == "Vĩnh Phúc"


def test_two_leaders_agreeing_stand_for_the_parties_of_their_meeting():
    r = run("Thủ tướng Trần Văn Định hội đàm với Thủ tướng Lào Sonexay Siphandone.\n\n"
            "Hai Thủ tướng hoan nghênh kết quả hợp tác giữa hai nước, nhất trí sớm thông qua Kế hoạch hợp tác giáo dục giai đoạn 2026-2030.\n",
            [("PER", "Trần Văn Định", []), ("PER", "Sonexay Siphandone", []), ("LOC", "Lào", [])])
    c = r.find("Kế hoạch hợp tác giáo dục")
    assert r.name(c.actor) == "Trần Văn Định" and c.kind == "agreement"


def test_a_verb_only_trigger_may_have_an_adverb_before_its_verb():
    r = run("Công ty Đông Á và Công ty Tây Bắc nhất trí sớm triển khai tuyến vận tải biển mới.\n",
            [("ORG", "Công ty Đông Á", []), ("ORG", "Công ty Tây Bắc", [])])
    assert r.name(r.find("tuyến vận tải biển mới").actor) == "Công ty Đông Á"


def test_a_headline_reporting_the_ceremony_the_body_describes_is_an_event():
    r = run("Vĩnh Phúc khởi công cầu vượt sông Phó Đáy\n\n"
            "Sáng 5/3, UBND tỉnh Vĩnh Phúc tổ chức lễ khởi công cầu vượt sông Phó Đáy.\n",
            [("LOC", "Vĩnh Phúc", []), ("ORG", "UBND tỉnh Vĩnh Phúc", [])])
    assert not any(c.trigger.lower() == "khởi công" for c in r.commitments)


def test_a_headline_groundbreaking_without_a_ceremony_in_the_body_still_counts():
    r = run("Công ty Sông Thao khởi công nhà máy giấy thứ hai\n\n"
            "Nhà máy có công suất 100.000 tấn mỗi năm.\n",
            [("ORG", "Công ty Sông Thao", [])])
    assert r.name(r.find("nhà máy giấy thứ hai").actor) == "Công ty Sông Thao"


def test_a_plant_subject_under_theo_x_is_xs_when_no_investor_is_named():
    r = run("Theo Công ty Minh Phát, nhà máy sẽ đi vào hoạt động từ quý III/2026.\n", [("ORG", "Công ty Minh Phát", [])])
    c = r.find("đi vào hoạt động")
    assert r.name(c.actor) == "Công ty Minh Phát" and c.target_date == "2026-Q3"


def test_a_joint_undertaking_of_a_long_list_is_the_first_named_partys():
    r = run("Ngày 12/1, Ngân hàng Sông Đà cùng các ngân hàng Hưng Phát, Bình Minh và Công ty Vành Đai sẽ ký hợp đồng cho vay dự án.\n",
            [("ORG", "Ngân hàng Sông Đà", []), ("ORG", "Hưng Phát", []), ("ORG", "Bình Minh", []), ("ORG", "Công ty Vành Đai", [])])
    c = r.find("hợp đồng cho vay")
    assert r.name(c.actor) == "Ngân hàng Sông Đà" and r.name(c.partner) == "Hưng Phát"


def test_a_joint_pledge_after_cung_and_a_comma_is_the_first_named_partys():
    r = run("Agribank cùng MB, BIDV cam kết thu xếp 25.000 tỷ đồng cho dự án.\n",
            [("ORG", "Agribank", []), ("ORG", "MB", []), ("ORG", "BIDV", [])])
    assert r.name(r.find("thu xếp 25.000 tỷ đồng").actor) == "Agribank"


def test_a_name_after_theo_is_no_party_of_the_list_after_it():
    r = run("Theo Viettel, FPT và MB sẽ xây dựng trung tâm dữ liệu mới.\n",
            [("ORG", "Viettel", []), ("ORG", "FPT", []), ("ORG", "MB", [])])
    c = r.find("trung tâm dữ liệu mới")
    assert r.name(c.actor) == "FPT" and r.name(c.partner) == "MB"


def test_a_list_of_parties_after_nhu_is_the_first_named_partys():
    r = run("Nhiều công ty như Sao Bắc, Đông Phong, Tân Á và Hoàng Hải sẽ đầu tư vào khu công nghệ số tại Cần Thơ.\n",
            [("ORG", "Sao Bắc", []), ("ORG", "Đông Phong", []), ("ORG", "Tân Á", []), ("ORG", "Hoàng Hải", [])])
    assert r.name(r.find("khu công nghệ số").actor) == "Sao Bắc"
