"""Progress events (extract/progress.py): reports of an undertaking started, completed, delayed or
cancelled, found in any sentence, dated by the sentence or else by the article; commitments are
the `announced` events."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def _events(text: str, published: date | None = date(2025, 6, 30)):
    art = Article(id="t", source="t.txt", text=text, published=published, content_hash="t")
    return [e for e in extract(art).progress if e.status != "announced"]


def test_a_groundbreaking_reported_as_done_is_a_started_event_dated_by_its_sentence():
    (ev,) = _events("Ngày 15/3/2025, Tổng công ty Đường sắt Phương Nam đã khởi công nhà ga mới tại Dĩ An.")
    assert (ev.status, ev.rule, ev.date, ev.date_source) == ("started", "started-khoi-cong", "2025-03-15", "text")
    assert ev.text.startswith("Tổng công ty Đường sắt Phương Nam đã khởi công")


def test_without_a_date_in_its_sentence_the_event_takes_the_article_date():
    (ev,) = _events("Công ty Cổ phần Năng lượng Mặt Trời Xanh đã khánh thành nhà máy điện mặt trời tại Ninh Thuận.")
    assert (ev.status, ev.date, ev.date_source) == ("completed", "2025-06-30", "published")


def test_future_and_negated_reports_are_no_events():
    assert _events("Công ty Cổ phần Cảng Biển Đông sẽ khởi công bến số 5 vào tháng 9.") == []
    assert _events("Công ty Cổ phần Cảng Biển Đông dự kiến hoàn thành bến số 5 trong năm 2026.") == []
    assert _events("Bến số 5 của Công ty Cổ phần Cảng Biển Đông chưa được khánh thành.") == []


def test_a_deadline_after_den_is_not_the_date_of_a_delay():
    (ev,) = _events("Ngày 2/6/2025, Công ty Cổ phần Cảng Biển Đông thông báo lùi thời hạn bàn giao bến số 5 đến tháng 3/2026.")
    assert (ev.status, ev.date) == ("delayed", "2025-06-02")


def test_land_recovery_is_not_a_cancellation_but_a_revoked_project_is():
    assert _events("Huyện Cần Giờ đã thu hồi đất để làm đường ven biển.") == []
    (ev,) = _events("UBND tỉnh Tây Ninh đã thu hồi dự án khu du lịch sinh thái của Công ty Cổ phần Du lịch Núi Bà.")
    assert (ev.status, ev.rule) == ("cancelled", "cancelled-thu-hoi")


def test_each_commitment_is_an_announced_event_pointing_at_it():
    art = Article(
        id="t", source="t.txt", published=date(2024, 3, 12), content_hash="t",
        text="Ngày 12/3/2024, Tập đoàn Viettel cam kết sẽ xây dựng trung tâm dữ liệu xanh tại Củ Chi.",
    )
    ex = extract(art)
    announced = [e for e in ex.progress if e.status == "announced"]
    assert len(announced) == len(ex.commitments) >= 1
    first = announced[0]
    assert ex.commitments[first.commitment].text == first.text
    assert (first.rule, first.date, first.date_source) == ("announced-commitment", "2024-03-12", "text")


def test_a_completion_that_is_only_a_condition_or_a_percentage_is_no_event():
    assert _events("Khi hoàn thành, cây cầu của Công ty Cổ phần Cầu Đường Sông Hậu sẽ nối hai bờ sông.") == []
    assert _events("Công ty Cổ phần Cầu Đường Sông Hậu mới hoàn thành 60% khối lượng cây cầu.") == []


def test_a_trigger_inside_what_a_commitment_promises_is_no_event():
    text = "Công ty Cổ phần Linh kiện Phú Mỹ sẽ xây dựng nhà máy linh kiện tại Bình Phước, khởi công vào quý I/2026."
    art = Article(id="t", source="t.txt", text=text, published=date(2025, 6, 30), content_hash="t")
    ex = extract(art)
    assert ex.commitments and [e.status for e in ex.progress] == ["announced"] * len(ex.commitments)


def test_a_past_marker_after_a_future_word_makes_the_report_a_fact():
    (ev,) = _events("Sau hai năm chuẩn bị, Công ty Cổ phần Cảng Biển Đông đã khởi công bến số 5.")
    assert ev.status == "started"
