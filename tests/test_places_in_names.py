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
        "Công ty Điện lực Hưng Thịnh khởi công nhà máy nhiệt điện LNG Quảng Trạch tại Hà Tĩnh. "
        "Ngân hàng Bình An cho vay 500 triệu USD để mở rộng Cảng HKQT Cam Ranh."
    )
    assert places(obj) == {"Hà Tĩnh"}


def test_the_place_inside_the_name_stays_a_mention():
    obj = article("Công ty Điện lực Hưng Thịnh khởi công nhà máy nhiệt điện LNG Quảng Trạch tại Hà Tĩnh.")
    assert {m["text"] for m in obj["mentions"] if m["type"] == "LOC"} == {"Quảng Trạch", "Hà Tĩnh"}


def test_the_same_place_written_as_a_place_elsewhere_stays_a_place():
    obj = article("Nhà máy nhiệt điện LNG Quảng Trạch được khởi công. Lãnh đạo tỉnh Quảng Bình dự lễ tại Quảng Trạch.")
    assert "Quảng Trạch" in places(obj)


def test_a_place_a_facility_is_compared_within_stays_a_place():
    obj = article("Đây sẽ là khu đô thị lớn nhất Việt Nam khi hoàn thành vào năm 2030.")
    assert places(obj) == {"Việt Nam"}


def test_a_place_named_by_its_prefix_after_a_project_stays_a_place():
    obj = article("Dự án của tỉnh Quảng Ngãi được khởi công sáng nay.")
    assert places(obj) == {"Quảng Ngãi"}


def test_a_name_the_article_uses_for_an_airport_is_no_person():
    obj = article("Sân bay Phan Rang sẽ được nâng cấp trong năm tới.\nPhan Rang hiện đón khoảng 500 nghìn khách mỗi năm.")
    assert obj["people"] == []
