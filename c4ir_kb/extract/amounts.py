"""Money amounts, quantities and duration phrases, found as written.

`6.000 tỷ đồng`, `2,1 tỷ USD`, `30 triệu USD`, `US$5 triệu` are amounts;
`1.000 kỹ sư`, `gấp tối thiểu 10 lần`, `140 MW`, `10.000 rack` are quantities;
`3 năm tới`, `hai năm tới`, `trong vòng 30 ngày`, `giai đoạn 2025 - 2030`, `đến năm 2030` are target periods.

Reads: the normalized text (lower-cased, same offsets), a clause's span and the tagger's tokens;
its words come from data/commitments.json (currency, units, date_words, amount_words), handed over
by the commitment lexicon. Claims: nothing by itself; every function returns (start, end) spans
into the text, and the commitment arguments component decides what to keep.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from c4ir_kb.models import Token

_NUM = r"\d+(?:[.,]\d+)*"
_WB = r"(?<![\w.,])"  # number start not glued to a word or another number
_END = r"(?!\w)"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class AmountFinder:
    def __init__(self, currency: list[str], units: list[str], date_words: list[str], words: dict):
        cur = _alt(currency)
        scale = rf"(?:{_alt(words['scales'])})"
        mod = rf"(?:(?:{_alt(words['modifiers'])})\s+)?"
        self.amount = re.compile(
            rf"{_WB}(?:{mod}{_NUM}(?:\s*{scale})*\s*(?:{cur}){_END}"
            rf"|(?:US\s?\$|\$|€)\s?{_NUM}(?:\s*(?:{scale}|million|billion|triệu|tỷ))?{_END})",
            re.IGNORECASE,
        )
        self.times = re.compile(
            rf"gấp\s+{mod}{_NUM}\s+lần{_END}|{_WB}{mod}{_NUM}\s*(?:{scale}\s*)*lần{_END}", re.IGNORECASE
        )
        self.unit = re.compile(rf"{_WB}{mod}{_NUM}(?:\s*{scale})*\s*(?:{_alt(u for u in units if u != 'lần')})(?![\w²])", re.IGNORECASE)
        self.number = re.compile(rf"{_WB}{mod}{_NUM}(?:\s*{scale})*(?![\w/.,-]\d)", re.IGNORECASE)
        self.date_words = {w.lower() for w in date_words}
        # a count of years/months written as a number or a word (`hai năm tới`, `trong vòng 30 ngày`)
        n = rf"(?:\d+|{_alt(words['count_words'])})"
        unit = rf"(?:{_alt(words['duration_units'])})"
        self.duration = re.compile(
            rf"(?:trong\s+)?(?:giai đoạn|thời gian|vòng)?\s*(?<!\w){n}\s+{unit}\s+(?:{_alt(words['duration_after'])})(?!\w)"
            rf"|(?:trong\s+(?:vòng\s+|thời gian\s+)?|tối đa\s+|không quá\s+)(?<!\w){n}\s+{unit}(?:\s+làm việc)?(?!\w)(?!\s*\d)"
            r"|(?:trong\s+)?giai đoạn\s+\d{4}\s*[-–]\s*\d{4}"
            r"|(?:đến|trước|vào|trong|từ)\s+(?:cuối\s+|đầu\s+|giữa\s+)?năm\s+\d{4}"
            rf"|(?:trong\s+)?(?:{_alt(words['relative_periods'])})(?!\w)",
            re.IGNORECASE,
        )

    def amounts(self, low: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.amount.finditer(low, start, end) if _has_digit(m.group())]

    def quantities(self, low: str, start: int, end: int, tokens: list[Token], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`gấp N lần`, number+unit, or number followed by a counted noun (by the tagger)."""
        out: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in skip + out)

        for rx in (self.times, self.unit):
            for m in rx.finditer(low, start, end):
                if free(m.start(), m.end()):
                    out.append((m.start(), m.end()))
        by_start = {t.start: t for t in tokens}
        for m in self.number.finditer(low, start, end):
            s, e = m.start(), m.end()
            if not free(s, e):
                continue
            j = e
            while j < len(low) and low[j] == " ":
                j += 1
            tok = by_start.get(j)
            if tok is None or not tok.pos.startswith("N") or tok.pos == "Np":
                continue
            if tok.text.lower() in self.date_words or re.match(r"\d", tok.text):
                continue
            if low[s:e].replace(".", "").replace(",", "").isdigit() and len(low[s:e]) == 4 and low[s:e].startswith(("19", "20")):
                continue  # a year
            out.append((s, tok.end))
        return sorted(out)

    def durations(self, low: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = []
        for m in self.duration.finditer(low, start, end):
            s, e = m.start(), m.end()
            while s < e and low[s] == " ":
                s += 1
            spans.append((s, e))
        return spans


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def first(spans: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    return spans[0] if spans else None
