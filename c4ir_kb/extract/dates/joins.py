"""After the rules: the longest of overlapping matches, ranges joined into intervals and days
listed with one month (`ngày 11 và 12/6`)."""

from __future__ import annotations

import re

from c4ir_kb.extract.dates.context import _tail_match
from c4ir_kb.extract.dates.grammar import _Grammar
from c4ir_kb.extract.dates.model import _key, _Match, _Point
from c4ir_kb.models import DateMention


def _longest(ms: list[_Match]) -> list[_Match]:
    kept: list[_Match] = []
    for m in sorted(ms, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _key(p: _Point) -> tuple:
    return (p.m or 0, p.d or 0, p.q or 0)


def _joined_start(gap: str, norm: str, start: int, g: _Grammar) -> int | None:
    """May two dates with `gap` written between them be one interval (`từ 16/1 đến 20/1`,
    `16/1 - 20/1`)? A `đến` needs a `từ` before the first date; the joined span starts at that
    `từ` when there is one, else at the first date (None: no join)."""
    j = g.join.match(gap)
    if not j:
        return None
    frm = _tail_match(g.from_tail, norm, start)
    if frm is None and j.group("to"):
        return None
    return frm if frm is not None else start


def _join_ranges(ms: list[_Match], norm: str, g: _Grammar) -> list[_Match]:
    """`từ 16/1 đến 20/1/2024`, `tháng 6/2024 - tháng 3/2025` -> one interval."""
    out: list[_Match] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if i + 1 < len(ms):
            n = ms[i + 1]
            if (
                m.kind == n.kind == "point"
                and m.a.precision == n.a.precision
                and m.a.precision != "year"
                and not m.a.inherit_month
                and not n.a.inherit_month
                and (start := _joined_start(norm[m.end : n.start], norm, m.start, g)) is not None
            ):
                a, b = m.a, n.a
                if a.y is None and b.y is not None:
                    a.y, a.ysrc = (b.y if _key(a) <= _key(b) else b.y - 1), b.ysrc
                elif b.y is None and a.y is not None:
                    b.y, b.ysrc = (a.y if _key(a) <= _key(b) else a.y + 1), a.ysrc
                if a.yrel is None and b.yrel is not None and a.y is None:
                    a.yrel = b.yrel if _key(a) <= _key(b) else b.yrel - 1
                out.append(_Match(start, n.end, "interval", a=a, b=b, rule=g.rule_ids["joined"]))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def _listed_days(ms: list[_Match], norm: str, g: _Grammar) -> list[_Match]:
    """`ngày 11 và 12/6`, `(4, 5 và 6/3)`: bare days listed before a day/month share its month and
    year; consecutive days are one interval (`2026-06-11/2026-06-12`), else each is a date of its own."""
    out: list[_Match] = []
    for m in ms:
        if m.kind == "point" and m.a.precision == "day" and m.a.m and not m.a.inherit_month:
            lm = g.listed_day.search(norm, max(0, m.start - 40), m.start)
            while lm is not None and lm.end() != m.start:
                lm = g.listed_day.search(norm, lm.start() + 1, m.start)
            if lm is not None and not any(o.end > lm.start() for o in out):
                firsts = [(int(mo.group()), mo.start(), mo.end()) for mo in _NUMBER.finditer(norm, lm.start("d"), lm.end("more") if lm["more"] else lm.end("d"))]
                days = [d for d, _, _ in firsts] + [m.a.d or 0]
                if all(1 <= a < b for a, b in zip(days, days[1:])):
                    start = lm.start() if norm[lm.start()] != "(" else lm.start("d")
                    if all(b == a + 1 for a, b in zip(days, days[1:])):
                        first = _Point("day", d=days[0], m=m.a.m, y=m.a.y, ysrc=m.a.ysrc, yrel=m.a.yrel)
                        out.append(_Match(start, m.end, "interval", a=first, b=m.a, rule=g.rule_ids["listed_days"]))
                        continue
                    for i, (d, s, e) in enumerate(firsts):
                        p = _Point("day", d=d, m=m.a.m, y=m.a.y, ysrc=m.a.ysrc, yrel=m.a.yrel)
                        out.append(_Match(start if i == 0 else s, e, "point", a=p, rule=m.rule))
                    out.append(m)
                    continue
        out.append(m)
    return out


_NUMBER = re.compile(r"\d{1,2}")
_DAY_WORD_END = re.compile(r"\s+ngày\s*$", re.I)


def _weekday_beside(ms: list[_Match], norm: str) -> list[_Match]:
    """`ngày 5/5/2025 (thứ Hai)`, `5/5/2025, thứ Hai`: a bare weekday right after a day is that
    day's, checked against it (the span grows over it), not a day of its own."""
    out: list[_Match] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "relative"
            and m.rel[0] == "weekday"
            and m.rel[2] in ("past", "coming")
            and prev.kind == "point"
            and prev.a.precision == "day"
            and _BESIDE.match(norm[prev.end : m.start])
        ):
            prev.end = m.end + 1 if "(" in norm[prev.end : m.start] and norm[m.end : m.end + 1] == ")" else m.end
            continue
        out.append(m)
    return out


_BESIDE = re.compile(r"^\s*[(,]\s*$")


def join_lunar_days(out: list[DateMention], lunar: set[int], norm: str, text: str, g: _Grammar) -> list[DateMention]:
    """`từ ngày 25 tháng Chạp năm Ất Tỵ đến mồng 2 tháng Giêng năm Bính Ngọ`: two lunar days
    joined like solar ones are one interval; their solar values are only known once resolved,
    so they are joined here, after the ranges of written dates."""
    joined: list[DateMention] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        start = None
        if b is not None and {i, i + 1} <= lunar and a.value < b.value:
            lm = g.lunar_after.match(norm, a.end)  # `… âm lịch đến …`
            gap = norm[lm.end() if lm else a.end : b.start]
            start = _joined_start(_DAY_WORD_END.sub("", gap), norm, a.start, g)  # `… đến ngày mồng 2 …`: the day's noun before the second
        if b is not None and start is not None:
            source = a.year_source if a.year_source != "text" else b.year_source
            joined.append(
                DateMention(
                    text=text[start : b.end], start=start, end=b.end, sentence=a.sentence,
                    value=f"{a.value}/{b.value}", precision="interval", year_source=source, rule=g.rule_ids["joined"],
                )
            )
            i += 2
            continue
        joined.append(a)
        i += 1
    return joined
