"""Numbers that only look like dates: document numbers, scores, fractions, quantities."""

from __future__ import annotations

import re

from c4ir_kb.extract.dates.context import _preceded_by, _window_before
from c4ir_kb.extract.dates.grammar import _Grammar


def _legal_number(norm: str, s: int, e: int, g: _Grammar) -> bool:
    return _preceded_by(g.legal_before, norm, s) or bool(g.legal_after.match(norm, e))


def _bare_rejected(norm: str, s: int, e: int, g: _Grammar) -> bool:
    if norm[s:e] in g.bare_not:
        return True
    if _preceded_by(g.bare_not_after, norm, s) and not _preceded_by(g.bare_allowed_after, norm, s):
        return True
    clause = re.split(r"[.;!?\n]", _window_before(norm, s, 60))[-1]
    if g.bare_score.search(clause) or ("-" in norm[s:e] and _score_verb(clause, g)):
        return True
    return bool(g.bare_not_before.match(norm, e))



def _score_verb(clause: str, g: _Grammar) -> bool:
    """`thắng Thái Lan 2-1`: a score verb in the clause that is not part of a longer word (`chiến thắng`)."""
    covered = [mo.span() for mo in g.score_word_not.finditer(clause)]
    return any(
        clause[mo.start()].islower() and not any(a <= mo.start() < b for a, b in covered)  # `Khánh Hòa` is a name
        for mo in g.score_word.finditer(clause)
    )
