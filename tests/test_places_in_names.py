"""A place named inside the name of a facility, project or event is no place of the article
(the guideline's "a name inside an organisation's name"), though it stays a LOC mention as the
VLSP convention tags it. Sentences written for these tests."""

from __future__ import annotations

from c4ir_kb.kb.extract_only import extract_articles
from c4ir_kb.models import Article


def article(text: str) -> dict:
    [(_, obj)] = extract_articles([Article(id="t", source="t.txt", text=text, content_hash=str(hash(text)))], with_mentions=True)
    assert isinstance(obj, dict)
    return obj


def places(obj: dict) -> set[str]:
    return {p["name"] for p in obj["locations"]}


def test_a_place_inside_a_plant_or_airport_name_is_no_place_of_the_story():
    obj = article(
        "Tại Hà Tĩnh, liên danh nhà thầu đang lắp tua-bin cho nhà máy nhiệt điện LNG Quảng Trạch. "
        "Khoản vay 500 triệu USD sẽ dành cho việc nâng cấp Cảng HKQT Cam Ranh."
    )
    assert places(obj) == {"Hà Tĩnh"}


def test_the_place_inside_the_name_stays_a_mention():
    obj = article("Tại Hà Tĩnh, liên danh nhà thầu đang lắp tua-bin cho nhà máy nhiệt điện LNG Quảng Trạch.")
    assert {m["text"] for m in obj["mentions"] if m["type"] == "LOC"} == {"Quảng Trạch", "Hà Tĩnh"}


def test_the_same_place_written_as_a_place_elsewhere_stays_a_place():
    obj = article("Nhà máy nhiệt điện LNG Quảng Trạch được khởi công. Lãnh đạo tỉnh Quảng Bình dự lễ tại Quảng Trạch.")
    assert "Quảng Trạch" in places(obj)


def test_a_place_a_facility_is_compared_within_stays_a_place():
    obj = article("Khi xong vào năm 2035, khu công viên này được xem là rộng nhất Việt Nam.")
    assert places(obj) == {"Việt Nam"}


def test_a_place_named_by_its_prefix_after_a_project_stays_a_place():
    obj = article("Dự án của tỉnh Quảng Ngãi được khởi công sáng nay.")
    assert places(obj) == {"Quảng Ngãi"}


def test_a_name_the_article_uses_for_an_airport_is_no_person():
    obj = article("Năm tới, Sân bay Phan Rang được mở rộng thêm một nhà ga.\nPhan Rang dự kiến đón 2 triệu lượt khách mỗi năm.")
    assert obj["people"] == []
