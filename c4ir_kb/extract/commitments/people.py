"""Which organisation each person of the article speaks for.

Reads: the view's PER and ORG mentions and the text around them; the lexicon's title words,
speech verbs, triggers (where an apposition ends) and association heads.
Claims: PER -> ORG links for this article only (`leaders`: the first organisation a person
leads; `roles`: every organisation named as their role, in order; `mention_roles`: the roles
named with one mention). It never makes a commitment.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Mention
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView

# after a person's name, an apposition opens with a comma or a spaced dash (`ông A - Tổng Giám đốc X`)
APPOSITION = re.compile(r"\s*,\s*|\s+[-–—]\s+")


@lru_cache(maxsize=1)
def _board_member() -> re.Pattern:
    """`thành viên Ban điều hành `: a member of a body's board, right before the body's name (data: board_members)."""
    bm = rules_data()["board_members"]
    return re.compile(rf"(?:{alt(bm['members'])})\s+(?:{alt(bm['boards'])})(?:\s+[^\W\d]+){{0,{int(bm['board_words'])}}}\s*")


@lru_cache(maxsize=1)
def _leader_bodies() -> tuple[list[tuple[re.Pattern, re.Pattern, str]], list[tuple[re.Pattern, str]], re.Pattern]:
    """(title right before a name, title opening the apposition after it, the body it heads); (title and its field right
    before a name, the body's head noun); a former holder (data: leader_bodies). Longest titles first, so `nguyên Phó Thủ
    tướng` is read whole."""
    d = rules_data()["leader_bodies"]
    n = int(d["field_words"])
    heads = [
        (re.compile(rf"{W}{re.escape(title)}\s+$"), re.compile(rf"{re.escape(title)}\s*[,;.:]"), body)
        for title, body in sorted(d["heads"].items(), key=lambda x: -len(x[0]))
    ]
    fields = [
        (re.compile(rf"{W}{re.escape(title)}\s+((?:[^\W\d]+\s+){{1,{n}}})$"), head)
        for title, head in sorted(d["fields"].items(), key=lambda x: -len(x[0]))
    ]
    return heads, fields, re.compile(rf"{W}(?:{alt(d['former'])})\s+$")


@lru_cache(maxsize=1)
def _units() -> re.Pattern:
    """A unit of a body right before the body's name (`Thường trực Chính phủ`): data leader_bodies.units."""
    return re.compile(rf"{W}(?:{alt(rules_data()['leader_bodies']['units'])})\s+$")


class People:
    def __init__(self, v: DocView, lex: Lexicon):
        self.v = v
        self.lex = lex
        self.leaders = self._leaders()
        self.mention_roles: dict[int, list[str]] = {}  # PER mention start -> the roles named with it
        self.roles = self._roles()

    def _leaders(self) -> dict[str, str]:
        """PER id -> ORG id from `<title> <ORG> <PER>` or `<PER>, <title> <ORG>` anywhere in the article."""
        v = self.v
        out: dict[str, str] = {}
        for m in v.mentions:
            if m.type != "PER":
                continue
            org = self.org_before_person(m)
            if org is None:
                # appositive: `Ông Lê Minh, Giám đốc công nghệ Công ty CMC …`
                j = m.end
                seg = v.low[j : j + 80]
                mm = APPOSITION.match(seg)
                if mm:
                    for o in v.mentions:
                        if o.type == "ORG" and j + mm.end() <= o.start <= j + 80 and o.sentence == m.sentence:
                            between = v.low[j + mm.end() : o.start]
                            if self.lex.title_end.search(between.rstrip()) or self.lex.org_type_end.search(between) or _board_member().fullmatch(between):
                                org = o.entity
                            break
            if org is None:
                org = self._titled_head_noun(m)
            if org is None:
                org = self._titled_body(m)
            if org and m.entity not in out:
                out[m.entity] = org
        return out

    def _titled_head_noun(self, m: Mention) -> Optional[str]:
        """`TS Trần Văn A, Giám đốc bệnh viện, cho biết …`: a title and the bare head noun of an organisation the
        article names (`Bệnh viện Hồng Lam`): that organisation, the most mentioned one if several fit."""
        v = self.v
        mm = APPOSITION.match(v.low[m.end : m.end + 6])
        if mm is None:
            return None
        k = m.end + mm.end()
        seg = re.match(r"[^,;:.“\"()]{1,60}", v.low[k : k + 60])
        if seg is None:
            return None
        text = seg.group()
        t = self.lex.org_anaphor_end.search(text)
        # the longest head noun first; a shorter one ending the same words when no title precedes the longer
        while t is not None and not self.lex.title_end.search(text[: t.start(1)].rstrip()):
            t = self.lex.org_anaphor_end.search(text, t.start(1) + 1)
        if t is None:
            return None
        fw = fold(t.group(1))
        named = [e.id for e in v.entities.values() if e.type == "ORG" and fits(v, self.lex, e.id, fw) == 3]
        if named:
            return max(named, key=lambda e: (v.count.get(e, 0), e))
        return None

    def _titled_body(self, m: Mention) -> Optional[str]:
        """`Phó Thủ tướng Trần Văn A`, `ông A, Phó Thủ tướng, …` -> `Chính phủ`; `Bộ trưởng Công Thương Trần Văn B` ->
        `Bộ Công Thương`: the body a leader's title heads, when the article names it (data: leader_bodies)."""
        v = self.v
        heads, fields, former = _leader_bodies()
        before = v.low[max(0, m.start - 80) : m.start]
        wanted: Optional[str] = None
        for title_before, _, body in heads:
            tm = title_before.search(before)
            if tm is not None:
                wanted = None if former.search(before[: tm.start()]) else body
                break
        if wanted is None:
            ap = APPOSITION.match(v.low[m.end : m.end + 6])
            seg = v.low[m.end + ap.end() : m.end + ap.end() + 40] if ap else ""
            wanted = next((body for _, title_after, body in heads if title_after.match(seg)), None)
        if wanted is None:
            for title_field, head in fields:
                fm = title_field.search(before)
                if fm is not None:
                    if not former.search(before[: fm.start()]):
                        wanted = f"{head} {fm.group(1).strip()}"
                    break
        if wanted is None or self._foreign(m.entity):
            return None
        key = fold(wanted)
        named = [e.id for e in v.entities.values() if e.type == "ORG" and any(fold(x) == key for x in {e.name, *e.surfaces})]
        written = [
            e for e in named if any(o.entity == e and not _units().search(v.low[max(0, o.start - 20) : o.start]) for o in v.mentions)
        ]  # `Thường trực Chính phủ` names a unit of the body, not the body
        return min(written) if written else None

    def _foreign(self, eid: str) -> bool:
        """A person any of whose mentions follows a place (`Thủ tướng Campuchia X`): another country's leader."""
        v = self.v
        for m in v.mentions:
            if m.entity == eid:
                o = v.mention_ending_at(v.skip_space_back(m.start), max(0, m.start - 40))
                if o is not None and o.type == "LOC":
                    return True
        return False

    def _roles(self) -> dict[str, list[str]]:
        """PER id -> every ORG the article names as their role, in order: `<title> <ORG> <PER>` and the
        apposition after the name (`Ông X, Tổng Giám đốc FPT, đồng thời là Chủ tịch VINASA, …`)."""
        v = self.v
        out: dict[str, list[str]] = {}
        stop = re.compile(rf"{W}(?:{alt(self.lex.speech_verbs)}){E}|\.(?=\s|$)|[;:“\"]")
        for m in v.mentions:
            if m.type != "PER":
                continue
            orgs: list[str] = []
            o = self.org_before_person(m)
            if o:
                orgs.append(o)
            mm = APPOSITION.match(v.low[m.end : m.end + 6])
            if mm and 0 <= m.sentence < len(v.doc.sentences):
                k = m.end + mm.end()
                limit = min(v.doc.sentences[m.sentence].end, k + 240)
                for t in self.lex.trigger_re.finditer(v.low, k, limit):
                    if not v.inside_mention(t.start(), t.end()):
                        limit = t.start()
                        break
                for st in stop.finditer(v.low, k, limit):
                    if not v.inside_mention(st.start(), st.end()):  # `… công nghệ thông tin Việt Nam`
                        limit = st.start()
                        break
                seg_start = k
                for o2 in v.mentions:
                    if o2.type != "ORG" or not (k <= o2.start and o2.end <= limit):
                        continue
                    between = v.low[seg_start : o2.start]
                    b2 = self.lex.org_type_end.sub("", between).rstrip()
                    if self.lex.title_end.search(b2) or (not orgs and self.lex.org_type_end.search(between)):
                        orgs.append(o2.entity)
                    seg_start = o2.end
            if orgs:
                self.mention_roles[m.start] = orgs
                prev = out.setdefault(m.entity, [])
                prev += [x for x in orgs if x not in prev]
        return out

    def org_before_person(self, m: Mention) -> Optional[str]:
        """`Chủ tịch UBND TP.HCM Phan Văn Mãi`: the ORG right before the person, after a title."""
        v = self.v
        i = v.skip_space_back(m.start)
        o = v.mention_ending_at(i, max(0, i - 80))
        if o is None or o.type != "ORG":
            return None
        before = v.low[max(0, o.start - 40) : o.start]
        # the title may end with an org-type noun belonging to the name (`Giám đốc Công ty`)
        before = self.lex.org_type_end.sub("", before)
        if self.lex.title_end.search(before.rstrip() + " ") or self.lex.title_end.search(before.rstrip()):
            return o.entity
        # `Thứ trưởng Thường trực Bộ X ⟨name⟩`: up to three capitalised words qualify the title before the organisation
        base = max(0, o.start - 40)
        words = list(re.finditer(r"[^\W\d]+", v.norm[base : o.start]))
        for k in range(1, min(3, len(words) - 1) + 1):
            first = words[-k]
            if first.group()[:1].isupper() and self.lex.title_end.search(v.low[base : base + first.start()].rstrip()):
                return o.entity
        return None

    def is_association(self, eid: str) -> bool:
        e = self.v.entities.get(eid)
        if e is None:
            return False
        for n in {e.name, *e.surfaces}:
            n = n.lower()
            if n.startswith("hội đồng"):
                continue
            if any(n.startswith(h + " ") for h in self.lex.association_heads):
                return True
        return False

    def pick_role(self, person: Optional[str], current: Optional[str], kind: str, s: int, e: int, at: Optional[int] = None) -> Optional[str]:
        """A person with several roles speaks for the organisation the content fits: a proposal or
        the members' affairs -> the association; an investment or agreement -> the company; else the
        role named closest to the speech."""
        orgs = self.roles.get(person or "", [])
        if at is not None and self.mention_roles.get(at, []) == [current]:
            return current  # `Chủ tịch UBND tỉnh A mong muốn …`: the one title written with this very mention
        if at is not None and len(self.mention_roles.get(at, [])) >= 2:
            orgs = self.mention_roles[at]
        if len(orgs) < 2 or current not in orgs:
            return current
        assoc = [o for o in orgs if self.is_association(o)]
        firms = [o for o in orgs if o not in assoc]
        if assoc and (self.lex.kind_has(kind, "association_speaks") or self.lex.member_cues.search(self.v.low[s:e])):
            return assoc[-1]
        if assoc and firms and self.lex.kind_has(kind, "company_speaks"):
            return firms[-1]
        return orgs[-1]


def fits(v: DocView, lex: Lexicon, eid: str, fw: str, own_heads: frozenset[str] = frozenset()) -> int:
    """How an ORG fits an anaphor's head noun (folded): 3 its name begins with it, 2 the head is
    inside the name or a generic noun stands for a business, 1 no other head noun clashes, 0 not. The head nouns
    that clash are the lexicon's other anaphors and, for a specific head noun (not a generic `đơn vị`, `doanh
    nghiệp`), the name's own compound heads (own_heads, folded: `Hội đồng …` is not `Văn phòng Đăng ký X`)."""
    e = v.entities.get(eid)
    if e is None:
        return 0
    names = [fold(x) for x in {e.name, *e.surfaces}]
    if any(n.startswith(fw + " ") for n in names):
        return 3
    if any(f" {fw} " in f" {n} " for n in names):
        return 2
    if fw in lex.generic_business:
        heads = lex.business_heads
        if any(n.startswith(h + " ") for n in names for h in heads):
            return 2
    others = [fold(w) for w in lex.org_anaphors if fold(w) != fw and not fold(w).startswith(fw) and not fw.startswith(fold(w))] + ["ubnd", "uy ban"]
    if fw not in lex.generic_any and fw not in lex.generic_business:
        others += [h for h in own_heads if not (h.startswith(fw) or fw.startswith(h))]
    if any(n.startswith(o + " ") for n in names for o in others):
        return 0
    return 1
