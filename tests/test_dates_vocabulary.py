"""Issue 12: the whole Vietnamese calendar vocabulary, resolved against the publication date.

Each row is a sentence written for this table, the publication date it is read against
(WED = Wednesday 2026-03-11; None: unknown) and the values expected (NOT: no date at all).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from c4ir_kb.extract.dates import lexicon, parse_dates
from c4ir_kb.extract.dates.numbers import spelled_value
from tests.date_cases import NOT, cases_published

WED = date(2026, 3, 11)  # a Wednesday


case = cases_published(WED)


MONTH_AND_DAY_WORDS = [
    # `tháng Giêng`, `tháng Chạp` are lunar months: the solar days they span
    case("thang-Gieng", "Phiên chợ quê họp vào tháng Giêng.", "2026-02-17/2026-03-18"),
    case("thang-Hai", "Vụ lúa đông xuân gieo cấy xong trong tháng Hai.", "2026-02"),
    case("thang-Chap", "Nhà nhà dọn dẹp từ tháng Chạp.", "2026-01-19/2026-02-16"),
    case("thang-ba-lower-end-of-clause", "Hội thi cắm hoa diễn ra vào tháng ba.", "2026-03"),
    case("thang-muoi-mot-lower", "Đường hoa mở cửa trong tháng mười một.", "2025-11"),
    case("thang-muoi-with-year", "Bảo tàng mở cửa lại tháng mười năm 2027.", "2027-10"),
    case("mong-3", "Hội làng mở vào mồng 3 tháng ba.", "2026-03-03"),
    case("mung-mot", "Cả nhà đi chúc Tết mùng một tháng Giêng.", "2026-02-17"),
    case("ngay-d-thang-lower", "Lễ hội bắt đầu ngày 7 tháng ba.", "2026-03-07"),
]

SPELLED_OUT = [
    case("day-month-year-spelled", "Trường khai giảng ngày mười tám tháng chín năm hai nghìn hai mươi sáu.", "2026-09-18"),
    case("year-digit-by-digit", "Ông về hưu năm một chín tám sáu.", "1986"),
    case("year-khong-tram", "Cây cầu được khánh thành năm hai nghìn không trăm hai mươi lăm.", "2025"),
    case("year-le", "Đội bóng thành lập năm hai nghìn lẻ năm.", "2005"),
    case("day-hai-muoi-mot", "Cuộc thi chung kết vào ngày hai mươi mốt tháng tư.", "2026-04-21"),
    case("quy-mot", "Hợp tác xã chia lãi trong quý một.", "2026-Q1"),
    case("quy-ba-nam-nay", "Nhà văn hóa xã hoàn thành trong quý ba năm nay.", "2026-Q3"),
    case("quy-4-cua-nam", "Vườn ươm mở rộng vào quý 4 của năm 2027.", "2027-Q4"),
]

WEEKDAYS_AND_RELATIVE_DAYS = [
    case("bare-weekday-coming", "Câu lạc bộ cờ tướng họp vào thứ Sáu.", "2026-03-13"),
    case("bare-weekday-digit", "Thư viện đóng cửa thứ 6.", "2026-03-13"),
    case("bare-weekday-today-is-coming", "Buổi hòa nhạc diễn ra thứ Tư.", "2026-03-11"),
    case("chu-nhat", "Phố đi bộ mở cửa chủ nhật.", "2026-03-15"),
    case("chua-nhat", "Giáo xứ tổ chức lễ chúa nhật.", "2026-03-15"),
    case("weekday-past-with-hom", "Hôm thứ Hai, hội đồng trường họp bất thường.", "2026-03-09"),
    case("weekday-past-reporting", "Thứ Hai, giám đốc sở cho biết đường đã thông xe.", "2026-03-09"),
    case("weekday-future-wins", "Thứ Hai, sở sẽ công bố danh sách trúng tuyển.", "2026-03-16"),
    case("weekday-toi", "Đội văn nghệ biểu diễn thứ Sáu tới.", "2026-03-13"),
    case("weekday-toi-same-day-is-next-week", "Lớp học mở lại thứ Tư tới.", "2026-03-18"),
    case("weekday-tuan-truoc", "Cửa hàng khai trương thứ Hai tuần trước.", "2026-03-02"),
    case("weekday-tuan-toi", "Hội chợ sách mở vào thứ Năm tuần tới.", "2026-03-19"),
    case("weekday-tuan-nay", "Đoàn kiểm tra đến vào thứ Sáu tuần này.", "2026-03-13"),
    case("weekday-vua-roi", "Trận chung kết diễn ra thứ Ba vừa rồi.", "2026-03-10"),
    case("hom-nay", "Hôm nay, chợ hoa khai mạc.", "2026-03-11"),
    case("bua-nay", "Bữa nay, bà con ra đồng sớm.", "2026-03-11"),
    case("hom-qua", "Hôm qua, xã tổ chức tiêm chủng.", "2026-03-10"),
    case("hom-kia", "Hôm kia, trường đón đoàn kiểm định.", "2026-03-09"),
    case("ngay-mai", "Ngày mai, đội tình nguyện lên đường.", "2026-03-12"),
    case("ngay-kia", "Ngày kia, lớp học bơi khai giảng.", "2026-03-13"),
    case("tuan-nay", "Tuần này, nhà văn hóa sơn lại tường.", "2026-03-09/2026-03-15"),
    case("tuan-toi", "Tuần tới, xã phát gạo cứu trợ.", "2026-03-16/2026-03-22"),
    case("tuan-truoc", "Tuần trước, câu lạc bộ kết nạp thành viên mới.", "2026-03-02/2026-03-08"),
    case("thang-nay", "Tháng này, giá rau xanh giảm.", "2026-03"),
    case("thang-truoc", "Tháng trước, lượng khách tăng gấp đôi.", "2026-02"),
    case("thang-toi", "Tháng tới, bến xe mới hoạt động.", "2026-04"),
    case("nam-ngoai", "Năm ngoái, vườn quốc gia đón nhiều chim di cư.", "2025"),
    case("nam-sau", "Năm sau, trường mở thêm ngành học.", "2027"),
    case("nam-tiep-theo", "Sang năm tiếp theo, đội bóng lên hạng.", "2027"),
    case("quy-tiep", "Quý tiếp, hợp tác xã mua thêm máy gặt.", "2026-Q2"),
    case("month-toi-next", "Nhà máy nước khởi công tháng 2 tới.", "2027-02"),
    case("month-vua-qua-last", "Tháng 5 vừa qua, lượng mưa thấp kỷ lục.", "2025-05"),
    case("weekday-without-published", "Câu lạc bộ cờ tướng họp vào thứ Sáu.", NOT, None),
]

FORMS = [
    case("two-digit-year-2000s", "Biên bản ký ngày 16/1/24 tại xã.", "2024-01-16"),
    case("two-digit-year-1900s", "Ông nhập ngũ ngày 5/11/98.", "1998-11-05"),
    case("dotted-full", "Giấy phép cấp ngày 12.06.2025.", "2025-06-12"),
    case("dashed-full", "Ngày 30-04-1975 đi vào lịch sử.", "1975-04-30"),
    case("iso", "Bản cập nhật phát hành 2025-03-05 cho mọi người dùng.", "2025-03-05"),
    case("day-month-year-without-ngay", "Hợp đồng thuê đất ký 12 tháng 10 năm 2027.", "2027-10-12"),
    case("last-day-of-month", "Hồ sơ nộp chậm nhất ngày cuối cùng của tháng 6.", "2026-06-30"),
    case("last-day-of-february-leap", "Hạn chót là ngày cuối cùng của tháng 2 năm 2028.", "2028-02-29"),
    case("first-day-of-month", "Chợ đêm mở vào ngày đầu tiên của tháng ba.", "2026-03-01"),
    case("dau-thang", "Đầu tháng 5, vụ thu hoạch bắt đầu.", "2026-05"),
    case("giua-thang", "Giữa tháng 5, nước sông lên cao.", "2026-05"),
    case("cuoi-thang", "Cuối tháng 5, học sinh nghỉ hè.", "2026-05"),
    case("half-first-with-year", "Trong 6 tháng đầu năm 2026, xã trồng 5 ha rừng.", "2026-01/2026-06"),
    case("half-second-with-year", "Nửa cuối năm 2026, cầu treo được sửa.", "2026-07/2026-12"),
    case("half-this-year", "Nửa đầu năm nay, hợp tác xã lãi lớn.", "2026-01/2026-06"),
    case("half-without-year-is-this-year", "Sáu tháng cuối năm, xã làm thêm đường.", "2026-07/2026-12"),
    case("half-without-any-year-is-left-out", "Sáu tháng cuối năm, xã làm thêm đường.", NOT, None),
    case("decade-four-digits", "Khu phố cổ sầm uất từ thập niên 1990.", "1990/1999"),
    case("decade-two-digits", "Bài hát nổi tiếng những năm 80.", "1980/1989"),
    case("target-year", "Xã phấn đấu phủ xanh đồi trọc đến 2035.", "2035"),
    case("target-year-before", "Con đường được trải nhựa trước 2030.", "2030"),
    case("target-day-this-year", "Hồ sơ phải nộp trước 30/6 năm nay.", "2026-06-30"),
    case("day-nam-nay", "Phiên chợ mở ngày 1/5 năm nay.", "2026-05-01"),
    case("ngay-dotted-day-month", "Ngày 5.3, đoàn thiện nguyện đến bản.", "2026-03-05"),
    case("month-slash-year", "Trạm bơm vận hành từ 02/2027.", "2027-02"),
    case("lunar-year-name", "Xuân Đinh Mùi 2027, làng hoa đón khách sớm.", "2027"),
    case("lunar-year-name-wrong-keeps-number-rules", "Xuân Giáp Tý năm 2027, làng hoa đón khách.", "2027"),
    case("giai-doan-den", "Giai đoạn 2021 đến 2025, xã xây 3 trường.", "2021/2025"),
]

NOT_DATES = [
    case("ordinal-lan-thu-hai", "Đây là lần thứ hai câu lạc bộ tổ chức giải.", NOT),
    case("ordinal-lon-thu-hai", "Hồ này lớn thứ hai của tỉnh.", NOT),
    case("ordinal-dung-thu-2", "Đội bóng đứng thứ 2 sau lượt đi.", NOT),
    case("ordinal-followed-by-noun", "Ông là người con thứ hai của làng.", NOT),
    case("secondly", "Thứ hai, cần thêm cây xanh cho khu phố.", NOT),
    case("weekday-every-week", "Thư viện đóng cửa thứ Hai hàng tuần.", NOT),
    case("thang-hai-lan", "Câu lạc bộ họp mỗi tháng hai lần.", NOT),
    case("nam-thang-duration", "Sau năm tháng, cây cầu hoàn thành.", NOT),
    case("six-months-no-year", "Phí được miễn trong 6 tháng đầu.", NOT),
    case("amount-after-den", "Giá vé tăng từ 1800 lên 2000 đồng.", NOT),
    case("quantity-after-den", "Số hộ tham gia tăng đến 2035 hộ.", NOT),
    case("vision-bare-year", "Tầm nhìn 2045 của xã được công bố.", NOT),
    case("document-month-year", "Thông tư 01/2024 có hiệu lực.", NOT),
    case("document-number-with-suffix", "Nghị định 13/2023/NĐ-CP quy định chi tiết.", NOT),
    case("version-two-digit", "Phiên bản 1.2.24 sửa nhiều lỗi.", NOT),
    case("ratio-slash-count", "Có 3/12 xã đạt chuẩn nông thôn mới.", NOT),
    case("score", "Đội nhà thắng với tỷ số 2-1.", NOT),
    case("decimal-after-ngay", "Mỗi ngày 5.3% số khách quay lại.", NOT),
    case("year-duration-spelled", "Ông làm nghề năm năm.", NOT),
    case("spelled-year-before-unit", "Cô bán được năm hai nghìn bó rau.", NOT),
    case("lunar-name-without-year", "Ông Đinh Mùi phát biểu.", NOT),
    case("decade-needs-round-year", "Những năm 2025 trở lại đây, giá tăng.", "2025"),
]


@pytest.mark.parametrize("sentence, published, expected", MONTH_AND_DAY_WORDS)
def test_month_and_day_words(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


@pytest.mark.parametrize("sentence, published, expected", SPELLED_OUT)
def test_spelled_out_numbers(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


@pytest.mark.parametrize("sentence, published, expected", WEEKDAYS_AND_RELATIVE_DAYS)
def test_weekdays_and_relative_days(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


@pytest.mark.parametrize("sentence, published, expected", FORMS)
def test_forms(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


@pytest.mark.parametrize("sentence, published, expected", NOT_DATES)
def test_not_dates(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


@pytest.mark.parametrize(
    "words, number",
    [("mười tám", 18), ("hai mươi mốt", 21), ("ba mươi", 30), ("mười lăm", 15), ("chín mươi tư", 94),
     ("hai nghìn hai mươi sáu", 2026), ("hai ngàn lẻ năm", 2005), ("một chín tám sáu", 1986), ("hai không hai lăm", 2025)],
)
def test_number_words(words, number):
    assert spelled_value(words) == number


@pytest.mark.parametrize("words", ["mốt", "lăm mươi", "mười mốt", "nghìn", "hai trăm trăm"])
def test_words_that_are_no_number(words):
    assert spelled_value(words) is None


def test_spelled_out_span_is_the_whole_expression_as_written():
    text = "Trường khai giảng ngày mười tám tháng chín năm hai nghìn hai mươi sáu."
    (d,) = parse_dates(text, WED)
    assert d.text == "ngày mười tám tháng chín năm hai nghìn hai mươi sáu" == text[d.start : d.end]


# --- a weekday beside a date is checked; the written date is kept either way


def test_weekday_that_agrees_with_its_date_keeps_the_rule():
    (d,) = parse_dates("Thứ Tư, 7/1/2015, hội thảo khai mạc.")
    assert (d.value, d.rule) == ("2015-01-07", "date-dmy")


def test_weekday_that_disagrees_keeps_the_date_and_says_so_in_the_rule():
    (d,) = parse_dates("Thứ Năm, 7/1/2015, hội thảo khai mạc.")
    assert (d.value, d.rule) == ("2015-01-07", "date-dmy+weekday-mismatch")


def test_weekday_in_parentheses_checked_against_the_resolved_year():
    (d,) = parse_dates("Chiều thứ Ba (10/3), xã ra quân làm đường.", WED)
    assert (d.value, d.rule) == ("2026-03-10", "date-dm")


# --- semantics that the README states


def test_tuan_toi_is_an_interval_monday_to_sunday():
    (d,) = parse_dates("Tuần tới, xã phát gạo cứu trợ.", date(2026, 3, 15))  # a Sunday
    assert (d.value, d.precision) == ("2026-03-16/2026-03-22", "interval")


def test_without_published_no_relative_value_and_no_year_from_the_clock():
    ds = parse_dates("Hôm qua, thứ Sáu tới và năm nay, chợ họp ngày 5/3.")
    assert [(d.value, d.year_source) for d in ds] == [("--03-05", "unresolved")]


# --- grammar as data: every rule id is declared in dates.json and reaches the stored row


def test_every_rule_id_comes_from_the_lexicon():
    ids = set(lexicon()["rules"].values())
    text = "Ngày 16/1/24, tháng Giêng, quý một năm 2026, thứ Sáu tới, đến 2035, thập niên 1990, 6 tháng đầu năm 2026."
    rules = [d.rule for d in parse_dates(text, WED)]
    assert rules and all(r in ids for r in rules)
    assert len(set(rules)) >= 6


def test_rule_reaches_the_dates_table(tmp_path):
    from typer.testing import CliRunner

    from c4ir_kb.cli.app import app

    src = tmp_path / "bai.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "Xã khánh thành cầu ngày 16/1/24. Thứ Sáu tới, xã họp.", "published": "2026-03-11"}) + "\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    r = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    rows = sqlite3.connect(db).execute("SELECT value, rule FROM dates ORDER BY start").fetchall()
    assert rows == [("2024-01-16", "date-dmy-2digit-year"), ("2026-03-13", "date-weekday")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Văn phòng xã làm việc từ thứ Hai đến thứ Sáu.",
        "Bảo tàng mở cửa vào các ngày thứ Bảy và chủ nhật.",
        "Lớp học bơi mở thứ 2 - thứ 6.",
    ],
)
def test_weekdays_that_recur_every_week_are_not_dates(sentence):
    assert parse_dates(sentence, WED) == []


@pytest.mark.parametrize(
    "sentence, published, value",
    [
        ("Cụ sinh ngày 2/9/45 tại làng.", WED, "1945-09-02"),  # within 89 years before publication
        ("Giấy khai sinh ghi ngày 3/4/05.", date(1998, 6, 1), "2005-04-03"),  # up to 10 years after it
        ("Giấy khai sinh ghi ngày 3/4/05.", None, "2005-04-03"),  # no publication date: pivot 30
        ("Cụ sinh ngày 2/9/45 tại làng.", None, "1945-09-02"),
        ("Phong trào nở rộ những năm 20.", WED, "2020/2029"),  # a decade already begun
        ("Phong trào nở rộ những năm 20.", date(2017, 2, 2), "1920/1929"),
    ],
)
def test_the_century_of_a_two_digit_year(sentence, published, value):
    assert [d.value for d in parse_dates(sentence, published)] == [value]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Cây đa bị đổ 3 ngày trước.", "2026-03-08"),
        ("Con đê được đắp lại 2 tuần trước.", "2026-02-23/2026-03-01"),
        ("Quán ăn đổi chủ 3 tháng trước.", "2025-12"),
        ("Ngôi trường được xây 10 năm trước.", "2016"),
        ("Cửa hàng khai trương sau 5 ngày nữa.", "2026-03-16"),
    ],
)
def test_ago_and_in_n_units_are_points(sentence, value):
    assert [d.value for d in parse_dates(sentence, WED)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 3 năm trước đó, xã không có trường.",
        "Ba năm trước đó, cây cầu bị sập.",
        "Hạn nộp được gia hạn thêm 2 tuần nữa.",
        "Ngôi đình được dựng cách đây 30 năm.",
        "Dự án kéo dài 3 năm tới.",
    ],
)
def test_stretches_of_time_are_not_points(sentence):
    assert parse_dates(sentence, WED) == []


def test_ago_without_published_is_left_out():
    assert parse_dates("Cây đa bị đổ 3 ngày trước.") == []


def test_thg_is_the_month_abbreviation():
    assert [d.value for d in parse_dates("Hội chợ mở ngày 13 thg 8 năm 2027 và đóng cuối thg 9 năm 2027.")] == ["2027-08-13", "2027-09"]


@pytest.mark.parametrize("sentence", ["Đoàn đến vào thứ ſáu tới.", "Báo cáo quý İ đã xong.", "Hội chợ năm ſau mở."])
def test_a_case_variant_the_lexicon_lacks_is_no_date_and_no_error(sentence):
    # `ſ` (long s) and `İ` match `s` and `i` case-insensitively but are not our words
    assert parse_dates(sentence, WED) == []


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Tòa nhà khánh thành 8 tháng 1, 2027.", "2027-01-08"),
        ("Tòa nhà khánh thành tháng 1 2027.", "2027-01"),
        ("Bản đồ được cập nhật 2027/01/08.", "2027-01-08"),
        ("Năm kia, làng nghề mở thêm xưởng.", "2024"),
        ("Tuần sau nữa, trường thi học kỳ.", "2026-03-23/2026-03-29"),
        ("Tháng trước nữa, giá gạo tăng.", "2026-01"),
    ],
)
def test_more_written_forms(sentence, value):
    assert [d.value for d in parse_dates(sentence, WED)] == [value]


def test_a_year_after_a_bare_space_is_not_read_before_a_unit():
    assert [d.value for d in parse_dates("Trong tháng 6 2000 người đến thăm.", WED)] == ["2026-06"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Đám cưới tổ chức mười tám tháng chín năm 2026.", "2026-09-18"),
        ("Cây đa bị đổ ba ngày trước.", "2026-03-08"),
        ("Ngôi trường được xây hai năm trước.", "2024"),
        ("Khu phố sầm uất từ thập niên chín mươi.", "1990/1999"),
        ("Bài hát nổi tiếng những năm tám mươi.", "1980/1989"),
        ("Hạn chót là ngày mười lăm tháng này.", "2026-03-15"),
    ],
)
def test_spelled_numbers_in_more_places(sentence, value):
    assert [d.value for d in parse_dates(sentence, WED)] == [value]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Chợ phiên họp mùng 5 tháng tới.", "2026-04-05"),
        ("Học sinh nhập học ngày 3 tháng trước.", "2026-02-03"),
        ("Hồ sơ nộp trước ngày 31 tháng này.", "2026-03-31"),
    ],
)
def test_a_day_of_a_relative_month(sentence, value):
    assert [d.value for d in parse_dates(sentence, WED)] == [value]


def test_a_day_missing_from_the_relative_month_is_dropped():
    assert parse_dates("Hồ sơ nộp ngày 31 tháng tới.", WED) == []  # April has 30 days


def test_a_spelled_count_of_months_is_a_duration():
    assert parse_dates("Công trình kéo dài mười tám tháng.", WED) == []


def test_a_digit_weekday_beside_a_date_is_checked_too():
    (ok,) = parse_dates("Thứ 5 (16/1/2025), hội nghị bế mạc.")
    (bad,) = parse_dates("Thứ 6 (16/1/2025), hội nghị bế mạc.")
    assert (ok.rule, bad.rule, bad.value) == ("date-dmy", "date-dmy+weekday-mismatch", "2025-01-16")


def test_chua_nhat_beside_a_date_is_part_of_its_span():
    (d,) = parse_dates("Chúa nhật (19/1/2025), giáo xứ mừng lễ.")
    assert (d.text, d.value, d.rule) == ("Chúa nhật (19/1/2025)", "2025-01-19", "date-dmy")


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Chợ hoa Tết Bính Ngọ mở sớm.", ("2026",)),  # the year of that name nearest to publication
        ("Làng gốm chuẩn bị cho Xuân Đinh Mùi.", ("2027",)),
        ("Ông Đinh Mùi mở quán phở.", ()),  # a name without Tết/Xuân/năm may be a person's
        ("Chợ hoa Tết Giáp Sửu mở sớm.", ()),  # no such year: stem and branch of different parity
    ],
)
def test_a_lunar_year_name_alone_is_read_against_published(sentence, value):
    assert tuple(d.value for d in parse_dates(sentence, WED)) == value


def test_a_bare_weekday_repeating_a_dated_one_is_that_date_even_without_published():
    ds = parse_dates("Sáng thứ Hai (9/3/2026), xã đón đoàn. Cũng trong sáng thứ Hai, xã họp dân.")
    assert [(d.text, d.value) for d in ds] == [("Sáng thứ Hai (9/3/2026)", "2026-03-09"), ("sáng thứ Hai", "2026-03-09")]


def test_a_weekday_fixed_by_tuan_toi_is_not_taken_from_a_dated_one():
    ds = parse_dates("Thứ Hai (9/3), xã đón đoàn; thứ Hai tuần tới, xã họp dân.", WED)
    assert [d.value for d in ds] == ["2026-03-09", "2026-03-16"]


def test_nam_tiep_theo_counts_on_from_the_year_the_sentence_names():
    ds = parse_dates("Năm 2020, hợp tác xã lỗ; năm tiếp theo, hợp tác xã có lãi.", WED)
    assert [d.value for d in ds] == ["2020", "2021"]


def test_the_following_month_of_a_story_is_not_read_against_publication():
    assert parse_dates("Xã báo cáo trước ngày 15 của tháng kế tiếp.", WED) == []
