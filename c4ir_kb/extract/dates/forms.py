"""Parsing of the written forms: every grammar rule over the text, the longest of overlapping
matches, ranges joined into intervals and days listed with one month."""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.extract.dates.context import _extend_left, _preceded_by, _tail_match
from c4ir_kb.extract.dates.grammar import _Grammar
from c4ir_kb.extract.dates.model import _key, _Match, _Point, _valid
from c4ir_kb.extract.dates.notdates import _bare_rejected, _legal_number

def _month(tok: str, g: _Grammar, original: str) -> Optional[int]:
    if tok.isdigit():
        return int(tok)
    key = " ".join(tok.lower().split())
    if key not in g.months:
        return None
    if key not in g.any_case and not original[:1].isupper():
        return None  # `tháng hai lần`, `năm tháng`: only `tháng Hai` is a month
    return g.months[key]


def _year_suffix(mo: re.Match, g: _Grammar, p: _Point) -> None:
    gd = mo.groupdict()
    for k in ("y", "yw", "yc"):
        if gd.get(k):
            p.y, p.ysrc = int(gd[k]), "text"
            return
    if gd.get("yr"):
        p.yrel = g.rel_years[" ".join(gd["yr"].lower().split())]


def _find(norm: str, g: _Grammar) -> list[_Match]:
    out: list[_Match] = []
    for name, rx in g.rx:
        for mo in rx.finditer(norm):
            s, e = mo.span()
            gd = mo.groupdict()
            if name in ("dmy", "dm"):
                p = _Point("day", d=int(gd["d"]), m=int(gd["m"]))
                if name == "dmy":
                    p.y, p.ysrc = int(gd["y"]), "text"
                else:
                    _year_suffix(mo, g, p)
                if not _valid(p, g) or _legal_number(norm, s, e, g):
                    continue
                m = _Match(s, e, "point", a=p)
                grown = _extend_left(m, norm, g, g.ext_day)
                if name == "dm" and not grown and p.y is None and p.yrel is None:
                    if _bare_rejected(norm, s, e, g):
                        continue
                    m.bare = True
                out.append(m)
            elif name == "long":
                mon = _month(gd["m"], g, norm[mo.start("m") : mo.end("m")])
                if mon is None:
                    continue
                p = _Point("day", d=int(gd["d"]), m=mon)
                _year_suffix(mo, g, p)
                if not _valid(p, g):
                    continue
                m = _Match(s, e, "point", a=p)
                _extend_left(m, norm, g, g.ext_day[2:])
                out.append(m)
            elif name == "lunar":
                p = _Point("day", d=int(gd["d"]), inherit_month=True)
                if not 1 <= p.d <= 31:
                    continue
                m = _Match(s, e, "point", a=p)
                _extend_left(m, norm, g, g.ext_day[1:])
                out.append(m)
            elif name == "month":
                mon = _month(gd["m"], g, norm[mo.start("m") : mo.end("m")])
                if mon is None:
                    continue
                p = _Point("month", m=mon)
                _year_suffix(mo, g, p)
                if not _valid(p, g):
                    continue
                if _preceded_by(g.month_not_after, norm, s) or g.month_not_before.match(norm, mo.end("m")):
                    continue  # `mỗi tháng 2 lần`
                m = _Match(s, e, "point", a=p)
                _extend_left(m, norm, g, g.ext_period)
                out.append(m)
            elif name == "quarter":
                qt = gd["q"].lower()
                p = _Point("quarter", q=int(qt) if qt.isdigit() else g.roman[qt])
                _year_suffix(mo, g, p)
                if not _valid(p, g):
                    continue
                m = _Match(s, e, "point", a=p)
                _extend_left(m, norm, g, g.ext_period)
                out.append(m)
            elif name == "year":
                p = _Point("year", y=int(gd["y"]), ysrc="text")
                if not _valid(p, g):
                    continue
                m = _Match(s, e, "point", a=p)
                _extend_left(m, norm, g, g.ext_period)
                out.append(m)
            elif name == "year_range":
                if gd["c"].lower() in g.to_words and not gd["from"]:
                    continue
                a = _Point("year", y=int(gd["y1"]), ysrc="text")
                b = _Point("year", y=int(gd["y2"]), ysrc="text")
                if not (_valid(a, g) and _valid(b, g) and a.y < b.y) or _legal_number(norm, s, e, g):
                    continue
                m = _Match(s, e, "interval", a=a, b=b)
                _extend_left(m, norm, g, g.ext_range)
                out.append(m)
            elif name == "day_range":
                if gd["c"].lower() in g.to_words and not gd["from"]:
                    continue
                if gd["s"] == "." and not gd["y"]:
                    continue
                mon = int(gd["m"])
                y = int(gd["y"]) if gd["y"] else None
                a = _Point("day", d=int(gd["d1"]), m=mon, y=y, ysrc="text" if y else None)
                b = _Point("day", d=int(gd["d2"]), m=mon, y=y, ysrc="text" if y else None)
                if not (_valid(a, g) and _valid(b, g) and a.d < b.d) or _legal_number(norm, s, e, g):
                    continue
                m = _Match(s, e, "interval", a=a, b=b)
                _extend_left(m, norm, g, g.ext_range)
                out.append(m)
            elif name == "month_range":
                if gd["c"].lower() in g.to_words and not gd["from"]:
                    continue
                a = _Point("month", m=int(gd["m1"]))
                b = _Point("month", m=int(gd["m2"]))
                _year_suffix(mo, g, b)
                a.y, a.ysrc, a.yrel = b.y, b.ysrc, b.yrel
                if not (_valid(a, g) and _valid(b, g) and a.m < b.m):
                    continue
                m = _Match(s, e, "interval", a=a, b=b)
                _extend_left(m, norm, g, g.ext_range)
                out.append(m)
            elif name == "relative":
                key = " ".join(mo.group().lower().split())
                unit, off = g.relative[key]
                if unit != "day" and (_preceded_by(g.rel_not_after, norm, s) or _preceded_by(re.compile(r"\d$"), norm, s)):
                    continue  # `3 năm tới`, `những năm tới` are durations
                if g.rel_not_before.match(norm, e):
                    continue  # `năm trước đó`
                m = _Match(s, e, "relative", rel=(unit, off), rule="date-relative")
                _extend_left(m, norm, g, g.ext_day[1:] if unit == "day" else g.ext_period)
                out.append(m)
    return out


