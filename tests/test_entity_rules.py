"""Every entity mention names the rule that made it: an id of
c4ir_kb/data/entity_rules.json, whose type and confidence the mention carries, so a
wrong mention in the knowledge base can be traced to one rule."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "c4ir_kb" / "data" / "entity_rules.json").read_text(encoding="utf-8"))
RULES = {r["id"]: r for r in DATA["mention_rules"]}
CODE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "c4ir_kb" / "extract" / "entities").glob("*.py")))

TEXT = (
    "Sáng 5/6, Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn Khải tiếp đoàn của Quỹ Phát triển Xanh (GDF) tại xã Tân Hà.\n"
    "PGS.TS Trần Minh Nhật cho biết bà Thoa sẽ phụ trách dự án. Sau đó, Nguyễn Văn Khải gặp ông Lê Quang Vinh.\n"
    "Trong trận gặp Thái Lan tối qua, U23 Việt Nam thắng 2-0. Tổng thống Pháp Alain Moreau gửi điện mừng.\n"
    "Hoàng Yến"
)


@pytest.fixture(scope="module")
def res():
    return extract_entities(analyze(Article(id="r", source="r", text=TEXT, content_hash="r")))


def test_rule_ids_are_unique_and_say_their_type():
    ids = [r["id"] for r in DATA["mention_rules"]]
    assert len(ids) == len(set(ids))
    for r in DATA["mention_rules"]:
        assert r["type"] in ("PER", "ORG", "LOC") and r["id"].startswith(r["type"].lower() + ".")
        assert 0 < r["confidence"] <= 1 and r["where"]
    pids = [p["id"] for p in DATA["patterns"]]
    assert len(pids) == len(set(pids))


def test_every_mention_carries_a_declared_rule_with_its_type_and_confidence(res):
    assert res.mentions
    for m in res.mentions:
        assert m.rule in RULES, m.rule
        assert (m.type, m.confidence) == (RULES[m.rule]["type"], RULES[m.rule]["confidence"])


@pytest.mark.parametrize(
    ("surface", "rule"),
    [
        ("Nguyễn Văn Khải", "per.title+name"),
        ("UBND tỉnh Lâm Đồng", "org.head+name"),
        ("GDF", "org.acronym"),
        ("Tân Hà", "loc.admin-prefix"),
        ("Trần Minh Nhật", "per.degree+name"),
        ("Thoa", "per.honorific+one-name"),
        ("Lê Quang Vinh", "per.honorific+name"),
        ("U23 Việt Nam", "org.team-in-sports-sentence"),
        ("Pháp", "loc.title-country"),
    ],
)
def test_a_mention_names_the_rule_that_made_it(res, surface, rule):
    assert rule in {m.rule for m in res.mentions if m.text == surface}


def test_a_name_written_again_is_traced_to_the_repeat_rule(res):
    again = [m for m in res.mentions if m.text == "Nguyễn Văn Khải"]
    assert [m.rule for m in again] == ["per.title+name", "per.repeat"]


def test_the_code_names_only_declared_rules_and_patterns_and_every_one_of_them():
    named = set(re.findall(r'"((?:per|org|loc)\.[\w+\-]+)"', CODE))
    assert named == set(RULES)
    used = set(re.findall(r'R\.patterns\["([\w\-]+)"\]|rules\(\)\.patterns\["([\w\-]+)"\]', CODE))
    used = {a or b for a, b in used}
    assert used == {p["id"] for p in DATA["patterns"]}


ROLE_RULES = {r["id"] for r in DATA["role_rules"]}

ROLES_TEXT = (
    "Giám đốc Sở Tài chính tỉnh Lâm Đồng Hoàng Minh Tuấn cho biết tỉnh sẽ giải ngân sớm.\n"
    "Bà Đặng Thu Trang, Phó Giám đốc Sở Y tế tỉnh Lâm Đồng, dự họp cùng Thiếu tướng Võ Đình Lực.\n"
    "Viện Nghiên cứu Cây trồng Lâm Viên đã công bố giống mới. Viện trưởng Mai Xuân Định cho biết giống sẽ được nhân rộng."
)


@pytest.fixture(scope="module")
def roles_res():
    return extract_entities(analyze(Article(id="q", source="q", text=ROLES_TEXT, content_hash="q")))


def test_every_role_names_a_declared_role_rule(roles_res):
    assert roles_res.roles
    assert {r.rule for r in roles_res.roles} <= ROLE_RULES


@pytest.mark.parametrize(
    ("person", "title", "rule"),
    [
        ("Hoàng Minh Tuấn", "Giám đốc", "role.title-before-name"),
        ("Đặng Thu Trang", "Phó Giám đốc", "role.title-after-name"),
        ("Võ Đình Lực", "Thiếu tướng", "role.rank"),
        ("Mai Xuân Định", "Viện trưởng", "role.implied-head"),
    ],
)
def test_a_role_names_how_it_was_read(roles_res, person, title, rule):
    name = {e.id: e.name for e in roles_res.entities}
    assert rule in {r.rule for r in roles_res.roles if name[r.person] == person and r.title == title}


def test_the_code_names_only_declared_role_rules_and_every_one_of_them():
    assert set(re.findall(r'"(role\.[\w\-]+)"', CODE)) == ROLE_RULES


def test_the_knowledge_base_stores_the_rule_ids(seeds_kb):
    conn = sqlite3.connect(seeds_kb)
    mention_rules = {r for (r,) in conn.execute("SELECT DISTINCT rule FROM mentions")}
    role_rules = {r for (r,) in conn.execute("SELECT DISTINCT rule FROM roles")}
    conn.close()
    assert mention_rules and mention_rules <= set(RULES)
    assert role_rules and role_rules <= ROLE_RULES
