"""Commitment triggers, lists and gates (session 9): the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run

HAI_AU = [("ORG", "Công ty Hải Âu", [])]


def test_items_of_an_object_list_opened_by_bao_gom_are_not_undertakings_of_their_own():
    r = run("Trong năm nay, Công ty Hải Âu sẽ đầu tư vào bốn hạng mục gồm kho lạnh ở cảng cá; dây chuyền cấp đông nhanh; "
            "hệ thống xử lý nước thải và trạm điện mặt trời áp mái.\n", HAI_AU)
    assert len(r.commitments) == 1
    assert r.commitments[0].text.startswith("sẽ đầu tư vào bốn hạng mục")


def test_items_opening_with_a_verb_after_bao_gom_are_still_undertakings():
    r = run("Công ty Hải Âu sẽ triển khai nhiều việc, bao gồm mở rộng kho lạnh ở cảng cá; nâng cấp đội tàu khai thác xa bờ.\n", HAI_AU)
    assert r.find("nâng cấp đội tàu khai thác xa bờ").rule.endswith("/series")


def test_a_list_counted_in_words_is_a_list_of_plans():
    r = run("Công ty Hải Âu đã xác định ba nhiệm vụ trọng tâm: mở rộng vùng nuôi tôm sạch; xây dựng nhà máy chế biến mới; "
            "đồng thời đào tạo lại đội ngũ kỹ thuật.\n", HAI_AU)
    first = r.find("mở rộng vùng nuôi tôm sạch")
    assert r.name(first.actor) == "Công ty Hải Âu" and first.kind == "plan" and first.rule == "plan:xác định/list"
    assert r.find("xây dựng nhà máy chế biến mới") is not first


def test_a_call_on_other_bodies_to_act_is_a_proposal():
    r = run("Sở Du lịch tỉnh Hòa Bình kêu gọi các hãng lữ hành mở thêm tuyến tham quan làng nghề.\n",
            [("ORG", "Sở Du lịch tỉnh Hòa Bình", [])])
    c = r.find("mở thêm tuyến tham quan làng nghề")
    assert r.name(c.actor) == "Sở Du lịch tỉnh Hòa Bình" and c.kind == "proposal" and c.rule == "proposal:kêu gọi/subject"


def test_encouraging_other_bodies_to_join_is_a_proposal():
    r = run("Ngân hàng Sông Hồng khuyến khích các quỹ tín dụng nhỏ tham gia gói vay ưu đãi cho hộ nuôi cá.\n",
            [("ORG", "Ngân hàng Sông Hồng", [])])
    assert r.find("tham gia gói vay ưu đãi").kind == "proposal"


def test_calling_for_investment_or_on_the_public_at_large_is_no_proposal():
    r = run("Tỉnh Hòa Bình kêu gọi đầu tư vào ba khu du lịch sinh thái. Hội nghị kêu gọi toàn dân chung tay giữ gìn rừng đầu nguồn.\n",
            [("LOC", "Hòa Bình", [])])
    assert r.commitments == []


def test_calling_on_investors_is_seeking_investment_no_proposal():
    r = run("Ban Quản lý khu kinh tế Vân Phong kêu gọi các nhà đầu tư trong nước rót vốn vào cảng cạn và kho ngoại quan.\n",
            [("ORG", "Ban Quản lý khu kinh tế Vân Phong", [])])
    assert not [c for c in r.commitments if c.kind == "proposal"]


def test_a_meeting_named_in_the_object_and_scheduled_after_a_comma_is_the_subjects_plan():
    r = run("Công ty Hải Âu đã gửi giấy mời tới các cổ đông dự đại hội cổ đông bất thường, sẽ diễn ra ngày 18/4/2025 ở Đà Nẵng.\n", HAI_AU)
    c = r.find("sẽ diễn ra ngày 18/4/2025")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.rule == "plan:đại hội cổ đông/subject"


def test_a_meeting_scheduled_before_publication_was_held_not_planned():
    r = run("Công ty Hải Âu đã gửi giấy mời tới các cổ đông dự đại hội cổ đông bất thường, sẽ diễn ra ngày 18/2/2025 ở Đà Nẵng.\n", HAI_AU)
    assert r.commitments == []
