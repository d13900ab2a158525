"""Commitments, eighth session, second recall round: a focus verb before its preposition, a target reported by
a speaker in apposition.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


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
