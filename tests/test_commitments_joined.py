"""Commitments: a sentence opening `Đồng thời <directive or agreement verb>` goes on with the subject of the
sentence before (the subjectless-lead fallback of triggers, gates.drop_misaddressed); the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run

SPECS = [("ORG", "Sở Giao thông tỉnh Nam Hải", []), ("PER", "Lê Văn Tường", [])]


def test_a_joined_directive_is_the_subject_of_the_sentence_before():
    r = run("Giám đốc Sở Giao thông tỉnh Nam Hải Lê Văn Tường khen ngợi các đội tuần tra. "
            "Đồng thời yêu cầu các đội tiếp tục kiểm tra tải trọng xe trên quốc lộ ven biển.\n", SPECS)
    c = r.find("kiểm tra tải trọng xe")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Nam Hải" and c.kind == "directive"


def test_the_semicolon_items_of_a_joined_directive_are_its_own():
    r = run("Giám đốc Sở Giao thông tỉnh Nam Hải Lê Văn Tường khen ngợi các đội tuần tra. "
            "Đồng thời đề nghị các đội tiếp tục kiểm tra tải trọng xe; tăng cường tuần tra ban đêm trên các tuyến ven biển.\n", SPECS)
    assert r.name(r.find("tuần tra ban đêm").actor) == "Sở Giao thông tỉnh Nam Hải"


def test_a_joined_sentence_after_a_sentence_without_subject_makes_nothing():
    r = run("Trời mưa lớn suốt đêm qua ở vùng ven biển. "
            "Đồng thời yêu cầu các đội tiếp tục kiểm tra tải trọng xe trên quốc lộ.\n", SPECS)
    assert r.commitments == []
