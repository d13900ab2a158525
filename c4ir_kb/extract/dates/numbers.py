"""Spelled-out numbers (`mười tám`, `hai nghìn hai mươi sáu`, `một chín tám sáu`).

`digit_view(norm)` returns the text with each spelled-out day, year or quarter number in a
date context replaced by its digits, padded on the left with spaces to the same length, so
the written-form grammar reads `ngày mười tám tháng chín năm hai nghìn hai mươi sáu` as
`ngày       18 tháng chín năm                   2026` and every offset still points into
the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.extract.dates.grammar import _alt, lexicon


class _Numbers:
    def __init__(self, lex: dict):
        nw = lex["number_words"]
        self.digits: dict[str, int] = nw["digits"]
        self.ten, self.tens, self.twenty, self.hundred = nw["ten"], nw["tens"], nw["twenty"], nw["hundred"]
        self.thousand = set(nw["thousand"])
        self.zero_ten = set(nw["zero_ten"])
        self.unit_only_after_tens = set(nw["unit_only_after_tens"])
        self.not_after_tens = set(nw["not_after_tens_unit"])
        self.contracted = set(nw["contracted_units"])
        words = list(self.digits) + [self.ten, self.tens, self.twenty, self.hundred, *self.thousand, *self.zero_ten]
        seq = rf"(?:{_alt(words)})(?:\s+(?:{_alt(words)})){{0,8}}(?!\w)"  # bounded: `năm năm năm ...` stays linear
        self.ymin, self.ymax = lex["year_min"], lex["year_max"]
        self.quarters: dict[str, int] = lex["quarter_words"]
        year_next = _alt(lex["spelled_year_next"])
        months = rf"(?:\d{{1,2}}|{_alt(lex['month_names'])})"
        units = _alt(lex["ago_units"])
        self.contexts = [
            # (pattern with group n, kind, padding side); kind decides which values are accepted.
            # Digits go to the right end when a context word starts the match (`năm       2026`),
            # to the left end when the number does (`18      tháng chín năm 2026`).
            (re.compile(rf"(?<!\w)(?:mồng|mùng)\s+(?P<n>{seq})", re.I), "day", "left"),
            (re.compile(rf"(?<!\w)ngày\s+(?P<n>{seq})(?=\s+tháng\s)", re.I), "day", "left"),
            (re.compile(rf"(?<![\w.,/])(?P<n>{seq})(?=\s+tháng\s+{months}(?!\w)\s*,?\s+năm\s)", re.I), "day", "right"),
            (re.compile(rf"(?<!\w)năm\s+(?P<n>{seq})(?=\s*(?:[.,;:!?)]|$)|\s+(?:{year_next})(?!\w))", re.I), "year", "left"),
            (re.compile(rf"(?<!\w)quý\s+(?P<n>{_alt(self.quarters)})(?!\w)", re.I), "quarter", "left"),
            (re.compile(rf"(?<!\w)(?:{_alt(lex['decade_words'])})\s+(?P<n>{seq})", re.I), "decade", "left"),
            (re.compile(rf"(?<![\w.,/])(?P<n>{seq})(?=\s+(?:{units})\s+(?:trước|nữa)(?!\w))", re.I), "count", "right"),
            (re.compile(rf"(?<![\w.,/])(?P<n>{seq})(?=\s+tháng\s+(?:{_alt(lex['months_of_year'])})\s+năm(?!\w))", re.I), "count", "right"),
            # `chín tháng năm nay`, `sáu tháng năm 2025`: the year's first months (`months_to_date`)
            (re.compile(rf"(?<![\w.,/])(?P<n>{seq})(?=\s+tháng\s+năm\s+(?:{_alt(lex['relative_years'])})(?!\w)|\s+tháng\s+(?:năm\s+)?\d{{4}}(?!\d))", re.I), "count", "right"),
        ]

    def _digit(self, w: str, first: bool) -> Optional[int]:
        if w in self.unit_only_after_tens and first:
            return None
        return self.digits.get(w)

    def below_100(self, ws: list[str]) -> Optional[int]:
        if len(ws) == 1:
            if ws[0] == self.ten:
                return 10
            return self._digit(ws[0], True)
        if ws[0] == self.ten and len(ws) == 2:
            u = self.digits.get(ws[1])
            return 10 + u if u and ws[1] != "mốt" else None
        if len(ws) == 2 and ws[1] in self.contracted:  # `hai mốt` = 21
            t = self._digit(ws[0], True)
            return t * 10 + self.digits[ws[1]] if t and t >= 2 else None
        if ws[0] == self.twenty and len(ws) <= 2:
            if len(ws) == 1:
                return 20
            u = self.digits.get(ws[1])
            return 20 + u if u else None
        if len(ws) in (2, 3) and ws[1] == self.tens:
            t = self._digit(ws[0], True)
            if not t or t < 2:
                return None
            if len(ws) == 2:
                return t * 10
            u = self.digits.get(ws[2])
            if not u or ws[2] in self.not_after_tens:
                return None
            return t * 10 + u
        return None

    def below_1000(self, ws: list[str], zero_hundreds: bool = False) -> Optional[int]:
        if not ws:
            return None
        h, i = 0, 0
        if len(ws) >= 2 and ws[1] == self.hundred:
            d = self._digit(ws[0], True)
            if d is None or (d == 0 and not zero_hundreds):
                return None
            h, i = d * 100, 2
        rest = ws[i:]
        if not rest:
            return h if i else None
        if rest[0] in self.zero_ten:
            if len(rest) == 2 and self.digits.get(rest[1]):
                return h + self.digits[rest[1]]
            return None
        low = self.below_100(rest)
        return None if low is None else h + low

    def value(self, ws: list[str]) -> Optional[int]:
        """The number the words spell, or None."""
        if len(ws) == 4 and all(w in self.digits for w in ws) and ws[0] not in ("không",):
            return int("".join(str(self.digits[w]) for w in ws))  # `một chín tám sáu`
        k = next((i for i, w in enumerate(ws) if w in self.thousand), None)
        if k is None:
            return self.below_1000(ws)
        left = self.below_1000(ws[:k])
        if not left:
            return None
        right = ws[k + 1 :]
        if not right:
            return left * 1000
        rv = self.below_1000(right, zero_hundreds=True)
        return None if rv is None else left * 1000 + rv

    def accepts(self, kind: str, n: int, words: int) -> bool:
        if kind == "day":
            return 1 <= n <= 31
        if kind == "quarter":
            return 1 <= n <= 4
        if kind == "decade":
            return n % 10 == 0 and (10 <= n <= 90 or self.ymin <= n <= self.ymax)
        if kind == "count":
            return 1 <= n <= 999
        return words >= 2 and self.ymin <= n <= self.ymax  # a year: `năm năm` (five years) is not one


@lru_cache(maxsize=1)
def _numbers() -> _Numbers:
    return _Numbers(lexicon())


def spelled_value(words: str) -> Optional[int]:
    """`hai nghìn hai mươi sáu` -> 2026; None when the words are not one number."""
    return _numbers().value(words.lower().split())


def digit_view(norm: str) -> str:
    """`norm` with spelled-out day, year and quarter numbers in date contexts as digits (same length)."""
    nb = _numbers()
    chars = list(norm)
    for rx, kind, pad in nb.contexts:
        for mo in rx.finditer(norm):
            s, e = mo.span("n")
            words = norm[s:e].split()
            spans = [m.span() for m in re.finditer(r"\S+", norm[s:e])]
            for k in range(len(words), 0, -1):  # the longest prefix that is one number
                if kind == "quarter":
                    n: Optional[int] = nb.quarters.get(" ".join(words[:k]).lower())
                else:
                    n = nb.value([w.lower() for w in words[:k]])
                if n is not None and nb.accepts(kind, n, k):
                    end = s + spans[k - 1][1]
                    digits = str(n)
                    fill = " " * (end - s - len(digits))
                    chars[s:end] = list(fill + digits if pad == "left" else digits + fill)
                    break
    return "".join(chars)
