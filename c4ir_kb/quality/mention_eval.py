"""Score entity mentions against a VLSP-style gold (`{"id","text","mentions"}` lines).

conlleval-style: a predicted mention counts only if its type, start and end all equal
a gold mention's in the same line; anything else is one miss and/or one extra. Scores
per type (PER, ORG, LOC) and `micro` over all three; other predicted types are ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from c4ir_kb.quality.evaluate import Score

TYPES = ("PER", "ORG", "LOC")


def _spans(rows: Iterable[dict]) -> dict[str, set[tuple[str, int, int, str]]]:
    spans: dict[str, set[tuple[str, int, int, str]]] = {}
    for row in rows:
        s = spans.setdefault(str(row["id"]), set())
        for m in row.get("mentions") or []:
            if m.get("type") in TYPES:
                s.add((m["type"], int(m["start"]), int(m["end"]), m.get("text", "")))
    return spans


def score_mentions(gold: list[dict], predicted: list[dict]) -> dict[str, Score]:
    """Exact span + type match per gold line id; predictions for ids not in gold are ignored."""
    scores = {t: Score() for t in (*TYPES, "micro")}
    g_all, p_all = _spans(gold), _spans(predicted)
    for rid, g in g_all.items():
        p = p_all.get(rid, set())
        g_keys = {x[:3] for x in g}
        p_keys = {x[:3] for x in p}
        for t, s, e, text in sorted(g, key=lambda x: (x[1], x[2], x[0])):
            sc = scores[t]
            if (t, s, e) in p_keys:
                sc.tp += 1
            else:
                sc.fn += 1
                sc.misses.append(f"{rid}: {t} {text!r}")
        for t, s, e, text in sorted(p, key=lambda x: (x[1], x[2], x[0])):
            if (t, s, e) not in g_keys:
                scores[t].fp += 1
                scores[t].extras.append(f"{rid}: {t} {text!r}")
    micro = scores["micro"]  # counts only: its misses and extras are the per-type lists
    for t in TYPES:
        micro.tp += scores[t].tp
        micro.fp += scores[t].fp
        micro.fn += scores[t].fn
    return scores


def load_gold(path: Path) -> list[dict]:
    """The gold lines; ValueError naming the line if one is not a {"id","text","mentions"} object."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
                raise ValueError('not an object with "id" and "text"')
            if not isinstance(row.get("mentions", []), list):
                raise ValueError('"mentions" is not a list')
        except ValueError as e:
            raise ValueError(f"line {n}: {e}") from None
        rows.append(row)
    return rows


def predict(rows: list[dict], workers: int = 1) -> tuple[list[dict], list[str]]:
    """Run `c4ir-kb extract --jsonl` on the gold lines' texts: predicted rows, and errors."""
    from c4ir_kb.kb.extract_only import extract_articles
    from c4ir_kb.sources.reader import make_article

    articles, errors = [], []
    for row in rows:
        try:
            articles.append(make_article(row["text"], str(row["id"])))
        except ValueError as e:
            errors.append(f"{row['id']}: {e}")
    predicted = []
    for article, obj in extract_articles(articles, with_mentions=True, workers=workers):
        if isinstance(obj, str):
            errors.append(f"{article.source}: {obj}")
        else:
            predicted.append({"id": article.source, "mentions": obj.get("mentions", [])})
    return predicted, errors
