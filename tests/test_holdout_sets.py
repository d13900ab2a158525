"""The later held-out sets (tests/holdout2..4/ + tests/gold/holdoutN.gold.json) are well-formed.

Articles written for evaluation only, each set on new topics and measured first before anyone
tuned on it. The checks are those of tests/test_holdout.py, run over each set.
"""

from __future__ import annotations

import pytest

from c4ir_kb.nlp.normalize import match_key
from tests.test_holdout import (
    ARTICLE_CHECKS,
    ROOT,
    check_aliases_do_not_join_two_entities,
    check_gold_document,
    load_gold,
)

SETS = {"holdout2": 8, "holdout3": 8, "holdout4": 6}  # set -> number of articles
ORDER = ["holdout", *SETS]


def directory(name: str):
    return ROOT / "tests" / name


def gold(name: str):
    return ROOT / "tests" / "gold" / f"{name}.gold.json"


CASES = [(name, art) for name in SETS for art in load_gold(gold(name))["articles"]]


@pytest.mark.parametrize("name", SETS)
def test_gold_document(name):
    check_gold_document(directory(name), gold(name), articles=SETS[name])


@pytest.mark.parametrize("check", ARTICLE_CHECKS, ids=[c.__name__ for c in ARTICLE_CHECKS])
@pytest.mark.parametrize("name, art", CASES, ids=[f"{n}/{a['source']}" for n, a in CASES])
def test_article(name, art, check):
    check(directory(name), art)


@pytest.mark.parametrize("name", SETS)
def test_aliases_do_not_join_two_entities(name):
    check_aliases_do_not_join_two_entities(load_gold(gold(name))["articles"])


@pytest.mark.parametrize("name", SETS)
def test_distinct_from_earlier_holdouts(name):
    """A new set, not a copy: no article name or headline is shared with an earlier set."""
    earlier = [p for d in ORDER[: ORDER.index(name)] for p in directory(d).glob("*.txt")]
    mine = list(directory(name).glob("*.txt"))
    assert not {p.name for p in earlier} & {p.name for p in mine}
    heads = {match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) for p in earlier}
    for p in mine:
        assert match_key(p.read_text(encoding="utf-8").split("\n", 1)[0]) not in heads, p.name
