"""The query commands (search, people, orgs, entity, commitments, timeline, stats, sql, schema):
what researchers and scripts get back, and that nothing they do can change the knowledge base.

Most tests use a small hand-made knowledge base with known rows (`KbBuilder`), so they
specify the queries independently of what the extractors find; full-text search and the
smoke tests use the real build of data/raw (`seeds_kb`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest

from c4ir_kb.kb.store import open_db
from c4ir_kb.kb.views import VIEWS

from .conftest import invoke


class KbBuilder:
    """Rows by natural values into a database created by `open_db` (the real schema)."""

    def __init__(self, path: Path):
        self.path = path
        self.db = open_db(path)
        self.sentences: dict[tuple[str, int], int] = {}

    def article(self, source: str, sentences: list[str], published: str | None = None, content_hash: str | None = None) -> str:
        text = " ".join(sentences)
        aid = "a-" + hashlib.sha256(source.encode()).hexdigest()[:8]
        self.db["articles"].insert(
            {"id": aid, "source": source, "title": f"Title of {source}", "published": published, "text": text,
             "content_hash": content_hash or hashlib.sha256(text.encode()).hexdigest()}
        )
        pos = 0
        for i, s in enumerate(sentences):
            sid = self.db["sentences"].insert(
                {"article_id": aid, "idx": i, "start": pos, "end": pos + len(s), "text": s}
            ).last_pk
            self.sentences[(aid, i)] = sid
            pos += len(s) + 1
        return aid

    def entity(self, type: str, name: str, aliases: tuple[str, ...] = ()) -> int:
        from c4ir_kb.nlp.normalize import match_key

        eid = self.db["entities"].insert({"type": type, "name": name}).last_pk
        self.db["entity_keys"].insert({"type": type, "key": match_key(name), "entity_id": eid}, replace=True)
        for a in {name, *aliases}:
            self.db["aliases"].insert({"entity_id": eid, "surface": a, "key": match_key(a)})
        return eid

    def _span(self, aid: str, sentence: int) -> dict:
        return {"article_id": aid, "sentence_id": self.sentences[(aid, sentence)], "start": 0, "end": 1}

    def mention(self, eid: int, aid: str, sentence: int, surface: str) -> None:
        self.db["mentions"].insert({"entity_id": eid, **self._span(aid, sentence), "surface": surface, "rule": "test", "confidence": 1.0})

    def role(self, person: int, title: str, org: int | None, aid: str, sentence: int) -> None:
        published = self.db.execute("SELECT published FROM articles WHERE id = ?", [aid]).fetchone()[0]
        self.db["roles"].insert(
            {"person_id": person, "title": title, "org_id": org, **self._span(aid, sentence), "published": published, "rule": "test"}
        )

    def commitment(self, actor: int | None, kind: str, text: str, aid: str, sentence: int, **extra) -> None:
        self.db["commitments"].insert(
            {"actor_id": actor, "kind": kind, "trigger": "cam kết", "text": text, **self._span(aid, sentence),
             "rule": "test", "confidence": 0.8, **extra}
        )

    def date(self, aid: str, sentence: int, text: str, value: str, precision: str = "day") -> None:
        self.db["dates"].insert(
            {**self._span(aid, sentence), "text": text, "value": value, "precision": precision, "year_source": "text", "rule": "test"}
        )

    def close(self) -> Path:
        self.db.close()
        return self.path


def build_small_kb(path: Path) -> Path:
    """Two articles: Võ Văn Hoan (Phó Chủ tịch, UBND TP.HCM) and Nguyễn Văn Nên (Bí thư, Thành ủy)."""
    kb = KbBuilder(path)
    a1 = kb.article(
        "hoan.txt",
        ["Ông Võ Văn Hoan, Phó Chủ tịch UBND TPHCM, phát biểu.", "UBND TPHCM cam kết xây dựng trung tâm dữ liệu đến năm 2030."],
        published="2024-04-25",
    )
    a2 = kb.article(
        "nen.txt",
        ["Bí thư Thành ủy Nguyễn Văn Nên gặp gỡ C4IR ngày 22/12/2023.", "Thành ủy đề xuất mở rộng mạng lưới."],
        published="2023-12-22",
    )
    hoan = kb.entity("PER", "Võ Văn Hoan")
    nen = kb.entity("PER", "Nguyễn Văn Nên")
    ubnd = kb.entity("ORG", "UBND TP.HCM", aliases=("UBND TPHCM",))
    tu = kb.entity("ORG", "Thành ủy TP.HCM", aliases=("Thành ủy",))
    c4ir = kb.entity("ORG", "C4IR")
    kb.mention(hoan, a1, 0, "Võ Văn Hoan")
    kb.mention(ubnd, a1, 0, "UBND TPHCM")
    kb.mention(ubnd, a1, 1, "UBND TPHCM")
    kb.mention(nen, a2, 0, "Nguyễn Văn Nên")
    kb.mention(tu, a2, 0, "Thành ủy")
    kb.mention(c4ir, a2, 0, "C4IR")
    kb.mention(tu, a2, 1, "Thành ủy")
    kb.role(hoan, "Phó Chủ tịch", ubnd, a1, 0)
    kb.role(nen, "Bí thư", tu, a2, 0)
    kb.commitment(ubnd, "pledge", "xây dựng trung tâm dữ liệu đến năm 2030", a1, 1, target_date="2030")
    kb.commitment(tu, "proposal", "mở rộng mạng lưới", a2, 1)
    kb.date(a1, 1, "năm 2030", "2030", "year")
    kb.date(a2, 0, "ngày 22/12/2023", "2023-12-22")
    return kb.close()


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory) -> Path:
    return build_small_kb(tmp_path_factory.mktemp("small") / "kb.sqlite")


def run_json(runner, *args):
    result = invoke(runner, *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- search (real build)


def test_search_ignores_diacritics_and_returns_source_date_and_highlighted_snippet(runner, seeds_kb):
    rows = run_json(runner, "search", "trung tam du lieu", "--db", str(seeds_kb))
    assert rows, "the seed articles speak of trung tâm dữ liệu"
    assert {"source", "published", "title", "snippet", "sentence"} <= set(rows[0])
    assert any("**trung** **tâm** **dữ** **liệu**" in r["snippet"].lower() for r in rows)
    assert all(r["source"].endswith(".txt") for r in rows)


def test_search_prints_a_table_with_the_matching_sentences(runner, seeds_kb):
    result = invoke(runner, "search", "trung tam du lieu", "--db", str(seeds_kb), "--limit", "2")
    assert result.exit_code == 0, result.stderr
    assert "dữ" in result.stdout and "000_" in result.stdout


def test_search_csv_has_a_header_and_one_row_per_sentence(runner, seeds_kb):
    result = invoke(runner, "search", "C4IR", "--db", str(seeds_kb), "--csv", "--limit", "3")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and all("C4IR" in r["sentence"] for r in rows)


@pytest.mark.parametrize("query", ['"unclosed', "AND OR", "TP.HCM", "   "])
def test_search_syntax_errors_are_one_line_and_exit_2(runner, seeds_kb, query):
    result = invoke(runner, "search", query, "--db", str(seeds_kb))
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)  # typer.Exit, not a traceback
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_search_literal_takes_punctuation_as_typed(runner, seeds_kb):
    rows = run_json(runner, "search", "TP.HCM", "--literal", "--db", str(seeds_kb))
    assert rows and all("TP.HCM" in r["sentence"] for r in rows)


# ---------------------------------------------------------------- people, orgs, entity


def test_people_filters_by_name_ignoring_case_and_diacritics(runner, small_kb):
    rows = run_json(runner, "people", "VO VAN", "--db", str(small_kb))
    assert [r["person"] for r in rows] == ["Võ Văn Hoan"]
    assert rows[0]["roles"] == "Phó Chủ tịch, UBND TP.HCM"
    assert rows[0]["organisations"] == "UBND TP.HCM" and rows[0]["articles"] == 1


def test_people_without_a_name_lists_everyone_as_csv(runner, small_kb):
    result = invoke(runner, "people", "--db", str(small_kb), "--csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["person"] for r in rows) == ["Nguyễn Văn Nên", "Võ Văn Hoan"]


def test_orgs_match_an_alias_and_list_aliases_and_people(runner, small_kb):
    rows = run_json(runner, "orgs", "ubnd tphcm", "--db", str(small_kb))
    assert [r["organisation"] for r in rows] == ["UBND TP.HCM"]
    assert rows[0]["aliases"] == "UBND TP.HCM; UBND TPHCM" and rows[0]["people"] == "Võ Văn Hoan"
    assert rows[0]["mentions"] == 2


def test_json_and_csv_together_is_a_usage_error(runner, small_kb):
    result = invoke(runner, "people", "--db", str(small_kb), "--json", "--csv")
    assert result.exit_code == 2 and "--json" in result.stderr


def test_entity_shows_aliases_roles_mentions_commitments_related_and_counts(runner, small_kb):
    rep = run_json(runner, "entity", "UBND TPHCM", "--db", str(small_kb))
    assert (rep["type"], rep["name"]) == ("ORG", "UBND TP.HCM")
    assert rep["aliases"] == ["UBND TP.HCM", "UBND TPHCM"]
    assert [(r["person"], r["title"], r["published"]) for r in rep["roles"]] == [("Võ Văn Hoan", "Phó Chủ tịch", "2024-04-25")]
    assert all(m["sentence"] and m["source"] == "hoan.txt" for m in rep["mentions"])
    assert [c["kind"] for c in rep["commitments"]] == ["pledge"]
    assert [(r["name"], r["sentences"]) for r in rep["related"]] == [("Võ Văn Hoan", 1)]
    assert rep["counts"] == {"mentions": 2, "articles": 1, "aliases": 2, "roles": 1, "commitments": 1, "related": 1}


def test_entity_prints_a_report_for_people(runner, small_kb):
    result = invoke(runner, "entity", "nguyen van nen", "--db", str(small_kb))
    assert result.exit_code == 0, result.stderr
    assert "Nguyễn Văn Nên" in result.stdout and "Bí thư" in result.stdout and "Thành ủy TP.HCM" in result.stdout


def test_entity_by_id(runner, small_kb):
    rep = run_json(runner, "entity", "#1", "--db", str(small_kb))
    assert rep["id"] == 1


def test_an_ambiguous_entity_lists_the_candidates_and_exits_1(runner, small_kb):
    result = invoke(runner, "entity", "van", "--db", str(small_kb))
    assert result.exit_code == 1
    assert "Võ Văn Hoan" in result.stderr and "Nguyễn Văn Nên" in result.stderr and result.stdout == ""


def test_an_unknown_entity_exits_1(runner, small_kb):
    result = invoke(runner, "entity", "Không Ai Cả", "--db", str(small_kb))
    assert result.exit_code == 1 and "no entity" in result.stderr


# ---------------------------------------------------------------- commitments, timeline, stats


def test_commitments_name_the_actor_and_date_them(runner, small_kb):
    rows = run_json(runner, "commitments", "--db", str(small_kb))
    assert [(r["published"], r["actor"], r["kind"]) for r in rows] == [
        ("2023-12-22", "Thành ủy TP.HCM", "proposal"),
        ("2024-04-25", "UBND TP.HCM", "pledge"),
    ]
    assert rows[1]["target_date"] == "2030"


@pytest.mark.parametrize(
    "args, actors",
    [
        (["--actor", "thanh uy"], ["Thành ủy TP.HCM"]),
        (["--actor", "UBND TPHCM"], ["UBND TP.HCM"]),  # an alias
        (["--kind", "PLEDGE"], ["UBND TP.HCM"]),
        (["--since", "2024-01-01"], ["UBND TP.HCM"]),
        (["--since", "2025-01-01"], []),
    ],
)
def test_commitments_filters(runner, small_kb, args, actors):
    rows = run_json(runner, "commitments", *args, "--db", str(small_kb))
    assert [r["actor"] for r in rows] == actors


def test_commitments_since_must_be_a_date(runner, small_kb):
    result = invoke(runner, "commitments", "--since", "last year", "--db", str(small_kb))
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_timeline_lists_dated_facts_in_date_order(runner, small_kb):
    rows = run_json(runner, "timeline", "--db", str(small_kb))
    assert [(r["date"], r["expression"]) for r in rows] == [("2023-12-22", "ngày 22/12/2023"), ("2030", "năm 2030")]
    assert rows[0]["sentence"].startswith("Bí thư")


def test_timeline_of_an_entity_keeps_the_sentences_that_name_it(runner, small_kb):
    rows = run_json(runner, "timeline", "--entity", "C4IR", "--db", str(small_kb))
    assert [r["date"] for r in rows] == ["2023-12-22"]


def test_stats_counts_rows_per_table_and_lists_runs(runner, small_kb):
    s = run_json(runner, "stats", "--db", str(small_kb))
    assert s["tables"]["articles"] == 2 and s["tables"]["entities"] == 5 and s["tables"]["commitments"] == 2
    assert s["entities"] == {"ORG": 3, "PER": 2}
    assert s["articles"]["earliest"] == "2023-12-22" and s["articles"]["latest"] == "2024-04-25"
    assert s["runs"] == []


# ---------------------------------------------------------------- sql


def test_sql_select_as_json(runner, small_kb):
    rows = run_json(runner, "sql", "SELECT name FROM entities WHERE type = 'PER' ORDER BY name", "--db", str(small_kb))
    assert rows == [{"name": "Nguyễn Văn Nên"}, {"name": "Võ Văn Hoan"}]


@pytest.mark.parametrize(
    "statement",
    ["PRAGMA table_info(articles)", "WITH x AS (SELECT 1 AS n) SELECT n FROM x", "EXPLAIN SELECT 1", "/* a comment */ SELECT 1 -- and another"],
)
def test_sql_allows_reading_statements(runner, small_kb, statement):
    result = invoke(runner, "sql", statement, "--db", str(small_kb), "--csv")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM articles",
        "DROP TABLE entities",
        "INSERT INTO runs (command) VALUES ('x')",
        "UPDATE entities SET name = 'x'",
        "PRAGMA journal_mode = WAL",
        "PRAGMA user_version(7)",
        "WITH x AS (SELECT 1) DELETE FROM articles",
        "ATTACH DATABASE 'other.db' AS o",
        "SELECT 1; DELETE FROM articles",
        "VACUUM",
    ],
)
def test_sql_refuses_writes_with_a_clear_message(runner, small_kb, statement):
    before = fingerprint(small_kb)
    result = invoke(runner, "sql", statement, "--db", str(small_kb))
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("error: SQL")
    assert fingerprint(small_kb) == before


def test_sql_json_writes_blobs_as_base64(runner, small_kb):
    rows = run_json(runner, "sql", "SELECT x'00ff' AS b", "--db", str(small_kb))
    assert rows == [{"b": {"$base64": True, "encoded": "AP8="}}]


def test_sql_errors_are_one_line(runner, small_kb):
    result = invoke(runner, "sql", "SELECT * FROM nowhere", "--db", str(small_kb))
    assert result.exit_code == 2 and "no such table: nowhere" in result.stderr


# ---------------------------------------------------------------- the database is only read


def test_query_commands_never_change_the_database(runner, small_kb):
    before = fingerprint(small_kb)
    for args in (["search", "trung"], ["people"], ["orgs"], ["entity", "C4IR"], ["commitments"], ["timeline"], ["stats"],
                 ["sql", "SELECT 1"]):
        assert invoke(runner, *args, "--db", str(small_kb)).exit_code == 0
    assert fingerprint(small_kb) == before
    assert not list(small_kb.parent.glob("*-journal")) and not list(small_kb.parent.glob("*-wal"))


def test_a_missing_database_is_an_error_and_is_not_created(runner, tmp_path):
    missing = tmp_path / "none.sqlite"
    result = invoke(runner, "people", "--db", str(missing))
    assert result.exit_code == 3 and "no such database" in result.stderr
    assert not missing.exists()


def test_the_database_comes_from_C4IR_KB_DB(runner, small_kb, monkeypatch):
    monkeypatch.setenv("C4IR_KB_DB", str(small_kb))
    result = invoke(runner, "stats", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["tables"]["articles"] == 2


@pytest.mark.parametrize(
    "args",
    [["search", "C4IR"], ["people"], ["orgs"], ["commitments"], ["timeline"], ["stats"], ["sql", "SELECT * FROM people_roles"]],
)
def test_every_listing_runs_on_the_real_build(runner, seeds_kb, args):
    result = invoke(runner, *args, "--db", str(seeds_kb), "--json")
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)


# ---------------------------------------------------------------- views and SCHEMA.md


SCHEMA_MD = files("c4ir_kb").joinpath("data/SCHEMA.md").read_text(encoding="utf-8")


def documented() -> dict[str, set[str]]:
    """{table or view: documented columns} from the `### \\`name\\`` sections of SCHEMA.md."""
    parts = re.split(r"^### `(\w+)`\s*$", SCHEMA_MD, flags=re.M)
    return {name: set(re.findall(r"^\| `(\w+)` \|", body, re.M)) for name, body in zip(parts[1::2], parts[2::2])}


def fresh_shape(tmp_path: Path) -> dict[str, set[str]]:
    db = open_db(tmp_path / "fresh.sqlite")
    fts_shadow = re.compile(r"^sentences_fts_(data|idx|docsize|config)$")
    names = [t for t in db.table_names() if not fts_shadow.match(t)] + db.view_names()
    return {t: {c.name for c in db[t].columns} for t in names}


def test_schema_command_prints_SCHEMA_md(runner):
    result = invoke(runner, "schema")
    assert result.exit_code == 0 and result.stdout == SCHEMA_MD


def test_every_table_view_and_column_of_a_fresh_database_is_documented(tmp_path):
    docs = documented()
    for name, columns in fresh_shape(tmp_path).items():
        assert name in docs, f"SCHEMA.md has no section for {name}"
        assert columns <= docs[name], f"{name}: undocumented columns {sorted(columns - docs[name])}"
    for shadow in ("sentences_fts_data", "sentences_fts_idx", "sentences_fts_docsize", "sentences_fts_config"):
        assert shadow in SCHEMA_MD


def test_SCHEMA_md_documents_nothing_that_does_not_exist(tmp_path):
    shape = fresh_shape(tmp_path)
    for name, columns in documented().items():
        assert name in shape, f"SCHEMA.md documents {name}, which a fresh database lacks"
        assert columns <= shape[name], f"{name}: documented but missing {sorted(columns - shape[name])}"


def test_every_view_is_created_and_answers_on_the_real_build(seeds_kb):
    conn = sqlite3.connect(f"file:{seeds_kb}?mode=ro", uri=True)
    stored = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert set(VIEWS) <= stored
    for name in VIEWS:
        conn.execute(f"SELECT * FROM [{name}]").fetchall()


def test_the_example_queries_in_SCHEMA_md_run(seeds_kb):
    conn = sqlite3.connect(f"file:{seeds_kb}?mode=ro", uri=True)
    blocks = re.findall(r"```sql\n(.*?)```", SCHEMA_MD, re.S)
    assert len(blocks) >= len(VIEWS)
    for block in blocks:
        for statement in filter(str.strip, re.sub(r"--[^\n]*", "", block).split(";")):
            conn.execute(statement).fetchall()
