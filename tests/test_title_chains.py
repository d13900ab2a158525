"""Title chains as state, party and provincial reports write them (sentences written for
these tests): `đồng chí` before a name, a dash before the titles, party posts, a central
party board named inside a title, `Thủ tướng Chính phủ` split into title and body."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def roles(r) -> set[tuple]:
    n = {e.id: e.name for e in r.entities}
    return {(n[x.person], x.title, n[x.org] if x.org else None) for x in r.roles}


def people(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "PER"}


def test_dong_chi_is_a_form_of_address_and_the_titles_after_the_name_are_roles():
    r = run("Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, phát biểu chỉ đạo hội nghị.")
    assert people(r) == {"Trần Văn Bình"}
    assert roles(r) == {("Trần Văn Bình", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Bình", "Chủ tịch", "Quốc hội")}


def test_a_spaced_dash_after_the_name_opens_the_titles():
    r = run("Dự buổi làm việc có đồng chí Lê Văn Hưng - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương.")
    assert ("Lê Văn Hưng", "Ủy viên", "Bộ Chính trị") in roles(r)
    assert ("Lê Văn Hưng", "Trưởng ban", "Ban Tổ chức Trung ương") in roles(r)


def test_standing_committee_membership_is_a_title_held_in_the_party_committee():
    r = run("Đồng chí Phạm Minh Hải, UVTV Tỉnh ủy, phát biểu tại phiên họp.")
    assert roles(r) == {("Phạm Minh Hải", "UVTV", "Tỉnh ủy")}


def test_thu_tuong_chinh_phu_is_the_title_thu_tuong_in_the_government():
    r = run("Phó Thủ tướng Chính phủ Hồ Văn Phúc dự lễ ký kết.")
    assert roles(r) == {("Hồ Văn Phúc", "Phó Thủ tướng", "Chính phủ")}


def test_a_generic_organising_committee_stays_no_organisation():
    r = run("Trưởng Ban Tổ chức hội thảo, ông Lê Văn Hưng, cho biết hội thảo kéo dài hai ngày.")
    assert not any(e.type == "ORG" and e.name.startswith("Ban Tổ chức Trung") for e in r.entities)
