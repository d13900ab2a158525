"""The fourth held-out set (tests/holdout4/ + tests/gold/holdout4.gold.json) is well-formed.

Six more articles written for evaluation only, on topics used by none of tests/holdout/,
tests/holdout2/ and tests/holdout3/; nobody tunes the extractors on them and nobody runs the
extractors on them while writing the gold. The per-article checks are those of
tests/test_holdout.py, run over this directory and gold file; the document check is the shared
one with this set's size (six articles, where the shared check expects eight).
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

HOLDOUT4 = ROOT / "tests" / "holdout4"
GOLD4 = ROOT / "tests" / "gold" / "holdout4.gold.json"
EARLIER = [ROOT / "tests" / "holdout", ROOT / "tests" / "holdout2", ROOT / "tests" / "holdout3"]

ARTICLES = load_gold(GOLD4)["articles"]
IDS = [a["source"] for a in ARTICLES]


def test_gold_document():
    check_gold_document(HOLDOUT4, GOLD4, articles=6)


@pytest.mark.parametrize("check", ARTICLE_CHECKS, ids=[c.__name__ for c in ARTICLE_CHECKS])
@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article(art, check):
    check(HOLDOUT4, art)


def test_articles_stay_within_this_sets_length():
    """1,500-2,500 characters each (the shared check allows up to 3,500)."""
    for a in ARTICLES:
        n = len((HOLDOUT4 / a["source"]).read_text(encoding="utf-8"))
        assert 1500 <= n <= 2500, (a["source"], n)


def test_aliases_do_not_join_two_entities():
    check_aliases_do_not_join_two_entities(ARTICLES)


def test_distinct_from_earlier_holdouts():
    """A fourth set, not a copy: no article name or headline is shared with an earlier held-out set."""
    earlier = [p for d in EARLIER for p in d.glob("*.txt")]
    assert not {p.name for p in earlier} & {a["source"] for a in ARTICLES}
    heads = {match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) for p in earlier}
    for p in HOLDOUT4.glob("*.txt"):
        assert match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) not in heads, p.name
