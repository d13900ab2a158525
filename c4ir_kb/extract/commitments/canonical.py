"""Which named entity stands for which: the one an actor, partner or city word is stored as.

Reads: the view's entities (names, surfaces, types), mentions and mention counts.
Claims: nothing; it answers look-ups. `CMC` stands for `CMC Technology and Solution` when the
article keeps them apart (`short_forms`), not for a namesake, branch or facility the longer name places
(`Quốc hội Lào`, `VinFast Hải Phòng`, `CMC Hyperscale DC …`: another unit); a province acts through its people's committee
(`committee_of`); a title's generic `UBND thành phố` is the one committee the article names with
its place (`specific_committee`); an organ named with its body (`Hội đồng xét xử Tòa án X`) is the body
(`parent_of_organ`); `Thành phố`/`tỉnh` is the committee, else the city (`resolve_city`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.view import DocView, rules_data
from c4ir_kb.extract.lexicons import find_place, lexicons

# a company's legal form, and a place's administrative word, before the name (folded text)
_LEGAL_PREFIX = re.compile(r"^(?:công ty|tập đoàn|tổng công ty|ngân hàng|công ty cổ phần|công ty tnhh)\s+")
_ADMIN_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)\s+")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[frozenset[str], re.Pattern]:
    d = rules_data()["short_form_units"]
    facility = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(fold(w)) for w in d['facility_words'])})(?!\w)")
    return frozenset([fold(lexicons().misc["home_country"])]), facility


def _another_unit(rest: str) -> bool:
    """Do the words a longer name adds to a short one name another unit (data short_form_units): a place other than the
    home country (`Quốc hội Lào`, `Bộ Quốc phòng Cộng hòa Belarus`, `VinFast Hải Phòng`: the foreign namesake, the
    branch or plant there) or a facility (`CMC Hyperscale DC …`)? `Chính phủ Việt Nam`, `Tổng công ty Đường sắt Việt
    Nam` add the home country: the same body in full."""
    home, facility = _unit_words()
    words = rest.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if fold(tail) not in home and (p := find_place(tail)) is not None and not p.weak:
            return True
    return bool(facility.search(fold(rest)))


class Canonical:
    def __init__(self, v: DocView, organ_heads: tuple[str, ...]):
        self.v = v
        self.short_forms = self._short_forms()
        self.organ_heads = organ_heads

    def _short_forms(self) -> dict[str, str]:
        """`CMC` -> `CMC Technology and Solution` when the article's entities keep them apart:
        an ORG whose name is the leading word(s) of exactly one other ORG's name."""
        entities = self.v.entities
        orgs = [(e.id, _LEGAL_PREFIX.sub("", fold(e.name))) for e in entities.values() if e.type == "ORG"]
        out: dict[str, str] = {}
        for sid, sname in orgs:
            longer = [(lid, lname) for lid, lname in orgs if lid != sid and lname.startswith(sname + " ")]
            if len(longer) == 1 and len(sname) >= 2 and not _another_unit(self._added_words(*longer[0], sname)):
                out[sid] = longer[0][0]
        # `Phía Brainport sẽ …`: a clipped name the tagger typed as a place stands for the one named entity it begins
        for e in entities.values():
            if e.type != "LOC":
                continue
            n = fold(e.name)
            longer = {o.id for o in entities.values() if o.id != e.id and fold(o.name).startswith(n + " ")}
            if len(longer) == 1 and all(entities[x].type != "LOC" for x in longer):
                out[e.id] = longer.pop()
        return out

    def _added_words(self, long_id: str, long_folded: str, short_folded: str) -> str:
        """The words, as written, that the longer name adds after the short one (`Quốc hội Lào` -> `Lào`;
        `Công ty ABC Việt Nam` after `ABC` -> `Việt Nam`): both folded names have their legal prefix stripped, so the
        added words are the written name's last ones, as many as the stripped long name has beyond the short."""
        name = self.v.entities[long_id].name.split()
        k = len(long_folded.split()) - len(short_folded.split())
        return " ".join(name[len(name) - k :]) if name and k > 0 else ""

    def canonical(self, eid: Optional[str]) -> Optional[str]:
        return self.short_forms.get(eid, eid) if eid else eid

    def parent_of_organ(self, eid: Optional[str]) -> Optional[str]:
        """`Hội đồng xét xử Tòa án nhân dân tỉnh X` -> `Tòa án nhân dân tỉnh X`: an organ named with its body
        (organ_heads, folded) stands for the body, when the article names that body on its own; else unchanged."""
        e = self.v.entities.get(eid) if eid else None
        if e is None or e.type != "ORG":
            return eid
        for name in (e.name, *e.surfaces):
            k = fold(name)
            head = next((h for h in self.organ_heads if k.startswith(h + " ")), None)
            if head is None:
                continue
            rest = k[len(head) + 1 :].strip()
            for o in self.v.entities.values():
                if o.id != eid and o.type == "ORG" and any(fold(x) == rest for x in (o.name, *o.surfaces)):
                    return o.id
        return eid

    def sole_place(self) -> Optional[str]:
        """The one place (LOC) the article names, if it names exactly one: what a generic `UBND tỉnh` governs."""
        places = [e.id for e in self.v.entities.values() if e.type == "LOC"]
        return places[0] if len(places) == 1 else None

    def acting_body(self, eid: str) -> str:
        """Who acts for an actor: a place through its people's committee (or the short form it is known by), anything else itself."""
        if self.v.entity_type(eid) != "LOC":
            return eid
        return self.committee_of(eid) or self.short_forms.get(eid) or eid

    def committee_of(self, loc: str) -> Optional[str]:
        """`Bạc Liêu sẽ xây dựng …`: a province or city acts through its people's committee, when the article names it."""
        e = self.v.entities.get(loc)
        if e is None or e.type != "LOC":
            return None
        places = {_ADMIN_PREFIX.sub("", fold(x)).replace(" ", "").replace(".", "") for x in {e.name, *e.surfaces}}
        found = []
        for o in self.v.entities.values():
            if o.type != "ORG":
                continue
            for x in {o.name, *o.surfaces}:
                k = fold(x)
                mm = re.match(r"^(?:ubnd|uy ban nhan dan)\s+", k)
                if mm and _ADMIN_PREFIX.sub("", k[mm.end() :]).replace(" ", "").replace(".", "") in places:
                    found.append(o.id)
                    break
        return found[0] if len(found) == 1 else None

    def specific_committee(self, eid: Optional[str]) -> Optional[str]:
        """`UBND thành phố` (a title's generic committee) -> the one committee of that kind the
        article names with its place (`UBND TP Hải Phòng`); else unchanged."""
        e = self.v.entities.get(eid) if eid else None
        if e is None or e.type != "ORG":
            return eid
        pat = re.compile(r"^(?:ubnd|uy ban nhan dan)\s*(tinh|thanh pho|tp\.?)?\s*(.*)$")
        g = pat.match(fold(e.name))
        if g is None or g.group(2) or not g.group(1):
            return eid
        want_tinh = g.group(1) == "tinh"
        found = []
        for o in self.v.entities.values():
            h = pat.match(fold(o.name)) if o.type == "ORG" and o.id != eid else None
            if h is None or not h.group(2):
                continue
            if (h.group(1) == "tinh") == want_tinh or (h.group(1) is None):
                found.append(o.id)
        return found[0] if len(found) == 1 else eid

    def resolve_city(self, pos: int, word: str = "thành phố") -> Optional[str]:
        """`Thành phố`/`tỉnh` -> the people's committee (UBND) the article names, else the city."""
        v = self.v
        want = "tinh" if fold(word).startswith("tinh") else "tp"
        best: Optional[tuple] = None
        for e in v.entities.values():
            if e.type != "ORG":
                continue
            k = fold(e.name).replace(" ", "")
            if not (k.startswith("ubnd") or k.startswith("uybannhandan")):
                continue
            rest = k[4:] if k.startswith("ubnd") else k[len("uybannhandan") :]
            kind_ok = rest.startswith("tinh") if want == "tinh" else not rest.startswith("tinh")
            before = [m.start for m in v.mentions if m.entity == e.id and m.start < pos]
            score = (kind_ok, bool(before), v.count.get(e.id, 0), max(before, default=-1))
            if best is None or score > best[0]:
                best = (score, e.id)
        if best is not None:
            return best[1]
        for e in v.entities.values():
            if e.type == "LOC":
                citylike = any(fold(s).startswith(("tp", "thanh pho", "tinh ")) for s in {e.name, *e.surfaces})
                score = (citylike, v.count.get(e.id, 0))
                if best is None or score > best[0]:
                    best = (score, e.id)
        return best[1] if best else None
