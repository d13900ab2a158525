"""Commitments, fifth session (recall): undertakings the extractor missed in unseen news, one
phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a reported clause that names no body of its own is the speaker's ------

def test_a_plan_reported_with_a_thing_as_its_subject_is_the_speakers():
    r = run("Chiều 3/4, Bộ Văn hóa Nam Hải cho biết lễ hội năm sau dự kiến tổ chức vào tháng 5.\n",
            [("ORG", "Bộ Văn hóa Nam Hải", [])])
    c = r.find("tổ chức vào tháng 5")
    assert r.name(c.actor) == "Bộ Văn hóa Nam Hải" and c.kind == "plan" and c.rule.endswith("/reported")


def test_a_pledge_affirmed_in_a_conjunct_is_the_sentences_speaker():
    r = run("Đại diện Tập đoàn Sao Mai phát biểu tại diễn đàn, đồng thời khẳng định cam kết đồng hành "
            "cùng thành phố phát triển hạ tầng số.\n",
            [("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("đồng hành cùng thành phố")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and c.kind == "pledge"


def test_a_reported_clause_naming_its_own_body_is_not_the_speakers():
    r = run("Ông Lê Minh, Giám đốc Sở Tài chính Nam Hải, cho biết năm tới Công ty Hồng Hà sẽ mở thêm hai nhà máy.\n",
            [("PER", "Lê Minh", []), ("ORG", "Sở Tài chính Nam Hải", []), ("ORG", "Công ty Hồng Hà", [])])
    c = r.find("mở thêm hai nhà máy")
    assert r.name(c.actor) == "Công ty Hồng Hà"


def test_a_project_verb_in_a_report_is_no_undertaking_of_the_speaker():
    # `cho biết đầu tư hạ tầng …`: project verbs in a report mostly describe, so they are not taken
    r = run("Sở Khoa học Nam Hải cho biết việc đầu tư hạ tầng số giúp người dân tiếp cận dịch vụ công.\n",
            [("ORG", "Sở Khoa học Nam Hải", [])])
    assert r.commitments == []


# ---- wishes and priorities ---------------------------------------------------

def test_a_wish_that_a_named_party_act_is_a_proposal():
    r = run("Bộ trưởng Trần Quốc Dũng mong Hàn Quốc tiếp tục hỗ trợ đào tạo kỹ sư bán dẫn.\n",
            [("PER", "Trần Quốc Dũng", []), ("LOC", "Hàn Quốc", [])])
    c = r.find("hỗ trợ đào tạo kỹ sư")
    assert c.kind == "proposal" and r.name(c.actor) == "Trần Quốc Dũng"


def test_mong_as_fragile_or_awaited_is_no_proposal():
    r = run("Bộ trưởng Trần Quốc Dũng cho rằng đà phục hồi còn mong manh và mong chờ thị trường khởi sắc.\n",
            [("PER", "Trần Quốc Dũng", [])])
    assert r.commitments == []


def test_giving_priority_to_an_action_is_a_pledge():
    r = run("Công ty Thép Bình Minh ưu tiên tuyển dụng lao động địa phương cho nhà máy mới.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    c = r.find("tuyển dụng lao động địa phương")
    assert c.kind == "pledge" and r.name(c.actor) == "Công ty Thép Bình Minh"


def test_a_priority_as_a_noun_is_no_pledge():
    r = run("Công ty Thép Bình Minh xếp thị trường nội địa vào nhóm ưu tiên hàng đầu năm nay.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    assert r.commitments == []


# ---- a directive of obligations goes on --------------------------------------

def test_each_as_tung_is_no_done_marker_in_a_directives_next_sentence():
    r = run("Chủ tịch UBND tỉnh Nam Hải Lê Văn Phúc yêu cầu các xã sơ tán dân khỏi vùng trũng trước 17 giờ.\n\n"
            "Việc sơ tán phải được làm theo tinh thần đi từng ngõ, gõ từng nhà.\n",
            [("PER", "Lê Văn Phúc", []), ("ORG", "UBND tỉnh Nam Hải", [])])
    c = r.find("gõ từng nhà")
    assert c.kind == "directive" and r.name(c.actor) == "UBND tỉnh Nam Hải" and c.rule.endswith("/continued")


def test_the_addressees_acting_after_a_directive_is_what_it_tells_them():
    r = run("Chủ tịch UBND tỉnh Nam Hải Lê Văn Phúc yêu cầu các xã sơ tán dân khỏi vùng trũng trước 17 giờ.\n\n"
            "Đồng thời, các địa phương tập trung chuẩn bị lương thực tại nơi tránh trú.\n",
            [("PER", "Lê Văn Phúc", []), ("ORG", "UBND tỉnh Nam Hải", [])])
    c = r.find("chuẩn bị lương thực")
    assert c.kind == "directive" and r.name(c.actor) == "UBND tỉnh Nam Hải"


def test_a_sentence_reported_as_done_ends_the_directives_list():
    r = run("Chủ tịch UBND tỉnh Nam Hải Lê Văn Phúc yêu cầu các xã sơ tán dân khỏi vùng trũng trước 17 giờ.\n\n"
            "Các địa phương đã di dời 300 hộ dân đến nơi an toàn.\n",
            [("PER", "Lê Văn Phúc", []), ("ORG", "UBND tỉnh Nam Hải", [])])
    assert [c.text for c in r.commitments if "300 hộ" in c.text] == []


# ---- a figure of the actor's own, changed, is its plan -------------------------

def test_raising_the_companys_own_capital_is_its_plan():
    r = run("Công ty Chứng khoán Thái Hòa chốt danh sách cổ đông vào tháng tới.\n\n"
            "Sau đợt phát hành, vốn điều lệ của Công ty Chứng khoán Thái Hòa dự kiến tăng lên 3.000 tỷ đồng.\n",
            [("ORG", "Công ty Chứng khoán Thái Hòa", [])])
    c = r.find("tăng lên 3.000 tỷ đồng")
    assert c.kind == "plan" and r.name(c.actor) == "Công ty Chứng khoán Thái Hòa" and c.rule.endswith("/metric-owner")


def test_a_projects_added_investment_is_the_plan_of_the_actor_before():
    r = run("Tập đoàn Kim Long cho biết đang mở rộng nhà máy linh kiện tại Hải Phòng.\n\n"
            "Tổng vốn đầu tư dự kiến tăng thêm 50 triệu USD.\n",
            [("ORG", "Tập đoàn Kim Long", []), ("LOC", "Hải Phòng", [])])
    c = r.find("tăng thêm 50 triệu USD")
    assert r.name(c.actor) == "Tập đoàn Kim Long"


def test_a_figure_merely_stated_is_no_plan():
    r = run("Tập đoàn Kim Long cho biết đang mở rộng nhà máy linh kiện tại Hải Phòng.\n\n"
            "Tổng vốn đầu tư dự kiến 900 tỷ đồng.\n",
            [("ORG", "Tập đoàn Kim Long", []), ("LOC", "Hải Phòng", [])])
    assert [c for c in r.commitments if "900 tỷ" in c.text] == []


# ---- an event scheduled by the body that speaks, after a leading adjunct ---------

def test_an_event_scheduled_by_the_speaking_body_after_a_leading_adjunct():
    r = run("Tại buổi họp báo chiều 28/2, Bộ Văn hóa Nam Hải cho biết hội chợ năm nay dự kiến vào ngày 14-16/5.\n",
            [("ORG", "Bộ Văn hóa Nam Hải", [])])
    c = r.find("hội chợ năm nay")
    assert c.kind == "plan" and r.name(c.actor) == "Bộ Văn hóa Nam Hải"


def test_a_dispatchs_item_led_by_the_heads_it_addresses():
    r = run("Thủ tướng Chính phủ Trần Quốc Vinh vừa ký Công điện số 45/CĐ-TTg chỉ đạo các bộ ngành, địa phương phòng chống hạn hán và xâm nhập mặn.\n\n"
            "Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Tài chính; Chủ tịch Ủy ban nhân dân các tỉnh ven sông "
            "khẩn trương rà soát nguồn nước ngọt dự trữ cho từng vùng, nhất là các xã ven biển.\n",
            [("PER", "Trần Quốc Vinh", []), ("ORG", "Chính phủ", [])])
    c = r.find("rà soát nguồn nước ngọt dự trữ")
    assert c.kind == "directive" and r.name(c.actor) == "Chính phủ" and c.rule.endswith("/continued")


def test_the_addressed_body_as_the_next_subject_goes_on_with_the_directive():
    r = run("Bộ Công Thương yêu cầu Tập đoàn Điện Nam Hải bố trí đủ vốn cho nhà máy mới; bảo đảm tiến độ cấp điện.\n\n"
            "Tập đoàn Điện Nam Hải phối hợp chặt chẽ với các địa phương trong quá trình giải phóng mặt bằng.\n",
            [("ORG", "Bộ Công Thương", []), ("ORG", "Tập đoàn Điện Nam Hải", [])])
    c = r.find("giải phóng mặt bằng")
    assert c.kind == "directive" and r.name(c.actor) == "Bộ Công Thương" and c.rule.endswith("/continued")


# ---- `phát biểu chỉ đạo`: the speech's name, not a request made of the speaker -------

def test_a_directive_after_a_directing_speech_is_the_speakers():
    r = run("Phát biểu chỉ đạo hội nghị, ông Trần Văn An, Chủ tịch UBND tỉnh, yêu cầu Sở Xây dựng khẩn trương hoàn thành "
            "quy hoạch trước ngày 30/6.\n",
            [("PER", "Trần Văn An", []), ("ORG", "Sở Xây dựng", [])])
    c = r.find("hoàn thành quy hoạch")
    assert r.name(c.actor) == "Trần Văn An" and c.kind == "directive"
