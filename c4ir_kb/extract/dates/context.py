"""The words around a match: windows before it and growing its span to the left."""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.extract.dates.grammar import _Grammar
from c4ir_kb.extract.dates.model import _Match


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
            close = g.paren_close.match(norm, m.end)  # `Chủ nhật (26-4 dương lịch)`
            if close is None:
                continue
            m.end = close.end()
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

