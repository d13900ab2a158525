"""An agreement as the subject of what it sets out to do: `Thỏa thuận lần này đặt trọng tâm vào …`,
`bản ghi nhớ hợp tác tập trung đào tạo …`, `thỏa thuận này cam kết đầu tư …`.

A signed document does nothing itself: its parties undertake what it says they will do (extraction-v1,
What counts: agreement, "an agreement signed so that something will be done"; a joint undertaking ->
the first-named party). A clause that opens (at the sentence start or after a short lead ending with a
comma: `Được biết, …`) with an agreement-document noun (data: document_subjects.nouns), a few words
naming it and one of the focus verbs (`đặt trọng tâm vào`, `tập trung`, `cam kết`, `hướng tới`, `nhằm`),
is an agreement of the party of the signing reported before (Referents.agreements), else of the actor of
the sentences before (actor rule `context`). A copula (`Thỏa thuận này là bước đi …`) or a list of
contents (`Bản ghi nhớ gồm …`) describes the document: no focus verb, nothing emitted.

What a signed document says in other frames (data: document_contents) is the parties' agreement too:
* `Theo (nội dung) thỏa thuận/hợp đồng …, <clause>` that no trigger claimed (emit_document_content): the body a
  name opening the clause names (`Theo hợp đồng, X cấp tín dụng …`), else the signing's first party (parties_of);
* a signing reported as done, then a colon and `;` items (`Hai đơn vị đã ký kết quy chế với các nội dung: A; B`,
  emit_signed_list): each item opening with a verb;
* a party word as the subject of a cooperation verb (`Hai bên cũng hợp tác bán chéo …`, `các bên cùng thực hiện …`,
  emit_party_cooperation): the parties' joint undertaking.

Reads: one sentence of the view, the lexicon (document_subjects, document_contents), the signings Referents recorded,
the party resolution (parties.parties_of), the commitments claimed so far. Claims: agreements, rules
`agreement:document-subject/<actor rule>`, `agreement:document-content/<actor rule>`, `agreement:signed-list/parties`,
`agreement:party-cooperation/parties`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder, from_context
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import E, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.parties import parties_of
from c4ir_kb.extract.commitments.series import items, listed_verb, verb_at
from c4ir_kb.extract.commitments.view import DocView


def emit_document_subject(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor], agreements: list[tuple[int, int, str]]) -> None:
    m = lex.document_subject.match(v.low, sent.start, sent.end)
    if m is None or claims.covered(m.start("noun")) or claims.covered(m.start("verb")):
        return
    if lex.document_copula.search(m.group("mod")):
        return  # `Thỏa thuận này là bước đi … nhằm …`: what the document is
    lead = v.low[sent.start : m.start("noun")]
    if len(lead.split()) > lex.document_subject_lead_words:
        return
    if any(x.type in ("ORG", "PER", "LOC") for x in v.mentions_in(m.start("noun"), m.start("verb"))) and not v.low[m.start("noun") : m.start("verb")].count("("):
        return  # `Hợp đồng Công ty X ký …`: a name in the subject phrase may be the subject itself
    signed = [a for a in agreements if a[1] < m.start("noun")]
    if signed:
        act = Actor(actor=signed[-1][2], rule="parties", confidence=lex.confidence("parties"))
    else:
        act = from_context(lex, context)
        if act is None:
            return
    end = clause_end(v, lex, m.end("verb"), sent)
    if len(v.low[m.end("verb") : end].split()) < 3:
        return
    claims.emit(sent, "agreement", v.norm[m.start("verb") : m.end("verb")], m.start("noun"), end, act, f"{lex.document_subject_id}/{act.rule}", m.end("verb"))


class _Contents:
    def __init__(self, d: dict, nouns: list[str]):
        self.content_id = d["content_id"]
        self.list_id = d["list_id"]
        self.min_items = int(d["min_items"])
        self.min_words = int(d["min_words"])
        lead = r"(?:[^,.;:\n]*,\s*)?" if d["lead_words"] else ""  # `Trong khi đó, theo …`: one short lead and its comma
        self.frame = re.compile(
            rf"\s*{lead}(?P<theo>theo)\s+(?:(?:{alt(d['prefixes'])})\s+)?(?:{alt(nouns)}){E}[^,.;:\n]{{0,{int(d['max_chars'])}}},\s*"
        )
        self.lead_words = int(d["lead_words"])
        self.party_id = d["party_id"]
        self.content_noun = re.compile(rf"(?:{alt(d['content_nouns'])}){E}")


@lru_cache(maxsize=1)
def _contents() -> _Contents:
    data = rules_data()
    return _Contents(data["document_contents"], data["document_subjects"]["nouns"])


def emit_document_content(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence) -> None:
    """`Theo nội dung thỏa thuận, mục tiêu cốt lõi là …`, `Theo hợp đồng được ký kết, X cấp tín dụng …`: the content of a
    signed document no trigger claimed, an agreement of the body opening the clause or of the signing's first party."""
    g = _contents()
    m = g.frame.match(v.low, sent.start, sent.end)
    if m is None or len(v.low[sent.start : m.start("theo")].split()) > g.lead_words:
        return
    k = m.end()
    if any(c.sentence == sent.index and c.end > k for c in claims.out) or claims.covered(k):
        return  # `Theo thỏa thuận, hai bên sẽ …`: the trigger's
    end = clause_end(v, lex, k, sent)
    words = v.low[k:end].split()
    toks = [t for t in sent.tokens if k <= t.start < end]
    if len(words) < g.min_words or any(w in lex.done for w in words[:8]) or not any(t.pos.startswith("V") for t in toks[:8]):
        return  # `Theo hợp đồng, công ty đã bàn giao …`: reported as done
    own = next((x for x in v.starting_at(k) if x.type in ("ORG", "PER")), None)
    if own is not None:
        act = actors.from_mention(own, sent.start)  # (rule `subject`, or `leader` for a person)
    else:
        if (toks and toks[0].pos.startswith("N") and not g.content_noun.match(v.low, k)) or v.norm[k].isupper():
            return  # `Theo hợp đồng, nhóm ngân hàng cấp …`, `…, Liên danh nhà thầu thực hiện …`: a subject of its own (a
            # common noun, or a capitalised name no mention covers) that names no stored entity: no actor
        act = parties_of(actors, sent, k)
        if act is None:
            return
    claims.emit(sent, "agreement", v.norm[m.start() : m.end()].strip(" ,"), k, end, act, f"{g.content_id}/{act.rule}", k)


