"""The third held-out set (tests/holdout3/ + tests/gold/holdout3.gold.json) is well-formed.

Eight more articles written for evaluation only, on topics used by neither tests/holdout/ nor
tests/holdout2/; nobody tunes the extractors on them and nobody runs the extractors on them
while writing the gold. The checks are those of tests/test_holdout.py, run over this directory
and gold file.
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

HOLDOUT3 = ROOT / "tests" / "holdout3"
GOLD3 = ROOT / "tests" / "gold" / "holdout3.gold.json"
EARLIER = [ROOT / "tests" / "holdout", ROOT / "tests" / "holdout2"]

ARTICLES = load_gold(GOLD3)["articles"]
IDS = [a["source"] for a in ARTICLES]


def test_gold_document():
    check_gold_document(HOLDOUT3, GOLD3)


@pytest.mark.parametrize("check", ARTICLE_CHECKS, ids=[c.__name__ for c in ARTICLE_CHECKS])
@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article(art, check):
    check(HOLDOUT3, art)


def test_aliases_do_not_join_two_entities():
    check_aliases_do_not_join_two_entities(ARTICLES)


def test_distinct_from_earlier_holdouts():
    """A third set, not a copy: no article name or headline is shared with tests/holdout/ or tests/holdout2/."""
    earlier = [p for d in EARLIER for p in d.glob("*.txt")]
    assert not {p.name for p in earlier} & {a["source"] for a in ARTICLES}
    heads = {match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) for p in earlier}
    for p in HOLDOUT3.glob("*.txt"):
        assert match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) not in heads, p.name
