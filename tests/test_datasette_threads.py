"""Datasette as a user opens it, through its own in-process client: the home page lists articles,
entities and the views (internal tables hidden), and the canned queries answer an entity's
profile and threads by status and age."""

from __future__ import annotations

import asyncio
import json
from importlib.resources import files
from pathlib import Path

import pytest

from tests.test_threads import KHANG, VIETTEL, ingest, write

METADATA = Path(str(files("c4ir_kb").joinpath("data/datasette.json")))


@pytest.fixture(scope="module")
def get(runner, tmp_path_factory):
    datasette_app = pytest.importorskip("datasette.app")
    root = tmp_path_factory.mktemp("ds")
    db = root / "kb.sqlite"  # the file name is the database name: /kb
    ingest(runner, db, write(root / "in", {**VIETTEL, **KHANG}))
    ds = datasette_app.Datasette([str(db)], metadata=json.loads(METADATA.read_text(encoding="utf-8")))

    def fetch(path: str):
        r = asyncio.run(ds.client.get(path))
        assert r.status_code == 200, (path, r.status_code)
        return r.json() if ".json" in path else r.text

    return fetch


def test_home_page_starts_with_articles_entities_and_the_views(get):
    listed = [t["name"] for t in get("/.json")["kb"]["tables_and_views_truncated"]]
    assert set(listed[:2]) == {"articles", "entities"}
    assert listed[2:] == ["people_roles", "people_overview", "organisation_aliases"]  # views, in schema order


def test_internal_tables_are_hidden_but_still_reachable(get):
    tables = {t["name"]: t["hidden"] for t in get("/kb.json")["tables"]}
    for name in ("_sqlite_migrations", "sentences_fts", "sentences_fts_data", "sentences_fts_idx", "entity_keys"):
        assert tables[name], name
    assert not tables["articles"] and not tables["entities"]
    assert get("/kb/sentences.json?_search=trung+tam+du+lieu&_shape=array")


def test_entity_profile_query_gives_aliases_roles_mentions_and_threads(get):
    person = get("/kb/entity_profile.json?name=L%C3%AA+H%E1%BB%AFu+Khang&_shape=array")
    assert {r["section"] for r in person} >= {"alias", "role", "mention"}
    assert ("Trung tướng", "current") in {(r["item"], r["detail"]) for r in person if r["section"] == "role"}
    company = get("/kb/entity_profile.json?name=Viettel&_shape=array")
    threads = [r for r in company if r["section"] == "thread"]
    assert sorted(r["detail"] for r in threads) == ["announced (1 reports)", "completed (3 reports)"]


def test_threads_by_status_query_counts_threads_per_status_and_age(get):
    rows = get("/kb/threads_by_status.json?actor=Viettel&_shape=array")
    assert {r["status"]: r["threads"] for r in rows} == {"announced": 1, "completed": 1}
    assert all(r["age"] for r in rows)
    page = get("/kb/threads_by_status?actor=")
    assert "Commitment threads by status and age" in page
