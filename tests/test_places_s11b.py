"""Places on unseen news, eleventh pass (second round): a prefix word that also names
something other than a place. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def test_a_party_channel_is_no_canal():
    r = run("Hai bên nhất trí tăng cường trao đổi qua kênh Đảng và kênh Nhà nước trong năm tới.")
    assert "Đảng" not in surfaces(r, "LOC")


def test_a_broadcasters_channel_is_no_canal():
    r = run("Lễ khai giảng của Trường Tiểu học Hoa Sen được phát trực tiếp trên kênh QTV3 sáng mai.")
    assert not any("QTV3" in x for x in surfaces(r, "LOC"))


def test_a_canal_named_after_its_noun_stays_a_place():
    r = run("Người dân hai bên kênh Bà Tư đã được vận động di dời trước mùa mưa.")
    assert any("Bà Tư" in x for x in surfaces(r, "LOC"))
