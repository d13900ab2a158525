"""Date forms of the eighth round (issue 12): lunar month names. `tháng Giêng` and `tháng Chạp`
name months of the lunar calendar only, so a date written with one is lunar even without
`âm lịch`. Each row a sentence written for this table, the publication date and the values
expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

case = cases_published(date(2026, 2, 3))


CASES = [
    # a lunar day without its year: the one nearest to publication (12th lunar month of Ất Tỵ)
    case("day-of-chap", "Các trường cho học sinh nghỉ từ ngày 25 tháng Chạp.", "2026-02-12"),
    case("day-of-gieng", "Chợ phiên họp lại vào mùng 8 tháng Giêng.", "2026-02-24"),
    # without `ngày`, a number before a lunar-only month name is still a day
    case("bare-day-of-chap", "Nhà ga đông khách nhất vào 27 tháng Chạp.", "2026-02-14"),
    # a lunar month alone: the solar days it spans
    case("month-of-gieng", "Hội chợ hoa xuân mở cửa suốt tháng Giêng.", "2026-02-17/2026-03-18"),
    # a day that recurs every year is no point in time
    case("recurring-lunar-day", "Hội đua thuyền làng Vân diễn ra ngày 4 tháng Giêng hằng năm.", NOT),
    # `tháng 12` written in figures stays solar
    case("solar-december", "Công trình khánh thành ngày 25 tháng 12 năm 2026.", "2026-12-25"),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_eighth_round_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected
