"""Quoted-speaker headlines (session 10): `<speaker>: <what the speaker asks>`; the sentences are written for
these tests. The articles are published on 1/3/2025 (tests.test_commitments_real.run)."""

from __future__ import annotations

from tests.test_commitments_real import run

BODY = "\n\nSáng 3/2, Bộ trưởng Lê Minh Tâm chủ trì cuộc họp với các sở về mùa mưa lũ sắp tới.\n"
TAM = [("ORG", "Bộ Nông nghiệp", []), ("PER", "Lê Minh Tâm", [])]


def test_a_speakers_bare_imperative_in_a_headline_is_a_directive():
    r = run("Bộ trưởng Lê Minh Tâm: Hoàn thành việc gia cố đê biển trước mùa mưa" + BODY, TAM)
    c = r.find("gia cố đê biển")
    assert c.kind == "directive" and c.rule.endswith("/headline-speaker") and c.text.startswith("Hoàn thành")


def test_a_bare_title_before_the_colon_speaks_for_the_one_the_body_names():
    r = run("Bộ trưởng: Hoàn thành việc gia cố đê biển trước mùa mưa" + BODY, TAM)
    c = r.find("gia cố đê biển")
    assert r.name(c.actor) == "Lê Minh Tâm" and c.kind == "directive"


def test_a_negated_imperative_is_a_directive():
    r = run("Bộ trưởng Lê Minh Tâm: Không để người dân thiếu nước sạch trong mùa khô" + BODY, TAM)
    assert r.find("thiếu nước sạch").kind == "directive"


def test_a_pledge_word_after_the_colon_keeps_its_kind():
    r = run("Bộ trưởng Lê Minh Tâm: Quyết tâm hoàn thành đê biển trong năm 2025" + BODY, TAM)
    assert r.find("hoàn thành đê biển").kind == "pledge"


def test_an_assessment_after_the_colon_is_no_commitment():
    r = run("Bộ trưởng Lê Minh Tâm: Hệ thống đê biển là công trình quan trọng nhất vùng" + BODY, TAM)
    assert r.commitments == []


def test_a_copula_after_the_colon_is_no_commitment():
    r = run("Bộ trưởng Lê Minh Tâm: Có nhiều khó khăn trong việc gia cố đê biển" + BODY, TAM)
    assert r.commitments == []


def test_an_event_before_the_colon_is_no_speaker():
    r = run("Bế mạc hội nghị ngành thủy lợi: Hoàn thành việc gia cố đê biển trước mùa mưa" + BODY, TAM)
    assert r.commitments == []


def test_a_title_and_the_body_it_heads_before_the_name_still_make_a_speaker():
    r = run("Phó Chủ tịch UBND tỉnh Lê Minh Tâm: Hoàn thành việc gia cố đê biển trước mùa mưa\n\n"
            "Sáng 3/2, Phó Chủ tịch UBND tỉnh Lê Minh Tâm chủ trì cuộc họp với các sở.\n",
            [("ORG", "UBND tỉnh", []), ("PER", "Lê Minh Tâm", [])])
    c = r.find("gia cố đê biển")
    assert c.kind == "directive" and c.rule.endswith("/headline-speaker")


def test_a_project_dated_ahead_without_a_trigger_is_its_investors_plan():
    r = run("Công ty Hải Âu là chủ đầu tư dự án nhà máy chế biến tôm ở huyện Vĩnh Lợi.\n"
            "Dự án đi vào vận hành thương mại từ tháng 9/2026.\n", [("ORG", "Công ty Hải Âu", [])])
    c = r.find("vận hành thương mại")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.rule == "plan:dated-ahead/owner"
