"""Sports teams as entities that act (extraction-v1 gold practice: national and club teams are optional
organisations; they, or their country's federation when the article names it, undertake the team's targets
and plans). One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def _run(text: str):
    x = extract(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 3, 1)))
    names = {e.id: e.name for e in x.entities}
    return x, names


def _find(x, piece: str):
    found = [c for c in x.commitments if piece in c.text]
    assert found, [c.text for c in x.commitments]
    return found[0]


def test_a_team_named_with_its_sport_before_its_country_is_one_organisation():
    x, _ = _run("Tuyển bơi Việt Nam đặt mục tiêu giành 5 huy chương vàng tại giải châu Á.\n")
    team = [m for m in x.mentions if m.rule == "org.team-of-sport"]
    assert [(m.text, m.type) for m in team] == [("Tuyển bơi Việt Nam", "ORG")]


def test_a_team_named_with_its_sport_sets_its_own_target():
    x, names = _run("Tuyển bơi Việt Nam đặt mục tiêu giành 5 huy chương vàng tại giải châu Á.\n")
    c = _find(x, "giành 5 huy chương vàng")
    assert names[c.actor] == "Tuyển bơi Việt Nam" and c.kind == "target"
    assert c.rule == "target:đặt mục tiêu/team"


def test_a_national_team_after_its_team_noun_is_the_subject_of_its_plan():
    # `tuyển | Việt Nam`: the team noun heads the subject; the country names the team, it modifies nothing
    x, names = _run("Trận gặp Lào diễn ra tối qua trên sân Mỹ Đình. Theo lịch, tuyển Việt Nam sẽ hội quân vào ngày 5/6 tại Hà Nội.\n")
    c = _find(x, "hội quân vào ngày 5/6")
    assert names[c.actor] == "đội tuyển Việt Nam" and c.kind == "plan"
    assert c.rule == "plan:sẽ/team"


def test_a_national_teams_target_is_its_federations_when_the_article_names_it():
    x, names = _run("Sáng 5/3, Liên đoàn Bóng đá Việt Nam chốt danh sách 18 cầu thủ dự giải châu Á. "
                    "Đội tuyển bóng đá nữ Việt Nam đặt mục tiêu giành vé vào tứ kết.\n")
    c = _find(x, "giành vé vào tứ kết")
    assert names[c.actor] in ("Liên đoàn Bóng đá Việt Nam", "VFF") and c.kind == "target"
    assert c.rule == "target:đặt mục tiêu/team-federation"


def test_a_team_after_a_noun_it_modifies_is_no_actor():
    # `cầu thủ đội tuyển Việt Nam sẽ …`: the players act, the team only says whose
    x, names = _run("Trận gặp Lào diễn ra tối qua. Cầu thủ đội tuyển Việt Nam sẽ nghỉ hai ngày trước khi tập lại.\n")
    assert all(names.get(c.actor) != "đội tuyển Việt Nam" for c in x.commitments)
    assert any(m.rule.startswith("org.team") for m in x.mentions)


def test_a_team_of_another_sport_keeps_its_target_from_a_federation_of_another():
    # a volleyball team's target is not the football federation's: the team sets it
    x, names = _run("Sáng 5/3, Liên đoàn Bóng đá Việt Nam chốt danh sách 18 cầu thủ dự giải châu Á. "
                    "Đội tuyển bóng chuyền nữ Việt Nam đặt mục tiêu giành vé vào tứ kết.\n")
    c = _find(x, "giành vé vào tứ kết")
    assert names[c.actor] == "Đội tuyển bóng chuyền nữ Việt Nam" and c.rule == "target:đặt mục tiêu/team"
