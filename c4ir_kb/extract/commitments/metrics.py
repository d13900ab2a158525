"""A company's or project's own figure as the subject of a plan: its owner plans the change.

`Vốn điều lệ của Công ty X dự kiến tăng lên 5.000 tỷ đồng`, `Tổng vốn đầu tư dự kiến tăng thêm
40 triệu USD`, `vốn điều lệ tăng thêm dự kiến sử dụng cho …`: the subject names a figure the actor sets
itself (its charter capital, the project's investment: data metric_subjects.nouns), and what follows a
plan trigger changes or allocates it (metric_subjects.changes). The owner is a name inside the subject
phrase (`vốn điều lệ VietinBank`, `… của Công ty X`), else the actor of the sentences before (the caller's
context). A business figure (`doanh thu`, `lợi nhuận`, `tăng trưởng tín dụng`: metric_subjects.plan_figures) is planned
by reaching a figure too (`… dự kiến đạt khoảng 35%`); its owner, when the phrase names none, is the actor of a plan
or target stated just before it (the caller's), never an actor merely named before. A figure merely stated (`Tổng vốn đầu tư dự kiến 1.400 tỷ đồng`) describes, no undertaking;
a market's figures (`giá cổ phiếu dự kiến tăng`) are not in the list: forecasts are no commitments.

Reads: the clause before the trigger and after it, the view's mentions, the lexicon (metric_subjects).
Claims: nothing; it returns the owner (an Actor, rule `metric-owner`), `None` for the context's actor, or
says no (the subject is no such figure).
"""

from __future__ import annotations

from typing import Optional

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def metric_subject(v: DocView, lex: Lexicon, lo: int, pos: int, tend: int, cend: int) -> tuple[str, int]:
    """The clause opens (after a lead or an adjunct and its comma, or a conjunction) with a figure of the actor's own,
    and the trigger changes or allocates it: `own` (capital, investment), `plan` (a business figure a company plans,
    data metric_subjects.plan_figures, which reaching a figure also sets, and no market's or facility's); else ``;
    with where the figure's noun starts (the clause of a planned business figure opens there), else pos."""
    comma = v.low.rfind(",", lo, pos)
    m = lex.metric_subject_re.fullmatch(v.low, lo, pos) or (lex.metric_subject_re.fullmatch(v.low, comma + 1, pos) if comma >= 0 else None)
    if m is None or len(m.group("rest").split()) > lex.metric_max_words:
        return "", pos
    if any(x.type == "PER" for x in v.mentions_in(lo, pos)):
        return "", pos
    if m.group("noun") in lex.plan_figures:
        if lex.market_word.search(m.group("rest")):
            return "", pos  # `lợi nhuận toàn ngành dự kiến tăng …`: a forecast; `doanh thu dự án …`: a facility described
        return ("plan", m.start("noun")) if lex.plan_figure_change_re.match(v.low, tend, cend) else ("", pos)
    return ("own", m.start("noun")) if lex.metric_change_re.match(v.low, tend, cend) else ("", pos)


def metric_owner(v: DocView, lex: Lexicon, actors: ActorFinder, lo: int, pos: int) -> Optional[Actor]:
    """The organisation named inside the figure's phrase (`vốn điều lệ của Công ty X`), if any (after a leading
    adjunct: `Sau đợt phát hành, vốn điều lệ …`)."""
    lo = max(lo, v.low.rfind(",", lo, pos) + 1)
    org = next((x for x in v.mentions_in(lo, pos) if x.type == "ORG"), None)
    if org is None:
        return None
    act = actors.from_mention(org, lo)
    act.rule, act.confidence = "metric-owner", lex.confidence("metric-owner")
    return act
