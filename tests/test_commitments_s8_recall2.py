"""Commitments, eighth session, second recall round: obligations a leader states without a directive verb,
a focus verb before its preposition, a target reported by a speaker in apposition.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_title_and_its_body_speaking_state_an_obligation_of_that_body():
    # `<title> <body> nhấn mạnh, cần …`: the holder is not named, the title says a leader of the body speaks
    r = run("Giám đốc Sở Nông nghiệp tỉnh Lam Sơn chủ trì buổi làm việc với các huyện miền núi.\n\n"
            "Giám đốc Sở Nông nghiệp tỉnh Lam Sơn nhấn mạnh, cần rà soát toàn bộ hệ thống kênh tưới trước mùa khô.\n",
            [("ORG", "Sở Nông nghiệp tỉnh Lam Sơn", [])])
    c = r.find("rà soát toàn bộ hệ thống kênh tưới")
    assert r.name(c.actor) == "Sở Nông nghiệp tỉnh Lam Sơn" and c.kind == "directive"


def test_a_body_speaking_without_a_title_states_no_obligation():
    # `<body> nhấn mạnh, cần …` with no title before the body: no leader is named as speaking
    r = run("Hiệp hội Thủy sản Lam Sơn nhấn mạnh, cần rà soát toàn bộ hệ thống kênh tưới trước mùa khô.\n",
            [("ORG", "Hiệp hội Thủy sản Lam Sơn", [])])
    assert not [c for c in r.commitments if "kênh tưới" in c.text]


def test_a_subjectless_obligation_after_a_connective_goes_on_with_the_leaders_words():
    # `Đồng thời, khẩn trương …` right after a titled leader's `cần …`: the same body directs
    r = run("Giám đốc Sở Nông nghiệp tỉnh Lam Sơn nhấn mạnh, cần rà soát toàn bộ hệ thống kênh tưới trước mùa khô.\n\n"
            "Đồng thời, khẩn trương sửa chữa các trạm bơm hư hỏng ở vùng trũng.\n",
            [("ORG", "Sở Nông nghiệp tỉnh Lam Sơn", [])])
    c = r.find("sửa chữa các trạm bơm")
    assert r.name(c.actor) == "Sở Nông nghiệp tỉnh Lam Sơn" and c.kind == "directive"


def test_a_subjectless_obligation_with_no_leader_before_is_nobodys():
    # the same connective and modal with no leader's obligation in the sentences before: no one directs
    r = run("Mùa khô năm nay đến sớm hơn mọi năm ở các huyện miền núi.\n\n"
            "Đồng thời, khẩn trương sửa chữa các trạm bơm hư hỏng ở vùng trũng.\n",
            [])
    assert not [c for c in r.commitments if "trạm bơm" in c.text]


def test_will_focus_on_a_noun_is_a_plan():
    # `sẽ tập trung vào <noun>`: the adverb and its preposition are the action, not a state
    r = run("Trong giai đoạn tới, Tổng công ty Hòa Phong sẽ tập trung vào ba mảng chính là cảng biển, kho lạnh và vận tải đường sông.\n",
            [("ORG", "Tổng công ty Hòa Phong", [])])
    c = r.find("ba mảng chính")
    assert r.name(c.actor) == "Tổng công ty Hòa Phong" and c.kind == "plan"


def test_a_target_reported_by_a_speaker_in_apposition_is_the_speakers_body():
    # `Ông A, Giám đốc X, cho biết <thing> hướng tới …`: the reported clause names no body, the speaker's is the actor
    r = run("Ông Trần Minh Khoa, Giám đốc Bệnh viện Lam Sơn, cho biết khu điều trị mới hướng tới mô hình bệnh viện không giấy tờ.\n",
            [("PER", "Trần Minh Khoa", []), ("ORG", "Bệnh viện Lam Sơn", [])])
    c = r.find("mô hình bệnh viện không giấy tờ")
    assert r.name(c.actor) == "Bệnh viện Lam Sơn" and c.kind == "target"


def test_a_reported_aim_after_another_predicate_describes_the_thing():
    # `Ông cho biết <product> tập trung vào A, hướng tới B`: after a comma the aim is a second predicate describing
    # the product, not the speaker's body's target
    r = run("Ông Trần Minh Khoa, Giám đốc Công ty Hòa Phong, giới thiệu dòng máy cày mới tại hội chợ.\n\n"
            "Ông cho biết dòng máy này tập trung vào độ bền, hướng tới khách hàng nông thôn.\n",
            [("PER", "Trần Minh Khoa", []), ("ORG", "Công ty Hòa Phong", [])])
    assert not [c for c in r.commitments if "khách hàng nông thôn" in c.text]
