"""Commitments on real news (issue 11): directives, targets, lists of undertakings, and what
real articles report that is not an undertaking. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.commitments import extract_commitments
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze

from tests.test_commitments import Result, _dates, hand_mentions


def run(text: str, specs) -> Result:
    doc = analyze(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 3, 1)))
    ents, ments = hand_mentions(doc, specs)
    return Result(doc, ents, extract_commitments(doc, ents, ments, _dates(doc)))


def test_a_directive_is_the_directing_bodys():
    r = run("Sở Y tế tỉnh Hòa Bình yêu cầu các bệnh viện bố trí đủ giường bệnh trước ngày 30/6.\n",
            [("ORG", "Sở Y tế tỉnh Hòa Bình", [])])
    c = r.find("bố trí đủ giường bệnh")
    assert r.name(c.actor) == "Sở Y tế tỉnh Hòa Bình" and c.kind == "directive" and c.trigger == "yêu cầu"


def test_a_leaders_directive_is_the_institutions_even_with_title_and_organisation_before_the_name():
    r = run("Thủ tướng Chính phủ Trần Văn Định yêu cầu các bộ hoàn thành hồ sơ trong quý III/2025.\n",
            [("ORG", "Chính phủ", []), ("PER", "Trần Văn Định", [])])
    c = r.find("hoàn thành hồ sơ")
    assert c.kind == "directive" and r.name(c.person) == "Trần Văn Định"
    assert c.target_date == "2025-Q3"


def test_a_headlines_bare_title_is_the_one_person_given_it_in_the_body():
    r = run("Phó thủ tướng yêu cầu các tập đoàn tăng sản lượng điện\n\n"
            "Chiều 3/2, Phó thủ tướng Lê Minh Tâm làm việc với các tập đoàn năng lượng.\n",
            [("PER", "Lê Minh Tâm", [])])
    c = r.find("tăng sản lượng điện")
    assert r.name(c.actor) == "Lê Minh Tâm" and c.kind == "directive"


def test_the_noun_yeu_cau_is_not_a_directive():
    r = run("Công ty Hải Âu hoàn thiện sản phẩm theo yêu cầu của khách hàng.\n"
            "Sản phẩm của Công ty Hải Âu đáp ứng yêu cầu kỹ thuật cao.\n",
            [("ORG", "Công ty Hải Âu", [])])
    assert r.commitments == []


def test_presiding_over_a_meeting_is_not_a_responsibility():
    r = run("Bộ trưởng Đỗ Văn Khang chủ trì hội nghị trực tuyến với các địa phương.\n",
            [("PER", "Đỗ Văn Khang", [])])
    assert r.commitments == []


def test_an_event_read_as_a_name_is_no_actor():
    r = run("Lễ ký kết thỏa thuận hợp tác giữa hai đơn vị diễn ra sáng nay.\n",
            [("ORG", "Lễ", [])])
    assert r.commitments == []


def test_a_quoted_word_inside_the_clause_does_not_end_it():
    r = run("Bộ Nông nghiệp yêu cầu các tỉnh gỡ “thẻ vàng” cho ngành thủy sản trong năm 2025.\n",
            [("ORG", "Bộ Nông nghiệp", [])])
    c = r.find("thẻ vàng")
    assert c.text.endswith("trong năm 2025")


def test_a_target_trigger_is_a_target():
    r = run("Tỉnh Hà Giang đặt mục tiêu đón 5 triệu lượt khách vào năm 2027.\n",
            [("LOC", "Hà Giang", [])])
    c = r.find("5 triệu lượt khách")
    assert c.kind == "target" and c.target_date == "2027"


def test_each_item_of_a_list_of_undertakings_is_its_own_commitment():
    r = run("Tỉnh Hà Giang đặt mục tiêu mở rộng du lịch cộng đồng; nâng cấp quốc lộ 4C; đào tạo 500 hướng dẫn viên.\n",
            [("LOC", "Hà Giang", [])])
    texts = [c.text for c in r.commitments]
    assert texts == ["đặt mục tiêu mở rộng du lịch cộng đồng", "nâng cấp quốc lộ 4C", "đào tạo 500 hướng dẫn viên"]
    assert {c.kind for c in r.commitments} == {"target"} and {r.name(c.actor) for c in r.commitments} == {"Hà Giang"}
    assert r.commitments[1].rule == "target:đặt mục tiêu/series"


def test_a_list_item_reported_as_done_ends_the_list():
    r = run("Công ty Sao Việt sẽ mở thêm 20 cửa hàng; đã khai trương 5 cửa hàng ở Huế.\n",
            [("ORG", "Công ty Sao Việt", [])])
    assert [c.text for c in r.commitments] == ["sẽ mở thêm 20 cửa hàng"]


def test_a_headed_list_takes_the_body_holding_the_congress():
    r = run("Đại hội đại biểu Đảng bộ tỉnh Yên Bình lần thứ nhất bế mạc chiều nay.\n"
            "Đại hội đã thông qua Nghị quyết và Chương trình hành động.\n"
            "Mục tiêu đến năm 2030: đưa Yên Bình thành tỉnh khá; thu hút 5 triệu lượt khách mỗi năm.\n",
            [("ORG", "Đảng bộ tỉnh Yên Bình", []), ("LOC", "Yên Bình", [])])
    items = [c for c in r.commitments if "Mục tiêu" not in c.text]
    assert [c.text for c in items] == ["đưa Yên Bình thành tỉnh khá", "thu hút 5 triệu lượt khách mỗi năm"]
    assert {r.name(c.actor) for c in items} == {"Đảng bộ tỉnh Yên Bình"} and {c.kind for c in items} == {"target"}


def test_a_list_of_targets_keeps_figures_without_a_verb():
    r = run("Ban Thường vụ Tỉnh ủy Yên Bình đề ra 12 chỉ tiêu, trong đó GRDP đạt 90.000 tỷ đồng; tỷ lệ che phủ rừng 65%.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Yên Bình", [])])
    assert [c.text for c in r.commitments] == ["GRDP đạt 90.000 tỷ đồng", "tỷ lệ che phủ rừng 65%"]
    assert {c.kind for c in r.commitments} == {"target"}


def test_a_plan_with_no_subject_takes_the_body_named_before():
    r = run("UBND tỉnh Yên Bình vừa phê duyệt dự án đường ven sông.\n"
            "Dự án dài 12 km.\n"
            "Theo dự kiến, quý 2/2026 khởi công dự án.\n",
            [("ORG", "UBND tỉnh Yên Bình", [])])
    c = r.find("khởi công dự án")
    assert r.name(c.actor) == "UBND tỉnh Yên Bình" and c.target_date == "2026-Q2"


def test_a_target_trigger_allows_a_target_state():
    r = run("Thành phố Cần Giang phấn đấu trở thành trung tâm logistics của vùng vào năm 2030.\n",
            [("LOC", "Cần Giang", [])])
    c = r.find("trung tâm logistics")
    assert c.kind == "target" and c.target_date == "2030"


def test_a_breakdown_after_a_plan_lists_that_plans_parts():
    r = run("Công ty Sông Hồng dự kiến thu về 900 tỷ đồng từ đợt phát hành.\n"
            "Trong đó, 500 tỷ đồng để trả nợ; 400 tỷ đồng để mở rộng nhà xưởng.\n",
            [("ORG", "Công ty Sông Hồng", [])])
    parts = [c for c in r.commitments if c.rule.endswith("/series")]
    assert [c.text for c in parts] == ["500 tỷ đồng để trả nợ", "400 tỷ đồng để mở rộng nhà xưởng"]
    assert {r.name(c.actor) for c in parts} == {"Công ty Sông Hồng"} and parts[0].amount == "500 tỷ đồng"


def test_a_list_item_that_names_its_own_subject_is_that_subjects():
    r = run("Tập đoàn Bắc Hà sẽ đầu tư 2 tỷ USD vào cảng biển; Ngân hàng Đông Á thu xếp 500 triệu USD vốn vay.\n",
            [("ORG", "Tập đoàn Bắc Hà", []), ("ORG", "Ngân hàng Đông Á", [])])
    c = r.find("500 triệu USD")
    assert r.name(c.actor) == "Ngân hàng Đông Á"


def test_each_conjunct_that_says_what_will_be_done_is_its_own_commitment():
    r = run("Công ty Minh Long sẽ nâng cấp dây chuyền sản xuất, đồng thời mở rộng kho lạnh tại Long An.\n"
            "Công ty Minh Long sẽ thuê 200 kỹ sư và triển khai hệ thống quản lý mới trong năm 2026.\n"
            "Công ty Minh Long sẽ nghiên cứu, thiết kế và phát triển dòng sản phẩm mới.\n",
            [("ORG", "Công ty Minh Long", []), ("LOC", "Long An", [])])
    assert [c.text for c in r.in_line("Công ty Minh Long sẽ nâng cấp")] == ["sẽ nâng cấp dây chuyền sản xuất", "mở rộng kho lạnh tại Long An"]
    assert [c.text for c in r.in_line("Công ty Minh Long sẽ thuê")] == ["sẽ thuê 200 kỹ sư", "triển khai hệ thống quản lý mới trong năm 2026"]
    assert len(r.in_line("Công ty Minh Long sẽ nghiên cứu")) == 1  # verbs of one undertaking
    assert r.find("kho lạnh").rule == "plan:sẽ/coordinated" and r.name(r.find("kho lạnh").location) == "Long An"


def test_both_sides_of_an_agreement_named_with_giua_are_its_parties():
    r = run("Theo thỏa thuận ký giữa Công ty Hoàng Gia và Công ty Nam Phong, hai bên sẽ cùng xây dựng nhà máy pin tại Bình Phước.\n",
            [("ORG", "Công ty Hoàng Gia", []), ("ORG", "Công ty Nam Phong", []), ("LOC", "Bình Phước", [])])
    c = r.find("nhà máy pin")
    assert r.name(c.actor) == "Công ty Hoàng Gia" and c.rule.endswith("/parties")


def test_a_conjunct_after_a_clause_that_ends_at_dong_thoi_keeps_the_actor():
    r = run("Theo thỏa thuận ký giữa Công ty Hoàng Gia và Công ty Nam Phong, hai bên sẽ hợp tác sản xuất pin, đồng thời mở rộng thị trường tại Lào.\n",
            [("ORG", "Công ty Hoàng Gia", []), ("ORG", "Công ty Nam Phong", []), ("LOC", "Lào", [])])
    c = r.find("mở rộng thị trường")
    assert r.name(c.actor) == "Công ty Hoàng Gia" and c.rule.endswith("/coordinated")
    assert c.text == "mở rộng thị trường tại Lào"


def test_a_request_word_used_as_a_noun_does_not_block_the_undertaking():
    r = run("Trên cơ sở chỉ đạo của cấp có thẩm quyền, Hội đồng nhân dân tỉnh Yên Bình sẽ xem xét 12 nghị quyết.\n",
            [("ORG", "Hội đồng nhân dân tỉnh Yên Bình", [])])
    c = r.find("12 nghị quyết")
    assert r.name(c.actor) == "Hội đồng nhân dân tỉnh Yên Bình"


def test_ready_to_let_someone_act_is_a_pledge():
    r = run("Tập đoàn Viễn thông Sơn Hà sẵn sàng cho tỉnh Yên Bình thuê máy chủ và phần mềm.\n",
            [("ORG", "Tập đoàn Viễn thông Sơn Hà", []), ("LOC", "Yên Bình", [])])
    c = r.find("thuê máy chủ")
    assert r.name(c.actor) == "Tập đoàn Viễn thông Sơn Hà" and c.kind == "pledge"


def test_the_items_of_an_object_announced_by_a_colon_are_not_undertakings():
    r = run("Quốc hội Yên Bình sẽ xem xét, quyết định: 40 dự án luật; 12 nhóm nội dung về ngân sách.\n",
            [("ORG", "Quốc hội Yên Bình", [])])
    assert len(r.commitments) == 1


def test_a_project_as_subject_stands_for_its_investor():
    r = run("UBND tỉnh Yên Bình phê duyệt dự án cảng cạn Bắc Hà.\n"
            "Dự án do hai nhà đầu tư gồm Công ty Thái Sơn và Công ty Hưng Phát thực hiện.\n"
            "Ngoài kho bãi, dự án còn đầu tư 300 tỷ đồng xây dựng trạm điều hành.\n",
            [("ORG", "UBND tỉnh Yên Bình", []), ("ORG", "Công ty Thái Sơn", []), ("ORG", "Công ty Hưng Phát", [])])
    c = r.find("trạm điều hành")
    assert r.name(c.actor) == "Công ty Thái Sơn" and c.rule.endswith("/owner") and c.amount == "300 tỷ đồng"
