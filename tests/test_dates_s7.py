"""Date forms of the seventh round (issue 12), seen on news the extractor had not been tuned
on: each row a sentence written for this table, the publication date and the values
expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

PUB = date(2025, 11, 3)


case = cases_published(PUB)


CASES = [
    # `sang năm` before a year number is a preposition and the year's noun: into that year, not `next year`
    case("into-a-named-year", "Bước sang năm 2027, các quỹ đầu tư thận trọng hơn.", "2027"),
    case("next-year-still-relative", "Sang năm, trường mở thêm hai ngành mới.", "2026"),
    # lunar days joined by từ … đến: one interval, like solar days
    case(
        "lunar-day-range",
        "Ban quản lý di tích cho nghỉ Tết từ ngày 27 tháng Chạp năm Ất Tỵ tới ngày mồng 6 tháng Giêng năm Bính Ngọ.",
        "2026-02-14/2026-02-22",
    ),
    case("lunar-day-range-am-lich", "Hội chợ kéo dài từ 20/12 âm lịch đến ngày 5/1 âm lịch.", "2026-02-07/2026-02-21"),
    # days listed before a dotted month, as some outlets write it
    case("listed-days-dotted-month", "Hội thao diễn ra ngày 8 và 9.11 tại sân vận động tỉnh.", "2025-11-08/2025-11-09"),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_seventh_round_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected
