"""One organisation however the article spells it, and names that end where they end:
the extent of an organisation's name and its linking inside one article. Sentences written
for these tests (invented names), each reproducing one way news writes a name."""

from __future__ import annotations

from tests.test_alias_linking import _export
from tests.test_orgs_s7 import run


def orgs(r) -> dict[str, set[str]]:
    """Each organisation's name -> the surface forms of its mentions."""
    return {e.name: set(e.surfaces) for e in r.entities if e.type == "ORG"}


def one_org_with(r, *forms: str) -> bool:
    return any(set(forms) <= s for s in orgs(r).values())


# extent


def test_a_reporter_abbreviation_before_a_foreign_word_opens_a_brand():
    r = run("Chiều 5/3, PV Drilling công bố kế hoạch khoan thêm hai giếng ở bể Cửu Long trong năm tới.")
    assert "PV Drilling" in orgs(r)


def test_a_time_noun_after_a_name_is_no_part_of_it():
    r = run("Giám đốc Sở Y tế ghi nhận những kết quả của Bệnh viện Đa khoa Hòa Phong thời gian qua và đề nghị tiếp tục phát huy.")
    assert "Bệnh viện Đa khoa Hòa Phong" in orgs(r)
    assert not any("thời gian" in n for n in orgs(r))


def test_the_scope_word_after_a_department_is_no_part_of_it():
    r = run("Bộ yêu cầu Giám đốc Sở Công Thương địa phương rà soát nguồn hàng dự trữ trước dịp lễ.")
    assert not any("địa phương" in n for n in orgs(r))


def test_a_photo_credit_after_a_caption_ends_the_name():
    r = run("Đoàn công tác thăm Bệnh viện Đa khoa Hòa Phong ẢNH: MINH TÂM\n\nSau buổi làm việc, đoàn đến thăm các khoa.")
    assert "Bệnh viện Đa khoa Hòa Phong" in orgs(r)
    assert not any("ẢNH" in n for n in orgs(r))


# bodies of a level below the province


def test_a_ward_body_named_bare_is_the_ward_body_the_article_names_not_the_province():
    r = run(
        "Ngày 4/8, Đảng bộ phường Đông Kinh (tỉnh Lạng Sơn) tổ chức Đại hội lần thứ nhất.\n"
        "Đại hội đề ra ba khâu đột phá để đưa Nghị quyết Đại hội Đảng bộ phường vào cuộc sống."
    )
    assert one_org_with(r, "Đảng bộ phường Đông Kinh", "Đảng bộ phường")
    assert not any(n.endswith("Lạng Sơn") and "phường" in n for n in orgs(r))


def test_commune_bodies_listed_by_level_are_no_organisation():
    r = run("Theo kế hoạch, huyện Tân Phú sẽ kiện toàn Ban Chỉ huy Quân sự xã, thị trấn trong quý II.")
    assert not any(n.startswith("Ban Chỉ huy Quân sự") for n in orgs(r))


def test_a_body_after_a_title_with_its_level_listed_is_no_organisation():
    # the title chain finds `UBND xã`; the level listed after it makes it every commune's
    r = run("Hội nghị tập huấn cho Chủ tịch UBND xã, phường về chuyển đổi số.")
    assert not any(n.startswith("UBND") for n in orgs(r))


def test_a_body_followed_by_cap_and_a_level_is_no_organisation():
    r = run("Đoàn kiểm tra làm việc với Đảng ủy cấp xã tại huyện Tân Phú.")
    assert "Đảng ủy" not in orgs(r)


def test_a_unit_and_its_parent_named_after_a_membership_cue_stay_two():
    r = run(
        "Theo thông báo, ZenLink Power S (đơn vị thành viên ZenLink Power) sẽ tạm dừng cấp điện cho khách hàng lớn.\n"
        "ZenLink Power cho biết hai bên sẽ tiếp tục đàm phán."
    )
    assert not one_org_with(r, "ZenLink Power", "ZenLink Power S")


# linking


def test_an_abbreviation_defined_in_parentheses_inside_a_name_links_its_short_form():
    r = run(
        "Sáng 3/2, tại tỉnh Lạng Sơn, Bộ Chỉ huy Quân sự (CHQS) tỉnh tổng kết công tác năm.\n"
        "Dự hội nghị có Đại tá Hoàng Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh."
    )
    assert one_org_with(r, "Bộ Chỉ huy Quân sự (CHQS) tỉnh", "Bộ CHQS tỉnh")


