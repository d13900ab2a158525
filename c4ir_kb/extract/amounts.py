"""Money amounts, quantities and duration phrases, found as written.

`6.000 tỷ đồng`, `2,1 tỷ USD`, `30 triệu USD`, `US$5 triệu` are amounts;
`1.000 kỹ sư`, `gấp tối thiểu 10 lần`, `140 MW`, `10.000 rack` are quantities;
`3 năm tới`, `hai năm tới`, `trong vòng 30 ngày`, `giai đoạn 2025 - 2030`, `đến năm 2030` are target periods.
All functions take the normalized text and return (start, end) spans into it.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from c4ir_kb.models import Token

_NUM = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm)"
_MOD = r"(?:(?:gần|khoảng|hơn|trên|dưới|tối thiểu|tối đa|ít nhất|chừng|xấp xỉ|tới|đến|lên tới|lên đến)\s+)?"
_WB = r"(?<![\w.,])"  # number start not glued to a word or another number
_END = r"(?!\w)"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class AmountFinder:
    def __init__(self, currency: list[str], units: list[str], date_words: list[str]):
        cur = _alt(currency)
        self.amount = re.compile(
            rf"{_WB}(?:{_MOD}{_NUM}(?:\s*{_SCALE})*\s*(?:{cur}){_END}"
            rf"|(?:US\s?\$|\$|€)\s?{_NUM}(?:\s*(?:{_SCALE}|million|billion|triệu|tỷ))?{_END})",
            re.IGNORECASE,
        )
        self.times = re.compile(
            rf"gấp\s+{_MOD}{_NUM}\s+lần{_END}|{_WB}{_MOD}{_NUM}\s*(?:{_SCALE}\s*)*lần{_END}", re.IGNORECASE
        )
        self.unit = re.compile(rf"{_WB}{_MOD}{_NUM}(?:\s*{_SCALE})*\s*(?:{_alt(u for u in units if u != 'lần')})(?![\w²])", re.IGNORECASE)
        self.number = re.compile(rf"{_WB}{_MOD}{_NUM}(?:\s*{_SCALE})*(?![\w/.,-]\d)", re.IGNORECASE)
        self.date_words = {w.lower() for w in date_words}
        # a count of years/months written as a number or a word (`hai năm tới`, `trong vòng 30 ngày`)
        n = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười hai|vài|mấy)"
        self.duration = re.compile(
            rf"(?:trong\s+)?(?:giai đoạn|thời gian|vòng)?\s*(?<!\w){n}\s+(?:năm|tháng|quý|tuần|ngày)\s+(?:tới|sắp tới|tiếp theo|đến|kế tiếp)(?!\w)"
            rf"|(?:trong\s+(?:vòng\s+|thời gian\s+)?|tối đa\s+|không quá\s+)(?<!\w){n}\s+(?:năm|tháng|quý|tuần|ngày)(?:\s+làm việc)?(?!\w)(?!\s*\d)"
            r"|(?:trong\s+)?giai đoạn\s+\d{4}\s*[-–]\s*\d{4}"
            r"|(?:đến|trước|vào|trong|từ)\s+(?:cuối\s+|đầu\s+|giữa\s+)?năm\s+\d{4}"
            r"|(?:trong\s+)?(?:năm nay|năm tới|năm sau|thời gian tới|sắp tới)(?!\w)",
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
