"""Date arithmetic that cannot throw: a value outside the calendar (years 1..9999) is None.

A publication date near 0001-01-01 or 9999-12-31 with `hôm qua`, `năm tới` or a yearless
`22/12` would otherwise step outside what `datetime.date` can hold; such a value is dropped
and the rest of the article kept.
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Optional


def make_date(y: int, m: int, d: int) -> Optional[date]:
    """The day, or None when it does not exist (31/2, year 0 or 10000)."""
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def shift(day: date, days: int) -> Optional[date]:
    """`day` moved by `days`, or None past either end of the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def century(yy: int, pub: Optional[date], pivot: int, decade: bool = False) -> int:
    """The full year of a two-digit one (`16/1/24`, `thập niên 90`).

    With a publication date: a year within 89 years before and 10 after it; a decade, the
    latest one that has begun by then. Without: below `pivot` is 20yy, else 19yy.
    """
    if pub is None:
        return 2000 + yy if yy < pivot else 1900 + yy
    y = pub.year // 100 * 100 + yy
    if decade:
        return y if y <= pub.year else y - 100
    if y > pub.year + 10:
        return y - 100
    return y + 100 if y <= pub.year - 90 else y


def cycle_year(stem: int, branch: int, near: int) -> Optional[int]:
    """The year named by a heavenly stem and an earthly branch nearest to `near` (1984 = Giáp Tý = 0, 0),
    or None for a pair that names no year (`Giáp Sửu`: a stem and a branch of different parity)."""
    return next((y for y in range(near - 30, near + 30) if (y - 4) % 10 == stem and (y - 4) % 12 == branch), None)


def week_of_month(y: int, m: int, edge: str) -> Optional[str]:
    """The first or last Monday-to-Sunday week wholly in month m of year y, as `A/B`."""
    first = make_date(y, m, 1)
    if first is None:
        return None
    if edge == "first":
        monday = shift(first, (7 - first.weekday()) % 7)
    else:
        nxt = make_date(y + (m == 12), m % 12 + 1, 1)
        last = shift(nxt, -1) if nxt else make_date(y, 12, 31)
        monday = shift(last, -((last.weekday() + 1) % 7) - 6) if last else None
    sunday = shift(monday, 6) if monday else None
    return f"{monday.isoformat()}/{sunday.isoformat()}" if sunday else None


def year_ok(y: Optional[int]) -> bool:
    return y is not None and MINYEAR <= y <= MAXYEAR


_POINT = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-Q(?P<q>[1-4]))?$|^--(?:\d\d(?:-\d\d)?|Q[1-4])$")


def in_calendar(value: str) -> bool:
    """Every end of an ISO value (`2024-06`, `2026-Q2`, `A/B`, `--04-25`) is a real date."""
    for part in value.split("/"):
        mo = _POINT.match(part)
        if not mo:
            return False
        if part.startswith("--"):
            continue
        y = int(mo.group("y"))
        if not year_ok(y):
            return False
        if mo.group("m") and not 1 <= int(mo.group("m")) <= 12:
            return False
        if mo.group("d") and make_date(y, int(mo.group("m")), int(mo.group("d"))) is None:
            return False
    return True
