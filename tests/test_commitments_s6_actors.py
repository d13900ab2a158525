"""Commitments, sixth session: precision gates and actors that fresh unlabelled news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- precision gates -------------------------------------------------------------

def test_a_list_of_bodies_read_on_after_a_trigger_word_is_no_undertaking():
    # `Tổng công ty đầu tư phát triển …`: a name in lower case; the trigger inside it opens a series of names
    r = run("Tổng công ty Hòa Bình có trụ sở tại Lam Sơn.\n\nCó 3 bộ và 4 địa phương giải ngân vượt kế hoạch, gồm: "
            "Ngân hàng Chính sách; Tổng công ty đầu tư phát triển đường sắt Hòa Bình; Bộ Tư pháp; Bộ Công an; TP Lam Sơn; Hà Giang; Cao Bằng.\n",
            [("ORG", "Tổng công ty Hòa Bình", []), ("ORG", "Ngân hàng Chính sách", []), ("ORG", "Bộ Tư pháp", []), ("ORG", "Bộ Công an", []),
             ("LOC", "Lam Sơn", []), ("LOC", "Hà Giang", []), ("LOC", "Cao Bằng", [])])
    assert [c.text for c in r.commitments if c.text.strip(" ;.") in ("Bộ Tư pháp", "Bộ Công an", "TP Lam Sơn", "Hà Giang", "Cao Bằng")] == []


def test_a_proposal_word_before_cua_is_a_noun_of_someone_else():
    r = run("Tại kỳ họp, HĐND tỉnh Hòa Bình nghe báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp.\n",
            [("ORG", "HĐND tỉnh Hòa Bình", [])])
    assert r.commitments == []


def test_an_event_described_by_who_presided_over_it_is_no_responsibility():
    r = run("Hội nghị do Phó Thủ tướng Lê Minh Tâm chủ trì, được tổ chức trực tuyến tới 34 tỉnh, thành phố.\n",
            [("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_presiding_on_the_day_of_publication_reports_the_event_held():
    r = run("Sáng 1/3, Bộ Giáo dục chủ trì, phối hợp với Đài Truyền hình Hòa Bình tổ chức lễ khai giảng các trường nội trú.\n",
            [("ORG", "Bộ Giáo dục", []), ("ORG", "Đài Truyền hình Hòa Bình", [])])
    assert [c for c in r.commitments if c.trigger == "chủ trì"] == []


def test_presiding_ahead_is_still_a_responsibility():
    r = run("Ngày 15/3, Bộ Giáo dục sẽ chủ trì, phối hợp với các tỉnh rà soát đội ngũ giáo viên.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert r.name(r.find("rà soát đội ngũ giáo viên").actor) == "Bộ Giáo dục"


def test_what_something_will_be_regarded_as_is_no_undertaking():
    r = run("Bộ Giáo dục công bố lịch tuyển sinh. Nếu không xác nhận trước ngày 30/8, thí sinh sẽ được coi là từ chối nhập học.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert [c for c in r.commitments if "từ chối nhập học" in c.text] == []


def test_giao_inside_ngoai_giao_assigns_nothing():
    r = run("Bộ trưởng Ngoại giao Lê Văn Hải điện đàm với Bộ trưởng Ngoại giao nước Hòa Lan.\n",
            [("PER", "Lê Văn Hải", []), ("LOC", "Hòa Lan", [])])
    assert r.commitments == []


# ---- actors ----------------------------------------------------------------------

def test_a_title_with_its_qualifier_before_a_name_is_a_subject():
    r = run("Thứ trưởng Thường trực Lê Văn Hải đề nghị hai bên đẩy nhanh tiến độ dự án đường sắt.\n",
            [("PER", "Lê Văn Hải", [])])
    assert r.name(r.find("đẩy nhanh tiến độ").actor) == "Lê Văn Hải"


def test_first_person_after_khong_chi_in_a_quote_is_the_speakers_organisation():
    r = run("Ông Trần Minh An, Chủ tịch Tập đoàn Sao Mai, khẳng định: “Năm nay khó khăn, nhưng chúng tôi không chỉ "
            "hướng tới hoàn thành kế hoạch mà còn vượt kế hoạch”.\n",
            [("PER", "Trần Minh An", []), ("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("hoàn thành kế hoạch")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and r.name(c.person) == "Trần Minh An"


def test_hai_nha_lanh_dao_paragraphs_after_the_meeting_are_its_first_party():
    r = run("Bộ trưởng Lê Văn Hải điện đàm với Bộ trưởng Kim Ha Neul\n\n"
            "Bộ trưởng Lê Văn Hải điện đàm với Bộ trưởng Kim Ha Neul. Ông Kim Ha Neul cảm ơn lời chúc mừng. "
            "Ông bày tỏ vui mừng lần đầu được trao đổi. Hai ông nhắc lại kỷ niệm năm 2020. "
            "Tại cuộc điện đàm, hai nhà lãnh đạo nhất trí tăng cường trao đổi đoàn cấp cao.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Kim Ha Neul", [])])
    assert r.name(r.find("tăng cường trao đổi đoàn").actor) == "Lê Văn Hải"


def test_hai_ben_after_a_pair_named_under_the_headline_is_its_first_party():
    r = run("Hòa Lan và Gyeonggi thúc đẩy hợp tác\n\nKý kết biên bản ghi nhớ giữa TP. Hòa Lan và tỉnh Gyeonggi. "
            "Đoàn đã thăm khu công nghệ cao. Khách mời đánh giá cao môi trường đầu tư. Buổi tiếp diễn ra thân mật. "
            "Nhằm thúc đẩy phát triển bền vững, lãnh đạo hai bên nhất trí mở đường bay thẳng.\n",
            [("LOC", "Hòa Lan", ["TP. Hòa Lan"]), ("LOC", "Gyeonggi", [])])
    assert r.name(r.find("mở đường bay thẳng").actor) == "Hòa Lan"


def test_a_project_that_undergoes_the_act_is_its_investors():
    r = run("Dự án do ba nhà đầu tư gồm Tập đoàn Sông Hồng, Công ty Hải Âu thực hiện. "
            "Dự án được triển khai qua 2 giai đoạn, hoàn thành năm 2030.\n",
            [("ORG", "Tập đoàn Sông Hồng", []), ("ORG", "Công ty Hải Âu", [])])
    assert r.name(r.find("qua 2 giai đoạn").actor) == "Tập đoàn Sông Hồng"


def test_with_no_investor_cue_the_project_is_the_builders():
    r = run("Tập đoàn Sao Mai khởi công nhà máy pin tại Hòa Lan. Nhà máy dự kiến tuyển 500 kỹ sư vào năm 2027.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("tuyển 500 kỹ sư").actor) == "Tập đoàn Sao Mai"


def test_a_headline_naming_an_event_of_a_body_before_its_colon_is_that_bodys():
    r = run("Đại hội đồng cổ đông Hàng không Sao Mai: Hướng đến doanh thu kỷ lục năm 2026\n\n"
            "Ngày 20/2, Hàng không Sao Mai tổ chức đại hội cổ đông thường niên.\n",
            [("ORG", "Hàng không Sao Mai", [])])
    c = r.find("doanh thu kỷ lục")
    assert r.name(c.actor) == "Hàng không Sao Mai" and c.rule.endswith("/headline-topic")


def test_a_name_closing_a_title_phrase_after_va_is_the_second_party():
    r = run("Tại hội đàm, Chủ tịch Quốc hội Lê Văn Hải và Chủ tịch Hạ viện Hòa Lan nhất trí tăng cường trao đổi đoàn.\n",
            [("ORG", "Quốc hội", []), ("PER", "Lê Văn Hải", []), ("LOC", "Hòa Lan", [])])
    c = r.find("tăng cường trao đổi đoàn")
    assert r.name(c.actor) in ("Quốc hội", "Lê Văn Hải") and r.name(c.partner) == "Hòa Lan"


def test_names_after_a_comitative_cung_are_partners_not_the_subject():
    r = run("Việt Nam luôn coi trọng quan hệ hai nước; sẵn sàng cùng các lãnh đạo Hòa Lan tiếp tục chỉ đạo các ngành mở rộng hợp tác.\n",
            [("LOC", "Việt Nam", []), ("LOC", "Hòa Lan", [])])
    assert all(r.name(c.actor) != "Hòa Lan" for c in r.commitments)


def test_a_listed_item_whose_subject_performs_the_dated_ceremony_again_is_reported():
    r = run("Ngày 1/3, Tập đoàn Sao Mai khởi công hai nhà máy tại Hòa Lan và Hà Giang.\n"
            "Đây là hai dự án chào mừng Đại hội, đồng thời khẳng định cam kết đầu tư dài hạn của Tập đoàn Sao Mai tại các địa phương.\n"
            "Cụ thể, tại Hòa Lan, Tập đoàn Sao Mai khởi công nhà máy pin với ba khu chính là: Khu sản xuất cell pin; "
            "Khu nghiên cứu vật liệu; Khu thử nghiệm.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Hòa Lan", []), ("LOC", "Hà Giang", [])])
    assert [c.text for c in r.commitments if c.rule.endswith("/series") and "khởi công nhà máy pin" in c.text] == []


# ---- actors outside the subject slot ------------------------------------------------

def test_a_pledge_noun_after_a_verb_of_stating_is_its_owners():
    r = run("Đây là hai dự án chào mừng Đại hội, đồng thời khẳng định cam kết đầu tư dài hạn của Tập đoàn Sao Mai tại các địa phương.\n",
            [("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("đầu tư dài hạn")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and c.rule.endswith("/noun-owner")


def test_a_pledge_noun_owned_by_a_word_for_the_province():
    r = run("UBND tỉnh Hòa Lan cho biết lễ khởi công là sự kiện quan trọng, khẳng định cam kết mạnh mẽ của địa phương "
            "trong việc thu hút đầu tư.\n",
            [("ORG", "UBND tỉnh Hòa Lan", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("thu hút đầu tư").actor) == "UBND tỉnh Hòa Lan"


def test_a_name_that_is_one_of_the_bodies_committing():
    r = run("Công ty Hải Âu là một trong các doanh nghiệp cam kết giảm phát thải 30% vào năm 2030.\n",
            [("ORG", "Công ty Hải Âu", [])])
    c = r.find("giảm phát thải")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.rule.endswith("/member")


def test_a_name_said_to_be_something_else_is_no_member():
    r = run("Hòa Lan là điểm sáng của nỗ lực đổi mới và sáng tạo.\n", [("LOC", "Hòa Lan", [])])
    assert r.commitments == []


def test_a_ticker_in_brackets_with_a_semicolon_does_not_cut_off_the_name():
    r = run("Công ty cổ phần Chứng khoán Sao Mai (mã CK: SMC; sàn: HOSE) đang xây dựng kế hoạch phát hành 100 triệu cổ phiếu thưởng.\n",
            [("ORG", "Công ty cổ phần Chứng khoán Sao Mai", [])])
    assert r.name(r.find("phát hành 100 triệu").actor) == "Công ty cổ phần Chứng khoán Sao Mai"


def test_a_count_of_things_to_be_done_is_a_plan():
    r = run("Hòa Lan: Dự kiến có khoảng 40 dự án được khởi công vào ngày 19/3\n\nTỉnh Hòa Lan chuẩn bị lễ khởi công.\n",
            [("LOC", "Hòa Lan", [])])
    c = r.find("40 dự án")
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
    r = run("Thủ tướng Lê Văn Hải gặp Thủ tướng Hòa Lan Kim Ha Neul. Thủ tướng Lê Văn Hải đề nghị hai bên tăng cường trao đổi đoàn. "
            "Thủ tướng nhấn mạnh tầm quan trọng của hợp tác đường sắt, đề nghị hai bên sớm khởi công tuyến đường sắt liên vận.\n",
            [("PER", "Lê Văn Hải", []), ("PER", "Kim Ha Neul", []), ("LOC", "Hòa Lan", [])])
    assert r.name(r.find("tuyến đường sắt liên vận").actor) == "Lê Văn Hải"


def test_a_name_after_voi_before_va_is_whom_the_subject_met_not_who_pledges():
    r = run("Bộ trưởng Kim Ha Neul bày tỏ vui mừng được trao đổi với Phó Thủ tướng, Bộ trưởng Lê Văn Hải và khẳng định "
            "sẽ tiếp tục hợp tác chặt chẽ với phía Việt Nam.\n",
            [("PER", "Kim Ha Neul", []), ("PER", "Lê Văn Hải", []), ("LOC", "Việt Nam", [])])
    assert r.name(r.find("hợp tác chặt chẽ").actor) == "Kim Ha Neul"
