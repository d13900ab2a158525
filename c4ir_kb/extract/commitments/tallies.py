"""Tallies: a sentence that opens by counting up to a day already reached reports figures, no undertaking.

`Tính đến 23/2/2026, Cổng X tiếp nhận 28 sáng kiến …; tiếp nhận 254 đơn …` (published 25/2/2026): an as-of frame
(data: tallies.as_of) followed by a date on or before the day the article was published says what has been counted
so far (extraction-v1: actions reported as done), whatever trigger or list reading found a clause in it; unless a
future marker follows the frame (`Tính đến cuối năm, X sẽ …` dates the tally ahead: its date lies after publication).

Reads: the view (sentences, dates, the publication date), the `tallies` section of data/commitments.json and the
future markers. Claims: nothing; `as_of_report(v, lex, c)` answers yes or no.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.models import Commitment

from c4ir_kb.extract.commitments.lexicon import Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView, day_vs_publication


@lru_cache(maxsize=1)
def _as_of() -> re.Pattern:
    return re.compile(rf"[\s\W]*(?:{alt(rules_data()['tallies']['as_of'])})\s+(?:hết\s+|ngày\s+)*")


def as_of_report(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """c lies in a sentence opening with `Tính đến <a day reached>`, with no future marker after the frame."""
    sents, pub = v.doc.sentences, v.doc.article.published
    if pub is None or not 0 <= c.sentence < len(sents):
        return False
    sent = sents[c.sentence]
    m = _as_of().match(v.low, sent.start, c.start)
    if m is None:
        return False
    d = next((d for d in v.dates if d.start == m.end() and d.end <= c.start), None)
    if d is None:
        return False
    day = day_vs_publication(d.value, pub)
    return day is not None and day <= 0 and lex.future_marker.search(v.low, d.end, c.end) is None
