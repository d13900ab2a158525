"""Commitments, eighth session: actors that blind-annotated news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_two_titled_people_signing_is_the_first_named_partys_undertaking():
    # `<title> X A (caption) và <title> Y B ký …`: a joint undertaking, the first-named party's body acts
    r = run("Viện trưởng Viện Công nghệ Lộc Hà Lê Quang Vinh (thứ hai từ phải) và Giám đốc Công ty Tân Phú Ngô Thu Trang "
            "ký hợp đồng chuyển giao dây chuyền sấy nông sản.\n",
            [("ORG", "Viện Công nghệ Lộc Hà", []), ("PER", "Lê Quang Vinh", []), ("ORG", "Công ty Tân Phú", []), ("PER", "Ngô Thu Trang", [])])
    c = r.find("dây chuyền sấy")
    assert r.name(c.actor) == "Viện Công nghệ Lộc Hà" and r.name(c.partner) == "Công ty Tân Phú"


def test_the_second_signer_named_with_an_apposition_is_the_partner():
    # `<title> X A và bà B, <title kiêm title> Y ký …`: the title after the second name does not make Y the first party
    r = run("Giám đốc Sở Công Thương Lộc Hà Trần Minh Tú và bà Ngô Thu Trang, Phó Chủ tịch kiêm Tổng Giám đốc "
            "Công ty Tân Phú ký thỏa thuận xây dựng trung tâm logistics.\n",
            [("ORG", "Sở Công Thương Lộc Hà", []), ("PER", "Trần Minh Tú", []), ("PER", "Ngô Thu Trang", []), ("ORG", "Công ty Tân Phú", [])])
    c = r.find("trung tâm logistics")
    assert r.name(c.actor) == "Sở Công Thương Lộc Hà" and r.name(c.partner) == "Công ty Tân Phú"


def test_a_name_counted_like_a_thing_is_no_context_for_a_subjectless_directive():
    # `giao … một USB`: a name after `một` is an object counted like a thing; the subjectless directive after it
    # takes the body the story is about
    r = run("Ngày 27/2, TAND tỉnh Lộc Hà xử phúc thẩm vụ án tranh chấp hợp đồng.\n\n"
            "Phía nguyên đơn giao cho hội đồng xét xử một USB chứa dữ liệu camera.\n\n"
            "Đồng thời, yêu cầu phía bị đơn cung cấp bản gốc dữ liệu camera trong 15 ngày.\n",
            [("ORG", "TAND tỉnh Lộc Hà", []), ("ORG", "USB", [])])
    assert r.name(r.find("bản gốc dữ liệu camera").actor) == "TAND tỉnh Lộc Hà"


def test_a_member_of_a_companys_board_speaks_for_the_company():
    # `bà A, thành viên Hội đồng quản trị X`: no title word, yet the apposition names the body she represents
    r = run("Trong buổi tiếp, bà Anna Weber, thành viên Ban kiểm soát Tập đoàn Tân Phú, giới thiệu kế hoạch mở rộng nhà máy.\n\n"
            "Bà Anna Weber đề nghị UBND tỉnh Lộc Hà tạo điều kiện cấp phép xây dựng kho lạnh trong quý III.\n",
            [("PER", "Anna Weber", []), ("ORG", "Tập đoàn Tân Phú", []), ("ORG", "UBND tỉnh Lộc Hà", [])])
    c = r.find("kho lạnh")
    assert r.name(c.actor) == "Tập đoàn Tân Phú" and r.name(c.person) == "Anna Weber"


def test_ong_opening_a_sentence_is_who_opened_the_clause_before_not_whom_he_met():
    # `A tiếp B. Ông mong muốn …`: the pronoun continues the subject, not the person received (named later, nearer)
    r = run("Sáng 28/2, Bộ trưởng Nguyễn Đình Phong tiếp Đại sứ Maria Costa tại trụ sở bộ.\n\n"
            "Ông mong muốn hai nước sớm nối lại chương trình trao đổi sinh viên.\n",
            [("PER", "Nguyễn Đình Phong", []), ("PER", "Maria Costa", [])])
    assert r.name(r.find("trao đổi sinh viên").actor) == "Nguyễn Đình Phong"


def test_a_head_noun_after_two_sentences_without_names_is_the_latest_body_not_the_most_named():
    # `ngân hàng` with no bank in the last two sentences: the one the paragraph was about, not the most frequent
    r = run("Ngân hàng Phú Lâm vừa họp đại hội cổ đông thường niên.\n\n"
            "Ngân hàng Phú Lâm báo lãi trước thuế 1.200 tỷ đồng năm ngoái.\n\n"
            "Năm nay Ngân hàng Phú Lâm giữ nguyên kế hoạch chia cổ tức tiền mặt.\n\n"
            "Cùng tuần, Ngân hàng Tân Phú báo doanh thu quý IV tăng mạnh.\n\n"
            "Phần lớn lợi nhuận đến từ mảng thẻ tín dụng.\n\n"
            "Nợ xấu giảm còn 1,1%.\n\n"
            "Ngân hàng cho biết sẽ mở thêm 15 phòng giao dịch ở vùng ven đô.\n",
            [("ORG", "Ngân hàng Phú Lâm", []), ("ORG", "Ngân hàng Tân Phú", [])])
    assert r.name(r.find("15 phòng giao dịch").actor) == "Ngân hàng Tân Phú"


def test_the_title_written_with_the_speakers_name_is_the_body_he_speaks_for():
    # a person given two titles earlier speaks, in this sentence, with one of them: that body, not his last role
    r = run("Sáng 3/3, ông Đỗ Minh Khoa, Chủ tịch UBND tỉnh Lam Sơn, Phó Bí thư Tỉnh ủy Lam Sơn làm việc với Tập đoàn Minh Đức.\n\n"
            "Chủ tịch UBND tỉnh Lam Sơn Đỗ Minh Khoa mong muốn Tập đoàn Minh Đức sớm khởi công nhà máy điện mặt trời trong quý II.\n",
            [("PER", "Đỗ Minh Khoa", []), ("ORG", "UBND tỉnh Lam Sơn", []), ("ORG", "Tỉnh ủy Lam Sơn", []), ("ORG", "Tập đoàn Minh Đức", [])])
    c = r.find("khởi công nhà máy điện mặt trời")
    assert r.name(c.actor) == "UBND tỉnh Lam Sơn" and r.name(c.person) == "Đỗ Minh Khoa"


def test_the_name_after_a_verb_of_partnering_is_the_partner_not_the_investor():
    # `A hợp tác B xây dựng …` (a headline's serial verbs): B is whom A partners with; A acts
    r = run("Tập đoàn Phú Lâm hợp tác Hợp tác xã Tân Phú xây dựng nhà máy sấy cà phê đặc sản\n\n"
            "Đại diện hai bên khảo sát thổ nhưỡng của hợp tác xã.\n",
            [("ORG", "Tập đoàn Phú Lâm", []), ("ORG", "Hợp tác xã Tân Phú", [])])
    c = r.find("nhà máy sấy cà phê")
    assert r.name(c.actor) == "Tập đoàn Phú Lâm" and r.name(c.partner) == "Hợp tác xã Tân Phú"


def test_the_body_whose_approval_a_plan_waits_for_is_no_context_for_the_next_plan():
    # `… sau khi được X chấp thuận.` names who approves; the next subjectless plan is still the issuer's
    r = run("Công ty Hòa Phong sẽ phát hành 20 triệu cổ phiếu thưởng cho cổ đông hiện hữu.\n\n"
            "Đợt phát hành thực hiện trong quý III sau khi được Sở Giao dịch Lam Sơn phê duyệt.\n\n"
            "Dự kiến sau đợt phát hành, vốn điều lệ của Công ty Hòa Phong sẽ tăng lên 900 tỷ đồng.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Sở Giao dịch Lam Sơn", [])])
    assert r.name(r.find("vốn điều lệ").actor) == "Công ty Hòa Phong"


def test_places_listed_after_a_business_noun_say_whose_investors_not_who_signs():
    # `A và các nhà đầu tư X, Y ký …`: the places qualify the investors; A, the first-named party, acts
    r = run("Sáng 2/3, Công ty Tân Phú và các nhà đầu tư Nhật Bản, Hàn Quốc ký biên bản hợp tác phát triển khu công nghiệp xanh ở Lộc Hà.\n",
            [("ORG", "Công ty Tân Phú", []), ("LOC", "Nhật Bản", []), ("LOC", "Hàn Quốc", []), ("LOC", "Lộc Hà", [])])
    assert r.name(r.find("khu công nghiệp xanh").actor) == "Công ty Tân Phú"
