"""Commitments: clauses that name who attended or who owns a thing described are no undertakings (gates.py:
_attendance_item, _agent_described, _year_outcome,
_defined_by_copula); the sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.commitments import extract_commitments
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze

from tests.test_commitments import Result, _dates, hand_mentions
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


def run_in_december(text: str) -> Result:
    doc = analyze(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 12, 10)))
    ents, ments = hand_mentions(doc, SPECS)
    return Result(doc, ents, extract_commitments(doc, ents, ments, _dates(doc)))


def test_what_a_firm_expects_to_pay_this_year_written_in_december_is_an_estimate():
    r = run_in_december("Năm nay, Công ty Hải Âu dự kiến nộp ngân sách 1.200 tỷ đồng, tăng 5% so với kế hoạch đề ra.\n")
    assert r.commitments == []


def test_a_year_end_summary_told_by_a_leader_reports_what_was_done():
    r = run_in_december("Ông Lê Văn Phúc, Tổng giám đốc Công ty Hải Âu, cho biết năm 2025 công ty hoàn thành tốt các chỉ tiêu, "
                        "xây dựng đội tàu vững mạnh toàn diện.\n")
    assert r.commitments == []


def test_a_plan_for_next_year_in_a_december_article_stays():
    r = run_in_december("Năm 2026, Công ty Hải Âu dự kiến mở rộng thêm hai nhà máy chế biến tại tỉnh Bình Hòa.\n")
    assert len(r.commitments) == 1


def test_a_duty_in_a_definition_after_the_copula_is_a_description():
    r = run("Trong khi đó, Tập đoàn Sông Lam là doanh nghiệp nhà nước có nhiệm vụ cung cấp nước sạch cho toàn vùng duyên hải.\n", SPECS)
    assert r.commitments == []
