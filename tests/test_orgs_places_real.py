"""Organisations and places as real news writes them: which names are organisations or
places, their extent and their aliases. Sentences written for these tests."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str, url: str | None = None):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text)), url=url))
    return extract_entities(doc)


def names(r, typ: str) -> set[str]:
    return {e.name for e in r.entities if e.type == typ}


def role_orgs(r) -> set[str]:
    by_id = {e.id: e.name for e in r.entities}
    return {by_id[x.org] for x in r.roles if x.org}


# a provincial paper names its province's bodies by level alone

PROVINCIAL = "Sáng 3/5, HĐND tỉnh khai mạc kỳ họp thứ 9. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Tâm chủ trì; dự có Chủ tịch UBND tỉnh Trần Minh Đức."


def test_a_provincial_outlet_gives_its_province_to_bodies_named_by_level_alone():
    r = run(PROVINCIAL, url="https://baoquangngai.vn/thoi-su/ky-hop-thu-9.htm")
    assert {"HĐND tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi", "UBND tỉnh Quảng Ngãi"} <= names(r, "ORG")
    assert {"HĐND tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi", "UBND tỉnh Quảng Ngãi"} <= role_orgs(r)


def test_a_national_outlet_gives_no_province():
    r = run(PROVINCIAL, url="https://tintuc.example.vn/thoi-su/ky-hop-thu-9.htm")
    assert not any(n.endswith("Quảng Ngãi") for n in names(r, "ORG"))


def test_a_province_written_in_the_text_wins_over_the_outlet():
    r = run("Chủ tịch UBND tỉnh Phú Yên Trần Minh Đức làm việc với UBND tỉnh về dự án.", url="https://baoquangngai.vn/a.htm")
    assert "UBND tỉnh Phú Yên" in names(r, "ORG") and not any(n.endswith("Quảng Ngãi") for n in names(r, "ORG"))


def test_a_central_citys_outlet_names_its_city_committee_not_a_provincial_one():
    r = run("Bí thư Thành ủy Lê Văn Tâm dự hội nghị; Bí thư Tỉnh ủy Trần Minh Đức cũng có mặt.", url="https://baodanang.vn/a.htm")
    assert "Thành ủy Đà Nẵng" in names(r, "ORG") and "Tỉnh ủy Đà Nẵng" not in names(r, "ORG")
