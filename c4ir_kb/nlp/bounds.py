"""Bounded sentence length, so the cost of tagging and of the rules is linear in the input.

A "sentence" the splitter returns can be a whole table dumped as text or a paragraph
without punctuation. The CRF taggers and the per-sentence rules cost more than
linearly in the sentence length, so such a span is cut into pieces of at most
`MAX_SENTENCE` characters, each a sentence of its own with its exact offsets.

A cut is made, in this order of preference, after a clause mark (`;` `,` `:`)
followed by a space, at a space, or (a run with no space at all) at the bound.
Only the back half of a window is searched, so no piece is shorter than half
the bound unless it ends the span. Sentences of ordinary text are far below the
bound (the longest in the test sets has under 400 characters) and are untouched.
"""

from __future__ import annotations

import re

MAX_SENTENCE = 1000  # characters

_CLAUSE = re.compile(r"[;,:](?=\s)")
_SPACE = re.compile(r"\s")


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end the piece that starts at `start` (exclusive; start < cut <= limit)."""
    low = start + (limit - start) // 2
    last = None
    for m in _CLAUSE.finditer(text, low, limit):
        last = m.end()
    if last is not None:
        return last
    for m in _SPACE.finditer(text, low, limit):
        last = m.start()
    if last is not None and last > start:
        return last
    return limit


def bounded(text: str, start: int, end: int, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Split the span text[start:end] into spans of at most `limit` characters, trimmed of spaces."""
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    s = start
    while s < end:
        while s < end and text[s].isspace():
            s += 1
        if s >= end:
            break
        if end - s <= limit:
            pieces.append((s, end))
            break
        e = _cut(text, s, s + limit)
        t = e
        while t > s and text[t - 1].isspace():
            t -= 1
        pieces.append((s, t))
        s = e
    return pieces
