"""Read-only questions to the knowledge base, shared by the query commands.

Every function takes an open database and returns plain rows (lists of dicts), so the
CLI only chooses how to print them. Listings read through the researchers' views
(`views.VIEWS`), inlined as CTEs: the same answers as `SELECT * FROM people_overview`,
even when the database's stored views predate this code.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any, Optional

import sqlite_utils

from c4ir_kb.nlp.normalize import fold, match_key
from c4ir_kb.kb.views import VIEWS


class QueryError(Exception):
    """A question the database cannot answer as asked (bad syntax, unknown name...)."""


class Ambiguous(QueryError):
    def __init__(self, name: str, candidates: list[dict]):
        super().__init__(f"{name!r} matches {len(candidates)} entities; be more specific, or give one as #ID")
        self.candidates = candidates


def _prepare(db: sqlite_utils.Database) -> None:
    """`fold(text)` in SQL: lower case, no diacritics, `đ` -> `d` (the same as text.fold)."""
    db.conn.create_function("c4ir_fold", 1, lambda s: None if s is None else fold(s), deterministic=True)


def _with(*views: str) -> str:
    return "WITH " + ", ".join(f"[{v}] AS ({VIEWS[v]})" for v in views) + "\n"


def _rows(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[dict]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# ---------------------------------------------------------------- search


SNIPPET_TOKENS = 16


def search(
    db: sqlite_utils.Database, query: str, *, limit: int = 50, mark: tuple[str, str] = ("**", "**"), literal: bool = False
) -> list[dict]:
    """Full-text search over sentences, best match first. Diacritics are ignored both in
    the index and in the query (`unicode61 remove_diacritics 2`), except `đ`.

    `query` is FTS5 syntax (`"phrase"`, `OR`, `NOT`, `prefix*`); with `literal`, every
    word is searched as typed. A malformed query raises QueryError."""
    if not query.strip():
        raise QueryError("empty search query")
    if literal:
        query = escape_fts(query)
    sql = """
        SELECT s.id AS sentence_id, a.source, a.title, a.published, s.idx AS sentence_index,
               snippet(sentences_fts, 0, :open, :close, '…', :tokens) AS snippet, s.text AS sentence
        FROM sentences_fts
        JOIN sentences s ON s.rowid = sentences_fts.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH :q
        ORDER BY sentences_fts.rank, a.source, s.idx
        LIMIT :limit"""
    params = {"q": query, "open": mark[0], "close": mark[1], "tokens": SNIPPET_TOKENS, "limit": limit}
    try:
        return _rows(db, sql, params)
    except sqlite3.OperationalError as e:
        msg = str(e)
        if "fts5" in msg or "syntax error" in msg or "unterminated" in msg or "no such column" in msg:
            raise QueryError(f"not a valid full-text query: {query!r} ({msg})") from None
        raise


def escape_fts(query: str) -> str:
    """Every word as a quoted term (Datasette's escaping): operators and punctuation lose meaning."""
    terms = re.findall(r'[^\s"]+', query)
    return " ".join('"' + t + '"' for t in terms) or '""'


# ---------------------------------------------------------------- entities


def _name_filter(alias: str, name: Optional[str]) -> tuple[str, list]:
    """Substring of the name or of any alias, ignoring case and diacritics."""
    if not name:
        return "", []
    return (
        f"""WHERE instr(c4ir_fold({alias}.name), c4ir_fold(?)) > 0
              OR EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = {alias}.id
                         AND instr(c4ir_fold(al.surface), c4ir_fold(?)) > 0)""",
        [name, name],
    )


def people(db: sqlite_utils.Database, name: Optional[str] = None) -> list[dict]:
    _prepare(db)
    where, params = _name_filter("e", name)
    return _rows(
        db,
        _with("people_overview")
        + f"""SELECT v.* FROM people_overview v JOIN entities e ON e.id = v.person_id {where}
              ORDER BY v.person, v.person_id""",
        params,
    )


def orgs(db: sqlite_utils.Database, name: Optional[str] = None) -> list[dict]:
    _prepare(db)
    where, params = _name_filter("e", name)
    return _rows(
        db,
        _with("organisations_overview")
        + f"""SELECT v.* FROM organisations_overview v JOIN entities e ON e.id = v.org_id {where}
              ORDER BY v.organisation, v.org_id""",
        params,
    )


def find_entity(db: sqlite_utils.Database, name: str) -> dict:
    """The one entity NAME means: `#ID`; else an exact name or alias (case, spacing,
    punctuation and tone placement ignored); else a diacritic-insensitive substring.
    Raises QueryError if nothing matches, Ambiguous if several do at the first level that matches."""
    _prepare(db)
    m = re.fullmatch(r"#(\d+)", name.strip())
    if m:
        levels = [("SELECT id, type, name FROM entities WHERE id = ?", [int(m.group(1))])]
    else:
        key = match_key(name)
        levels = [
            ("SELECT id, type, name FROM entities WHERE id IN (SELECT entity_id FROM entity_keys WHERE key = ?) ORDER BY type, name, id", [key]),
            ("SELECT id, type, name FROM entities WHERE id IN (SELECT entity_id FROM aliases WHERE key = ?) ORDER BY type, name, id", [key]),
            ("SELECT id, type, name FROM entities e " + _name_filter("e", name)[0] + " ORDER BY type, name, id", [name, name]),
        ]
    for sql, params in levels:
        found = _rows(db, sql, params)
        if len(found) == 1:
            return found[0]
        if found:
            # an exact display-name match wins over other entities that merely share a key
            exact = [f for f in found if match_key(f["name"]) == match_key(name)]
            if len(exact) == 1:
                return exact[0]
            raise Ambiguous(name, found)
    raise QueryError(f"no entity matches {name!r}")


def entity(db: sqlite_utils.Database, name: str, *, limit: int = 50) -> dict:
    """Everything known about one entity: aliases, roles over time, mentions with their
    sentences, commitments, related (co-mentioned) entities, and counts."""
    ent = find_entity(db, name)
    eid = ent["id"]
    aliases = [r["surface"] for r in _rows(db, "SELECT surface FROM aliases WHERE entity_id = ? ORDER BY surface", [eid])]
    roles = _rows(
        db,
        """SELECT p.name AS person, r.title, o.name AS organisation, a.published, a.source, s.text AS sentence
           FROM roles r JOIN entities p ON p.id = r.person_id LEFT JOIN entities o ON o.id = r.org_id
           JOIN articles a ON a.id = r.article_id LEFT JOIN sentences s ON s.id = r.sentence_id
           WHERE r.person_id = :id OR r.org_id = :id
           ORDER BY a.published IS NULL, a.published, a.source, r.start""",
        {"id": eid},
    )
    mentions = _rows(
        db,
        """SELECT surface, published, source, sentence FROM (""" + VIEWS["entity_mentions"] + """)
           WHERE entity_id = ? ORDER BY published IS NULL, published, source LIMIT ?""",
        [eid, limit],
    )
    commitments = _rows(
        db,
        _with("commitments_view")
        + """SELECT actor, kind, text, object, amount, target_date, published, source
             FROM commitments_view WHERE id IN (
               SELECT id FROM commitments WHERE :id IN (actor_id, person_id, location_id, partner_id))
             ORDER BY published IS NULL, published, source""",
        {"id": eid},
    )
    related = _rows(
        db,
        _with("co_mentions")
        + """SELECT other_id AS id, other_type AS type, other_name AS name, sentences, articles
             FROM co_mentions WHERE entity_id = ? ORDER BY sentences DESC, articles DESC, name LIMIT ?""",
        [eid, limit],
    )
    one = lambda sql: db.execute(sql, [eid]).fetchone()[0]  # noqa: E731
    counts = {
        "mentions": one("SELECT count(*) FROM mentions WHERE entity_id = ?"),
        "articles": one("SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?"),
        "aliases": len(aliases),
        "roles": len(roles),
        "commitments": len(commitments),
        "related": one(
            """SELECT count(DISTINCT m2.entity_id) FROM mentions m1 JOIN mentions m2
               ON m2.sentence_id = m1.sentence_id AND m2.entity_id != m1.entity_id WHERE m1.entity_id = ?"""
        ),
    }
    return {
        **ent,
        "aliases": aliases,
        "counts": counts,
        "roles": roles,
        "mentions": mentions,
        "commitments": commitments,
        "related": related,
    }


# ---------------------------------------------------------------- commitments, timeline


def commitments(
    db: sqlite_utils.Database, *, actor: Optional[str] = None, kind: Optional[str] = None, since: Optional[str] = None
) -> list[dict]:
    """Commitments with actor names and article dates; `actor` is a diacritic-insensitive
    substring of the actor's name or aliases, `since` an ISO date the article is not older than."""
    _prepare(db)
    where, params = ["1"], []
    if actor:
        where.append(
            """(instr(c4ir_fold(v.actor), c4ir_fold(?)) > 0 OR EXISTS (
                  SELECT 1 FROM aliases al WHERE al.entity_id = v.actor_id AND instr(c4ir_fold(al.surface), c4ir_fold(?)) > 0))"""
        )
        params += [actor, actor]
    if kind:
        where.append("lower(v.kind) = lower(?)")
        params.append(kind)
    if since:
        where.append("v.published >= ?")
        params.append(since)
    return _rows(
        db,
        _with("commitments_view")
        + f"""SELECT v.id, v.actor, v.kind, v.text, v.object, v.amount, v.quantity, v.location, v.target_date,
                     v.published, v.source, v.track_id
              FROM commitments_view v WHERE {' AND '.join(where)}
              ORDER BY v.published IS NULL, v.published, v.source, v.id""",
        params,
    )


def commitment_kinds(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT kind FROM commitments ORDER BY kind")]


def timeline(db: sqlite_utils.Database, entity_name: Optional[str] = None) -> dict:
    """Dated facts in date order; with an entity, only those in sentences that name it."""
    ent = find_entity(db, entity_name) if entity_name else None
    where, params = "WHERE t.date IS NOT NULL", []
    if ent:
        where += " AND t.sentence_id IN (SELECT sentence_id FROM mentions WHERE entity_id = ?)"
        params.append(ent["id"])
    rows = _rows(
        db,
        _with("timeline")
        + f"""SELECT t.date, t.precision, t.expression, t.sentence, t.source, t.published
              FROM timeline t {where} ORDER BY t.date, t.source, t.sentence_id""",
        params,
    )
    return {"entity": ent, "facts": rows}


# ---------------------------------------------------------------- stats


def stats(db: sqlite_utils.Database, *, runs: int = 10) -> dict:
    """Row counts per table, what the articles cover, the latest runs."""
    tables = {}
    for t in db.table_names():
        if t.startswith("sentences_fts") or t.startswith("_") or t.startswith("sqlite_"):
            continue
        tables[t] = db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
    by_type = dict(db.execute("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type").fetchall())
    a = _rows(
        db,
        """SELECT count(*) AS articles, count(DISTINCT publisher) AS publishers,
                  min(published) AS earliest, max(published) AS latest FROM articles""",
    )[0]
    recent = _rows(
        db,
        """SELECT id, started_at, finished_at, command, tool_version, extractor_version,
                  articles_new, articles_updated, articles_unchanged, articles_failed
           FROM runs ORDER BY id DESC LIMIT ?""",
        [runs],
    )
    return {"tables": tables, "entities": by_type, "articles": a, "runs": recent}


# ---------------------------------------------------------------- sql


# PRAGMAs that only read, even with an argument: `PRAGMA table_info(articles)`.
READ_PRAGMAS = {
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "foreign_key_check", "integrity_check", "quick_check", "database_list", "collation_list", "function_list",
    "module_list", "pragma_list", "compile_options",
}
_COMMENTS = re.compile(r"(--[^\n]*(\n|$)|/\*.*?(\*/|$))", re.S)


@dataclass
class SqlResult:
    columns: list[str]
    rows: list[tuple]


def check_read_only(statement: str) -> None:
    """Refuse anything but one SELECT / WITH / EXPLAIN / VALUES or a reading PRAGMA.
    (The connection is also opened `mode=ro`: this is for a clear message.)"""
    s = _COMMENTS.sub(" ", statement).strip().rstrip(";").strip()
    if not s:
        raise QueryError("empty SQL statement")
    word = re.match(r"\w+", s)
    first = word.group().upper() if word else ""
    if first in ("SELECT", "WITH", "EXPLAIN", "VALUES"):
        return
    if first == "PRAGMA":
        m = re.fullmatch(r"PRAGMA\s+(?:\w+\s*\.\s*)?(\w+)\s*(\(\s*[^)]*\))?", s, re.I)
        if m and (m.group(2) is None or m.group(1).lower() in READ_PRAGMAS):
            return
        raise QueryError("only PRAGMAs that read are allowed (no `=`, no setting arguments)")
    raise QueryError(f"only read-only statements are allowed (SELECT, WITH, EXPLAIN, PRAGMA), not {first or s[:20]!r}")


def run_sql(db: sqlite_utils.Database, statement: str, params: Optional[dict] = None, *, limit: Optional[int] = None) -> SqlResult:
    check_read_only(statement)
    _prepare(db)
    db.execute("PRAGMA query_only = ON")
    try:
        cur = db.conn.execute(statement, params or {})
        rows = cur.fetchmany(limit) if limit else cur.fetchall()
    except sqlite3.Warning as e:  # e.g. more than one statement
        raise QueryError(str(e)) from None
    except (sqlite3.OperationalError, sqlite3.ProgrammingError) as e:
        msg = str(e)
        if "readonly" in msg or "query_only" in msg or "read-only" in msg:
            raise QueryError(f"refused: the database is opened read-only ({msg})") from None
        raise QueryError(msg) from None
    return SqlResult([d[0] for d in cur.description or []], rows)
