"""Component 10, never entities: events, competitions, holidays, climate phenomena,
school subjects that earlier components took for a name (`not_entities` of
entity_lexicons.json), also with an edition or a year after them (`SEA Games 33`,
`AFF Cup 2018`); a person's initials (`N.Đ`, a photo credit) are no organisation.

Reads: mentions. Claims: nothing; drops those mentions (their units stay claimed).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.nlp.normalize import match_key


def drop_non_entities(v: DocView) -> None:
    R = rules()
    v.mentions = [m for m in v.mentions if not never_entity(v.s[m.start : m.end], m.type)]


def never_entity(text: str, typ: str) -> bool:
    R = rules()
    if match_key(text) in R.not_entities:
        return True
    edition = R.patterns["edition-suffix"].sub("", text)
    if edition != text and match_key(edition) in R.not_entities:
        return True
    return typ == "ORG" and bool(R.patterns["initials"].fullmatch(text))
