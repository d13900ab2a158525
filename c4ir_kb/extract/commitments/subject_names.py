"""What the words right before a trigger name (used by actors.ActorFinder.find_subject).

Reads: the view (text, mentions, entities).
Claims: nothing; each function answers for one subject position: an organisation's stored name written
another way (variant_ending_at: `PV GAS` for `PVGAS`, `X` for a stored `X, MCK: ABC`), the first place of a
list of places (place_list_start: a place after a location preposition says where, it never acts) and a
named unit before `của` (unit_of: `Viện X của Tập đoàn Y sẽ …` -> Viện X).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from c4ir_kb.models import Mention
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.view import DocView

if TYPE_CHECKING:
    from c4ir_kb.extract.commitments.actors import ActorFinder


def squeezed(name: str) -> str:
    """A name folded with its spaces and punctuation dropped: `PV GAS` and `PVGAS` are one."""
    return re.sub(r"[\W_]+", "", fold(name))


def _variant_index(v: DocView) -> dict[str, str]:
    """Each ORG's names and surfaces, and each cut before a comma or bracket, squeezed -> the entity
    (a form two entities share names neither)."""
    seen: dict[str, set[str]] = {}
    for e in v.entities.values():
        if e.type != "ORG":
            continue
        for s in {e.name, *e.surfaces}:
            for form in {s, re.split(r"\s*[,(]", s)[0]}:
                key = squeezed(form)
                if len(key) >= 4 and any(ch.isupper() for ch in form):
                    seen.setdefault(key, set()).add(e.id)
    return {k: next(iter(ids)) for k, ids in seen.items() if len(ids) == 1}


def variant_ending_at(af: "ActorFinder", j: int, lo: int) -> Optional[Mention]:
    """An organisation's name written another way, ending at j: spaced or not (`PV GAS` for `PVGAS`), or its
    stored name without what follows a comma or bracket (`Viettel Construction` for `Viettel Construction, MCK:
    CTR`): the longest such name starting at a word boundary within 60 characters before j (the index is built
    once an article)."""
    v = af.v
    if af._variants is None:
        af._variants = _variant_index(v)
    if not af._variants or j <= lo or not v.low[j - 1].isalnum():
        return None
    for k in range(max(lo, j - 60), j):
        if (k == 0 or not v.low[k - 1].isalnum()) and v.low[k].isalnum():
            eid = af._variants.get(squeezed(v.norm[k:j]))
            if eid is not None:
                return Mention(entity=eid, type="ORG", text=v.norm[k:j], start=k, end=j, sentence=-1, rule="surface-variant", confidence=0.6)
    return None


def place_list_start(v: DocView, m: Mention, lo: int) -> Mention:
    """The first place of the list of places m ends (`Hà Nội, Huế, Cần Thơ và` m), else m."""
    while True:
        sep = re.search(r"(?:\s*,|\s+(?:và|hoặc))\s+$", v.low[lo : m.start])
        prev = v.mention_ending_at(lo + sep.start(), lo) if sep is not None else None
        if prev is None or prev.type != "LOC" or prev.start >= m.start:
            return m
        m = prev


def unit_of(v: DocView, m: Mention, lo: int) -> Optional[Mention]:
    """`Viện X của Tập đoàn Y`, `Công ty con X của Y`: the organisation named right before `của m`, opening its
    clause (the subject phrase is a named unit of the body m names), else None."""
    c = re.search(r"\s+của\s+$", v.low[lo : m.start])
    unit = v.mention_ending_at(lo + c.start(), lo) if c is not None else None
    if unit is None or unit.type != "ORG" or unit.start != v.skip_space(lo):
        return None
    return unit
