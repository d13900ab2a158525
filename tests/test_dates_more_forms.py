"""Date forms real news writes that the grammar first missed (issue 12, third round): each row a
sentence written for this table, the publication date and the values expected (NOT: no date)."""

from __future__ import annotations

from datetime import date

import pytest

from c4ir_kb.extract.dates import parse_dates
from tests.date_cases import NOT, cases_published

WED = date(2026, 3, 18)  # a Wednesday


case = cases_published(WED)


CASES = [
    # a range of two full dates joined by a dash, with no space
    case("dmy-dash-dmy", "Triển lãm ảnh về chặng đường (19/8/1945-19/8/2025) mở cửa tự do.", "1945-08-19/2025-08-19"),
    # a yearless dotted day range after `ngày`; a dotted pair alone stays a decimal
    case("dotted-day-range-after-ngay", "Lớp tập huấn kéo dài 2 ngày 26 - 27.3.", "2026-03-26/2026-03-27"),
    case("dotted-pair-range-no-ngay", "Chỉ số dao động 26 - 27.3 điểm.", NOT),
    # `đến hết ngày` closes a range
    case("range-den-het-ngay", "Chương trình áp dụng từ ngày 19/2 đến hết ngày 31/12/2026.", "2026-02-19/2026-12-31"),
    # the first or last N months of a year
    case("months-first-of-year", "Sản lượng 05 tháng đầu năm 2025 tăng 12%.", "2025-01/2025-05"),
    case("months-first-spelled", "Chín tháng đầu năm nay, xã trồng mới 40 ha rừng.", "2026-01/2026-09"),
    case("months-last-of-year", "Thành phố dồn vốn cho 3 tháng cuối năm.", "2026-10/2026-12"),
    case("months-first-without-nam-is-duration", "Trong 5 tháng đầu, dự án chậm tiến độ.", NOT),
    # relative months and weeks with `vừa qua` / `vừa rồi`
    case("thang-vua-qua", "Tháng vừa qua, hợp tác xã xuất bán 20 tấn cam.", "2026-02"),
    case("tuan-vua-roi", "Tuần vừa rồi, trạm y tế tiêm cho 300 trẻ.", "2026-03-09/2026-03-15"),
    case("trua-mai", "Đoàn công tác về đến trưa mai.", "2026-03-19"),
    # `hồi` before a yearless month: the last such month up to publication
    case("hoi-thang-past", "Hồi tháng 12, nhà máy đã chạy thử.", "2025-12", date(2026, 11, 20)),
    case("thang-without-hoi-nearest", "Tháng 12, nhà máy sẽ chạy thử.", "2026-12", date(2026, 11, 20)),
    # the whole of `10 năm qua` is a duration (the number before it has two digits)
    case("two-digit-count-before-nam-qua", "Trong 10 năm qua, làng nghề giữ được 40 hộ.", NOT),
    # lower-case ordinals after a head noun are not weekdays
    case("ordinal-after-van-de", "Đại biểu chuyển sang nhóm vấn đề thứ hai, về giáo dục.", NOT),
    case("weekday-lower-still-read", "Buổi họp dời sang thứ hai.", "2026-03-23"),
    # scores written with a dash after a verb of winning or losing
    case("score-after-thang", "Đội nhà thắng đội khách 2-1 trên sân nhà.", NOT),
    case("score-after-thua", "Câu lạc bộ để thua 1-3 ở vòng bảng.", NOT),
    case("chien-thang-date-kept", "Thành phố kỷ niệm chiến thắng 30-4 bằng lễ diễu hành.", "2026-04-30"),
    # a dotted day.month in brackets after a weekday, a part of day or Tết
    case("dotted-in-brackets-after-weekday", "Chiều thứ Hai (9.3), xã ra quân dọn vệ sinh.", "2026-03-09"),
    case("dotted-in-brackets-decimal", "Chỉ số tăng (23.2) điểm so với tuần trước.", "2026-03-09/2026-03-15"),
    # the days of Tết, by the table of the solar day of each Tết
    case("mung-tet-nearest", "Mùng 7 Tết, cảng cá hoạt động trở lại.", "2026-02-23"),
    case("mung-tet-named-year", "Mùng 2 Tết Đinh Mùi, chợ hoa mở lại.", "2027-02-07"),
    case("mong-tet-written-year", "Mồng 3 Tết năm 2025, đền mở cửa đón khách.", "2025-01-31", None),
    case("mung-tet-no-published", "Mùng 4 Tết, chợ họp lại.", NOT, None),
    # a fixed holiday named without its date
    case("giang-sinh", "Nhà thờ chuẩn bị lễ Giáng sinh năm 2026.", "2026-12-25"),
    case("noel-nearest", "Phố đi bộ đông khách dịp Noel.", "2025-12-25", date(2026, 1, 3)),
    # a weekday right after a full date is that date's, checked against it
    case("weekday-in-brackets-after-date", "Hội chợ khai mạc ngày 5 tháng 5 năm 2025 (thứ Hai).", "2025-05-05"),
    case("weekday-after-comma-mismatch-kept", "Lễ ra quân diễn ra ngày 5/5/2025, thứ Ba.", "2025-05-05"),
    # a second year listed after `năm`
    case("listed-year", "Kế hoạch vốn năm 2026 và 2027 đã được duyệt.", ("2026", "2027")),
    case("listed-year-count", "Năm 2026 và 2027 người dự thi.", "2026"),
    # quarters joined into an interval
    case("quarter-range-slash-year", "Công trình thi công trong quý 3-4/2026.", "2026-Q3/2026-Q4"),
    case("quarter-range-from-to", "Từ quý II đến quý IV năm 2027, nhà máy chạy thử.", "2027-Q2/2027-Q4"),
    # a day and a month ending a clause, without `ngày` or a year; not after a duration word
    case("day-thang-month-end-of-clause", "Lễ tri ân thầy cô được tổ chức 20 tháng 11.", "2025-11-20"),
    case("day-thang-month-after-duration", "Công trình chậm mất 2 tháng 3.", "2026-03"),
    # words after a yearless day or month that fix its year
    case("day-toi-next-year", "Giải chạy diễn ra ngày 12/3 tới.", "2027-03-12"),
    case("day-vua-qua-last", "Buổi lễ ngày 20/3 vừa qua thu hút nhiều người.", "2025-03-20"),
    case("month-nay-this-year", "Cầu sẽ thông xe vào tháng 11 này.", "2026-11"),
    # two years joined by a slash after a period word only
    case("school-year-slash", "Trường tuyển sinh năm học 2025/2026 sớm.", "2025/2026"),
    case("slash-years-document", "Công văn 2025/2026 được ban hành.", NOT),
    # days named by their place in Tết, and Tết's year
    case("ram-thang-gieng", "Lễ hội đèn lồng diễn ra vào rằm tháng Giêng.", "2026-03-03"),
    case("giao-thua", "Pháo hoa được bắn đêm giao thừa.", "2026-02-16"),
    case("ram-no-published", "Phố cổ thả đèn hoa đăng dịp rằm tháng Giêng.", NOT, None),
    case("tet-nguyen-dan-year", "Chợ hoa Tết Nguyên đán 2027 mở sớm.", "2027"),
    case("tet-duong-lich", "Kỳ nghỉ Tết Dương lịch 2027 kéo dài 3 ngày.", "2027-01-01"),
    # the first or last whole week of a month
    case("first-week-of-month", "Đợt tiêm chủng diễn ra tuần đầu tiên của tháng 9 năm 2027.", "2027-09-06/2027-09-12"),
    case("last-week-of-month", "Hội chợ mở vào tuần cuối tháng 5.", "2026-05-25/2026-05-31"),
    case("week-of-month-no-year", "Hội chợ mở vào tuần cuối tháng 5.", NOT, None),
    # a bare year as the base of a comparison
    case("so-voi-year", "Sản lượng lúa tăng 4% so với 2024.", "2024"),
    case("so-voi-count", "Số hộ nghèo giảm so với 2024 hộ năm trước.", "2025"),
    # spoken tens without `mươi`
    case("hai-mot-contracted", "Buổi hòa nhạc diễn ra ngày hai mốt tháng ba.", "2026-03-21"),
    case("hai-tu-contracted", "Cửa hàng khai trương ngày hai tư tháng sáu.", "2026-06-24"),
    # lunar dates: the solar day of the lunar day (a day of the first lunar month is a day of Tết)
    case("lunar-first-month", "Hội làng vào mùng 10 tháng Giêng âm lịch.", "2026-02-26"),
    case("lunar-first-month-year", "Lễ hội ngày 15 tháng 1 năm 2027 (âm lịch) thu hút du khách.", "2027-02-20"),
    case("lunar-other-month", "Giỗ Tổ vào ngày 10/3 âm lịch.", "2026-04-26"),
    # document numbers with a rank before them stay out
    case("rank-slash", "Trường đứng hạng 2/10 của tỉnh.", NOT),
]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_more_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


def test_new_rules_reach_the_row():
    rules = {d.rule for d in parse_dates("Mùng 7 Tết; 05 tháng đầu năm 2025; (1/1/2020-2/2/2021); lễ Giáng sinh.", WED)}
    assert {"date-tet-day", "date-months-of-year", "date-dmy-range", "date-holiday"} <= rules
