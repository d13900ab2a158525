"""Resolution: the year of a yearless date, relative expressions against the publication date,
and the `DateMention` records of one text."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Callable, Optional

from c4ir_kb.extract.dates.calendar import century, cycle_year, in_calendar, make_date, shift, week_of_month, year_ok
from c4ir_kb.extract.dates.festivals import lunar_cycle_value, lunar_day, lunar_month, lunar_month_value, lunar_span_value, lunar_value, solar_day, tet_value
from c4ir_kb.extract.dates.forms import _find
from c4ir_kb.extract.dates.grammar import _grammar, _Grammar, phrase_key
from c4ir_kb.extract.dates.joins import _join_ranges, _listed_days, _longest, _weekday_beside, join_lunar_days
from c4ir_kb.extract.dates.model import _days_in, _fmt, _key, _Match, _Point
from c4ir_kb.extract.dates.numbers import digit_view
from c4ir_kb.extract.dates.weekdays import span_weekday, weekday_mismatch, weekday_value
from c4ir_kb.models import DateMention


_TET_WORD = re.compile(r"(?<!\w)tết(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_around(norm: str, s: int, e: int) -> str:
    """The sentence of a span, by punctuation (enough for a word test; `parse_dates` has no sentences)."""
    starts = [mo.end() for mo in _SENTENCE_END.finditer(norm, max(0, s - 300), s)]
    end = _SENTENCE_END.search(norm, e)
    return norm[starts[-1] if starts else max(0, s - 300) : end.start() if end else len(norm)]


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
        if not year_ok(y):
            continue  # 9999-12-31 has no next year to put `22/1` in
        if p.precision == "day":
            day = make_date(y, p.m, p.d)
            if day is None:
                continue
            diff = abs((day - pub).days)
        elif p.precision == "month":
            diff = abs((y * 12 + p.m) - (pub.year * 12 + pub.month))
        else:
            diff = abs((y * 4 + p.q) - (pub.year * 4 + (pub.month - 1) // 3 + 1))
        k = (diff, y != pub.year)
        if best is None or k < best[0]:
            best = (k, y)
    return best[1] if best else None


_FUTURE_SLACK = 3  # months: a future clause may still name a recent day (a record date just past)


def _months_before(p: _Point, y: int, pub: date) -> int:
    return (pub.year * 12 + pub.month) - (y * 12 + p.m)


def _resolve(p: _Point, pub: Optional[date], anchor: Optional[int]) -> None:
    _resolve_year(p, pub, anchor)
    if p.last_day and p.m:
        p.d = _days_in(p.m, p.y)  # `ngày cuối cùng của tháng 2`: 28 or 29 once the year is known


def _resolve_year(p: _Point, pub: Optional[date], anchor: Optional[int]) -> None:
    if p.yy is not None:  # `16/1/24`: the century that puts the year near publication
        p.y, p.ysrc = century(p.yy, pub, _grammar().pivot, p.decade) + p.plus, "text"
        return
    if p.y is not None or p.precision == "year":
        return
    if p.after and pub is not None and (p.after == "this" or p.precision in ("day", "month")):
        # `tháng 11 này`: of the publication year; `tháng 3 tới`, `ngày 12/10 tới`: the first such
        # month (day) after publication; `tháng 5 vừa qua`, `ngày 5/3 vừa qua`: the last one up to it
        if p.after == "this":
            p.y = pub.year
        else:
            later = (p.m, p.d) > (pub.month, pub.day) if p.precision == "day" else p.m > pub.month
            if p.after == "next":
                p.y = pub.year if later else pub.year + 1
            else:
                p.y = pub.year - 1 if later else pub.year
        p.ysrc = "published"
    elif p.yrel is not None and pub is not None:
        p.y, p.ysrc = pub.year + p.yrel, "published"
    elif pub is not None:
        y = _nearest_year(p, pub)
        if y is not None and p.future and p.precision in ("day", "month") and _months_before(p, y, pub) > _FUTURE_SLACK:
            y += 1  # `sẽ diễn ra từ 24.7` published in January: July to come, not the one half a year ago
        if y is not None:
            p.y, p.ysrc = y, "published"
    elif anchor is not None and (p.precision != "day" or p.d <= _days_in(p.m, anchor)):
        p.y, p.ysrc = anchor, "article"
    if p.y is None:
        p.ysrc = "unresolved"


_SOURCE_RANK = ["text", "published", "article", "unresolved"]


def _year_of_clause(m: _Match, norm: str, g: "_Grammar", rel_end: int, off: Optional[int], year: Optional[int]) -> None:
    """`hội thi năm sau sẽ diễn ra vào ngày 4-5/7`, `Kỳ thi năm 2026 dự kiến tổ chức từ 11-12/6`: a
    yearless day or month that follows a relative (`off`) or written (`year`) year in the same
    sentence, with no clause stop between (`;`, `:`) and within reach, is in that year, not the
    one nearest publication."""
    between = norm[rel_end : m.start]
    if len(between) > g.clause_year_reach or g.clause_stop.search(between) or year is not None and _SENTENCE_END.search(between):
        return
    for p in (m.a, m.b):
        if p is not None and p.y is None and p.yy is None and p.yrel is None and not p.after and p.precision in ("day", "month"):
            if year is not None:
                p.y, p.ysrc = year, "text"
            else:
                p.yrel = off


def _relative_value(unit: str, off: int, pub: date) -> Optional[tuple[str, str]]:
    """The value of a relative expression, or None when it falls outside the calendar."""
    if unit == "day":
        day = shift(pub, off)
        return (day.isoformat(), "day") if day else None
    if unit == "week":
        monday = shift(pub, 7 * off - pub.weekday())
        sunday = shift(monday, 6) if monday else None
        return (f"{monday.isoformat()}/{sunday.isoformat()}", "interval") if sunday else None
    if unit == "weekend":
        saturday = shift(pub, 7 * off - pub.weekday() + 5)
        sunday = shift(saturday, 1) if saturday else None
        return (f"{saturday.isoformat()}/{sunday.isoformat()}", "interval") if sunday else None
    if unit == "same_day_year":
        day = make_date(pub.year + off, pub.month, pub.day) if year_ok(pub.year + off) else None
        return (day.isoformat(), "day") if day else None
    if unit == "month":
        k = pub.year * 12 + pub.month - 1 + off
        return (f"{k // 12:04d}-{k % 12 + 1:02d}", "month") if year_ok(k // 12) else None
    if unit == "quarter":
        k = pub.year * 4 + (pub.month - 1) // 3 + off
        return (f"{k // 4:04d}-Q{k % 4 + 1}", "quarter") if year_ok(k // 4) else None
    return (f"{pub.year + off:04d}", "year") if year_ok(pub.year + off) else None


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def _comparison_base(m: "_Match", before: list[DateMention], norm: str, g: "_Grammar", sentence_of: Callable[[int], int]) -> Optional[str]:
    """`…năm ngoái …, tăng 7% so với năm trước`, `quý III/2025 … giảm 4% so với quý trước`: the
    value counted from the year (quarter) the sentence named before, which a relative year
    (quarter) after `so với` counts back from (and `năm tiếp theo` counts on from)."""
    if m.rel[0] not in ("year", "quarter"):
        return None
    narrative = m.rel[0] == "year" and phrase_key(norm[m.start : m.end]) in g.narrative_relative
    if not narrative and not g.comparison_base.search(norm[max(0, m.start - 30) : m.start]):
        return None
    sent = sentence_of(m.start)
    if m.rel[0] == "quarter":
        prev = [q for d in before if sentence_of(d.start) == sent for q in [_QUARTER_VALUE.match(d.value)] if q]
        if not prev:
            return None
        k = int(prev[-1].group(1)) * 4 + int(prev[-1].group(2)) - 1 + m.rel[1]
        return f"{k // 4:04d}-Q{k % 4 + 1}" if year_ok(k // 4) else None
    prev = [d for d in before if sentence_of(d.start) == sent and d.value[:4].isdigit()]
    return f"{int(prev[-1].value[:4]) + m.rel[1]:04d}" if prev else None


def _lunar(m: _Match, g: _Grammar) -> Optional[_Match]:
    """A date written as lunar (`15/8 âm lịch`, `mùng 10 tháng Giêng âm lịch`, `tháng 7 âm lịch`):
    the solar day of a lunar day, the solar days of a lunar month; the year written, else the one
    nearest to publication (resolved later). A lunar day range (`từ ngày 1 - 10/3 âm lịch`) is
    the interval between the solar days of its ends."""
    p = m.a
    if m.kind == "interval":
        a, b = m.a, m.b
        if a.precision != "day" or b.precision != "day" or a.yrel is not None or a.after:
            return None
        if a.ysrc != "text":
            return _Match(m.start, m.end, "relative", rel=("lunar_span", a.m, a.d, b.m, b.d), rule=m.rule)
        da, db = lunar_day(g, a.y, a.m, a.d), lunar_day(g, b.y, b.m, b.d)
        return _Match(m.start, m.end, "interval", a=_solar(da), b=_solar(db), rule=m.rule) if da and db and da < db else None
    if p.precision not in ("day", "month") or p.m is None or p.yrel is not None or p.after:
        return None
    if p.precision == "month":
        if p.ysrc != "text":
            return _Match(m.start, m.end, "relative", rel=("lunar_month", p.m), rule=m.rule)
        span = lunar_month(g, p.y, p.m)
        return _Match(m.start, m.end, "interval", a=_solar(span[0]), b=_solar(span[1]), rule=m.rule) if span else None
    if not 1 <= (p.d or 0) <= 30:
        return None
    if p.ysrc == "text":
        day = lunar_day(g, p.y, p.m, p.d)
        return solar_day(m.start, m.end, day, rule=m.rule) if day else None
    return _Match(m.start, m.end, "relative", rel=("lunar", p.m, p.d), rule=m.rule)


def _solar(day: date) -> _Point:
    return _Point("day", d=day.day, m=day.month, y=day.year, ysrc="text")


def _dates(norm: str, text: str, published: Optional[date], sentence_of: Callable[[int], int]) -> list[DateMention]:
    g = _grammar()
    norm = digit_view(norm)  # `mười tám` -> `      18`, same length: offsets still point into `text`
    ms = _weekday_beside(_join_ranges(_longest(_find(norm, g)), norm, g), norm)

    # `mùng 6` alone: the month (and written year) of the date it is listed with
    # (`mùng 6 và mùng 7/2`), else of the previous date
    last: Optional[_Point] = None
    kept: list[_Match] = []
    for i, m in enumerate(ms):
        if m.kind == "point" and m.a.inherit_month:
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and nxt.kind == "point" and nxt.a.m and g.listed.match(norm[m.end : nxt.start]):
                last = nxt.a
            elif m.a.d <= g.tet_day_max and _TET_WORD.search(_sentence_around(norm, m.start, m.end)):
                # `từ mùng 1 đến mùng 5, người dân đi lễ đầu năm … dịp Tết`: days of Tết, not of the last month named
                kept.append(_Match(m.start, m.end, "relative", rel=("tet", m.a.d, None, None), rule=m.rule))
                continue
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
    dated: dict[int, tuple[str, str]] = {}  # weekday -> (value, year source) of a date written with it
    clause_year: Optional[tuple[int, Optional[int], Optional[int]]] = None  # (end, offset, year) of the last year named
    days_stated: dict[tuple, int] = {}  # (month, day) -> year, of days whose year the text fixes
    lunar_end = -1  # the end of a lunar date's written year
    lunar_days: set[int] = set()  # indexes in `out` of days read off the lunar calendar
    for m in kept:
        lunar = g.lunar_after.match(norm, m.end)
        # `ngày 25 tháng Chạp`: only the lunar calendar names that month, lunar without `âm lịch`
        named = (
            not lunar
            and m.kind in ("point", "interval")
            and m.rule not in g.festival_rules
            and g.lunar_only_month.search(norm, m.start, m.end)
            and not (m.a.y is None and m.a.m is not None and g.lunar_year_after.match(norm, m.end))
        )
        if lunar and g.recurring.match(norm, lunar.end()) or (m.rule == g.rule_ids["full_moon"] or named) and g.recurring.match(norm, m.end):
            continue  # `ngày 16 tháng Giêng âm lịch hằng năm`, `rằm tháng 8 hằng năm`: a recurring day
        if m.kind not in ("point", "interval"):
            lunar = None
        if m.start < lunar_end:
            continue  # the year of a lunar date before it (`15/8 âm lịch năm 2026`)
        if lunar or named:
            if lunar and lunar["y"]:
                for p in (m.a, m.b):
                    if p is not None and p.y is None:
                        p.y, p.ysrc = int(lunar["y"]), "text"
                lunar_end = lunar.end()
            m = _lunar(m, g)  # `mùng 10 tháng Giêng âm lịch`, `15/8 âm lịch`, `ngày 25 tháng Chạp`
            if m is None:
                continue
            if named:
                m.rule = g.rule_ids["lunar_only_month"]
        elif m.kind in ("point", "interval") and m.a.y is None and m.a.m is not None and g.lunar_year_after.match(norm, m.end):
            continue  # `mùng 10 tháng Giêng năm Ất Tỵ`: a lunar date, dated by its year name
        if m.kind == "point" and m.a.y is None and m.a.yrel is None and g.recurring.match(norm, m.end):
            continue  # `tháng 7 hằng năm`, `ngày 15 hàng tháng`: a recurring time, not a point in time
        if m.kind == "relative" and m.rel[0] == "weekday" and m.rel[2] == "restating" and m.rel[1] not in dated:
            continue  # `30-4 và 1-5 rơi vào thứ Năm và thứ Sáu`: the weekday of a date named before, no date of its own
        if m.kind == "relative" and m.rel[0] == "weekday" and m.rel[2] in ("past", "coming", "restating") and m.rel[1] in dated:
            # `Sáng thứ Hai (10/11) … Cũng trong sáng thứ Hai, …`: the Monday the article dated
            (value, source), precision = dated[m.rel[1]], "day"
        elif m.kind == "relative":
            if published is None:
                continue  # never a year from the clock
            if m.rel[0] == "weekday":
                day = weekday_value(*m.rel[1:], published)
                rv = (day.isoformat(), "day") if day else None
            elif m.rel[0] == "cycle":
                y = cycle_year(m.rel[1], m.rel[2], published.year)
                rv = (f"{y:04d}", "year") if y is not None and year_ok(y) else None
            elif m.rel[0] == "tet":
                day = tet_value(g, *m.rel[1:], published)
                rv = (day.isoformat(), "day") if day else None
            elif m.rel[0] == "lunar":
                day = lunar_value(g, *m.rel[1:], published)
                rv = (day.isoformat(), "day") if day else None
            elif m.rel[0] == "lunar_cycle":
                rv = lunar_cycle_value(g, *m.rel[1:], published)
            elif m.rel[0] == "lunar_span":
                rv = lunar_span_value(g, *m.rel[1:], published)
            elif m.rel[0] == "lunar_month":
                rv = lunar_month_value(g, m.rel[1], published)
            elif m.rel[0] == "day_of_month":
                k = published.year * 12 + published.month - 1 + m.rel[2]
                day = make_date(k // 12, k % 12 + 1, m.rel[1])
                rv = (day.isoformat(), "day") if day else None
            else:
                rv = _relative_value(m.rel[0], m.rel[1], published)
            if rv is None:
                continue
            value, precision = rv
            source = "published"
            base = _comparison_base(m, out, norm, g, sentence_of)
            if base is not None:
                value, source = base, "text"
            elif m.rel[0] == "year":
                clause_year = (m.end, m.rel[1], None)
        else:
            if clause_year is not None and sentence_of(clause_year[0]) == sentence_of(m.start):
                _year_of_clause(m, norm, g, *clause_year)
            for p in (m.a, m.b):
                if p is not None:
                    stated = p.y is not None or p.yy is not None or p.yrel is not None or p.after is not None
                    if not stated and p.precision == "day" and (p.m, p.d) in days_stated:
                        p.y, p.ysrc = days_stated[(p.m, p.d)], "article"  # the day the article dated before
                    elif not stated and g.future_clause.search(norm[max(0, m.start - 200) : m.start]):
                        p.future = True  # `sẽ diễn ra từ 24.7`: not yet happened
                    _resolve(p, published, anchor)
                    if stated and p.precision == "day" and p.y is not None and published is not None and abs(p.y - published.year) <= 1:
                        # a day the text dates near publication (never `2/9/1945`: an anniversary's
                        # `sáng 2/9` is this year's)
                        days_stated[(p.m, p.d)] = p.y
            if m.kind == "interval":
                a, b = m.a, m.b
                if a.ysrc == "unresolved" and m.rule == g.rule_ids["half"]:
                    continue  # `6 tháng đầu năm` of no known year says nothing
                if b.y is not None and a.y is not None and b.ysrc != "text" and (b.y, _key(b)) < (a.y, _key(a)):
                    b.y += 1
                value, precision = f"{_fmt(a)}/{_fmt(b)}", "interval"
                source = max((a.ysrc or "text", b.ysrc or "text"), key=_SOURCE_RANK.index)
            elif m.a.week:
                if m.a.y is None:
                    continue  # the weekdays of a month of no known year are unknown
                value, precision, source = week_of_month(m.a.y, m.a.m, m.a.week), "interval", m.a.ysrc or "text"
                if value is None:
                    continue
            else:
                value, precision = _fmt(m.a), m.a.precision
                source = m.a.ysrc or "text"
                if precision == "year" and source == "text":
                    clause_year = (m.end, None, m.a.y)  # `Kỳ thi năm 2026 dự kiến tổ chức từ 11-12/6`
                if precision == "day" and weekday_mismatch(m, norm, g, value):
                    m.rule += "+weekday-mismatch"  # the written date is kept: the weekday is the likelier slip
                elif precision == "day" and span_weekday(m, norm, g) is not None and in_calendar(value) and value[:1] != "-":
                    dated[span_weekday(m, norm, g)] = (value, source)
        if not in_calendar(value):
            continue  # `năm tới` published 9999-12-31, `29/2 năm nay` in a common year
        if precision == "day" and (lunar or m.kind == "relative" and m.rel[0] in _LUNAR_RELATIVES):
            lunar_days.add(len(out))
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
    return join_lunar_days(out, lunar_days, norm, text, g)


_LUNAR_RELATIVES = ("lunar", "lunar_cycle")  # (`từ mùng 1 đến mùng 5` of Tết stays two days, as tested)

