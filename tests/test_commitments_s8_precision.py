"""Commitments, eighth session: precision. Items output that are no undertaking, or cut wrongly, on news
annotated blind. One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- cutting: one undertaking stays one --------------------------------------------------

def test_two_verbs_sharing_one_object_are_one_undertaking():
    # `V1 và V2 + object`: the first verb has no object of its own, the plan is both steps of one undertaking
    r = run("Sở Văn hóa tỉnh Lam Sơn đề nghị các trường học xây dựng và triển khai kế hoạch đón học sinh sau kỳ nghỉ hè.\n",
            [("ORG", "Sở Văn hóa tỉnh Lam Sơn", [])])
    assert [c.text for c in r.commitments] == [
        "đề nghị các trường học xây dựng và triển khai kế hoạch đón học sinh sau kỳ nghỉ hè"]


def test_an_enumeration_of_bare_verbs_before_va_shares_the_last_verbs_object():
    r = run("Công ty Hòa Phong cam kết cùng các viện nghiên cứu, thử nghiệm và triển khai các giải pháp lưới điện thông minh.\n",
            [("ORG", "Công ty Hòa Phong", [])])
    assert len(r.commitments) == 1


def test_a_verb_after_its_own_object_still_splits_off_the_next_undertaking():
    # `giữ kế hoạch sản xuất và chuẩn bị …`: the left conjunct has its object, the right one is a task of its own
    r = run("Bộ Thương mại yêu cầu các nhà máy giữ vững kế hoạch sản xuất và chuẩn bị kho dự phòng cho mùa mưa bão.\n",
            [("ORG", "Bộ Thương mại", [])])
    assert len(r.commitments) == 2
