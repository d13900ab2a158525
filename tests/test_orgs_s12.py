"""Organisations on unseen news, twelfth pass: generic references (a body followed by the
level of every unit it stands for, a board of a party committee named by its head alone).
Sentences written for these tests, with invented names."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def surfaces(r, typ: str) -> set[str]:
    return {m.text for m in r.mentions if m.type == typ}


def test_a_body_followed_by_a_plural_level_names_the_bodies_of_every_province():
    r = run("Cục Chăn nuôi vừa gửi công văn tới Sở Nông nghiệp và Môi trường các tỉnh, thành phố miền Trung về phòng dịch.")
    orgs = surfaces(r, "ORG")
    assert "Cục Chăn nuôi" in orgs
    assert not any(o.startswith("Sở Nông nghiệp") for o in orgs)


def test_a_title_in_a_body_of_every_province_keeps_no_such_body():
    r = run("Dự hội nghị có Bí thư Đảng ủy Quân sự các tỉnh, thành phố trong Quân khu 7 và đại diện Bộ Tư lệnh Quân khu 7.")
    orgs = surfaces(r, "ORG")
    assert "Bộ Tư lệnh Quân khu 7" in orgs
    assert not any(o.startswith("Đảng ủy Quân sự") for o in orgs)


def test_a_body_of_one_named_province_before_a_plural_level_stays():
    r = run("Sở Y tế tỉnh Hòa Bình cùng các xã tổ chức tiêm chủng cho trẻ em.")
    assert "Sở Y tế tỉnh Hòa Bình" in surfaces(r, "ORG")


def test_a_board_of_a_party_committee_named_by_its_head_alone_is_generic():
    r = run("Báo cáo của Ban Thường vụ Đảng ủy được Công an tỉnh Lạng Sơn thông qua trong buổi sáng.")
    orgs = surfaces(r, "ORG")
    assert "Công an tỉnh Lạng Sơn" in orgs
    assert "Ban Thường vụ Đảng ủy" not in orgs


def test_a_board_of_a_named_party_committee_stays():
    r = run("Ban Thường vụ Đảng ủy Công an tỉnh Lạng Sơn đã họp để bàn về công tác cán bộ.")
    assert "Ban Thường vụ Đảng ủy Công an tỉnh Lạng Sơn" in surfaces(r, "ORG")
