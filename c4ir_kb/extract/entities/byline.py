"""Component 1, byline: the author on the article's last short line.

Reads: the text. Claims: nothing; sets `v.author` and `v.limit` (the byline's start),
so later components leave the byline alone.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView


def byline(v: DocView) -> tuple[str | None, int]:
    """Author from a short last line; returns (author, start offset of the byline or len)."""
    R = rules()
    s = v.s
    stripped = s.rstrip()
    ls = stripped.rfind("\n") + 1
    line = stripped[ls:].strip()
    if not line or "\n" not in stripped:
        return None, len(s)
    lead = len(stripped[ls:]) - len(stripped[ls:].lstrip())
    start = ls + lead
    text = line.strip("() ")
    m = R.patterns["byline-source"].match(text)
    if m and (len(m.group(2).split()) > 8 or "," in m.group(2) or R.patterns["byline-sentence"].search(m.group(2))):
        m = None  # `Theo đại diện X, công ty sẽ ...`: a sentence, not a byline
    if m:
        return v.doc.article.text[start : start + len(line)].strip("() ")[len(m.group(1)) :].strip(": "), start
    text2 = R.patterns["byline-compiled"].sub("", text)
    words = text2.split()
    if 1 <= len(words) <= 5 and not re.search(r"[.!?:;,\"“”]$", text2) and all(w[:1].isupper() or w[:1] in "-–" for w in words):
        return v.doc.article.text[start : start + len(text2)], start
    return None, len(s)


def find_byline(v: DocView) -> None:
    v.author, v.limit = byline(v)
