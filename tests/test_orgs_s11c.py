"""Organisations on unseen news: where a name ends when the tagger joins its last syllables
with the verb after it into one word (`Ngoại giao tiếp`), or a long steering body's name
meets a verb of action, without cutting names that hold such syllables themselves.
Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


# a verb of action joined to the name's last word by the tagger


def test_a_verb_joined_to_a_ministrys_last_word_ends_its_name():
    r = run("Sáng nay, lãnh đạo Bộ Ngoại giao tiếp đoàn doanh nghiệp Nhật Bản tại Hà Nội.")
    orgs = surfaces(r, "ORG")
    assert "Bộ Ngoại giao" in orgs
    assert not any(o.startswith("Bộ Ngoại giao tiếp") for o in orgs)


def test_the_adverb_now_joined_to_a_groups_name_ends_it():
    r = run("Ban điều hành Tập đoàn Thành Phát hiện giữ kế hoạch cũ cho năm tới.")
    orgs = surfaces(r, "ORG")
    assert "Tập đoàn Thành Phát" in orgs
    assert not any(o.endswith("hiện") for o in orgs)


def test_a_verb_of_action_after_a_steering_bodys_number_ends_its_name():
    r = run("Ban Chỉ đạo Đề án 09 giao nhiệm vụ cho Sở Y tế rà soát danh sách bệnh nhân.")
    orgs = surfaces(r, "ORG")
    assert "Ban Chỉ đạo Đề án 09" in orgs
    assert not any("giao nhiệm vụ" in o for o in orgs)


# names that hold such syllables keep them


def test_a_name_that_opens_with_a_capitalised_verb_syllable_is_kept_whole():
    r = run("Trong tháng, Ban Tiếp công dân tỉnh đã tiếp nhận mười hai đơn thư.")
    assert "Ban Tiếp công dân tỉnh" in surfaces(r, "ORG")


def test_a_verb_syllable_inside_a_longer_word_of_a_company_name_is_kept():
    r = run("Cổ đông của CTCP Sàn giao dịch tài sản số Minh An (MAX) đã thông qua phương án.")
    assert any(o.startswith("CTCP Sàn giao dịch tài sản số Minh An") for o in surfaces(r, "ORG"))
