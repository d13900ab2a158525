"""Weekdays: alone (`thứ Hai`, `chủ nhật`), fixed by what follows (`thứ Sáu tới`, `thứ Hai tuần
trước`), or beside a date (`Thứ Tư, 7/1/2015`), where they are checked against it.

A weekday alone is the coming one (on or after publication), except in a clause that reports
the past (`hôm thứ Hai`, or `đã`, `vừa`, `cho biết` ... in the sentence and no `sẽ`, `dự kiến`):
then it is the one on or before publication. See the README, "Dates".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from c4ir_kb.extract.dates.calendar import make_date, shift
from c4ir_kb.extract.dates.context import _extend_left, _preceded_by
from c4ir_kb.extract.dates.grammar import _Grammar, phrase_key
from c4ir_kb.extract.dates.model import _Match

_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(norm: str, s: int, e: int) -> tuple[str, str]:
    """The text of the sentence before and after the span s..e."""
    before = norm[max(0, s - 300) : s]
    cut = max((mo.end() for mo in _SENTENCE_END.finditer(before)), default=0)
    after = norm[e : e + 300]
    end = _SENTENCE_END.search(after)
    return before[cut:], after[: end.start() if end else len(after)]


def h_weekday(mo: re.Match, norm: str, g: _Grammar) -> Optional[_Match]:
    s, e = mo.span()
    key = phrase_key(mo["w"])
    wd = g.weekday_names[key]
    last_word = mo["w"].split()[-1]
    plain = not key.startswith("ch") and not last_word[:1].isupper()  # `thứ hai`, `thứ 2`: also ordinals
    if plain and _preceded_by(g.weekday_not_after, norm, s) or _preceded_by(g.weekday_ordinal_after, norm, s):
        return None  # `lần thứ hai`, `lớn thứ 2`, `Hội nghị lần thứ Hai`
    if g.weekday_position_after.match(norm, e):
        return None  # `(thứ 2, trái)`: a position in a photo
    if g.recurring.match(norm, e) or not mo["after"] and _preceded_by(g.weekday_recurring_before, norm, s):
        return None  # `thứ Hai hàng tuần`, `các ngày thứ Bảy` (`từ thứ Hai tuần này` is one Monday)
    if g.weekday_listed_recurring.search(norm[max(0, s - 40) : s]):
        return None  # `các ngày thứ Bảy và chủ nhật`
    if g.weekday_span_after.match(norm, e) or g.weekday_span_before.search(norm[max(0, s - 30) : s]):
        return None  # `từ thứ Hai đến thứ Sáu`: every week
    before, after = _sentence(norm, s, e)
    if mo["after"]:
        mode, k = g.weekday_after[phrase_key(mo["after"])]
    else:
        if plain:
            if not g.weekday_lower_next.match(norm, e):
                return None  # `thứ hai thế giới`
            if not before.strip() and norm[e : e + 1] == ",":
                return None  # `Thứ hai, ...` opening a sentence: "secondly"
        if g.weekday_restating_before.search(norm[max(0, s - 60) : s]) or g.weekday_restating_after.match(norm, e):
            m = _Match(s, e, "relative", rel=("weekday", wd, "restating", 0))  # `30-4 rơi vào thứ Năm`
            _extend_left(m, norm, g, [g.ext_day[1], g.ext_day[3]])
            return m
        hom = _preceded_by(g.weekday_past_before, norm, s)
        clause = before + " " + after
        past = hom or (bool(g.weekday_past.search(clause)) and not g.weekday_future.search(clause))
        mode, k = ("past" if past else "coming"), 0
    m = _Match(s, e, "relative", rel=("weekday", wd, mode, k))
    _extend_left(m, norm, g, [g.ext_day[1], g.ext_day[3]])  # `hôm thứ Hai`, `sáng thứ Bảy`
    return m


def weekday_value(wd: int, mode: str, k: int, pub: date) -> Optional[date]:
    """The day a weekday names, read against the publication date (None outside the calendar)."""
    today = pub.weekday()
    if mode == "week":  # `thứ Tư tuần tới`: that weekday of the week k weeks away (weeks start on Monday)
        return shift(pub, 7 * k - today + wd)
    if mode == "next":  # `thứ Sáu tới`: the first one after publication
        return shift(pub, (wd - today) % 7 or 7)
    if mode == "last":  # `thứ Ba vừa rồi`: the last one before publication
        return shift(pub, -((today - wd) % 7 or 7))
    if mode == "past":
        return shift(pub, -((today - wd) % 7))
    return shift(pub, (wd - today) % 7)  # coming: on or after publication


def span_weekday(m: _Match, norm: str, g: _Grammar) -> Optional[int]:
    """The weekday written in a date's span (`Thứ Tư, 7/1/2015` -> 2), if any."""
    wm = g.weekday_in_span.search(norm[m.start : m.end])  # prefix words only: spans grow to the left
    return g.weekday_names.get(phrase_key(wm.group())) if wm else None


def weekday_mismatch(m: _Match, norm: str, g: _Grammar, value: str) -> bool:
    """A weekday written in the span of a full date (`Thứ Tư, 7/1/2015`) that is not its weekday."""
    wd = span_weekday(m, norm, g)
    if wd is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    day = make_date(int(value[:4]), int(value[5:7]), int(value[8:]))
    return day is not None and day.weekday() != wd
