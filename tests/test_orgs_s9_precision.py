"""Organisations on unseen news, ninth pass: precision. A word in capitals is an
organisation only when its article does not write it as a thing (a noun naming it, a
definition by words no organisation opens, a ticker) or gives evidence of an organisation
(a head, a title, a definition, a list of companies). Sentences written for these tests,
with invented names."""

from __future__ import annotations

from c4ir_kb.kb.extract_only import extract_articles
from c4ir_kb.sources.reader import make_article
from tests.test_orgs_s7 import run, surfaces


def orgs(r) -> set[str]:
    return surfaces(r, "ORG")


def listed_orgs(text: str) -> set[str]:
    """The organisations the article object lists (what `extract` prints and the scorer reads)."""
    [(_, obj)] = list(extract_articles([make_article(text, "t.txt")]))
    return {o["name"] for o in obj["organisations"]}


# an acronym written as a thing is no organisation


def test_an_acronym_named_by_a_lower_case_noun_is_a_thing():
    r = run("Từ tháng sau, các trạm nạp ở Bình Phước sẽ ngừng bán khí QBX cho xe tải.")
    assert "QBX" not in orgs(r)


def test_a_code_named_by_a_noun_for_a_road_is_no_organisation():
    r = run("Tang vật được giấu trong bụi cây ven đường K7 gần cầu Sắt.")
    assert "K7" not in orgs(r)


def test_an_acronym_defined_in_parentheses_by_words_no_organisation_opens_is_a_term():
    r = run("Hai bên đã ký hợp đồng Phân chia lợi nhuận khai thác (PLK, Lô 7) với thời hạn 20 năm.")
    assert "PLK" not in orgs(r)


def test_a_ticker_after_ma_with_no_company_to_link_is_a_code():
    r = run("Năm nay, cổ phiếu viễn thông (mã: VQR) được nhà đầu tư ngoại mua ròng.")
    assert "VQR" not in orgs(r)


def test_a_ticker_after_a_companys_short_name_in_parentheses_is_no_second_organisation():
    # (the short name and the ticker are the company's aliases: one organisation is listed)
    assert listed_orgs("Năm nay, Công ty Viễn thông Sao Mai (Sao Mai Telecom, mã: VQR) sẽ chia cổ tức 15%.") == {"Sao Mai Telecom"}


def test_the_lower_case_words_of_a_capitalised_name_do_not_make_a_thing_of_it():
    r = run("Sáng nay, Hội nghị Thượng đỉnh KRV mở rộng khai mạc tại thủ đô của Lào.")
    assert "KRV" in orgs(r)


# an acronym with evidence of an organisation stays one


def test_an_acronym_listed_with_companies_stays_an_organisation():
    r = run("Từ trái sang, đại diện Vietcombank, BIDV, TLQ và Công ty Cổ phần Cảng Hòa Lộc ký thỏa thuận.")
    assert "TLQ" in orgs(r)


def test_an_acronym_after_a_noun_for_a_kind_of_company_stays_an_organisation():
    r = run("Tuần trước, hãng QMX đã nhận thêm ba tàu container cỡ lớn.")
    assert "QMX" in orgs(r)


def test_an_acronym_defined_after_an_organisations_name_stays_one():
    r = run("Dự án được Ngân hàng Tái thiết Bắc Âu (NRB) cho vay 200 triệu USD.")
    assert "NRB" in orgs(r)


def test_an_acronym_with_no_sign_either_way_is_left_as_read():
    r = run("Sau nhiều tháng đàm phán, XKL chính thức rút khỏi thị trường Đông Nam Á.")
    assert "XKL" in orgs(r)


# an acronym defined by a common noun phrase, even one that opens with a head word


def test_an_acronym_defined_by_a_lower_case_phrase_opening_with_a_head_word_is_a_common_noun():
    r = run("Bộ Tài chính đề nghị các công ty chứng khoán (CTCK) rà soát danh mục. Nhiều CTCK đã gửi báo cáo trong tuần.")
    assert "CTCK" not in orgs(r)


def test_an_acronym_defined_by_a_capitalised_head_phrase_stays_a_body():
    r = run("Sáng nay, Ủy ban nhân dân (UBND) tỉnh Lâm Hà họp bàn kế hoạch; UBND giao các sở triển khai ngay.")
    assert any(o.startswith("UBND") or o.startswith("Ủy ban") for o in orgs(r))


# a body named inside an event's name


def test_a_body_named_only_inside_a_congress_name_is_no_organisation_of_the_article():
    text = "Sáng 9/10, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ III khai mạc tại hội trường mới của tỉnh."
    assert not any(o.startswith("Đảng bộ") for o in listed_orgs(text))


def test_a_body_that_acts_outside_the_event_name_is_listed():
    text = "Đảng bộ tỉnh Lạng Sơn tổ chức Đại hội lần thứ III. Trước đó, Đại hội Đảng bộ tỉnh Lạng Sơn đã bầu Ban Chấp hành mới."
    assert any(o.startswith("Đảng bộ tỉnh Lạng Sơn") for o in listed_orgs(text))


# a photo credit written without its colon


def test_a_credit_closing_a_caption_line_without_a_colon_is_no_organisation():
    text = "Công nhân lắp đặt tấm pin trên mái nhà xưởng mới. Ảnh BTQ\nTheo kế hoạch, nhà xưởng sẽ vận hành từ tháng 9."
    assert "BTQ" not in orgs(run(text))



def test_an_acronym_defined_after_an_agreements_name_is_no_organisation():
    r = run("Từ năm 2019, Việt Nam tham gia Hiệp định Đối tác Kinh tế Xuyên Đại dương (PTXD) cùng chín nước khác.")
    assert "PTXD" not in orgs(r)


def test_an_acronym_after_a_noun_of_a_relation_is_its_owner_and_stays_an_organisation():
    r = run("Trao đổi với báo chí, lãnh đạo QVT cho biết doanh nghiệp sẽ mở thêm hai nhà máy.")
    assert "QVT" in orgs(r)


def test_an_acronym_defined_after_a_name_joined_by_phong_chong_keeps_its_evidence():
    # `phòng, chống` is one term of official names: its comma ends no clause, so the
    # parenthesis still follows words a body's head opens
    r = run("Ông Lê Văn Tám, đại diện Cục Kiểm lâm và phòng, chống cháy rừng (KL9), cho biết đơn vị sẽ tăng cường tuần tra.")
    assert "KL9" in orgs(r)
