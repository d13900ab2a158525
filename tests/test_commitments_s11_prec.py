"""Commitments, eleventh session (precision): trigger words in another sense than the undertaking's.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_giao_ban_is_a_briefing_meeting_not_an_assigning():
    # `giao ban` (a briefing meeting) is one word: the body holds a meeting, it tells no one what to do
    r = run("Công an huyện Đông Lâm giao ban quý I, triển khai công tác tuần tới.\n", [("ORG", "Công an huyện Đông Lâm", [])])
    assert not [c for c in r.commitments if c.trigger.lower().startswith("giao")]


def test_giao_luu_and_giao_hang_are_not_assignings():
    # `giao lưu` (exchange) and `giao hàng` (deliver goods) are other words than the assigning `giao`
    r = run("Trường Kim Sơn giao lưu với học sinh vùng cao.\n", [("ORG", "Trường Kim Sơn", [])])
    assert not [c for c in r.commitments if c.kind == "directive"]
    r = run("Công ty Phú An giao hàng cho các đại lý tại Long An.\n", [("ORG", "Công ty Phú An", []), ("LOC", "Long An", [])])
    assert not [c for c in r.commitments if c.kind == "directive"]


def test_giao_with_a_count_of_things_hands_them_over():
    # `giao hai cần cẩu cho …`: goods handed over, a delivery, no directive of the deliverer
    r = run("Công ty Cơ khí Hòa Vang đã giao hai cần cẩu cho Cảng Bến Lạc.\n",
            [("ORG", "Công ty Cơ khí Hòa Vang", []), ("ORG", "Cảng Bến Lạc", [])])
    assert not r.commitments


def test_giao_with_a_count_of_tasks_still_directs():
    # a count of tasks (`giao 12 nhiệm vụ`) or a body right after (`giao Sở X …`) is the assigner's directive
    r = run("UBND tỉnh Bình Minh giao 12 nhiệm vụ cho Sở Tài chính trong năm nay.\n",
            [("ORG", "UBND tỉnh Bình Minh", []), ("ORG", "Sở Tài chính", [])])
    assert r.find("giao 12 nhiệm vụ").kind == "directive"
    r = run("UBND tỉnh Bình Minh giao Sở Xây dựng hoàn thành hồ sơ trước ngày 30/6.\n",
            [("ORG", "UBND tỉnh Bình Minh", []), ("ORG", "Sở Xây dựng", [])])
    assert r.name(r.find("hoàn thành hồ sơ").actor) == "UBND tỉnh Bình Minh"
