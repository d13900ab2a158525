"""Date forms of the fifth round (issue 12), found on unlabelled news: each row a sentence
written for this table, the publication date and the values expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

PUB = date(2026, 2, 10)


case = cases_published(PUB)


CASES = [
    # a bare year after a name: an event, a competition, a plan (rule date-name-year)
    case("name-year-after-acronym", "Kỳ thi tốt nghiệp THPT 2026 sẽ sớm hơn mọi năm.", "2026"),
    case("name-year-after-capitalised-name", "Đội tuyển chuẩn bị cho Giải vô địch Mê Kông Cup 2027 tại Huế.", "2027"),
    case("name-year-after-head-noun", "Hội đồng thông qua kế hoạch 2026 của công ty Lạc Hồng.", "2026"),
    case("name-year-ending-its-clause", "Khép lại mùa họp cổ đông ngân hàng 2025, nhiều nơi chia cổ tức.", "2025"),
    case("name-year-listed", "Hai kỳ gần nhất 2021 và 2023, đội đều về nhất.", ("2021", "2023")),
    case("season-year", "Chương trình du lịch hè 2026 có nhiều tour mới.", "2026"),
    case("season-year-after-mua", "Đợt rét đầu mùa đông 2025 đến sớm.", "2025"),
    case("name-year-in-brackets", "Thành tích tốt thứ hai là 150 huy chương (2019).", "2019"),
    case("name-year-not-a-count", "Nhà máy Hòa Bình tuyển 2000 công nhân mới.", NOT),
    case("name-year-not-after-a-quantity-word", "Khu đô thị có hơn 2020 căn hộ đã bàn giao.", NOT),
    case("name-year-not-a-hotline", "Người dân có thể gọi tổng đài 1900.", NOT),
    case("name-year-not-a-document-number", "Nghị quyết 2025 của hội đồng được công bố.", NOT),
    case("name-year-not-after-vision", "Chiến lược đến năm 2030, tầm nhìn 2045.", "2030"),
    case("name-year-not-in-a-convention-name", "Việc trùng tu phải theo Công ước Bảo tồn biển 1982.", NOT),
    case("name-year-not-in-a-law-name", "Theo Luật Nhà ở 2023, hồ sơ được rút gọn.", NOT),
    # a dotted day.month after a range or target word, a holiday, or in brackets after `hôm nay`
    case("dotted-after-tu", "Ông Trần Văn Lộc làm giám đốc từ 1.7.", "2026-07-01"),
    case("dotted-range-after-tu-den", "Vòng bảng diễn ra từ 24.7 đến 8.8.", "2026-07-24/2026-08-08"),
    case("dotted-range-second-end-after-ngay", "Vòng loại diễn ra từ ngày 15.8 đến 26.8.", "2026-08-15/2026-08-26", date(2026, 6, 1)),
    case("dotted-after-tu-stays-a-number-before-len", "Chỉ số tăng từ 6.5 lên 7.2 điểm.", NOT),
    case("dotted-range-stays-a-number-before-a-unit", "Điểm chuẩn dao động từ 7.5 đến 8.5 điểm.", NOT),
    case("dotted-range-to-a-whole-number-stays-a-number", "Lãi suất tăng từ 3.5 đến 4 điểm.", NOT),
    case("dotted-after-quoc-khanh", "Các công trình chào mừng Quốc khánh 2.9 đã khởi công.", "2025-09-02"),
    case("dotted-in-brackets-after-hom-nay", "Lễ bốc thăm diễn ra lúc 16 giờ hôm nay (10.2).", "2026-02-10"),
    # two day/months joined by a bare dash
    case("dm-pair-range", "Dịp nghỉ lễ 30/4-1/5 năm nay kéo dài năm ngày.", "2026-04-30/2026-05-01"),
    case("dm-pair-range-over-new-year", "Hội chợ mở ngày 30/12-2/1/2027 tại Cần Thơ.", "2026-12-30/2027-01-02"),
    case("dm-pair-range-not-a-ratio", "Tỷ lệ 3/4-1/2 được giữ nguyên.", NOT),
    # not dates
    case("lunar-full-moon-month", "Lễ Vu Lan diễn ra vào rằm tháng Bảy.", "2025-09-06"),
    case("wind-force-range", "Bão mạnh cấp 9-10, giật cấp 12.", NOT),
    case("august-revolution-is-a-name", "Lễ kỷ niệm Cách mạng Tháng Tám được tổ chức trọng thể.", NOT),
    case("ordinal-after-mon", "Kỳ thi gồm Toán, Văn và môn thứ 3 do tỉnh chọn.", NOT),
    case("ordinal-after-ngon-ngu", "Tiếng Anh sẽ là ngôn ngữ thứ hai trong trường học.", NOT),
    case("nam-sau-before-a-duration", "Công ty đạt 80% kế hoạch năm sau 9 tháng.", NOT),
    # a lunar day range: the solar days of its ends, in the lunar year nearest to publication
    case("lunar-day-range", "Lễ hội diễn ra từ ngày 1 - 10/3 âm lịch tại đền Hùng.", "2026-04-17/2026-04-26"),
    case("lunar-day-with-its-year-name", "Hội làng mở từ mùng 10 tháng Giêng năm Ất Tỵ.", "2025-02-07"),
    case("lunar-month-with-its-year-name", "Hội làng mở vào tháng Giêng năm Ất Tỵ.", "2025-01-29/2025-02-27"),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_fifth_round_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


def test_a_name_year_keeps_its_rule_id():
    (d,) = parse_dates("Kỳ thi tốt nghiệp THPT 2026 sẽ sớm hơn.", PUB)
    assert d.rule == "date-name-year"


def _values(text: str, published: date) -> list[str]:
    return [d.value for d in parse_dates(text, published)]


def test_a_day_written_again_is_the_day_the_article_dated_before():
    text = "Năm sau, kỳ thi dự kiến vào ngày 11-12/6. Nếu thi ngày 11-12/6 thì lịch học bị dồn."
    assert _values(text, date(2025, 9, 20)) == ["2026", "2026-06-11/2026-06-12", "2026-06-11/2026-06-12"]


def test_an_anniversary_day_written_again_is_this_years():
    text = "Ngày 2/9/1945, bản tuyên ngôn được đọc. Sáng 2/9, lễ diễu binh diễn ra tại quảng trường."
    assert _values(text, date(2025, 9, 1)) == ["1945-09-02", "2025-09-02"]


def test_a_bare_mung_day_in_a_sentence_about_tet_is_a_day_of_tet():
    text = "Dịp Tết, từ mùng 1 đến mùng 5 chùa Linh Sơn đón nhiều khách."
    assert _values(text, date(2026, 2, 20)) == ["2026-02-17", "2026-02-21"]


def test_a_bare_mung_day_elsewhere_takes_the_month_of_the_date_before():
    assert _values("Ngày 10/3, hội mở. Mùng 6, đoàn về thăm.", date(2026, 3, 1)) == ["2026-03-10", "2026-03-06"]


def test_a_bare_mung_day_about_tet_needs_a_publication_date():
    assert _values("Dịp Tết, mùng 4 là ngày khai trương.", None) == []


def test_a_future_clause_moves_a_day_long_past_to_the_coming_year():
    text = "Vòng bảng sẽ diễn ra theo thể thức sân nhà - sân khách từ 24.7 đến 8.8."
    assert _values(text, date(2026, 1, 15)) == ["2026-07-24/2026-08-08"]


def test_a_future_clause_keeps_a_recent_past_day():
    text = "Công ty Hồng Lam sẽ trả cổ tức cho cổ đông có tên ngày 12/1."
    assert _values(text, date(2026, 1, 20)) == ["2026-01-12"]


def test_without_a_future_word_the_nearest_year_stays():
    assert _values("Vòng bảng diễn ra từ ngày 24/7 đến ngày 8/8.", date(2026, 1, 15)) == ["2025-07-24/2025-08-08"]
