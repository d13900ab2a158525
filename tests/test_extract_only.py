"""`c4ir-kb extract` stores each article in a private knowledge base of its own: what it
prints for an article never depends on the articles extracted before it."""

import json

from c4ir_kb.kb.extract_only import extract_articles
from c4ir_kb.sources.reader import make_article

from .conftest import invoke

# the same person and party committee, the committee written differently in each article
# (sentences written for this test): in a shared knowledge base the first article's name for
# it would become the second's
FIRST = "Ông Lê Minh Khôi, Bí thư Tỉnh ủy tỉnh Phú Yên, làm việc tại Tuy Hòa. Ông Lê Minh Khôi yêu cầu đẩy nhanh tiến độ.\n"
SECOND = "Bí thư Tỉnh ủy Phú Yên Lê Minh Khôi đề nghị các sở hoàn thành kế hoạch trong tháng 6.\n"


def alone(text: str, source: str) -> dict:
    [(_, obj)] = list(extract_articles([make_article(text, source)], with_mentions=True))
    return obj


def test_an_article_extracts_the_same_after_others_as_alone():
    together = [obj for _, obj in extract_articles([make_article(FIRST, "a.txt"), make_article(SECOND, "b.txt")], with_mentions=True)]
    assert together == [alone(FIRST, "a.txt"), alone(SECOND, "b.txt")]


def test_extract_jsonl_prints_every_line_on_its_own(runner, tmp_path):
    lines = [{"id": "a", "text": FIRST}, {"id": "b", "text": SECOND}, {"id": "c", "text": FIRST}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    result = invoke(runner, "extract", str(src), "--jsonl", "-w", "1")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert {k: v for k, v in out[0].items() if k not in ("id", "source")} == {k: v for k, v in out[2].items() if k not in ("id", "source")}
    assert out[1] == {"id": "b", **alone(SECOND, "b")}
