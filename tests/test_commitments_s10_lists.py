"""Commitments, tenth session: a list's extent: each item of a directive or plan its own commitment.

A directive often goes on in sentences each naming the body it tells what to do (`Sở X yêu cầu Ban Y
chuẩn bị A. Trung tâm Z chuẩn bị B. Nhà văn hóa W dọn dẹp C.`): every such item is the directing body's
directive. A sentence whose named subject speaks, is described or reports what it did is not.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_SO = ("ORG", "Sở Văn hóa tỉnh Lam Sơn", [])
_HEAD = "Sở Văn hóa tỉnh Lam Sơn yêu cầu Ban Quản lý khu di tích Đồi Mây chuẩn bị bãi đỗ xe cho khách dự lễ hội.\n\n"
_CENTRE = ("ORG", "Trung tâm Văn hóa Bắc Lĩnh", [])


def test_a_named_body_with_a_bare_verb_after_a_directive_is_one_more_item_of_it():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh bố trí toàn bộ sân trước làm nơi tập kết xe của đoàn nghệ nhân.\n",
            [_SO, ("ORG", "Ban Quản lý khu di tích Đồi Mây", []), _CENTRE])
    c = r.find("bố trí toàn bộ sân trước")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Lam Sơn" and c.kind == "directive"
    assert c.text.startswith("Trung tâm Văn hóa Bắc Lĩnh")


def test_items_each_with_their_own_named_body_go_on_one_sentence_after_another():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh bố trí toàn bộ sân trước làm nơi tập kết xe của đoàn nghệ nhân.\n\n"
            "Nhà thi đấu Hồ Sen mở cửa khu khán đài phụ để đón người cao tuổi tới xem biểu diễn.\n",
            [_SO, _CENTRE, ("ORG", "Nhà thi đấu Hồ Sen", [])])
    c = r.find("mở cửa khu khán đài phụ")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Lam Sơn" and c.kind == "directive"


def test_a_named_body_that_speaks_after_a_directive_is_not_an_item():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh cho biết sân trước đủ chỗ cho khoảng ba trăm xe máy.\n", [_SO, _CENTRE])
    assert not [c for c in r.commitments if "sân trước" in c.text]


def test_a_named_body_described_by_a_state_after_a_directive_is_not_an_item():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh là nơi tổ chức nhiều hoạt động văn nghệ của huyện trong năm.\n", [_SO, _CENTRE])
    assert not [c for c in r.commitments if "văn nghệ" in c.text]


def test_a_named_body_whose_verb_describes_what_it_does_after_a_directive_is_not_an_item():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh tiếp nhận hơn năm trăm lượt khách mỗi ngày trong mùa lễ hội.\n", [_SO, _CENTRE])
    assert not [c for c in r.commitments if "lượt khách" in c.text]


def test_a_named_body_reporting_what_it_did_after_a_directive_is_not_an_item():
    r = run(_HEAD + "Trung tâm Văn hóa Bắc Lĩnh đã sửa xong mái che của sân khấu ngoài trời trong tháng trước.\n", [_SO, _CENTRE])
    assert not [c for c in r.commitments if "mái che" in c.text]


def test_a_named_body_with_a_bare_verb_is_no_item_without_a_directive_before():
    r = run("Lễ hội hoa đào sẽ khai mạc vào cuối tuần tại thị trấn.\n\n"
            "Trung tâm Văn hóa Bắc Lĩnh bố trí toàn bộ sân trước làm nơi tập kết xe của đoàn nghệ nhân.\n", [_CENTRE])
    assert not [c for c in r.commitments if "sân trước" in c.text]


def test_a_connective_opening_a_directives_next_item_is_not_part_of_its_clause():
    r = run(_HEAD + "Bên cạnh đó, các xã cần dọn dẹp vệ sinh đường làng trước ngày khai hội.\n", [_SO])
    c = r.find("dọn dẹp vệ sinh đường làng")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Lam Sơn" and c.text.startswith("các xã cần")


def test_dac_biet_opens_one_more_item_of_a_directive():
    r = run(_HEAD + "Đặc biệt, tổ chức trực cấp cứu tại khu vực sân khấu chính suốt ba ngày lễ hội.\n", [_SO])
    c = r.find("trực cấp cứu tại khu vực sân khấu")
    assert r.name(c.actor) == "Sở Văn hóa tỉnh Lam Sơn" and c.kind == "directive" and c.text.startswith("tổ chức")


def test_a_list_of_places_in_a_conjunct_does_not_end_the_subjects_chain():
    r = run("Công ty Sao Khuê tiếp tục khảo sát thêm các vùng nguyên liệu tại Lâm Hà, Bảo Lâm và các huyện lân cận, "
            "đặt mục tiêu mở rộng thêm 500 ha chè sạch đến năm 2030.\n",
            [("ORG", "Công ty Sao Khuê", []), ("LOC", "Lâm Hà", []), ("LOC", "Bảo Lâm", [])])
    c = r.find("mở rộng thêm 500 ha chè sạch")
    assert r.name(c.actor) == "Công ty Sao Khuê" and c.kind == "target"


def test_a_list_of_names_as_the_object_still_ends_the_subjects_chain():
    r = run("Chủ tịch tỉnh Trần Minh Đức đã tiếp đoàn doanh nghiệp của Lâm Hà, Bảo Lâm và các huyện lân cận tới trình bày dự án "
            "và nhận nhiệm vụ tại tỉnh.\n",
            [("PER", "Trần Minh Đức", []), ("LOC", "Lâm Hà", []), ("LOC", "Bảo Lâm", [])])
    assert not [c for c in r.commitments if "nhận nhiệm vụ" in c.text]


def test_a_ratio_colon_in_a_plan_opens_no_list_for_the_next_sentence():
    r = run("Công ty Sao Khuê dự kiến phát hành 20 triệu cổ phiếu thưởng với tỷ lệ thực hiện quyền là 1:2,5 cho cổ đông hiện hữu.\n"
            "Nguồn vốn phát hành lấy từ lợi nhuận sau thuế chưa phân phối của năm trước theo báo cáo kiểm toán.\n",
            [("ORG", "Công ty Sao Khuê", [])])
    assert r.find("phát hành 20 triệu cổ phiếu thưởng")
    assert not [c for c in r.commitments if "lợi nhuận sau thuế chưa phân phối" in c.text]


def test_sap_xep_after_a_comma_goes_on_with_the_clause_it_is_in():
    r = run("Sở Văn hóa tỉnh Lam Sơn yêu cầu các xã bố trí, sắp xếp mặt bằng để đón đoàn nghệ nhân dự lễ hội.\n", [_SO])
    c = r.find("bố trí")
    assert c.text.endswith("dự lễ hội") and r.name(c.actor) == "Sở Văn hóa tỉnh Lam Sơn"


def test_va_joins_two_undertakings_when_the_left_one_opens_with_a_verb_the_lexicon_does_not_list():
    r = run("Công ty Sao Khuê sẽ đa dạng hóa nguồn nguyên liệu đầu vào và tìm kiếm thêm nhà cung cấp ở nước ngoài.\n",
            [("ORG", "Công ty Sao Khuê", [])])
    first, second = r.find("đa dạng hóa nguồn nguyên liệu"), r.find("tìm kiếm thêm nhà cung cấp")
    assert first is not second and "tìm kiếm" not in first.text
    assert r.name(second.actor) == "Công ty Sao Khuê"


def test_va_between_two_nouns_of_one_object_does_not_split():
    r = run("Công ty Sao Khuê sẽ mở rộng nhà xưởng sản xuất và kho lạnh bảo quản tại khu công nghiệp phía bắc.\n",
            [("ORG", "Công ty Sao Khuê", [])])
    assert len([c for c in r.commitments if "nhà xưởng" in c.text or "kho lạnh" in c.text]) == 1


def test_va_inside_what_a_project_does_does_not_split():
    r = run("Quỹ Phát triển Hồng Lam sẽ xem xét giải ngân khoảng 300 tỷ đồng vốn vay ưu đãi cho dự án chống sạt lở và "
            "xử lý rác thải sinh hoạt của huyện Bến Cát trong năm 2027.\n", [("ORG", "Quỹ Phát triển Hồng Lam", [])])
    c = r.find("giải ngân khoảng 300 tỷ đồng")
    assert "xử lý rác thải sinh hoạt" in c.text
    assert len([x for x in r.commitments if "xử lý rác thải" in x.text]) == 1
