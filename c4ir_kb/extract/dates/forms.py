"""Parsing of the written forms: each grammar rule (`_Grammar.rx`) has a handler that turns a
regex match into a `_Match`, or None when the context says it is no date."""

from __future__ import annotations

import re
from typing import Callable, Optional

from c4ir_kb.extract.dates.calendar import century
from c4ir_kb.extract.dates.context import _extend_left, _preceded_by, _tail_match
from c4ir_kb.extract.dates.grammar import _Grammar, phrase_key
from c4ir_kb.extract.dates.model import _Match, _Point, _valid
from c4ir_kb.extract.dates.notdates import _bare_rejected, _legal_number

_DIGIT_BEFORE = re.compile(r"\d+$")  # the whole number: `10 năm qua`
_NUMBER_NEXT = re.compile(r"\s+\d")

Handler = Callable[[re.Match, str, _Grammar], Optional[_Match]]


def _month(tok: str, g: _Grammar, original: str, any_case: bool = False) -> Optional[int]:
    if tok.isdigit():
        return int(tok)
    key = phrase_key(tok)
    if key not in g.months:
        return None
    if not any_case and key not in g.any_case and not original[:1].isupper():
        return None  # `tháng hai lần`, `năm tháng`: only `tháng Hai` is a month
    return g.months[key]


def _year_suffix(mo: re.Match, g: _Grammar, p: _Point) -> None:
    gd = mo.groupdict()
    for k in ("y", "yw", "yc", "ys"):
        if gd.get(k):
            p.y, p.ysrc = int(gd[k]), "text"
            return
    if gd.get("yr"):
        p.yrel = g.rel_years[phrase_key(gd["yr"])]


def two_digit_year(yy: int, g: _Grammar) -> int:
    """A provisional full year for checks (29/2/24); the century is fixed at resolution."""
    return century(yy, None, g.pivot)


def _day(mo: re.Match, norm: str, g: _Grammar, p: _Point, bare_check: bool) -> Optional[_Match]:
    """A day/month written with digits: dropped when it is a document number, or, written bare
    (no `ngày`, weekday or part of day before it, no year), when its context says it is no date."""
    s, e = mo.span()
    if not _valid(p, g) or _legal_number(norm, s, e, g):
        return None
    m = _Match(s, e, "point", a=p)
    grown = _extend_left(m, norm, g, g.ext_day)
    if bare_check and not grown and p.yrel is None:
        if _bare_rejected(norm, s, e, g):
            return None
        m.bare = True
    return m


def h_dmy(mo, norm, g):
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]), y=int(mo["y"]), ysrc="text")
    return _day(mo, norm, g, p, False)


def h_dmy2(mo, norm, g):
    yy = int(mo["y"])
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]), y=two_digit_year(yy, g))
    m = _day(mo, norm, g, p, True)  # `1.2.24` after `phiên bản` is a version
    p.y, p.yy = None, yy  # the century comes from the publication date, if any
    return m


def h_iso(mo, norm, g):
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]), y=int(mo["y"]), ysrc="text")
    return _day(mo, norm, g, p, False)


def h_dm(mo, norm, g):
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]))
    _year_suffix(mo, g, p)
    return _after(_day(mo, norm, g, p, p.y is None), norm, g)


def _after(m: Optional[_Match], norm: str, g: _Grammar) -> Optional[_Match]:
    """`ngày 12/10 tới`, `tháng 11 này`: the words after a yearless date that fix its year."""
    if m is not None and m.a.y is None and m.a.yrel is None:
        a = g.month_after.match(norm, m.end)
        if a:
            m.a.after = g.month_after_kind[phrase_key(a["w"])]
            m.end = a.end()
    return m


def h_dm_dot(mo, norm, g):
    """`Ngày 5.3`, `Sáng 11.3`: a dotted day/month only after the words of
    `dotted_day_before` or a part of the day (else `5.3` is a decimal)."""
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]))
    if not _valid(p, g):
        return None
    m = _Match(*mo.span(), "point", a=p)
    _extend_left(m, norm, g, g.ext_day[2:])
    return m


