"""What is no organisation however it is written: degrees written together in one word
(`TS.BS`, `PGS.TS.BS`), common nouns written as acronyms.
Sentences written for these tests."""

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def mentions(text: str) -> list[tuple[str, str]]:
    r = extract(Article(id="t", source="t.txt", text=text, content_hash="t"))
    return [(m.type, m.text) for m in r.mentions]


def test_two_degrees_in_one_word_are_a_prefix_not_an_organisation():
    assert mentions("TS.BS Đỗ Văn Lâm, Giám đốc Bệnh viện Bạch Mai, cho biết.") == [
        ("PER", "Đỗ Văn Lâm"),
        ("ORG", "Bệnh viện Bạch Mai"),
    ]


def test_three_degrees_in_one_word_are_a_prefix():
    assert mentions("PGS.TS.BS Hà Thị Mai phát biểu tại hội thảo.") == [("PER", "Hà Thị Mai")]


def test_a_dotted_company_name_is_still_a_name():
    assert ("ORG", "Công ty TNHH ABC.XYZ") in mentions("Công ty TNHH ABC.XYZ cho biết.")


def test_a_common_noun_written_as_an_acronym_is_no_organisation():
    found = mentions("Các dự án GTVT trong KCN do BQL dự án làm chủ đầu tư.")
    assert not [t for typ, t in found if typ == "ORG"]


def test_a_body_named_with_such_an_acronym_is_still_one():
    assert ("ORG", "Sở GTVT") in mentions("Sở GTVT đề nghị các đơn vị hoàn thành trước tháng 6.")


def test_degrees_written_together_with_a_closing_dot_are_no_organisation():
    assert mentions("Phát biểu tại buổi lễ, TS.BS. Đỗ Văn Lâm - Giám đốc Bệnh viện Bạch Mai cho biết.") == [
        ("PER", "Đỗ Văn Lâm"),
        ("ORG", "Bệnh viện Bạch Mai"),
    ]
