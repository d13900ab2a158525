"""Component 10, never entities: events, competitions, holidays, climate phenomena,
school subjects that earlier components took for a name (`not_entities` of
entity_lexicons.json).

Reads: mentions. Claims: nothing; drops those mentions (their units stay claimed).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.nlp.normalize import match_key


def drop_non_entities(v: DocView) -> None:
    R = rules()
    v.mentions = [m for m in v.mentions if match_key(v.s[m["start"] : m["end"]]) not in R.not_entities]
