"""Academic and professional prefixes written together in one word (`TS.BS`, `PGS.TS.BS`):
a prefix before a name, never an organisation. Sentences written for these tests."""

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
