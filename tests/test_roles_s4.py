"""Roles on real news, round s4: one phenomenon per test, sentences written for these tests."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def run(text: str, url: str | None = None):
    doc = analyze(Article(id="t", source="t", text=text, url=url, content_hash=str(hash(text))))
    return extract_entities(doc)


def roles(r) -> set[tuple[str, str, str | None]]:
    by_id = {e.id: e.name for e in r.entities}
    return {(by_id[x.person], x.title, by_id.get(x.org)) for x in r.roles}


def people(r) -> set[str]:
    return {e.name for e in r.entities if e.type == "PER"}


def test_a_foreign_head_of_government_also_holds_the_bare_title():
    r = run("Sáng nay, Thủ tướng Singapore Lawrence Wong tiếp đoàn doanh nghiệp tại thủ đô.")
    assert {("Lawrence Wong", "Thủ tướng", None), ("Lawrence Wong", "Thủ tướng Singapore", None)} <= roles(r)
