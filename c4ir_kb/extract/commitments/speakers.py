"""Who is speaking: the person a clause is attributed to, and what `Ông`, `Bà`, a bare title or a quote refer to.

Reads: the view (PER/ORG mentions, sentences, quotes in the text), the lexicon's speech verbs,
honorifics and title words, and People (the organisations a speaker holds roles in).
Claims: nothing; it answers look-ups for the actor and anaphora components.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Mention, Sentence
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon
from c4ir_kb.extract.commitments.people import People
from c4ir_kb.extract.commitments.view import DocView, rules_data


def appositive_head(v: DocView, sent: Sentence, lo: int, comma: int) -> Optional[Mention]:
    """`HDBank, ngân hàng …, cam kết`, `Bà X, Phó Giám đốc Sở Y, đề xuất`, `Tập đoàn X (ABC), thông qua quỹ Y, sẽ …`:
    the head of the apposition."""
    for m in v.mentions_in(lo, comma):
        if m.type not in ("ORG", "PER"):
            continue
        # `ông A - Giám đốc X, …`; `Tập đoàn X (ABC), …`: an organisation's acronym in brackets before the comma
        mm = re.match(r"\s*,|\s+[-–—]\s" if m.type == "PER" else r"\s*(?:\([^()]{1,40}\)\s*)?,", v.low[m.end : comma + 1])
        if mm is None or m.end + mm.end() > comma:
            continue  # not followed by a comma, or it is the appositive's own last word
        app = v.low[m.end + mm.end() : comma]
        if not re.search(r"\w", app) or len(app) > 160 or app.count(",") > 1:
            continue
        seg_start = max(v.low.rfind(",", lo, m.start) + 1, lo)
        if len(v.low[seg_start : m.start].split()) > 4:
            continue  # the head opens its segment: at most a title or honorific before it
        return m
    return None


def person_reference(v: DocView, lex: Lexicon, sent: Sentence, lo: int, j: int, pos: int) -> Optional[tuple[Mention, int]]:
    """`Ông`/`Bà` alone, or with the given name only (`Ông Đức`), as the subject: the person named before."""
    seg = v.low[lo:j]
    h = lex.honorific_end.search(seg)
    if h is not None and lex.pronoun_lead_end.search(seg[: h.start()]):
        word, at = h.group(1), lo + h.start()
        first = v.doc.sentences[max(0, sent.index - 3)].start
        cands = []
        for m in v.mentions:
            if m.type != "PER" or not (first <= m.start and m.end <= at):
                continue
            hon = lex.honorific_word_end.search(v.low[max(0, m.start - 12) : m.start])
            if hon is not None and hon.group(1) != word and word not in lex.neutral_honorifics:
                continue  # `Bà …` does not stand for a man introduced as `ông`; `Đồng chí` stands for either
            # introduced as a person, by an honorific or by a title (`HLV A sinh năm … Ông có nhiệm vụ …` -> A), not a bare name
            introduced = hon is not None or m.rule in _titled_rules()
            cands.append((introduced, not _after_verb(v, lex, m), m.start, m))
        if cands:
            # the person who opened a clause, not one met or received (`A gặp Thủ tướng B. Ông đề nghị …` -> A)
            return max(cands, key=lambda x: x[:3])[3], at
        return None
    t = lex.title_end.search(seg)
    if t is not None and v.norm[lo + t.start()].isupper() and lex.pronoun_lead_end.search(seg[: t.start()]):
        # `Thay mặt cán bộ, chiến sĩ, Chính ủy hứa …`: a bare title stands for the one person given it just before
        # (`Thiếu tướng Đặng Quốc Hưng, Chính ủy Quân đoàn, …`)
        title, at = t.group().strip(), lo + t.start()
        first = v.doc.sentences[max(0, sent.index - 3)].start
        found = _titled(v, title, first, at)
        if not found and sent.index <= 1:
            # a headline's bare title (`Thủ tướng yêu cầu …`): the one person given it anywhere in the article
            found = _titled(v, title, 0, len(v.low))
        elif not found:
            # `Phó thủ tướng đề nghị …` long after `Phó thủ tướng Bùi Văn A`: the one person given it earlier
            found = _titled(v, title, 0, at)
        if len(found) == 1:
            return next(iter(found.values())), at
        return None
    g = lex.honorific_name_end.search(seg)
    if g is not None and v.norm[lo + g.start(2)].isupper():
        given = " " + fold(g.group(2))
        people = [e for e in v.entities.values() if e.type == "PER" and (" " + fold(e.name)).endswith(given) and fold(e.name) != given.strip()]
        if len(people) == 1:
            ms = [m for m in v.mentions if m.entity == people[0].id and m.start < pos]
            if ms:
                return ms[-1], lo + g.start()
    return None


@lru_cache(maxsize=1)
def _titled_rules() -> frozenset[str]:
    """The person-mention rules (entity extractor ids) of a name introduced by its title (data pronouns.titled_mentions)."""
    return frozenset(rules_data()["pronouns"]["titled_mentions"])


def _after_verb(v: DocView, lex: Lexicon, m: Mention) -> bool:
    """Is m an object (a verb outside any name, not part of a title, between its clause's opening and m)?"""
    sent = v.doc.sentence_at(m.start)
    k = max(v.low.rfind(c, sent.start, m.start) for c in ",;:")
    k = sent.start if k < 0 else k + 1
    return any(
        t.pos.startswith("V") and not v.inside_mention(t.start, t.end) and not lex.title_end.search(v.low[k : t.end])
        for t in sent.tokens
        if k <= t.start and t.end <= m.start
    )


def _titled(v: DocView, title: str, first: int, last: int) -> dict[str, Mention]:
    """The people given the title between first and last (`Thiếu tướng A, Chính ủy …`, `Chính ủy A`);
    `Phó` + the title is another title."""
    found: dict[str, Mention] = {}
    pers = [m for m in v.mentions if m.type == "PER"]
    for o in re.finditer(rf"{W}{re.escape(title)}{E}", v.low[first:last]):
        os_, oe = first + o.start(), first + o.end()
        if re.search(r"(?<!\w)phó\s+$", v.low[max(0, os_ - 5) : os_]) and not title.startswith("phó"):
            continue
        # `Chủ tịch nước A tiếp Đại sứ B`: the title is A's (the nearest name after it), not B's
        after = next((m for m in pers if oe <= m.start <= oe + 80 and not re.search(r"[,.;:]", v.low[oe : m.start]) and _names_only(v, oe, m.start)), None)
        if after is not None:
            found[after.entity] = after
            continue  # `Tiếp Đại sứ B, Chủ tịch nước A …`: a name after the title, so B before the comma is not given it
        for m in pers:
            if m.end <= os_ and re.fullmatch(r"\s*,\s*", v.low[m.end : os_]) is not None:
                found[m.entity] = m
    return found


def _names_only(v: DocView, s: int, e: int) -> bool:
    """Between a title and a name only names (`Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn`): capitalised words,
    words inside a mention, administrative words; not a verb phrase (`Chủ tịch nước bày tỏ … Đại sứ B`)."""
    for w in re.finditer(r"\w+", v.norm[s:e]):
        a = s + w.start()
        if w.group()[0].isupper() or w.group().isdigit() or any(m.start <= a < m.end for m in v.mentions):
            continue
        if w.group().lower() in ("tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "của", "tại", "và"):
            continue
        if w.group().lower() in ("thường", "trực", "thứ", "nhất"):
            continue  # a title's qualifier (`Phó Thủ tướng Thường trực A`, `Phó Bí thư thường trực A`)
        return False
    return True


def quote_speaker(v: DocView, sent: Sentence, pos: int) -> Optional[Mention]:
    """The person quoted: named after the closing quote, else before the opening one (this or the previous sentence, or
    the sentence of its paragraph where a quotation still open at pos began)."""
    close = re.search(r"[”\"]", v.low[pos : sent.end])
    if close:
        after = [m for m in v.mentions_in(pos + close.end(), sent.end) if m.type == "PER"]
        if after:
            return after[0]
    lo = v.doc.sentences[max(0, sent.index - 1)].start
    opening = v.low.rfind("“", lo, pos)
    opening = max(opening, v.low.rfind(":", lo, pos))
    if opening >= 0:
        before = [m for m in v.mentions_in(lo, opening) if m.type == "PER"]
        if before:
            return before[-1]
    # a quotation running over several sentences of its paragraph (`A nhấn mạnh: “S1. S2. Chúng tôi quyết tâm …”`): the
    # opening quote still open at pos, and the person named before it in its sentence
    para = v.low.rfind("\n", 0, pos) + 1
    k = v.low.rfind("“", para, lo)
    if k >= 0 and "”" not in v.low[k:pos]:
        head = next((s for s in v.doc.sentences if s.start <= k < s.end), None)
        before = [m for m in v.mentions_in(head.start, k) if m.type == "PER"] if head is not None else []
        if before:
            return before[-1]
    if sent.index + 1 < len(v.doc.sentences) and close:
        nxt = v.doc.sentences[sent.index + 1]
        after = [m for m in v.mentions_in(nxt.start, nxt.end) if m.type == "PER"]
        if after and after[0].start - nxt.start < 60:
            return after[0]
    return None


def trailing_speaker(v: DocView, lex: Lexicon, sent: Sentence, pos: int) -> Optional[Mention]:
    """`Chúng tôi sẽ …, ông A, Giám đốc X, cho biết.`: speech reported without quote marks, the speaker
    named after it and the speech verb closing the sentence."""
    tail = lex.trailing_attribution.search(v.low[pos : sent.end])
    if tail is None:
        return None
    after = [m for m in v.mentions_in(pos + tail.start(), sent.end) if m.type == "PER"]
    return after[0] if after else None


def speaker(v: DocView, lex: Lexicon, people: People, sent: Sentence, pos: int) -> Optional[tuple[Optional[str], list[str]]]:
    """Who the clause at pos is attributed to, as (person, their organisations in order) or
    (None, [org]): `Theo ông Tùng, …`, `<X> cho biết …` (X before the last speech verb), or the
    speaker of the quote pos is in."""
    low = v.low

    def of(m: Optional[Mention]) -> Optional[tuple[Optional[str], list[str]]]:
        if m is None:
            return None
        if m.type == "PER":
            orgs = list(people.roles.get(m.entity, []))
            o = people.org_before_person(m) or people.leaders.get(m.entity)
            if o and o not in orgs:
                orgs.insert(0, o)
            return (m.entity, orgs) if orgs else None
        if m.type == "ORG":
            return None, [m.entity]
        return None

    head = low[sent.start : pos]
    # `Theo ông Tùng, ngân hàng …` / `Theo Viettel, tập đoàn …`
    th = None
    for th in re.finditer(r"(?:^|[,“\"])\s*theo\s+", head):
        pass
    if th is not None:
        k = sent.start + th.end()
        comma = low.find(",", k, pos)
        if comma > 0 and len(low[k:comma].split()) <= 6:
            ms = [m for m in v.mentions if k <= m.start and m.end <= comma and m.type in ("PER", "ORG")]
            if ms and len(low[k : ms[0].start].split()) <= 1:
                r = of(ms[0])
                if r:
                    return r
            j = v.skip_space_back(comma, k)
            per = person_reference(v, lex, sent, k, j, pos)
            if per is not None:
                r = of(per[0])
                if r:
                    return r
    # `<X> cho biết …`
    sv = None
    for sv in lex.speech_re.finditer(head):
        pass
    if sv is not None:
        vs = sent.start + sv.start()
        j = v.skip_space_back(vs, sent.start)
        m = None
        if j > sent.start and low[j - 1] == ",":
            m = appositive_head(v, sent, sent.start, j - 1)
        if m is None:
            m = v.mention_ending_at(j, sent.start)
        if m is None:
            per = person_reference(v, lex, sent, sent.start, j, pos)
            m = per[0] if per else None
        if m is None:
            pers = [x for x in v.mentions_in(sent.start, j) if x.type == "PER"]
            m = pers[0] if pers else None
        r = of(m)
        if r:
            return r
    # inside a quote
    prev = v.doc.sentences[max(0, sent.index - 1)].start
    q = low[prev:pos]
    if q.rfind("“") > q.rfind("”") or head.count('"') % 2 == 1:
        r = of(quote_speaker(v, sent, pos))
        if r:
            return r
    return None
