"""Commitments, fourth session (recall): clause shapes, lists and schedules that unseen news showed missing.
One phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a list item opening with an action an actor sets is no state ----------

def test_a_list_item_opening_with_tang_cuong_is_an_undertaking_not_a_rise():
    r = run("Sở Văn hóa tỉnh Hà Giang đề nghị các phòng rà soát kế hoạch tuyên truyền; tăng cường phối hợp với các báo địa phương.\n",
            [("ORG", "Sở Văn hóa tỉnh Hà Giang", [])])
    c = r.find("tăng cường phối hợp")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Hà Giang" and c.rule.endswith("/series")


def test_a_list_item_opening_with_co_phuong_an_does_not_end_the_list():
    r = run("Sở Xây dựng tỉnh Lạng Sơn yêu cầu các xã kiểm tra các công trình; có phương án sơ tán người dân; "
            "kiên quyết xử lý các trường hợp vi phạm.\n",
            [("ORG", "Sở Xây dựng tỉnh Lạng Sơn", [])])
    assert r.find("có phương án sơ tán").kind == "directive"
    assert r.find("kiên quyết xử lý").kind == "directive"


def test_a_list_item_stating_a_rise_still_ends_the_list():
    r = run("Công ty Minh Phát sẽ mở thêm hai cửa hàng; tăng 20% so với năm ngoái.\n",
            [("ORG", "Công ty Minh Phát", [])])
    assert not any(c.text.startswith("tăng 20%") for c in r.commitments)


# ---- a directive goes on in the sentences that say what its addressees must do ----

def test_a_sentence_of_obligations_after_a_directive_is_that_directive():
    r = run("Chủ tịch UBND tỉnh Yên Bái Trần Huy Tuấn yêu cầu các xã theo dõi sát mực nước sông.\n\n"
            "Các địa phương cần rà soát khu dân cư ven sông; bảo đảm đủ lương thực cho người dân.\n",
            [("ORG", "UBND tỉnh Yên Bái", []), ("PER", "Trần Huy Tuấn", [])])
    for item in ("rà soát khu dân cư", "bảo đảm đủ lương thực"):
        c = r.find(item)
        assert c.kind == "directive" and c.rule == "directive:yêu cầu/continued"


def test_an_obligation_after_dong_thoi_goes_on_with_the_directive():
    r = run("Bộ trưởng Bộ Công Thương yêu cầu các tập đoàn bảo đảm đủ điện cho sản xuất.\n\n"
            "Đồng thời, các đơn vị cần chuẩn bị phương án vận hành mùa khô.\n",
            [("ORG", "Bộ Công Thương", [])])
    c = r.find("phương án vận hành mùa khô")
    assert r.name(c.actor) == "Bộ Công Thương" and c.kind == "directive"


def test_a_noun_part_of_an_obligation_lists_its_object_not_a_new_directive():
    r = run("Sở Y tế tỉnh Kon Tum yêu cầu các bệnh viện kiểm tra kho thuốc.\n\n"
            "Các đơn vị cần kiểm soát chặt chẽ nguồn gốc thuốc; vật tư y tế tại các khoa điều trị.\n",
            [("ORG", "Sở Y tế tỉnh Kon Tum", [])])
    assert r.find("kiểm soát chặt chẽ").kind == "directive"
    assert not any(c.text.startswith("vật tư y tế") for c in r.commitments)


def test_a_sentence_whose_obligation_comes_late_is_no_item():
    r = run("Sở Y tế tỉnh Kon Tum yêu cầu các bệnh viện kiểm tra kho thuốc.\n\n"
            "Trong bối cảnh dịch bệnh diễn biến phức tạp ở nhiều nơi, người dân cần đeo khẩu trang.\n",
            [("ORG", "Sở Y tế tỉnh Kon Tum", [])])
    assert not any("khẩu trang" in c.text for c in r.commitments)


# ---- an event scheduled as planned is the plan of who holds it --------------

def test_a_meeting_scheduled_as_planned_is_the_plan_of_the_body_before():
    r = run("Ngân hàng Tân Phong vừa thông báo ngày đăng ký cuối cùng để dự họp cổ đông.\n\n"
            "Đại hội dự kiến diễn ra vào ngày 20/4/2025 tại Hà Nội.\n",
            [("ORG", "Ngân hàng Tân Phong", []), ("LOC", "Hà Nội", [])])
    c = r.find("Đại hội dự kiến diễn ra")
    assert r.name(c.actor) == "Ngân hàng Tân Phong" and c.kind == "plan" and c.rule == "plan:đại hội/context"
    assert c.text == "Đại hội dự kiến diễn ra vào ngày 20/4/2025 tại Hà Nội"


def test_the_body_named_with_the_event_holds_it():
    r = run("Thường trực HĐND tỉnh Bình Thuận họp phiên thường kỳ.\n\n"
            "Kỳ họp HĐND tỉnh Bình Thuận thường lệ dự kiến diễn ra trong hai ngày 5-6/5/2025.\n",
            [("ORG", "HĐND tỉnh Bình Thuận", [])])
    c = r.find("Kỳ họp HĐND tỉnh")
    assert r.name(c.actor) == "HĐND tỉnh Bình Thuận" and c.rule == "plan:kỳ họp/event-owner"


def test_an_event_dated_before_publication_was_held_not_planned():
    r = run("Ngân hàng Tân Phong vừa thông báo kết quả kinh doanh.\n\n"
            "Đại hội dự kiến diễn ra vào ngày 20/2/2025 tại Hà Nội.\n",
            [("ORG", "Ngân hàng Tân Phong", []), ("LOC", "Hà Nội", [])])
    assert not any("Đại hội" in c.text for c in r.commitments)


def test_an_event_that_just_takes_place_is_no_plan():
    r = run("Ngân hàng Tân Phong vừa thông báo kết quả kinh doanh.\n\n"
            "Đại hội diễn ra vào ngày 20/4/2025 tại Hà Nội.\n",
            [("ORG", "Ngân hàng Tân Phong", []), ("LOC", "Hà Nội", [])])
    assert not any("Đại hội" in c.text for c in r.commitments)


def test_a_payment_date_set_ahead_is_a_plan():
    r = run("Công ty Chứng khoán Bắc Việt sẽ chốt danh sách cổ đông nhận cổ tức.\n\n"
            "Ngày thanh toán dự kiến 20/5/2025.\n",
            [("ORG", "Công ty Chứng khoán Bắc Việt", [])])
    c = r.find("Ngày thanh toán")
    assert r.name(c.actor) == "Công ty Chứng khoán Bắc Việt" and c.kind == "plan"


def test_a_semicolon_part_after_a_clause_that_ended_at_a_comma_is_no_item_of_it():
    r = run("Ngân hàng Tân Phong vừa thông báo kết quả kinh doanh.\n\n"
            "Đại hội dự kiến diễn ra vào ngày 20/4/2025, đây là đại hội quan trọng; báo cáo tài chính năm trước.\n",
            [("ORG", "Ngân hàng Tân Phong", [])])
    assert r.find("Đại hội dự kiến").actor is not None
    assert not any(c.text.startswith("báo cáo tài chính") for c in r.commitments)


# ---- a verb-led sentence naming nobody goes on with the agreement before ----

def test_a_verb_led_sentence_after_an_agreement_lists_its_undertakings():
    r = run("Công ty Sao Mai và UBND tỉnh Hậu Giang thống nhất triển khai nhiều nội dung hợp tác như chuyển đổi số.\n\n"
            "Hoàn thành xây dựng kho dữ liệu dùng chung của tỉnh; bảo đảm kết nối với các hệ thống của bộ, ngành.\n",
            [("ORG", "Công ty Sao Mai", []), ("ORG", "UBND tỉnh Hậu Giang", [])])
    for item in ("Hoàn thành xây dựng kho dữ liệu", "bảo đảm kết nối"):
        c = r.find(item)
        assert r.name(c.actor) == "Công ty Sao Mai" and c.rule.endswith("/continued")


def test_a_caption_after_an_agreement_is_no_undertaking():
    r = run("Công ty Sao Mai và UBND tỉnh Hậu Giang thống nhất triển khai nhiều nội dung hợp tác như chuyển đổi số.\n\n"
            "Quang cảnh buổi làm việc giữa hai bên.\n",
            [("ORG", "Công ty Sao Mai", []), ("ORG", "UBND tỉnh Hậu Giang", [])])
    assert not any("Quang cảnh" in c.text for c in r.commitments)


def test_a_verb_led_sentence_naming_a_speaker_is_no_item():
    r = run("Công ty Sao Mai và UBND tỉnh Hậu Giang thống nhất triển khai nhiều nội dung hợp tác như chuyển đổi số.\n\n"
            "Phát biểu tại buổi ký kết, ông Lê Văn Nam cảm ơn sự hỗ trợ của tỉnh.\n",
            [("ORG", "Công ty Sao Mai", []), ("ORG", "UBND tỉnh Hậu Giang", []), ("PER", "Lê Văn Nam", [])])
    assert not any("cảm ơn" in c.text for c in r.commitments)


def test_an_event_its_organiser_holds_on_a_date_ahead_is_the_organisers_plan():
    r = run("Các lực lượng tổng duyệt lễ kỷ niệm.\n\n"
            "Lễ kỷ niệm do UBND tỉnh Hà Nam tổ chức vào lúc 8 giờ ngày 20/4/2025 tại Quảng trường tỉnh.\n",
            [("ORG", "UBND tỉnh Hà Nam", [])])
    c = r.find("Lễ kỷ niệm do UBND tỉnh Hà Nam")
    assert r.name(c.actor) == "UBND tỉnh Hà Nam" and c.kind == "plan" and c.rule == "plan:lễ kỷ niệm/event-owner"


# ---- what a plan will have done, said in the passive ------------------------

def test_a_thing_that_will_be_built_is_the_plan_of_the_body_before():
    r = run("Bộ Giáo dục và Đào tạo công bố chiến lược phát triển giáo dục đến năm 2030.\n\n"
            "Mạng lưới trường học vùng cao sẽ được xây dựng lại, bảo đảm đủ phòng học cho học sinh.\n",
            [("ORG", "Bộ Giáo dục và Đào tạo", [])])
    c = r.find("sẽ được xây dựng lại")
    assert r.name(c.actor) == "Bộ Giáo dục và Đào tạo" and c.rule == "plan:sẽ được/context"
    assert c.text.startswith("Mạng lưới trường học vùng cao")


def test_what_shareholders_will_receive_is_no_undertaking():
    r = run("Công ty Hoàng Long thông báo trả cổ tức năm nay bằng tiền mặt.\n\n"
            "Nhà đầu tư nắm giữ mỗi cổ phần sẽ được nhận 500 đồng.\n",
            [("ORG", "Công ty Hoàng Long", [])])
    assert not any("500 đồng" in c.text for c in r.commitments)


def test_a_named_body_that_will_be_licensed_undertakes_nothing():
    r = run("Bộ Công Thương vừa họp về điện gió.\n\n"
            "Công ty Gió Biển sẽ được cấp phép khảo sát vùng biển Bình Thuận.\n",
            [("ORG", "Bộ Công Thương", []), ("ORG", "Công ty Gió Biển", [])])
    assert not any("cấp phép" in c.text for c in r.commitments)


# ---- a sentence opened by a plan frame states a plan ------------------------

def test_a_sentence_opened_by_du_kien_is_the_plan_of_its_subject():
    r = run("Dự kiến trong quý III, tỉnh Ninh Bình tổ chức thêm nhiều lễ hội du lịch lớn.\n",
            [("LOC", "Ninh Bình", [])])
    c = r.find("tổ chức thêm nhiều lễ hội")
    assert r.name(c.actor) == "Ninh Bình" and c.kind == "plan" and c.rule == "plan:dự kiến/subject"
    assert c.text.startswith("Dự kiến trong quý III")


def test_a_plan_frame_dated_before_publication_reports_what_was_planned_then():
    r = run("Theo kế hoạch, Tòa án tỉnh Lào Cai xét xử vụ án từ ngày 15/1/2025.\n",
            [("ORG", "Tòa án tỉnh Lào Cai", [])])
    assert r.commitments == []


def test_a_plan_frame_without_a_named_subject_or_any_owner_is_left_alone():
    # (a plan frame naming no body is its owner's when the article names one: tests/test_commitments_s12_documents.py)
    frame = "Theo kế hoạch, đội xe mới bắt đầu chạy thử từ tháng 6.\n"
    r = run("Trời mưa nhiều trong tuần qua.\n\n" + frame, [])
    assert r.commitments == []
    # the same frame is read once the article names whose plan it is: the absence above is the missing owner's
    r = run("Công ty Đông Á công bố kết quả quý I.\n\n" + frame, [("ORG", "Công ty Đông Á", [])])
    assert r.name(r.find("đội xe mới bắt đầu chạy thử").actor) == "Công ty Đông Á"


# ---- `Cụ thể, mục tiêu là …`: a lead before a target stated as a noun ------

def test_a_target_stated_as_a_noun_after_a_lead_is_the_actor_befores():
    r = run("Công ty Điện lực Miền Tây đang triển khai dự án nhà máy điện khí.\n\n"
            "Cụ thể, mục tiêu là đưa nhà máy vào vận hành thương mại vào tháng 6/2028.\n",
            [("ORG", "Công ty Điện lực Miền Tây", [])])
    c = r.find("đưa nhà máy vào vận hành")
    assert r.name(c.actor) == "Công ty Điện lực Miền Tây" and c.kind == "target" and c.target_date == "2028-06"


def test_a_conjunct_after_an_open_list_and_dong_thoi_is_its_own_undertaking():
    r = run("Bộ trưởng Bộ Y tế đề nghị các tỉnh rà soát thuốc, vật tư…, đồng thời chuẩn bị báo cáo đầy đủ trong tuần tới.\n",
            [("ORG", "Bộ Y tế", [])])
    c = r.find("chuẩn bị báo cáo đầy đủ")
    assert r.name(c.actor) == "Bộ Y tế" and c.rule.endswith("/coordinated")


# ---- submitting a plan to the shareholders proposes it ----------------------

def test_submitting_a_plan_to_the_shareholders_is_a_proposal():
    r = run("Công ty Chứng khoán Bắc Việt trình cổ đông thông qua phương án phát hành 50 triệu cổ phiếu thưởng.\n",
            [("ORG", "Công ty Chứng khoán Bắc Việt", [])])
    c = r.find("phương án phát hành")
    assert r.name(c.actor) == "Công ty Chứng khoán Bắc Việt" and c.kind == "proposal"


def test_a_submission_to_the_shareholders_reported_as_done_is_none():
    r = run("Công ty Chứng khoán Bắc Việt đã trình cổ đông phương án phát hành cổ phiếu.\n",
            [("ORG", "Công ty Chứng khoán Bắc Việt", [])])
    assert r.commitments == []


# ---- plan and target verbs of the guideline's classes ----------------------

def test_intending_to_act_is_a_plan():
    r = run("Công ty Thực phẩm Phương Nam dự định mở 50 cửa hàng mới trong năm 2026.\n",
            [("ORG", "Công ty Thực phẩm Phương Nam", [])])
    c = r.find("mở 50 cửa hàng")
    assert r.name(c.actor) == "Công ty Thực phẩm Phương Nam" and c.kind == "plan" and c.rule == "plan:dự định/subject"


def test_estimating_a_cost_is_no_plan():
    r = run("Công ty Thực phẩm Phương Nam dự tính chi phí khoảng 20 tỷ đồng.\n",
            [("ORG", "Công ty Thực phẩm Phương Nam", [])])
    assert r.commitments == []


def test_setting_a_quota_is_a_target():
    r = run("Công ty Thực phẩm Phương Nam đặt chỉ tiêu doanh thu 3.000 tỷ đồng trong năm 2026.\n",
            [("ORG", "Công ty Thực phẩm Phương Nam", [])])
    c = r.find("doanh thu 3.000 tỷ đồng")
    assert c.kind == "target" and c.target_date == "2026"


def test_studying_an_action_is_a_plan_and_studying_a_file_is_not():
    r = run("Công ty Thực phẩm Phương Nam đang nghiên cứu mở rộng nhà máy tại Long An.\n"
            "Sở Công Thương tỉnh Long An đang nghiên cứu hồ sơ của doanh nghiệp.\n",
            [("ORG", "Công ty Thực phẩm Phương Nam", []), ("ORG", "Sở Công Thương tỉnh Long An", [])])
    assert r.find("mở rộng nhà máy").kind == "plan"
    assert not any("hồ sơ" in c.text for c in r.commitments)


def test_a_future_adjunct_between_speech_verb_and_trigger_is_skipped():
    r = run("Công ty Thực phẩm Phương Nam cho biết trong thời gian tới sẽ mở rộng sang Campuchia.\n",
            [("ORG", "Công ty Thực phẩm Phương Nam", [])])
    assert r.name(r.find("mở rộng sang Campuchia").actor) == "Công ty Thực phẩm Phương Nam"


# ---- colon lists: verb items undertake, addressee items are directed --------

def test_a_directives_colon_item_naming_its_addressee_is_directed_too():
    r = run("UBND tỉnh Tây Ninh yêu cầu: các sở rà soát thủ tục đầu tư; các xã đẩy nhanh giải phóng mặt bằng.\n",
            [("ORG", "UBND tỉnh Tây Ninh", [])])
    c = r.find("các xã đẩy nhanh")
    assert r.name(c.actor) == "UBND tỉnh Tây Ninh" and c.kind == "directive"


def test_a_pledges_colon_items_that_open_with_a_verb_are_pledges():
    r = run("Công ty Sữa Ba Vì cam kết: giữ giá sữa đến hết năm; bảo đảm nguồn cung; hỗ trợ nông dân vay vốn.\n",
            [("ORG", "Công ty Sữa Ba Vì", [])])
    for item in ("bảo đảm nguồn cung", "hỗ trợ nông dân vay vốn"):
        c = r.find(item)
        assert r.name(c.actor) == "Công ty Sữa Ba Vì" and c.kind == "pledge"


def test_a_colon_list_of_objects_is_still_one_undertaking():
    r = run("Quốc hội sẽ xem xét: 20 dự án luật; 8 nhóm nội dung về kinh tế - xã hội.\n",
            [("ORG", "Quốc hội", [])])
    assert not any(c.text.startswith("8 nhóm") for c in r.commitments)


# ---- what a party undertakes under an agreement, topic by topic -------------

AGREED = "Theo thỏa thuận, Công ty Viễn thông Sao Việt và UBND tỉnh Hà Tĩnh sẽ tăng cường hợp tác về chuyển đổi số.\n\n"
PARTIES = [("ORG", "Công ty Viễn thông Sao Việt", []), ("ORG", "UBND tỉnh Hà Tĩnh", [])]


def test_a_topic_framed_sentence_after_an_agreement_states_a_partys_pledges():
    r = run(AGREED + "Về hạ tầng viễn thông, Công ty Viễn thông Sao Việt phủ sóng 5G toàn tỉnh; mở rộng mạng cáp quang.\n", PARTIES)
    for item in ("phủ sóng 5G toàn tỉnh", "mở rộng mạng cáp quang"):
        c = r.find(item)
        assert r.name(c.actor) == "Công ty Viễn thông Sao Việt" and c.kind == "pledge" and c.rule == "agreement:topic/continued"


def test_both_parties_under_a_topic_frame_are_the_agreements():
    r = run(AGREED + "Trong chính quyền số, hai bên xây dựng kho dữ liệu dùng chung của tỉnh.\n", PARTIES)
    c = r.find("kho dữ liệu dùng chung")
    assert c.kind == "agreement" and r.name(c.actor) in ("Công ty Viễn thông Sao Việt", "UBND tỉnh Hà Tĩnh")


def test_a_topic_framed_sentence_without_an_agreement_before_is_no_pledge():
    r = run("Công ty Viễn thông Sao Việt công bố kết quả kinh doanh quý III.\n\n"
            "Về hạ tầng viễn thông, Công ty Viễn thông Sao Việt phủ sóng 5G toàn tỉnh.\n", PARTIES)
    assert not any("phủ sóng" in c.text for c in r.commitments)


def test_a_topic_framed_report_of_what_was_done_is_no_pledge():
    r = run(AGREED + "Về hạ tầng viễn thông, Công ty Viễn thông Sao Việt đã phủ sóng 4G toàn tỉnh.\n", PARTIES)
    assert not any("phủ sóng" in c.text for c in r.commitments)


def test_an_event_named_as_subject_undertakes_for_the_body_named_before():
    r = run("Ngân hàng Tân Phong công bố lịch họp đại hội đồng cổ đông năm nay.\n\n"
            "Đại hội sẽ xem xét kế hoạch chia cổ tức bằng tiền mặt.\n",
            [("ORG", "Ngân hàng Tân Phong", [])])
    c = r.find("chia cổ tức bằng tiền mặt")
    assert r.name(c.actor) == "Ngân hàng Tân Phong" and c.rule == "plan:sẽ/context"


# ---- a document its subject signs directs on the subject's behalf ------------

def test_a_directive_in_a_document_signed_by_a_leader_is_the_leaders():
    r = run("Ngày 2/3, Chủ tịch UBND tỉnh Quảng Bình Trần Thắng ký Công điện số 15 yêu cầu các xã khẩn trương sơ tán dân.\n",
            [("ORG", "UBND tỉnh Quảng Bình", []), ("PER", "Trần Thắng", [])])
    c = r.find("khẩn trương sơ tán dân")
    assert c.kind == "directive" and r.name(c.actor) in ("UBND tỉnh Quảng Bình", "Trần Thắng")


def test_a_directive_word_after_an_unsigned_document_has_no_signer():
    r = run("Công điện số 15 yêu cầu các xã khẩn trương sơ tán dân.\n", [])
    assert r.commitments == []
