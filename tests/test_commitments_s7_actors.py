"""Commitments, seventh session: actors and precision gates that blind-annotated news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- actors ----------------------------------------------------------------------

def test_ba_ben_after_a_signing_reported_as_done_is_the_first_signer():
    # the signing is done (no commitment of its own), yet it names the parties `ba bên` stands for
    r = run("Công ty Hòa Phong vừa ký hợp tác với Đại học Lam Sơn và Quỹ Minh Đức. "
            "Ba bên sẽ phối hợp đào tạo kỹ sư vi mạch cho các tỉnh miền núi.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Đại học Lam Sơn", []), ("ORG", "Quỹ Minh Đức", [])])
    assert r.name(r.find("đào tạo kỹ sư vi mạch").actor) == "Công ty Hòa Phong"


def test_hai_ben_after_talks_is_the_host_not_the_countries_of_a_relation_named_earlier():
    # `quan hệ giữa A và B` describes a relation; the reception names who agrees (the host, not the place it is held)
    r = run("Thứ trưởng Bộ Quốc phòng Việt Nam Lê Văn Hải chủ trì lễ đón đoàn Bộ Quốc phòng Hòa Lan tại Hà Nội chiều 2/3.\n\n"
            "Chuyến thăm diễn ra đúng dịp kỷ niệm quan hệ ngoại giao giữa Việt Nam và Hòa Lan.\n\n"
            "Đoàn khách tham quan bảo tàng lịch sử quân sự.\n\nHai đoàn trao quà lưu niệm.\n\nKhông khí thân mật.\n\n"
            "Hai bên nhất trí mở rộng đào tạo quân y trong giai đoạn tới.\n",
            [("ORG", "Bộ Quốc phòng Việt Nam", []), ("PER", "Lê Văn Hải", []), ("ORG", "Bộ Quốc phòng Hòa Lan", []),
             ("LOC", "Hà Nội", []), ("LOC", "Việt Nam", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("mở rộng đào tạo quân y").actor) == "Bộ Quốc phòng Việt Nam"


def test_a_signing_word_after_buoi_names_the_event_not_a_meeting_with_a_subject():
    # `tại buổi ký kết` is the occasion, the person speaking there is no party; the pair `giữa A và B` names the parties
    r = run("Đó là phát biểu của ông Lê Văn Hải, Chủ tịch Công ty Hòa Phong, tại buổi ký kết thỏa thuận giữa "
            "Công ty Hòa Phong và UBND tỉnh Lam Sơn.\n\nBuổi lễ diễn ra tại Lam Sơn.\n\nKhách mời đông đủ.\n\n"
            "Trời hôm đó nắng đẹp.\n\nTrong lĩnh vực y tế, 2 bên phối hợp xây dựng hồ sơ sức khỏe điện tử.\n",
            [("PER", "Lê Văn Hải", []), ("ORG", "Công ty Hòa Phong", []), ("ORG", "UBND tỉnh Lam Sơn", []), ("LOC", "Lam Sơn", [])])
    c = r.find("hồ sơ sức khỏe điện tử")
    assert r.name(c.actor) == "Công ty Hòa Phong" and c.person is None


def test_what_a_leader_says_another_body_must_do_is_the_leaders_bodys_directive():
    r = run("Chủ tịch Công ty Hòa Phong Lê Văn Hải làm việc với Xí nghiệp Lam Sơn.\n\n"
            "Theo ông Hải, Xí nghiệp Lam Sơn cần rà soát toàn bộ dây chuyền trước tháng 6.\n",
            [("ORG", "Công ty Hòa Phong", []), ("PER", "Lê Văn Hải", []), ("ORG", "Xí nghiệp Lam Sơn", [])])
    c = r.find("rà soát toàn bộ dây chuyền")
    assert r.name(c.actor) == "Công ty Hòa Phong" and c.kind == "directive" and r.name(c.person) == "Lê Văn Hải"


def test_what_a_calculation_says_others_need_is_no_directive():
    # the source is a calculation, no speaker: nothing is directed, though the addressee is a body
    r = run("Theo tính toán của Bộ Năng lượng, các địa phương cần tăng công suất điện mặt trời thêm 8% mỗi năm.\n",
            [("ORG", "Bộ Năng lượng", [])])
    assert r.commitments == []


def test_what_a_body_is_reported_saying_it_must_do_itself_directs_no_one():
    r = run("Theo Bộ Năng lượng, Bộ Năng lượng cần rà soát quy hoạch điện mặt trời trong quý II.\n",
            [("ORG", "Bộ Năng lượng", [])])
    assert r.commitments == []


def test_a_title_before_a_bare_place_is_the_body_the_article_names_with_that_title():
    # `Bí thư Lam Sơn` is the short form of `Bí thư Tỉnh ủy Lam Sơn`: the provincial party committee, not the province
    r = run("Bí thư Tỉnh ủy Lam Sơn Lê Văn Hải dự hội nghị sơ kết quý I.\n\n"
            "Bí thư Lam Sơn đề nghị các sở ngành tập trung giải ngân vốn đầu tư công.\n",
            [("ORG", "Tỉnh ủy Lam Sơn", []), ("PER", "Lê Văn Hải", []), ("LOC", "Lam Sơn", [])])
    c = r.find("giải ngân vốn đầu tư công")
    assert r.name(c.actor) == "Tỉnh ủy Lam Sơn" and r.name(c.person) == "Lê Văn Hải"


# ---- precision gates -------------------------------------------------------------

def test_a_directive_word_before_a_statement_is_a_remark():
    r = run("Bộ trưởng Lê Văn Hải lưu ý rằng số hồ sơ tồn đọng vẫn còn khá nhiều.\n",
            [("PER", "Lê Văn Hải", [])])
    assert r.commitments == []


def test_a_directive_word_before_what_must_be_done_still_directs():
    r = run("Bộ trưởng Lê Văn Hải lưu ý rằng các sở cần xử lý dứt điểm hồ sơ tồn đọng trong quý II.\n",
            [("PER", "Lê Văn Hải", [])])
    assert r.find("xử lý dứt điểm hồ sơ").kind == "directive"


def test_tasks_assigned_over_a_span_up_to_now_are_a_tally_of_what_was_done():
    # published 1/3/2025: the span ends the day before
    r = run("Từ đầu năm đến ngày 28/2, UBND tỉnh Lam Sơn giao các sở 1.204 nhiệm vụ, trong đó 96 nhiệm vụ trọng tâm.\n",
            [("ORG", "UBND tỉnh Lam Sơn", [])])
    assert r.commitments == []


def test_a_future_marker_after_a_span_up_to_now_keeps_the_undertaking():
    r = run("Từ đầu năm đến nay, Công ty Hòa Phong dự kiến mở thêm hai xưởng cơ khí ở khu công nghiệp phía bắc.\n",
            [("ORG", "Công ty Hòa Phong", [])])
    assert r.name(r.find("mở thêm hai xưởng").actor) == "Công ty Hòa Phong"


def test_a_named_project_as_subject_is_its_owners_when_the_article_says_whose_it_is():
    r = run("Nhà máy gạch Lam Sơn được duyệt mở rộng\n\n"
            "Sở Kế hoạch đã chấp thuận điều chỉnh dự án Gạch Lam Sơn 2. Trước đó, dự án của Công ty Hòa Phong có công suất nhỏ.\n\n"
            "Theo phương án mới, dự án Gạch Lam Sơn 2 sẽ nâng công suất lên 90 triệu viên mỗi năm.\n",
            [("ORG", "Sở Kế hoạch", []), ("ORG", "Công ty Hòa Phong", [])])
    assert r.name(r.find("nâng công suất lên 90 triệu viên").actor) == "Công ty Hòa Phong"


def test_a_project_as_subject_is_the_story_leads_organisation_when_no_investor_is_named():
    r = run("Hòa Phong được duyệt mở rộng xưởng\n\n"
            "Công ty Hòa Phong, một thành viên của Tổng công ty Lam Sơn, vừa được chấp thuận điều chỉnh dự án xưởng gạch.\n\n"
            "Về tiến độ, dự án dự kiến hoàn thành vào quý 2/2027.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Tổng công ty Lam Sơn", [])])
    assert r.name(r.find("hoàn thành vào quý 2/2027").actor) == "Công ty Hòa Phong"


def test_a_directive_opening_its_sentence_after_a_lead_word_is_the_speaker_of_the_sentence_before():
    r = run("Chủ tịch UBND tỉnh Lam Sơn Lê Văn Hải chúc mừng thành tích của lực lượng dân quân tỉnh.\n\n"
            "Đồng thời đề nghị cán bộ, chiến sĩ duy trì nghiêm chế độ trực phòng chống lụt bão.\n",
            [("ORG", "UBND tỉnh Lam Sơn", []), ("PER", "Lê Văn Hải", [])])
    assert r.name(r.find("duy trì nghiêm chế độ trực").actor) == "UBND tỉnh Lam Sơn"


def test_a_directive_after_a_semicolon_of_a_sentence_with_its_own_subject_takes_no_earlier_actor():
    r = run("Chủ tịch UBND tỉnh Lam Sơn Lê Văn Hải chúc mừng lực lượng biên phòng.\n\n"
            "Trong năm, các đồn biên phòng đã trao đổi 80 bản tin; chỉ đạo các tổ công tác tuần tra được 40 lượt.\n",
            [("ORG", "UBND tỉnh Lam Sơn", []), ("PER", "Lê Văn Hải", [])])
    assert [c for c in r.commitments if "tuần tra" in c.text] == []


def test_we_in_a_quotation_running_over_several_sentences_is_the_speakers_body():
    r = run("Giám đốc Sở Y tế Lam Sơn Lê Thị Mai cho biết: “Chúng tôi đã chuẩn bị đủ thuốc. Các trạm y tế đều trực "
            "24 giờ. Chúng tôi quyết tâm tiêm đủ hai mũi cho trẻ em trong tháng 6.”\n",
            [("ORG", "Sở Y tế Lam Sơn", []), ("PER", "Lê Thị Mai", [])])
    c = r.find("tiêm đủ hai mũi")
    assert r.name(c.actor) == "Sở Y tế Lam Sơn" and r.name(c.person) == "Lê Thị Mai"


def test_hai_ben_after_a_leader_receives_a_visitor_is_the_hosts_body():
    r = run("Sáng qua, tại trụ sở UBND tỉnh Lam Sơn, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Hải tiếp và làm việc với "
            "đoàn doanh nghiệp Hòa Lan.\n\nCũng trong sáng qua, Phó Chủ tịch UBND tỉnh Lam Sơn Trần Thị Mai tiếp Đại sứ "
            "Hòa Lan. Hai bên thống nhất mở rộng hợp tác đào tạo điều dưỡng.\n",
            [("ORG", "UBND tỉnh Lam Sơn", []), ("ORG", "Tỉnh ủy", []), ("PER", "Lê Văn Hải", []), ("PER", "Trần Thị Mai", []),
             ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("hợp tác đào tạo điều dưỡng").actor) == "UBND tỉnh Lam Sơn"


def test_a_headline_speaker_colon_and_what_a_sector_must_do_is_the_speakers_bodys_directive():
    r = run("Bộ trưởng Lê Văn Hải: Ngành Năng lượng phải giảm tổn thất điện ngay trong quý I\n\n"
            "Tại hội nghị sáng qua, Bộ trưởng Bộ Năng lượng Lê Văn Hải nói về kế hoạch năm mới của bộ.\n",
            [("PER", "Lê Văn Hải", []), ("ORG", "Bộ Năng lượng", [])])
    c = r.find("giảm tổn thất điện")
    assert r.name(c.actor) == "Bộ Năng lượng" and c.kind == "directive"
