"""Article -> Extraction: NLP once, then every extractor, in one function.

`extract_many` spreads the work over processes; results come back in input
order so the store writes them deterministically.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator

from c4ir_kb.models import Article, Extraction

_PKG = Path(__file__).resolve().parents[1]  # the c4ir_kb package
# Files whose change alters what is extracted: a new version re-extracts stored articles.
_EXTRACTION_SOURCES = ("nlp", "models.py", "extract", "data")
_DOCS = {"SCHEMA.md", "datasette.json"}  # documentation in data/ does not change what is extracted


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    for name in _EXTRACTION_SOURCES:
        p = _PKG / name
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix != ".pyc" and f.name not in _DOCS) if p.is_dir() else [p]
        for f in files:
            h.update(f.relative_to(_PKG).as_posix().encode())
            h.update(f.read_bytes())
    try:
        h.update(metadata.version("underthesea").encode())
    except metadata.PackageNotFoundError:
        pass
    return h.hexdigest()[:12]


def extract(article: Article) -> Extraction:
    from c4ir_kb.extract.commitments import extract_commitments
    from c4ir_kb.extract.dates import extract_dates
    from c4ir_kb.extract.entities import extract_entities
    from c4ir_kb.extract.progress import extract_progress
    from c4ir_kb.nlp.analysis import analyze

    doc = analyze(article)
    ents = extract_entities(doc)
    dates = extract_dates(doc)
    commitments = extract_commitments(doc, ents.entities, ents.mentions, dates)
    return Extraction(
        document=doc,
        author=ents.author,
        entities=ents.entities,
        mentions=ents.mentions,
        roles=ents.roles,
        dates=dates,
        commitments=commitments,
        progress=extract_progress(doc, ents.mentions, dates, commitments),
    )


def safe_extract(article: Article) -> Extraction | str:
    """In a worker, an extractor bug becomes a message for that article, not a dead pool."""
    try:
        return extract(article)
    except Exception as e:  # reported per article by the caller
        return f"extraction failed: {type(e).__name__}: {e}"


def extract_many(articles: Iterable[Article], workers: int = 1) -> Iterator[tuple[Article, Extraction | str]]:
    items = list(articles)
    if workers <= 1 or len(items) <= 1:
        for a in items:
            yield a, safe_extract(a)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # chunksize 1: articles vary in length, and order is kept by map anyway
        for a, result in zip(items, pool.map(safe_extract, items, chunksize=1)):
            yield a, result
