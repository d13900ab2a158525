"""Roles on unseen news of the twelfth session (sentences written for these tests, invented
names): envoys' titles with their state and seat."""

from __future__ import annotations

from tests.test_title_chains import roles, run


def places(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "LOC"}


def test_an_envoy_of_a_head_of_state_after_cua_keeps_the_head_and_country_in_the_title():
    r = run("Ông Choi Min Ho, Đặc phái viên của Tổng thống Hàn Quốc, đã trao thư cho lãnh đạo thành phố.")
    assert ("Choi Min Ho", "Đặc phái viên của Tổng thống Hàn Quốc", None) in roles(r)
    assert "Hàn Quốc" in places(r)


def test_an_ambassador_of_a_state_named_after_nuoc_keeps_the_state_and_seat_in_the_title():
    r = run("Bà Claire Dubois, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Pháp tại Việt Nam, dự buổi lễ khai giảng.")
    assert ("Claire Dubois", "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Pháp tại Việt Nam", None) in roles(r)


def test_a_consul_general_seat_keeps_its_country_after_a_dash_and_both_stay_places():
    r = run("Dự lễ có ông Lâm Quốc Bảo, Tổng Lãnh sự Việt Nam tại Vancouver - Canada, và đại diện cộng đồng.")
    assert ("Lâm Quốc Bảo", "Tổng Lãnh sự Việt Nam tại Vancouver - Canada", None) in roles(r)
    assert {"Vancouver", "Canada"} <= places(r)
