"""Commitments, eighth session: actors that blind-annotated news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_two_titled_people_signing_is_the_first_named_partys_undertaking():
    # `<title> X A (caption) và <title> Y B ký …`: a joint undertaking, the first-named party's body acts
    r = run("Tổng Giám đốc Công ty Hòa Phong Lê Văn Hải (bên trái) và Tổng Giám đốc Tập đoàn Minh Đức Trần Quốc Bảo "
            "ký kết hợp đồng cung cấp 40 tuabin gió cho cụm điện gió ven biển.\n",
            [("ORG", "Công ty Hòa Phong", []), ("PER", "Lê Văn Hải", []), ("ORG", "Tập đoàn Minh Đức", []), ("PER", "Trần Quốc Bảo", [])])
    c = r.find("cung cấp 40 tuabin gió")
    assert r.name(c.actor) == "Công ty Hòa Phong" and r.name(c.partner) == "Tập đoàn Minh Đức"


def test_the_second_signer_named_with_an_apposition_is_the_partner():
    # `<title> X A và B, <title kiêm title> Y ký …`: the title after the second name does not make Y the first party
    r = run("Chủ tịch UBND tỉnh Lam Sơn Đỗ Minh Khoa và ông Phan Anh Vũ, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Minh Đức "
            "ký thỏa thuận phát triển hạ tầng số cho các xã vùng cao.\n",
            [("ORG", "UBND tỉnh Lam Sơn", []), ("PER", "Đỗ Minh Khoa", []), ("PER", "Phan Anh Vũ", []), ("ORG", "Tập đoàn Minh Đức", [])])
    c = r.find("hạ tầng số cho các xã")
    assert r.name(c.actor) == "UBND tỉnh Lam Sơn" and r.name(c.partner) == "Tập đoàn Minh Đức"


def test_a_name_counted_like_a_thing_is_no_context_for_a_subjectless_directive():
    # `nộp một USB`: a name after `một` is an object counted like a thing; the subjectless directive after it
    # takes the body the story is about
    r = run("Ngày 3/3, TAND huyện Lam Sơn mở phiên tòa xét xử vụ tranh chấp đất đai.\n\n"
            "Tại tòa, người bào chữa nộp một USB ghi âm cuộc gọi giữa hai bên.\n\n"
            "Trong đó, yêu cầu giám định nội dung ghi âm trong 10 ngày.\n",
            [("ORG", "TAND huyện Lam Sơn", []), ("ORG", "USB", [])])
    assert r.name(r.find("giám định nội dung ghi âm").actor) == "TAND huyện Lam Sơn"
