"""Commitments, sixth session: precision gates and actors that fresh unlabelled news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- precision gates -------------------------------------------------------------

def test_a_list_of_bodies_read_on_after_a_trigger_word_is_no_undertaking():
    # `Tổng công ty đầu tư thủy lợi …`: a name in lower case; the trigger inside it opens a series of names
    r = run("Văn phòng của Tổng công ty Hòa Bình đặt ở Lam Sơn.\n\nBảy đơn vị được khen vì chi tiêu đúng hạn: "
            "Ngân hàng Chính sách; Tổng công ty đầu tư thủy lợi Hòa Bình; Bộ Tư pháp; Bộ Công an; TP Lam Sơn; Hà Giang; Cao Bằng.\n",
            [("ORG", "Tổng công ty Hòa Bình", []), ("ORG", "Ngân hàng Chính sách", []), ("ORG", "Bộ Tư pháp", []), ("ORG", "Bộ Công an", []),
             ("LOC", "Lam Sơn", []), ("LOC", "Hà Giang", []), ("LOC", "Cao Bằng", [])])
    assert [c.text for c in r.commitments if c.text.strip(" ;.") in ("Bộ Tư pháp", "Bộ Công an", "TP Lam Sơn", "Hà Giang", "Cao Bằng")] == []


def test_a_proposal_word_before_cua_is_a_noun_of_someone_else():
    r = run("Chiều qua, HĐND tỉnh Hòa Bình xem xét các đề xuất, kiến nghị của doanh nghiệp về thuế đất.\n",
            [("ORG", "HĐND tỉnh Hòa Bình", [])])
    assert r.commitments == []


def test_an_event_described_by_who_presided_over_it_is_no_responsibility():
    r = run("Buổi lễ trao giải do Bộ trưởng Lê Minh Tâm chủ trì, kéo dài hơn hai tiếng.\n",
            [("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_presiding_on_the_day_of_publication_reports_the_event_held():
    r = run("Chiều 1/3 tại nhà thi đấu tỉnh, Sở Văn hóa Hòa Bình chủ trì buổi giao lưu nghệ nhân cùng Hội Nông dân tỉnh.\n",
            [("ORG", "Sở Văn hóa Hòa Bình", []), ("ORG", "Hội Nông dân", [])])
    assert [c for c in r.commitments if c.trigger == "chủ trì"] == []


def test_presiding_ahead_is_still_a_responsibility():
    r = run("Ngày 15/3, Bộ Giáo dục sẽ chủ trì, phối hợp với các tỉnh rà soát đội ngũ giáo viên.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert r.name(r.find("rà soát đội ngũ giáo viên").actor) == "Bộ Giáo dục"


def test_what_something_will_be_regarded_as_is_no_undertaking():
    r = run("Bộ Giáo dục ra thông báo mới. Hồ sơ gửi qua bưu điện sau ngày 30/8 sẽ được xem là nộp muộn.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert [c for c in r.commitments if "nộp muộn" in c.text] == []


def test_giao_inside_ngoai_giao_assigns_nothing():
    r = run("Sáng qua, tân Bộ trưởng Ngoại giao Lê Văn Hải tiếp đoàn sinh viên Hòa Lan tại trụ sở bộ.\n",
            [("PER", "Lê Văn Hải", []), ("LOC", "Hòa Lan", [])])
    assert r.commitments == []


# ---- actors ----------------------------------------------------------------------

def test_a_title_with_its_qualifier_before_a_name_is_a_subject():
    r = run("Sau buổi kiểm tra, Thứ trưởng Thường trực Lê Văn Hải yêu cầu nhà thầu thi công cầu Bến Mới ba ca mỗi ngày.\n",
            [("PER", "Lê Văn Hải", [])])
    assert r.name(r.find("cầu Bến Mới").actor) == "Lê Văn Hải"


def test_first_person_after_khong_chi_in_a_quote_is_the_speakers_organisation():
    r = run("Gặp gỡ công nhân đầu xuân, ông Trần Minh An, Chủ tịch Tập đoàn Sao Mai, nói: “Chúng tôi không chỉ "
            "hướng tới tăng doanh thu mà còn mở thêm thị trường”.\n",
            [("PER", "Trần Minh An", []), ("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("tăng doanh thu")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and r.name(c.person) == "Trần Minh An"


def test_hai_nha_lanh_dao_paragraphs_after_the_meeting_are_its_first_party():
    r = run("Bộ trưởng Lê Văn Hải gặp trực tuyến Bộ trưởng Kim Ha Neul\n\n"
            "Chiều qua, Bộ trưởng Lê Văn Hải gặp trực tuyến Bộ trưởng Kim Ha Neul. Ông Kim Ha Neul gửi lời chúc Tết. "
            "Ông kể về chuyến đi năm 2019. Cả hai ôn lại một trận bóng đá. "
            "Cuối buổi, hai nhà lãnh đạo nhất trí mở thêm học bổng cho sinh viên.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Kim Ha Neul", [])])
    assert r.name(r.find("học bổng cho sinh viên").actor) == "Lê Văn Hải"


def test_hai_ben_after_a_pair_named_under_the_headline_is_its_first_party():
    r = run("Hòa Lan bắt tay Gyeonggi làm du lịch\n\nMột văn kiện hữu nghị giữa TP. Hòa Lan và tỉnh Gyeonggi vừa ra đời. "
            "Khách đi xem cảng cá. Họ khen món bún chả. Trời mưa suốt buổi chiều. "
            "Trước lúc chia tay, lãnh đạo hai bên nhất trí mở đường bay thẳng.\n",
            [("LOC", "Hòa Lan", ["TP. Hòa Lan"]), ("LOC", "Gyeonggi", [])])
    assert r.name(r.find("mở đường bay thẳng").actor) == "Hòa Lan"


def test_a_project_that_undergoes_the_act_is_its_investors():
    r = run("Khu nghỉ dưỡng ven hồ có hai nhà đầu tư gồm Tập đoàn Sông Hồng, Công ty Hải Âu. "
            "Theo hồ sơ, dự án được xây dựng làm hai đợt, xong năm 2030.\n",
            [("ORG", "Tập đoàn Sông Hồng", []), ("ORG", "Công ty Hải Âu", [])])
    assert r.name(r.find("làm hai đợt").actor) == "Tập đoàn Sông Hồng"


def test_with_no_investor_cue_the_project_is_the_builders():
    r = run("Tập đoàn Sao Mai khởi công nhà máy pin tại Hòa Lan. Nhà máy dự kiến tuyển 500 kỹ sư vào năm 2027.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("tuyển 500 kỹ sư").actor) == "Tập đoàn Sao Mai"


def test_a_headline_naming_an_event_of_a_body_before_its_colon_is_that_bodys():
    r = run("Đại hội đồng cổ đông Hàng không Sao Mai: Phấn đấu mở 12 đường bay mới trong năm 2026\n\n"
            "Cổ đông của Hàng không Sao Mai họp thường niên vào ngày 20/2.\n",
            [("ORG", "Hàng không Sao Mai", [])])
    c = r.find("12 đường bay mới")
    assert r.name(c.actor) == "Hàng không Sao Mai" and c.rule.endswith("/headline-topic")


def test_a_name_closing_a_title_phrase_after_va_is_the_second_party():
    r = run("Sau hai giờ làm việc, Chủ tịch Quốc hội Lê Văn Hải và Chủ tịch Thượng viện Hòa Lan nhất trí mở lớp tập huấn cho nghị sĩ trẻ.\n",
            [("ORG", "Quốc hội", []), ("PER", "Lê Văn Hải", []), ("LOC", "Hòa Lan", [])])
    c = r.find("lớp tập huấn")
    assert r.name(c.actor) in ("Quốc hội", "Lê Văn Hải") and r.name(c.partner) == "Hòa Lan"


def test_names_after_a_comitative_cung_are_partners_not_the_subject():
    r = run("Về phần mình, Việt Nam sẵn lòng cùng lãnh đạo Hòa Lan chỉ đạo các bộ sớm ký hiệp định thương mại.\n",
            [("LOC", "Việt Nam", []), ("LOC", "Hòa Lan", [])])
    assert all(r.name(c.actor) != "Hòa Lan" for c in r.commitments)


def test_a_listed_item_whose_subject_performs_the_dated_ceremony_again_is_reported():
    r = run("Ngày 1/3, Tập đoàn Sao Mai khởi công hai nhà máy, một ở Hòa Lan, một ở Hà Giang.\n"
            "Hai công trình có tổng vốn 5.000 tỷ đồng.\n"
            "Ở Hòa Lan, Tập đoàn Sao Mai khởi công nhà máy pin chia làm ba phân khu: Khu sản xuất cell pin; "
            "Khu nghiên cứu vật liệu; Khu thử nghiệm.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hòa Lan", []), ("LOC", "Hà Giang", [])])
    assert [c.text for c in r.commitments if c.rule.endswith("/series") and "khởi công nhà máy pin" in c.text] == []


# ---- actors outside the subject slot ------------------------------------------------

def test_a_pledge_noun_after_a_verb_of_stating_is_its_owners():
    r = run("Việc mở thêm xưởng ở miền núi cho thấy cam kết gắn bó lâu năm của Tập đoàn Sao Mai với người lao động.\n",
            [("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("gắn bó lâu năm")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and c.rule.endswith("/noun-owner")


def test_a_pledge_noun_owned_by_a_word_for_the_province():
    r = run("Tiếp đoàn doanh nhân, UBND tỉnh Hòa Lan nhấn mạnh quyết tâm cao nhất của địa phương "
            "về cải thiện môi trường kinh doanh.\n",
            [("ORG", "UBND tỉnh Hòa Lan", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("môi trường kinh doanh").actor) == "UBND tỉnh Hòa Lan"


def test_a_name_that_is_one_of_the_bodies_committing():
    r = run("Công ty Hải Âu là một trong các doanh nghiệp cam kết giảm phát thải 30% vào năm 2030.\n",
            [("ORG", "Công ty Hải Âu", [])])
    c = r.find("giảm phát thải")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.rule.endswith("/member")


def test_a_name_said_to_be_something_else_is_no_member():
    r = run("Năm nay, Hòa Lan là tấm gương tiêu biểu cam kết giảm thủ tục hành chính.\n", [("LOC", "Hòa Lan", [])])
    assert r.commitments == []


def test_a_ticker_in_brackets_with_a_semicolon_does_not_cut_off_the_name():
    r = run("Ngân hàng thương mại cổ phần Sao Mai (mã CK: SMB; sàn: HOSE) vừa công bố kế hoạch mở 20 chi nhánh ở miền Trung.\n",
            [("ORG", "Ngân hàng thương mại cổ phần Sao Mai", [])])
    assert r.name(r.find("mở 20 chi nhánh").actor) == "Ngân hàng thương mại cổ phần Sao Mai"


def test_a_count_of_things_to_be_done_is_a_plan():
    r = run("Hòa Lan: Dự kiến có hơn 25 cây cầu dân sinh được xây mới trước mùa lũ\n\nMưa lớn kéo dài ở Hòa Lan.\n",
            [("LOC", "Hòa Lan", [])])
    c = r.find("25 cây cầu")
    assert r.name(c.actor) == "Hòa Lan" and c.kind == "plan"


def test_an_alliance_just_signed_is_its_first_party():
    r = run("Thỏa thuận hợp tác giữa Công ty Hải Âu và Tập đoàn Sao Mai vừa được ký kết tại Hà Giang. "
            "Liên minh hướng tới cung cấp giải pháp AI cho doanh nghiệp.\n",
            [("ORG", "Công ty Hải Âu", []), ("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hà Giang", [])])
    assert r.name(r.find("giải pháp AI").actor) == "Công ty Hải Âu"


# ---- headlines -----------------------------------------------------------------------

def test_a_headline_verb_after_the_actors_name_states_the_main_undertaking():
    r = run("Công ty Sao Mai tăng tốc hoàn thành nhà máy pin trong năm 2026\n\nNăm nay, Công ty Sao Mai đạt doanh thu 900 tỷ đồng.\n",
            [("ORG", "Công ty Sao Mai", [])])
    c = r.find("hoàn thành nhà máy pin")
    assert r.name(c.actor) == "Công ty Sao Mai" and c.rule == "plan:tăng tốc/headline-subject" and c.start == 0


def test_a_province_headline_quyet_before_an_action_is_its_pledge():
    r = run("Hòa Lan quyết phủ sóng 5G trên toàn tỉnh\n\nTỉnh có 120 trạm phát sóng.\n", [("LOC", "Hòa Lan", [])])
    assert r.name(r.find("phủ sóng 5G").actor) == "Hòa Lan"


def test_quyet_dinh_and_tinh_toan_in_a_headline_are_other_words():
    r = run("Công ty Sao Mai quyết định thoái vốn khỏi Hải Âu\n\nCông ty Sao Mai tính toán lại chi phí vận hành.\n",
            [("ORG", "Công ty Sao Mai", []), ("ORG", "Hải Âu", [])])
    assert [c for c in r.commitments if c.rule.endswith("/headline-subject")] == []


def test_a_headline_verb_in_the_body_is_no_commitment():
    r = run("Tin doanh nghiệp\n\nCông ty Sao Mai tăng tốc hoàn thành nhà máy pin.\n", [("ORG", "Công ty Sao Mai", [])])
    assert r.commitments == []


def test_a_bare_title_that_spoke_before_the_comma_proposes_after_it():
    r = run("Thủ tướng Lê Văn Hải tiếp Thủ tướng Hòa Lan Kim Ha Neul. Thủ tướng Lê Văn Hải đề nghị hai bên mở thêm đường bay. "
            "Thủ tướng nói rõ vai trò của giáo dục, đề nghị hai bên sớm mở phân hiệu đào tạo chung.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Kim Ha Neul", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("phân hiệu đào tạo chung").actor) == "Lê Văn Hải"


def test_a_name_after_voi_before_va_is_whom_the_subject_met_not_who_pledges():
    r = run("Hôm qua, Bộ trưởng Kim Ha Neul ăn trưa với Thứ trưởng, Tổng cục trưởng Lê Văn Hải và cam kết "
            "sẽ hỗ trợ thiết bị cho các cảng cá Việt Nam.\n",
            [("PER", "Kim Ha Neul", []), ("PER", "Lê Văn Hải", []), ("LOC", "Việt Nam", [])])
    assert r.name(r.find("hỗ trợ thiết bị").actor) == "Kim Ha Neul"