def test_a_national_body_written_without_its_country_is_the_same_body():
    r = run(
        "Tổng giám đốc Tổng công ty Cảng biển Việt Nam Lê Hữu Phước cho biết sản lượng tăng 12%.\n"
        "Năm tới, Tổng công ty Cảng biển sẽ mở thêm hai tuyến vận tải."
    )
    assert one_org_with(r, "Tổng công ty Cảng biển Việt Nam", "Tổng công ty Cảng biển")


def test_a_foreign_country_after_a_head_names_another_body():
    r = run(
        "Bộ Quốc phòng Nhật Bản và Bộ Quốc phòng đã trao đổi về hợp tác đào tạo.\n"
        "Bộ Quốc phòng sẽ cử đoàn sang làm việc vào tháng 5."
    )
    assert not one_org_with(r, "Bộ Quốc phòng", "Bộ Quốc phòng Nhật Bản")


def test_one_person_holding_one_post_in_a_company_and_a_brand_makes_them_one():
    r = run(
        "Tại diễn đàn, ông Trần Quốc Hưng, Chủ tịch HĐQT Tổng công ty Đóng tàu Nam Hải, giới thiệu dự án mới.\n"
        "Ông Trần Quốc Hưng, Chủ tịch HĐQT SeaNova, cho biết công ty sẽ mở rộng sản xuất."
    )
    assert one_org_with(r, "Tổng công ty Đóng tàu Nam Hải", "SeaNova")


def test_one_person_chairing_two_bodies_written_out_keeps_them_two():
    r = run(
        "Ông Trần Quốc Hưng, Chủ tịch HĐQT Tổng công ty Đóng tàu Nam Hải, phát biểu khai mạc.\n"
        "Ông Trần Quốc Hưng, Chủ tịch HĐQT Công ty Cơ khí Hải Đăng, cũng dự hội nghị."
    )
    assert not one_org_with(r, "Tổng công ty Đóng tàu Nam Hải", "Công ty Cơ khí Hải Đăng")


def test_a_name_written_with_and_without_its_kind_noun_is_one_organisation():
    r = run(
        "Tiền vệ Minh Khang vừa ký hợp đồng hai năm với CLB Sông Lam Nghệ An.\n"
        "Sông Lam Nghệ An trả mức lương cao nhất trong lịch sử của cầu thủ này."
    )
    assert one_org_with(r, "CLB Sông Lam Nghệ An", "Sông Lam Nghệ An")


def test_a_company_and_a_brand_the_article_joins_by_and_stay_two():
    r = run(
        "Ông Trần Quốc Hưng, Chủ tịch HĐQT Tổng công ty Đóng tàu Nam Hải, giới thiệu dự án mới.\n"
        "Ông Trần Quốc Hưng, Chủ tịch HĐQT SeaNova, cho biết Tổng công ty Đóng tàu Nam Hải và SeaNova sẽ cùng góp vốn."
    )
    assert not one_org_with(r, "Tổng công ty Đóng tàu Nam Hải", "SeaNova")


def test_a_well_known_body_named_first_is_the_same_body_with_the_country_after_it():
    r = run(
        "Sáng 2/9, Quốc hội thông qua nghị quyết về giám sát chuyên đề năm tới.\n"
        "Đại diện Quốc hội Việt Nam ký biên bản hợp tác với đoàn khách."
    )
    assert one_org_with(r, "Quốc hội", "Quốc hội Việt Nam")


def test_a_sub_committee_is_a_body_of_its_own_not_the_tail_of_the_name_before_it():
    r = run("Các khối diễu binh chấp hành nghiêm chỉ thị của Bộ Quốc phòng và Tiểu ban Hậu cần Lễ duyệt binh trong mọi buổi tập.")
    assert "Bộ Quốc phòng" in orgs(r)
    assert not any(n.startswith("Bộ Quốc phòng và") for n in orgs(r))


def test_a_military_command_abbreviated_in_one_article_is_the_command_written_out_in_another(runner, tmp_path):
    doc = _export(
        runner,
        tmp_path,
        "Tin mới\n\nChiều 8/1, Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức hội nghị quân chính năm tới.\n",
        "Tin mới\n\nĐại tá Hoàng Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh Lạng Sơn, chủ trì buổi diễn tập.\n",
    )
    found = [set(e["aliases"]) for e in doc["entities"] if e["type"] == "ORG" and "Bộ CHQS tỉnh Lạng Sơn" in e["aliases"]]
    assert found and "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn" in found[0]


def test_a_body_naming_someone_ends_its_name_before_the_verb():
    r = run("Bà Trần Thị Mai, người mới được Ban Bí thư chỉ định, sẽ giữ chức Phó Bí thư Tỉnh ủy Kon Tum.")
    assert not any("chỉ định" in n for n in orgs(r))
