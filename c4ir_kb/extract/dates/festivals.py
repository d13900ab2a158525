"""Days named by the calendar's festivals and lunar dates: the days of Tết (`mùng 7 Tết`), any
lunar day (`rằm tháng Bảy`, `15/8 âm lịch`), by a table of the solar day each lunar month begins
on (`lunar_months`, built by `tools/build_lunar.py`), and fixed solar holidays named without
their date (`Giáng sinh`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from c4ir_kb.extract.dates.calendar import cycle_year, shift
from c4ir_kb.extract.dates.grammar import _Grammar, phrase_key
from c4ir_kb.extract.dates.model import _Match, _Point, _valid


def lunar_month(g: _Grammar, year: int, month: int) -> Optional[tuple[date, date]]:
    """The first and last solar day of lunar `month` of lunar `year` (the common month, not a leap
    month of the same number), None when the table lacks that year."""
    entry = g.lunar_months.get(str(year))
    nxt = g.lunar_months.get(str(year + 1))
    if entry is None or not 1 <= month <= 12:
        return None
    starts = entry["months"]
    first = date.fromisoformat(starts[month - 1])
    leap = entry.get("leap")
    if leap and leap[0] == month:
        after = date.fromisoformat(leap[1])  # the leap month follows its common month
    elif month < 12:
        after = date.fromisoformat(starts[month])
    elif nxt is not None:
        after = date.fromisoformat(nxt["months"][0])
    else:
        return None
    last = shift(after, -1)
    return (first, last) if last else None


def lunar_day(g: _Grammar, year: int, month: int, n: int) -> Optional[date]:
    """The solar date of day n of lunar `month` of lunar `year`, None when it does not exist."""
    span = lunar_month(g, year, month)
    if span is None or not 1 <= n <= (span[1] - span[0]).days + 1:
        return None
    return shift(span[0], n - 1)


def tet_day(g: _Grammar, year: int, n: int) -> Optional[date]:
    """The solar date of the n-th day of Tết of `year` (0: its eve), None when the table lacks that year."""
    first = lunar_day(g, year, 1, 1)
    return shift(first, n - 1) if first else None


def solar_day(s: int, e: int, day: date, **kw) -> _Match:
    """A day of Tết found in the table, as a match of that solar day with its year written."""
    return _Match(s, e, "point", a=_Point("day", d=day.day, m=day.month, y=day.year, ysrc="text"), **kw)


def h_tet_day(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`mùng 7 Tết` (the Tết nearest to publication), `mùng 2 Tết Bính Ngọ`, `mồng 3 Tết năm 2027`."""
    n = int(mo["d"])
    if not 1 <= n <= g.tet_day_max:
        return None
    s, e = mo.span()
    if mo["y"]:
        day = tet_day(g, int(mo["y"]), n)
        if day is None:
            return None
        return solar_day(s, e, day)
    if mo["can"]:
        if not (mo["can"][:1].isupper() and mo["chi"][:1].isupper()):
            e = mo.start("can")  # `mùng 2 Tết giáp ...`: not a year name, the Tết day alone
            while e > s and norm[e - 1].isspace():
                e -= 1
        else:
            stem, branch = g.stems.index(mo["can"].lower()), g.branches[mo["chi"].lower()]
            return _Match(s, e, "relative", rel=("tet", n, stem, branch))
    return _Match(s, e, "relative", rel=("tet", n, None, None))


def tet_value(g: _Grammar, n: int, stem: Optional[int], branch: Optional[int], pub: date) -> Optional[date]:
    """The day of a `mùng n Tết` read against publication: of the year named, else of the Tết nearest to it."""
    if stem is not None:
        y = cycle_year(stem, branch, pub.year)
        return tet_day(g, y, n) if y is not None else None
    return _nearest(pub, lambda y: tet_day(g, y, n))


def lunar_value(g: _Grammar, month: int, n: int, pub: date) -> Optional[date]:
    """A yearless lunar day (`rằm tháng Bảy`, `15/8 âm lịch`) read against publication: the one nearest to it."""
    return _nearest(pub, lambda y: lunar_day(g, y, month, n))


def lunar_month_value(g: _Grammar, month: int, pub: date) -> Optional[tuple[str, str]]:
    """A yearless lunar month (`tháng 7 âm lịch`): the interval of its solar days, of the lunar year
    whose month begins nearest to publication."""
    y = _nearest_year(pub, lambda y: lunar_day(g, y, month, 1))
    span = lunar_month(g, y, month) if y is not None else None
    return (f"{span[0].isoformat()}/{span[1].isoformat()}", "interval") if span else None


