"""Periods and years in other dress: half-years, decades, the first or last day of a month, lunar
year names (`Xuân Đinh Mùi 2027`), a bare year in a target phrase (`đến 2035`) and a month
with its year (`02/2027`)."""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.extract.dates.context import _extend_left, _preceded_by, _tail_match
from c4ir_kb.extract.dates.forms import _month, _quarter, _year_suffix
from c4ir_kb.extract.dates.grammar import _Grammar, phrase_key
from c4ir_kb.extract.dates.model import _Match, _Point, _valid
from c4ir_kb.extract.dates.notdates import _bare_rejected, _legal_number


def h_half(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`6 tháng đầu năm 2026` -> 2026-01/2026-06; `nửa cuối năm nay` -> 07/12 of the published year.
    The contract has no half-year token, so a half-year is an interval of months."""
    half = g.half_years[phrase_key(mo["h"])]
    a = _Point("month", m=1 if half == 1 else 7)
    b = _Point("month", m=6 if half == 1 else 12)
    if not _same_year(mo, g, a, b):
        return None
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_year_quarter(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`quý đầu năm` -> Q1, `quý cuối năm 2025` -> 2025-Q4: of the year written, else the published year."""
    p = _Point("quarter", q=g.year_quarters[phrase_key(mo["h"])])
    if not _same_year(mo, g, p, p):
        return None
    return _Match(*mo.span(), "point", a=p)


def _same_year(mo: re.Match, g: _Grammar, a: _Point, b: _Point) -> bool:
    """Both months take the year written after them, else the published year (`6 tháng đầu
    năm`: this year); False when either point is not a valid date."""
    _year_suffix(mo, g, b)
    if b.y is None and b.yrel is None:
        b.yrel = 0
    a.y, a.ysrc, a.yrel = b.y, b.ysrc, b.yrel
    return _valid(a, g) and _valid(b, g)


def h_months_of_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`5 tháng đầu năm 2025` -> 2025-01/2025-05; `3 tháng cuối năm` -> 10/12 of the published year."""
    n = int(mo["n"])
    if not 1 <= n <= 11:
        return None
    first = g.months_of_year[mo["e"].lower()] == "first"
    a = _Point("month", m=1 if first else 13 - n)
    b = _Point("month", m=n if first else 12)
    if not _same_year(mo, g, a, b):
        return None
    if n == 1:
        return _Match(*mo.span(), "point", a=b)  # `1 tháng đầu năm` is January
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_months_to_date(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Lũy kế 9 tháng 2025`, `9 tháng năm nay`: a count of months with a year and nothing between
    names the year's first months (2025-01/2025-09), as `9 tháng đầu năm 2025` does."""
    n = int(mo["n"])
    if not 2 <= n <= 11 or _preceded_by(g.day_words_tail, norm, mo.start()):
        return None  # `ngày 9 tháng năm 2025` is a day
    a, b = _Point("month", m=1), _Point("month", m=n)
    if not _same_year(mo, g, a, b):
        return None
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_decade(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`thập niên 1990`, `những năm 90` -> 1990/1999."""
    y = int(mo["y"])
    if y % 10:
        return None  # `những năm 2025`
    if len(mo["y"]) == 2:  # `những năm 90`: the century is fixed at resolution
        a = _Point("year", yy=y, decade=True)
        b = _Point("year", yy=y, decade=True, plus=9)
        return _Match(*mo.span(), "interval", a=a, b=b)
    a = _Point("year", y=y, ysrc="text")
    b = _Point("year", y=y + 9, ysrc="text")
    if not (_valid(a, g) and _valid(b, g)):
        return None
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_edge_day(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`ngày đầu tiên của tháng ba` -> day 1; `ngày cuối cùng của tháng 6` -> its last day."""
    mon = _month(mo["m"], g, norm[mo.start("m") : mo.end("m")], any_case=True)
    if mon is None:
        return None
    edge = g.edge_days[phrase_key(mo["e"])]
    p = _Point("day", m=mon, d=1, last_day=edge == "last")
    _year_suffix(mo, g, p)
    if not _valid(p, g):
        return None
    return _Match(*mo.span(), "point", a=p)


def h_week_of_month(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`tuần đầu tiên của tháng 9 năm 2017` -> 2017-09-04/2017-09-10 (weeks start on Monday)."""
    mon = _month(mo["m"], g, norm[mo.start("m") : mo.end("m")], any_case=True)
    if mon is None:
        return None
    p = _Point("month", m=mon, week=g.week_of_month[phrase_key(mo["e"])])
    _year_suffix(mo, g, p)
    return _Match(*mo.span(), "point", a=p) if _valid(p, g) else None


def _cycle(y: int) -> tuple[int, int]:
    """(stem, branch) of a year: 1984 was Giáp Tý (0, 0)."""
    return (y - 4) % 10, (y - 4) % 12


def h_lunar_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`Xuân Đinh Mùi 2027` -> 2027, when the name fits the number (names are capitalized)."""
    can, chi = mo["can"], mo["chi"]
    if not (can[:1].isupper() and chi[:1].isupper()):
        return None
    stem, branch = g.stems.index(can.lower()), g.branches[chi.lower()]
    if not mo["y"]:
        if not mo["pre"]:
            return None  # `Đinh Mùi` alone may be a name
        # `Tết Bính Ngọ`: the year of that name nearest to publication
        return _Match(*mo.span(), "relative", rel=("cycle", stem, branch))
    y = int(mo["y"])
    if _cycle(y) != (stem, branch):
        return None  # the number alone is still read by the other rules
    p = _Point("year", y=y, ysrc="text")
    if not _valid(p, g):
        return None
    return _Match(*mo.span(), "point", a=p)


def h_target_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`đến 2035`, `trước 2030`: a bare year after a target word; `Tầm nhìn 2045` alone is not one."""
    y = int(mo["y"])
    lo, hi = g.target_range
    s, e = mo.span()
    if not lo <= y <= hi or g.target_not_before.match(norm, e) or _legal_number(norm, mo.start("y"), e, g):
        return None
    m = _Match(mo.start("y"), e, "point", a=_Point("year", y=y, ysrc="text"))
    _extend_left(m, norm, g, g.ext_period)
    return m


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s*(?:,|và|hoặc)\s*$", re.IGNORECASE)
_YEAR_NEXT = re.compile(r"\s*(?:,|và|hoặc)\s*(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]\"”’]|$)")


def h_name_year(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`kỳ thi tốt nghiệp THPT 2026`, `AFF Cup 2026`, `Kế hoạch 2027`, `(2003)`: a bare year after a
    name (see `_name_year` in dates.json for when the words around it make it one)."""
    y = int(mo["y"])
    lo, hi = g.target_range
    s, e = mo.start("y"), mo.end("y")
    if not lo <= y <= hi or g.legal_after.match(norm, e) or g.name_year_not_before.match(norm, e):
        return None
    if _preceded_by(g.legal_before, norm, s) and not _preceded_by(g.name_year_heads, norm, s):
        return None  # `Nghị quyết 2025`: a document number; `Kế hoạch 2025` is the year's plan
    if mo.group().startswith("("):
        if not mo["p"]:
            return None  # `(2003` opens a list of numbers
        return _Match(s, e, "point", a=_Point("year", y=y, ysrc="text"))
    before = norm[max(0, s - 40) : s]
    if g.name_year_document.search(norm[max(0, s - 60) : s]):
        return None  # `Công ước Di sản thế giới 1972`: the year is part of a document's name
    if _YEAR_BEFORE.search(before):
        pass  # `2021 và 2023`: listed with a year
    elif _preceded_by(g.name_year_not_after, norm, s):
        return None
    else:
        w = _WORD_BEFORE.search(before)
        named = w is not None and w.group(1)[:1].isupper()
        if not (named or _preceded_by(g.name_year_heads, norm, s) or _CLAUSE_END.match(norm, e) or _YEAR_NEXT.match(norm, e)):
            return None
    return _Match(s, e, "point", a=_Point("year", y=y, ysrc="text"))


def h_dm_dot_target(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`từ 1.7`, `từ 24.7 đến 8.8`: a dotted day.month after a range or target word; the span
    starts at the number so that `đến 8.8` joins the date before it."""
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]))
    if not _valid(p, g) or g.dotted_target_not_before.match(norm, mo.end()) or _legal_number(norm, mo.start("d"), mo.end(), g):
        return None
    return _Match(mo.start("d"), mo.end(), "point", a=p)


def h_my(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`02/2027`: a month with its year, checked like a bare day/month (`Thông tư 01/2024` is a number)."""
    p = _Point("month", m=int(mo["m"]), y=int(mo["y"]), ysrc="text")
    s, e = mo.span()
    if not _valid(p, g) or _legal_number(norm, s, e, g) or _bare_rejected(norm, s, e, g):
        return None
    if _preceded_by(g.month_not_after, norm, s):
        return None
    m = _Match(s, e, "point", a=p)
    _extend_left(m, norm, g, g.ext_period)
    return m


def h_dmy_range(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`2/9/1945-2/9/2025`: two full dates joined by a dash, one interval."""
    a = _Point("day", d=int(mo["d1"]), m=int(mo["m1"]), y=int(mo["y1"]), ysrc="text")
    b = _Point("day", d=int(mo["d2"]), m=int(mo["m2"]), y=int(mo["y2"]), ysrc="text")
    if not (_valid(a, g) and _valid(b, g)) or (a.y, a.m, a.d) >= (b.y, b.m, b.d) or _legal_number(norm, *mo.span(), g):
        return None
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_dm_pair_range(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`30/4-1/5`, `30/12-2/1/2026`: two day/months joined by a bare dash, one interval (a
    written year is the second day's; the first is in the year before when it falls later)."""
    a = _Point("day", d=int(mo["d1"]), m=int(mo["m1"]))
    b = _Point("day", d=int(mo["d2"]), m=int(mo["m2"]))
    wrap = (a.m, a.d) > (b.m, b.d)
    if mo["y"] or mo["yw"]:
        b.y, b.ysrc = int(mo["y"] or mo["yw"]), "text"
        a.y, a.ysrc = b.y - wrap, "text"
    elif mo["yr"]:
        b.yrel = g.rel_years[phrase_key(mo["yr"])]
        a.yrel = b.yrel - wrap
    if not (_valid(a, g) and _valid(b, g)) or (a.m, a.d) == (b.m, b.d) or _legal_number(norm, *mo.span(), g):
        return None
    m = _Match(*mo.span(), "interval", a=a, b=b)
    if not _extend_left(m, norm, g, g.ext_day[:2] + g.ext_range) and _bare_rejected(norm, *mo.span(), g):
        return None  # `tỷ lệ 3/4-1/2`
    return m


def h_dm_dot_paren(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`mùng 7 Tết (23.2)`, `thứ Hai (9.3)`: a dotted day.month in brackets after a day word."""
    p = _Point("day", d=int(mo["d"]), m=int(mo["m"]))
    s = _tail_match(g.paren_day_before, norm, mo.start())
    if s is None or not _valid(p, g):
        return None  # `tăng (23.2)`: a decimal
    m = _Match(s, mo.end(), "point", a=p)
    _extend_left(m, norm, g, g.ext_day[3:])  # `chiều thứ Hai (9.3)`
    return m


def h_quarter_range(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`quý 3-4/2026`, `từ quý II đến quý IV năm 2027`: an interval of quarters."""
    if phrase_key(mo["c"]) in g.to_words and not mo["from"]:
        return None
    a, b = _Point("quarter", q=_quarter(mo["q1"], g)), _Point("quarter", q=_quarter(mo["q2"], g))
    _year_suffix(mo, g, b)
    a.y, a.ysrc, a.yrel = b.y, b.ysrc, b.yrel
    if not (_valid(a, g) and _valid(b, g) and a.q < b.q):
        return None
    return _Match(*mo.span(), "interval", a=a, b=b)


def h_year_listed(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`năm 2026 và 2027`: the second year listed after `năm` (the first is read by `date-year`)."""
    p = _Point("year", y=int(mo["y"]), ysrc="text")
    s, e = mo.start("y"), mo.end()
    if not _valid(p, g) or g.bare_not_before.match(norm, e):
        return None
    return _Match(s, e, "point", a=p)


def h_dm_words_end(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`… tổ chức 20 tháng 11.`: a day and a month ending a clause, without `ngày` or a year."""
    mon = _month(mo["m"], g, norm[mo.start("m") : mo.end("m")], any_case=True)
    s, e = mo.span()
    if mon is None or _preceded_by(g.day_words_end_not_after, norm, s) or _legal_number(norm, s, e, g):
        return None
    p = _Point("day", d=int(mo["d"]), m=mon)
    if not _valid(p, g):
        return None
    m = _Match(s, e, "point", a=p)
    _extend_left(m, norm, g, g.ext_day[2:])
    return m


def h_ago(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`3 năm trước` -> three years before publication; `sau 5 ngày nữa` -> five days after it."""
    s, e = mo.span()
    back = mo["dir"].lower() == "trước"
    if back and mo["sau"] or _preceded_by(g.ago_not_after, norm, s):
        return None  # `sau 3 năm trước`, `trong 3 năm trước`: a stretch, not a point
    if back and g.rel_not_before.match(norm, e):
        return None  # `3 năm trước đó`: counted from the story
    n = int(mo["n"])
    return _Match(s, e, "relative", rel=(g.ago_units[mo["u"].lower()], -n if back else n))


def h_day_rel_month(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    """`ngày 15 tháng này`, `mùng 5 tháng tới`: a day of the month counted from publication."""
    s, e = mo.span()
    d = int(mo["d"])
    if not 1 <= d <= 31 or g.rel_not_before.match(norm, e):
        return None  # `ngày 5 tháng trước đó`
    m = _Match(s, e, "relative", rel=("day_of_month", d, g.relative_months[mo["rm"].lower()]))
    _extend_left(m, norm, g, g.ext_day[2:])
    return m


PERIOD_HANDLERS = {
    "day_rel_month": h_day_rel_month,
    "ago": h_ago,
    "half": h_half,
    "year_quarter": h_year_quarter,
    "months_to_date": h_months_to_date,
    "decade": h_decade,
    "dm_dot_listed": h_dm_dot_target,
    "dm_dot_after_days": h_dm_dot_target,  # `ngày 8 và 9.11`: the dotted day that closes a list
    "edge_day": h_edge_day,
    "lunar_year": h_lunar_year,
    "target_year": h_target_year,
    "name_year": h_name_year,
    "dm_dot_target": h_dm_dot_target,
    "my": h_my,
    "months_of_year": h_months_of_year,
    "dmy_range": h_dmy_range,
    "dm_dot_paren": h_dm_dot_paren,
    "dm_pair_range": h_dm_pair_range,
    "quarter_range": h_quarter_range,
    "week_of_month": h_week_of_month,
    "year_listed": h_year_listed,
    "dm_words_end": h_dm_words_end,
}
