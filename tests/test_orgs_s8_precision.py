"""Organisation precision, round s8: what is wrongly listed as an organisation (codes,
common nouns written as acronyms, abbreviated titles, substances). One phenomenon per
test; the sentences are written for these tests, with invented names."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def orgs(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "ORG"}


def test_a_code_after_a_tender_or_contract_noun_is_no_organisation():
    r = run("Công ty Cổ phần Xây lắp Hoàng Phố vừa ký hợp đồng EPC cho gói thầu XL02 của nhà máy nước Tân Lũy.")
    assert not {"EPC", "XL02"} & orgs(r)
    assert "Công ty Cổ phần Xây lắp Hoàng Phố" in orgs(r)


def test_a_code_after_the_word_for_code_is_no_organisation():
    r = run("Cổ phiếu mã KVT của Công ty Cổ phần Thủy sản Kim Vân tăng trần trong phiên sáng nay.")
    assert "KVT" not in orgs(r)


def test_an_abbreviated_title_is_no_organisation():
    r = run("Trong thư gửi các sở, UVTW Đảng, Bí thư Tỉnh ủy Lò Văn Tường yêu cầu rà soát lại kế hoạch.")
    assert "UVTW" not in orgs(r)


def test_an_item_of_a_list_of_substances_is_no_organisation():
    r = run("Lò đốt mới của Công ty Môi trường Xanh Lạc Sơn giảm mạnh lượng SO2, NOx, PM 10 thải ra mỗi ngày.")
    assert not any(n.startswith("PM") for n in orgs(r))


def test_a_device_written_as_an_acronym_is_no_organisation():
    r = run("Luật sư nộp cho tòa một USB chứa các đoạn ghi âm cuộc gọi giữa hai bên.")
    assert "USB" not in orgs(r)


def test_a_company_named_in_latin_script_beside_those_words_stays():
    r = run("Theo hợp đồng, Lumora Technology sẽ bàn giao phần mềm cho khách hàng vào quý III.")
    assert "Lumora Technology" in orgs(r)


def test_a_body_written_inside_a_party_title_is_part_of_the_title():
    r = run("Bà Lò Thị Hoa cho biết các Ủy viên Trung ương Đảng sẽ về làm việc với tỉnh vào tháng sau.")
    assert not any("Trung ương" in n for n in orgs(r))


def test_the_central_committee_named_as_such_stays_an_organisation():
    r = run("Ban Chấp hành Trung ương Đảng đã thảo luận dự thảo báo cáo trong ba ngày.")
    assert any("Trung ương Đảng" in n for n in orgs(r))


def test_a_level_word_after_a_common_noun_is_no_body():
    r = run("Buổi gặp mặt quy tụ nhiều Ủy viên Trung ương Đảng, đại diện các đoàn thể Trung ương cùng Công ty Điện lực Hòa Sơn.")
    assert not any("Trung ương" in n for n in orgs(r))
    assert "Công ty Điện lực Hòa Sơn" in orgs(r)


def places(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "LOC"}


def test_a_hi_tech_park_after_a_locative_preposition_is_a_place():
    r = run("Sau ba năm làm kỹ sư tại Khu công nghệ cao Bình Nguyên, chị Lò Thị Hoa chuyển về quê mở xưởng riêng.")
    assert "Khu công nghệ cao Bình Nguyên" in places(r)
    assert "Khu công nghệ cao Bình Nguyên" not in orgs(r)


def test_a_hi_tech_park_that_acts_stays_the_body_that_runs_it():
    r = run("Khu công nghệ cao Bình Nguyên đã ký thỏa thuận hợp tác đào tạo kỹ sư với ba trường đại học.")
    assert "Khu công nghệ cao Bình Nguyên" in orgs(r)