def h_long(mo, norm, g):
    mon = _month(mo["m"], g, norm[mo.start("m") : mo.end("m")], any_case=True)  # after a day, `tháng ba` is March
    if mon is None:
        return None
    p = _Point("day", d=int(mo["d"]), m=mon)
    _year_suffix(mo, g, p)
    if not _valid(p, g):
        return None
    m = _Match(*mo.span(), "point", a=p)
    _extend_left(m, norm, g, g.ext_day[1:])  # `thứ hai ngày mồng 6 tháng 2`
    return _after(m, norm, g)


def h_dmy_words(mo, norm, g):
    """`12 tháng 10 năm 2017`: a day and a month name without `ngày`, only with its year."""
    if _legal_number(norm, *mo.span(), g):
        return None
    return h_long(mo, norm, g)


def h_lunar(mo, norm, g):
    p = _Point("day", d=int(mo["d"]), inherit_month=True)
    if not 1 <= p.d <= 31:
        return None
    m = _Match(*mo.span(), "point", a=p)
    _extend_left(m, norm, g, g.ext_day[1:])
    return m


def h_month(mo, norm, g):
    tok = mo["m"]
    original = norm[mo.start("m") : mo.end("m")]
    mon = _month(tok, g, original)
    if mon is None and not tok.isdigit():
        # a lower-case name (`tháng ba`) is a month before a year or at the end of a clause
        key = phrase_key(tok)
        has_year = any(mo.groupdict().get(k) for k in ("y", "yw", "yc", "ys", "yr"))
        if key in g.months and key not in g.month_lower_never and (has_year or g.month_lower_next.match(norm, mo.end())):
            mon = g.months[key]
    if mon is None:
        return None
    p = _Point("month", m=mon)
    _year_suffix(mo, g, p)
    if not _valid(p, g):
        return None
    s, e = mo.span()
    if _preceded_by(g.month_not_after, norm, s) or g.month_not_before.match(norm, mo.end("m")):
        return None  # `mỗi tháng 2 lần`
    m = _Match(s, e, "point", a=p)
    if p.y is None and p.yrel is None and _preceded_by(g.month_past_before, norm, s):
        p.after = "last"  # `Hồi tháng 1, …`: the last January up to publication
    else:
        _after(m, norm, g)  # `tháng 3 tới`
    _extend_left(m, norm, g, g.ext_period)
    return m


def _quarter(tok: str, g: _Grammar) -> int:
    """A quarter's number as written: `3` or `III`."""
    t = tok.lower()
    return int(t) if t.isdigit() else g.roman[t]


def h_quarter(mo, norm, g):
    p = _Point("quarter", q=_quarter(mo["q"], g))
    _year_suffix(mo, g, p)
    if not _valid(p, g):
        return None
    m = _Match(*mo.span(), "point", a=p)
    _extend_left(m, norm, g, g.ext_period)
    return m


def h_year(mo, norm, g):
    p = _Point("year", y=int(mo["y"]), ysrc="text")
    if not _valid(p, g):
        return None
    m = _Match(*mo.span(), "point", a=p)
    _extend_left(m, norm, g, g.ext_period)
    return m


def _to_without_from(mo, g, norm: str = "") -> bool:
    """`2023 đến 2026` needs its `từ` (or a period word: `giai đoạn 2021 đến 2025`); a dash needs nothing."""
    if phrase_key(mo["c"]) not in g.to_words or mo["from"]:
        return False
    return _tail_match(g.ext_range[0][0], norm, mo.start()) is None


def h_year_range(mo, norm, g):
    if mo["c"] == "/" and _tail_match(g.ext_range[0][0], norm, mo.start()) is None:
        return None  # `2025/2026` only after a period word (`năm học 2025/2026`)
    if mo["c"] != "/" and _to_without_from(mo, g, norm):
        return None
    a = _Point("year", y=int(mo["y1"]), ysrc="text")
    b = _Point("year", y=int(mo["y2"]), ysrc="text")
    if not (_valid(a, g) and _valid(b, g) and a.y < b.y) or _legal_number(norm, *mo.span(), g):
        return None
    m = _Match(*mo.span(), "interval", a=a, b=b)
    _extend_left(m, norm, g, g.ext_range)
    return m


