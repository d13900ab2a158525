"""Article -> Extraction: NLP once, then every extractor component, each one guarded.

`extract_many` is the seam between reading and storing: an iterator of Articles in,
an iterator of (Article, Extraction or error message) out, in input order, with a
bounded number of articles in flight, so the store writes deterministically and memory
stays flat whatever the corpus size. Another execution engine plugs in here.

A component that raises costs its own findings, never the article: it is run again one
sentence at a time, and only the sentences where it still fails lose that component's
findings (reported in `Extraction.warnings`).
"""

from __future__ import annotations

import hashlib
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from c4ir_kb.models import Article, Document, Extraction, Sentence

_PKG = Path(__file__).resolve().parents[1]  # the c4ir_kb package
# Files whose change alters what is extracted: a new version re-extracts stored articles.
_EXTRACTION_SOURCES = ("nlp", "models.py", "extract", "data")
_DOCS = {"SCHEMA.md", "datasette.json"}  # documentation in data/ does not change what is extracted
# Articles submitted to worker processes and not yet handed back, per worker.
IN_FLIGHT_PER_WORKER = 4

T = TypeVar("T")


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
    from c4ir_kb.extract.entities import EntityResult, extract_entities
    from c4ir_kb.extract.progress import extract_progress
    from c4ir_kb.nlp.analysis import analyze

    doc = analyze(article)
    warnings: list[str] = []
    ents = _guarded("entities", extract_entities, doc, warnings, _join_entities, EntityResult)
    dates = _guarded("dates", extract_dates, doc, warnings, _join_lists, list)
    commitments = _guarded(
        "commitments",
        lambda d: extract_commitments(d, ents.entities, ents.mentions, dates),
        doc,
        warnings,
        _join_lists,
        list,
    )
    progress = _guarded(
        "progress", lambda d: extract_progress(d, ents.mentions, dates, commitments), doc, warnings, _join_lists, list
    )
    return Extraction(
        document=doc,
        author=ents.author,
        entities=ents.entities,
        mentions=ents.mentions,
        roles=ents.roles,
        dates=dates,
        commitments=commitments,
        progress=progress,
        warnings=warnings,
    )


# ---------------------------------------------------------------- the guard


def _guarded(
    name: str,
    component: Callable[[Document], T],
    doc: Document,
    warnings: list[str],
    join: Callable[[list[tuple[Sentence, T]]], T],
    empty: Callable[[], T],
) -> T:
    """The component on the whole document; if it raises, on each sentence alone (the
    rest of the text blanked, offsets unchanged), keeping what the good sentences give."""
    try:
        return component(doc)
    except Exception as e:  # any bug in a component: contained here, reported as a warning
        first = _describe(e)
    parts: list[tuple[Sentence, T]] = []
    lost: list[str] = []
    for sent in doc.sentences:
        try:
            parts.append((sent, component(isolate(doc, sent))))
        except Exception as e:
            lost.append(f"{sent.index + 1} ({_describe(e)})")
    if not doc.sentences:
        warnings.append(f"{name} extraction failed ({first}): no {name} for this article")
    elif lost:
        warnings.append(f"{name} extraction failed in sentence {', '.join(lost)}: its {name} there are dropped, the rest of the article is kept")
    else:
        warnings.append(f"{name} extraction failed on the whole article ({first}) but not sentence by sentence: {name} found without cross-sentence context")
    return join(parts) if parts else empty()


def _describe(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"[:200]


def isolate(doc: Document, sent: Sentence) -> Document:
    """The document reduced to one sentence: every other character blanked (newlines kept),
    so lengths and offsets are those of the real text."""

    def blank(text: str) -> str:
        outside = lambda part: "".join(c if c == "\n" else " " for c in part)  # noqa: E731
        return outside(text[: sent.start]) + text[sent.start : sent.end] + outside(text[sent.end :])

    article = doc.article.model_copy(update={"text": blank(doc.article.text)})
    return Document(article=article, norm=blank(doc.norm), sentences=[sent])


def _inside(sent: Sentence, obj) -> bool:
    return sent.start <= obj.start and obj.end <= sent.end


def _join_lists(parts: list[tuple[Sentence, list]]) -> list:
    return [x for sent, found in parts for x in found if _inside(sent, x)]


def _join_entities(parts: list[tuple[Sentence, object]]):
    """Entity results of single sentences as one: local ids made unique per sentence (the
    store links entities across sentences and articles by their keys, as always)."""
    from c4ir_kb.extract.entities import EntityResult

    out = EntityResult()
    for sent, res in parts:
        tag = lambda local: f"s{sent.index}:{local}" if local else local  # noqa: E731
        mentions = [m.model_copy(update={"entity": tag(m.entity)}) for m in res.mentions if _inside(sent, m)]
        used = {m.entity for m in mentions}
        roles = [r.model_copy(update={"person": tag(r.person), "org": tag(r.org)}) for r in res.roles if _inside(sent, r)]
        used |= {r.person for r in roles} | {r.org for r in roles if r.org}
        out.entities += [e.model_copy(update={"id": tag(e.id)}) for e in res.entities if tag(e.id) in used]
        out.mentions += mentions
        out.roles += roles
        out.author = out.author or res.author
    out.mentions.sort(key=lambda m: m.start)
    return out


# ---------------------------------------------------------------- many articles


def safe_extract(article: Article) -> Extraction | str:
    """In a worker, an error outside the guarded components (reading the text, the NLP
    stage) becomes a message for that article, not a dead pool."""
    try:
        return extract(article)
    except Exception as e:  # reported per article by the caller
        return f"extraction failed: {type(e).__name__}: {e}"


def extract_many(
    articles: Iterable[Article], workers: int = 1, in_flight: Optional[int] = None
) -> Iterator[tuple[Article, Extraction | str]]:
    """Extractions in input order, reading `articles` lazily: at most `in_flight`
    (default IN_FLIGHT_PER_WORKER per worker) articles are held at any time."""
    it = iter(articles)
    if workers <= 1:
        for a in it:
            yield a, safe_extract(a)
        return
    head = [a for _, a in zip(range(2), it)]
    if len(head) <= 1:  # one article: not worth starting processes
        for a in head:
            yield a, safe_extract(a)
        return
    limit = max(in_flight or workers * IN_FLIGHT_PER_WORKER, 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for a in _chain(head, it):
            pending.append((a, pool.submit(safe_extract, a)))
            if len(pending) >= limit:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _chain(head: list[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from head
    yield from rest
