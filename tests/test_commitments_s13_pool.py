"""Commitments, thirteenth session: error classes seen on fresh, unlabelled news (a pool of pages never tuned on).
Precision: what a sentence reports as past or once planned, a photo's caption and an assessment after a directive,
a possessor taken as the story's body. Recall: a directive given in a document issued with a verb chain or an
urgency word, a company's board speaking for it, a schedule in a year still running. One phenomenon per test; the
sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a sentence opened by time gone by reports the past ---------------------

def test_a_priority_stated_over_time_gone_by_is_no_plan():
    # `Thời gian qua, X xác định … là nhiệm vụ trọng tâm`: what the city has held so far, no undertaking ahead
    r = run("Thời gian qua, UBND tỉnh Kon Tum xác định phát triển du lịch sinh thái là nhiệm vụ trọng tâm.\n",
            [("ORG", "UBND tỉnh Kon Tum", [])])
    assert r.commitments == []


def test_a_plan_once_set_then_changed_is_none_but_the_change_is():
    # `Ban đầu, kế hoạch đặt ra là …, tuy nhiên … đề nghị …`: the first plan is superseded; the proposal after the contrast stands
    r = run("UBND tỉnh Cà Mau kêu gọi các ngành chung tay chống sạt lở bờ biển. "
            "Ban đầu, kế hoạch đặt ra là hoàn thành tuyến đê vào năm 2030, tuy nhiên Chủ tịch UBND tỉnh Cà Mau "
            "đề nghị rút ngắn thời hạn xuống cuối năm 2026.\n",
            [("ORG", "UBND tỉnh Cà Mau", [])])
    c = r.find("rút ngắn thời hạn")
    assert r.name(c.actor) == "UBND tỉnh Cà Mau" and c.kind == "proposal"
    assert not [x for x in r.commitments if "hoàn thành tuyến đê" in x.text]


def test_a_future_marker_after_a_past_lead_keeps_the_plan():
    # `Thời gian qua, X cho biết sẽ …`: the saying is past, what will be done is ahead
    r = run("Thời gian qua, Công ty Cấp nước Bến Tre cho biết sẽ mở rộng mạng lưới đường ống ra 12 xã ven biển.\n",
            [("ORG", "Công ty Cấp nước Bến Tre", [])])
    c = r.find("mở rộng mạng lưới đường ống")
    assert r.name(c.actor) == "Công ty Cấp nước Bến Tre" and c.kind == "plan"


# ---- what goes on after a directive ----------------------------------------

def test_a_photo_caption_after_a_directive_is_no_duty_and_the_duties_go_on():
    # `X đẩy nhanh … . Ảnh: …` on its own line is a caption; the addressee's duty after it is still the directive's
    r = run("UBND tỉnh Bình Định yêu cầu các sở, ngành tập trung cao độ, đẩy nhanh tiến độ các dự án giao thông.\n\n"
            "Bình Định đẩy nhanh tiến độ tuyến đường ven biển. Ảnh: MINH TÂM\n\n"
            "Các chủ đầu tư cần phối hợp với địa phương hoàn thành bồi thường trong tháng 6.\n",
            [("ORG", "UBND tỉnh Bình Định", []), ("LOC", "Bình Định", [])])
    assert r.in_line("Bình Định đẩy nhanh") == []
    c = r.find("phối hợp với địa phương hoàn thành bồi thường")
    assert r.name(c.actor) == "UBND tỉnh Bình Định" and c.kind == "directive" and c.rule.endswith("/continued")


def test_an_assessment_after_a_topic_lead_is_no_item_of_a_call():
    # `Liên quan đến X, Chủ tịch đánh giá cao …` opens with a topic frame, not a verb: no duty of the call before
    r = run("Chủ tịch UBND tỉnh Sơn La kêu gọi các ngành nỗ lực nhiều hơn trong năm nay. "
            "Liên quan đến chương trình nhà ở xã hội, Chủ tịch đánh giá cao sự chủ động của các huyện.\n",
            [("ORG", "UBND tỉnh Sơn La", [])])
    assert r.find("kêu gọi các ngành").kind == "proposal"
    assert not [x for x in r.commitments if "đánh giá cao" in x.text]


# ---- a directive in a document its subject issues --------------------------

def test_a_dispatch_signed_and_issued_directs_for_its_signer():
    # `X vừa ký ban hành công điện yêu cầu …`: `ký ban hành` is one issuing verb
    r = run("Bộ trưởng Bộ Y tế Lê Văn An vừa ký ban hành công điện yêu cầu các bệnh viện sẵn sàng thuốc, "
            "vật tư cho mùa mưa bão.\n",
            [("ORG", "Bộ Y tế", []), ("PER", "Lê Văn An", [])])
    c = r.find("các bệnh viện sẵn sàng thuốc")
    assert c.kind == "directive" and r.name(c.person) == "Lê Văn An"


def test_an_urgent_document_directs_for_its_sender():
    # `X vừa có văn bản khẩn yêu cầu …`: an urgency word after the document noun is part of it
    r = run("Sở Giao thông vận tải Đồng Tháp vừa có văn bản khẩn yêu cầu các nhà thầu bổ sung nhân lực "
            "trên công trường.\n",
            [("ORG", "Sở Giao thông vận tải Đồng Tháp", [])])
    c = r.find("các nhà thầu bổ sung nhân lực")
    assert r.name(c.actor) == "Sở Giao thông vận tải Đồng Tháp" and c.kind == "directive"


# ---- a company's board speaks for it -----------------------------------------

def test_a_board_proposing_speaks_for_its_company():
    # `Hội đồng quản trị đề xuất …` after the company is named: the company proposes
    r = run("Công ty Cổ phần Nhựa Tân Phú vừa công bố tài liệu họp thường niên. "
            "Hội đồng quản trị đề xuất dùng 120 tỷ đồng lợi nhuận để chia cổ tức bằng cổ phiếu.\n",
            [("ORG", "Công ty Cổ phần Nhựa Tân Phú", [])])
    c = r.find("dùng 120 tỷ đồng")
    assert r.name(c.actor) == "Công ty Cổ phần Nhựa Tân Phú" and c.kind == "proposal"


# ---- a schedule in a year still running --------------------------------------

def test_a_schedule_within_the_running_year_is_the_issuers_plan():
    # `Thời gian thực hiện dự kiến trong năm 2025` in an article of March 2025: the year is not over, the plan stands
    r = run("Ngân hàng TMCP Đông Hải dự kiến phát hành 200 triệu cổ phiếu để tăng vốn điều lệ. "
            "Thời gian thực hiện dự kiến trong năm 2025, sau khi được cơ quan quản lý chấp thuận.\n",
            [("ORG", "Ngân hàng TMCP Đông Hải", [])])
    c = r.find("Thời gian thực hiện dự kiến")
    assert r.name(c.actor) == "Ngân hàng TMCP Đông Hải" and c.kind == "plan" and c.rule == "plan:thời gian/context"


# ---- a possessor is no body the story follows ---------------------------------

def test_a_body_after_cua_gives_no_context_to_the_next_sentence():
    # `… như định hướng của Chính phủ` owns a noun; the bank the paragraph is about keeps the context
    r = run("Ngân hàng TMCP Hòa Bình sẽ phát hành 50 triệu cổ phiếu. "
            "Việc này phù hợp với các mục tiêu như định hướng của Chính phủ và Ngân hàng Nhà nước. "
            "Ngân hàng cho biết vốn tăng thêm sẽ được dùng để mở rộng cho vay.\n",
            [("ORG", "Ngân hàng TMCP Hòa Bình", []), ("ORG", "Chính phủ", []), ("ORG", "Ngân hàng Nhà nước", [])])
    c = r.find("vốn tăng thêm sẽ được dùng")
    assert r.name(c.actor) == "Ngân hàng TMCP Hòa Bình"


# ---- `đẩy mạnh` before a noun phrase is the action ------------------------------

def test_agreeing_to_step_up_a_noun_phrase_is_an_agreement():
    # `nhất trí đẩy mạnh hơn nữa các …`: `đẩy mạnh` is skipped as an adverb before a verb, but here it is the action
    r = run("Công ty Cổ phần Cảng Chân Mây và Tập đoàn Hải Vân đã ký biên bản ghi nhớ hợp tác. "
            "Hai bên nhất trí đẩy mạnh hơn nữa các hoạt động trao đổi chuyên gia.\n",
            [("ORG", "Công ty Cổ phần Cảng Chân Mây", []), ("ORG", "Tập đoàn Hải Vân", [])])
    c = r.find("đẩy mạnh hơn nữa các hoạt động")
    assert r.name(c.actor) == "Công ty Cổ phần Cảng Chân Mây" and c.kind == "agreement"


def test_a_plan_to_step_up_the_projects_is_a_plan():
    # `dự kiến sẽ tiếp tục đẩy mạnh các dự án …` after a weak trigger: the projects stepped up are what is planned
    r = run("Năm nay, Tổng công ty Đường sắt Miền Trung dự kiến sẽ tiếp tục đẩy mạnh các dự án cải tạo nhà ga.\n",
            [("ORG", "Tổng công ty Đường sắt Miền Trung", [])])
    c = r.find("đẩy mạnh các dự án cải tạo nhà ga")
    assert r.name(c.actor) == "Tổng công ty Đường sắt Miền Trung" and c.kind == "plan"
