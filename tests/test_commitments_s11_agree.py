"""Commitments, eleventh session: agreements. What a signed document or a joint decision says the parties will do,
split into its items, with the first-named party as actor (extraction-v1, What counts: agreement; items of a list
joined by `;` or `và` that each say what will be done are separate commitments; a joint undertaking -> the
first-named party). One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_PAIR = [("ORG", "Công ty Sao Mai", []), ("ORG", "Công ty Hải Đăng", [])]


def test_hai_don_vi_stands_for_the_parties_like_hai_ben():
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Hai đơn vị sẽ mở chung một xưởng đóng tàu trong năm 2026.\n", _PAIR)
    assert r.name(r.find("mở chung một xưởng đóng tàu").actor) == "Công ty Sao Mai"


def test_the_hosts_of_a_signing_ceremony_are_its_parties():
    # `A và B tổ chức lễ ký kết …`: the ceremony is a noun after `lễ`, but hosting it names the parties
    r = run("Công ty Sao Mai và Công ty Hải Đăng tổ chức lễ ký kết thỏa thuận hợp tác. Buổi lễ diễn ra tại Huế. "
            "Khách mời đến từ nhiều tỉnh. Nhiều doanh nghiệp gửi hoa chúc mừng. "
            "Đáng chú ý, hai bên dự kiến mở chung một xưởng đóng tàu trong năm 2026.\n", _PAIR)
    assert r.name(r.find("mở chung một xưởng đóng tàu").actor) == "Công ty Sao Mai"


def test_the_sides_of_an_attendance_list_are_the_parties():
    # `về phía X có …; về phía Y có …`: the two sides; a pair of guests joined by `và` is not who agrees
    specs = [*_PAIR, ("ORG", "Hội Nông dân xã Tân Lập", []), ("ORG", "Hợp tác xã Bình Minh", [])]
    r = run("Dự buổi lễ, về phía Công ty Sao Mai có ông Lê Văn Tám; về phía Công ty Hải Đăng có bà Trần Thị Chín. "
            "Tham dự còn có Hội Nông dân xã Tân Lập và lãnh đạo Hợp tác xã Bình Minh. "
            "Hai bên thống nhất phối hợp đào tạo thợ hàn cho ngư dân.\n", specs)
    assert r.name(r.find("phối hợp đào tạo thợ hàn").actor) == "Công ty Sao Mai"


def test_the_items_of_a_signed_document_are_each_an_agreement():
    # a signing reported as done, then a colon list of what the parties will do: one agreement per `;` item
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Hai đơn vị đã ký kết quy chế phối hợp với các nội dung chính: "
            "Đào tạo thợ hàn cho ngư dân; bảo dưỡng tàu cá miễn phí mỗi năm; chia sẻ kinh nghiệm đóng tàu vỏ thép.\n", _PAIR)
    texts = [c.text for c in r.commitments if c.kind == "agreement"]
    assert texts == ["Đào tạo thợ hàn cho ngư dân", "bảo dưỡng tàu cá miễn phí mỗi năm", "chia sẻ kinh nghiệm đóng tàu vỏ thép"]
    assert all(r.name(c.actor) == "Công ty Sao Mai" for c in r.commitments)


def test_sharing_experience_is_an_item_not_a_statement():
    # `chia sẻ` says something, but `chia sẻ kinh nghiệm` shares a thing: an undertaking of the list
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Hai bên thống nhất phối hợp đào tạo thợ hàn cho ngư dân; "
            "chia sẻ kinh nghiệm đóng tàu vỏ thép.\n", _PAIR)
    assert r.name(r.find("chia sẻ kinh nghiệm đóng tàu").actor) == "Công ty Sao Mai"


def test_what_a_contract_says_a_named_body_does_is_its_agreement():
    r = run("Công ty Sao Mai ký hợp đồng với Công ty Hải Đăng. Theo hợp đồng được ký kết, Công ty Hải Đăng cung cấp "
            "hai cần cẩu cho nhà máy đóng tàu ở Huế.\n", _PAIR)
    c = r.find("cung cấp hai cần cẩu")
    assert c.kind == "agreement" and r.name(c.actor) == "Công ty Hải Đăng"


def test_what_an_agreement_says_without_a_subject_is_the_first_partys():
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Theo nội dung thỏa thuận, mục tiêu chính là mở chung một "
            "xưởng đóng tàu ở Huế.\n", _PAIR)
    assert r.name(r.find("mục tiêu chính là mở chung").actor) == "Công ty Sao Mai"


def test_what_a_contract_reports_as_done_is_no_agreement():
    r = run("Công ty Sao Mai ký hợp đồng với Công ty Hải Đăng. Theo hợp đồng, Công ty Hải Đăng đã lắp đặt hai cần cẩu "
            "cho nhà máy vào năm 2023.\n", _PAIR)
    assert not any("hai cần cẩu" in c.text for c in r.commitments)



def test_a_contracts_clause_with_a_subject_naming_no_entity_has_no_actor():
    # `Theo hợp đồng, nhóm nhà thầu lắp đặt …`: someone other than the parties acts, and the article does not name them
    r = run("Công ty Sao Mai ký hợp đồng với Công ty Hải Đăng. Theo hợp đồng được ký kết, nhóm nhà thầu phụ lắp đặt "
            "hai cần cẩu cho nhà máy đóng tàu ở Huế.\n", _PAIR)
    assert not any("lắp đặt hai cần cẩu" in c.text for c in r.commitments)


def test_the_parties_named_after_a_copula_still_undertake_together():
    # `Điểm chính … là việc hai bên phối hợp …`: the highlight is what the parties will do
    r = run("Công ty Sao Mai gặp Công ty Hải Đăng tại Huế. Điểm chính của lần hợp tác này là việc hai bên phối hợp "
            "đóng mới hai tàu cá vỏ thép cho ngư dân.\n", _PAIR)
    assert r.name(r.find("phối hợp đóng mới hai tàu cá").actor) == "Công ty Sao Mai"
