"""Commitments: clauses that name who attended or who owns a thing described are no undertakings (gates.py:
_attendance_item, _agent_described); the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run

SPECS = [
    ("ORG", "Công ty Hải Âu", []),
    ("ORG", "Tập đoàn Sông Lam", []),
    ("PER", "Trần Minh Khoa", []),
    ("PER", "Lê Văn Phúc", []),
    ("PER", "Đỗ Quang Vinh", []),
]

SIGNING = "Công ty Hải Âu và Tập đoàn Sông Lam sẽ ký kết hợp tác trên các lĩnh vực: chế biến hải sản xuất khẩu; đóng tàu cá vỏ thép.\n"


def test_an_attendance_sentence_after_a_list_of_undertakings_gives_no_items():
    r = run(SIGNING + "Tham dự lễ ký có ông Trần Minh Khoa - Giám đốc Sở Công Thương; cùng đại diện một số sở, ngành của tỉnh.\n", SPECS)
    assert r.commitments
    assert not [c for c in r.commitments if "đại diện" in c.text or "Trần Minh Khoa" in c.text]


def test_people_with_their_titles_on_the_side_of_the_firms_are_no_items():
    r = run(SIGNING + "Về phía doanh nghiệp có ông Lê Văn Phúc - Chủ tịch Công ty Hải Âu; Ông Đỗ Quang Vinh – Tổng giám đốc "
            "Tập đoàn Sông Lam; cùng đại diện các hợp tác xã nghề cá của tỉnh.\n", SPECS)
    assert r.commitments
    assert not [c for c in r.commitments if "Lê Văn Phúc" in c.text or "Đỗ Quang Vinh" in c.text or "hợp tác xã" in c.text]


def test_who_invested_in_a_park_described_is_no_project():
    r = run("Trọng tâm của thỏa thuận là khu công nghiệp Bàu Sen do Công ty Hải Âu đầu tư và phát triển tại tỉnh Bình Hòa.\n", SPECS)
    assert r.commitments == []


def test_the_owner_of_a_road_described_by_its_size_is_no_project():
    r = run("Tuyến đường do Tập đoàn Sông Lam làm chủ đầu tư, dài gần 40 km, quy mô 4 làn xe, tổng vốn hơn 9.000 tỷ đồng.\n", SPECS)
    assert r.commitments == []
