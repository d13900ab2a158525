"""Article-local links between organisation names that no shared key gives: the article's
own evidence that two names are one organisation (a kind noun written or left out, one
person's one post in a company and in its brand, a name written again without a word that
only qualifies it: the home country before a branch's level, a longer legal form, the parent
after `của`) or two (a unit and the parent named after a membership cue).

Read-only helpers of `grouping.group_mentions`: each returns mention pairs (or name pairs to
keep apart); grouping unions them.
"""

from __future__ import annotations

from collections import defaultdict

from c4ir_kb.extract.entities.lookup import known_at, lower_level_at, place_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import find_known_org, find_place
from c4ir_kb.extract.wordshape import is_latin_word
from c4ir_kb.nlp.normalize import match_key


def member_pairs(v: DocView, org_ms: list[int], tuples: dict) -> set[tuple]:
    """(parent, unit) name pairs the article itself says are two bodies: the parent written
    right after the unit and a membership cue (member_of_cues: `PV GAS D (đơn vị thành viên PV
    GAS)`, `Công ty X, công ty con của Y`), maybe with lower-case words for the parent's kind
    (`công ty thành viên của tập đoàn tài chính Y`). The parent's name is then no short form of the
    unit's, though it is its first words."""
    cues = rules().lx.wordset("member_of_cues")
    out = set()
    for f in org_ms:
        mf = v.mentions[f]
        for x in org_ms:
            mx = v.mentions[x]
            if mf.end < mx.start <= mf.end + 70:
                between = v.s[mf.end : mx.start].strip(" ,(–-").lower()
                if between in cues or described_parent(between, cues):
                    out.add((tuples[x][0], tuples[f][0]))
    return out


def described_parent(between: str, cues) -> bool:
    """`X – công ty thành viên của | tập đoàn tài chính | Y`: a membership cue, then up to four
    lower-case words that say what kind of body the parent is."""
    for c in cues:
        if between.startswith(c + " "):
            words = between[len(c) + 1 :].split()
            if 0 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words):
                return True
    return False


def kind_noun_pairs(v: DocView, orgs: list[int], surf: list[str]) -> list[tuple[int, int]]:
    """`CLB Thép Xanh Nam Định` ... `Thép Xanh Nam Định`, `Liên doanh Vietsovpetro` ...
    `Vietsovpetro`: an ORG mention that is a kind noun (kind_nouns) and then exactly the whole
    of another ORG mention is that organisation written with its kind; the pairs to join. The
    rest must be a name of its own: not a place, not a state body's word (`Ngân hàng | Nhà
    nước`), not another body's head (`Công ty | Điện lực X`)."""
    lx = rules().lx
    kinds = rules().kind_nouns
    plain = lx.wordset("not_person_words")
    by_surface: dict[str, int] = {}
    for f in orgs:
        by_surface.setdefault(surf[f], f)
    out = []
    for i in orgs:
        m = v.mentions[i]
        h = v.phrase(m.i, kinds, 4)
        if not h or m.j - m.i <= h or m.start != v.units[m.i].start:
            continue
        rest = v.s[v.units[m.i + h].start : m.end]
        f = by_surface.get(rest)
        if f is None or rest in plain or not cap(v.units[m.i + h]) or find_place(rest) is not None:
            continue
        if v.phrase(m.i + h, lx.org_heads, lx.max_head):
            continue
        out.append((i, f))
    return out


