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
    if g.bare_score.search(clause):
        return True
    return bool(g.bare_not_before.match(norm, e))

