"""The term of an elected or party body written after its name (`HĐND thành phố khóa X`,
`Quốc hội khóa XV`): the article names the same body with its term, so the written form
with the term is one of the body's surface forms, while its name (and so its linking keys
and canonical name) stays without it (org_name stops a name before a term marker).

Reads: final ORG mentions and roles. Changes: a mention's end and `virt`, and the end of
a role whose organisation it is. Runs at the start of grouping.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.extract.wordshape import roman

_TERM_WORDS = ("khóa", "khoá")


def term_forms(v: DocView) -> None:
    """Extend each ORG mention followed by `khóa` + a Roman numeral or a number of one or
    two digits (no other mention there) to include that term, keeping its name in `virt`."""
    text = v.doc.article.text
    starts = sorted((m.start, m.end) for m in v.mentions)
    for x, m in enumerate(v.mentions):
        k = m.j
        if m.type != "ORG" or k + 1 >= v.n or m.end != v.units[k - 1].end or not v.tight(k - 1) or not v.tight(k):
            continue
        num = v.units[k + 1]
        if v.units[k].low not in _TERM_WORDS or not (roman(num.text) or num.text in ("I", "V", "X") or num.text.isdigit() and len(num.text) <= 2):
            continue
        if any(a < num.end and b > v.units[k].start for a, b in starts):
            continue  # the term's words belong to another mention
        if m.virt is None:
            m.virt = text[m.start : m.end]
        end = m.end
        m.end = num.end
        for r in v.roles:
            if r.get("org") == x and r.get("end") == end:
                r["end"] = num.end  # `Chủ tịch HĐND tỉnh khóa X`: the term is the title's too
