"""Alias linking: one entity for every form an article writes it in (a place with and
without its administrative noun, an acronym and the name it abbreviates, a ticker, a
company's brand), and never one entity for two bodies."""

from __future__ import annotations

import json

from tests.conftest import invoke


def _export(runner, tmp_path, *texts: str) -> dict:
    db = tmp_path / "kb.sqlite"
    for n, text in enumerate(texts):
        src = tmp_path / f"a{n}.txt"
        src.write_text(text, encoding="utf-8")
        assert invoke(runner, "ingest", str(src), "--db", str(db), "-q").exit_code == 0
    return json.loads(invoke(runner, "export", "--db", str(db)).stdout)


def _aliases(doc: dict, typ: str, form: str) -> set[str]:
    """The aliases of the one entity of type `typ` that has `form` among its aliases."""
    found = [set(e["aliases"]) for e in doc["entities"] if e["type"] == typ and form in e["aliases"]]
    assert len(found) == 1, (form, [e for e in doc["entities"] if e["type"] == typ])
    return found[0]


def test_a_place_written_with_its_administrative_noun_keeps_that_form_as_an_alias(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nĐoàn công tác đã thăm tỉnh Gia Lai vào tuần trước. Gia Lai có nhiều tiềm năng về du lịch.\n")
    assert {"Gia Lai", "tỉnh Gia Lai"} <= _aliases(doc, "LOC", "Gia Lai")


def test_an_abbreviated_administrative_noun_is_kept_with_the_place(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nNgười dân ở H.Củ Chi đã nhận được hỗ trợ. Huyện Củ Chi sẽ tiếp tục triển khai.\n")
    assert "H.Củ Chi" in _aliases(doc, "LOC", "Củ Chi")


def test_a_form_written_after_a_place_stays_while_its_article_is_unchanged(runner, tmp_path):
    # `tỉnh Bình Phước (cũ)`: the written form runs past the mention; re-ingesting another
    # article must not collect it
    db = tmp_path / "kb.sqlite"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Tin một\n\nĐoàn công tác đã thăm tỉnh Bình Phước (cũ) vào tuần trước.\n", encoding="utf-8")
    b.write_text("Tin hai\n\nNông dân Gia Lai được mùa cà phê năm nay.\n", encoding="utf-8")
    assert invoke(runner, "ingest", str(a), str(b), "--db", str(db), "-q").exit_code == 0
    before = _aliases(json.loads(invoke(runner, "export", "--db", str(db)).stdout), "LOC", "Bình Phước")
    assert any("(cũ)" in x for x in before)
    b.write_text("Tin hai\n\nNông dân Gia Lai được mùa lúa năm nay.\n", encoding="utf-8")
    assert invoke(runner, "ingest", str(b), "--db", str(db), "-q").exit_code == 0
    assert _aliases(json.loads(invoke(runner, "export", "--db", str(db)).stdout), "LOC", "Bình Phước") == before


def test_a_written_form_goes_when_the_article_that_wrote_it_changes(runner, tmp_path):
    db = tmp_path / "kb.sqlite"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Tin một\n\nĐoàn công tác đã thăm tỉnh Gia Lai vào tuần trước.\n", encoding="utf-8")
    b.write_text("Tin hai\n\nNông dân Gia Lai được mùa cà phê năm nay.\n", encoding="utf-8")
    assert invoke(runner, "ingest", str(a), str(b), "--db", str(db), "-q").exit_code == 0
    doc = json.loads(invoke(runner, "export", "--db", str(db)).stdout)
    assert "tỉnh Gia Lai" in _aliases(doc, "LOC", "Gia Lai")
    a.write_text("Tin một\n\nĐoàn công tác đã thăm Gia Lai vào tuần trước.\n", encoding="utf-8")
    assert invoke(runner, "ingest", str(a), "--db", str(db), "-q").exit_code == 0
    doc = json.loads(invoke(runner, "export", "--db", str(db)).stdout)
    assert "tỉnh Gia Lai" not in _aliases(doc, "LOC", "Gia Lai")


def _orgs(doc: dict) -> list[set[str]]:
    return [set(o["aliases"]) for o in doc["articles"][0]["organisations"]]


def test_an_acronym_of_the_syllable_initials_with_its_province_is_the_body(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nBộ đội Biên phòng tỉnh Cà Mau tổ chức hội nghị tổng kết. Năm qua, BĐBP Cà Mau đã tuần tra 300 lượt. BĐBP cũng phối hợp với ngư dân.\n",
    )
    assert {"Bộ đội Biên phòng tỉnh Cà Mau", "BĐBP Cà Mau", "BĐBP"} in _orgs(doc)


def test_an_acronym_with_another_province_is_another_body(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nBộ đội Biên phòng tỉnh Cà Mau và BĐBP Kiên Giang ký kết quy chế phối hợp tuần tra.\n",
    )
    assert not any({"Bộ đội Biên phòng tỉnh Cà Mau", "BĐBP Kiên Giang"} <= o for o in _orgs(doc))


def test_an_acronym_of_a_head_and_a_zone_spells_the_whole_name(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nBan quản lý khu kinh tế Hải Phòng tiếp đoàn nhà đầu tư. Sau buổi làm việc, BQLKKT Hải Phòng cam kết hỗ trợ thủ tục.\n",
    )
    assert any({"Ban quản lý khu kinh tế Hải Phòng", "BQLKKT Hải Phòng"} <= o for o in _orgs(doc))


def test_a_company_brand_ending_its_full_name_is_the_company(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nCông ty cổ phần Chứng khoán KTX vừa công bố kế hoạch tăng vốn. Theo đại diện KTX, nguồn vốn sẽ dùng cho cho vay ký quỹ.\n",
    )
    assert any({"Công ty cổ phần Chứng khoán KTX", "KTX"} <= o for o in _orgs(doc))


def test_a_ticker_after_mixed_case_ck_is_the_company(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nCông ty cổ phần Thép Hòa Lâm (mã Ck: HLM; sàn: HOSE) dự kiến chia cổ tức trong quý tới.\n",
    )
    assert any({"Công ty cổ phần Thép Hòa Lâm", "HLM"} <= o for o in _orgs(doc))


def test_a_brand_that_is_already_a_groups_short_name_is_not_its_subsidiary(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nTập đoàn Hòa Phát ký hợp tác với Công ty cổ phần Viễn thông KTZ. Tập đoàn KTZ sẽ đầu tư, KTZ cho biết.\n",
    )
    assert not any({"Công ty cổ phần Viễn thông KTZ", "Tập đoàn KTZ"} <= o for o in _orgs(doc))


def test_an_acronym_in_parentheses_inside_a_name_keeps_the_name_whole(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nNgày 3/4, Tòa án nhân dân (TAND) tỉnh Sơn La đã xét xử vụ án. Sau hai ngày, TAND tỉnh Sơn La tuyên án.\n",
    )
    assert {"Tòa án nhân dân (TAND) tỉnh Sơn La", "TAND tỉnh Sơn La"} in _orgs(doc)


def test_an_acronym_in_parentheses_inside_a_longer_name_makes_no_organisation_of_its_own(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nĐoàn công tác của Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam đã đến thăm đơn vị.\n",
    )
    assert not any(a.startswith("Quân đội nhân dân") for o in _orgs(doc) for a in o)


def test_a_ward_named_like_its_province_is_another_place(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nLễ hội diễn ra tại phường Lào Cai trong ba ngày. Tỉnh ủy cho biết Lào Cai sẽ đón hàng nghìn du khách.\n",
    )
    locs = [set(x["aliases"]) for x in doc["articles"][0]["locations"]]
    assert {"phường Lào Cai"} in locs and {"Lào Cai"} in locs


def test_a_company_named_after_a_city_is_not_linked_to_the_city_and_keeps_its_name():
    from c4ir_kb.extract.linking import display_form, link_keys

    assert "tphcm" not in link_keys("ORG", "Ngân hàng TMCP Sài Gòn")
    assert display_form("ORG", "Ngân hàng TMCP Sài Gòn Phú Quý") == "Ngân hàng TMCP Sài Gòn Phú Quý"


def test_a_ward_and_its_province_have_different_keys():
    from c4ir_kb.extract.linking import link_keys

    assert not set(link_keys("LOC", "phường Lào Cai")) & set(link_keys("LOC", "tỉnh Lào Cai"))
    assert set(link_keys("LOC", "xã Tân Phú")) & set(link_keys("LOC", "Tân Phú"))


def test_an_abbreviated_administrative_noun_glued_to_a_name_makes_a_place(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nBà con ở P.Tân Mỹ Đông đã nhận gạo cứu trợ. Nhiều hộ ở phường Tân Mỹ Đông vẫn bị ngập.\n")
    assert {"P.Tân Mỹ Đông", "Tân Mỹ Đông"} <= _aliases(doc, "LOC", "P.Tân Mỹ Đông")


def test_a_company_written_as_its_initials_and_group_is_the_company(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nTập đoàn Hưng Thịnh Phát Đạt vừa khởi công nhà máy mới. Lãnh đạo HTPĐ Group cho biết dự án sẽ hoàn thành năm sau.\n",
    )
    assert {"Tập đoàn Hưng Thịnh Phát Đạt", "HTPĐ Group"} in _orgs(doc)


def test_a_street_keeps_the_form_with_its_noun(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nCửa hàng nằm trên phố Hàng Chiếu, gần chợ cũ của quận.\n")
    assert {"Hàng Chiếu", "phố Hàng Chiếu"} <= _aliases(doc, "LOC", "Hàng Chiếu")


def test_a_place_marked_former_keeps_that_form(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nDự án nằm ở xã Tân Phú, tỉnh Bình Phước (cũ), nay thuộc tỉnh Đồng Nai.\n")
    assert {"tỉnh Bình Phước", "tỉnh Bình Phước (cũ)", "Bình Phước (cũ)"} <= _aliases(doc, "LOC", "Bình Phước")


def test_the_districts_of_a_city_are_neither_a_district_nor_a_form_of_the_city(runner, tmp_path):
    doc = _export(runner, tmp_path, "Tin mới\n\nCác quận, huyện Hà Nội đều tổ chức diễn tập. Hà Nội sẽ tổng kết vào cuối năm.\n")
    assert _aliases(doc, "LOC", "Hà Nội") & {"huyện Hà Nội", "quận, huyện Hà Nội"} == set()
    assert [x["name"] for x in doc["articles"][0]["locations"]] == ["Hà Nội"]


def test_a_bare_acronym_does_not_join_two_provinces_bodies_across_articles(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin một\n\nBộ đội Biên phòng tỉnh Cà Mau tổ chức tuần tra trên biển. Trong năm, BĐBP đã bắt giữ 12 tàu cá.\n",
        "Tin hai\n\nBộ đội Biên phòng tỉnh Kiên Giang ký quy chế với ngư dân. BĐBP cũng hỗ trợ xây nhà.\n",
    )
    ca_mau = _aliases(doc, "ORG", "Bộ đội Biên phòng tỉnh Cà Mau")
    assert "BĐBP" in ca_mau and "Bộ đội Biên phòng tỉnh Kiên Giang" not in ca_mau


def test_a_country_written_by_its_official_name_or_after_nuoc_is_the_country(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nViệt Nam luôn coi trọng quan hệ với nước Cộng hòa Dân chủ Nhân dân Lào. Lào và Việt Nam ký ba văn kiện hợp tác.\n",
    )
    assert {"Lào", "Cộng hòa Dân chủ Nhân dân Lào", "nước Cộng hòa Dân chủ Nhân dân Lào"} <= _aliases(doc, "LOC", "Lào")


def test_a_bare_acronym_of_a_body_one_city_has_stays_linked_to_its_scoped_form(runner, seeds_kb):
    # only bodies every province has (BĐBP, UBND) lose the bare acronym's key beside a
    # province's form; the seed article's `C4IR` and `C4IR TPHCM` are one centre
    doc = json.loads(invoke(runner, "export", "--db", str(seeds_kb)).stdout)
    orgs = [set(o["aliases"]) | {o["name"]} for a in doc["articles"] for o in a["organisations"] if any(x.startswith("C4IR") for x in o["aliases"] + [o["name"]])]
    assert orgs and {"C4IR"} not in orgs and any({"C4IR", "C4IR TPHCM"} <= o for o in orgs)


_COUNCIL = "Cần Thơ tổng kết năm\n\nChiều 5/1, HĐND TP Cần Thơ tổ chức kỳ họp thứ 10. HĐND TP Cần Thơ đã thông qua 12 nghị quyết. Kỳ họp của HĐND TP Cần Thơ kết thúc trong ngày.\n"
_VISIT = "Cần Thơ đón đoàn công tác\n\nSáng 8/1, tại TP Cần Thơ, đoàn công tác đã làm việc với lãnh đạo địa phương. Tiếp đoàn có ông Lê Văn Bình, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố.\n"


def test_the_name_an_article_gives_a_body_stays_an_alias_when_another_name_is_displayed(runner, tmp_path):
    # the second story's bare `HĐND thành phố` is named with its city; the first story's
    # `HĐND TP Cần Thơ` is the display name, so the role's body is shown by that name
    doc = _export(runner, tmp_path, _COUNCIL, _VISIT)
    assert "HĐND thành phố Cần Thơ" in _aliases(doc, "ORG", "HĐND TP Cần Thơ")
    roles = [r for a in doc["articles"] for p in a["people"] if p["name"] == "Lê Văn Bình" for r in p["roles"]]
    assert {"title": "Chủ tịch", "org": "HĐND TP Cần Thơ"} in roles


def test_an_articles_name_for_a_body_goes_when_no_article_gives_it(runner, tmp_path):
    db = tmp_path / "kb.sqlite"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_COUNCIL, encoding="utf-8")
    b.write_text(_VISIT, encoding="utf-8")
    assert invoke(runner, "ingest", str(a), str(b), "--db", str(db), "-q").exit_code == 0
    b.write_text(_VISIT.replace(", Chủ tịch HĐND thành phố", ""), encoding="utf-8")
    assert invoke(runner, "ingest", str(b), "--db", str(db), "-q").exit_code == 0
    doc = json.loads(invoke(runner, "export", "--db", str(db)).stdout)
    assert _aliases(doc, "ORG", "HĐND TP Cần Thơ") == {"HĐND TP Cần Thơ"}
