"""Vietnamese date expressions -> ISO 8601 values (issues 4 and 12).

`extract_dates(doc)` reads the dates of an analysed article; `parse_dates(text,
published)` does the same on a plain string (no NLP needed, sentence = 0).

Values are ISO 8601 at the precision the text gives:

- day `2024-01-16`, month `2024-06`, quarter `2026-Q2`, year `2025`;
- intervals `2023/2026`, `2024-01-16/2024-01-20` (precision `interval`);
- a day, month or quarter whose year is unknown: `--01-16`, `--06`, `--Q2`.

Year of a yearless day/month/quarter (`year_source`):

1. `text`: written (`16/1/2024`, `tháng 6/2024`, or by the other end of a range);
2. `published`: the year that puts the date nearest to `article.published`
   (`22/12` published 2025-01-03 -> 2024-12-22); also `30/4 năm nay`;
3. `article`: the most frequent year of the article's own explicit day- or
   month-precision dates (ties -> a year written with a full day, then the latest);
   year-only mentions never anchor;
4. `unresolved`: `--MM-DD`.

The clock is never read. Relative expressions (`hôm qua`, `năm tới`, `tuần sau`)
need the publication date: without one they are omitted (a value is required and
a guess from the clock is not allowed).

The grammar finds a core (`16/1`, `tháng 6/2024`, `năm 2025`, ...), extends it
to the left with the words the gold keeps in the span (`ngày`, `mùng`, a weekday,
a part of day, `đầu`/`cuối`, `giai đoạn`), drops document numbers, scores,
fractions and quantities, keeps the longest of overlapping matches, then joins
`từ X đến Y` / `X - Y` into intervals. All words come from `data/dates.json`; the
README's "Dates" section states the semantics (weekdays, weeks, half-years, two-digit years).

Modules, in pipeline order:

- `grammar`: `dates.json` loaded once and compiled (`_Grammar.rx`: rule name -> pattern);
- `numbers`: spelled-out numbers turned into digits in place (same length, offsets kept);
- `forms`, `periods`, `weekdays`, `festivals`: one handler per rule, regex match -> `_Match` or None;
- `notdates`, `context`: the words around a match that make it no date, or grow its span;
- `joins`: longest of overlapping matches, ranges and listed days joined;
- `resolve`: years, relative values against `published`, `DateMention` records;
- `calendar`, `model`: date arithmetic that cannot throw, the raw match records.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from c4ir_kb.extract.dates.grammar import lexicon
from c4ir_kb.extract.dates.resolve import _dates
from c4ir_kb.models import DateMention, Document
from c4ir_kb.nlp.normalize import normalize_same_length
from c4ir_kb.sources.reader import headline

__all__ = ["extract_dates", "parse_dates", "lexicon"]


def parse_dates(text: str, published: Optional[date] = None) -> list[DateMention]:
    """Dates in a plain string (sentence = 0); `published` anchors yearless and relative dates."""
    norm = normalize_same_length(text)
    return _dates(norm, text, published, lambda _s: 0)


def extract_dates(doc: Document) -> list[DateMention]:
    """Dates of an analysed article: spans into `doc.article.text`, sentence indexes from `doc`."""
    if not doc.sentences:
        return _dates(doc.norm, doc.article.text, doc.article.published, lambda _s: 0)
    out = _dates(doc.norm, doc.article.text, doc.article.published, lambda s: doc.sentence_at(s).index)
    return _drop_headline_repeats(out, doc.article.text)


def _drop_headline_repeats(out: list[DateMention], text: str) -> list[DateMention]:
    """A headline's date that the body states again (`… từ năm 2027` in the title and in the lead) adds nothing."""
    title = headline(text)
    if not title:
        return out
    body = {d.value for d in out if d.start >= len(title)}
    return [d for d in out if d.start >= len(title) or d.value not in body]
