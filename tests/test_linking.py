"""Linking keys (the store merges entities of one type sharing a key) and canonical names."""

from __future__ import annotations

import pytest

from c4ir_kb.extract.linking import canonical_name, link_keys


def same(typ: str, a: str, b: str) -> bool:
    return bool(set(link_keys(typ, a)) & set(link_keys(typ, b)))


@pytest.mark.parametrize(
    "typ,a,b",
    [
        ("ORG", "UBND TPHCM", "UBND TP.HCM"),
        ("ORG", "UBND TP.HCM", "Ủy ban nhân dân TP. Hồ Chí Minh"),
        ("ORG", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP HCM"),
        ("ORG", "Thành uỷ TP.HCM", "Thành ủy TPHCM"),
        ("ORG", "Tập đoàn Viettel", "Viettel"),
        ("ORG", "Tập đoàn Công nghiệp - Viễn thông Quân đội Viettel", "Viettel"),
        ("ORG", "WEF", "Diễn đàn Kinh tế thế giới"),
        ("ORG", "C4IR TP.HCM", "HCMC C4IR"),
        ("ORG", "C4IR TPHCM", "Trung tâm Cách mạng Công nghiệp lần thứ 4 tại TP.HCM"),
        ("ORG", "Công ty CMC Technology and Solution", "CMC Technology and Solution"),
        ("ORG", "Ngân hàng Thế giới", "WB"),
        ("LOC", "TP.HCM", "TPHCM"),
        ("LOC", "TP. HCM", "TP HCM"),
        ("LOC", "Thành phố Hồ Chí Minh", "HCMC"),
        ("LOC", "Thụy Sỹ", "Thụy Sĩ"),
        ("LOC", "tỉnh Bình Dương", "Bình Dương"),
        ("PER", "Võ Văn Hoan", "Võ Văn Hoan"),
    ],
)
def test_same_entity(typ, a, b):
    assert same(typ, a, b), (link_keys(typ, a), link_keys(typ, b))


@pytest.mark.parametrize(
    "typ,a,b",
    [
        ("ORG", "C4IR TP.HCM", "C4IR Malaysia"),
        ("ORG", "Bộ Y tế", "Bộ Tài chính"),
        ("ORG", "UBND TP.HCM", "UBND Hà Nội"),
        ("ORG", "Sở Y tế TP.HCM", "Sở Y tế Hà Nội"),
        ("LOC", "Hà Nội", "TP.HCM"),
    ],
)
def test_different_entities(typ, a, b):
    assert not same(typ, a, b)


def test_titles_are_never_keys():
    assert "chủtịch" not in link_keys("ORG", "UBND TP.HCM")
    assert all(k for k in link_keys("ORG", "Bộ Y tế"))


@pytest.mark.parametrize(
    "typ,surfaces,name",
    [
        ("ORG", ["UBND TPHCM", "UBND TPHCM", "Ủy ban nhân dân TP. Hồ Chí Minh"], "UBND TP.HCM"),
        ("ORG", ["Diễn đàn Kinh tế thế giới", "WEF", "WEF"], "WEF"),
        ("ORG", ["Tập đoàn Viettel", "Viettel"], "Viettel"),
        ("ORG", ["Công ty CMC Technology and Solution", "CMC"], "CMC Technology and Solution"),
        ("ORG", ["C4IR", "C4IR TPHCM", "C4IR"], "C4IR TP.HCM"),
        ("ORG", ["HCMC C4IR"], "C4IR TP.HCM"),
        ("ORG", ["Thành uỷ TP.HCM"], "Thành ủy TP.HCM"),
        ("ORG", ["Ban Quản lý Khu Công nghệ cao TPHCM"], "Ban Quản lý Khu Công nghệ cao TP.HCM"),
        ("ORG", ["Ngân hàng TMCP Phát triển TPHCM", "HDBank"], "HDBank"),
        ("ORG", ["Trung tâm Sản xuất Tiên tiến Hoa Kỳ"], "Trung tâm Sản xuất Tiên tiến Hoa Kỳ"),
        ("LOC", ["TPHCM", "Thành phố Hồ Chí Minh", "TP. HCM"], "TP.HCM"),
        ("LOC", ["Thụy Sỹ"], "Thụy Sỹ"),
        ("PER", ["Hoan", "Võ Văn Hoan"], "Võ Văn Hoan"),
    ],
)
def test_canonical_name(typ, surfaces, name):
    assert canonical_name(typ, surfaces) == name
    assert canonical_name(typ, list(reversed(surfaces))) == name  # deterministic


def test_city_prefix_kept_in_surface_but_not_in_key():
    from c4ir_kb.extract.linking import display_form, link_keys

    assert link_keys("LOC", "TP Cần Thơ") == link_keys("LOC", "Cần Thơ") == link_keys("LOC", "thành phố Cần Thơ")
    assert display_form("LOC", "TP Cần Thơ") == "Cần Thơ"
    assert link_keys("LOC", "TP.HCM") == link_keys("LOC", "TP. HCM")


def test_company_head_descriptor_before_a_foreign_brand():
    from c4ir_kb.extract.linking import link_keys as lk

    assert "mobifone" in lk("ORG", "Tổng công ty Viễn thông MobiFone")
    assert "minhlong" not in lk("ORG", "Công ty Điện lực Minh Long")  # a Vietnamese name stays whole


def test_former_province_is_its_own_place_after_the_2025_merger():
    from c4ir_kb.extract.linking import link_keys as _lk

    assert _lk("LOC", "Thừa Thiên Huế") != _lk("LOC", "Huế")
    assert _lk("LOC", "Thừa Thiên - Huế") == _lk("LOC", "Thừa Thiên Huế")
    assert _lk("LOC", "TP Huế") == _lk("LOC", "Huế")
