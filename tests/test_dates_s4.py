"""Date forms of the fourth round (issue 12): each row a sentence written for this table, the
publication date and the values expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates

NOT = ()
PUB = date(2025, 9, 26)


def case(label: str, sentence: str, expected, published: date | None = PUB):
    values = (expected,) if isinstance(expected, str) else tuple(expected)
    return pytest.param(sentence, published, values, id=label)


CASES = [
    # a dotted day.month after a part of the day, `lễ` or `dịp`; elsewhere a decimal
    case("dotted-after-part-of-day", "Sáng 11.9, đoàn công tác làm việc với huyện.", "2025-09-11"),
    case("dotted-after-chieu", "Chiều 20.8, ban chỉ đạo họp trực tuyến.", "2025-08-20"),
    case("dotted-after-le", "Dịp lễ 2.9, các khu du lịch đón đông khách.", "2025-09-02"),
    case("dotted-decimal-stays-a-number", "Chỉ số giá tăng 11.3 điểm.", NOT),
    case("dotted-percent-stays-a-number", "Tăng trưởng đạt 8.2% trong quý.", NOT),
    # `Tết` with a written year, without `Nguyên đán`
    case("tet-year", "Trong dịp Tết 2026, hãng tăng 300 chuyến bay.", "2026"),
    # a relative year earlier in the clause gives a yearless date its year
    case("clause-year-next", "Bộ cho biết kỳ thi năm sau dự kiến vào ngày 11-12/6.", ("2026", "2026-06-11/2026-06-12")),
    case("clause-year-last", "Năm ngoái, ngày 3/10 là ngày khai trương.", ("2024", "2024-10-03")),
    case("clause-year-stops-at-sentence", "Năm sau trường mở thêm hai lớp. Ngày 3/10, trường khai giảng.", ("2026", "2025-10-03")),
    case("clause-year-never-over-vua-qua", "Năm ngoái, như ngày 12/9 vừa qua, lớp học bị gián đoạn.", ("2024", "2025-09-12")),
]


@pytest.mark.parametrize("sentence, published, values", CASES)
def test_date_values(sentence, published, values):
    assert tuple(d.value for d in parse_dates(sentence, published)) == values


def test_the_rules_reach_the_row():
    rules = {d.rule for d in parse_dates("Sáng 11.9, trong dịp Tết 2026.", PUB)}
    assert {"date-dm-dotted", "date-tet-year"} <= rules
