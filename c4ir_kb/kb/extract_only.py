"""Extraction without a knowledge base (`c4ir-kb extract`).

Each article goes through the very same store and export code, into a private
in-memory database, so what `extract` prints is exactly what `ingest` would store.
The database is made once: each article is saved inside a transaction, read back as its
extraction-v1 object, and rolled back, so the next one finds it as empty as a new one
(building a new database for every article — migrations, full-text index, views — cost
more than saving the article).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional

from c4ir_kb.kb.export import article_object, find_article
from c4ir_kb.models import Article, Extraction
from c4ir_kb.extract.pipeline import extract_many, extractor_version
from c4ir_kb.kb.store import open_db, save_extraction, start_run


def extract_articles(
    articles: Iterable[Article], *, with_mentions: bool = False, workers: int = 1, on_warning: Optional[Callable[[str], None]] = None
) -> Iterator[tuple[Article, dict | str]]:
    version = extractor_version()
    db = open_db(":memory:")
    run_id = start_run(db, "extract", version)  # one run row, kept: each article is rolled back
    try:
        for article, result in extract_many(articles, workers=workers):
            if isinstance(result, str):
                yield article, result
                continue
            if on_warning:
                for w in result.warnings:
                    on_warning(f"{article.path or article.source}: {w}")
            yield article, _stored_object(db, article, result, run_id, version, with_mentions)
    finally:
        db.close()


def _stored_object(db, article: Article, result: Extraction, run_id: int, version: str, with_mentions: bool) -> dict:
    """The article's object as the store would give it, leaving the database empty again."""
    db.execute("BEGIN")
    try:
        save_extraction(db, result, run_id, version)
        names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM entities")}
        row = find_article(db, article.id)
        assert row is not None
        return article_object(db, row, names, with_mentions=with_mentions)
    finally:
        db.execute("ROLLBACK")
