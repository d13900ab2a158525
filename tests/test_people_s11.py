"""People's names on unseen news (sentences written for these tests, invented names): what
ends a name."""

from __future__ import annotations

from tests.test_title_chains import people, run


def test_an_acronym_glued_to_a_word_after_a_caption_name_is_no_part_of_the_name():
    r = run("Phó Thủ tướng tiếp Đại sứ Chile Marco Antonio Pereira TTXViệt Nam")
    assert "Marco Antonio Pereira" in people(r)
    assert not any("TTX" in p for p in people(r))


def test_a_name_syllable_with_one_capital_still_goes_on():
    r = run("Đoàn công tác do bà Karin DeWitt Larsen, Đại sứ Đan Mạch, dẫn đầu.")
    assert any(p.startswith("Karin") for p in people(r))


def test_a_middle_initial_keeps_a_foreign_name_whole():
    r = run("Bà Greta H. Lindqvist, Giám đốc điều hành Quỹ Nordvik, phát biểu khai mạc.")
    assert "Greta H. Lindqvist" in people(r)


def test_an_anonymised_vietnamese_name_before_a_new_sentence_stays_apart():
    r = run("Người bị hại là Trần Văn B. Ông Lò Văn Tâm là Giám đốc công ty.")
    assert not any(p.startswith("Trần Văn B") and "Ông" in p for p in people(r))
    assert "Lò Văn Tâm" in people(r)
