"""Clause extent of a plan whose subject is a thing standing for its owner (session 11): the sentences are written
for these tests. The articles are published on 1/3/2025 (tests.test_commitments_real.run)."""

from __future__ import annotations

from tests.test_commitments_real import run

OWNER = "Công ty Hải Âu làm chủ đầu tư dự án nhà máy chế biến tôm đông lạnh ở huyện Năm Căn.\n"
HAI_AU = [("ORG", "Công ty Hải Âu", [])]


def test_a_plant_that_will_do_something_opens_its_owners_clause():
    r = run(OWNER + "Nhà máy sẽ chế biến hai mươi nghìn tấn tôm mỗi năm cho thị trường châu Âu.\n", HAI_AU)
    c = r.find("chế biến hai mươi nghìn tấn")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.rule.endswith("/owner")
    assert c.text.startswith("Nhà máy sẽ chế biến")


def test_a_named_body_that_will_do_something_keeps_its_clause_from_the_trigger():
    r = run("Công ty Hải Âu sẽ mở thêm hai mươi cửa hàng hải sản ở các tỉnh ven biển.\n", HAI_AU)
    c = r.find("mở thêm hai mươi cửa hàng")
    assert c.text.startswith("sẽ mở thêm")


def test_an_undertaking_split_off_a_plants_clause_keeps_its_own_start():
    r = run(OWNER + "Nhà máy sẽ xây dựng kho lạnh sức chứa năm nghìn tấn và mở rộng bến cá phía nam huyện.\n", HAI_AU)
    first, second = r.find("xây dựng kho lạnh"), r.find("mở rộng bến cá")
    assert first.text.startswith("Nhà máy sẽ xây dựng") and second.text.startswith("mở rộng bến cá")
