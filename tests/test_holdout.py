"""The held-out evaluation set (tests/holdout/ + tests/gold/holdout.gold.json) is well-formed.

Eight articles written for evaluation only: nobody tunes the extractors on them. This test
checks the gold against the article files and needs no NLP: files and sidecars exist and
agree, every span the gold quotes (aliases, dates, not-dates, commitments, people's names)
is a verbatim substring of its article, kinds and date values are valid, and the names a
role or a commitment points to are entities of the same article.

The checks are plain functions of (article directory, gold article) so that other held-out
sets (tests/test_holdout2.py) run the same checks over their own directory and gold file.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from c4ir_kb.nlp.normalize import match_key

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "holdout"
GOLD = ROOT / "tests" / "gold" / "holdout.gold.json"

KINDS = {"pledge", "plan", "project", "responsibility", "proposal", "agreement"}
_POINT = r"(?:\d{4}|-)(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]))?|--\d{2}(?:-\d{2})?|--Q[1-4]"
DATE_VALUE = re.compile(rf"^(?:{_POINT})(?:/(?:{_POINT}))?$")
ARTICLE_KEYS = {"source", "published", "author", "people", "organisations", "locations", "dates", "not_dates", "commitments"}


def _check_point(point: str) -> None:
    """One end of a date value: a real calendar day, month 01-12, quarter 1-4."""
    y, _, rest = point.partition("-") if not point.startswith("--") else ("", "", point[2:])
    if rest.startswith("Q") or not rest:
        return
    month, _, day = rest.partition("-")
    assert 1 <= int(month) <= 12, point
    if day:
        date(int(y) if y else 2024, int(month), int(day))  # 2024: a leap year for yearless --02-29


def load_gold(gold_path: Path) -> dict:
    return json.loads(gold_path.read_text(encoding="utf-8"))


def _gold() -> dict:
    return load_gold(GOLD)


ARTICLES = _gold()["articles"]
IDS = [a["source"] for a in ARTICLES]


def article_text(holdout: Path, art: dict) -> str:
    return (holdout / art["source"]).read_text(encoding="utf-8")


def _text(art: dict) -> str:
    return article_text(HOLDOUT, art)


# -- checks shared by every held-out set ---------------------------------------------------


def check_gold_document(holdout: Path, gold_path: Path, articles: int = 8) -> None:
    gold = load_gold(gold_path)
    assert gold["format"] == "c4ir-kb/extraction-v1"
    assert gold.get("note")
    sources = [a["source"] for a in gold["articles"]]
    assert len(sources) == len(set(sources)) == articles
    on_disk = sorted(p.name for p in holdout.glob("*.txt"))
    assert sorted(sources) == on_disk, "every article has gold and every gold entry has an article"
    assert sum(1 for _ in holdout.glob("*.meta.json")) >= 2


def check_article_file(holdout: Path, art: dict) -> None:
    path = holdout / art["source"]
    assert re.fullmatch(r"\d{3}_[a-z0-9-]+\.txt", path.name)
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # strict: the file is UTF-8
    assert "\r" not in text and "\ufeff" not in text
    assert 1500 <= len(text) <= 3500, len(text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 5, "paragraphs are separated by blank lines"
    assert set(art) <= ARTICLE_KEYS, set(art) - ARTICLE_KEYS


def check_sidecar_agrees_with_gold(holdout: Path, art: dict) -> None:
    side = holdout / (art["source"][: -len(".txt")] + ".meta.json")
    if not side.exists():
        assert art["published"] is None, "a published date needs a metadata sidecar"
        return
    meta = json.loads(side.read_text(encoding="utf-8"))
    assert set(meta) == {"title", "url", "published", "source"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])
    assert meta["published"] == art["published"]
    assert meta["title"] == article_text(holdout, art).split("\n", 1)[0], "the title is the headline"


def check_spans_are_verbatim(holdout: Path, art: dict) -> None:
    text = article_text(holdout, art)
    for kind in ("organisations", "locations"):
        for e in art[kind]:
            assert e["name"].strip() == e["name"] and e["name"]
            for alias in e["aliases"]:
                assert alias in text, f"{kind} alias {alias!r} not in the article"
            if not e.get("optional"):
                assert any(form in text for form in [e["name"], *e["aliases"]]), f"{kind} {e['name']!r}: no surface form in the article"
    for p in art["people"]:
        assert p["name"] in text, f"person {p['name']!r} not spelled as in the article"
    if art.get("author"):
        assert art["author"] in text.rstrip().rsplit("\n", 1)[-1], "the byline is the last line"
    for nd in art.get("not_dates", []):
        assert nd in text, f"not-date {nd!r} not in the article"
    for c in art["commitments"]:
        assert c["text"] in text, f"commitment text not verbatim: {c['text'][:60]!r}"
    wanted = Counter(d["text"] for d in art["dates"])
    for span, n in wanted.items():
        assert text.count(span) >= n, f"date {span!r} listed {n}x, found {text.count(span)}x"


def check_values_and_kinds(holdout: Path, art: dict) -> None:
    for d in art["dates"]:
        assert DATE_VALUE.match(d["value"]), d
        for point in d["value"].split("/"):
            _check_point(point)
    date_keys = [match_key(d["text"]) for d in art["dates"]]
    for nd in art.get("not_dates", []):
        assert not any(match_key(nd) in k for k in date_keys), f"not-date {nd!r} would flag a gold date"
    for c in art["commitments"]:
        assert c["kind"] in KINDS, c["kind"]
        assert isinstance(c.get("actor_alternatives", []), list)
    for key in ("people", "organisations", "locations", "dates", "commitments"):
        for item in art[key]:
            assert item.get("optional", False) in (True, False)


def check_references_resolve(holdout: Path, art: dict) -> None:
    """Role organisations and commitment actors name entities of the same article."""
    text = article_text(holdout, art)
    orgs = {match_key(e["name"]) for e in art["organisations"]}
    known = orgs | {match_key(e["name"]) for e in art["locations"]} | {match_key(p["name"]) for p in art["people"]}
    for p in art["people"]:
        assert isinstance(p["roles"], list)
        for r in p["roles"]:
            assert r["title"] and r["title"] in text, f"title {r['title']!r} not in the article"
            assert r["org"] is None or match_key(r["org"]) in orgs, f"{p['name']}: unknown org {r['org']!r}"
    for c in art["commitments"]:
        for actor in [c["actor"], *c.get("actor_alternatives", [])]:
            assert match_key(actor) in known, f"unknown actor {actor!r}"


def check_aliases_do_not_join_two_entities(articles: list[dict]) -> None:
    """The scorer unions entities that share a surface form across the whole file: one
    form must never belong to two different canonical names."""
    owners: dict[str, set[str]] = defaultdict(set)
    for art in articles:
        for kind in ("organisations", "locations"):
            for e in art[kind]:
                for form in {e["name"], *e["aliases"]}:
                    owners[match_key(form)].add(f"{kind}:{match_key(e['name'])}")
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, shared


ARTICLE_CHECKS = (
    check_article_file,
    check_sidecar_agrees_with_gold,
    check_spans_are_verbatim,
    check_values_and_kinds,
    check_references_resolve,
)


# -- this set: tests/holdout/ ---------------------------------------------------------------


def test_gold_document():
    check_gold_document(HOLDOUT, GOLD)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_file(art):
    check_article_file(HOLDOUT, art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_sidecar_agrees_with_gold(art):
    check_sidecar_agrees_with_gold(HOLDOUT, art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_spans_are_verbatim(art):
    check_spans_are_verbatim(HOLDOUT, art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_values_and_kinds(art):
    check_values_and_kinds(HOLDOUT, art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_references_resolve(art):
    check_references_resolve(HOLDOUT, art)


def test_aliases_do_not_join_two_entities():
    check_aliases_do_not_join_two_entities(ARTICLES)
