"""Which organisations an article's export lists (the guideline: a body named only inside
someone's title is that role's organisation, not one of the article's organisations)."""

import json

from tests.conftest import invoke


def _article(runner, tmp_path, text: str) -> dict:
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert invoke(runner, "ingest", str(src), "--db", str(db), "-q").exit_code == 0
    doc = json.loads(invoke(runner, "export", "--db", str(db)).stdout)
    return doc["articles"][0]


def _orgs(art: dict) -> set[str]:
    return {o["name"] for o in art["organisations"]}


def test_a_body_named_only_in_a_title_is_the_roles_organisation_but_not_listed(runner, tmp_path):
    art = _article(runner, tmp_path, "Tin mới\n\nBộ trưởng Bộ Y tế Trần Văn Khang phát biểu tại hội nghị ở Hà Nội.\n")
    assert {"title": "Bộ trưởng", "org": "Bộ Y tế"} in art["people"][0]["roles"]
    assert "Bộ Y tế" not in _orgs(art)


def test_a_body_named_in_a_title_and_elsewhere_is_listed(runner, tmp_path):
    art = _article(runner, tmp_path, "Tin mới\n\nBộ trưởng Bộ Y tế Trần Văn Khang phát biểu. Bộ Y tế sẽ ban hành hướng dẫn mới.\n")
    assert "Bộ Y tế" in _orgs(art)


def test_a_body_named_only_in_a_title_is_listed_when_it_acts_in_a_commitment(runner, tmp_path):
    art = _article(runner, tmp_path, "Tin mới\n\nGiám đốc Sở Y tế Trần Văn Khang cho biết sở sẽ xây dựng ba bệnh viện mới.\n")
    assert art["commitments"] and art["commitments"][0]["actor"] == "Sở Y tế"
    assert "Sở Y tế" in _orgs(art)
