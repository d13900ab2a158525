"""Organisations and places on fresh unlabelled news (session 13's pool): the name of a body
that says what it does in lower case, commas and all; a well-known name that opens with a
place's. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def orgs(r) -> set[str]:
    return surfaces(r, "ORG")


def places(r) -> set[str]:
    return surfaces(r, "LOC")


# a body's name goes on through a phrase of what it does


def test_a_name_goes_on_through_a_linked_phrase_with_a_comma_pair():
    r = run("Công an tỉnh Kon Tum phối hợp Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao bắt giữ 12 người.")
    assert "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao" in orgs(r)
    assert "Cục An ninh mạng" not in orgs(r)


def test_a_force_name_goes_on_through_its_duties_with_no_linking_word():
    r = run("Sáng 3/5, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức diễn tập tại Vĩnh Phúc.")
    assert "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" in orgs(r)


def test_a_phrase_of_duties_after_a_name_and_a_verb_stays_out_of_the_name():
    r = run("Công an tỉnh Bến Tre đẩy mạnh phòng, chống tội phạm trong dịp Tết.")
    assert "Công an tỉnh Bến Tre" in orgs(r)
    assert not any("phòng" in o for o in orgs(r))


# a well-known name that opens with a place's is not cut at the place


def test_a_board_of_a_well_known_company_whose_name_opens_with_a_country():
    r = run("Tại đại hội, Hội đồng quản trị Vietnam Airlines đã trình cổ đông kế hoạch năm 2026.")
    assert "Hội đồng quản trị Vietnam Airlines" in orgs(r)
    assert "Hội đồng quản trị Vietnam" not in orgs(r)
