"""Date forms of the sixth round (issue 12), found on unlabelled news: each row a sentence
written for this table, the publication date and the values expected (NOT: no date)."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

PUB = date(2025, 8, 20)


case = cases_published(PUB)


CASES = [
    # lunar dates: the solar day of the lunar day, in the lunar year written or nearest to publication
    case("lunar-full-moon", "Chùa Phúc Lâm đông người dịp rằm tháng Bảy.", "2025-09-06"),
    case("lunar-full-moon-digit-month", "Triều cường lên cao vào rằm tháng 10.", "2025-12-04"),
    case("lunar-full-moon-with-year", "Lễ hội hoa đăng rằm tháng Giêng năm 2026 kéo dài ba đêm.", "2026-03-03"),
    case("lunar-day-slash", "Hội thả đèn tổ chức ngày 15/8 âm lịch.", "2025-10-06"),
    case("lunar-day-year-after-marker", "Lễ giỗ vào ngày 10/3 âm lịch năm 2026 tại đền.", "2026-04-26"),
    case("lunar-day-in-brackets", "Tối 4/9 (tức 13/7 âm lịch), làng Đông Xá rước kiệu.", ("2025-09-04", "2025-09-04")),
    case("lunar-day-of-a-leap-year", "Làng Phú Mỹ mở hội ngày 20 tháng 6 âm lịch năm 2025.", "2025-07-14"),
    case("lunar-month-alone", "Cả làng ăn chay trong tháng 7 âm lịch.", "2025-08-23/2025-09-21"),
    case("lunar-recurring", "Hội làng Vân Sơn mở ngày 10/3 (âm lịch) hằng năm.", NOT),
    case("lunar-no-published", "Hội thả đèn tổ chức ngày 15/8 âm lịch.", NOT, None),
    case("lunar-recurring-full-moon", "Hội trăng rằm diễn ra vào rằm tháng 8 hằng năm.", NOT),
    # a lunar day or month dated by its year's name: the solar day in the year of that name nearest to publication
    case("lunar-day-year-name", "Chợ Viềng họp ngày 8 tháng Giêng năm Bính Ngọ.", "2026-02-24"),
    case("lunar-full-moon-year-name", "Đợt cao điểm kéo dài đến rằm tháng Giêng năm Bính Ngọ.", "2026-03-03"),
    case("lunar-year-name-lower-case", "Ông sinh ngày 8 tháng Giêng năm bính ngọ.", NOT),
    # days listed with one month: consecutive days are one interval, others each a day
    case("listed-days-in-brackets", "Đợt tiêm diễn ra trong ba ngày (4, 5 và 6/9) tại trạm y tế.", "2025-09-04/2025-09-06"),
    case("listed-days-after-ngay", "Các đội thi đấu ngày 2, 3, 4 và 5/9.", "2025-09-02/2025-09-05"),
    case("listed-days-apart", "Tàu cập cảng các ngày 2, 9 và 16/9.", ("2025-09-02", "2025-09-09", "2025-09-16")),
    case("listed-numbers-not-days", "Cổ phiếu tăng 5 và 6/3 điểm.", NOT),
    # a count of months right before a year: the year's first months
    case("months-to-date", "Xưởng dệt Hòa Bình xuất khẩu được 300 nghìn mét vải trong 8 tháng 2025.", "2025-01/2025-08"),
    case("months-to-date-nam", "Doanh thu 6 tháng năm 2025 của Hưng Long tăng 8%.", "2025-01/2025-06"),
    case("months-to-date-this-year", "Sản lượng 7 tháng năm nay vượt kế hoạch.", "2025-01/2025-07"),
    case("months-to-date-last-year", "Xưởng gốm Minh Khôi xuất 9 tháng năm qua gần 40 nghìn sản phẩm.", "2024-01/2024-09"),
    case("months-to-date-last-year-spelled", "Sáu tháng năm qua, hợp tác xã Đồng Tâm thu 2 tỷ đồng.", "2024-01/2024-06"),
    case("day-thang-nam-is-may", "Ngày 9 tháng năm 2025, hội đồng họp.", "2025-05-09"),
    # a relative quarter after `so với` counts from the quarter the sentence named
    case("quarter-compared", "Sản lượng quý II/2025 của mỏ Tân Lập giảm 3% so với quý trước.", ("2025-Q2", "2025-Q1")),
    case("quarter-compared-across-a-year", "Lãi quý 1/2025 tăng 9% so với quý trước.", ("2025-Q1", "2024-Q4")),
    case("quarter-relative-alone", "Quý trước, xưởng may Bình An lãi lớn.", "2025-Q2"),
    # a year after a festival or a fiscal year's name
    case("fiscal-year", "Hồng Phát tạm ứng cổ tức năm tài chính 2025 bằng tiền.", "2025"),
    case("festival-year", "Phố đèn lồng rực rỡ mùa Tết Trung thu 2025.", "2025"),
    # relative forms of public date-parser corpora (published Wednesday 2025-08-20)
    case("same-day-next-week", "Đoàn Lạc Sơn trở lại vào ngày này tuần sau.", "2025-08-27"),
    case("same-day-last-year", "Ngày này năm ngoái, cầu Bến Lức chưa thông xe.", "2024-08-20"),
    case("day-after-tomorrow-southern", "Chợ phiên mở lại ngày mốt.", "2025-08-22"),
    case("weekend-this-week", "Hội chợ sách mở cửa cuối tuần này.", "2025-08-23/2025-08-24"),
    case("weekend-last-week", "Cuối tuần qua, bãi biển Vũng Tàu đông khách.", "2025-08-16/2025-08-17"),
    case("weekend-bare-is-habitual", "Quán thường đông vào cuối tuần.", NOT),
    case("in-two-weeks-spelled", "Hai tuần nữa, đường Lê Lợi thông xe.", "2025-09-01/2025-09-07"),
    case("remaining-weeks-duration", "Chỉ còn 2 tuần nữa là khai giảng.", NOT),
    case("quarter-of-year", "Nhà máy Hòa Khánh chạy thử vào quý đầu năm sau.", "2026-Q1"),
    case("weekday-of-week-after-tu", "Lệnh cấm áp dụng từ thứ Hai tuần này.", "2025-08-18"),
    case("months-to-date-spelled", "Doanh thu chín tháng năm nay của Ngọc Lan tăng mạnh.", "2025-01/2025-09"),
    case("fiscal-year-ending-its-line", "Kết quả kinh doanh năm tài chính 2024\nDoanh thu thuần đạt 80 tỷ đồng", "2024"),
    # a written year earlier in the clause gives its year to a yearless day after it
    case("clause-year-written", "Giải đấu năm 2026 sẽ khởi tranh sớm hơn mọi năm, từ 11-12/6.", ("2026", "2026-06-11/2026-06-12")),
    case("clause-year-not-past-a-sentence", "Năm 2020, xưởng Tân An lỗ. Ngày 5/3, họp.", ("2020", "2025-03-05")),
    # a weekday that says which weekday a date falls on is no date of its own
    case("weekday-restating-dates", "Hai ngày nghỉ 2-9 và 3-9 năm nay trùng với thứ Ba và thứ Tư.", ("2025-09-02", "2025-09-03")),
    case("weekdays-restating-dates-after-tuc", "Làng vui hội sớm (thứ Bảy, Chủ nhật), tức ngày 30/8, 31/8.", ("2025-08-30", "2025-08-31")),
    case("weekday-with-a-solar-date-in-brackets", "Lễ hội làng Cổ Lũng rơi vào Chủ nhật (24-8 dương lịch).", "2025-08-24"),
    # a dotted day.month listed after a dotted date is a date; a dotted number paired with a unit is none
    case("dotted-listed-day", "Hai đợt thi vào ngày 6.4 và 25.5, tại Cần Thơ.", ("2025-04-06", "2025-05-25")),
    case("dotted-pair-before-a-unit", "Lãi suất tăng từ 5.4 và 6.5 điểm.", NOT),
    # ordinals of meetings and stages are no weekdays
    case("ordinal-session", "Hội đồng nhân dân khai mạc kỳ họp thứ 2, khóa mới.", NOT),
    case("ordinal-conference", "Ban chấp hành bế mạc hội nghị thứ 3, chiều cùng ngày.", NOT),
    case("weekday-after-a-verb", "Buổi lễ được tổ chức thứ 6.", "2025-08-22"),
    # a year ending a vision's name is part of the name
    case("vision-name-year", "Hai bên cam kết thực hiện Tầm nhìn Cộng đồng Đông Á 2045.", NOT),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_sixth_round_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


def test_a_lunar_full_moon_keeps_its_rule_id():
    (d,) = parse_dates("Chợ hoa họp vào rằm tháng Chạp.", PUB)
    assert d.rule == "date-lunar-full-moon"


def _lunar_months() -> dict:
    lex = json.loads((resources.files("c4ir_kb") / "data" / "dates.json").read_text(encoding="utf-8"))
    return lex["lunar_months"]


@pytest.mark.parametrize(
    "year,first_day",
    [("2007", "2007-02-17"), ("2024", "2024-02-10"), ("2025", "2025-01-29"), ("2026", "2026-02-17"), ("2030", "2030-02-02")],
)
def test_the_lunar_table_starts_each_year_on_its_tet(year, first_day):
    assert _lunar_months()[year]["months"][0] == first_day


def test_the_lunar_table_has_each_leap_month_where_the_calendar_puts_it():
    leaps = {y: e["leap"][0] for y, e in _lunar_months().items() if "leap" in e and "2017" <= y <= "2028"}
    assert leaps == {"2017": 6, "2020": 4, "2023": 2, "2025": 6, "2028": 5}


def test_every_lunar_month_has_29_or_30_days():
    t = _lunar_months()
    for y, e in t.items():
        starts = [date.fromisoformat(s) for s in e["months"] + ([e["leap"][1]] if "leap" in e else [])]
        if str(int(y) + 1) in t:
            starts.append(date.fromisoformat(t[str(int(y) + 1)]["months"][0]))
        starts.sort()
        assert all(29 <= (b - a).days <= 30 for a, b in zip(starts, starts[1:])), y
