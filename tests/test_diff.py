"""`c4ir-kb diff OLD NEW`: what appeared, disappeared or changed between two builds,
by natural keys (integer ids differ between builds). Always exits 0."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from c4ir_kb.kb.store import open_db

from .conftest import invoke
from .test_queries import build_small_kb


def diff_json(runner, old: Path, new: Path) -> dict:
    result = invoke(runner, "diff", str(old), str(new), "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def old_kb(tmp_path_factory) -> Path:
    return build_small_kb(tmp_path_factory.mktemp("old") / "kb.sqlite")


def new_kb(tmp_path: Path, edit) -> Path:
    """A second build: the small KB built afresh, then changed by `edit(db)`."""
    path = build_small_kb(tmp_path / "new.sqlite")
    db = open_db(path)
    with db.atomic():
        edit(db)
    db.close()
    return path


def test_identical_builds_have_no_differences(runner, old_kb, tmp_path):
    d = diff_json(runner, old_kb, build_small_kb(tmp_path / "again.sqlite"))
    assert all(n == 0 for counts in d["summary"].values() for n in counts.values())


def test_ids_do_not_matter_only_natural_keys(runner, old_kb, tmp_path):
    """The same facts under other integer ids (as in a build that saw articles in another order)."""
    renumbered = build_small_kb(tmp_path / "renumbered.sqlite")
    conn = sqlite3.connect(renumbered)  # foreign keys off: move every id and every reference to it
    with conn:
        conn.execute("UPDATE entities SET id = id + 100")
        for table, col in [("aliases", "entity_id"), ("entity_keys", "entity_id"), ("mentions", "entity_id"),
                           ("roles", "person_id"), ("roles", "org_id"), ("commitments", "actor_id")]:
            conn.execute(f"UPDATE {table} SET {col} = {col} + 100")
        conn.execute("UPDATE roles SET id = id + 50")
        conn.execute("UPDATE commitments SET id = id + 50")
    conn.close()
    d = diff_json(runner, old_kb, renumbered)
    assert not any(n for counts in d["summary"].values() for n in counts.values())


def test_articles_added_removed_and_changed_by_content_hash(runner, old_kb, tmp_path):
    def edit(db):
        db.execute("UPDATE articles SET content_hash = 'other' WHERE source = 'hoan.txt'")
        for t in ("commitments", "dates", "roles", "mentions", "sentences"):
            db.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT id FROM articles WHERE source = 'nen.txt')")
        db.execute("DELETE FROM articles WHERE source = 'nen.txt'")
        db["articles"].insert({"id": "x", "source": "new.txt", "text": "Mới.", "content_hash": "h"})

    d = diff_json(runner, old_kb, new_kb(tmp_path, edit))
    arts = d["articles"]
    assert [a["source"] for a in arts["added"]] == ["new.txt"]
    assert [a["source"] for a in arts["removed"]] == ["nen.txt"]
    assert [(c["old"]["source"], c["new"]["content_hash"]) for c in arts["changed"]] == [("hoan.txt", "other")]
    assert [(r["person"], r["title"]) for r in d["roles"]["removed"]] == [("Nguyễn Văn Nên", "Bí thư")]
    assert [c["kind"] for c in d["commitments"]["removed"]] == ["proposal"]


def test_entities_by_type_and_name_and_their_aliases(runner, old_kb, tmp_path):
    def edit(db):
        db.execute("UPDATE entities SET name = 'Trung tâm C4IR' WHERE name = 'C4IR'")
        eid = db.execute("SELECT id FROM entities WHERE name = 'UBND TP.HCM'").fetchone()[0]
        db["aliases"].insert({"entity_id": eid, "surface": "Ủy ban nhân dân TP.HCM", "key": "k"})

    d = diff_json(runner, old_kb, new_kb(tmp_path, edit))
    assert [(e["type"], e["name"]) for e in d["entities"]["added"]] == [("ORG", "Trung tâm C4IR")]
    assert [(e["type"], e["name"]) for e in d["entities"]["removed"]] == [("ORG", "C4IR")]
    assert ("ORG", "UBND TP.HCM", "Ủy ban nhân dân TP.HCM") in [
        (a["type"], a["name"], a["surface"]) for a in d["aliases"]["added"]
    ]


def test_roles_by_person_title_org_and_article(runner, old_kb, tmp_path):
    def edit(db):
        db.execute("UPDATE roles SET title = 'Chủ tịch' WHERE title = 'Phó Chủ tịch'")

    d = diff_json(runner, old_kb, new_kb(tmp_path, edit))
    assert [(r["person"], r["title"], r["organisation"], r["source"]) for r in d["roles"]["added"]] == [
        ("Võ Văn Hoan", "Chủ tịch", "UBND TP.HCM", "hoan.txt")
    ]
    assert [r["title"] for r in d["roles"]["removed"]] == ["Phó Chủ tịch"]


def test_a_commitment_with_other_details_is_changed_not_added(runner, old_kb, tmp_path):
    def edit(db):
        db.execute("UPDATE commitments SET target_date = '2035', amount = '5.000 tỷ đồng' WHERE kind = 'pledge'")

    d = diff_json(runner, old_kb, new_kb(tmp_path, edit))
    assert d["summary"]["commitments"] == {"added": 0, "removed": 0, "changed": 1}
    change = d["commitments"]["changed"][0]
    assert (change["old"]["target_date"], change["new"]["target_date"]) == ("2030", "2035")


def test_diff_prints_a_summary_and_the_items_and_exits_0(runner, old_kb, tmp_path):
    def edit(db):
        db.execute("UPDATE roles SET title = 'Chủ tịch' WHERE title = 'Phó Chủ tịch'")

    result = invoke(runner, "diff", str(old_kb), str(new_kb(tmp_path, edit)))
    assert result.exit_code == 0, result.stderr
    assert "+ roles: Võ Văn Hoan: Chủ tịch, UBND TP.HCM" in result.stdout
    assert "- roles: Võ Văn Hoan: Phó Chủ tịch" in result.stdout


def test_diff_markdown_for_the_job_summary(runner, old_kb, tmp_path):
    result = invoke(runner, "diff", str(old_kb), str(build_small_kb(tmp_path / "same.sqlite")), "--markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Knowledge base diff") and "| articles | 0 | 0 | 0 |" in result.stdout
    assert "No changes." in result.stdout


def test_diff_does_not_change_either_database(runner, old_kb, tmp_path):
    new = tmp_path / "copy.sqlite"
    shutil.copyfile(old_kb, new)
    before = (old_kb.read_bytes(), new.read_bytes())
    invoke(runner, "diff", str(old_kb), str(new))
    assert (old_kb.read_bytes(), new.read_bytes()) == before


def test_diff_of_a_missing_database_is_an_error(runner, old_kb, tmp_path):
    result = invoke(runner, "diff", str(tmp_path / "none.sqlite"), str(old_kb))
    assert result.exit_code == 3 and "no such database" in result.stderr


def test_the_real_build_against_itself(runner, seeds_kb, tmp_path):
    copy = tmp_path / "kb.sqlite"
    shutil.copyfile(seeds_kb, copy)
    d = diff_json(runner, seeds_kb, copy)
    assert d["old"] == str(seeds_kb) and not any(n for c in d["summary"].values() for n in c.values())
