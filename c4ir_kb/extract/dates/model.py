"""Raw matches (`_Point`, `_Match`) and the calendar checks and ISO formatting of a point."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from c4ir_kb.extract.dates.grammar import _Grammar


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
    after: Optional[str] = None  # `tháng 3 tới` = "next", `tháng 5 vừa qua` = "last": the year against publication
    yy: Optional[int] = None  # a two-digit year, its century read at resolution (`16/1/24`)
    plus: int = 0  # years added once the century is known (the end of a decade)
    decade: bool = False
    last_day: bool = False  # `ngày cuối cùng của tháng 2`: the day is known once the year is
    future: bool = False  # a future word in its clause: the first such day/month on or after publication
    week: Optional[str] = None  # `tuần đầu tiên của tháng 9`: "first" or "last" week of the month


@dataclass
class _Match:
    start: int
    end: int
    kind: str  # point | interval | relative
    a: Optional[_Point] = None
    b: Optional[_Point] = None
    rel: Optional[tuple] = None  # (unit, offset), or ("weekday", day 0..6, mode, offset)
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



def _key(p: _Point) -> tuple:
    return (p.m or 0, p.d or 0, p.q or 0)


def _fmt(p: _Point) -> str:
    y = f"{p.y:04d}" if p.y is not None else "-"
    if p.precision == "year":
        return y
    if p.precision == "quarter":
        return f"{y}-Q{p.q}"
    if p.precision == "month":
        return f"{y}-{p.m:02d}"
    return f"{y}-{p.m:02d}-{p.d:02d}"

