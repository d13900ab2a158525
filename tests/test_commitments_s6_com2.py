"""Commitments, sixth session (second pass): general mechanisms checked on fresh unlabelled news.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- companions after the subject ------------------------------------------------

def test_a_spouse_joined_after_the_subject_leaves_the_subject_acting():
    r = run("Tin ngắn\n\nÔng Đỗ Quang Huy và phu nhân sẽ sang thăm Viêng Chăn trong ba ngày theo lời mời của bạn.\n",
            [("PER", "Đỗ Quang Huy", []), ("LOC", "Viêng Chăn", [])])
    assert r.name(r.find("sang thăm Viêng Chăn").actor) == "Đỗ Quang Huy"


def test_a_named_spouse_is_skipped_too():
    r = run("Tin ngắn\n\nBà Trịnh Thu Hà cùng phu quân Lý Văn Khoa sẽ trao học bổng cho học sinh vùng cao vào tuần tới.\n",
            [("PER", "Trịnh Thu Hà", []), ("PER", "Lý Văn Khoa", [])])
    assert r.name(r.find("trao học bổng").actor) == "Trịnh Thu Hà"


def test_a_delegation_with_its_qualifiers_is_skipped():
    r = run("Tin ngắn\n\nTập đoàn Sao Mai cùng đoàn công tác gồm mười kỹ sư sẽ khảo sát vùng nguyên liệu ở Tây Nguyên.\n",
            [("ORG", "Tập đoàn Sao Mai", []), ("LOC", "Tây Nguyên", [])])
    assert r.name(r.find("khảo sát vùng nguyên liệu").actor) == "Tập đoàn Sao Mai"


# ---- presiding reported as done --------------------------------------------------

def test_presiding_reported_as_done_is_no_responsibility():
    r = run("Tin ngắn\n\nCục Quản lý thị trường Hòa Bình đã chủ trì kiểm tra hàng loạt cửa hàng mỹ phẩm trong tháng qua.\n",
            [("ORG", "Cục Quản lý thị trường Hòa Bình", [])])
    assert [c for c in r.commitments if c.trigger == "chủ trì"] == []


def test_hosting_a_reception_is_an_event_not_a_responsibility():
    r = run("Chủ tịch tỉnh Hòa Bình chủ trì chiêu đãi các nhà đầu tư dịp đầu xuân\n\nTối 1/3, tỉnh Hòa Bình tổ chức buổi gặp đầu xuân.\n",
            [("LOC", "Hòa Bình", [])])
    assert [c for c in r.commitments if c.trigger == "chủ trì"] == []


# ---- headline verbs --------------------------------------------------------------

def test_a_headline_wish_of_the_named_company_is_its_proposal():
    r = run("Công ty Chứng khoán Bến Thành muốn phát hành thêm 20 triệu cổ phiếu\n\n"
            "Hội đồng quản trị công ty vừa công bố tài liệu họp cổ đông thường niên.\n",
            [("ORG", "Công ty Chứng khoán Bến Thành", [])])
    c = r.find("phát hành thêm 20 triệu cổ phiếu")
    assert r.name(c.actor) == "Công ty Chứng khoán Bến Thành" and c.kind == "proposal"


def test_a_headline_company_throwing_its_strength_into_a_task_plans_it():
    r = run("Tổng công ty Sông Đà dốc sức hoàn thành thủy điện Nậm Khê trước mùa lũ\n\n"
            "Hàng trăm công nhân đang làm việc ba ca tại công trường.\n",
            [("ORG", "Tổng công ty Sông Đà", [])])
    assert r.find("hoàn thành thủy điện Nậm Khê").kind == "plan"


# ---- the head subject of a chain -------------------------------------------------

def test_a_manner_word_between_the_subject_and_its_first_verb_keeps_the_chain_subject():
    # `vui vẻ` (tagged an adjective) stands between the name and the first verb
    r = run("Tin ngắn\n\nBà Trịnh Thu Hà vui vẻ chấp thuận, đồng thời đề nghị nhà đầu tư sớm nộp hồ sơ điều chỉnh.\n",
            [("PER", "Trịnh Thu Hà", [])])
    assert r.name(r.find("sớm nộp hồ sơ điều chỉnh").actor) == "Trịnh Thu Hà"


# ---- whom a person speaks for --------------------------------------------------

def test_a_qualifier_after_the_title_still_ties_the_person_to_the_organisation_named_with_it():
    # `Phó Giám đốc Thường trực <org> <name>`: the capitalised qualifier sits between the title and the organisation
    r = run("Tin ngắn\n\nSáng 2/3, Phó Giám đốc Thường trực Sở Xây dựng Hòa Bình Đinh Công Lộc làm việc với các nhà thầu.\n\n"
            "Ông Đinh Công Lộc yêu cầu các nhà thầu bù tiến độ trong quý II.\n",
            [("ORG", "Sở Xây dựng Hòa Bình", []), ("PER", "Đinh Công Lộc", [])])
    assert r.name(r.find("bù tiến độ").actor) == "Sở Xây dựng Hòa Bình"
