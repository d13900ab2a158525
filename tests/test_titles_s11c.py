"""The head of a unit named by composition with the unit's noun (sentences written for these
tests): `<Unit> trưởng` and `Phó <Unit> trưởng` for military, police, forestry and medical
units, and the unit's name joining the title when no organisation is found for it."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.extract.lexicons import _ukey, lexicons
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def roles(r) -> set[tuple]:
    n = {e.id: e.name for e in r.entities}
    return {(n[x.person], x.title, n[x.org] if x.org else None) for x in r.roles}


def test_every_unit_noun_of_a_class_composes_a_head_and_a_deputy_title():
    titles = lexicons().titles
    for unit in ("Trung đội", "Hải đoàn", "Chi đội", "Hạt", "Trạm", "Xưởng"):
        assert _ukey(f"{unit} trưởng") in titles
        assert _ukey(f"Phó {unit} trưởng") in titles


def test_a_listed_title_keeps_its_own_head_over_a_composed_one():
    assert lexicons().titles[_ukey("Trưởng phòng")] == "Phòng"
    assert lexicons().titles[_ukey("Phó Trưởng Văn phòng")] == "Văn phòng"


def test_a_deputy_head_of_a_patrol_unit_after_a_rank_is_a_second_role():
    r = run("Trung tá Hà Quang Vĩnh, Phó Chi đội trưởng, cho biết tàu đã cập cảng an toàn.")
    assert roles(r) == {("Hà Quang Vĩnh", "Trung tá", None), ("Hà Quang Vĩnh", "Phó Chi đội trưởng", None)}


def test_the_repeated_unit_name_after_a_composed_title_joins_the_title():
    r = run("Ông Lục Văn Thìn, Hạt trưởng Hạt Kiểm lâm huyện Sơn Động, cho biết đã trồng thêm hai trăm héc ta rừng.")
    assert roles(r) == {("Lục Văn Thìn", "Hạt trưởng Hạt Kiểm lâm huyện Sơn Động", None)}


def test_a_unit_name_that_runs_on_past_the_title_is_not_cut_short():
    r = run("Ông Tạ Đình Khôi, Trạm trưởng Trạm Quan trắc Môi trường của Sở Nông nghiệp tỉnh, kiểm tra mẫu nước.")
    assert all(t != "Trạm trưởng Trạm Quan trắc Môi trường" for _, t, _ in roles(r))
