"""A facility or project opening its sentence as the subject of a plan after a comma (session 12): the owner named in
the article undertakes it. The sentences are written for these tests; published 1/3/2025 (tests.test_commitments_real.run)."""

from __future__ import annotations

from tests.test_commitments_real import run

OWNER = "Công ty Hải Âu làm chủ đầu tư dự án nhà máy chế biến tôm đông lạnh ở huyện Năm Căn.\n"
HAI_AU = [("ORG", "Công ty Hải Âu", []), ("LOC", "Năm Căn", [])]


def test_a_project_named_at_length_and_described_has_its_plan_after_a_comma_undertaken_by_its_owner():
    r = run(OWNER + "Dự án nhà máy chế biến tôm tại huyện Năm Căn có tổng vốn khoảng 900 tỷ đồng, dự kiến khởi công vào tháng 9/2025.\n", HAI_AU)
    c = r.find("khởi công vào tháng 9/2025")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.rule == "plan:dự kiến/owner"


def test_a_photo_caption_of_a_complex_has_its_plan_undertaken_by_its_owner():
    r = run(OWNER + "Phối cảnh Khu phức hợp kho lạnh Hải Âu Năm Căn, dự kiến khởi công trong quý IV/2025.\n", HAI_AU)
    c = r.find("khởi công trong quý IV/2025")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.rule.endswith("/owner")


def test_a_conjunct_with_a_body_of_its_own_after_the_project_is_not_the_owners():
    r = run(OWNER + "Dự án nhà máy chế biến tôm có tổng vốn khoảng 900 tỷ đồng, Ngân hàng Phương Nam dự kiến cho vay 400 tỷ đồng.\n",
            HAI_AU + [("ORG", "Ngân hàng Phương Nam", [])])
    c = r.find("cho vay 400 tỷ đồng")
    assert r.name(c.actor) == "Ngân hàng Phương Nam"
