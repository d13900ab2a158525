"""Issue 4: Vietnamese date expressions -> ISO 8601 values.

The table reads as the specification: each row is a news-style sentence, the
publication date it is read against (None: unknown) and the values expected
(NOT: no date at all). The seed articles are checked against their gold.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from c4ir_kb.extract.dates import resolve as dates_mod
from c4ir_kb.extract.dates import extract_dates, lexicon, parse_dates
from tests.date_cases import NOT, cases_published

PUB = date(2025, 1, 3)  # a Friday
ROOT = Path(__file__).resolve().parents[1]


case = cases_published(None)


CASES = [
    # --- day, written in full or yearless
    case("ngay-d/m", "Ngày 16/1, UBND TP.HCM ký thỏa thuận với WEF.", "--01-16"),
    case("ngay-d/m/y", "Sự kiện diễn ra vào ngày 16/1/2024 tại Davos.", "2024-01-16"),
    case("d-m-y", "Hợp đồng được ký hôm 16-1-2024 tại Hà Nội.", "2024-01-16"),
    case("dd.mm.yyyy", "Văn bản có hiệu lực từ 16.01.2024.", "2024-01-16"),
    case("zero-padded", "Ngày 05/03/2024, hội nghị khai mạc.", "2024-03-05"),
    case("ngay-d-thang-m-nam-y", "Lễ ký kết diễn ra ngày 16 tháng 1 năm 2024.", "2024-01-16"),
    case("ngay-d-thang-m", "Hội nghị khai mạc ngày 5 tháng 12 tại Hà Nội.", "--12-05"),
    case("ngay-d-thang-name-year", "Ngày 16 tháng Sáu năm 2024, lễ hội bắt đầu.", "2024-06-16"),
    case("mong-d-thang-m", "Hội chợ mở cửa từ mồng 6 tháng 2.", "--02-06"),
    case("mung-d-thang-m", "Người dân đi lễ chùa vào mùng 6 tháng 2.", "--02-06"),
    case("mung-d/m", "Các cửa hàng mở cửa trở lại từ mùng 6/2.", "--02-06"),
    # `tháng Giêng` is a lunar month: without a publication date there is no year to read it in
    case("mung-thang-gieng", "Mùng 2 tháng Giêng, người dân đi lễ đầu năm.", NOT),
    case("mung-alone-listed", "Chợ hoa mở cửa mùng 6 và mùng 7/2.", ("--02-06", "--02-07")),
    case("mung-alone-after-date", "Đoàn đến ngày 1/5, ở lại đến mùng 6 thì về.", ("--05-01", "--05-06")),
    case("Ngay-d-m-y-dashes", "Ngày 11-11-2025, hội thảo quốc tế được tổ chức.", "2025-11-11"),
    case("bare-d-m-dash", "Kết quả sẽ được công bố trước 27-11.", "--11-27"),
    case("bare-d/m", "Quy định mới có hiệu lực từ 1/7.", "--07-01"),
    case("bare-before-deadline", "Các dự án phải giải ngân trước 30/6.", "--06-30"),
    case("sang-d/m", "Sáng 5/12, đoàn công tác đến Cần Thơ.", "--12-05"),
    case("chieu-toi-d/m", "Chiều tối 22/12, lãnh đạo TP gặp gỡ doanh nghiệp.", "--12-22"),
    case("rang-sang-d/m", "Rạng sáng 3/2, một vụ cháy xảy ra tại quận 8.", "--02-03"),
    case("toi-d/m", "Tối 31/12, người dân đổ về phố đi bộ Nguyễn Huệ.", "--12-31"),
    case("trua-d/m", "Trưa 1/6, các em nhỏ được tặng quà.", "--06-01"),
    case("dem-d/m", "Đêm 24/12, nhà thờ Đức Bà đông nghẹt người.", "--12-24"),
    case("chieu-ngay-d/m/y", "Chiều ngày 6/1/2025, Quốc hội bế mạc kỳ họp.", "2025-01-06"),
    case("weekday-paren", "Hôm thứ Năm (16/1), Thủ tướng dự phiên thảo luận.", "--01-16"),
    case("weekday-comma-ngay", "Thứ Hai, ngày 6/1/2025, cuộc họp bắt đầu.", "2025-01-06"),
    case("chu-nhat-paren", "Chủ nhật (19/1), hàng nghìn người tham gia.", "--01-19"),
    case("part-of-day-weekday", "Sáng thứ Bảy (18/1), đoàn đến Davos.", "--01-18"),
    case("weekday-digit", "Thứ 5 (16/1), hội nghị bế mạc.", "--01-16"),
    case("leap-day-with-year", "Ngày 29/2/2024 là ngày nhuận.", "2024-02-29"),
    case("leap-day-yearless", "Ngày 29/2, đoàn đi thực tế tại Long An.", "--02-29"),
    case("year-end", "Chiến dịch kết thúc ngày 31/12/2025.", "2025-12-31"),
    case("chien-thang-30/4", "Lễ kỷ niệm chiến thắng 30/4 được tổ chức trọng thể.", "--04-30"),
    case("date-after-legal-number", "Theo Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "2024-12-22"),
    case("comma-glued", "Ngày 16/1,trong khuôn khổ WEF tại Davos.", "--01-16"),
    case("glued-part-of-day", "Anh LêChiều tối 22/12, lãnh đạo TP.HCM có buổi gặp gỡ.", "--12-22"),
    case("followed-by-UBND", "Ngày 16/1 UBND TP.HCM đã ký thỏa thuận.", "--01-16"),
    # --- month
    case("thang-m/y", "C4IR dự kiến đi vào hoạt động từ tháng 6/2024.", "2024-06"),
    case("thang-m-nam-y", "Dự án được khởi công tháng 6 năm 2024.", "2024-06"),
    case("thang-m-y-dash", "Nhà máy vận hành từ tháng 12-2024.", "2024-12"),
    case("thang-Sau", "Đề án sẽ được trình Chính phủ vào tháng Sáu.", "--06"),
    case("thang-Chap", "Tháng Chạp là mùa cao điểm mua sắm.", NOT),
    case("thang-gieng-lower", "Trong tháng giêng, giá rau tăng mạnh.", NOT),
    case("thang-Tu", "Hội chợ diễn ra vào tháng Tư.", "--04"),
    case("thang-Muoi-Hai-nam", "Báo cáo được công bố tháng Mười Hai năm 2024.", "2024-12"),
    case("cuoi-thang-m", "Cuối tháng 9, nhà máy sẽ vận hành thử.", "--09"),
    case("dau-thang-m/y", "Đầu tháng 3/2025, thành phố tổ chức hội chợ.", "2025-03"),
    case("giua-thang-m-nam-y", "Báo cáo hoàn thành giữa tháng 10 năm 2024.", "2024-10"),
    case("ha-tuan-thang", "Hạ tuần tháng 8, bão đổ bộ vào miền Trung.", "--08"),
    case("thang-bare-digit", "Tháng 7, lượng khách quốc tế tăng 20%.", "--07"),
    # --- quarter
    case("quy-II/y", "Dự án sẽ hoàn thành trong quý II/2026.", "2026-Q2"),
    case("quy-1/y", "Nhà máy đi vào hoạt động quý 1/2027.", "2027-Q1"),
    case("cuoi-quy-I/y", "Công trình dự kiến khánh thành cuối quý I/2027.", "2027-Q1"),
    case("quy-IV-nam-y", "Trong quý IV năm 2025, doanh thu tăng mạnh.", "2025-Q4"),
    case("quy-4-dash-y", "Lợi nhuận quý 4-2024 đạt kỷ lục.", "2024-Q4"),
    case("quy-III-yearless", "Kế hoạch sẽ được rà soát trong quý III.", "--Q3"),
    # --- year
    case("nam-y", "Riêng trong năm 2025, trung tâm xác định 20 hoạt động.", "2025"),
    case("dau-nam-y", "Đầu năm 2025, thành phố khởi công metro số 2.", "2025"),
    case("cuoi-nam-y", "Cuối năm 2024, dự án được phê duyệt.", "2024"),
    case("tu-nam-y-alone", "Từ năm 2017, WEF đã mở trung tâm đầu tiên.", "2017"),
    case("nam-1975", "Đất nước thống nhất năm 1975.", "1975"),
    case("6-thang-dau-nam", "Trong 6 tháng đầu năm 2025, xuất khẩu tăng 15%.", "2025-01/2025-06"),
    case("tam-nhin-nam", "Tầm nhìn đến năm 2045, TP trở thành trung tâm tài chính.", "2045"),
    # --- intervals
    case("giai-doan-y-y", "Biên bản ghi nhớ giai đoạn 2023 - 2026 được ký kết.", "2023/2026"),
    case("giai-doan-y-y-tight", "Kế hoạch giai đoạn 2021-2025 đã hoàn thành.", "2021/2025"),
    case("bare-year-range", "Kỷ niệm 50 năm thống nhất đất nước (1975-2025).", "1975/2025"),
    case("tu-y-den-y", "Chương trình kéo dài từ 2023 đến 2026.", "2023/2026"),
    case("tu-nam-y-den-nam-y", "Dự án triển khai từ năm 2023 đến năm 2026.", "2023/2026"),
    case("tu-nam-toi-nam", "Quy hoạch từ năm 2023 tới năm 2030 đã được duyệt.", "2023/2030"),
    case("nhiem-ky-en-dash", "Đại hội nhiệm kỳ 2020–2025 thành công tốt đẹp.", "2020/2025"),
    case("nien-khoa", "Sinh viên niên khóa 2024-2025 nhập học.", "2024/2025"),
    case("tu-ngay-den-ngay", "Hội chợ diễn ra từ ngày 16/1 đến ngày 20/1/2024.", "2024-01-16/2024-01-20"),
    case("d-d/m/y", "Hội chợ diễn ra 16-20/1/2024 tại SECC.", "2024-01-16/2024-01-20"),
    case("tu-d-den-d/m", "Triển lãm mở cửa từ 16 đến 20/1.", "--01-16/--01-20"),
    case("tu-thang-den-thang", "Dự án thi công từ tháng 6 đến tháng 9/2024.", "2024-06/2024-09"),
    case("thang-m-m/y", "Mùa mưa kéo dài tháng 6-9/2024.", "2024-06/2024-09"),
    case("across-years", "Lễ hội diễn ra từ 28/12/2024 đến 3/1/2025.", "2024-12-28/2025-01-03"),
    case("across-years-inherited", "Lễ hội diễn ra từ 28/12 đến 3/1/2025.", "2024-12-28/2025-01-03"),
    case("quarter-range", "Nhà máy chạy thử từ quý II đến quý IV/2025.", "2025-Q2/2025-Q4"),
    case("day-dash-day", "Đợt cao điểm 16/1 - 20/1/2024 đã kết thúc.", "2024-01-16/2024-01-20"),
    # --- relative to the publication date (2025-01-03, a Friday)
    case("hom-qua", "Hôm qua, thành phố khánh thành cầu mới.", "2025-01-02", PUB),
    case("hom-nay", "Hôm nay, hội nghị bước sang ngày thứ hai.", "2025-01-03", PUB),
    case("ngay-mai", "Ngày mai, đoàn sẽ lên đường sang Davos.", "2025-01-04", PUB),
    case("hom-kia", "Hôm kia, mưa lớn gây ngập nhiều tuyến đường.", "2025-01-01", PUB),
    case("ngay-hom-qua", "Trong ngày hôm qua, giá vàng giảm mạnh.", "2025-01-02", PUB),
    case("sang-hom-qua", "Sáng hôm qua, Thủ tướng làm việc với TP.", "2025-01-02", PUB),
    case("sang-nay", "Sáng nay, hội nghị khai mạc.", "2025-01-03", PUB),
    case("toi-qua", "Tối qua, hàng nghìn người xem pháo hoa.", "2025-01-02", PUB),
    case("nam-nay", "Năm nay, thành phố đặt mục tiêu tăng trưởng 8%.", "2025", PUB),
    case("nam-toi", "Kế hoạch sẽ được triển khai trong năm tới.", "2026", PUB),
    case("sang-nam", "Sang năm, dự án sẽ hoàn thành.", "2026", PUB),
    case("nam-sau", "Nhà máy sẽ vận hành vào năm sau.", "2026", PUB),
    case("nam-ngoai", "Năm ngoái, xuất khẩu đạt kỷ lục.", "2024", PUB),
    case("cuoi-nam-nay", "Cuối năm nay, tuyến metro sẽ chạy thử.", "2025", PUB),
    case("thang-toi", "Tháng tới, trung tâm sẽ công bố báo cáo đầu tiên.", "2025-02", PUB),
    case("thang-truoc", "Tháng trước, lượng khách tăng 20%.", "2024-12", PUB),
    case("thang-nay", "Ngay trong tháng này, dự án sẽ khởi công.", "2025-01", PUB),
    case("tuan-sau", "Tuần sau, đoàn công tác sẽ sang Singapore.", "2025-01-06/2025-01-12", PUB),
    case("tuan-truoc", "Tuần trước, giá xăng tăng lần thứ ba.", "2024-12-23/2024-12-29", PUB),
    case("tuan-nay-midweek", "Tuần này, Quốc hội họp bất thường.", "2025-06-16/2025-06-22", date(2025, 6, 18)),
    case("quy-toi", "Quý tới, ngân hàng sẽ tăng lãi suất.", "2025-Q2", PUB),
    case("d/m-nam-nay", "Lễ kỷ niệm 30/4 năm nay sẽ có diễu binh.", "2025-04-30", PUB),
    case("thang-m-nam-ngoai", "So với tháng 6 năm ngoái, giá điện tăng 5%.", "2024-06", PUB),
    case("quy-II-nam-nay", "Dự án khởi công trong quý II năm nay.", "2025-Q2", PUB),
    case("relative-omitted-without-published", "Hôm qua, thành phố khánh thành cầu mới.", NOT),
    case("relative-year-omitted-without-published", "Kế hoạch sẽ được triển khai trong năm tới.", NOT),
    case("d/m-nam-nay-without-published", "Lễ kỷ niệm 30/4 năm nay sẽ có diễu binh.", "--04-30"),
    case("nam-truoc-do-is-narrative", "Năm trước đó, công ty lỗ nặng.", NOT, PUB),
    case("thang-sau-do-is-narrative", "Tháng sau đó, dự án bị đình chỉ.", NOT, PUB),
    # --- year from the publication date: the nearest date
    case("pub-december-in-january", "Chiều tối 22/12, lãnh đạo TP gặp gỡ doanh nghiệp.", "2024-12-22", PUB),
    case("pub-same-month", "Ngày 16/1, TP ký thỏa thuận với WEF.", "2024-01-16", date(2024, 1, 20)),
    case("pub-january-in-december", "Ngày 3/1, hội nghị sẽ khai mạc.", "2025-01-03", date(2024, 12, 28)),
    case("pub-day-before", "Ngày 25/4, hội thảo diễn ra tại TP.HCM.", "2025-04-25", date(2025, 4, 26)),
    case("pub-month", "Tháng 6, trung tâm đi vào hoạt động.", "2024-06", date(2024, 6, 20)),
    case("pub-month-previous-year", "Tháng 12, xuất khẩu tăng mạnh.", "2024-12", date(2025, 1, 10)),
    case("pub-month-tie-same-year", "Tháng 7, dự án sẽ khởi công.", "2025-07", date(2025, 1, 15)),
    case("pub-quarter", "Trong quý IV, lợi nhuận giảm.", "2024-Q4", date(2025, 1, 5)),
    case("pub-leap-day", "Ngày 29/2, đoàn đi thực tế.", "2024-02-29", date(2025, 3, 1)),
    case("pub-range-across-years", "Lễ hội diễn ra từ 28/12 đến 3/1.", "2024-12-28/2025-01-03", date(2025, 1, 10)),
    # `so với năm trước`: the base of a comparison counts back from the year the sentence names before it
    case("comparison-base-after-relative-year", "Năm ngoái, doanh thu của hãng đạt 9.000 tỷ đồng, tăng 12% so với năm trước.", ("2024", "2023"), date(2025, 6, 1)),
    case("comparison-base-after-written-year", "Năm 2022, sản lượng tăng 8% so với cùng kỳ năm trước.", ("2022", "2021"), date(2025, 6, 1)),
    case("comparison-base-alone-is-published", "Doanh thu tăng 12% so với năm trước.", "2024", date(2025, 6, 1)),
    case("written-year-beats-published", "Ngày 16/1/2023, công ty được thành lập.", "2023-01-16", PUB),
    case("published-beats-article", "Ngày 9/9, đoàn về nước. Công ty thành lập ngày 1/3/2020.", ("2024-09-09", "2020-03-01"), PUB),
    # --- year from the article's own explicit dates
    case(
        "article-year-from-full-date",
        "Chiều tối 22/12, lãnh đạo gặp gỡ. C4IR thành lập ngày 25/9/2024. Trong năm 2025, có 20 hoạt động.",
        ("2024-12-22", "2024-09-25", "2025"),
    ),
    case("article-year-from-month", "Ngày 16/1, TP ký thỏa thuận. C4IR hoạt động từ tháng 6/2024.", ("2024-01-16", "2024-06")),
    case("article-year-for-month", "Tháng 9, nhà máy chạy thử. Hợp đồng ký ngày 5/3/2024.", ("2024-09", "2024-03-05")),
    case("article-most-frequent-year", "Ngày 1/3/2023 khởi công; ngày 5/6/2024 và ngày 7/8/2025, ngày 8/8/2025 nghiệm thu; ngày 9/9 bàn giao.",
         ("2023-03-01", "2024-06-05", "2025-08-07", "2025-08-08", "2025-09-09")),
    case("article-tie-latest-year", "Ngày 1/3/2023 khởi công, ngày 5/6/2024 nghiệm thu, ngày 9/9 bàn giao.", ("2023-03-01", "2024-06-05", "2024-09-09")),
    case(
        "article-tie-day-year-beats-month-target",
        "Sáng 12/4/2026, nhà máy nước Sông Lam khởi công, dự kiến vận hành vào tháng 3/2027. Sở Xây dựng thẩm định thiết kế trước ngày 15/8.",
        ("2026-04-12", "2027-03", "2026-08-15"),
    ),
    case("year-only-does-not-anchor", "Ngày 25/4, hội thảo diễn ra. WEF ra mắt C4IR đầu tiên vào năm 2017.", ("--04-25", "2017")),
    case("quarter-does-not-anchor", "Dự án xong trong quý II/2026. Ngày 9/9, đoàn kiểm tra.", ("2026-Q2", "--09-09")),
    case("year-range-does-not-anchor", "Biên bản giai đoạn 2023 - 2026 được ký. Ngày 9/10, đoàn kiểm tra.", ("2023/2026", "--10-09")),
    # --- legal document numbers
    case("nghi-quyet-n/y", "Việc thành lập C4IR nhằm hiện thực hóa Nghị quyết 52/2019 của Bộ Chính trị.", NOT),
    case("nghi-quyet-so-NQ/TW", "Thực hiện Nghị quyết số 52-NQ/TW về cách mạng công nghiệp.", NOT),
    case("nghi-quyet-57", "Theo tinh thần Nghị quyết 57-NQ/TW của Bộ Chính trị.", NOT),
    case("nghi-dinh", "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.", NOT),
    case("quyet-dinh-QD-UBND", "Theo Quyết định 1234/QĐ-UBND của UBND TP.", NOT),
    case("quyet-dinh-so", "Quyết định số 5/QĐ-TTg của Thủ tướng.", NOT),
    case("thong-tu", "Thông tư 12/2024/TT-BTC hướng dẫn thuế.", NOT),
    case("thong-tu-short", "Thông tư 01/2024 có hiệu lực.", NOT),
    case("chi-thi", "Chỉ thị 05-CT/TW về học tập và làm theo Bác.", NOT),
    case("cong-van-so-d/m", "Công văn số 12/3 của Sở Xây dựng.", NOT),
    case("ket-luan", "Kết luận 14-KL/TW về khuyến khích cán bộ.", NOT),
    case("luat-so", "Luật số 10/2012/QH13 được thông qua.", NOT),
    case("nghi-dinh-n/y", "Nghị định 100/2019 về xử phạt giao thông.", NOT),
    # --- scores, ratios, fractions
    case("score-thang", "Đội tuyển thắng 3/1 trong trận mở màn.", NOT),
    case("score-ty-so", "Trận đấu kết thúc với tỷ số 2-1.", NOT),
    case("score-ti-so-far", "Việt Nam thắng Thái Lan với tỉ số 3-1.", NOT),
    case("ratio-ty-le", "Tỷ lệ 3/1 giữa nam và nữ.", NOT),
    case("fraction-chiem", "Khu công nghệ cao chiếm 1/3 diện tích.", NOT),
    case("fraction-khoang", "Khoảng 2/3 số doanh nghiệp đã chuyển đổi số.", NOT),
    case("fraction-so-dan", "1/2 số dân đã tiêm vaccine.", NOT),
    case("rating-diem", "Dịch vụ đạt 9/10 điểm.", NOT),
    case("quantity-nguoi", "5/7 người được khảo sát đồng ý.", NOT),
    case("range-ngay", "Thủ tục mất 5-7 ngày làm việc.", NOT),
    case("round-the-clock", "Trung tâm phục vụ 24/7.", NOT),
    # --- numbers that are not dates
    case("percent", "Doanh thu tăng 25% so với cùng kỳ.", NOT),
    case("version-4.0", "Cách mạng công nghiệp 4.0 mở ra cơ hội mới.", NOT),
    case("edition-number", "Hội nghị Davos 55 quy tụ nhiều lãnh đạo.", NOT),
    case("lan-thu", "Cách mạng công nghiệp lần thứ 5 đang đến gần.", NOT),
    case("lan-thu-tu", "Cuộc cách mạng công nghiệp lần thứ tư đã tác động mạnh.", NOT),
    case("thousands", "Đào tạo 1.000 kỹ sư chất lượng cao.", NOT),
    case("decimal-amount", "Dự án có vốn 2,1 tỷ USD.", NOT),
    case("big-amount", "Tổng vốn đầu tư 6.000 tỷ đồng.", NOT),
    case("amount-like-year", "Doanh thu đạt 2025 tỷ đồng.", NOT),
    case("bare-year", "Tầm nhìn 2045 của thành phố.", NOT),
    case("phone-dotted", "Liên hệ số 0903.123.456 để được hỗ trợ.", NOT),
    case("phone-spaced", "Tổng đài (028) 3829 1234 hoạt động liên tục.", NOT),
    case("hotline", "Gọi hotline 1900 1234 để được tư vấn.", NOT),
    case("time-h", "Buổi lễ bắt đầu lúc 14h30.", NOT),
    case("time-colon", "Phiên họp bắt đầu lúc 14:30.", NOT),
    case("network-5G", "Phủ kín mạng 5G cho TP.HCM.", NOT),
    case("covid-19", "Dịch Covid-19 đã được kiểm soát.", NOT),
    case("iso-standard", "Đạt chứng nhận ISO 9001:2015.", NOT),
    case("alley-number", "Cửa hàng ở hẻm 12/3 đường Lê Lợi.", NOT),
    case("class-number", "Học sinh lớp 12/3 đoạt giải.", NOT),
    # --- invalid dates
    case("day-31-feb", "Ngày 31/2, hội nghị diễn ra.", NOT),
    case("month-13", "Ngày 13/13 không tồn tại.", NOT),
    case("day-32", "Ngày 32/1 không tồn tại.", NOT),
    case("thang-13", "Tháng 13 là tháng lương thưởng.", NOT),
    case("quy-V", "Quý V không tồn tại.", NOT),
    case("feb-29-non-leap", "Ngày 29/2/2025 không tồn tại.", NOT),
    # --- durations
    case("n-nam-toi", "C4IR hoạt động hiệu quả trong 3 năm tới.", NOT, PUB),
    case("giai-doan-n-nam-toi", "C4IR hoạt động hiệu quả trong giai đoạn 3 năm tới.", NOT, PUB),
    case("nhung-nam-toi", "Trong những năm tới, kinh tế số sẽ tăng mạnh.", NOT, PUB),
    case("nam-thang-qua", "Trong năm tháng qua, dự án chậm tiến độ.", NOT, PUB),
    case("hon-mot-nam", "Dự án đã chậm hơn một năm.", NOT),
    case("trong-n-nam", "Trong 5 năm, doanh thu tăng gấp đôi.", NOT),
    case("n-thang", "Thủ tục kéo dài 2 tháng.", NOT),
    case("n-nam-nay", "2 năm nay, giá nhà tăng liên tục.", NOT, PUB),
    case("moi-thang-n-lan", "Hội đồng họp mỗi tháng 2 lần.", NOT),
    case("thang-hai-lan", "Hội đồng họp mỗi tháng hai lần.", NOT),
    case("lunar-tet", "Chợ hoa mở cửa đến mùng 3 Tết.", NOT),
]


@pytest.mark.parametrize("sentence, published, expected", CASES)
def test_date_table(sentence, published, expected):
    assert tuple(d.value for d in parse_dates(sentence, published)) == expected


def test_table_has_at_least_170_cases():
    assert len(CASES) >= 170


# --- spans: the expression as written, with its leading words


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Ngày 25/4, UBND TPHCM tổ chức hội thảo.", "Ngày 25/4"),
        ("Trước đó vào ngày 16/1, UBND TPHCM ký thỏa thuận.", "ngày 16/1"),
        ("Anh LêChiều tối 22/12, lãnh đạo TP.HCM gặp gỡ.", "Chiều tối 22/12"),
        ("Hợp tác giai đoạn 2023 - 2026 và thỏa thuận.", "giai đoạn 2023 - 2026"),
        ("Hôm thứ Năm (16/1), Thủ tướng phát biểu.", "thứ Năm (16/1)"),
        ("Công trình khánh thành cuối quý I/2027.", "cuối quý I/2027"),
        ("Chương trình kéo dài từ 2023 đến 2026.", "từ 2023 đến 2026"),
        ("Người dân đi lễ vào mùng 6 tháng 2.", "mùng 6 tháng 2"),
    ],
)
def test_span_includes_leading_words(sentence, text):
    (d,) = parse_dates(sentence)
    assert d.text == text == sentence[d.start : d.end]


def test_overlapping_forms_give_one_mention():
    (d,) = parse_dates("Lễ ký diễn ra ngày 16 tháng 1 năm 2024 tại Davos.")
    assert (d.text, d.precision) == ("ngày 16 tháng 1 năm 2024", "day")


def test_precisions():
    got = {d.value: d.precision for d in parse_dates("Ngày 16/1/2024; tháng 6/2024; quý II/2026; năm 2025; giai đoạn 2023 - 2026.")}
    assert got == {"2024-01-16": "day", "2024-06": "month", "2026-Q2": "quarter", "2025": "year", "2023/2026": "interval"}


@pytest.mark.parametrize(
    "sentence, published, source",
    [
        ("Ngày 25/9/2024, C4IR thành lập.", None, "text"),
        ("Chiều tối 22/12, lãnh đạo gặp gỡ.", PUB, "published"),
        ("Hôm qua, thành phố khánh thành cầu mới.", PUB, "published"),
        ("Chiều tối 22/12, lãnh đạo gặp gỡ; C4IR thành lập ngày 25/9/2024.", None, "article"),
        ("Ngày 25/4, hội thảo diễn ra.", None, "unresolved"),
    ],
)
def test_year_source_of_first_date(sentence, published, source):
    assert parse_dates(sentence, published)[0].year_source == source


def test_yearless_interval_takes_its_year_from_the_article():
    d = parse_dates("Hội chợ diễn ra từ 16 đến 20/1. Hợp đồng được ký ngày 5/3/2024.")[0]
    assert (d.value, d.precision, d.year_source) == ("2024-01-16/2024-01-20", "interval", "article")


def test_year_is_never_taken_from_the_clock(monkeypatch):
    class NoClock(date):
        @classmethod
        def today(cls):  # pragma: no cover - must not run
            raise AssertionError("the clock was read")

    monkeypatch.setattr(dates_mod, "date", NoClock)
    assert [d.value for d in parse_dates("Ngày 16/1 và hôm qua, tháng 6.")] == ["--01-16", "--06"]


def test_parse_dates_uses_sentence_zero_and_offsets_into_the_text():
    text = "Hội nghị.  Ngày 16/1/2024, hai bên ký kết."
    (d,) = parse_dates(text)
    assert d.sentence == 0 and text[d.start : d.end] == "Ngày 16/1/2024"


def test_lexicon_is_package_data_loaded_once():
    lex = lexicon()
    assert lex is lexicon()
    assert lex["month_names"]["chạp"] == 12 and "nghị quyết" in lex["legal_markers"]
    assert (ROOT / "c4ir_kb" / "data" / "dates.json").is_file()


# --- the seed articles, through the NLP pipeline


@pytest.fixture(scope="module")
def seeds():
    from c4ir_kb.models import Article
    from c4ir_kb.nlp.analysis import analyze

    gold = json.loads((ROOT / "tests" / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    out = []
    for g in gold["articles"]:
        text = (ROOT / "data" / "raw" / g["source"]).read_text(encoding="utf-8")
        pub = date.fromisoformat(g["published"]) if g.get("published") else None
        doc = analyze(Article(id=g["source"][:16], source=g["source"], text=text, content_hash=g["source"], published=pub))
        out.append((g, doc, extract_dates(doc)))
    return out


def test_seed_dates_match_gold_values(seeds):
    for g, _doc, found in seeds:
        gold = Counter(d["value"] for d in g["dates"] if not d.get("optional"))
        assert Counter(d.value for d in found) == gold, g["source"]


def test_seed_date_texts_match_gold(seeds):
    for g, _doc, found in seeds:
        assert sorted(d.text for d in found) == sorted(d["text"] for d in g["dates"]), g["source"]


def test_seed_not_dates_are_never_dates(seeds):
    for g, _doc, found in seeds:
        for nd in g.get("not_dates") or []:
            assert not any(nd in d.text for d in found), (g["source"], nd)
    assert any("52/2019" in doc.article.text for _g, doc, _f in seeds)


def test_seed_spans_and_sentences_point_into_the_article(seeds):
    for _g, doc, found in seeds:
        for d in found:
            assert doc.article.text[d.start : d.end] == d.text
            assert doc.sentence_at(d.start).index == d.sentence
            s = doc.sentences[d.sentence]
            assert s.start <= d.start < s.end


def test_recurring_times_listed_days_and_headline_repeats():
    pub = date(2026, 3, 1)
    # `tháng 7 hằng năm`, `ngày 20 hàng tháng`: recurring, not points in time
    assert parse_dates("Sở công bố chỉ tiêu vào tháng 7 hằng năm và nộp báo cáo ngày 20 hàng tháng.", pub) == []
    assert [d.value for d in parse_dates("Sở công bố chỉ tiêu vào tháng 7/2026.", pub)] == ["2026-07"]
    # `ngày 11 và 12/6`: two consecutive days listed with one month are one interval
    ds = parse_dates("Kỳ thi diễn ra ngày 11 và 12/6.", pub)
    assert [(d.text, d.value) for d in ds] == [("ngày 11 và 12/6", "2026-06-11/2026-06-12")]
    ds = parse_dates("Hội chợ mở ngày 3 và 9/5/2027.", pub)
    assert [(d.text, d.value) for d in ds] == [("ngày 3", "2027-05-03"), ("9/5/2027", "2027-05-09")]
    # a headline's date that the body repeats is not listed twice
    from c4ir_kb.nlp.analysis import analyze
    from c4ir_kb.models import Article

    text = "Thành phố mở tuyến buýt điện từ năm 2027\n\nChiều 2/3/2026, UBND thành phố cho biết từ năm 2027 sẽ mở tuyến buýt điện.\n"
    doc = analyze(Article(id="h", source="h", text=text, content_hash="h", published=pub))
    assert [(d.text, d.start > 40) for d in extract_dates(doc)] == [("Chiều 2/3/2026", True), ("năm 2027", True)]


# --- date arithmetic at both ends of the calendar: a value outside years 1..9999 is dropped,
#     the rest of the text is kept, nothing throws

LAST_DAY = date(9999, 12, 31)
FIRST_DAY = date(1, 1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày mai, ban tổ chức công bố kết quả.",
        "Tuần tới, hội đồng họp phiên cuối.",
        "Tháng tới, cửa hàng mở thêm chi nhánh.",
        "Quý tới, nhà máy tăng ca.",
        "Năm tới, thư viện mở cửa cả đêm.",
        "Lễ hội hoa diễn ra ngày 30/4 năm sau.",
        "Chợ phiên họp từ 28/12 đến 3/1.",
    ],
)
def test_a_value_after_year_9999_is_dropped(sentence):
    assert [d.value for d in parse_dates(sentence, LAST_DAY)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hôm qua, ban tổ chức công bố kết quả.",
        "Tuần trước, hội đồng họp phiên đầu.",
        "Tháng trước, cửa hàng đóng một chi nhánh.",
        "Quý trước, nhà máy giảm ca.",
        "Năm ngoái, thư viện đóng cửa sớm.",
    ],
)
def test_a_value_before_year_1_is_dropped(sentence):
    assert [d.value for d in parse_dates(sentence, FIRST_DAY)] == []


def test_a_yearless_day_near_the_last_day_stays_in_the_last_year():
    # the nearest `22/1` would be in year 10000: the candidates stop at 9999
    assert [d.value for d in parse_dates("Ngày 22/1, đội bóng tập trung.", LAST_DAY)] == ["9999-01-22"]


def test_a_yearless_day_near_the_first_day_stays_in_the_first_year():
    assert [d.value for d in parse_dates("Ngày 22/12, đội bóng giải tán.", FIRST_DAY)] == ["0001-12-22"]


def test_the_rest_of_the_text_is_kept_when_one_value_falls_outside():
    ds = parse_dates("Ngày mai khai mạc; hợp đồng ký ngày 5/3/2024 và hôm qua.", LAST_DAY)
    assert [d.value for d in ds] == ["2024-03-05", "9999-12-30"]


def test_a_day_that_does_not_exist_in_the_resolved_year_is_dropped():
    # `29/2 năm nay` written in a common year
    assert parse_dates("Lễ hội tổ chức ngày 29/2 năm nay.", date(2025, 3, 1)) == []


def test_extract_command_survives_the_last_publication_date():
    from typer.testing import CliRunner

    from c4ir_kb.cli.app import app

    r = CliRunner().invoke(app, ["extract", "-", "--published", "9999-12-31"], input="Ngày mai và năm tới, hội chợ 22/1 mở cửa.\n")
    assert r.exit_code == 0, r.output
    assert [d["value"] for d in json.loads(r.stdout)["dates"]] == ["9999-01-22"]
