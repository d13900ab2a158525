"""A quoted-speaker headline: `Thủ tướng: Hoàn thành … trong quý IV`, `Bộ trưởng A: Không để …`.

A common Vietnamese news form: a speaker (a title, a title and a name, a person or a body) and a colon, then what
the speaker said, with no subject: an imperative, a deontic (`phải`, `cần`, `không để`) or a pledge word. The
guideline counts a headline that states a commitment like a body sentence; a leader telling others what to do is a
directive of the body the leader speaks for (the speaker resolved as obligations resolves a headline `<leader>: …`).
What follows the colon must open with a verb (data headline_speakers: the tagger's V or a listed opener) that is
not a copula, existential, result or evaluative verb (`là`, `có`, `đạt`: an assessment or a result); an opening
adverb (`Đã …`, `Chưa …`) or a noun (`Quảng Ninh là …`, `Đây là …`) is no undertaking.

Reads: the headline (the document's first sentence, up to title_end), the mentions and tags, the lexicon (triggers,
title_words) and data headline_speakers.
Claims: at most one commitment, from the first word after the colon to the headline's end, rule
`<trigger id or directive:headline>/headline-speaker`, when the headline holds no commitment yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.headlines import headline_end, unclaimed_headline
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt
from c4ir_kb.extract.commitments.view import DocView, rules_data, token_at


@dataclass
class _Speakers:
    opener: re.Pattern  # a listed opener at the start of the said words
    not_opener: re.Pattern  # a verb that states, not undertakes
    title_start: re.Pattern  # a title opening the words before a name (`Phó Chủ tịch UBND tỉnh A:`)
    min_words: int


@lru_cache(maxsize=1)
def _rules() -> _Speakers:
    hs = rules_data()["headline_speakers"]
    return _Speakers(
        opener=re.compile(rf"(?:{alt(hs['openers'])})(?!\w)"),
        not_opener=re.compile(rf"(?:{alt(hs['not_openers'])})(?!\w)"),
        min_words=int(hs["min_words"]),
        title_start=re.compile(rf"(?:{alt(hs['title_prefixes'])}\s+)?(?:{alt(rules_data()['title_words'])})(?!\w)"),
    )


def emit_speaker_headline(v: DocView, lex: Lexicon, actors: ActorFinder, canon: Canonical, claims: Claims, title_end: int) -> None:
    head = unclaimed_headline(v, claims, title_end)
    if head is None:
        return
    colon = v.low.find(":", head.start, title_end)
    if colon <= head.start:
        return
    k = v.skip_space(colon + 1)
    end = headline_end(v, head.start, title_end)
    r = _rules()
    if k >= end or len(v.low[k:end].split()) < r.min_words or r.not_opener.match(v.low, k):
        return
    tm = lex.trigger_re.match(v.low, k)
    om = r.opener.match(v.low, k)
    tok = token_at(head, k)
    if tm is None and om is None and (tok is None or tok.start != k or not _reads_as_verb(v, tok) or v.inside_mention(k, tok.end)):
        return  # a noun, a name, a number or an adverb opens it: a statement, not what the speaker asks
    act = _speaker(v, lex, actors, head, colon)
    if act is None:
        return
    act.actor = canon.acting_body(act.actor)
    act.rule, act.confidence = "headline-speaker", lex.confidence("headline-speaker")
    if tm is not None:
        trig = lex.triggers[tm.group()]
        kind, tid, tend = trig.kind, trig.id, tm.end()
    else:
        tend = om.end() if om is not None else tok.end
        kind, tid = "directive", "directive:headline"
    claims.emit(head, kind, v.norm[k:tend], k, end, act, f"{tid}/headline-speaker", tend)


def _speaker(v: DocView, lex: Lexicon, actors: ActorFinder, head: Sentence, colon: int) -> Optional[Actor]:
    """Who speaks before the colon: a person (after a title, or a title and its body: `Phó Chủ tịch UBND tỉnh A:`), a body alone, or a title whose holder the
    article names (`Thủ tướng:`, `Chủ tịch UBND tỉnh:`); not an event or a topic (`Bế mạc kỳ họp …:`)."""
    j = v.skip_space_back(colon, head.start)
    m = v.mention_ending_at(j, head.start)
    before = v.low[head.start : m.start].strip(" ") if m is not None else None
    if m is not None and m.type in ("PER", "ORG") and (before == "" or lex.title_end.search(before) or (m.type == "PER" and _rules().title_start.match(before))):
        return actors.from_mention(m, head.start)
    if m is not None or not lex.title_end.search(v.low[head.start : j]):
        return None
    act, _, negated = actors.find_subject(j, head, head.start)
    return None if negated or act is None or act.actor is None else act


def _reads_as_verb(v: DocView, tok) -> bool:
    """The tagger's V; a capitalised headline word it reads as a name or noun (`Bắn/Np pháo hoa`, `Tăng tốc/N`) is a
    verb when the article's body reads the same word, lower-cased, as a verb more often than not."""
    if tok.pos.startswith("V"):
        return True
    word = tok.text.lower()
    tags = [t.pos for s in v.doc.sentences[1:] for t in s.tokens if t.text == word]
    return sum(p.startswith("V") for p in tags) * 2 > len(tags) > 0