def same_post_names(v: DocView, find) -> list[tuple[int, int]]:
    """`Tổng Giám đốc Tổng công ty Khí Việt Nam - ông A` ... `ông A, Tổng Giám đốc PV GAS`: one
    person holding one post in a company written out with its head and in a name with no head
    (a brand, an acronym) holds it in one company; the pairs of ORG mentions to join. Only a
    company's head on one side and no head on the other: a person may chair two bodies that
    are both written out (a ministry's committee and a province's)."""
    lx = rules().lx
    company_heads = lx.words("company_heads")
    posts: dict[tuple, set[int]] = defaultdict(set)  # (person's group, title) -> ORG mention groups
    first: dict[int, int] = {}
    for r in v.roles:
        o = r.get("org")
        if o is None or r.get("rank") or r.get("former"):
            continue
        g = find(o)
        first.setdefault(g, o)
        posts[(find(r["person"]), match_key(r["title"]))].add(g)
    out = []
    for groups in posts.values():
        if len(groups) != 2:
            continue
        a, b = sorted(groups)
        ma, mb = v.mentions[first[a]], v.mentions[first[b]]
        ha = v.phrase(ma.i, company_heads, 4, True)
        hb = v.phrase(mb.i, company_heads, 4, True)
        if bool(ha) == bool(hb):
            continue
        bare = mb if ha else ma
        if v.phrase(bare.i, lx.org_heads, lx.max_head) or not all(is_latin_word(u.text) for u in v.units[bare.i : bare.j]):
            continue  # the other name must be a brand or an acronym, not another body written out
        ka, kb = find_known_org(v.s[ma.start : ma.end]), find_known_org(v.s[mb.start : mb.end])
        if ka is not None and kb is not None and ka is not kb:
            continue  # two well-known companies one person chairs
        if _coordinated(v, find, a, b):
            continue  # `X và Y`: the article itself names them as two
        out.append((first[a], first[b]))
    return out


def _coordinated(v: DocView, find, a: int, b: int) -> bool:
    """Does the article join a mention of group a and one of group b by `và` or a comma
    (`Tập đoàn X và SHB`)? Then they are two organisations, whoever holds posts in both."""
    ms = [(m.start, m.end, find(x)) for x, m in enumerate(v.mentions) if m.type == "ORG" and find(x) in (a, b)]
    ms.sort()
    for (s1, e1, g1), (s2, e2, g2) in zip(ms, ms[1:]):
        if g1 != g2 and v.s[e1:s2] in (" và ", ", ", " and ", " & "):
            return True
    return False


def dropped_qualifier_pairs(v: DocView, orgs: list[int]) -> list[tuple[int, int]]:
    """`Ban Trị sự Giáo hội X Việt Nam tỉnh Y` ... `Ban Trị sự Giáo hội X tỉnh Y`, `Công ty TNHH
    MTV Z` ... `Công ty Z`, `Ủy ban X của Quốc hội` ... `Ủy ban X`: one organisation written
    again without a word that only qualifies its name: the home country between the name and
    the level of its local branch, a longer legal form, or the parent after `của`. The short
    form keeps the rest of the long one's words, in order, with that one gap; the pairs to join."""
    R = rules()
    lx = R.lx
    keys = {i: [u.key for u in v.units[v.mentions[i].i : v.mentions[i].j]] for i in orgs}
    out = []
    for s in orgs:
        ks = keys[s]
        for f in orgs:
            kl = keys[f]
            if len(ks) < 2 or len(kl) <= len(ks):
                continue
            p = 0
            while p < len(ks) and kl[p] == ks[p]:
                p += 1
            q = len(ks) - p
            if p == 0 or kl[len(kl) - q :] != ks[p:]:
                continue
            ml = v.mentions[f]
            g, e = ml.i + p, ml.j - q  # the dropped words of the long form
            if q and _home_country_before_level(v, g, e, v.mentions[s].i + p):
                out.append((s, f))
            elif q and p == v.phrase(v.mentions[s].i, lx.words("legal_forms"), 5) and v.phrase(ml.i, lx.words("legal_forms"), 5) == e - ml.i:
                out.append((s, f))  # (`Công ty | TNHH MTV | Z`: the legal form written out in full)
            elif not q and v.units[g].low == "của" and g + 1 < e and (known_at(v, g + 1)[0] == e - g - 1 or v.phrase(g + 1, lx.org_heads, lx.max_head, True)):
                out.append((s, f))
    return out


def _home_country_before_level(v: DocView, g: int, e: int, k: int) -> bool:
    """Are units g..e of the long form exactly the home country, and unit k of the short one
    (right after where it drops them) the lower-case level of a local branch (`tỉnh`)?"""
    n, p = place_at(v, g, allow_weak=False)
    if p is None or n != e - g or p.type != "country" or p.name != rules().home_country:
        return False
    return lower_level_at(v, k) > 0
