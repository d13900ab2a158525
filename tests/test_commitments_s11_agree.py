"""Commitments, eleventh session: agreements. What a signed document or a joint decision says the parties will do,
split into its items, with the first-named party as actor (extraction-v1, What counts: agreement; items of a list
joined by `;` or `và` that each say what will be done are separate commitments; a joint undertaking -> the
first-named party). One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_PAIR = [("ORG", "Công ty Sao Mai", []), ("ORG", "Công ty Hải Đăng", [])]


def test_hai_don_vi_stands_for_the_parties_like_hai_ben():
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Hai đơn vị sẽ mở chung một xưởng đóng tàu trong năm 2026.\n", _PAIR)
    assert r.name(r.find("mở chung một xưởng đóng tàu").actor) == "Công ty Sao Mai"


def test_the_hosts_of_a_signing_ceremony_are_its_parties():
    # `A và B tổ chức lễ ký kết …`: the ceremony is a noun after `lễ`, but hosting it names the parties
    r = run("Công ty Sao Mai và Công ty Hải Đăng tổ chức lễ ký kết thỏa thuận hợp tác. Buổi lễ diễn ra tại Huế. "
            "Khách mời đến từ nhiều tỉnh. Nhiều doanh nghiệp gửi hoa chúc mừng. "
            "Đáng chú ý, hai bên dự kiến mở chung một xưởng đóng tàu trong năm 2026.\n", _PAIR)
    assert r.name(r.find("mở chung một xưởng đóng tàu").actor) == "Công ty Sao Mai"


def test_the_sides_of_an_attendance_list_are_the_parties():
    # `về phía X có …; về phía Y có …`: the two sides; a pair of guests joined by `và` is not who agrees
    specs = [*_PAIR, ("ORG", "Hội Nông dân xã Tân Lập", []), ("ORG", "Hợp tác xã Bình Minh", [])]
    r = run("Dự buổi lễ, về phía Công ty Sao Mai có ông Lê Văn Tám; về phía Công ty Hải Đăng có bà Trần Thị Chín. "
            "Tham dự còn có Hội Nông dân xã Tân Lập và lãnh đạo Hợp tác xã Bình Minh. "
            "Hai bên thống nhất phối hợp đào tạo thợ hàn cho ngư dân.\n", specs)
    assert r.name(r.find("phối hợp đào tạo thợ hàn").actor) == "Công ty Sao Mai"

