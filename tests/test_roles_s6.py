"""Roles that real reports write with part of the title left out (sentences written for
these tests, invented names): a deputy's bare title after its principal's."""

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


def test_a_deputys_bare_title_after_the_principals_holds_the_same_body():
    r = run("Chiều qua, Đại tá Lâm Quốc Bảo, Giám đốc Công an tỉnh Hòa Bình cùng Thượng tá Đinh Văn Khải, Phó Giám đốc, đã đến hiện trường kiểm tra.")
    assert ("Đinh Văn Khải", "Phó Giám đốc", "Công an tỉnh Hòa Bình") in roles(r)
    assert ("Lâm Quốc Bảo", "Giám đốc", "Công an tỉnh Hòa Bình") in roles(r)


def test_a_bracketed_title_after_dieu_la_belongs_to_every_name_listed_before_it():
    r = run("Tòa đã xét xử bà Trịnh Thị Hạnh và ông Vũ Đức Lâm (đều là cựu Giám đốc Sở Tài chính tỉnh Hòa Bình) vào sáng nay.")
    assert ("Trịnh Thị Hạnh", "cựu Giám đốc", "Sở Tài chính tỉnh Hòa Bình") in roles(r)
    assert ("Vũ Đức Lâm", "cựu Giám đốc", "Sở Tài chính tỉnh Hòa Bình") in roles(r)


def test_a_title_after_comma_dieu_la_belongs_to_every_name_of_the_list():
    r = run("Công an đã bắt Đào Văn Sinh, ông Lò Văn Khánh và ông Hà Minh Tú, đều là Phó Chủ tịch UBND huyện Mai Châu, vì nhận hối lộ.")
    got = roles(r)
    assert {p for p, t, o in got if t == "Phó Chủ tịch" and o == "UBND huyện Mai Châu"} == {"Đào Văn Sinh", "Lò Văn Khánh", "Hà Minh Tú"}


def test_a_naval_region_written_number_first_is_the_body_of_the_title_before_it():
    r = run("Chuẩn Đô đốc Kha Minh Lộc, Tư lệnh Vùng 5 Hải quân, đã thị sát đảo sáng qua.")
    assert ("Kha Minh Lộc", "Tư lệnh", "Vùng 5 Hải quân") in roles(r)


def test_a_former_locality_leader_keeps_the_province_named_as_the_body_in_the_title():
    r = run("Hội đồng xét xử đã nghe lời khai của Đinh Công Tráng - cựu Phó Bí thư tỉnh Thái Bình (cũ) và của ông Mạc Văn Lũy, cựu Chủ tịch tỉnh Nam Định.")
    assert ("Đinh Công Tráng", "cựu Phó Bí thư tỉnh Thái Bình", None) in roles(r)
    assert ("Mạc Văn Lũy", "cựu Chủ tịch tỉnh Nam Định", None) in roles(r)
    assert {"Thái Bình", "Nam Định"} <= {e.name for e in r.entities if e.type == "LOC"}
