"""Commitments, fifth session: which extracted commitments are real, and who the actor is.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_province_written_after_an_organisation_locates_it_and_does_not_act():
    r = run("Bệnh viện Hồng Lam, tỉnh Nghệ An sẽ mở thêm hai khoa điều trị trong năm 2026.\n",
            [("ORG", "Bệnh viện Hồng Lam", []), ("LOC", "Nghệ An", [])])
    assert r.name(r.find("mở thêm hai khoa").actor) == "Bệnh viện Hồng Lam"


def test_a_name_after_a_dash_is_the_same_party_as_the_name_before_it():
    r = run("Bệnh viện Sông Lam và Bệnh viện Sao Mai - CTCP Y tế Sao Mai sẽ hợp tác đào tạo bác sĩ nội trú.\n",
            [("ORG", "Bệnh viện Sông Lam", []), ("ORG", "Bệnh viện Sao Mai", []), ("ORG", "CTCP Y tế Sao Mai", [])])
    assert r.name(r.find("đào tạo bác sĩ").actor) == "Bệnh viện Sông Lam"


def test_a_country_after_a_classifier_says_where_someone_is_from():
    r = run("Câu lạc bộ có thầy mới\n\nVị HLV người Hàn Quốc cũng chia sẻ về mục tiêu của câu lạc bộ Sông Lam: \"Mùa giải này rất khó khăn.\n\n"
            "Câu lạc bộ Sông Lam sẽ tuyển thêm ba tiền đạo trước lượt về.\n",
            [("LOC", "Hàn Quốc", []), ("ORG", "câu lạc bộ Sông Lam", [])])
    assert all(r.name(c.actor) != "Hàn Quốc" for c in r.commitments)
    assert r.name(r.find("tuyển thêm ba tiền đạo").actor) == "câu lạc bộ Sông Lam"


def test_places_listed_after_rieng_act_through_the_first_named():
    r = run("Riêng Hà Giang, Cao Bằng và Lạng Sơn vẫn dự kiến tổ chức kỳ thi vào cuối tháng 5.\n",
            [("LOC", "Hà Giang", []), ("LOC", "Cao Bằng", []), ("LOC", "Lạng Sơn", [])])
    assert r.name(r.find("tổ chức kỳ thi").actor) == "Hà Giang"


def test_a_groundbreaking_dated_before_publication_is_an_event_reported():
    r = run("Ngày 26/2, Công ty Thiên Phú khởi công nhà máy sản xuất pin tại Bắc Ninh.\n",
            [("ORG", "Công ty Thiên Phú", []), ("LOC", "Bắc Ninh", [])])
    assert r.commitments == []


def test_a_groundbreaking_dated_on_the_publication_day_without_a_future_marker_is_reported():
    r = run("Sáng 1/3, Công ty Thiên Phú khởi công nhà máy sản xuất pin tại Bắc Ninh.\n",
            [("ORG", "Công ty Thiên Phú", []), ("LOC", "Bắc Ninh", [])])
    assert r.commitments == []


def test_a_groundbreaking_on_the_publication_day_said_with_se_is_still_planned():
    r = run("Chiều 1/3, Công ty Thiên Phú sẽ khởi công nhà máy sản xuất pin tại Bắc Ninh.\n",
            [("ORG", "Công ty Thiên Phú", []), ("LOC", "Bắc Ninh", [])])
    assert r.name(r.find("nhà máy sản xuất pin").actor) == "Công ty Thiên Phú"


def test_presiding_over_a_press_conference_is_an_event_not_a_responsibility():
    r = run("Giám đốc Sở Du lịch Phạm Thị Lan chủ trì họp báo giới thiệu chuỗi sự kiện văn hóa mùa hè.\n",
            [("ORG", "Sở Du lịch", []), ("PER", "Phạm Thị Lan", [])])
    assert r.commitments == []


def test_being_assigned_to_hold_a_meeting_is_a_task_ahead():
    r = run("Chủ tịch UBND tỉnh giao Giám đốc Sở Tài chính Lê Văn Bình chủ trì họp với các sở để gỡ vướng cho dự án.\n",
            [("ORG", "UBND tỉnh", []), ("ORG", "Sở Tài chính", []), ("PER", "Lê Văn Bình", [])])
    assert r.find("gỡ vướng cho dự án")


def test_a_dateline_place_is_not_the_subject_and_its_agency_not_the_context():
    r = run("Hà Nội (TTXVN 1/3) Đại hội Đại biểu Đảng bộ tỉnh Hòa Bình lần thứ I đã thông qua Nghị quyết Đại hội. "
            "Phấn đấu tốc độ tăng trưởng bình quân đạt 10%/năm.\n",
            [("LOC", "Hà Nội", []), ("ORG", "TTXVN", []), ("ORG", "Đảng bộ tỉnh Hòa Bình", [])])
    assert all(r.name(c.actor) not in ("Hà Nội", "TTXVN") for c in r.commitments)
    assert r.name(r.find("tốc độ tăng trưởng bình quân").actor) == "Đảng bộ tỉnh Hòa Bình"


def test_two_countries_joined_by_a_dash_act_through_the_first_named():
    r = run("Việt Nam - Nhật Bản ký bản ghi nhớ hợp tác năng lượng. Hai bên sẽ tìm kiếm các dự án điện gió mới.\n",
            [("LOC", "Việt Nam", []), ("LOC", "Nhật Bản", [])])
    assert r.name(r.find("tìm kiếm các dự án").actor) == "Việt Nam"


def test_presiding_over_the_organising_of_a_forum_is_an_event():
    r = run("Ngày 20/3, Bộ Khoa học và Công nghệ chủ trì tổ chức Diễn đàn Đổi mới sáng tạo quốc gia tại Hà Nội.\n",
            [("ORG", "Bộ Khoa học và Công nghệ", []), ("LOC", "Hà Nội", [])])
    assert r.commitments == []


def test_a_responsibility_trigger_after_a_title_word_is_part_of_the_title():
    r = run("Bà Lê Thu Hà, Phó chủ tịch Tập đoàn Sao Mai cùng ông Park Min, Phó chủ tịch phụ trách đầu tư toàn cầu, "
            "Công ty Hanil trao thỏa thuận hợp tác. Theo thỏa thuận, Công ty Hanil sẽ đầu tư nhà máy pin tại tỉnh.\n",
            [("PER", "Lê Thu Hà", []), ("ORG", "Tập đoàn Sao Mai", []), ("PER", "Park Min", []), ("ORG", "Công ty Hanil", [])])
    assert all(c.kind != "responsibility" for c in r.commitments)
    assert r.name(r.find("đầu tư nhà máy pin").actor) == "Công ty Hanil"


def test_naming_who_presides_over_a_programme_described_is_no_responsibility():
    r = run("Chuỗi hội thảo được Chính phủ chỉ đạo, giao Bộ Xây dựng chủ trì; được phát sóng trên mạng. "
            "Thủ tướng giao Bộ Xây dựng chủ trì tổng kết chương trình trước ngày 30/6.\n",
            [("ORG", "Chính phủ", []), ("ORG", "Bộ Xây dựng", [])])
    kept = r.find("tổng kết chương trình")
    assert kept.kind == "responsibility" and r.name(kept.actor) == "Bộ Xây dựng"
    assert [c for c in r.commitments if c.kind == "responsibility"] == [kept]


def test_an_event_that_will_be_broadcast_is_no_ones_undertaking():
    r = run("Bộ Giáo dục và Đào tạo công bố lịch năm học mới. Sự kiện sẽ được truyền hình trực tiếp trên VTV1.\n",
            [("ORG", "Bộ Giáo dục và Đào tạo", [])])
    assert r.commitments == []


def test_a_project_named_after_its_place_gives_way_to_its_investor_not_the_place():
    r = run("Công ty Năng lượng Sao Mai làm chủ đầu tư dự án.\n\n"
            "Khi đi vào hoạt động, dự án LNG Hải Phòng sẽ cung cấp khoảng 9 tỷ kWh điện mỗi năm.\n",
            [("ORG", "Công ty Năng lượng Sao Mai", []), ("LOC", "Hải Phòng", [])])
    assert r.name(r.find("cung cấp khoảng 9 tỷ kWh").actor) == "Công ty Năng lượng Sao Mai"


def test_a_category_list_of_places_is_no_anaphor():
    r = run("Thành phố Đà Nẵng sẽ mở rộng cảng biển.\n\nNăm nay mười tỉnh, thành phố sẽ làm lễ giao nhận quân cùng một buổi sáng.\n",
            [("LOC", "Đà Nẵng", [])])
    assert [c for c in r.commitments if "giao nhận quân" in c.text] == []


def test_a_result_estimated_is_a_forecast_not_a_plan():
    r = run("Ngân hàng Hồng Hà công bố kết quả kinh doanh. Dự kiến cuối năm 2025, dư nợ cho vay ước đạt 90 nghìn tỷ đồng.\n",
            [("ORG", "Ngân hàng Hồng Hà", [])])
    assert r.commitments == []


def test_a_place_right_after_a_verb_is_its_object_not_the_subject_of_what_follows():
    r = run("Ngân hàng Phú An bắt tay Công ty Minh Long, chung sức phát triển Cần Thơ phấn đấu trở thành trung tâm logistics\n\n"
            "Ngân hàng Phú An sẽ dành 500 tỷ đồng cho các dự án kho lạnh.\n",
            [("ORG", "Ngân hàng Phú An", []), ("ORG", "Công ty Minh Long", []), ("LOC", "Cần Thơ", [])])
    assert all(r.name(c.actor) != "Cần Thơ" for c in r.commitments)
    assert r.name(r.find("dành 500 tỷ đồng").actor) == "Ngân hàng Phú An"


def test_a_place_after_a_speech_verb_is_still_the_subject_of_its_clause():
    r = run("Ông Lê Văn An khẳng định Việt Nam sẽ ưu tiên phát triển hạ tầng số.\n",
            [("PER", "Lê Văn An", []), ("LOC", "Việt Nam", [])])
    assert r.name(r.find("ưu tiên phát triển hạ tầng số").actor) == "Việt Nam"


def test_an_event_said_to_be_presided_by_a_body_is_a_description():
    r = run("Sự kiện do UBND tỉnh Hòa Bình chủ trì, phối hợp với các tỉnh lân cận, nhằm quảng bá du lịch.\n",
            [("ORG", "UBND tỉnh Hòa Bình", [])])
    assert r.commitments == []


def test_a_directive_list_does_not_run_on_into_a_dated_report():
    r = run("Bộ trưởng Bộ Giao thông Lê Văn An yêu cầu các địa phương: bàn giao mặt bằng trước ngày 30/6; bảo đảm nguồn vật liệu.\n\n"
            "Sáng 1/3, Bộ trưởng Lê Văn An chủ trì họp với các nhà thầu trên công trường.\n",
            [("ORG", "Bộ Giao thông", []), ("PER", "Lê Văn An", [])])
    assert [c for c in r.commitments if "nhà thầu trên công trường" in c.text] == []


def test_a_ceremony_verb_said_again_without_a_date_goes_on_reporting_the_same_event():
    r = run("Ngày 28/2, Tập đoàn Sao Mai khởi công hai nhà máy tại Nghệ An và Hà Tĩnh. "
            "Cụ thể, tại Hà Tĩnh, Tập đoàn Sao Mai khởi công nhà máy sản xuất pin quy mô 20 ha.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Nghệ An", []), ("LOC", "Hà Tĩnh", [])])
    assert r.commitments == []


def test_a_ceremony_verb_said_again_with_se_is_a_plan():
    r = run("Ngày 28/2, Tập đoàn Sao Mai khởi công nhà máy tại Nghệ An. "
            "Tập đoàn Sao Mai sẽ khởi công nhà máy thứ hai tại Hà Tĩnh vào năm sau.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Nghệ An", []), ("LOC", "Hà Tĩnh", [])])
    assert r.name(r.find("nhà máy thứ hai").actor) == "Tập đoàn Sao Mai"


def test_a_speaker_titled_with_a_bare_head_noun_speaks_for_the_organisation_it_stands_for():
    r = run("Bệnh viện Hồng Lam thực hiện 500 ca mổ robot trong năm. TS Lê Văn An, Giám đốc bệnh viện, cho biết bệnh viện đã làm chủ kỹ thuật.\n\n"
            "“Năm tới chúng tôi sẽ mở trung tâm đào tạo phẫu thuật robot cho cả khu vực”, bác sĩ An nói.\n",
            [("ORG", "Bệnh viện Hồng Lam", []), ("PER", "Lê Văn An", [])])
    c = r.find("trung tâm đào tạo phẫu thuật robot")
    assert r.name(c.actor) == "Bệnh viện Hồng Lam" and r.name(c.person) == "Lê Văn An"


def test_a_name_after_cua_owns_the_subject_and_does_not_act():
    r = run("Ngay sau đó, chiếc máy bay của hãng hàng không Sao Việt hạ cánh lúc 9 giờ và dự kiến sẽ cất cánh trở lại lúc 12 giờ.\n",
            [("ORG", "Sao Việt", [])])
    assert r.commitments == []



def test_huong_toi_before_an_event_means_in_the_run_up_to_it():
    r = run("Tỉnh Hòa Bình chuẩn bị đón khách quốc tế.\n\nHướng tới Diễn đàn Du lịch ASEAN 2027, Hòa Bình đang bước vào giai đoạn kiến thiết quan trọng.\n",
            [("LOC", "Hòa Bình", [])])
    assert [c for c in r.commitments if c.kind == "target"] == []
