"""A headline without a subject: `Đặt mục tiêu doanh thu 20 tỷ USD trong năm 2027`.

The guideline counts a headline that states a commitment like a body sentence; one that opens with a
target or plan word (subjectless_headlines.openers) and names nobody speaks of the article's main
actor: the actor of the first commitment in the first body sentences, else the first organisation
the first body sentence names.

Reads: the headline (the document's first sentence, up to title_end), the lexicon (subjectless_headlines),
the mentions and the commitments found in the body. Claims: at most one commitment, the whole headline,
rule `<opener id>/headline-lead`.
"""

from __future__ import annotations

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView
from c4ir_kb.models import Sentence


def emit_subjectless_headline(v: DocView, lex: Lexicon, claims: Claims, title_end: int) -> None:
    sents = v.doc.sentences
    if title_end <= 0 or not sents or sents[0].end > title_end + 1:
        return
    head = sents[0]
    m = lex.headline_opener.match(v.low, head.start, title_end)
    if m is None or any(c.sentence == head.index for c in claims.out):
        return
    if any(x.start < m.start("p") for x in v.mentions_in(head.start, title_end)):
        return  # a name before the opener: the headline has a subject
    body = [s.index for s in sents[1 : 1 + lex.headline_lead_sentences]]
    first = next((c for c in claims.out if c.sentence in body and c.actor), None)
    actor = first.actor if first is not None else None
    if actor is None and len(sents) > 1:
        org = next((x for x in v.mentions_in(sents[1].start, sents[1].end) if x.type == "ORG"), None)
        actor = org.entity if org is not None else None
    if actor is None:
        return
    entry = lex.headline_openers[m.group("p")]
    end = headline_end(v, head.start, title_end)
    act = Actor(actor=actor, rule="headline-lead", confidence=lex.confidence("headline-lead"))
    claims.emit(head, entry["kind"], v.norm[m.start("p") : m.end("p")], m.start("p"), end, act, f"{entry['id']}/headline-lead", m.end("p"))


def unclaimed_headline(v: DocView, claims: Claims, title_end: int) -> Sentence | None:
    """The headline as the first sentence, when it is one and no commitment claims it yet."""
    sents = v.doc.sentences
    if title_end <= 0 or not sents or sents[0].end > title_end + 1:
        return None
    head = sents[0]
    return None if any(c.sentence == head.index for c in claims.out) else head


def headline_end(v: DocView, start: int, title_end: int) -> int:
    """Where the headline's words end: title_end without the trailing spaces, full stop or colon."""
    end = title_end
    while end > start and v.norm[end - 1] in " .:":
        end -= 1
    return end
