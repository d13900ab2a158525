"""The term of an elected or party body written after its name (`HĐND thành phố khóa X`,
`Quốc hội khóa XV`): the article names the same body with its term, so the written form
with the term is one of the body's surface forms, while its name (and so its linking keys
and canonical name) stays without it (org_name stops a name before a term marker).

Reads: final ORG mentions and roles. Claims: nothing; changes a mention's end (its units
and text) and `virt`, and the end of a role whose organisation it is. The last component,
after drop_non_entities.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.title_chain import after_term
from c4ir_kb.extract.entities.view import DocView


def term_forms(v: DocView) -> None:
    """Extend each ORG mention followed by `khóa` + a Roman numeral or a number of one or
    two digits (no other mention there) to include that term, keeping its name in `virt`."""
    text = v.doc.article.text
    spans = [(m.start, m.end) for m in v.mentions]
    for x, m in enumerate(v.mentions):
        k = m.j
        if m.type != "ORG" or m.end != v.units[k - 1].end:
            continue
        # the term of a post (title_chain.after_term), in its `khóa` + numeral form only:
        # one marker word, then a Roman numeral or a number of one or two digits
        e = after_term(v, k)
        num = v.units[e - 1]
        if e != k + 2 or re.fullmatch(r"(19|20)\d\d", num.text):
            continue
        if any(a < num.end and b > v.units[k].start for a, b in spans):
            continue  # the term's words belong to another mention
        if m.virt is None:
            m.virt = text[m.start : m.end]
        end = m.end
        m.end, m.j = num.end, e
        for r in v.roles:
            if r.get("org") == x and r.get("end") == end:
                r["end"] = num.end  # `Chủ tịch HĐND tỉnh khóa X`: the term is the title's too