def lunar_span_value(g: _Grammar, m1: int, d1: int, m2: int, d2: int, pub: date) -> Optional[tuple[str, str]]:
    """Yearless lunar days `d1/m1 - d2/m2` (`từ ngày 1 - 10/3 âm lịch`): the solar interval, in the
    lunar year whose first day is nearest to publication."""
    y = _nearest_year(pub, lambda y: lunar_day(g, y, m1, d1))
    a = lunar_day(g, y, m1, d1) if y is not None else None
    b = lunar_day(g, y + (m2 < m1), m2, d2) if a else None
    return (f"{a.isoformat()}/{b.isoformat()}", "interval") if a and b and a < b else None


def _nearest_year(pub: date, day_of) -> Optional[int]:
    """Of the lunar years around publication, the one whose `day_of(year)` falls nearest to it."""
    days = [(d, y) for d, y in ((day_of(y), y) for y in (pub.year - 1, pub.year, pub.year + 1)) if d is not None]
    return min(days, key=lambda dy: (abs((dy[0] - pub).days), dy[0].year != pub.year))[1] if days else None


def _nearest(pub: date, day_of) -> Optional[date]:
    y = _nearest_year(pub, day_of)
    return day_of(y) if y is not None else None


def h_holiday(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Giáng sinh` -> --12-25, its year written after it or resolved like any yearless day."""
    md = g.holidays[phrase_key(mo["h"])]
    p = _Point("day", m=int(md[:2]), d=int(md[3:]))
    if mo["y"]:
        p.y, p.ysrc = int(mo["y"]), "text"
    if not _valid(p, g):
        return None
    return _Match(*mo.span(), "point", a=p)


def h_full_moon(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`rằm tháng Bảy`: the 15th of the seventh lunar month, of the year written or nearest to publication."""
    tok = mo["m"]
    month = int(tok) if tok.isdigit() else g.months[phrase_key(tok)]
    if not 1 <= month <= 12:
        return None
    if mo["y"]:
        day = lunar_day(g, int(mo["y"]), month, 15)
        return solar_day(*mo.span(), day) if day else None
    return _Match(*mo.span(), "relative", rel=("lunar", month, 15))


def h_lunar_named(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`15 tháng Chạp năm Ất Tỵ` (a lunar day), `tháng Giêng năm Bính Ngọ` (a lunar month): dated by the
    name of the lunar year (capitalised: a name), the one of that name nearest to publication."""
    can, chi = mo["can"], mo["chi"]
    if not (can[:1].isupper() and chi[:1].isupper()):
        return None
    tok = mo["m"]
    month = int(tok) if tok.isdigit() else g.months[phrase_key(tok)]
    stem, branch = g.stems.index(can.lower()), g.branches[chi.lower()]
    day = 15 if mo["rd"] else int(mo["d"]) if mo["d"] else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
        return None
    return _Match(*mo.span(), "relative", rel=("lunar_cycle", month, day, stem, branch))


def lunar_cycle_value(g: _Grammar, month: int, day: Optional[int], stem: int, branch: int, pub: date) -> Optional[tuple[str, str]]:
    """The solar day (or the solar days of the month) of a lunar date in the named year nearest to publication."""
    y = cycle_year(stem, branch, pub.year)
    if y is None:
        return None
    if day is not None:
        d = lunar_day(g, y, month, day)
        return (d.isoformat(), "day") if d else None
    span = lunar_month(g, y, month)
    return (f"{span[0].isoformat()}/{span[1].isoformat()}", "interval") if span else None


def h_tet_named(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`đêm giao thừa` (the eve of Tết), `Tết Nguyên tiêu` (its 15th day)."""
    n = g.tet_named[phrase_key(mo["h"])]
    if mo["y"]:
        day = tet_day(g, int(mo["y"]), n)
        return solar_day(*mo.span(), day) if day else None
    return _Match(*mo.span(), "relative", rel=("tet", n, None, None))


def h_tet_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Tết Nguyên đán 2027`, `Tết 2026`: the year, as the gold has `Tết Nguyên đán Bính Ngọ`."""
    p = _Point("year", y=int(mo["y"] or mo["y2"]), ysrc="text")  # `Tết 2026` without `Nguyên đán`: 19xx/20xx only
    return _Match(*mo.span(), "point", a=p) if _valid(p, g) else None


FESTIVAL_HANDLERS = {"tet_day": h_tet_day, "holiday": h_holiday, "tet_named": h_tet_named, "full_moon": h_full_moon, "lunar_named": h_lunar_named, "tet_year": h_tet_year}
