"""Entities on real news, round s3b: one phenomenon per test, sentences written for these tests."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str):
    doc = analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text))))
    return extract_entities(doc)


def orgs(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "ORG"}


def places(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "LOC"}


def test_a_common_noun_written_as_an_acronym_is_no_organisation():
    r = run("Nhiều dự án BĐS lớn được khởi công; hồ sơ thiết kế kỹ thuật tổng thể (FEED) sẽ thay thiết kế cơ sở.")
    assert not {"BĐS", "FEED"} & orgs(r)


def test_what_a_body_is_told_to_do_ends_its_name():
    r = run("UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở liên quan rà soát quỹ đất.")
    assert "Sở Tài nguyên và Môi trường" in orgs(r)
    assert not any("chủ trì" in n for n in orgs(r))


def test_a_lower_case_part_of_the_name_before_the_task_stays():
    r = run("Công an tỉnh giao Phòng Cảnh sát giao thông chủ trì thực hiện.")
    assert "Phòng Cảnh sát giao thông" in orgs(r)


def test_a_body_of_a_region_seated_in_a_country_runs_to_its_acronym():
    r = run("Bộ Công Thương họp với Hiệp hội Doanh nghiệp châu Âu tại Việt Nam (EuroCham) về thuế quan.")
    assert any("Hiệp hội Doanh nghiệp châu Âu tại Việt Nam" in e.surfaces for e in r.entities if e.type == "ORG")
    assert not {"châu Âu", "Việt Nam"} & places(r)


def roles(r) -> set[tuple[str, str]]:
    by_id = {e.id: e.name for e in r.entities}
    return {(by_id[x.person], x.title) for x in r.roles}


def test_a_foreign_head_of_state_keeps_the_country_in_the_title():
    r = run("Chủ tịch Hàn Quốc Lee Jae Myung gặp Tổng thống Pháp Emmanuel Macron tại Paris.")
    assert {("Lee Jae Myung", "Chủ tịch Hàn Quốc"), ("Emmanuel Macron", "Tổng thống Pháp")} <= roles(r)


def test_the_home_country_stays_out_of_a_head_of_governments_title():
    r = run("Thủ tướng Việt Nam Phạm Minh Chính tiếp Thủ tướng Nhật Bản Ishiba Shigeru.")
    assert ("Phạm Minh Chính", "Thủ tướng Việt Nam") not in roles(r)
    assert ("Ishiba Shigeru", "Thủ tướng Nhật Bản") in roles(r)


def test_a_regional_branchs_number_belongs_to_its_name_before_a_verb():
    r = run("Theo chỉ thị của Ngân hàng Nhà nước, Ngân hàng Nhà nước Khu vực 5 vừa ban hành kế hoạch.")
    assert "Ngân hàng Nhà nước Khu vực 5" in orgs(r) and "Ngân hàng Nhà nước Khu vực" not in orgs(r)


def test_flying_is_an_activity_inside_an_aviation_bodys_name():
    r = run("Tổng công ty Quản lý bay Việt Nam sẽ đầu tư hệ thống radar mới.")
    assert "Tổng công ty Quản lý bay Việt Nam" in orgs(r)


def test_a_service_kind_and_a_standing_boards_initials_are_no_organisations():
    r = run("Nhà mạng dẫn đầu thị phần OTT nội địa. Đồng chí Lê Văn Hải, Ủy viên BTV Tỉnh ủy, phát biểu.")
    assert not {"OTT", "BTV"} & orgs(r)


def test_a_board_over_the_provinces_parks_keeps_its_plural_capitalised_complement():
    assert "Ban Quản lý các Khu công nghiệp tỉnh" in orgs(run("Ban Quản lý các Khu công nghiệp tỉnh đã thu hút 20 dự án."))
    r = run("Ông Lê Văn Hải, Trưởng Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh, cho biết.")
    assert "Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh" in orgs(r)


def test_the_places_an_expressway_joins_name_the_road():
    r = run("Tỉnh đề xuất làm cao tốc Cần Thơ - Cà Mau và cao tốc Quảng Ngãi- Kon Tum; quan hệ Việt Nam-Lào tốt đẹp.")
    assert not {"Cần Thơ", "Cà Mau", "Quảng Ngãi", "Kon Tum"} & places(r)
    assert {"Việt Nam", "Lào"} <= places(r)


def test_a_foreign_governor_keeps_the_region_the_article_named_before():
    r = run("Đoàn công tác làm việc tại tỉnh Chungcheongnam. Tỉnh trưởng Chungcheongnam Park Min Su cảm ơn đoàn.")
    assert ("Park Min Su", "Tỉnh trưởng Chungcheongnam") in roles(r)
    assert "Chungcheongnam" not in orgs(r)
