"""Commitments, ninth session: a thing as the subject (a project, plant or programme) undertakes through its owner
(extraction-v1, What counts: `a plant, project or programme that "will" do something -> its owner or investor named
in the article`). One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


def test_counted_projects_break_ground_for_the_investor_named_in_the_article():
    r = run("Công ty Sao Mai làm chủ đầu tư khu nghỉ dưỡng ven biển Lam Sơn.\n\n"
            "Ba dự án sẽ khởi công trong quý III/2025 với tổng vốn 900 tỷ đồng.\n",
            [("ORG", "Công ty Sao Mai", []), ("LOC", "Lam Sơn", [])])
    assert r.name(r.find("khởi công trong quý III/2025").actor) == "Công ty Sao Mai"


def test_determined_projects_with_no_investor_cue_are_the_body_named_just_before():
    r = run("Tập đoàn Hòa Lan công bố lộ trình hạ tầng số cho giai đoạn tới.\n\n"
            "Các dự án khởi công trong năm 2026: trung tâm dữ liệu Bến Mới và khu phần mềm Đồi Thông.\n",
            [("ORG", "Tập đoàn Hòa Lan", [])])
    assert r.name(r.find("khởi công trong năm 2026").actor) == "Tập đoàn Hòa Lan"


def test_a_bare_project_noun_with_no_owner_named_stays_without_actor():
    # no investor, builder or owner written anywhere, and no determiner counting the projects: nobody is guessed
    r = run("Thời tiết ở Lam Sơn rất đẹp vào mùa xuân.\n\nDự án sẽ khởi công vào tháng 6/2025.\n",
            [("LOC", "Lam Sơn", [])])
    assert [c for c in r.commitments if "tháng 6/2025" in c.text] == []


def test_a_project_as_subject_undertakes_through_the_body_opening_the_story_after_its_dateline():
    r = run("Khởi động khu công nghệ Đồi Thông\n\nSáng 2/3, Công ty Sao Mai khởi động dự án khu công nghệ Đồi Thông tại Lam Sơn.\n\n"
            "Thời tiết hôm đó rất đẹp.\n\nDự án dự kiến vận hành từ quý IV/2026.\n",
            [("ORG", "Công ty Sao Mai", []), ("LOC", "Lam Sơn", [])])
    assert r.name(r.find("vận hành từ quý IV/2026").actor) == "Công ty Sao Mai"


def test_an_investor_named_with_a_bracketed_aside_before_lam_chu_dau_tu_owns_the_project():
    r = run("Hội chợ hoa Lam Sơn mở cửa hôm qua.\n\nKhu nghỉ dưỡng do Công ty Sao Mai (thành lập năm 2020) làm chủ đầu tư.\n\n"
            "Mùa này có nhiều khách.\n\nDự án sẽ tạo việc làm cho 800 lao động.\n",
            [("ORG", "Công ty Sao Mai", []), ("LOC", "Lam Sơn", [])])
    assert r.name(r.find("tạo việc làm cho 800 lao động").actor) == "Công ty Sao Mai"


def test_counted_programmes_with_qualifying_words_undertake_through_the_story_subject():
    r = run("Trường Sao Mai mở thêm ngành học mới\n\nTrường Sao Mai công bố hợp tác với hai đại học châu Âu.\n\n"
            "Sân trường vừa được lát gạch.\n\nTheo thông báo, 4 chương trình đào tạo mới sẽ mở lớp vào tháng 9/2025.\n",
            [("ORG", "Trường Sao Mai", [])])
    assert r.name(r.find("mở lớp vào tháng 9/2025").actor) == "Trường Sao Mai"
