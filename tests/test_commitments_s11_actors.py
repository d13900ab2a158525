"""Commitments, eleventh session: directives and who gives them. The duties a directive lists in the sentences after
it are its items, the directing body's; an addressee detailed after `Trong số đó, …` never becomes the directing body.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_BODY = [("ORG", "UBND tỉnh Hòa Vang", [])]


def test_a_specifying_lead_after_a_directive_opens_its_list_of_duties():
    # `… đề nghị các sở …. Trong đó, tập trung vào các nhiệm vụ sau: A. B.`: the items after the colon, and the next sentences
    r = run("UBND tỉnh Hòa Vang đề nghị các sở, ngành và địa phương tiếp tục thực hiện nghiêm các văn bản chỉ đạo về phòng chống hạn. "
            "Trong đó, tập trung vào các nhiệm vụ sau: Kiểm tra toàn bộ hệ thống kênh mương nội đồng trước mùa khô. "
            "Triển khai tổ công tác xuống từng thôn để hướng dẫn bà con tiết kiệm nước tưới.\n", _BODY)
    first = r.find("Kiểm tra toàn bộ hệ thống kênh mương")
    assert r.name(first.actor) == "UBND tỉnh Hòa Vang" and first.text.startswith("Kiểm tra")  # not the list's head
    assert r.name(r.find("Triển khai tổ công tác").actor) == "UBND tỉnh Hòa Vang"


def test_an_addressee_detailed_after_trong_so_do_does_not_direct_the_items_after_it():
    # `X yêu cầu các Bộ: A, B …. Trong số đó, Bộ A tiếp tục chỉ đạo …. Sở C khẩn trương …`: C's duty is X's directive
    r = run("Bộ trưởng Lê Văn Tường yêu cầu các đơn vị: Cục Đường thủy, Sở Giao thông tỉnh Hòa Vang và các cơ quan liên quan "
            "khẩn trương thực hiện các nhiệm vụ được giao. "
            "Trong số đó, Cục Đường thủy tiếp tục chỉ đạo các cảng vụ rà soát luồng lạch trước mùa mưa. "
            "Sở Giao thông tỉnh Hòa Vang khẩn trương hoàn thành việc nạo vét bến thủy nội địa để phục vụ mùa vận tải hàng hóa.\n",
            [("PER", "Lê Văn Tường", []), ("ORG", "Cục Đường thủy", []), ("ORG", "Sở Giao thông tỉnh Hòa Vang", [])])
    c = r.find("hoàn thành việc nạo vét")
    assert r.name(c.actor) == "Lê Văn Tường"


def test_a_subjectless_duty_opening_with_a_trigger_or_an_undertaking_verb_goes_on_with_the_directive():
    # `Sẵn sàng …` (a trigger, tagged an adjective) and `Tổ chức …` (tagged a noun) open items as any verb does
    r = run("UBND tỉnh Hòa Vang yêu cầu các địa phương chủ động ứng phó với đợt nắng nóng kéo dài. "
            "Tổ chức lực lượng trực phòng cháy rừng tại các khu vực trọng điểm suốt mùa khô. "
            "Sẵn sàng phương tiện, nhân lực để chữa cháy khi có tình huống xấu.\n", _BODY)
    assert r.name(r.find("Tổ chức lực lượng trực").actor) == "UBND tỉnh Hòa Vang"
    assert r.name(r.find("Sẵn sàng phương tiện").actor) == "UBND tỉnh Hòa Vang"


def test_a_done_marker_after_nhat_la_describes_places_and_does_not_end_the_list():
    # `…, nhất là tại các khu vực đã xảy ra sạt lở`: the places narrowed, not a duty reported as done
    r = run("UBND tỉnh Hòa Vang yêu cầu các địa phương chủ động ứng phó với mưa lớn trong những ngày tới. "
            "Triển khai lực lượng canh gác tại các ngầm, tràn, nhất là tại các khu vực đã xảy ra sạt lở đất.\n", _BODY)
    assert r.name(r.find("Triển khai lực lượng canh gác").actor) == "UBND tỉnh Hòa Vang"


def test_a_specifying_sentence_that_reports_what_was_done_is_no_duty():
    r = run("UBND tỉnh Hòa Vang yêu cầu các địa phương chủ động ứng phó với mưa lớn trong những ngày tới. "
            "Trong đó, các xã vùng cao đã di dời 300 hộ dân đến nơi an toàn.\n", _BODY)
    assert all("di dời 300 hộ" not in c.text for c in r.commitments)


def test_a_deputy_prime_ministers_directive_is_the_governments_when_the_article_names_it():
    # extraction-v1: the actor is the body the speaker represents; `Phó Thủ tướng` heads no other body than `Chính phủ`
    r = run("Văn phòng Thủ tướng Chính phủ vừa có thông báo về dự án cầu Hòa Vang. "
            "Phó Thủ tướng Đinh Quang Vĩnh yêu cầu các địa phương hoàn thành giải phóng mặt bằng trước ngày 30/9.\n",
            [("ORG", "Chính phủ", []), ("PER", "Đinh Quang Vĩnh", [])])
    c = r.find("hoàn thành giải phóng mặt bằng")
    assert r.name(c.actor) == "Chính phủ" and r.name(c.person) == "Đinh Quang Vĩnh"


def test_a_minister_titled_by_field_speaks_for_the_ministry_the_article_names():
    # `Bộ trưởng Công Thương A` -> `Bộ Công Thương`, the ministry written without its head noun after the title
    r = run("Bộ Công Thương tổ chức hội nghị tổng kết năm. "
            "Bộ trưởng Công Thương Hà Minh Khuê yêu cầu các tập đoàn bảo đảm đủ điện cho mùa khô.\n",
            [("ORG", "Bộ Công Thương", []), ("PER", "Hà Minh Khuê", [])])
    assert r.name(r.find("bảo đảm đủ điện").actor) == "Bộ Công Thương"


def test_a_leader_stays_the_actor_when_the_body_is_named_only_inside_a_unit_of_it():
    # `Thường trực Chính phủ` is a unit of its own: the government is not named, the Prime Minister acts
    r = run("Thủ tướng Đinh Quang Vĩnh chủ trì cuộc họp Thường trực Chính phủ và yêu cầu các bộ hoàn thành hồ sơ dự án trong tháng 10.\n",
            [("ORG", "Chính phủ", []), ("PER", "Đinh Quang Vĩnh", [])])
    assert r.name(r.find("hoàn thành hồ sơ dự án").actor) == "Đinh Quang Vĩnh"


def test_a_former_holder_or_another_countrys_head_is_not_the_government():
    r = run("Chính phủ đã ban hành nghị quyết mới. Nguyên Phó Thủ tướng Đinh Quang Vĩnh đề xuất thành lập quỹ học bổng cho sinh viên.\n",
            [("ORG", "Chính phủ", []), ("PER", "Đinh Quang Vĩnh", [])])
    assert r.name(r.find("thành lập quỹ học bổng").actor) == "Đinh Quang Vĩnh"
    r = run("Chính phủ đón đoàn khách quốc tế. Thủ tướng Lào Sổn Phết Xay đề nghị hai nước mở thêm đường bay thẳng.\n",
            [("ORG", "Chính phủ", []), ("LOC", "Lào", []), ("PER", "Sổn Phết Xay", [])])
    assert r.name(r.find("mở thêm đường bay thẳng").actor) == "Sổn Phết Xay"


def test_numbered_and_bulleted_duties_after_a_directive_are_its_items():
    # `…: \n\n1.\n\nSở X chủ trì …\n\na) Chủ động …` and `- Đề nghị …\n\n+ Tổ chức …`: marks and headings keep the list open
    r = run("UBND tỉnh Hòa Vang giao nhiệm vụ cho các sở, ngành thực hiện như sau:\n\n"
            "1. Sở Nông nghiệp tỉnh Hòa Vang chủ trì, phối hợp với các địa phương\n\n"
            "a) Chủ động rà soát diện tích lúa bị ngập úng để đề xuất phương án hỗ trợ giống cho nông dân.\n\n"
            "b) Hướng dẫn các hợp tác xã gieo cấy lại ngay khi nước rút.\n",
            _BODY + [("ORG", "Sở Nông nghiệp tỉnh Hòa Vang", [])])
    assert r.name(r.find("rà soát diện tích lúa").actor) == "UBND tỉnh Hòa Vang"
    assert r.name(r.find("Hướng dẫn các hợp tác xã").actor) == "UBND tỉnh Hòa Vang"
    r = run("UBND tỉnh Hòa Vang đề nghị các địa phương thực hiện một số nội dung sau:\n\n"
            "- Đề nghị UBND các huyện ven biển\n\n"
            "+ Tổ chức kiểm đếm tàu thuyền đang hoạt động trên biển theo phương án đã được phê duyệt.\n",
            _BODY)
    c = r.find("kiểm đếm tàu thuyền")
    assert r.name(c.actor) == "UBND tỉnh Hòa Vang" and c.text.startswith("Tổ chức")  # the bullet is no part of the duty
