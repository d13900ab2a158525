"""Days named by the calendar's festivals: the days of Tết (`mùng 7 Tết`, lunar, by a table of
the solar day each Tết falls on) and fixed solar holidays named without their date (`Giáng sinh`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from c4ir_kb.extract.dates.calendar import cycle_year, make_date, shift
from c4ir_kb.extract.dates.grammar import _Grammar, phrase_key
from c4ir_kb.extract.dates.model import _Match, _Point, _valid


def tet_day(g: _Grammar, year: int, n: int) -> Optional[date]:
    """The solar date of the n-th day of Tết of `year`, None when the table lacks that year."""
    first = g.tet_first_day.get(str(year))
    if first is None:
        return None
    day = make_date(year, int(first[:2]), int(first[3:]))
    return shift(day, n - 1) if day else None


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
    days = [d for d in (tet_day(g, y, n) for y in (pub.year - 1, pub.year, pub.year + 1)) if d is not None]
    return min(days, key=lambda d: (abs((d - pub).days), d.year != pub.year)) if days else None


def h_holiday(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Giáng sinh` -> --12-25, its year written after it or resolved like any yearless day."""
    md = g.holidays[phrase_key(mo["h"])]
    p = _Point("day", m=int(md[:2]), d=int(md[3:]))
    if mo["y"]:
        p.y, p.ysrc = int(mo["y"]), "text"
    if not _valid(p, g):
        return None
    return _Match(*mo.span(), "point", a=p)


def h_tet_named(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`rằm tháng Giêng` (the 15th day of Tết's month), `đêm giao thừa` (its eve)."""
    n = g.tet_named[phrase_key(mo["h"])]
    if mo["y"]:
        day = tet_day(g, int(mo["y"]), n)
        return solar_day(*mo.span(), day) if day else None
    return _Match(*mo.span(), "relative", rel=("tet", n, None, None))


def h_tet_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Tết Nguyên đán 2027`, `Tết 2026`: the year, as the gold has `Tết Nguyên đán Bính Ngọ`."""
    p = _Point("year", y=int(mo["y"] or mo["y2"]), ysrc="text")  # `Tết 2026` without `Nguyên đán`: 19xx/20xx only
    return _Match(*mo.span(), "point", a=p) if _valid(p, g) else None


FESTIVAL_HANDLERS = {"tet_day": h_tet_day, "holiday": h_holiday, "tet_named": h_tet_named, "tet_year": h_tet_year}
