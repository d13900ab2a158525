"""The second held-out set (tests/holdout2/ + tests/gold/holdout2.gold.json) is well-formed.

Eight more articles written for evaluation only, on other topics than tests/holdout/; nobody
tunes the extractors on them and nobody runs the extractors on them while writing the gold.
The checks are those of tests/test_holdout.py, run over this directory and gold file.
"""

from __future__ import annotations

import pytest

from c4ir_kb.text import match_key
from tests.test_holdout import (
    ARTICLE_CHECKS,
    ROOT,
    check_aliases_do_not_join_two_entities,
    check_gold_document,
    load_gold,
)

HOLDOUT2 = ROOT / "tests" / "holdout2"
GOLD2 = ROOT / "tests" / "gold" / "holdout2.gold.json"
FIRST_HOLDOUT = ROOT / "tests" / "holdout"

ARTICLES = load_gold(GOLD2)["articles"]
IDS = [a["source"] for a in ARTICLES]


def test_gold_document():
    check_gold_document(HOLDOUT2, GOLD2)


@pytest.mark.parametrize("check", ARTICLE_CHECKS, ids=[c.__name__ for c in ARTICLE_CHECKS])
@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article(art, check):
    check(HOLDOUT2, art)


def test_aliases_do_not_join_two_entities():
    check_aliases_do_not_join_two_entities(ARTICLES)


def test_distinct_from_first_holdout():
    """A second set, not a copy: no article name or headline is shared with tests/holdout/."""
    first = {p.name for p in FIRST_HOLDOUT.glob("*.txt")}
    assert not first & {a["source"] for a in ARTICLES}
    heads = {match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) for p in FIRST_HOLDOUT.glob("*.txt")}
    for p in HOLDOUT2.glob("*.txt"):
        assert match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) not in heads, p.name
