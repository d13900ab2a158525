"""Organisations on unseen news, twelfth pass: generic references (a body followed by the
level of every unit it stands for, a board of a party committee named by its head alone).
Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_title_chains import run


def surfaces(r, typ: str) -> set[str]:
    return {m.text for m in r.mentions if m.type == typ}


def test_a_body_followed_by_a_plural_level_names_the_bodies_of_every_province():
    r = run("Cục Chăn nuôi vừa gửi công văn tới Sở Nông nghiệp và Môi trường các tỉnh, thành phố miền Trung về phòng dịch.")
    orgs = surfaces(r, "ORG")
    assert "Cục Chăn nuôi" in orgs
    assert not any(o.startswith("Sở Nông nghiệp") for o in orgs)


def test_a_title_in_a_body_of_every_province_keeps_no_such_body():
    r = run("Dự hội nghị có Bí thư Đảng ủy Quân sự các tỉnh, thành phố trong Quân khu 7 và đại diện Bộ Tư lệnh Quân khu 7.")
    orgs = surfaces(r, "ORG")
    assert "Bộ Tư lệnh Quân khu 7" in orgs
    assert not any(o.startswith("Đảng ủy Quân sự") for o in orgs)


def test_a_body_of_one_named_province_before_a_plural_level_stays():
    r = run("Sở Y tế tỉnh Hòa Bình cùng các xã tổ chức tiêm chủng cho trẻ em.")
    assert "Sở Y tế tỉnh Hòa Bình" in surfaces(r, "ORG")


def test_a_board_of_a_party_committee_named_by_its_head_alone_is_generic():
    r = run("Báo cáo của Ban Thường vụ Đảng ủy được Công an tỉnh Lạng Sơn thông qua trong buổi sáng.")
    orgs = surfaces(r, "ORG")
    assert "Công an tỉnh Lạng Sơn" in orgs
    assert "Ban Thường vụ Đảng ủy" not in orgs


def test_a_board_of_a_named_party_committee_stays():
    r = run("Ban Thường vụ Đảng ủy Công an tỉnh Lạng Sơn đã họp để bàn về công tác cán bộ.")
    assert "Ban Thường vụ Đảng ủy Công an tỉnh Lạng Sơn" in surfaces(r, "ORG")


# one organisation written again without a word that only qualifies its name


def org_names(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "ORG"}


def entity_of(r, surface: str) -> str:
    return next(m.entity for m in r.mentions if m.text == surface)


def test_a_local_branch_written_without_the_home_country_is_the_same_body():
    r = run(
        "Sáng nay, Hội Cựu chiến binh Việt Nam tỉnh Hòa Bình tổ chức đại hội. "
        "Đại hội đã bầu ban lãnh đạo mới của Hội Cựu chiến binh tỉnh Hòa Bình."
    )
    assert entity_of(r, "Hội Cựu chiến binh Việt Nam tỉnh Hòa Bình") == entity_of(r, "Hội Cựu chiến binh tỉnh Hòa Bình")


def test_a_company_written_again_with_a_shorter_legal_form_is_the_same_company():
    r = run(
        "Công ty TNHH MTV Thủy lợi Sông Mã đã xin giao thêm đất. "
        "Đến tháng 3, Công ty Thủy lợi Sông Mã bàn giao phần đất đó cho xã."
    )
    assert entity_of(r, "Công ty TNHH MTV Thủy lợi Sông Mã") == entity_of(r, "Công ty Thủy lợi Sông Mã")


def test_a_committee_written_again_without_its_parent_after_cua_is_the_same_body():
    r = run(
        "Bà Lan công tác tại Ủy ban Tài chính và Ngân sách của Quốc hội. "
        "Trước đó, Ủy ban Tài chính và Ngân sách đã thẩm tra dự án luật."
    )
    assert entity_of(r, "Ủy ban Tài chính và Ngân sách của Quốc hội") == entity_of(r, "Ủy ban Tài chính và Ngân sách")


def test_a_district_body_is_not_the_province_body_it_shares_words_with():
    r = run(
        "Công an huyện Mai Sơn tỉnh Sơn La đã bắt đối tượng. "
        "Sau đó, Công an tỉnh Sơn La tiếp nhận vụ việc để điều tra."
    )
    assert entity_of(r, "Công an huyện Mai Sơn tỉnh Sơn La") != entity_of(r, "Công an tỉnh Sơn La")
