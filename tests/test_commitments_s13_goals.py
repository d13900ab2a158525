"""Commitments, thirteenth session: targets stated by a goal noun that does not open its sentence with `là`
(extraction-v1, What counts: target, `mục tiêu ... đến năm`). One phenomenon per test; the sentences are written
for these tests (published 1/3/2025)."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article
from tests.test_commitments_real import run


def test_a_speaker_stating_whose_goal_it_is_gives_the_owner_the_target():
    # `X khẳng định mục tiêu của Y … là …`: the body named after `của` sets the goal, not the speaker
    r = run("Giám đốc Lê Văn Tâm khẳng định mục tiêu của Công ty Sao Mai trong năm nay là mở thêm hai xưởng đóng tàu.\n",
            [("PER", "Lê Văn Tâm", []), ("ORG", "Công ty Sao Mai", [])])
    c = r.find("mở thêm hai xưởng đóng tàu")
    assert c.kind == "target" and r.name(c.actor) == "Công ty Sao Mai"
    assert c.text.startswith("mục tiêu của Công ty Sao Mai")


def test_a_team_named_with_its_team_noun_owns_the_goal_a_coach_states():
    # `mục tiêu của đội tuyển Việt Nam là …`: the team written with its team noun is the owner (full pipeline: the
    # entity extractor finds the team)
    x = extract(Article(id="t", source="t", text="Tân HLV Trần Quốc Bảo khẳng định mục tiêu của đội tuyển Việt Nam ở "
                        "giải năm nay là giành huy chương vàng.\n", content_hash="t", published=date(2025, 3, 1)))
    names = {e.id: e.name for e in x.entities}
    c = next(c for c in x.commitments if "giành huy chương vàng" in c.text)
    assert c.kind == "target" and c.rule == "target:mục tiêu/subject"
    assert "Việt Nam" in names[c.actor] and "Trần Quốc Bảo" not in names[c.actor]


def test_a_goal_dated_by_a_year_and_linked_by_co_lists_its_figures():
    # `Mục tiêu đến 2030 có A và B`: each figure after `và` is its own target, of the body named before
    r = run("Chính phủ ban hành Nghị quyết về phát triển hợp tác xã. Mục tiêu đến 2030 có 200 hợp tác xã ứng dụng công "
            "nghệ cao và 20 liên hiệp hợp tác xã xuất khẩu trực tiếp.\n",
            [("ORG", "Chính phủ", [])])
    first = r.find("200 hợp tác xã ứng dụng công nghệ cao")
    second = r.find("20 liên hiệp hợp tác xã xuất khẩu trực tiếp")
    assert first.kind == second.kind == "target"
    assert r.name(first.actor) == r.name(second.actor) == "Chính phủ"
    assert first.text.startswith("Mục tiêu đến 2030 có") and second.text.startswith("20 liên hiệp")
