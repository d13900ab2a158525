"""Commitments, fourth session (recall): clause shapes, lists and schedules that unseen news showed missing.
One phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a list item opening with an action an actor sets is no state ----------

def test_a_list_item_opening_with_tang_cuong_is_an_undertaking_not_a_rise():
    r = run("Sở Văn hóa tỉnh Hà Giang đề nghị các phòng rà soát kế hoạch tuyên truyền; tăng cường phối hợp với các báo địa phương.\n",
            [("ORG", "Sở Văn hóa tỉnh Hà Giang", [])])
    c = r.find("tăng cường phối hợp")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Hà Giang" and c.rule.endswith("/series")


def test_a_list_item_opening_with_co_phuong_an_does_not_end_the_list():
    r = run("Sở Xây dựng tỉnh Lạng Sơn yêu cầu các xã kiểm tra các công trình; có phương án sơ tán người dân; "
            "kiên quyết xử lý các trường hợp vi phạm.\n",
            [("ORG", "Sở Xây dựng tỉnh Lạng Sơn", [])])
    assert r.find("có phương án sơ tán").kind == "directive"
    assert r.find("kiên quyết xử lý").kind == "directive"


def test_a_list_item_stating_a_rise_still_ends_the_list():
    r = run("Công ty Minh Phát sẽ mở thêm hai cửa hàng; tăng 20% so với năm ngoái.\n",
            [("ORG", "Công ty Minh Phát", [])])
    assert not any(c.text.startswith("tăng 20%") for c in r.commitments)
