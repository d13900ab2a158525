"""Commitments, tenth session: a subject that refers to a body by a description (`nhà băng`, `hãng hàng không
quốc gia`), a demonstrative phrase (`cơ quan này`) or a service noun (`Cảnh sát`) resolves to the body of that kind
named before (data reference_heads), and to none when no body of that kind is named.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_a_description_of_a_bank_is_the_bank_named_before():
    r = run("Công ty Hoa Sen Vàng gửi 500 tỷ đồng tại Ngân hàng Phú Xuân. Năm nay, nhà băng đặt mục tiêu tăng tổng tài sản 12%.\n",
            [("ORG", "Công ty Hoa Sen Vàng", []), ("ORG", "Ngân hàng Phú Xuân", [])])
    assert r.name(r.find("tăng tổng tài sản").actor) == "Ngân hàng Phú Xuân"


def test_the_national_airline_is_the_airline_named_before():
    r = run("Sao Mai Airlines vừa nhận thêm hai máy bay. Hãng hàng không quốc gia cho biết sẽ mở đường bay tới Lima trong năm 2026.\n",
            [("ORG", "Sao Mai Airlines", [])])
    assert r.name(r.find("mở đường bay tới Lima").actor) == "Sao Mai Airlines"


def test_a_demonstrative_body_is_the_body_just_named():
    r = run("Sáng 3/2, Cục Thủy lợi Miền Trung thông tin, cơ quan này sẽ nạo vét 40 km kênh trước mùa mưa.\n",
            [("ORG", "Cục Thủy lợi Miền Trung", [])])
    assert r.name(r.find("nạo vét 40 km kênh").actor) == "Cục Thủy lợi Miền Trung"


def test_a_bare_co_quan_is_generic_and_names_no_body():
    r = run("Cục Thủy lợi Miền Trung vừa họp tổng kết. Cơ quan sẽ nạo vét 40 km kênh trước mùa mưa.\n",
            [("ORG", "Cục Thủy lợi Miền Trung", [])])
    assert all(r.name(c.actor) != "Cục Thủy lợi Miền Trung" for c in r.commitments if "nạo vét" in c.text)


def test_the_police_as_a_service_is_the_police_body_the_article_names():
    r = run("Công an tỉnh Bình Nguyên phân luồng giao thông dịp lễ hội. Cảnh sát đề nghị người dân đi đường vòng qua cầu Mới.\n",
            [("ORG", "Công an tỉnh Bình Nguyên", [])])
    assert r.name(r.find("đi đường vòng").actor) == "Công an tỉnh Bình Nguyên"


def test_the_police_as_a_service_is_no_other_kind_of_body():
    r = run("Công ty Vận tải Bình Nguyên điều thêm xe dịp lễ hội. Cảnh sát đề nghị người dân đi đường vòng qua cầu Mới.\n",
            [("ORG", "Công ty Vận tải Bình Nguyên", [])])
    assert all(r.name(c.actor) != "Công ty Vận tải Bình Nguyên" for c in r.commitments if "đường vòng" in c.text)


def test_a_description_is_the_articles_body_of_that_kind_not_the_last_named():
    # the airline the article is about, named most, not a maker named in passing just before
    r = run("Sao Mai Airlines muốn mua máy bay mới. Sao Mai Airlines đã gửi thư mời tới Boeing và Airbus. "
            "Hãng hàng không quốc gia cho biết sẽ mở đường bay tới Lima trong năm 2026.\n",
            [("ORG", "Sao Mai Airlines", []), ("ORG", "Boeing", []), ("ORG", "Airbus", [])])
    assert r.name(r.find("mở đường bay tới Lima").actor) == "Sao Mai Airlines"


def test_a_description_two_bodies_fit_equally_names_neither():
    r = run("Ngân hàng Phú Xuân và Ngân hàng Đông Hải công bố kết quả quý IV. Năm nay, nhà băng đặt mục tiêu tăng tổng tài sản 12%.\n",
            [("ORG", "Ngân hàng Phú Xuân", []), ("ORG", "Ngân hàng Đông Hải", [])])
    assert all(r.name(c.actor) not in ("Ngân hàng Phú Xuân", "Ngân hàng Đông Hải") for c in r.commitments if "tổng tài sản" in c.text)


def test_they_after_a_speech_verb_is_the_body_the_speaker_represents():
    r = run("Lãnh đạo Công ty Mây Xanh nói rằng họ sẽ xây thêm hai kho lạnh tại Long An trong năm 2026.\n",
            [("ORG", "Công ty Mây Xanh", []), ("LOC", "Long An", [])])
    assert r.name(r.find("xây thêm hai kho lạnh").actor) == "Công ty Mây Xanh"


def test_they_without_a_speech_verb_names_no_body():
    # `họ` opening a clause may be anyone the story mentions (here the farmers), not the company named before
    r = run("Công ty Mây Xanh mua lúa của nông dân xã Phú An. Năm nay, họ sẽ trồng thêm 20 ha lúa thơm.\n",
            [("ORG", "Công ty Mây Xanh", [])])
    assert all(r.name(c.actor) != "Công ty Mây Xanh" for c in r.commitments if "20 ha" in c.text)


def test_a_person_with_his_associates_acts_as_himself():
    # `A và các cộng sự trong ban huấn luyện sẽ …`: the associates come along; A is the subject
    r = run("HLV Trần Minh Khôi và các cộng sự trong ban huấn luyện sẽ tập trung cùng đội tuyển tại Huế vào ngày 10/4.\n",
            [("PER", "Trần Minh Khôi", []), ("LOC", "Huế", [])])
    assert r.name(r.find("tập trung cùng đội tuyển").actor) == "Trần Minh Khôi"
