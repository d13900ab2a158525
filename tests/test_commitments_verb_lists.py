"""Commitments: one trigger governing several verb phrases (verb_lists.py), one commitment per phrase;
the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run

PARTIES = [("ORG", "Công ty Hải Âu", []), ("ORG", "Tập đoàn Sông Lam", [])]


def test_each_verb_phrase_of_a_comma_list_after_an_agreement_is_its_own_commitment():
    r = run("Công ty Hải Âu và Tập đoàn Sông Lam thống nhất tăng cường trao đổi chuyên gia, duy trì các khóa huấn luyện chung, "
            "triển khai hiệu quả các dự án đã ký và mở rộng hợp tác sang lĩnh vực logistics.\n", PARTIES)
    items = ["tăng cường trao đổi chuyên gia", "duy trì các khóa huấn luyện chung", "triển khai hiệu quả các dự án đã ký", "mở rộng hợp tác sang lĩnh vực logistics"]
    found = [r.find(t) for t in items]
    assert len({id(c) for c in found}) == 4
    assert all(r.name(c.actor) == "Công ty Hải Âu" and c.kind == "agreement" for c in found)
    assert found[1].text == "duy trì các khóa huấn luyện chung" and found[1].rule == "agreement:thống nhất/item"


def test_the_first_item_keeps_the_trigger_and_ends_at_the_first_cut():
    r = run("Công ty Hải Âu sẽ xây dựng kho lạnh tại cảng Bến Đá, cung cấp dịch vụ bảo quản cho nông dân trong vùng.\n", PARTIES)
    first = r.find("xây dựng kho lạnh")
    assert first.text == "sẽ xây dựng kho lạnh tại cảng Bến Đá"
    assert r.find("cung cấp dịch vụ bảo quản").rule.endswith("/item")


def test_a_noun_list_of_one_verb_stays_one_item():
    r = run("Công ty Hải Âu sẽ liên kết với trường nghề về đào tạo, nghiên cứu và thiết kế tàu cá vỏ thép.\n", PARTIES)
    assert len(r.commitments) == 1


def test_two_verbs_sharing_one_object_stay_one_item():
    r = run("Công ty Hải Âu cam kết khẩn trương xây dựng và ban hành quy chế an toàn lao động mới.\n", PARTIES)
    assert len(r.commitments) == 1


def test_verbs_after_a_purpose_word_belong_to_the_purpose():
    r = run("Công ty Hải Âu sẽ mở thêm ba tuyến tàu nhằm thúc đẩy du lịch biển, nâng cao thu nhập cho ngư dân.\n", PARTIES)
    assert len(r.commitments) == 1


def test_a_verb_after_a_preposition_is_a_noun_whose_list_follows():
    r = run("Công ty Hải Âu sẽ đồng hành cùng Tập đoàn Sông Lam trong xây dựng cảng cạn, phát triển dịch vụ kho bãi và đào tạo thuyền viên.\n", PARTIES)
    assert len(r.commitments) == 1


def test_commas_inside_the_items_of_a_semicolon_list_do_not_split():
    r = run("Công ty Hải Âu cam kết tuyển thêm thợ hàn, tăng cường đào tạo an toàn lao động; "
            "hoàn thành nhà xưởng mới trước quý IV/2026.\n", PARTIES)
    assert r.find("tuyển thêm thợ hàn") is r.find("tăng cường đào tạo an toàn lao động")


def test_a_targets_commas_elaborate_the_figure():
    r = run("Công ty Hải Âu đặt mục tiêu tăng doanh thu 20%, mở rộng thị phần tại miền Trung.\n", PARTIES)
    assert len(r.commitments) == 1


def test_an_item_ending_with_a_verb_after_a_verb_still_ends_at_the_comma():
    r = run("Công ty Hải Âu và Tập đoàn Sông Lam thống nhất duy trì tập huấn thuyền viên, giao lưu và hợp tác nghiên cứu, "
            "triển khai đề án cảng xanh tại vịnh Bến Đá.\n", PARTIES)
    assert r.find("triển khai đề án cảng xanh").text == "triển khai đề án cảng xanh tại vịnh Bến Đá"


def test_verbs_modifying_one_noun_are_no_items():
    r = run("Công ty Hải Âu sẽ tài trợ một nửa kinh phí cho các đề tài nghiên cứu, thiết kế tàu điện của sinh viên.\n", PARTIES)
    assert len(r.commitments) == 1


# s12-clist: `và` conjuncts inside enumerations (items of a `;` list, a directive after its addressee)


def test_va_after_a_noun_list_of_the_object_splits_the_whole_item():
    r = run("Công ty Hải Âu và Tập đoàn Sông Lam nhất trí tổ chức các giải bóng đá, bóng chuyền cho thuyền viên "
            "và trao đổi kinh nghiệm quản lý cảng cá.\n", PARTIES)
    first, second = r.find("tổ chức các giải bóng đá"), r.find("trao đổi kinh nghiệm quản lý cảng cá")
    assert first is not second
    assert first.text.endswith("bóng chuyền cho thuyền viên") and second.text == "trao đổi kinh nghiệm quản lý cảng cá"
    assert second.kind == "agreement" and r.name(second.actor) == "Công ty Hải Âu"


def test_a_repeated_verb_after_va_opens_an_item_of_its_own():
    r = run("Công ty Hải Âu cam kết nâng cấp bến cá Hòn Mê; đóng mới hai tàu kiểm ngư cho Bến Đá "
            "và đóng mới ba tàu cứu hộ cho Hòn Mê.\n", PARTIES)
    first, second = r.find("đóng mới hai tàu kiểm ngư"), r.find("đóng mới ba tàu cứu hộ")
    assert second is not first
    assert second.text == "đóng mới ba tàu cứu hộ cho Hòn Mê" and second.kind == first.kind == "pledge"


def test_an_item_of_a_semicolon_list_splits_at_va_before_an_undertaking_verb():
    r = run("Công ty Hải Âu cam kết nâng cấp kho lạnh tại cảng Bến Đá; sửa chữa đường vào cảng và "
            "lắp đặt hệ thống chiếu sáng mới cho bến cá.\n", PARTIES)
    road, lights = r.find("sửa chữa đường vào cảng"), r.find("lắp đặt hệ thống chiếu sáng mới")
    assert road is not lights and road.text == "sửa chữa đường vào cảng"
    assert lights.kind == "pledge" and r.name(lights.actor) == "Công ty Hải Âu"


def test_a_directive_splits_at_va_after_whom_it_addresses():
    r = run("Công ty Hải Âu yêu cầu các đội tàu khẩn trương kiểm tra thiết bị an toàn, áo phao "
            "và hoàn tất việc đăng ký thuyền viên trước ngày 15/6.\n", PARTIES)
    check, finish = r.find("kiểm tra thiết bị an toàn"), r.find("hoàn tất việc đăng ký thuyền viên")
    assert check is not finish and check.text.endswith("áo phao")
    assert finish.kind == "directive" and r.name(finish.actor) == "Công ty Hải Âu"


def test_a_directives_commas_after_its_addressee_stay_one_duty():
    r = run("Công ty Hải Âu yêu cầu các đội tàu kiểm tra thiết bị an toàn, rà soát danh sách thuyền viên trước mùa bão.\n", PARTIES)
    assert r.find("kiểm tra thiết bị an toàn") is r.find("rà soát danh sách thuyền viên")


def test_two_verbs_after_an_addressees_modal_share_their_object():
    r = run("Công ty Hải Âu yêu cầu các đội tàu phải xây dựng và thực hiện nghiêm quy trình an toàn khi ra khơi.\n", PARTIES)
    assert len(r.commitments) == 1
    c = r.find("phải xây dựng và thực hiện nghiêm quy trình an toàn")
    assert c.kind == "directive" and r.name(c.actor) == "Công ty Hải Âu"