def h_day_range(mo, norm, g):
    if _to_without_from(mo, g) or (mo["s"] == "." and not mo["y"] and not mo["nd"]):  # `26 - 27.5` is a decimal
        return None
    mon = int(mo["m"])
    y = int(mo["y"]) if mo["y"] else None
    a = _Point("day", d=int(mo["d1"]), m=mon, y=y, ysrc="text" if y else None)
    b = _Point("day", d=int(mo["d2"]), m=mon, y=y, ysrc="text" if y else None)
    if not (_valid(a, g) and _valid(b, g) and a.d < b.d) or _legal_number(norm, *mo.span(), g):
        return None
    m = _Match(*mo.span(), "interval", a=a, b=b)
    _extend_left(m, norm, g, g.ext_range)
    return m


def h_month_range(mo, norm, g):
    if _to_without_from(mo, g):
        return None
    a = _Point("month", m=int(mo["m1"]))
    b = _Point("month", m=int(mo["m2"]))
    _year_suffix(mo, g, b)
    a.y, a.ysrc, a.yrel = b.y, b.ysrc, b.yrel
    if not (_valid(a, g) and _valid(b, g) and a.m < b.m):
        return None
    m = _Match(*mo.span(), "interval", a=a, b=b)
    _extend_left(m, norm, g, g.ext_range)
    return m


def h_relative(mo, norm, g):
    s, e = mo.span()
    key = phrase_key(mo.group())
    unit, off = g.relative[key]
    if unit != "day" and (_preceded_by(g.rel_not_after, norm, s) or _preceded_by(_DIGIT_BEFORE, norm, s)):
        return None  # `3 năm tới`, `những năm tới` are durations
    if g.rel_not_before.match(norm, e):
        return None  # `năm trước đó`
    if key.split()[-1] in g.ago_units and _NUMBER_NEXT.match(norm, e):
        return None  # `sang năm 2027`: the unit's noun heads the number after it (into 2027), not `next year`
    if unit != "day" and g.rel_prep_end.search(key) and _NUMBER_NEXT.match(norm, e):
        return None  # `kế hoạch năm sau 9 tháng`: `sau 9 tháng` is `after nine months`
    m = _Match(s, e, "relative", rel=(unit, off))
    _extend_left(m, norm, g, g.ext_day[1:] if unit == "day" else g.ext_period)
    return m


HANDLERS: dict[str, Handler] = {
    "dmy": h_dmy,
    "dmy2": h_dmy2,
    "iso": h_iso,
    "dm": h_dm,
    "dm_dot": h_dm_dot,
    "long": h_long,
    "dmy_words": h_dmy_words,
    "lunar_month_day": h_long,
    "lunar": h_lunar,
    "month": h_month,
    "quarter": h_quarter,
    "year": h_year,
    "year_range": h_year_range,
    "day_range": h_day_range,
    "month_range": h_month_range,
    "relative": h_relative,
}


def _find(norm: str, g: _Grammar) -> list[_Match]:
    """Every rule's matches, in rule order (on a tie in length the earlier rule wins)."""
    from c4ir_kb.extract.dates.festivals import FESTIVAL_HANDLERS
    from c4ir_kb.extract.dates.periods import PERIOD_HANDLERS
    from c4ir_kb.extract.dates.weekdays import h_weekday

    handlers = {**HANDLERS, **PERIOD_HANDLERS, **FESTIVAL_HANDLERS, "weekday": h_weekday}
    out: list[_Match] = []
    for name, rx in g.rx:
        h = handlers[name]
        for mo in rx.finditer(norm):
            try:
                m = h(mo, norm, g)
            except (KeyError, ValueError):
                # the pattern matched case-insensitively a spelling the lexicon lacks (`thứ ſáu` with
                # a long s, `quý İ`): not one of our words, so not a date
                m = None
            if m is not None:
                m.rule = g.rule_ids[name]
                out.append(m)
    return out