def emit_signed_list(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence) -> None:
    """`Hai đơn vị đã ký kết quy chế … với các nội dung: A; B; C`: a signing reported as done, then a colon list of what
    the parties will do: each `;` item opening with a verb is an agreement of the signing's actor."""
    g = _contents()
    signed = [a for a in claims.refs.agreements if a[0] == sent.index]
    if not signed or any(c.sentence == sent.index for c in claims.out):
        return
    _, pos, actor = signed[-1]
    colon = v.low.find(":", pos, sent.end)
    if colon < 0 or ";" not in v.low[colon : sent.end]:
        return
    found = []
    for s, e in items(v, lex, colon + 1, sent.end):
        if len(v.low[s:e].split()) >= g.min_words and _verb_opens(v, sent, s):
            found.append((s, e))
    if len(found) < g.min_items:
        return
    act = Actor(actor=actor, rule="parties", confidence=lex.confidence("parties"))
    for s, e in found:
        claims.emit(sent, "agreement", v.norm[pos:colon].split()[0] if v.norm[pos:colon].split() else "", s, e, act, f"{g.list_id}/parties", s)


def _verb_opens(v: DocView, sent: Sentence, s: int) -> bool:
    """A verb opens the item at s: a token tagged V, or an undertaking verb of verb_lists."""
    return verb_at(sent, s) or listed_verb().match(v.low, s) is not None


@lru_cache(maxsize=1)
def _party_cooperation() -> re.Pattern:
    d = rules_data()
    g = d["document_contents"]
    words = d["party_anaphors"]["words"]
    return re.compile(
        rf"(?:^|(?<=[,;:.]\s)|(?<=[,;:.])|(?<!\w)(?:{alt(g['party_leads'])})\s+)\s*(?P<party>{alt(words)})\s+(?:(?:{alt(g['party_fillers'])})\s+)*"
        rf"(?P<verb>{alt(g['cooperation_verbs'])}){E}\s*"
    )


def emit_party_cooperation(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence) -> None:
    """`Hai bên cũng hợp tác bán chéo sản phẩm`, `…, các bên cùng thực hiện …`: the parties, as subject of a cooperation
    verb with a verb phrase after it, undertake it together: an agreement of the first-named party."""
    g = _contents()
    for m in _party_cooperation().finditer(v.low, sent.start, sent.end):
        k, party = m.end(), m.start("party")
        end = clause_end(v, lex, k, sent)
        if claims.covered(party) or claims.covered(k) or any(c.sentence == sent.index and party <= c.start < end for c in claims.out):
            continue
        if not _verb_opens(v, sent, k):
            continue  # `hai bên hợp tác trên nhiều lĩnh vực`: a field, not a verb phrase, follows
        if len(v.low[m.start("verb") : end].split()) < g.min_words:
            continue
        act = parties_of(actors, sent, party)
        if act is None:
            continue
        claims.emit(sent, "agreement", v.norm[m.start("verb") : m.end("verb")], party, end, act, f"{g.party_id}/parties", k)
