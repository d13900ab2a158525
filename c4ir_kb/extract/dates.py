"""Vietnamese date expressions -> ISO 8601 values (issue 4).

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
`từ X đến Y` / `X - Y` into intervals. All words come from `data/dates.json`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional

from c4ir_kb.models import DateMention, Document
from c4ir_kb.sources.reader import headline
from c4ir_kb.nlp.normalize import normalize_same_length

__all__ = ["extract_dates", "parse_dates", "lexicon"]

_I = re.IGNORECASE


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The date lexicon (`c4ir_kb/data/dates.json`), loaded once."""
    return json.loads((resources.files("c4ir_kb") / "data" / "dates.json").read_text(encoding="utf-8"))


def _alt(words) -> str:
    """Regex alternation, longest first, words separated by any whitespace."""
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws)


# ---------------------------------------------------------------- grammar


class _Grammar:
    def __init__(self, lex: dict):
        self.lex = lex
        self.months = {k: v for k, v in lex["month_names"].items()}
        self.any_case = set(lex["month_names_any_case"])
        self.roman = lex["roman_quarters"]
        self.rel_years = lex["relative_years"]
        self.relative = {k: tuple(v) for k, v in lex["relative"].items() if v}
        self.ymin, self.ymax = lex["year_min"], lex["year_max"]

        L = r"(?<![\w./,\-])"  # a number starts here
        G = r"(?![\w%]|[.,/\-]\d|[/\-]\s*[^\W\d_])"  # ...and ends here (not 4.0, 25%, 12/3/QĐ)
        Y = r"\d{4}"
        MN = _alt(self.months)
        REL = _alt(self.rel_years)
        dash = "|".join(re.escape(d) for d in lex["range_dashes"])
        to = _alt(lex["range_to_words"])
        frm = _alt(lex["range_from"])
        # year after a month/quarter/day: /2024, -2024, năm 2024, năm nay
        ysuf = rf"(?:\s*[/\-]\s*(?P<y>{Y})|\s*,?\s+năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL}))|\s*,\s*(?P<yc>{Y}))"
        ysuf_word = rf"(?:\s*,?\s+năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL})))"

        self.rx: list[tuple[str, re.Pattern]] = [
            ("dmy", re.compile(rf"{L}(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})(?P=s)(?P<y>{Y}){G}", _I)),
            ("dm", re.compile(rf"{L}(?P<d>\d{{1,2}})(?P<s>[/\-])(?P<m>\d{{1,2}})(?:{ysuf_word}(?!\w))?{G}", _I)),
            (
                "long",
                re.compile(
                    rf"(?<!\w)(?:ngày|{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}",
                    _I,
                ),
            ),
            (
                "lunar",
                re.compile(rf"(?<!\w)(?:{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})(?![\w/\-.,]\d|\w|\s*[/\-]|\s+tháng|\s+tết)", _I),
            ),
            ("month", re.compile(rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}", _I)),
            ("quarter", re.compile(rf"(?<!\w)quý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)(?:{ysuf})?{G}", _I)),
            ("year", re.compile(rf"(?<!\w)năm\s+(?P<y>{Y}){G}", _I)),
            (
                "year_range",
                re.compile(
                    rf"{L}(?:(?P<from>{frm})\s+)?(?:năm\s+)?(?P<y1>{Y})\s*(?P<c>{dash}|{to})\s*(?:năm\s+)?(?P<y2>{Y}){G}",
                    _I,
                ),
            ),
            (
                "day_range",
                re.compile(
                    rf"{L}(?:(?P<from>{frm})\s+)?(?:ngày\s+)?(?P<d1>\d{{1,2}})\s*(?P<c>{dash}|{to})\s*(?:ngày\s+)?"
                    rf"(?P<d2>\d{{1,2}})(?P<s>[/\-.])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{Y}))?{G}",
                    _I,
                ),
            ),
            (
                "month_range",
                re.compile(
                    rf"(?<!\w)(?:(?P<from>{frm})\s+)?tháng\s+(?P<m1>\d{{1,2}})\s*(?P<c>{dash}|{to})\s*(?:tháng\s+)?(?P<m2>\d{{1,2}})(?!\d)(?:{ysuf})?{G}",
                    _I,
                ),
            ),
            ("relative", re.compile(rf"(?<!\w)(?:{_alt(self.relative)})(?!\w)", _I)),
        ]
        self.to_words = set(lex["range_to_words"])

        def tail(words):  # matches words at the very end of a window
            return re.compile(rf"(?:{_alt(words)})$", _I)

        self.ext_day = [  # right to left
            (re.compile(rf"(?:{_alt(lex['lunar_day_words'])})\s+$", _I), False),
            (re.compile(rf"(?:{_alt(lex['day_words'])})\s+$", _I), False),
            (re.compile(rf"(?:{_alt(lex['weekdays'])})(?:\s*[,(]\s*|\s+)$", _I), True),
            (re.compile(rf"(?:{_alt(lex['parts_of_day'])})\s+$", _I), False),
        ]
        self.ext_period = [(re.compile(rf"(?:{_alt(lex['modifiers'])})\s+$", _I), False)]
        self.ext_range = [(re.compile(rf"(?:{_alt(lex['period_words'])})\s+$", _I), False)]
        self.from_tail = re.compile(rf"(?:{frm})\s+$", _I)
        self.recurring = re.compile(rf"\s*(?:{_alt(lex['recurring_after'])})(?!\w)", _I)
        self.listed_day = re.compile(r"(?<!\w)ngày\s+(?P<d>\d{1,2})\s*(?:và|,)\s*", _I)
        self.listed = re.compile(rf"^\s*(?:,|{_alt(lex['list_words'])}|{to}|{dash})\s*$", _I)
        self.join = re.compile(rf"^\s*(?:(?P<to>{to})|{dash})\s*$", _I)

        # patterns used as .match(norm, pos) have no `^`: it would not anchor at pos
        self.legal_before = tail(lex["legal_markers"])
        self.legal_after = re.compile(rf"\s*[/\-]\s*(?:{'|'.join(re.escape(s) for s in lex['legal_suffixes'])})", _I)
        self.bare_not = set(lex["bare_not_dates"])
        self.bare_not_after = tail(lex["bare_not_after"])
        self.bare_allowed_after = tail(lex["bare_allowed_after"])
        self.bare_score = re.compile(_alt(lex["bare_score_context"]), _I)
        self.bare_not_before = re.compile(rf"\s*(?:{_alt(lex['bare_not_before'])})(?!\w)", _I)
        self.rel_not_after = tail(lex["relative_not_after"])
        self.comparison_base = re.compile(rf"(?:{_alt(lex['comparison_base'])})\s+$", _I)
        self.rel_not_before = re.compile(rf"\s+(?:{_alt(lex['relative_not_before'])})(?!\w)", _I)
        self.month_not_after = tail(lex["month_not_after"])
        self.month_not_before = re.compile(rf"\s+(?:{_alt(lex['month_not_before'])})(?!\w)", _I)


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar(lexicon())


# ---------------------------------------------------------------- raw matches


@dataclass
class _Point:
    precision: str  # day | month | quarter | year
    m: Optional[int] = None
    d: Optional[int] = None
    q: Optional[int] = None
    y: Optional[int] = None
    ysrc: Optional[str] = None  # "text" once the year is known from the text
    yrel: Optional[int] = None  # `năm nay` = 0, `năm ngoái` = -1 ...
    inherit_month: bool = False  # `mùng 6` alone takes the month of the previous date


@dataclass
class _Match:
    start: int
    end: int
    kind: str  # point | interval | relative
    a: Optional[_Point] = None
    b: Optional[_Point] = None
    rel: Optional[tuple[str, int]] = None
    bare: bool = False
    rule: str = "date-grammar"


def _days_in(m: int, y: Optional[int]) -> int:
    if m == 2:
        yy = 2000 if y is None else y  # a yearless 29/2 is valid
        return 29 if (yy % 4 == 0 and yy % 100 != 0) or yy % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _valid(p: _Point, g: _Grammar) -> bool:
    if p.y is not None and not (g.ymin <= p.y <= g.ymax):
        return False
    if p.m is not None and not 1 <= p.m <= 12:
        return False
    if p.q is not None and not 1 <= p.q <= 4:
        return False
    if p.d is not None and not (p.m and 1 <= p.d <= _days_in(p.m, p.y)):
        return False
    return True


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


def _window_before(norm: str, pos: int, n: int = 30) -> str:
    return norm[max(0, pos - n) : pos]


def _boundary_ok(norm: str, i: int) -> bool:
    """A prefix word may start at i: after a non-letter, or glued to a lower-case
    letter when it is capitalized (`Anh LêChiều tối 22/12` in scraped text)."""
    if i <= 0:
        return True
    prev = norm[i - 1]
    if not prev.isalnum():
        return True
    return prev.islower() and norm[i].isupper()


def _tail_match(rx: re.Pattern, norm: str, pos: int) -> Optional[int]:
    """Start of the words matched by `rx` right before pos, if they start on a word boundary."""
    win = _window_before(norm, pos, 40)
    off = pos - len(win)
    for i in range(len(win)):
        if _boundary_ok(norm, off + i) and rx.match(win, i):  # patterns end with `$`
            return off + i
    return None


def _extend_left(m: _Match, norm: str, g: _Grammar, steps) -> bool:
    """Grow m.start over the prefix words; True when something was added."""
    grown = False
    for rx, paren in steps:
        s = _tail_match(rx, norm, m.start)
        if s is None:
            continue
        if paren and "(" in norm[s : m.start]:
            if norm[m.end : m.end + 1] != ")":
                continue
            m.end += 1
        m.start = s
        grown = True
    return grown


def _preceded_by(rx: re.Pattern, norm: str, pos: int) -> bool:
    win = _window_before(norm, pos).rstrip()
    if not win:
        return False
    mo = rx.search(win)
    if not mo:
        return False
    i = pos - len(_window_before(norm, pos)) + mo.start()
    return i == 0 or not norm[i - 1].isalnum()


def _legal_number(norm: str, s: int, e: int, g: _Grammar) -> bool:
    return _preceded_by(g.legal_before, norm, s) or bool(g.legal_after.match(norm, e))


def _bare_rejected(norm: str, s: int, e: int, g: _Grammar) -> bool:
    if norm[s:e] in g.bare_not:
        return True
    if _preceded_by(g.bare_not_after, norm, s) and not _preceded_by(g.bare_allowed_after, norm, s):
        return True
    clause = re.split(r"[.;!?\n]", _window_before(norm, s, 60))[-1]
    if g.bare_score.search(clause):
        return True
    return bool(g.bare_not_before.match(norm, e))


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


# ---------------------------------------------------------------- resolution


def _anchor_year(ms: list[_Match]) -> Optional[int]:
    years = Counter()
    for m in ms:
        for p in (m.a, m.b):
            if p is not None and p.precision in ("day", "month") and p.ysrc == "text":
                years[p.y] += 1
    if not years:
        return None
    # a tie goes to a year written with a full day (`Sáng 22/5/2026`, what the article reports)
    # over one only written with a month (`dự kiến vận hành vào tháng 9/2027`, a target), then the latest
    day_years = {p.y for m in ms for p in (m.a, m.b) if p is not None and p.precision == "day" and p.ysrc == "text"}
    return max(years, key=lambda y: (years[y], y in day_years, y))


def _nearest_year(p: _Point, pub: date) -> Optional[int]:
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if p.precision == "day":
            if p.d > _days_in(p.m, y):
                continue
            diff = abs((date(y, p.m, p.d) - pub).days)
        elif p.precision == "month":
            diff = abs((y * 12 + p.m) - (pub.year * 12 + pub.month))
        else:
            diff = abs((y * 4 + p.q) - (pub.year * 4 + (pub.month - 1) // 3 + 1))
        k = (diff, y != pub.year)
        if best is None or k < best[0]:
            best = (k, y)
    return best[1] if best else None


def _resolve(p: _Point, pub: Optional[date], anchor: Optional[int]) -> None:
    if p.y is not None or p.precision == "year":
        return
    if p.yrel is not None and pub is not None:
        p.y, p.ysrc = pub.year + p.yrel, "published"
    elif pub is not None:
        y = _nearest_year(p, pub)
        if y is not None:
            p.y, p.ysrc = y, "published"
    elif anchor is not None and (p.precision != "day" or p.d <= _days_in(p.m, anchor)):
        p.y, p.ysrc = anchor, "article"
    if p.y is None:
        p.ysrc = "unresolved"


def _fmt(p: _Point) -> str:
    y = f"{p.y:04d}" if p.y is not None else "-"
    if p.precision == "year":
        return y
    if p.precision == "quarter":
        return f"{y}-Q{p.q}"
    if p.precision == "month":
        return f"{y}-{p.m:02d}"
    return f"{y}-{p.m:02d}-{p.d:02d}"


_SOURCE_RANK = ["text", "published", "article", "unresolved"]


def _relative_value(unit: str, off: int, pub: date) -> tuple[str, str]:
    if unit == "day":
        return (pub + timedelta(days=off)).isoformat(), "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=off)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "interval"
    if unit == "month":
        k = pub.year * 12 + pub.month - 1 + off
        return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
    if unit == "quarter":
        k = pub.year * 4 + (pub.month - 1) // 3 + off
        return f"{k // 4:04d}-Q{k % 4 + 1}", "quarter"
    return f"{pub.year + off:04d}", "year"


def _comparison_base(m: "_Match", before: list[DateMention], norm: str, g: "_Grammar", sentence_of: Callable[[int], int]) -> Optional[int]:
    """`…năm ngoái …, tăng 7% so với năm trước`: the year the sentence named before, which a
    relative year after `so với` counts back from."""
    if m.rel[0] != "year" or not g.comparison_base.search(norm[max(0, m.start - 30) : m.start]):
        return None
    sent = sentence_of(m.start)
    prev = [d for d in before if sentence_of(d.start) == sent and d.value[:4].isdigit()]
    return int(prev[-1].value[:4]) if prev else None


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


def _dates(norm: str, text: str, published: Optional[date], sentence_of: Callable[[int], int]) -> list[DateMention]:
    g = _grammar()
    ms = _join_ranges(_longest(_find(norm, g)), norm, g)

    # `mùng 6` alone: the month (and written year) of the date it is listed with
    # (`mùng 6 và mùng 7/2`), else of the previous date
    last: Optional[_Point] = None
    kept: list[_Match] = []
    for i, m in enumerate(ms):
        if m.kind == "point" and m.a.inherit_month:
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and nxt.kind == "point" and nxt.a.m and g.listed.match(norm[m.end : nxt.start]):
                last = nxt.a
            if last is None or last.m is None:
                continue
            m.a.m = last.m
            if last.ysrc == "text":
                m.a.y, m.a.ysrc = last.y, "text"
            if m.a.d > _days_in(m.a.m, m.a.y):
                continue
        if m.kind != "relative":
            last = m.b or m.a
        kept.append(m)

    kept = _listed_days(kept, norm, g)
    anchor = _anchor_year(kept)
    out: list[DateMention] = []
    for m in kept:
        if m.kind == "point" and m.a.y is None and m.a.yrel is None and g.recurring.match(norm, m.end):
            continue  # `tháng 7 hằng năm`, `ngày 15 hàng tháng`: a recurring time, not a point in time
        if m.kind == "relative":
            if published is None:
                continue
            value, precision = _relative_value(m.rel[0], m.rel[1], published)
            source = "published"
            base = _comparison_base(m, out, norm, g, sentence_of)
            if base is not None:
                value, source = f"{base + m.rel[1]:04d}", "text"
        else:
            for p in (m.a, m.b):
                if p is not None:
                    _resolve(p, published, anchor)
            if m.kind == "interval":
                a, b = m.a, m.b
                if b.y is not None and a.y is not None and b.ysrc != "text" and (b.y, _key(b)) < (a.y, _key(a)):
                    b.y += 1
                value, precision = f"{_fmt(a)}/{_fmt(b)}", "interval"
                source = max((a.ysrc or "text", b.ysrc or "text"), key=_SOURCE_RANK.index)
            else:
                value, precision = _fmt(m.a), m.a.precision
                source = m.a.ysrc or "text"
        out.append(
            DateMention(
                text=text[m.start : m.end],
                start=m.start,
                end=m.end,
                sentence=sentence_of(m.start),
                value=value,
                precision=precision,
                year_source=source,
                rule=m.rule,
            )
        )
    return out


# ---------------------------------------------------------------- public API


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
