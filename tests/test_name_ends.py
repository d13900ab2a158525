"""Where an organisation's name ends when its holder's name and what they do follow it.
Sentences written for these tests."""

from tests.test_not_organisations import mentions


def test_a_verb_after_the_holders_name_is_not_part_of_the_organisation():
    assert mentions("Thứ trưởng Bộ Tài nguyên và Khoáng sản Lưu Đức Tâm thông tin về kết quả năm nay.") == [
        ("ORG", "Bộ Tài nguyên và Khoáng sản"),
        ("PER", "Lưu Đức Tâm"),
    ]


def test_a_closing_verb_after_the_holders_name_is_not_part_of_the_organisation():
    assert mentions("Bí thư Đoàn Thanh niên Vũ Thị Lan phát biểu.") == [("ORG", "Đoàn Thanh niên"), ("PER", "Vũ Thị Lan")]


def test_a_lower_case_tail_of_the_name_itself_stays():
    assert mentions("Ban Chỉ đạo quốc gia về phòng chống thiên tai họp.") == [("ORG", "Ban Chỉ đạo quốc gia về phòng chống thiên tai")]


def test_an_edition_after_a_body_is_the_meetings_not_the_bodys():
    found = mentions("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam lần thứ Ba bàn công tác cán bộ.")
    assert ("ORG", "Ban Chấp hành Đảng bộ tỉnh Hà Nam") in found
