"""A company's guidance: a plan trigger followed by a figure of its own business (`VPBank định hướng lợi nhuận
trước thuế năm 2026 tăng khoảng 30%`, `X dự kiến tăng trưởng tín dụng năm 2026 khoảng 15%`, `Y dự kiến đóng
góp khoảng 30% doanh thu cho Z`) sets a figure ahead: a plan, though no action verb follows the trigger.

The figure is one of data figure_plans.nouns (revenue, profit, credit growth, output …) within the first words
after the trigger (after at most one verb of change: `tăng`, `đóng góp`), and a number with a unit or a percent
follows before the clause's first comma. A figure of another body (a name between the trigger and the number:
`dự kiến lợi nhuận của Công ty X tăng 20%`) is a forecast about it, not guidance (extraction-v1: forecasts are no commitments): the trigger is dropped.

Reads: the text after a trigger, the view's mentions, the lexicon (figure_plans).
A base of comparison (`so với thực hiện 2024`) dates the figure compared, not the action: comparison_start.

Claims: nothing; it says whether a trigger of figure_plans.triggers sets a figure, and where the figure's
clause ends (`…khoảng 15%, có điều chỉnh …`: what follows the comma qualifies the figure, no new undertaking).
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView


class _Rules:
    def __init__(self, data: dict):
        fp = data["figure_plans"]
        self.triggers = set(fp["triggers"])
        lead = rf"(?:(?:{alt(fp['changes'])}){E}\s+)?(?:[^\s,;.]+\s+){{0,{int(fp['words_before'])}}}?"
        self.figure = re.compile(rf"\s*{lead}(?:{alt(fp['nouns'])}){E}[^,;]*?\d[\d.,]*\s*(?:{alt(fp['units'])}){E}")
        self.comparison = re.compile(rf"{W}(?:{alt(fp['comparisons'])}){E}")
        self.percent_first = re.compile(rf"\s*(?:(?:{alt(fp['changes'])}){E}\s+)?(?:(?:{alt(fp['approx'])})\s+)?\d[\d.,]*\s*%\s*(?:{alt(fp['nouns'])}){E}")
        self.spending = re.compile(rf"\s*(?:{alt(data['spending_verbs']['words'])})(?!\w)")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(rules_data())


def sets_figure(v: DocView, trigger_id: str, tend: int, cend: int, actor: str | None) -> int:
    """Where the figure's clause ends (its first comma after the number, else cend); 0 when no figure is set,
    -1 when the figure is another body's (a forecast, no undertaking)."""
    r = _rules()
    if trigger_id not in r.triggers:
        return 0
    m = r.figure.match(v.low, tend, cend) or r.percent_first.match(v.low, tend, cend)
    if m is None:
        return 0
    if any(x.type == "ORG" and x.entity != actor for x in v.mentions_in(tend, m.end())):
        return -1  # `dự kiến lợi nhuận của Công ty X tăng 20%`: a forecast about another body
    comma = v.low.find(",", m.end(), cend)
    return comma if comma >= 0 else cend


def comparison_start(v: DocView, start: int, end: int) -> int:
    """Where a base of comparison opens in the clause (`giảm 6% so với thực hiện 2024`), else end: the year after it
    is the figure's base, not a date of the action (data figure_plans.comparisons)."""
    m = _rules().comparison.search(v.low, start, end)
    return m.start() if m is not None else end


def spends(v: DocView, lex: Lexicon, i: int, end: int) -> bool:
    """A spending verb (data: spending_verbs) at i, its amount right after it (at most one word between):
    `chi 11.000 tỷ đồng`, `rót thêm 2 tỷ USD`; `chi nhánh …` spends nothing."""
    m = _rules().spending.match(v.low, i, end)
    if m is None:
        return False
    am = lex.amounts.amounts(v.low, m.end(), end)
    return bool(am) and len(v.low[m.end() : am[0][0]].split()) <= 1
