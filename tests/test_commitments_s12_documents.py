"""Commitments, twelfth session: a plan, strategy, resolution or programme as the subject or the frame of what it sets
out (extraction-v1, What counts: the actor is the body that issued or owns the document, named in the article, or the
country or place it is set for). One phenomenon per test; the sentences are written for these tests (published
1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_plan_as_subject_of_a_target_is_its_issuers():
    # `X ban hành Kế hoạch …. Kế hoạch đặt ra những mục tiêu …`: the body that issued the plan sets the targets
    r = run("Sở Nông nghiệp tỉnh Gia Lai vừa ban hành Kế hoạch phát triển cà phê sạch giai đoạn 2026-2030. "
            "Kế hoạch đặt ra những mục tiêu cụ thể, đưa diện tích cà phê đạt chuẩn hữu cơ lên 20.000 ha vào năm 2030.\n",
            [("ORG", "Sở Nông nghiệp tỉnh Gia Lai", [])])
    c = r.find("Kế hoạch đặt ra những mục tiêu")
    assert r.name(c.actor) == "Sở Nông nghiệp tỉnh Gia Lai" and c.kind == "target"
    assert c.rule == "target:document-subject/document-owner"


def test_a_plan_owned_with_cua_is_the_owners():
    # `Chiến lược của X tập trung …`: the name after `của` owns the document
    r = run("Năm nay có nhiều thay đổi trong ngành cao su. Chiến lược của Công ty Cao su Phước Hòa tập trung mở rộng "
            "vùng trồng mới tại Lào trong hai năm tới.\n",
            [("ORG", "Công ty Cao su Phước Hòa", [])])
    c = r.find("tập trung mở rộng vùng trồng")
    assert r.name(c.actor) == "Công ty Cao su Phước Hòa" and c.kind == "plan"


def test_a_resolution_with_no_issuer_sets_its_target_for_the_country_it_names():
    # no body issues it in the article and none is named before: the country the target is set for
    r = run("Kinh tế tư nhân được coi là động lực quan trọng. "
            "Nghị quyết hướng tới mục tiêu đưa Việt Nam có hai triệu doanh nghiệp hoạt động vào năm 2030.\n",
            [("LOC", "Việt Nam", [])])
    c = r.find("Nghị quyết hướng tới mục tiêu")
    assert r.name(c.actor) == "Việt Nam" and c.kind == "target"
    assert c.rule == "target:document-subject/document-place"


def test_a_plan_frame_without_a_named_body_is_the_plans_issuers():
    # `Theo kế hoạch, <a clause naming no body> …`: the body the article shows issuing the plan
    r = run("UBND tỉnh Bến Tre vừa ban hành Kế hoạch tổ chức Hội thi tay nghề năm 2025. "
            "Theo kế hoạch, vòng sơ khảo sẽ diễn ra tại các huyện trong tháng 5/2025; vòng chung kết tổ chức tại "
            "thành phố Bến Tre vào tháng 8/2025.\n",
            [("ORG", "UBND tỉnh Bến Tre", [])])
    first, second = r.find("vòng sơ khảo sẽ diễn ra"), r.find("vòng chung kết tổ chức")
    assert r.name(first.actor) == r.name(second.actor) == "UBND tỉnh Bến Tre"
    assert first.rule == "plan:document-frame/document-owner" and first.text.startswith("Theo kế hoạch")


def test_a_plan_frame_with_no_issuer_is_the_story_subjects():
    # no issuing sentence: the organisation the story is about, not the one named in passing just before
    r = run("Công ty Điện máy Hòa An mở rộng mạng lưới cửa hàng. Khách hàng của hãng thường mua tủ lạnh Sao Việt. "
            "Theo kế hoạch, từ tháng 6/2025, mỗi cửa hàng sẽ có một quầy sửa chữa miễn phí.\n",
            [("ORG", "Công ty Điện máy Hòa An", []), ("ORG", "Sao Việt", [])])
    c = r.find("mỗi cửa hàng sẽ có một quầy sửa chữa")
    assert r.name(c.actor) == "Công ty Điện máy Hòa An" and c.kind == "plan"


def test_an_item_of_a_plan_frame_dated_before_publication_is_no_plan():
    # what was planned for a month already past is reported history; the item dated ahead is still a plan
    r = run("UBND tỉnh Bến Tre vừa ban hành Kế hoạch tổ chức Hội thi tay nghề năm 2025. "
            "Theo kế hoạch, vòng sơ khảo diễn ra tại các huyện vào tháng 1/2025; vòng chung kết sẽ tổ chức tại "
            "thành phố Bến Tre vào tháng 8/2025.\n",
            [("ORG", "UBND tỉnh Bến Tre", [])])
    assert not any("vòng sơ khảo" in c.text for c in r.commitments)
    assert r.name(r.find("vòng chung kết sẽ tổ chức").actor) == "UBND tỉnh Bến Tre"


def test_a_programme_aimed_at_a_celebration_is_no_target():
    # `Chương trình hướng tới chào mừng …` describes an event; what the programme sets out to do is its issuer's target
    pre = ("Sở Văn hóa tỉnh Nam Định vừa phê duyệt Chương trình nghệ thuật đường phố năm 2025. "
           "Nhiều nghệ sĩ trẻ đã đăng ký. Các đêm diễn kéo dài hai giờ. ")
    specs = [("ORG", "Sở Văn hóa tỉnh Nam Định", [])]
    r = run(pre + "Chương trình hướng tới chào mừng kỷ niệm 50 năm thành lập tỉnh.\n", specs)
    assert not any("chào mừng kỷ niệm" in c.text for c in r.commitments)
    r = run(pre + "Chương trình hướng tới đào tạo 300 diễn viên trẻ cho các đoàn nghệ thuật.\n", specs)
    assert r.name(r.find("đào tạo 300 diễn viên trẻ").actor) == "Sở Văn hóa tỉnh Nam Định"


def test_a_programme_focusing_on_something_describes_it_a_strategy_plans_it():
    # `Chương trình tập trung vào …` may describe an event's content; `Chiến lược tập trung …` sets out what will be done
    pre = ("Sở Văn hóa tỉnh Nam Định vừa phê duyệt Chương trình nghệ thuật đường phố và Chiến lược phát triển du lịch. "
           "Nhiều nghệ sĩ trẻ đã đăng ký. Các đêm diễn kéo dài hai giờ. ")
    specs = [("ORG", "Sở Văn hóa tỉnh Nam Định", [])]
    r = run(pre + "Chương trình tập trung vào các tiết mục dân ca của vùng đồng bằng.\n", specs)
    assert not any("tiết mục dân ca" in c.text for c in r.commitments)
    r = run(pre + "Chiến lược tập trung xây dựng ba tuyến du lịch sinh thái ven biển.\n", specs)
    c = r.find("xây dựng ba tuyến du lịch")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Nam Định" and c.kind == "plan"


def test_a_place_a_plan_works_in_does_not_own_it():
    # with no issuer, story or body before, only a target is set for the place its clause names; a plan's place is where
    r = run("Mưa lớn kéo dài nhiều ngày. Chiến lược tập trung nâng cấp đê biển tại Cà Mau trong ba năm tới.\n",
            [("LOC", "Cà Mau", [])])
    assert not any("nâng cấp đê biển" in c.text for c in r.commitments)
    r = run("Mưa lớn kéo dài nhiều ngày. Chiến lược đặt mục tiêu đưa Cà Mau có 500 km đê biển vào năm 2030.\n",
            [("LOC", "Cà Mau", [])])
    assert r.name(r.find("đưa Cà Mau có 500 km đê biển").actor) == "Cà Mau"
