"""Where an organisation's name ends when its holder's name and what they do follow it.
Sentences written for these tests."""

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def mentions(text: str) -> list[tuple[str, str]]:
    r = extract(Article(id="t", source="t.txt", text=text, content_hash="t"))
    return [(m.type, m.text) for m in r.mentions]


def test_a_verb_after_the_holders_name_is_not_part_of_the_organisation():
    assert mentions("Thứ trưởng Bộ Tài nguyên và Khoáng sản Lưu Đức Tâm thông tin về kết quả năm nay.") == [
        ("ORG", "Bộ Tài nguyên và Khoáng sản"),
        ("PER", "Lưu Đức Tâm"),
    ]


def test_a_closing_verb_after_the_holders_name_is_not_part_of_the_organisation():
    assert mentions("Bí thư Đoàn Thanh niên Vũ Thị Lan phát biểu.") == [("ORG", "Đoàn Thanh niên"), ("PER", "Vũ Thị Lan")]


def test_a_lower_case_tail_of_the_name_itself_stays():
    assert mentions("Ban Chỉ đạo quốc gia về phòng chống thiên tai họp.") == [("ORG", "Ban Chỉ đạo quốc gia về phòng chống thiên tai")]
