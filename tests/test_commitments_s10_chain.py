"""Commitments, tenth session: one subject shared by coordinated predicates.

Vietnamese lets one subject govern several verb phrases: after `,`, `;` or `và`, a connective of
sequence or consequence (`sau đó`, `do đó`, `vì vậy`) opens one more predicate of the same subject;
directing (`… và chỉ đạo …`) after presiding over a meeting is the presider's own act, not an item of
the meeting's agenda. A conjunct that names a subject of its own keeps it.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run as _run

_HL = ("ORG", "Công ty Cổ phần Hoàng Lâm", [])
_PM = ("PER", "Trần Quốc Bình", [])


def run(body: str, specs):
    """The sentence in an article's body, under a headline of its own."""
    return _run("Tin tức trong ngày\n\n" + body, specs)


def test_a_predicate_after_sau_do_shares_the_sentence_subject():
    r = run("Công ty Cổ phần Hoàng Lâm đã tăng vốn điều lệ lên 800 tỷ đồng, "
            "sau đó sẽ niêm yết toàn bộ cổ phiếu trên sàn chứng khoán vào quý III.\n", [_HL])
    c = r.find("niêm yết toàn bộ cổ phiếu")
    assert r.name(c.actor) == "Công ty Cổ phần Hoàng Lâm"


def test_a_directive_after_do_do_shares_the_speaker_subject_past_the_reported_clause():
    r = run("Thủ tướng Trần Quốc Bình nhận định rằng thời gian chuẩn bị không còn dài, "
            "do đó yêu cầu các địa phương khẩn trương bàn giao mặt bằng cho nhà thầu trước tháng sáu.\n", [_PM])
    c = r.find("khẩn trương bàn giao mặt bằng")
    assert r.name(c.actor) == "Trần Quốc Bình" and c.kind == "directive"


def test_a_directive_after_presiding_over_a_meeting_is_the_presiders():
    r = run("Sáng nay, Thủ tướng Trần Quốc Bình chủ trì cuộc họp về tiến độ các tuyến cao tốc phía nam "
            "và chỉ đạo đẩy nhanh công tác giải phóng mặt bằng ở những đoạn còn vướng.\n", [_PM])
    c = r.find("đẩy nhanh công tác giải phóng mặt bằng")
    assert r.name(c.actor) == "Trần Quốc Bình" and c.kind == "directive"


def test_a_meeting_agenda_item_after_a_comma_is_still_no_undertaking():
    r = run("Công ty Cổ phần Hoàng Lâm tổ chức hội nghị tổng kết năm, triển khai nhiệm vụ kinh doanh cho các chi nhánh.\n", [_HL])
    assert not [c for c in r.commitments if "nhiệm vụ kinh doanh" in c.text]


def test_a_conjunct_after_a_connective_with_a_named_subject_keeps_its_own():
    r = run("Công ty Cổ phần Hoàng Lâm đã hoàn tất việc mua lại nhà máy, sau đó Công ty Minh Khoa "
            "sẽ tiếp nhận toàn bộ dây chuyền đóng gói vào năm sau.\n", [_HL, ("ORG", "Công ty Minh Khoa", [])])
    c = r.find("tiếp nhận toàn bộ dây chuyền")
    assert r.name(c.actor) == "Công ty Minh Khoa"


def test_a_conjunct_of_a_reported_clause_shares_that_clauses_own_subject():
    r = run("Ông Trần Quốc Bình cho biết Công ty Cổ phần Hoàng Lâm đã mở thêm hai xưởng may ở phía bắc, "
            "đồng thời dự kiến tuyển thêm 300 công nhân trong năm tới.\n", [_PM, _HL])
    c = r.find("tuyển thêm 300 công nhân")
    assert r.name(c.actor) == "Công ty Cổ phần Hoàng Lâm"


def test_a_reported_clause_describing_its_subject_passes_it_to_no_conjunct():
    r = run("Ông Trần Quốc Bình cho biết Công ty Minh Khoa vẫn đóng vai trò là đơn vị nòng cốt, "
            "dự kiến đóng góp khoảng 40% doanh thu của cả nhóm.\n", [_PM, ("ORG", "Công ty Minh Khoa", [])])
    assert not [c for c in r.commitments if "40% doanh thu" in c.text and r.name(c.actor) == "Công ty Minh Khoa"]


def test_a_semicolon_item_opening_with_a_verb_of_saying_is_no_item_of_the_undertaking():
    r = run("Bộ trưởng Trần Quốc Bình khẳng định Công ty Cổ phần Hoàng Lâm luôn ưu tiên mở rộng sản xuất trong nước; "
            "nhấn mạnh thị trường nội địa đang bước vào giai đoạn tăng trưởng tốt.\n", [_PM, _HL])
    assert not [c for c in r.commitments if "thị trường nội địa" in c.text]


def test_a_semicolon_item_opening_with_ve_is_a_new_topic_not_an_item():
    r = run("Thủ tướng Trần Quốc Bình chủ trì cuộc họp về các tuyến cao tốc và chỉ đạo đẩy nhanh tiến độ giải ngân; "
            "về dự án sân bay Đồng Lạc ở phía tây tỉnh.\n", [_PM])
    assert not [c for c in r.commitments if "sân bay Đồng Lạc" in c.text]
