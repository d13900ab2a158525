"""Commitments, sixth session: precision gates and actors that fresh unlabelled news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- precision gates -------------------------------------------------------------

def test_a_list_of_bodies_read_on_after_a_trigger_word_is_no_undertaking():
    # `Tổng công ty đầu tư phát triển …`: a name in lower case; the trigger inside it opens a series of names
    r = run("Tổng công ty Hòa Bình có trụ sở tại Lam Sơn.\n\nCó 3 bộ và 4 địa phương giải ngân vượt kế hoạch, gồm: "
            "Ngân hàng Chính sách; Tổng công ty đầu tư phát triển đường sắt Hòa Bình; Bộ Tư pháp; Bộ Công an; TP Lam Sơn; Hà Giang; Cao Bằng.\n",
            [("ORG", "Tổng công ty Hòa Bình", []), ("ORG", "Ngân hàng Chính sách", []), ("ORG", "Bộ Tư pháp", []), ("ORG", "Bộ Công an", []),
             ("LOC", "Lam Sơn", []), ("LOC", "Hà Giang", []), ("LOC", "Cao Bằng", [])])
    assert [c.text for c in r.commitments if c.text.strip(" ;.") in ("Bộ Tư pháp", "Bộ Công an", "TP Lam Sơn", "Hà Giang", "Cao Bằng")] == []


def test_a_proposal_word_before_cua_is_a_noun_of_someone_else():
    r = run("Tại kỳ họp, HĐND tỉnh Hòa Bình nghe báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp.\n",
            [("ORG", "HĐND tỉnh Hòa Bình", [])])
    assert r.commitments == []


def test_an_event_described_by_who_presided_over_it_is_no_responsibility():
    r = run("Hội nghị do Phó Thủ tướng Lê Minh Tâm chủ trì, được tổ chức trực tuyến tới 34 tỉnh, thành phố.\n",
            [("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_presiding_on_the_day_of_publication_reports_the_event_held():
    r = run("Sáng 1/3, Bộ Giáo dục chủ trì, phối hợp với Đài Truyền hình Hòa Bình tổ chức lễ khai giảng các trường nội trú.\n",
            [("ORG", "Bộ Giáo dục", []), ("ORG", "Đài Truyền hình Hòa Bình", [])])
    assert [c for c in r.commitments if c.trigger == "chủ trì"] == []


def test_presiding_ahead_is_still_a_responsibility():
    r = run("Ngày 15/3, Bộ Giáo dục sẽ chủ trì, phối hợp với các tỉnh rà soát đội ngũ giáo viên.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert r.name(r.find("rà soát đội ngũ giáo viên").actor) == "Bộ Giáo dục"


def test_what_something_will_be_regarded_as_is_no_undertaking():
    r = run("Bộ Giáo dục công bố lịch tuyển sinh. Nếu không xác nhận trước ngày 30/8, thí sinh sẽ được coi là từ chối nhập học.\n",
            [("ORG", "Bộ Giáo dục", [])])
    assert [c for c in r.commitments if "từ chối nhập học" in c.text] == []


def test_giao_inside_ngoai_giao_assigns_nothing():
    r = run("Bộ trưởng Ngoại giao Lê Văn Hải điện đàm với Bộ trưởng Ngoại giao nước Hòa Lan.\n",
            [("PER", "Lê Văn Hải", []), ("LOC", "Hòa Lan", [])])
    assert r.commitments == []
