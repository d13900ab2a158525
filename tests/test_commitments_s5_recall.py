"""Commitments, fifth session (recall): undertakings the extractor missed in unseen news, one
phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a reported clause that names no body of its own is the speaker's ------

def test_a_plan_reported_with_a_thing_as_its_subject_is_the_speakers():
    r = run("Chiều 3/4, Bộ Văn hóa Nam Hải cho biết lễ hội năm sau dự kiến tổ chức vào tháng 5.\n",
            [("ORG", "Bộ Văn hóa Nam Hải", [])])
    c = r.find("tổ chức vào tháng 5")
    assert r.name(c.actor) == "Bộ Văn hóa Nam Hải" and c.kind == "plan" and c.rule.endswith("/reported")


def test_a_pledge_affirmed_in_a_conjunct_is_the_sentences_speaker():
    r = run("Đại diện Tập đoàn Sao Mai phát biểu tại diễn đàn, đồng thời khẳng định cam kết đồng hành "
            "cùng thành phố phát triển hạ tầng số.\n",
            [("ORG", "Tập đoàn Sao Mai", [])])
    c = r.find("đồng hành cùng thành phố")
    assert r.name(c.actor) == "Tập đoàn Sao Mai" and c.kind == "pledge"


def test_a_reported_clause_naming_its_own_body_is_not_the_speakers():
    r = run("Ông Lê Minh, Giám đốc Sở Tài chính Nam Hải, cho biết năm tới Công ty Hồng Hà sẽ mở thêm hai nhà máy.\n",
            [("PER", "Lê Minh", []), ("ORG", "Sở Tài chính Nam Hải", []), ("ORG", "Công ty Hồng Hà", [])])
    c = r.find("mở thêm hai nhà máy")
    assert r.name(c.actor) == "Công ty Hồng Hà"


def test_a_project_verb_in_a_report_is_no_undertaking_of_the_speaker():
    # `cho biết đầu tư hạ tầng …`: project verbs in a report mostly describe, so they are not taken
    r = run("Sở Khoa học Nam Hải cho biết việc đầu tư hạ tầng số giúp người dân tiếp cận dịch vụ công.\n",
            [("ORG", "Sở Khoa học Nam Hải", [])])
    assert r.commitments == []
