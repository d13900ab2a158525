"""Commitments, eleventh session (second round on actors): a subject that cannot act (a project or plant) stands for the
body that owns it, and an apposition after a name may carry the name's acronym in brackets. One phenomenon per test; the
sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_investors_qualified_before_their_link_are_the_projects_owners():
    # `dự án do 2 nhà đầu tư nước ngoài triển khai gồm X và Y`: words between the investor cue and `gồm`
    r = run("Ban Quản lý khu kinh tế Hòa Vang đã cấp phép dự án cảng cạn Tân Lộc. "
            "Dự án do 2 nhà đầu tư nước ngoài gồm Công ty Lạc Sơn Logistics và Công ty Bến Mây thực hiện. "
            "Dự án sẽ tạo việc làm cho 900 lao động địa phương.\n",
            [("ORG", "Ban Quản lý khu kinh tế Hòa Vang", []), ("ORG", "Công ty Lạc Sơn Logistics", []), ("ORG", "Công ty Bến Mây", [])])
    c = r.find("tạo việc làm cho 900 lao động")
    assert r.name(c.actor) == "Công ty Lạc Sơn Logistics"


def test_the_agent_carrying_out_a_project_owns_it():
    # `Dự án … do Tập đoàn X (ABC) triển khai`: the agent of the verb of carrying it out, named after `do`
    r = run("Lễ khởi công được tổ chức tại xã Tân Lộc với sự tham dự của lãnh đạo tỉnh. "
            "Dự án nhà máy pin Tân Lộc do Tập đoàn Năng lượng Bến Mây (BMG) triển khai trên diện tích 20 ha. "
            "Nhà máy dự kiến vận hành thương mại vào quý IV/2026.\n",
            [("ORG", "Tập đoàn Năng lượng Bến Mây", ["BMG"])])
    c = r.find("vận hành thương mại vào quý IV/2026")
    assert r.name(c.actor) == "Tập đoàn Năng lượng Bến Mây"


def test_a_project_subject_with_no_investor_named_is_the_body_named_just_before():
    # `X cho biết …. Trong giai đoạn đầu, dự án sẽ …`: no investor cue anywhere; the body the sentence before names
    r = run("Trong năm nay, nhu cầu điện toán tại phía Nam tăng mạnh. "
            "Công ty Lạc Sơn Data cho biết đã hoàn tất thủ tục thuê đất tại khu công nghệ cao. "
            "Trong giai đoạn đầu, dự án sẽ lắp đặt 4.000 máy chủ phục vụ khách hàng trong nước.\n",
            [("ORG", "Công ty Lạc Sơn Data", [])])
    c = r.find("lắp đặt 4.000 máy chủ")
    assert r.name(c.actor) == "Công ty Lạc Sơn Data"


def test_a_project_subject_in_a_reported_clause_is_not_taken_from_an_earlier_body():
    # `Đại diện <a body the article does not name as an entity> thông tin: …, cảng sẽ …`: the speaker's body, unknown here
    r = run("Trong năm nay, lượng du khách đến các đảo tăng mạnh. "
            "UBND tỉnh Hòa Vang vừa tổng kết mùa du lịch. "
            "Đại diện đơn vị khai thác bến tàu thông tin: trong dịp Tết, cảng sẽ đón khoảng 3.000 lượt khách.\n",
            [("ORG", "UBND tỉnh Hòa Vang", [])])
    assert all("3.000 lượt khách" not in c.text for c in r.commitments)


def test_an_apposition_after_a_name_with_its_acronym_keeps_the_name_as_subject():
    # `Tập đoàn X (ABC), thông qua quỹ Y, sẽ hợp tác …`: the bracketed acronym does not hide the head of the apposition
    r = run("Tập đoàn Năng lượng Bến Mây (BMG), thông qua Quỹ Đầu tư Lạc Sơn, sẽ đầu tư một nhà máy điện mặt trời tại tỉnh Hòa Vang.\n",
            [("ORG", "Tập đoàn Năng lượng Bến Mây", ["BMG"]), ("ORG", "Quỹ Đầu tư Lạc Sơn", []), ("LOC", "Hòa Vang", [])])
    c = r.find("nhà máy điện mặt trời")
    assert r.name(c.actor) == "Tập đoàn Năng lượng Bến Mây"
