"""Rebuild `lunar_months` in c4ir_kb/data/dates.json: the solar day each Vietnamese lunar month begins.

The Vietnamese lunar calendar is the Chinese one computed for Vietnam's time zone (UTC+7): a
month begins on the day of the new moon, the 11th month holds the winter solstice, and a year
with 13 months repeats the first month that holds no major solar term. This is Hồ Ngọc Đức's
published algorithm (astronomical formulas after Meeus, "Astronomical Algorithms"), written
out here so that the extractor ships a plain table and computes no astronomy at run time.
Run by hand to widen the range of years (checked against `KNOWN_TET`):

    python tools/build_lunar.py
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path

DATES = Path(__file__).resolve().parents[1] / "c4ir_kb" / "data" / "dates.json"
FIRST, LAST = 2000, 2040  # lunar years in the table
TZ = 7.0  # Vietnam
# Checks: Tết 2007 came a day before China's (the new moon fell before midnight at UTC+7, after it
# at UTC+8), as does Tết 2030; 2025 and 2026 as the government's holiday notices date them.
KNOWN_TET = {"2007": "2007-02-17", "2025": "2025-01-29", "2026": "2026-02-17", "2030": "2030-02-02"}
_EPOCH = date(1, 1, 1).toordinal() - 1721426  # ordinal = julian day number + _EPOCH


def jd(day: date) -> int:
    return day.toordinal() - _EPOCH


def from_jd(n: int) -> date:
    return date.fromordinal(n + _EPOCH)


def new_moon(k: int) -> float:
    """Julian day (UT) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3, dr = t * t, t * t * t, math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr) - 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta


def new_moon_day(k: int) -> int:
    return math.floor(new_moon(k) + 0.5 + TZ / 24)


def sun_sector(day: int) -> int:
    """The sun's longitude at local midnight starting `day`, in 30-degree sectors (0..11)."""
    t = (day - 0.5 - TZ / 24 - 2451545.0) / 36525
    t2, dr = t * t, math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= 2 * math.pi * math.floor(lon / (2 * math.pi))
    return math.floor(lon / math.pi * 6)


def month11(year: int) -> int:
    """Julian day of the first day of the 11th lunar month (the one holding the winter solstice) of `year`."""
    k = math.floor((jd(date(year, 12, 31)) - 2415021) / 29.530588853)
    nm = new_moon_day(k)
    return new_moon_day(k - 1) if sun_sector(nm) >= 9 else nm


def cycle(y: int) -> tuple[list[int], int]:
    """The new moons from the 11th month of year y-1 to the 11th of y, and the index of its
    leap month (the first with no major solar term; 0: no leap month). Cached: each cycle is
    read for its own year and for the year before."""
    if y not in _CYCLES:
        a11, b11 = month11(y - 1), month11(y)
        k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
        n = round((b11 - a11) / 29.530588853)
        starts = [new_moon_day(k + i) for i in range(n + 1)]
        leap_at = next(i for i in range(1, 14) if sun_sector(starts[i]) == sun_sector(starts[i + 1])) if n == 13 else 0
        _CYCLES[y] = (starts, leap_at)
    return _CYCLES[y]


_CYCLES: dict[int, tuple[list[int], int]] = {}


def table() -> dict[str, dict]:
    out = {}
    for y in range(FIRST, LAST + 1):
        starts, leap_at = cycle(y)  # from the 11th month of y-1 to the 11th of y
        numbered = []  # (month number, leap?, start) from month 11 of the year before
        num = 11
        for i, s in enumerate(starts[:-1]):
            if i == leap_at and leap_at:
                numbered.append((numbered[-1][0], True, s))
                continue
            numbered.append((num, False, s))
            num = num % 12 + 1
        # months 1..12 of lunar year y: from month 1 after the first 11th/12th, then month 11 and 12 of the next cycle
        nxt, nxt_leap = cycle(y + 1)
        first = next(i for i, (mm, lp, _) in enumerate(numbered) if mm == 1 and not lp)
        year_months = numbered[first:] + [(11, False, nxt[0])]
        if nxt_leap == 1:  # a leap 11th month
            year_months.append((11, True, nxt[1]))
            year_months.append((12, False, nxt[2]))
        else:
            year_months.append((12, False, nxt[1]))
            if nxt_leap == 2:
                year_months.append((12, True, nxt[2]))
        starts_md = [from_jd(s).isoformat() for mm, lp, s in year_months if not lp]
        leap = [(mm, from_jd(s).isoformat()) for mm, lp, s in year_months if lp]
        entry: dict = {"months": starts_md}
        if leap:
            entry["leap"] = [leap[0][0], leap[0][1]]
        out[str(y)] = entry
    return out


def main() -> None:
    text = DATES.read_text(encoding="utf-8")
    t = table()
    for y, first in KNOWN_TET.items():
        if t[y]["months"][0] != first:
            raise SystemExit(f"Tết {y}: table says {t[y]['months'][0]}, the calendar says {first}")
    for y in t:  # each lunar year ends the day before the next Tết
        if str(int(y) + 1) in t:
            nxt = date.fromisoformat(t[str(int(y) + 1)]["months"][0])
            last = date.fromisoformat(t[y]["months"][11])
            if not 29 <= (nxt - last).days <= 30:
                raise SystemExit(f"lunar year {y}: 12th month of {(nxt - last).days} days")
    start = text.index('  "lunar_months"') if '"lunar_months"' in text else None
    body = ",\n".join(f'    "{y}": {json.dumps(e, ensure_ascii=False)}' for y, e in t.items())
    block = f'  "lunar_months": {{\n{body}\n  }}'
    if start is None:
        end = text.rstrip().rindex("}")
        text = text[:end].rstrip() + ",\n" + block + "\n}\n"
    else:
        end = text.index("\n  }", start) + 4
        text = text[:start] + block + text[end:]
    json.loads(text)
    DATES.write_text(text, encoding="utf-8")
    print(f"lunar_months: {len(t)} years, {sum('leap' in e for e in t.values())} with a leap month")


if __name__ == "__main__":
    main()
