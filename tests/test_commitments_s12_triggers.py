"""Commitments, twelfth session: how a trigger's tense, object and modality decide whether its clause is kept
(extraction-v1, What counts). One phenomenon per test; the sentences are written for these tests (published
1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_PAIR = [("ORG", "Công ty Sao Mai", []), ("ORG", "Công ty Hải Đăng", [])]


def test_an_agreement_reported_reached_still_states_what_will_be_done():
    # `đã thống nhất <verb>`: the agreeing is over, what was agreed lies ahead (agreement, not a done action)
    r = run("Công ty Sao Mai và Công ty Hải Đăng đã thống nhất mở chung một xưởng đóng tàu ở Huế.\n", _PAIR)
    c = r.find("mở chung một xưởng đóng tàu")
    assert c.kind == "agreement" and r.name(c.actor) == "Công ty Sao Mai"
    assert c.text.startswith("thống nhất mở chung")


def test_an_agreement_after_a_past_clause_is_not_dated_by_it():
    # the year and the `đã` of the talks before `;` date the talks, not the plan agreed after `đồng thời`
    r = run("Công ty Sao Mai và Công ty Hải Đăng đã đánh giá kết quả phối hợp năm 2024; đồng thời thống nhất "
            "mở chung một xưởng đóng tàu ở Huế.\n", _PAIR)
    c = r.find("mở chung một xưởng đóng tàu")
    assert c.kind == "agreement" and r.name(c.actor) == "Công ty Sao Mai"


def test_an_agreement_whose_action_is_dated_past_stays_a_report():
    # what was agreed is itself dated before publication: an event reported, the other agreement kept
    r = run("Công ty Sao Mai và Công ty Hải Đăng đã thống nhất mở chung một xưởng đóng tàu vào năm 2023. "
            "Công ty Sao Mai và Công ty Hải Đăng thống nhất đào tạo thợ hàn cho ngư dân.\n", _PAIR)
    assert [c.text for c in r.commitments if c.kind == "agreement"] == ["thống nhất đào tạo thợ hàn cho ngư dân"]


def test_an_agreement_its_own_clause_dates_past_is_background():
    # `Năm 2023, A và B đã thống nhất …` in an article of 2025: an agreement of the past, told as background
    r = run("Năm 2023, Công ty Sao Mai và Công ty Hải Đăng đã thống nhất mở chung một xưởng đóng tàu. "
            "Công ty Sao Mai và Công ty Hải Đăng thống nhất đào tạo thợ hàn cho ngư dân.\n", _PAIR)
    assert [c.text for c in r.commitments if c.kind == "agreement"] == ["thống nhất đào tạo thợ hàn cho ngư dân"]


def test_a_plan_noun_after_thong_nhat_is_what_is_agreed():
    # `thống nhất phương hướng hợp tác năm 2026`: agreeing on a plan, though no verb follows the trigger
    r = run("Công ty Sao Mai và Công ty Hải Đăng thống nhất phương hướng hợp tác năm 2026.\n", _PAIR)
    c = r.find("phương hướng hợp tác năm 2026")
    assert c.kind == "agreement" and r.name(c.actor) == "Công ty Sao Mai"


def test_the_body_named_after_a_passive_future_does_what_is_planned():
    # `<thing> sẽ được <agent> <verb>`: the agent plans it, not the body of the sentence before
    r = run("Công ty Hải Đăng vừa công bố kết quả kinh doanh. Lịch trả cổ tức sẽ được Công ty Sao Mai thông báo "
            "vào tuần sau.\n", _PAIR)
    c = r.find("Lịch trả cổ tức sẽ được")
    assert c.kind == "plan" and r.name(c.actor) == "Công ty Sao Mai" and c.rule.endswith("/passive")


def test_a_passive_future_agent_may_be_the_parties():
    # `sẽ được hai bên <verb>`: `hai bên` stands for the parties of the talks before
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Các khóa học thợ hàn cũng sẽ được hai bên nghiên cứu "
            "mở rộng.\n", _PAIR)
    c = r.find("sẽ được hai bên nghiên cứu")
    assert r.name(c.actor) == "Công ty Sao Mai"


def test_a_clause_with_its_own_subject_after_a_comma_is_its_own_commitment():
    # `dự kiến A, <noun phrase> sẽ được … B`: two plans, the first ends at the comma
    r = run("Công ty Sao Mai dự kiến tổ chức đại hội cổ đông vào ngày 20/3/2025, địa điểm cụ thể sẽ được công ty "
            "thông báo sau.\n", _PAIR)
    texts = [c.text for c in r.commitments]
    assert "dự kiến tổ chức đại hội cổ đông vào ngày 20/3/2025" in texts
    assert "địa điểm cụ thể sẽ được công ty thông báo sau" in texts
