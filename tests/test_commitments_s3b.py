"""Commitments, third session (second round): phenomena the 20 unseen development articles showed missing.
One phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a directive's colon list goes on in the sentences after it -------------

def test_sentences_after_a_directives_colon_list_are_its_items():
    r = run("Hội đồng Quản lý Quỹ yêu cầu các chi nhánh thực hiện một số việc: rà soát toàn bộ hồ sơ vay vốn.\n\n"
            "Lập danh sách khách hàng chậm trả nợ trong tháng 4.\n\n"
            "Báo cáo kết quả về hội sở trước ngày 30/6; công khai lãi suất tại trụ sở.\n",
            [("ORG", "Hội đồng Quản lý Quỹ", [])])
    for item in ("Lập danh sách khách hàng", "Báo cáo kết quả về hội sở", "công khai lãi suất"):
        c = r.find(item)
        assert r.name(c.actor) == "Hội đồng Quản lý Quỹ" and c.kind == "directive" and c.rule.endswith("/continued")


def test_the_semicolon_items_after_the_colons_first_are_the_directives_too():
    r = run("Sở Nông nghiệp yêu cầu các xã làm tốt ba việc: nạo vét kênh mương; sửa chữa đê bao; dự trữ vật tư chống lũ.\n",
            [("ORG", "Sở Nông nghiệp", [])])
    c = r.find("sửa chữa đê bao")
    assert r.name(c.actor) == "Sở Nông nghiệp" and c.kind == "directive"
    assert r.find("dự trữ vật tư").kind == "directive"


def test_a_continued_list_ends_at_a_sentence_with_its_own_subject_or_a_done_action():
    r = run("Hội đồng Quản lý Quỹ yêu cầu các chi nhánh thực hiện một số việc: rà soát toàn bộ hồ sơ vay vốn.\n\n"
            "Công ty Bình An cung cấp phần mềm quản lý cho các chi nhánh.\n\n"
            "Năm ngoái các chi nhánh đã giải ngân hơn 900 tỷ đồng.\n",
            [("ORG", "Hội đồng Quản lý Quỹ", []), ("ORG", "Công ty Bình An", [])])
    assert not any("phần mềm" in c.text or "giải ngân" in c.text for c in r.commitments)


def test_a_caption_after_an_agreements_list_is_no_item():
    r = run("Hai công ty Nam Hà và Bắc Sơn nhất trí: mở rộng mạng lưới phân phối; chia sẻ kho bãi.\n\n"
            "Quang cảnh buổi làm việc giữa hai doanh nghiệp\n",
            [("ORG", "Nam Hà", []), ("ORG", "Bắc Sơn", [])])
    assert not any("Quang cảnh" in c.text for c in r.commitments)


# ---- asking after a reported clause is the speaker's own act ----------------

def test_a_proposal_after_a_reported_clause_is_the_speakers():
    r = run("Tổng giám đốc Phạm Quang Huy cho biết doanh nghiệp coi trọng thị trường miền Trung, "
            "đề nghị tỉnh hỗ trợ mặt bằng cho nhà máy mới.\n",
            [("PER", "Phạm Quang Huy", [])])
    c = r.find("hỗ trợ mặt bằng")
    assert r.name(c.actor) == "Phạm Quang Huy" and c.kind == "proposal" and c.rule.endswith("/chain")


def test_a_reported_clause_with_its_own_subject_still_keeps_its_plans():
    r = run("Ông Phạm Quang Huy cho biết Công ty Thái Dương tập trung vào xe điện, hướng tới thị trường châu Âu.\n",
            [("PER", "Phạm Quang Huy", []), ("ORG", "Công ty Thái Dương", [])])
    assert all(r.name(c.actor) != "Phạm Quang Huy" for c in r.commitments)


def test_a_conjunct_after_dong_thoi_with_its_own_trigger_is_one_commitment():
    r = run("Bộ trưởng Lê Văn Hải đề nghị hai bên tiếp tục mở rộng trao đổi sinh viên giữa các trường đại học hai nước, "
            "đồng thời khẳng định sẵn sàng cấp thêm học bổng cho sinh viên Lào.\n",
            [("PER", "Lê Văn Hải", [])])
    (c,) = [c for c in r.commitments if "cấp thêm học bổng" in c.text]
    assert c.kind == "pledge" and c.text.startswith("sẵn sàng")


# ---- passive directives and assigned targets: the directing body acts --------

def test_a_passive_directive_is_the_body_its_document_lead_names():
    r = run("Theo Chỉ thị số 12 của Bộ Nông nghiệp, các tỉnh ven biển được yêu cầu hoàn thành kiểm kê tàu cá trước ngày 30/9.\n",
            [("ORG", "Bộ Nông nghiệp", [])])
    c = r.find("hoàn thành kiểm kê tàu cá")
    assert r.name(c.actor) == "Bộ Nông nghiệp" and c.kind == "directive" and c.rule.endswith("/directing")
    assert c.text.startswith("các tỉnh ven biển")


def test_a_passive_directive_after_theo_do_is_the_body_of_the_sentence_before():
    r = run("Quỹ Bảo lãnh Tín dụng Miền Tây vừa ban hành kế hoạch hoạt động quý IV.\n"
            "Theo đó, các chi nhánh được yêu cầu rút ngắn thời gian thẩm định hồ sơ.\n",
            [("ORG", "Quỹ Bảo lãnh Tín dụng Miền Tây", [])])
    c = r.find("rút ngắn thời gian thẩm định")
    assert r.name(c.actor) == "Quỹ Bảo lãnh Tín dụng Miền Tây" and c.kind == "directive"


def test_a_figure_assigned_to_reach_a_level_is_the_assigning_bodys_target():
    r = run("(ABC) - Theo Nghị quyết số 05 của Ủy ban Thương mại, doanh thu bán lẻ năm 2027 được giao đạt khoảng 9%.\n",
            [("ORG", "Ủy ban Thương mại", [])])
    c = r.find("doanh thu bán lẻ")
    assert r.name(c.actor) == "Ủy ban Thương mại" and c.kind == "target"


def test_a_negated_passive_directive_is_none():
    r = run("Theo Quyết định số 7 của Bộ Nông nghiệp, các hộ nhỏ không được yêu cầu đăng ký lại giấy phép.\n",
            [("ORG", "Bộ Nông nghiệp", [])])
    assert not any("đăng ký lại" in c.text for c in r.commitments)


# ---- a speaker introduced with a dash speaks for the body named after it -----

def test_a_generic_unit_said_by_a_speaker_introduced_with_a_dash_is_the_speakers_body():
    r = run("Công ty Sao Việt là cái nôi của Công ty Hải Đăng Media.\n\n"
            "Phát biểu tại hội nghị, ông Trần Minh Khoa - Tổng Giám đốc Công ty Sao Việt, khẳng định đơn vị "
            "sẵn sàng mở rộng sang dịch vụ điện toán đám mây.\n",
            [("ORG", "Công ty Sao Việt", []), ("ORG", "Công ty Hải Đăng Media", []), ("PER", "Trần Minh Khoa", [])])
    c = r.find("điện toán đám mây")
    assert r.name(c.actor) == "Công ty Sao Việt"


# ---- targets stated as nouns ----------------------------------------------------

def test_a_tail_with_voi_muc_tieu_is_a_target_of_its_own():
    r = run("Công ty Sông Đà cam kết mở rộng mạng lưới phân phối sang miền Trung, với mục tiêu doanh thu đạt 5.000 tỷ đồng vào năm 2028.\n",
            [("ORG", "Công ty Sông Đà", [])])
    t = r.find("doanh thu đạt 5.000 tỷ đồng")
    assert r.name(t.actor) == "Công ty Sông Đà" and t.kind == "target" and t.text.startswith("với mục tiêu")
    p = r.find("mở rộng mạng lưới")
    assert "mục tiêu" not in p.text


def test_a_colon_list_after_a_business_plan_lists_the_subjects_targets():
    r = run("Tại đại hội, Công ty Thành Công đã trình bày kế hoạch kinh doanh năm 2026: "
            "đạt doanh thu 8.000 tỷ đồng, tăng 20% so với năm trước, và lợi nhuận sau thuế 600 tỷ đồng.\n",
            [("ORG", "Công ty Thành Công", [])])
    a, b = r.find("đạt doanh thu 8.000 tỷ đồng"), r.find("lợi nhuận sau thuế 600 tỷ đồng")
    assert a.kind == b.kind == "target" and a is not b
    assert r.name(a.actor) == r.name(b.actor) == "Công ty Thành Công"


def test_a_sentence_opening_with_a_goal_and_la_states_targets_of_the_name_in_it():
    r = run("Mục tiêu chung của Đề án là đến năm 2030, Việt Nam phủ sóng 5G toàn bộ các khu công nghiệp; "
            "nâng tốc độ truy cập băng rộng di động lên gấp đôi; đào tạo 50.000 kỹ sư viễn thông.\n",
            [("LOC", "Việt Nam", [])])
    for item in ("phủ sóng 5G", "nâng tốc độ truy cập", "đào tạo 50.000 kỹ sư"):
        c = r.find(item)
        assert r.name(c.actor) == "Việt Nam" and c.kind == "target"


# ---- a province easing the way, and a wish joined to a pledge --------------------

def test_a_province_that_will_create_every_condition_pledges_it_and_the_purpose_is_not_the_firms():
    r = run("Chủ tịch UBND tỉnh Hòa Bình Nguyễn Văn An nhấn mạnh, tỉnh sẽ tạo điều kiện tốt nhất "
            "để Công ty Sông Đà triển khai các dự án.\n",
            [("ORG", "UBND tỉnh Hòa Bình", []), ("PER", "Nguyễn Văn An", []), ("ORG", "Công ty Sông Đà", [])])
    c = r.find("tạo điều kiện tốt nhất")
    assert r.name(c.actor) == "UBND tỉnh Hòa Bình"
    assert all(r.name(x.actor) != "Công ty Sông Đà" for x in r.commitments)


def test_a_wish_joined_by_dong_thoi_keeps_its_own_kind():
    r = run("Chủ tịch UBND tỉnh Hòa Bình Nguyễn Văn An nhấn mạnh, tỉnh sẽ hỗ trợ giải phóng mặt bằng cho nhà máy, "
            "đồng thời mong muốn Công ty Sông Đà ưu tiên tuyển dụng lao động địa phương.\n",
            [("ORG", "UBND tỉnh Hòa Bình", []), ("PER", "Nguyễn Văn An", []), ("ORG", "Công ty Sông Đà", [])])
    c = r.find("ưu tiên tuyển dụng")
    assert c.kind == "proposal" and r.name(c.actor) == "UBND tỉnh Hòa Bình"


# ---- a headline without a subject -------------------------------------------------

def test_a_subjectless_headline_target_is_the_main_actors_of_the_lead():
    r = run("Đặt mục tiêu doanh thu 2.000 tỷ đồng trong năm 2027\n\n"
            "Ngày 5/2, Tổng công ty Bạch Đằng tổ chức hội nghị triển khai nhiệm vụ năm 2027.\n",
            [("ORG", "Tổng công ty Bạch Đằng", [])])
    c = r.find("doanh thu 2.000 tỷ đồng")
    assert r.name(c.actor) == "Tổng công ty Bạch Đằng" and c.kind == "target" and c.rule.endswith("/headline-lead")


def test_a_headline_with_a_name_before_its_target_word_is_not_subjectless():
    r = run("Bạch Đằng và kế hoạch 2027\n\n"
            "Ngày 5/2, Tổng công ty Bạch Đằng tổ chức hội nghị.\n",
            [("ORG", "Tổng công ty Bạch Đằng", ["Bạch Đằng"])])
    assert not any(c.rule.endswith("/headline-lead") for c in r.commitments)


# ---- `hai bên` after a meeting: the meeting's first party ---------------------------

def test_hai_ben_after_a_reported_meeting_is_its_first_party():
    r = run("Bộ trưởng Lê Văn Hải đã có cuộc gặp Bộ trưởng Giáo dục Lào Somsak tại Viêng Chăn.\n\n"
            "Tại cuộc gặp, hai ông đánh giá cao kết quả hợp tác thời gian qua.\n\n"
            "Hai bên nhất trí tiếp tục tăng cường hợp tác giáo dục, mở rộng trao đổi sinh viên.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Somsak", []), ("LOC", "Viêng Chăn", []), ("LOC", "Lào", [])])
    c = r.find("tăng cường hợp tác giáo dục")
    assert r.name(c.actor) == "Lê Văn Hải" and c.kind == "agreement" and c.rule.endswith("/parties")


# ---- `giao`: the assigning body directs -------------------------------------------

def test_a_body_assigning_unnamed_bodies_directs_them():
    r = run("Theo lộ trình, Chính phủ giao các bộ, ngành sớm ban hành văn bản hướng dẫn.\n",
            [("ORG", "Chính phủ", [])])
    c = r.find("ban hành văn bản hướng dẫn")
    assert r.name(c.actor) == "Chính phủ" and c.kind == "directive" and c.text.startswith("giao các bộ")


def test_an_assignment_without_a_named_assigner_is_the_assignees_responsibility():
    r = run("Sau hội nghị, giao Sở Xây dựng chủ trì lập quy hoạch chi tiết khu đô thị mới.\n",
            [("ORG", "Sở Xây dựng", [])])
    c = r.find("lập quy hoạch chi tiết")
    assert r.name(c.actor) == "Sở Xây dựng" and c.kind == "responsibility" and c.rule.endswith("/assigned")


def test_giao_inside_another_word_assigns_nothing():
    r = run("Công ty Sao Kim sẽ góp 500 tỷ đồng vào Công ty Vàng giao dịch tài sản số.\n",
            [("ORG", "Công ty Sao Kim", []), ("ORG", "Công ty Vàng", [])])
    assert all(c.kind != "directive" for c in r.commitments)


# ---- `lưu ý, X cần …`: a directive of obligations, and its following sentences ----

def test_a_directive_word_then_a_comma_and_an_obligation_directs():
    r = run("Bộ trưởng Lê Văn Hải lưu ý, chính sách phát triển khu kinh tế cần phối hợp chặt chẽ với các địa phương lân cận.\n",
            [("PER", "Lê Văn Hải", [])])
    c = r.find("phối hợp chặt chẽ")
    assert r.name(c.actor) == "Lê Văn Hải" and c.kind == "directive"


def test_sentences_of_obligations_after_such_a_directive_go_on_with_it():
    r = run("Bộ trưởng Lê Văn Hải lưu ý, chính sách phát triển khu kinh tế cần phối hợp chặt chẽ với các địa phương lân cận. "
            "Hệ thống cảng biển cần lập quy hoạch chi tiết và huy động vốn tư nhân. "
            "Năm nay lượng hàng qua cảng tăng mạnh so với cùng kỳ.\n",
            [("PER", "Lê Văn Hải", [])])
    c = r.find("lập quy hoạch chi tiết")
    assert r.name(c.actor) == "Lê Văn Hải" and c.kind == "directive" and c.rule.endswith("/continued")
    assert not any("lượng hàng" in x.text for x in r.commitments)


def test_a_bare_title_stands_for_the_person_given_it_with_a_qualifier():
    r = run("Phó Thủ tướng Thường trực Trần Quốc Khánh làm việc với tỉnh Hà Nam.\n\n"
            "Tại buổi làm việc, ông đánh giá cao kết quả của tỉnh.\n\n"
            "Phó Thủ tướng đề nghị tỉnh sớm hoàn thành tuyến đường vành đai.\n",
            [("PER", "Trần Quốc Khánh", []), ("LOC", "Hà Nam", [])])
    c = r.find("tuyến đường vành đai")
    assert r.name(c.actor) == "Trần Quốc Khánh"


def test_a_sentence_opening_with_dong_thoi_and_a_verb_goes_on_with_the_directive_before():
    r = run("Sở Y tế yêu cầu các bệnh viện bảo đảm đủ thuốc trong dịp lễ. "
            "Đồng thời, bố trí bác sĩ trực cấp cứu suốt 24 giờ.\n",
            [("ORG", "Sở Y tế", [])])
    c = r.find("bố trí bác sĩ trực")
    assert r.name(c.actor) == "Sở Y tế" and c.kind == "directive" and c.rule.endswith("/continued")
