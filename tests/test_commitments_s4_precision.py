"""Commitments, fourth session: precision and actors on unseen news. One phenomenon per test;
the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_goal_tails_figures_stay_with_the_tail_not_the_head_commitment():
    r = run("Công ty Hoa Sen cam kết mở rộng mạng lưới cửa hàng, với mục tiêu doanh thu đạt 900 tỷ đồng vào năm 2029.\n",
            [("ORG", "Công ty Hoa Sen", [])])
    head, tail = r.find("mở rộng mạng lưới cửa hàng"), r.find("doanh thu đạt 900 tỷ đồng")
    assert head is not tail and head.text == "cam kết mở rộng mạng lưới cửa hàng"
    assert head.amount is None and head.target_date is None
    assert tail.amount == "900 tỷ đồng" and tail.target_date == "2029" and tail.kind == "target"


def test_an_assigning_reported_as_done_is_still_the_assigners_directive():
    r = run("Bộ Tài chính đã giao Kho bạc Nhà nước hoàn thiện quy trình thanh toán điện tử trong năm 2026.\n",
            [("ORG", "Bộ Tài chính", []), ("ORG", "Kho bạc Nhà nước", [])])
    c = r.find("hoàn thiện quy trình thanh toán")
    assert r.name(c.actor) == "Bộ Tài chính" and c.kind == "directive"
