"""Component 10, never entities: events, competitions, holidays, climate phenomena,
school subjects that earlier components took for a name (`not_entities` of
entity_lexicons.json), also with an edition or a year after them (`SEA Games 33`,
`AFF Cup 2018`), a lunar year (`Ất Tỵ`), a photo credit word; a person's initials (`N.Đ`, a photo credit) are no organisation.

Reads: mentions. Claims: nothing; drops those mentions (their units stay claimed).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.nlp.normalize import match_key


def drop_non_entities(v: DocView) -> None:
    R = rules()
    keep = [x for x, m in enumerate(v.mentions) if not never_entity(v.s[m.start : m.end], m.type)]
    if len(keep) == len(v.mentions):
        return
    new = {old: k for k, old in enumerate(keep)}
    v.mentions = [v.mentions[x] for x in keep]
    # roles and links point at mentions by index: renumber them, so that no role moves to
    # another person; a role of a dropped person goes, a dropped organisation leaves none
    roles = []
    for r in v.roles:
        if r["person"] not in new:
            continue
        r["person"] = new[r["person"]]
        r["org"] = new.get(r["org"]) if r["org"] is not None else None
        roles.append(r)
    v.roles = roles
    v.links = [(new[a], new[b]) for a, b in v.links if a in new and b in new]


def never_entity(text: str, typ: str) -> bool:
    R = rules()
    if match_key(text) in R.not_entities:
        return True
    edition = R.patterns["edition-suffix"].sub("", text)
    if edition != text and match_key(edition) in R.not_entities:
        return True
    if R.patterns["lunar-year"].fullmatch(text) or text in R.lx.wordlist("photo_credit_words"):
        return True
    return typ == "ORG" and bool(R.patterns["initials"].fullmatch(text))
