"""An acronym that its article writes as a thing, with no sign of an organisation, is none.

A word in capitals (`ABC`, `XY3`, `T&K`) is as often a product, a code, a ticker, a
financial or technical term or a common noun written short as an organisation, and its
shape alone cannot tell them apart; what is written around it can. A capitalised-word run
with no lower-case letter that only org_extent's Latin-name rule found (org.latin-name) is
dropped when the article gives no evidence that it names an organisation, at any of its
mentions, and its first mention is written as a thing:

Evidence of an organisation:
  linked        it is tied to a full name already (an acronym in parentheses, a ticker)
  spelled       its letters spell another organisation of the article (acronyms.spells)
  in a name     it ends another organisation's name that opens with a head (`Tập đoàn ABC`,
                `Công ty Chứng khoán ABC`, ... `ABC`), or is written right after one (`Bệnh viện X ABC`)
  held          a title is held in it, or stands right before it (`Chủ tịch ABC`)
  defined       it stands in parentheses after the words of one clause that an organisation,
                or a capitalised organisation head, opens (`Quỹ Hợp tác Xanh (GCF)`)
  governed      a noun for a kind of organisation stands right before it, in any case
                (acronym_kind_nouns: `tập đoàn ABC`, `hãng ABC`, `ngân hàng ABC`, `CLB ABC`)
  listed        it is an item of a list, or a party of `và` / `với` / `cùng`, whose
                neighbour item is an organisation (`MB, BIDV, ABC và Công ty X`)

Written as a thing (its first mention):
  named by a noun   a lower-case noun or adjective right before it names what it is
                    (`khí ABC`, `đường N5`, `thép cán nóng ABC`: the guideline's common nouns
                    written as acronyms, products and codes); not the lower-case words of a
                    capitalised name (`Hội nghị Thượng đỉnh ABC`), nor a noun of a relation,
                    whose complement is its owner (possessor_nouns: `lãnh đạo ABC`, `cổ đông
                    ABC`, `trụ sở ABC`: a body's leaders, shareholders, seat)
  defined as one    it stands in parentheses after words no organisation opens (`hợp đồng
                    chia sản phẩm (ABC)`, `(Standalone – SA)`)
  a ticker          right after `mã` or `cổ phiếu` (`mã: ABC`), unlinked to its company

The gazetteer's names (org.gazetteer) are evidence of their own and are not asked.

Read-only: non_entities drops the ORG mentions whose surface `unevidenced_acronyms` returns.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.acronyms import acronym_side, spells
from c4ir_kb.extract.entities.lookup import phrase_before, title_at
from c4ir_kb.extract.entities.name_joins import comma_pair_after
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView

_CAPS_WORD = re.compile(r"[A-ZĐ0-9][A-ZĐ0-9&.\-]*")
# between two items of a list: a comma or a conjunction, maybe after an aside in parentheses
_BOUNDARY = re.compile(r"[,;:.!?()\n]")
_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,|;|và|với|cùng|cùng với|and|&)\s*")


def caps_only(text: str) -> bool:
    """Every word in capitals or digits, a letter among them (`ABC`, `X3`, `ABC DEF`)."""
    ws = text.split()
    return bool(ws) and all(_CAPS_WORD.fullmatch(w) for w in ws) and any(c.isalpha() for c in text) and len(text) >= 2


def unevidenced_acronyms(v: DocView, held: set[int]) -> set[str]:
    """The surfaces of org.latin-name mentions in capitals that no mention of theirs gives
    evidence for (see the module's opening comment); `held`: the ORG mentions of roles."""
    orgs = [x for x, m in enumerate(v.mentions) if m.type == "ORG"]
    by_surface: dict[str, list[int]] = {}
    for x in orgs:
        m = v.mentions[x]
        t = v.s[m.start : m.end]
        if caps_only(t):
            by_surface.setdefault(t, []).append(x)
    # a surface some other rule found (the gazetteer, a head, a link) has its evidence
    by_surface = {t: xs for t, xs in by_surface.items() if all(v.mentions[x].rule == "org.latin-name" for x in xs)}
    if not by_surface:
        return set()
    linked = {x for pair in v.links for x in pair}
    out = set()
    for t, xs in by_surface.items():
        others = [y for y in orgs if v.s[v.mentions[y].start : v.mentions[y].end] != t]
        first = min(xs, key=lambda x: v.mentions[x].start)
        if _as_thing(v, v.mentions[first], others) and not any(_evidence(v, x, others, linked, held) for x in xs):
            out.add(t)
    # a list item's evidence is its neighbour's: an organisation with evidence of its own
    changed = True
    while changed and out:
        changed = False
        named = [y for y in orgs if v.s[v.mentions[y].start : v.mentions[y].end] not in out]
        for t in sorted(out):
            if any(_listed_with_org(v, v.mentions[x], named) for x in by_surface[t]):
                out.discard(t)
                changed = True
    return out


def _as_thing(v: DocView, m, others: list[int]) -> bool:
    """Is mention m written as a thing: named by a lower-case noun or adjective right before
    it, defined in parentheses after words no organisation opens, or a ticker after `mã`?"""
    lx = rules().lx
    if m.i == 0:
        return False
    if _named_by_noun(v, m.i):
        return True
    p = _coordinated_before(v, m.i)
    if p is not None and _named_by_noun(v, p):
        return True  # `khí ABC và XYZ`, `chiếc A1 và A2`: the noun names every item it governs
    if v.gap(m.i - 1).strip() in ("", ":"):
        tickers = lx.words("ticker_nouns")
        if any(m.i - n >= 0 and v.phrase(m.i - n, tickers, n) == n and all(v.tight(y) for y in range(m.i - n, m.i - 1)) for n in (1, 2, 3)):
            return True
    return _in_parens(v, m) and not _defined_after_name(v, m, others)


def _named_by_noun(v: DocView, i: int) -> bool:
    """Is the word in capitals at unit i named by a lower-case noun or adjective right before
    it (`khí ABC`), not one of the lower-case words of a capitalised name (`Hội nghị Thượng
    đỉnh ABC`) nor a noun of a relation or of a kind of organisation (`lãnh đạo ABC`)?"""
    lx = rules().lx
    if i == 0:
        return False
    prev = v.units[i - 1]
    if not (v.tight(i - 1) and prev.text.islower() and prev.pos[:1] in ("N", "A")):
        return False
    k = i - 1
    while k > 0 and i - k < 4 and v.tight(k - 1) and v.units[k - 1].text.islower():
        k -= 1
    inside_name = k > 0 and i - k < 4 and v.tight(k - 1) and cap(v.units[k - 1]) and not any(f.j == k for f in v.mentions)
    owner = phrase_before(v, i, lx.words("acronym_kind_nouns"), 3) or phrase_before(v, i, lx.words("possessor_nouns"), 3)
    return not inside_name and not owner


def _coordinated_before(v: DocView, i: int) -> int | None:
    """The unit of the item before unit i in a list of words in capitals or codes (`ABC và
    XYZ`, `ABC, XYZ`, `ABC hoặc XYZ`): the item a noun before the list governs with it."""
    k = i - 1
    if k >= 1 and v.units[k].low in ("và", "hoặc") and v.tight(k) and v.tight(k - 1):
        k -= 1
    elif v.gap(k).strip() != ",":
        return None
    w = v.units[k].text
    return k if _CAPS_WORD.fullmatch(w) and any(c.isalpha() for c in w) else None


def _in_parens(v: DocView, m) -> bool:
    """Does m open a parenthesis (`(ABC)`, `(ABC, ...)`, `(Words – ABC)`)?"""
    g = v.gap(m.i - 1).strip()
    if g.endswith("("):
        return True
    if g in ("-", "–"):
        a = v.s.rfind("(", 0, m.start)
        return a >= 0 and a > v.s.rfind(")", 0, m.start) and m.start - a < 40
    return False


def _evidence(v: DocView, x: int, others: list[int], linked: set[int], held: set[int]) -> bool:
    m = v.mentions[x]
    if x in linked or x in held or any(title_at(v, k)[0] == m.i - k for k in range(max(0, m.i - 4), m.i) if all(v.tight(y) for y in range(k, m.i))):
        return True
    side = acronym_side(v, x)
    if side is not None and any(spells(v, side, f) for f in others if v.mentions[f].j - v.mentions[f].i > 1):
        return True
    if any(_name_after_head(v, v.mentions[y], m) for y in others):
        return True
    if phrase_before(v, m.i, rules().lx.words("acronym_kind_nouns"), 3):
        return True
    return _defined_after_name(v, m, others)


def _name_after_head(v: DocView, f, m) -> bool:
    """Does mention f open with an organisation head and end with the words of m (`Tập đoàn
    ABC`, `Công ty Chứng khoán ABC`), or is m written right after f, no punctuation between
    (`Bệnh viện X ABC`: the short name beside the full one)?"""
    if f.j == m.i and v.tight(f.j - 1):
        return True
    n = m.j - m.i
    if f.j - f.i <= n or [u.text for u in v.units[f.j - n : f.j]] != [u.text for u in v.units[m.i : m.j]]:
        return False
    lx = rules().lx
    return bool(v.phrase(f.i, lx.org_heads, lx.max_head) or v.phrase(f.i, lx.words("acronym_kind_nouns"), 3))


def _defined_after_name(v: DocView, m, others: list[int]) -> bool:
    """`Quỹ Hợp tác Xanh (GCF)`, `Nhóm các đối tác (XYZ)`: in parentheses after the words of
    one clause (no punctuation between, at most 15 words back) that an organisation's
    mention, or a capitalised organisation head, opens."""
    if m.i == 0 or v.gap(m.i - 1).strip().lstrip("\"'”“’").strip() != "(":
        return False  # (a name may end in a quoted word: `... bằng "0" (XYZ)`)
    lx = rules().lx
    heads = lx.words("acronym_kind_nouns")
    starts = {v.mentions[y].i for y in others}
    k = m.i - 1
    while k >= 0 and m.i - k <= 15:
        if k in starts or cap(v.units[k]) and (v.phrase(k, lx.org_heads, lx.max_head) or v.phrase(k, heads, 3) or v.phrase(k, lx.words("collective_heads"), 1)):
            return True
        if k == 0 or _BOUNDARY.search(v.gap(k - 1)) and not _comma_pair(v, k - 1):
            return False
        k -= 1
    return False


def _comma_pair(v: DocView, k: int) -> bool:
    """Do units k and k+1 form a pair official names join with a comma (`phòng, chống`)?"""
    return comma_pair_after(v, k) > 0


def _listed_with_org(v: DocView, m, others: list[int]) -> bool:
    """An item of a list (or a party of `và`, `với`, `cùng`) whose neighbour is an
    organisation; not where a lower-case noun right before it names what it is (`chiến
    lược ABC, X ...`: a strategy's name, the comma no list's)."""
    s = v.s
    if m.i > 0 and v.tight(m.i - 1) and v.units[m.i - 1].text.islower() and v.units[m.i - 1].pos.startswith("N"):
        return False
    for y in others:
        f = v.mentions[y]
        if f.end <= m.start and _LIST_GAP.fullmatch(s[f.end : m.start]):
            return True
        if m.end <= f.start and _LIST_GAP.fullmatch(s[m.end : f.start]):
            return True
    return False
