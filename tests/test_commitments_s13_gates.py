"""Commitments, thirteenth session: a year in the clause that does not date the action (gates.past_year). A period that
runs on into the year of publication or later is current, and the fiscal year of a dividend or a figure is the year the
money belongs to: neither puts the undertaking in the past; a year before publication that dates the action still does.
One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_term_still_running_does_not_make_an_agreement_past():
    # `nhiệm kỳ 2021-2026` read in 2025: the term is current, the agreement to nominate stands
    r = run("Ban Thường vụ Tỉnh ủy Kon Tum thống nhất giới thiệu ông Lê Văn Hòa để HĐND tỉnh bầu làm Chủ tịch "
            "UBND tỉnh nhiệm kỳ 2021-2026.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Kon Tum", []), ("PER", "Lê Văn Hòa", [])])
    c = r.find("giới thiệu ông Lê Văn Hòa")
    assert r.name(c.actor) == "Ban Thường vụ Tỉnh ủy Kon Tum" and c.kind == "agreement"


def test_a_period_over_before_publication_still_dates_the_action_as_past():
    # `giai đoạn 2019-2023` read in 2025: the whole period is gone, what was agreed for it is reported
    r = run("Ban Thường vụ Tỉnh ủy Kon Tum thống nhất giới thiệu ông Lê Văn Hòa làm Chủ tịch UBND tỉnh giai đoạn 2019-2023.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Kon Tum", []), ("PER", "Lê Văn Hòa", [])])
    assert r.commitments == []


def test_the_fiscal_year_of_a_dividend_does_not_make_a_submission_past():
    # `trình ĐHĐCĐ phê duyệt mức chi cổ tức bằng tiền năm 2024` in March 2025: the dividend is for 2024, the submission ahead
    r = run("HĐQT Công ty Cổ phần Nhựa Tân Phú trình ĐHĐCĐ phê duyệt mức chi cổ tức bằng tiền năm 2024 là 15% mệnh giá.\n",
            [("ORG", "Công ty Cổ phần Nhựa Tân Phú", [])])
    c = r.find("mức chi cổ tức bằng tiền năm 2024")
    assert r.name(c.actor) == "Công ty Cổ phần Nhựa Tân Phú" and c.kind == "proposal"


def test_a_dividend_paid_in_a_past_year_is_still_reported():
    # `chia cổ tức vào năm 2023`: a time word before the year: the year dates the action, which is past
    r = run("Công ty Cổ phần Nhựa Tân Phú triển khai chia cổ tức vào năm 2023 cho cổ đông hiện hữu.\n",
            [("ORG", "Công ty Cổ phần Nhựa Tân Phú", [])])
    assert r.commitments == []


def test_conveying_a_superiors_decision_is_no_project():
    # `triển khai quyết định của Ban Bí thư`: a meeting passes on a decision from above; no investment or construction
    r = run("Ban Thường vụ Tỉnh ủy Kon Tum triển khai quyết định của Ban Bí thư về công tác cán bộ "
            "và thống nhất giới thiệu ông Lê Văn Hòa làm Chủ tịch UBND tỉnh.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Kon Tum", []), ("PER", "Lê Văn Hòa", [])])
    assert not [x for x in r.commitments if "triển khai quyết định" in x.text]
    assert r.find("giới thiệu ông Lê Văn Hòa").kind == "agreement"
