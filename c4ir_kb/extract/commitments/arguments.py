"""What is committed, how much, where, with whom and by when: the arguments of one commitment.

Reads: the commitment's clause span, the view (text, dates, LOC/ORG/PER mentions), the
lexicon (amount and unit words, location and partner prepositions, stopwords), Canonical
(a city word -> its committee) and the partner the actor finder found, if any.
Claims: the commitment's `amount`, `quantity`, `period`, `target_date`, `location`,
`partner` and `object` fields; nothing else.
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Commitment, Sentence

from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def fill_arguments(v: DocView, lex: Lexicon, canon: Canonical, c: Commitment, sent: Sentence, obj_from: int, partner: Optional[str]) -> None:
    low = v.low
    s, e = c.start, c.end
    # amounts and quantities
    am = lex.amounts.amounts(low, s, e)
    if am:
        c.amount = v.doc.article.text[am[0][0] : am[0][1]].strip()
    dspans = [(d.start, d.end) for d in v.dates]
    qs = lex.amounts.quantities(low, s, e, sent.tokens, am + dspans)
    if qs:
        c.quantity = v.doc.article.text[qs[0][0] : qs[0][1]].strip()
    # target date: in the clause, else a period before the trigger in the sentence (`trong năm
    # 2025, ...`); a day before the trigger is when it was said (`Sáng 5/3, X cho biết sẽ ...`)
    in_clause = [d for d in v.dates if s <= d.start and d.end <= e]
    before = [d for d in v.dates if sent.start <= d.start and d.end <= s and d.precision != "day"]
    du = lex.amounts.durations(low, s, e)
    if du:  # a duration is not a point in time: kept apart, as written
        c.period = v.doc.article.text[du[0][0] : du[0][1]].strip()
    if in_clause:
        c.target_date = in_clause[0].value
    elif before and not du:
        c.target_date = before[-1].value
    if c.target_date and "/" in c.target_date:
        c.target_date = c.target_date.split("/")[-1]  # `trong giai đoạn 2026-2029`: done by its end
    # location: a LOC after `tại/ở`, else none
    skip = {c.actor}
    for m in v.mentions_in(s, e):
        if m.type == "LOC" and m.entity not in skip and lex.loc_preps.search(low[max(s, m.start - 20) : m.start]):
            c.location = m.entity
            break
    # partner: `với/cùng/cho/giữa X`
    if partner is None:
        for mm in lex.partner_prep.finditer(low[s:e]):
            k = s + mm.end()
            ms = [x for x in v.starting_at(k) if x.entity != c.actor and x.type in ("ORG", "PER", "LOC")]
            if ms:
                partner = ms[0].entity
                break
            a = re.match(r"(thành phố|tỉnh)(?!\w)", low[k:e])
            if a:
                partner = canon.resolve_city(k, a.group(1))
                if partner == c.actor:
                    partner = None
                if partner:
                    break
    if partner is None and lex.kind_has(c.kind, "addressee"):
        # `kiến nghị Chính phủ …`, `đề xuất Thành phố …`: the addressee
        k = v.skip_space(s + len(c.trigger))
        ms = [x for x in v.starting_at(k) if x.entity != c.actor and x.type in ("ORG", "PER", "LOC")]
        if ms:
            partner = ms[0].entity
        elif re.match(r"(thành phố|tỉnh)(?!\w)", low[k:e]):
            partner = canon.resolve_city(k, low[k : k + 4])
            if partner == c.actor:
                partner = None
    c.partner = partner
    c.object = object_phrase(v, lex, obj_from, e)


def object_phrase(v: DocView, lex: Lexicon, start: int, end: int, skip_partner: bool = True) -> Optional[str]:
    """Lowercase content words of the committed thing, up to the first comma, ≤ 10 words."""
    seg = v.low[start:end]
    if skip_partner:
        m = lex.partner_re.match(seg)
        if m:
            k = start + m.end()
            ms = v.starting_at(k)
            if ms:
                seg = v.low[max(x.end for x in ms) : end]
            else:
                a = lex.anaphor_word_start.match(v.low[k:end])
                if a:
                    seg = v.low[k + a.end() : end]
    parts = [p for p in re.split(r",(?!\d)|[;:(]|\s[-–]\s|(?<!\w)do\s", seg) if re.search(r"\w", p)]
    seg = parts[0] if parts else ""
    words = [w for w in re.findall(r"\d+(?:[.,]\d+)*|\w+", seg) if w not in lex.stop]
    if not words:
        return None
    return " ".join(words[:10])
