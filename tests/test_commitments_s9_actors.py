"""Commitments, ninth session: actors of clauses found right but credited to another entity.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article

from tests.test_commitments_real import run


def _full(text: str):
    """The whole chain (entity extractor included): what each commitment's actor and person are named."""
    x = extract(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 3, 1)))
    names = {e.id: e.name for e in x.entities}
    return [(names.get(c.actor), names.get(c.person), c.text) for c in x.commitments]


def test_a_short_name_does_not_stand_for_its_branch_in_a_named_place():
    # `X` and `X <place>`: the longer name is the body's plant or branch there, not the body in full
    r = run("Thép Lộc Hà cam kết mở rộng nhà máy cán nguội trong năm 2026.\n\n"
            "Năm ngoái, Thép Lộc Hà Đà Nẵng đạt sản lượng 2 triệu tấn.\n",
            [("ORG", "Thép Lộc Hà", []), ("ORG", "Thép Lộc Hà Đà Nẵng", [])])
    assert r.name(r.find("nhà máy cán nguội").actor) == "Thép Lộc Hà"


def test_a_short_name_does_not_stand_for_a_facility_named_after_it():
    # `X` and `X <facility word> …` (Latin names write the facility after the brand): the facility is no body
    r = run("Tân Phú dự kiến mở thêm ba văn phòng ở Singapore trong năm nay.\n\n"
            "Dự án Tân Phú Green DC Bình Dương khởi công từ tháng trước.\n",
            [("ORG", "Tân Phú", []), ("ORG", "Tân Phú Green DC Bình Dương", [])])
    assert r.name(r.find("ba văn phòng").actor) == "Tân Phú"


def test_a_short_name_still_stands_for_its_full_name_with_the_home_country():
    # `X` and `X Việt Nam`: the same body written in full
    r = run("Năm ngoái, Tổng công ty Hàng hải Việt Nam vận chuyển 40 triệu tấn hàng.\n\n"
            "Tổng công ty Hàng hải sẽ đóng mới 10 tàu container trong năm 2026.\n",
            [("ORG", "Tổng công ty Hàng hải", []), ("ORG", "Tổng công ty Hàng hải Việt Nam", [])])
    assert r.name(r.find("10 tàu container").actor) == "Tổng công ty Hàng hải Việt Nam"


def test_a_bare_honorific_stands_for_the_person_just_introduced_by_a_title():
    # `ông A giữ vai trò …. HLV B sinh năm …. Ông có nhiệm vụ …`: a person introduced by a title is as much a person
    # as one introduced by `ông`: the nearest one is meant
    out = _full("Câu lạc bộ Sông Lam Xanh công bố ban huấn luyện mới\n\n"
                "Sáng 2/3, Câu lạc bộ Sông Lam Xanh công bố ban huấn luyện mới. Ông Lê Văn Hải giữ vai trò giám đốc kỹ thuật.\n\n"
                "HLV Trần Minh Khoa sinh năm 1980, từng dẫn dắt đội trẻ của tỉnh. "
                "Ông có nhiệm vụ đưa đội bóng trở lại giải hạng Nhất trong mùa giải tới.\n")
    actor = next(a for a, _, t in out if "giải hạng Nhất" in t)
    assert actor == "Trần Minh Khoa"
