"""Date forms of the fourth round (issue 12): each row a sentence written for this table, the
publication date and the values expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

PUB = date(2025, 10, 14)


case = cases_published(PUB)


CASES = [
    # a dotted day.month after a part of the day, `lễ` or `dịp`; elsewhere a decimal
    case("dotted-after-part-of-day", "Sáng 11.9, đoàn công tác làm việc với huyện.", "2025-09-11"),
    case("dotted-after-chieu", "Chiều 20.8, ban chỉ đạo họp trực tuyến.", "2025-08-20"),
    case("dotted-after-le", "Dịp lễ 2.9, các khu du lịch đón đông khách.", "2025-09-02"),
    case("dotted-decimal-stays-a-number", "Chỉ số giá tăng 11.3 điểm.", NOT),
    case("dotted-percent-stays-a-number", "Tăng trưởng đạt 8.2% trong quý.", NOT),
    # `Tết` with a written year, without `Nguyên đán`; a count after `Tết` is no year
    case("tet-year", "Trong dịp Tết 2026, hãng tăng 300 chuyến bay.", "2026"),
    case("tet-count-is-no-year", "Dịp Tết 1000 người lao động được tặng quà.", NOT),
    # a relative year earlier in the clause gives a yearless date its year
    case("clause-year-next", "Sở thông báo hội thi năm sau sẽ diễn ra vào ngày 4-5/7.", ("2026", "2026-07-04/2026-07-05")),
    case("clause-year-each-date", "Năm sau, ngày 11/6 và ngày 12/6 là hai ngày thi.", ("2026", "2026-06-11", "2026-06-12")),
    case("clause-year-last", "Năm ngoái, ngày 3/10 là ngày khai trương.", ("2024", "2024-10-03")),
    case("clause-year-stops-at-semicolon", "Năm sau trường mở thêm hai lớp; ngày 3/10, trường khai giảng.", ("2026", "2025-10-03")),
    case("clause-year-never-over-vua-qua", "Năm ngoái, như ngày 12/9 vừa qua, lớp học bị gián đoạn.", ("2024", "2025-09-12")),
    case("clause-year-not-for-a-recurring-month", "Từ năm sau, tháng 7 hằng năm sẽ là tháng hành động.", ("2026",)),
    # ordinals and positions that look like weekdays or months
    case("capitalised-ordinal-after-lan", "Hội nghị Ban Chấp hành lần thứ Hai bàn công tác nhân sự.", NOT),
    case("caption-position", "Giám đốc Trần Văn Lộc (thứ 2, phải) trao quà cho học sinh.", NOT),
    case("batch-of-a-year", "Đội tuyển tập trung đợt 3/2025 gồm 26 cầu thủ.", NOT),
    case("a-capitalised-weekday-still-is-one", "Ngày thứ Hai (13/10), đoàn công tác làm việc tại xã.", "2025-10-13"),
]


@pytest.mark.parametrize("sentence, published, values", CASES)
def test_date_values(sentence, published, values):
    assert tuple(d.value for d in parse_dates(sentence, published)) == values


def test_the_rules_reach_the_row():
    rules = {d.rule for d in parse_dates("Sáng 11.9, trong dịp Tết 2026.", PUB)}
    assert {"date-dm-dotted", "date-tet-year"} <= rules


def test_a_relative_year_gives_no_year_to_a_date_in_the_next_sentence():
    from c4ir_kb.extract.pipeline import extract
    from c4ir_kb.models import Article

    text = "Tin\n\nNăm sau trường mở thêm hai lớp. Ngày 3/10, trường khai giảng năm học mới."
    r = extract(Article(id="t", source="t", text=text, content_hash="t", published=PUB))
    assert [d.value for d in r.dates] == ["2026", "2025-10-03"]
