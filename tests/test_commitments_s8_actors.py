"""Commitments, eighth session: actors that blind-annotated news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_two_titled_people_signing_is_the_first_named_partys_undertaking():
    # `<title> X A (caption) và <title> Y B ký …`: a joint undertaking, the first-named party's body acts
    r = run("Tổng Giám đốc Công ty Hòa Phong Lê Văn Hải (bên trái) và Tổng Giám đốc Tập đoàn Minh Đức Trần Quốc Bảo "
            "ký kết hợp đồng cung cấp 40 tuabin gió cho cụm điện gió ven biển.\n",
            [("ORG", "Công ty Hòa Phong", []), ("PER", "Lê Văn Hải", []), ("ORG", "Tập đoàn Minh Đức", []), ("PER", "Trần Quốc Bảo", [])])
    c = r.find("cung cấp 40 tuabin gió")
    assert r.name(c.actor) == "Công ty Hòa Phong" and r.name(c.partner) == "Tập đoàn Minh Đức"


def test_the_second_signer_named_with_an_apposition_is_the_partner():
    # `<title> X A và B, <title kiêm title> Y ký …`: the title after the second name does not make Y the first party
    r = run("Chủ tịch UBND tỉnh Lam Sơn Đỗ Minh Khoa và ông Phan Anh Vũ, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Minh Đức "
            "ký thỏa thuận phát triển hạ tầng số cho các xã vùng cao.\n",
            [("ORG", "UBND tỉnh Lam Sơn", []), ("PER", "Đỗ Minh Khoa", []), ("PER", "Phan Anh Vũ", []), ("ORG", "Tập đoàn Minh Đức", [])])
    c = r.find("hạ tầng số cho các xã")
    assert r.name(c.actor) == "UBND tỉnh Lam Sơn" and r.name(c.partner) == "Tập đoàn Minh Đức"


def test_a_name_counted_like_a_thing_is_no_context_for_a_subjectless_directive():
    # `nộp một USB`: a name after `một` is an object counted like a thing; the subjectless directive after it
    # takes the body the story is about
    r = run("Ngày 3/3, TAND huyện Lam Sơn mở phiên tòa xét xử vụ tranh chấp đất đai.\n\n"
            "Tại tòa, người bào chữa nộp một USB ghi âm cuộc gọi giữa hai bên.\n\n"
            "Trong đó, yêu cầu giám định nội dung ghi âm trong 10 ngày.\n",
            [("ORG", "TAND huyện Lam Sơn", []), ("ORG", "USB", [])])
    assert r.name(r.find("giám định nội dung ghi âm").actor) == "TAND huyện Lam Sơn"


def test_a_member_of_a_companys_board_speaks_for_the_company():
    # `ông A, thành viên Ban điều hành X`: no title word, yet the apposition names the body he represents
    r = run("Ông Kenji Mori, thành viên Ban điều hành Tập đoàn Minh Đức, cảm ơn lãnh đạo tỉnh Lam Sơn đã đón tiếp đoàn.\n\n"
            "Ông Kenji Mori cũng đề nghị UBND tỉnh Lam Sơn hỗ trợ giải phóng mặt bằng cho khu công nghiệp trước tháng 6.\n",
            [("PER", "Kenji Mori", []), ("ORG", "Tập đoàn Minh Đức", []), ("LOC", "Lam Sơn", []), ("ORG", "UBND tỉnh Lam Sơn", [])])
    c = r.find("giải phóng mặt bằng")
    assert r.name(c.actor) == "Tập đoàn Minh Đức" and r.name(c.person) == "Kenji Mori"


def test_ong_opening_a_sentence_is_who_opened_the_clause_before_not_whom_he_met():
    # `A gặp B. Ông đề nghị …`: the pronoun continues the subject, not the person met (named later, nearer)
    r = run("Chiều 2/3, Chủ tịch Hội đồng Lê Văn Hải đã có cuộc gặp với Thị trưởng Pieter Jansen tại thủ đô.\n\n"
            "Ông đề nghị hai bên mở thêm đường bay thẳng trong năm tới.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Pieter Jansen", [])])
    assert r.name(r.find("mở thêm đường bay thẳng").actor) == "Lê Văn Hải"


def test_a_head_noun_after_two_sentences_without_names_is_the_latest_body_not_the_most_named():
    # `ngân hàng` with no bank in the last two sentences: the one the paragraph was about, not the most frequent
    r = run("Ngân hàng Hòa Phong chốt danh sách cổ đông vào ngày 18/3.\n\n"
            "Ngân hàng Hòa Phong phát hành 2 tỷ cổ phiếu trả cổ tức.\n\n"
            "Ngân hàng Hòa Phong trả cổ tức bằng cổ phiếu lần thứ ba.\n\n"
            "Ngân hàng Minh Đức cũng công bố ngày đăng ký cuối cùng là 20/3.\n\n"
            "Nguồn phát hành lấy từ lợi nhuận giữ lại các năm trước.\n\n"
            "Tỷ lệ phát hành là 6,5%.\n\n"
            "Ngân hàng cho biết phần vốn mới dự kiến dùng để nâng cấp hạ tầng công nghệ.\n",
            [("ORG", "Ngân hàng Hòa Phong", []), ("ORG", "Ngân hàng Minh Đức", [])])
    assert r.name(r.find("nâng cấp hạ tầng công nghệ").actor) == "Ngân hàng Minh Đức"


def test_the_title_written_with_the_speakers_name_is_the_body_he_speaks_for():
    # a person given two titles earlier speaks, in this sentence, with one of them: that body, not his last role
    r = run("Sáng 3/3, ông Đỗ Minh Khoa, Chủ tịch UBND tỉnh Lam Sơn, Phó Bí thư Tỉnh ủy Lam Sơn làm việc với Tập đoàn Minh Đức.\n\n"
            "Chủ tịch UBND tỉnh Lam Sơn Đỗ Minh Khoa mong muốn Tập đoàn Minh Đức sớm khởi công nhà máy điện mặt trời trong quý II.\n",
            [("PER", "Đỗ Minh Khoa", []), ("ORG", "UBND tỉnh Lam Sơn", []), ("ORG", "Tỉnh ủy Lam Sơn", []), ("ORG", "Tập đoàn Minh Đức", [])])
    c = r.find("khởi công nhà máy điện mặt trời")
    assert r.name(c.actor) == "UBND tỉnh Lam Sơn" and r.name(c.person) == "Đỗ Minh Khoa"


def test_the_name_after_a_verb_of_partnering_is_the_partner_not_the_investor():
    # `A hợp tác B đầu tư …` (a headline's serial verbs): B is whom A partners with; A acts
    r = run("Công ty Hòa Phong hợp tác Hiệp hội Doanh nghiệp Lam Sơn đầu tư cụm công nghiệp chế biến nông sản\n\n"
            "Hai đơn vị trao đổi về nhu cầu mặt bằng của hội viên.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Hiệp hội Doanh nghiệp Lam Sơn", [])])
    c = r.find("cụm công nghiệp chế biến")
    assert r.name(c.actor) == "Công ty Hòa Phong" and r.name(c.partner) == "Hiệp hội Doanh nghiệp Lam Sơn"


def test_the_body_whose_approval_a_plan_waits_for_is_no_context_for_the_next_plan():
    # `… sau khi được X chấp thuận.` names who approves; the next subjectless plan is still the issuer's
    r = run("Công ty Hòa Phong sẽ phát hành 20 triệu cổ phiếu thưởng cho cổ đông hiện hữu.\n\n"
            "Đợt phát hành thực hiện trong quý III sau khi được Sở Giao dịch Lam Sơn phê duyệt.\n\n"
            "Dự kiến sau đợt phát hành, vốn điều lệ của Công ty Hòa Phong sẽ tăng lên 900 tỷ đồng.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Sở Giao dịch Lam Sơn", [])])
    assert r.name(r.find("vốn điều lệ").actor) == "Công ty Hòa Phong"


def test_places_listed_after_a_business_noun_say_whose_investors_not_who_signs():
    # `A và các nhà đầu tư X, Y ký …`: the places qualify the investors; A, the first-named party, acts
    r = run("Chiều 3/3, Tập đoàn Hòa Phong và các nhà đầu tư Hòa Lan, Việt Nam ký kết hợp tác xây dựng cảng cạn tại Lam Sơn.\n",
            [("ORG", "Tập đoàn Hòa Phong", []), ("LOC", "Hòa Lan", []), ("LOC", "Việt Nam", []), ("LOC", "Lam Sơn", [])])
    assert r.name(r.find("xây dựng cảng cạn").actor) == "Tập đoàn Hòa Phong"