def _longest(ms: list[_Match]) -> list[_Match]:
    kept: list[_Match] = []
    for m in sorted(ms, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _key(p: _Point) -> tuple:
    return (p.m or 0, p.d or 0, p.q or 0)


def _join_ranges(ms: list[_Match], norm: str, g: _Grammar) -> list[_Match]:
    """`từ 16/1 đến 20/1/2024`, `tháng 6/2024 - tháng 3/2025` -> one interval."""
    out: list[_Match] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if i + 1 < len(ms):
            n = ms[i + 1]
            j = g.join.match(norm[m.end : n.start])
            if (
                j
                and m.kind == n.kind == "point"
                and m.a.precision == n.a.precision
                and m.a.precision != "year"
                and not m.a.inherit_month
                and not n.a.inherit_month
            ):
                frm = _tail_match(g.from_tail, norm, m.start)
                if frm is not None or not j.group("to"):
                    a, b = m.a, n.a
                    if a.y is None and b.y is not None:
                        a.y, a.ysrc = (b.y if _key(a) <= _key(b) else b.y - 1), b.ysrc
                    elif b.y is None and a.y is not None:
                        b.y, b.ysrc = (a.y if _key(a) <= _key(b) else a.y + 1), a.ysrc
                    if a.yrel is None and b.yrel is not None and a.y is None:
                        a.yrel = b.yrel if _key(a) <= _key(b) else b.yrel - 1
                    start = frm if frm is not None else m.start
                    out.append(_Match(start, n.end, "interval", a=a, b=b))
                    i += 2
                    continue
        out.append(m)
        i += 1
    return out


def _listed_days(ms: list[_Match], norm: str, g: _Grammar) -> list[_Match]:
    """`ngày 11 và 12/6`: a bare day listed before a day/month shares its month and year; two
    consecutive days are one interval (`2026-06-11/2026-06-12`), else the first is a date of its own."""
    out: list[_Match] = []
    for m in ms:
        if m.kind == "point" and m.a.precision == "day" and m.a.m and not m.a.inherit_month:
            lm = g.listed_day.search(norm, max(0, m.start - 20), m.start)
            if lm is not None and lm.end() == m.start and not any(o.end > lm.start() for o in out):
                d1 = int(lm.group("d"))
                if 1 <= d1 < (m.a.d or 0):
                    first = _Point("day", d=d1, m=m.a.m, y=m.a.y, ysrc=m.a.ysrc, yrel=m.a.yrel)
                    if d1 + 1 == m.a.d:
                        out.append(_Match(lm.start(), m.end, "interval", a=first, b=m.a, rule=m.rule))
                    else:
                        out.append(_Match(lm.start(), lm.start("d") + len(lm.group("d")), "point", a=first, rule=m.rule))
                        out.append(m)
                    continue
        out.append(m)
    return out

