"""Series: a list of undertakings in one sentence, one commitment per item.

`hai bên nhất trí thúc đẩy A; mở rộng B; hợp tác C`, `Thanh Hóa đặt mục tiêu A; B; C`: after a
commitment whose clause ends at `;`, each further `;` item of the sentence that no trigger claimed
is an undertaking of the same actor and kind, with its own clause. An item with a subject and
trigger of its own was claimed by that trigger and starts the series anew; an item reported as
done (`đã`, `vừa`) or negated ends it.
A sentence opening `Trong đó, A; B` right after a commitment breaks that commitment down.
A headed list (`Mục tiêu đến năm 2030: A; B`, `Các nhiệm vụ trọng tâm: A; B`) opens the sentence
with a list noun and a colon: its items are the undertakings of the actor the sentences before
name (the body whose congress, meeting or plan the article reports).

Reads: one sentence of the view, the lexicon (series heads, done markers, negations, item frames),
the commitments already claimed. Claims: a commitment per item, rule `<kind>:series` or
`<kind>:<head noun>/headed`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import E, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView


def items(v: DocView, lex: Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    """The `;` items of [a, b), frames and edge punctuation trimmed; a `…` ends the list."""
    out = []
    for part in re.finditer(r"[^;]+", v.low[a:b]):
        s, e = a + part.start(), a + part.end()
        fr = lex.item_frame.match(v.low[s:e])
        if fr:
            s += fr.end()
        while s < e and v.low[s] in " ,:":
            s += 1
        while e > s and v.norm[e - 1] in " ,.…:\"“”'":
            e -= 1
        out.append((s, e))
    return out


def _opens_done_or_negated(v: DocView, lex: Lexicon, s: int, e: int) -> bool:
    head = v.low[s:e].split()[:2]
    return bool(head) and (head[0] in lex.done or head[0] in lex.series_stops)


def _opens_speech(lex: Lexicon, item: str) -> bool:
    """`…; nhấn mạnh quan hệ …`: an item (its lead already dropped) opening with a verb of saying (a speech verb that is
    also a filler, lex.speech_fillers: `nhấn mạnh`, `khẳng định`, not `báo cáo kết quả …`) is the speaker's next
    statement, and one opening with a topic preposition (`…; về dự án X`) a new topic: neither is an undertaking."""
    item = item.lstrip()
    if any(item.startswith(w + " ") and not _speech_object().match(item, len(w) + 1) for w in lex.speech_fillers):
        return True  # (`chia sẻ kinh nghiệm …`: sharing a thing, an action)
    return lex.topic_prep.match(item) is not None


@lru_cache(maxsize=1)
def _speech_object() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, rules_data()['series']['speech_objects']))})(?!\w)")


def verb_at(sent: Sentence, s: int) -> bool:
    """Does a verb token start exactly at s?"""
    tok = next((t for t in sent.tokens if t.start >= s), None)
    return tok is not None and tok.start == s and tok.pos.startswith("V")


@lru_cache(maxsize=1)
def listed_verb() -> re.Pattern:
    """An undertaking verb of verb_lists.verbs (`tổ chức`, `rà soát`), whatever the tagger reads it as: a verb opening an
    item or a duty though tagged as a noun (continued.py, documents.py)."""
    return re.compile(rf"(?:{alt(rules_data()['verb_lists']['verbs'])}){E}")


def _without_lead(v: DocView, lex: Lexicon, s: int, e: int) -> str:
    """The item without a connective opening it (`đồng thời, có 13 nhóm …` -> `có 13 nhóm …`)."""
    seg = v.low[s:e]
    m = lex.subjectless_lead.match(seg)
    return seg[m.end() :] if m else seg


def emit_series(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence) -> None:
    """Each unclaimed `;` item after a commitment of the sentence: that commitment's actor and kind."""
    mine = [c for c in claims.out if c.sentence == sent.index]
    current = None
    if lex.breakdown_lead.match(v.low, sent.start, sent.end):
        # `VIX dự kiến thu về 11.000 tỷ đồng. Trong đó, A; B; C`: the items break the commitment before down
        before = [c for c in claims.out if c.sentence == sent.index - 1]
        current = before[-1] if before else None
    if (not mine and current is None) or ";" not in v.low[sent.start : sent.end]:
        return
    for s, e in items(v, lex, sent.start, sent.end):
        inside = [c for c in mine if s <= c.start < e + 1 or c.start <= s < c.end]
        if inside:
            current = max(inside, key=lambda c: c.start)
            if v.low[current.end : e].strip(" ,.…:\"“”'"):
                current = None  # `X dự kiến diễn ra vào ngày 5/12, đây là kỳ họp …; A`: the clause ended before the `;`, A is no item of it
            continue
        if current is None or current.actor is None:
            continue
        bare = _without_lead(v, lex, s, e)
        if len(v.low[s:e].split()) < 2 or _opens_done_or_negated(v, lex, s, e) or lex.stative(bare) or _opens_speech(lex, bare):
            current = None
            continue
        if current.kind not in _state_item_kinds() and _passive_state(v, lex, sent, s, e):
            continue  # `Có kế hoạch xây dựng A; phần lớn người dân được phủ sóng 5G`: a subject of its own in a state, no undertaking
        if lex.object_opener.search(current.text.lower()) and not verb_at(sent, s):
            continue  # `sẽ xem xét: 43 dự án luật; 12 nhóm nội dung`, `sẽ trình 3 phương án, bao gồm A; B`: the items list the object, not undertakings (`cam kết: A; bảo đảm B` does)
        own = next((m for m in v.starting_at(s) if m.type in ("ORG", "PER") and m.end < e), None)
        who, person = (own.entity, None) if own is not None else (current.actor, current.person)  # `Vietcombank là …`: the item names its own
        act = Actor(actor=who, person=person, rule="series", confidence=lex.confidence("series"))
        claims.emit(sent, current.kind, current.trigger, s, e, act, current.rule.rpartition("/")[0] + "/series", s)
        mine = [c for c in claims.out if c.sentence == sent.index]
        current = mine[-1] if mine and mine[-1].start == s else current


@lru_cache(maxsize=1)
def _state_item_kinds() -> frozenset[str]:
    return frozenset(rules_data()["series"]["state_item_kinds"])


def _passive_state(v: DocView, lex: Lexicon, sent: Sentence, s: int, e: int) -> bool:
    """The item is a passive clause with a subject of its own (`phần lớn người dân được phủ sóng 5G`): it opens with a
    lower-case noun or quantifier (`phần lớn`), no name and no trigger lie before `được` (within four words), a verb follows it. It says what state
    something is in, not what the actor will do; only a target's items may be states (`100% hồ sơ được xử lý trực
    tuyến`: data series.state_item_kinds)."""
    toks = [t for t in sent.tokens if s <= t.start and t.end <= e][:6]
    k = next((i for i, t in enumerate(toks) if t.text.lower() == "được"), None)
    if not k or k > 4 or k + 1 >= len(toks) or not toks[k + 1].pos.startswith("V"):
        return False
    first = toks[0]
    if not first.pos.startswith(("N", "L")) or not first.text[:1].islower() or v.mentions_in(s, toks[k].start):
        return False
    return not any(lex.trigger_re.match(v.low, t.start) for t in toks[:k])


def emit_headed(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, context: Optional[Actor]) -> None:
    """`Mục tiêu đến năm 2030: A; B`: each item the context actor's target (or plan)."""
    hm = lex.series_head.match(v.low, sent.start, sent.end)
    if hm is None or context is None or context.actor is None:
        return
    kind, tid = lex.series_heads[hm.group("noun")]
    for s, e in items(v, lex, hm.end(), sent.end):
        if any(not (c.end <= s or c.start >= e) for c in claims.out) or len(v.low[s:e].split()) < 2:
            continue
        if _opens_done_or_negated(v, lex, s, e):
            break
        act = Actor(actor=context.actor, person=context.person, rule="headed", confidence=lex.confidence("headed"))
        claims.emit(sent, kind, hm.group("noun"), s, e, act, f"{tid}/headed", s)


def split_coordinated(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence) -> None:
    """`hai bên sẽ A, đồng thời B`, `sẽ sử dụng A và triển khai B`: each conjunct that says what will be
    done is its own commitment, same actor and kind (actor rule `coordinated`). A conjunct after
    `, đồng thời` without a subject of its own, or after `và` opening with a trigger verb, splits."""
    for c in [c for c in claims.out if c.sentence == sent.index]:
        k0 = c.end + len(re.match(r"(?:…|\.\.\.)?", v.low[c.end : c.end + 3]).group())  # `A…, đồng thời B`: an open list ends A
        after = lex.coordination_after.match(v.low, k0, sent.end)
        k = after.end() if after else -1
        if after and not claims.covered(k) and not v.starting_at(k):
            # `hai bên sẽ hợp tác A, đồng thời mở rộng B`: the clause ended at `đồng thời`, B is the same actor's
            b = clause_end(v, lex, k, sent)
            if any(k < x.start < b for x in claims.out):
                continue  # `…, đồng thời khẳng định sẵn sàng …`: the conjunct's own trigger claimed it
            if len(v.low[k:b].split()) >= 2:
                act = Actor(actor=c.actor, person=c.person, rule="coordinated", confidence=lex.confidence("coordinated"))
                kind, trig, tid, obj = _conjunct_kind(v, lex, c, k)
                claims.emit(sent, kind, trig, k, b, act, f"{tid}/coordinated", obj)
        cuts = []
        for m in lex.coordination_split.finditer(v.low, c.start, c.end):
            k = m.end()
            if v.inside_mention(m.start(), k) or v.starting_at(k):
                continue  # `… và Viettel …`: a new subject, not a conjunct of this clause
            if m.group("and") and _own_milestones(v, lex, c, m.start(), k, cuts):
                cuts.append((m.start(), k))  # `khởi công trong năm 2026 và vận hành vào quý 4/2027`: two milestones, two undertakings
                continue
            if m.group("and") and (lex.trigger_re.match(v.low, k) is None or v.inside_mention(k, k + 1)):
                continue  # `nghiên cứu, thiết kế và phát triển`: verbs of one undertaking
            if m.group("and") == "và" and _bare_verb_before(v, sent, c, m.start()):
                continue  # `xây dựng và triển khai kế hoạch …`: two verbs of one object, one undertaking
            if m.group("and") and lex.noun_governor.search(v.low[max(c.start, v.low.rfind(",", c.start, m.start()) + 1) : m.start()]):
                continue  # `đáp ứng mong đợi của cử tri và yêu cầu phát triển …`: a second noun of the same verb
            cuts.append((m.start(), k))
        if not cuts:
            continue
        i = claims.out.index(c)
        parts = []
        lo = c.start
        for a, b in cuts:
            parts.append((lo, a))
            lo = b
        parts.append((lo, c.end))
        first_end = parts[0][1]
        while first_end > c.start and v.norm[first_end - 1] in " ,":
            first_end -= 1
        c.end = first_end
        c.text = v.doc.article.text[c.start : c.end]
        del claims.out[i]
        claims.out.insert(i, c)
        tid = c.rule.rpartition("/")[0]
        for a, b in parts[1:]:
            if len(v.low[a:b].split()) < 2:
                continue
            act = Actor(actor=c.actor, person=c.person, rule="coordinated", confidence=lex.confidence("coordinated"))
            kind, trig, tid2, obj = _conjunct_kind(v, lex, c, a)
            claims.emit(sent, kind, trig, a, b, act, f"{tid2}/coordinated", obj)


def _bare_verb_before(v: DocView, sent: Sentence, c, a: int) -> bool:
    """The conjunct left of `và` at a ends with a verb that has no object of its own: right after a comma, a verb or an
    adverb (`nghiên cứu, đề xuất và triển khai các dự án`), or the first verb after the trigger and its addressee
    (`đề nghị các đơn vị xây dựng và triển khai kế hoạch …`). The verbs share the object after the last one, so they
    are one undertaking (extraction-v1: one commitment per undertaking). A verb after a noun further on modifies that
    noun (`thực hiện kế hoạch nhập khẩu và chuẩn bị …`): the left conjunct had its object."""
    lo = c.start + len(c.trigger) if v.low.startswith(c.trigger.lower(), c.start) else c.start
    toks = [t for t in sent.tokens if lo <= t.start and t.end <= a]
    if not toks or v.low[toks[-1].end : a].strip():
        return False
    t = toks[-1]
    if not t.pos.startswith("V") or v.inside_mention(t.start, t.end):
        return False
    if len(toks) >= 2 and (toks[-2].text in (",",) or toks[-2].pos.startswith(("V", "R"))):
        return True
    return not any(x.pos.startswith("V") for x in toks[:-1])


def _own_milestones(v: DocView, lex: Lexicon, c, a: int, k: int, cuts: list[tuple[int, int]]) -> bool:
    """The conjuncts on either side of `và` at [a, k) each carry a time adjunct of their own, the left one
    ending with it (`lấy ý kiến cổ đông vào tháng 1/2026 và hoàn tất phương án trong nửa đầu năm 2026`,
    `đưa A vào vận hành vào tháng 6/2028 và B vào tháng 6/2031`): each is a milestone of its own, one
    undertaking per conjunct (extraction-v1: items joined by `và` that each say what will be done).
    A date without a time preposition dates a document or a period (`Quyết định số 189 ngày 22/7/2025 và …`),
    a conjunct reported as done (`và đã được cấp phép`) is no undertaking, and one that completes the same work
    (`khởi công trong năm 2025 và hoàn thành trước 30/8/2026`: continuations.phrases) continues its clause."""
    lo = cuts[-1][1] if cuts else c.start
    left = [d for d in v.dates if lo <= d.start and d.end <= a]
    if not left:
        return False
    last = max(left, key=lambda d: d.end)
    if v.low[last.end : a].strip(" ,)") or not _time_adjunct(v, lex, last):
        return False
    words = v.low[k : k + 12].split()
    if (words and words[0] in lex.done) or lex.continuation_start.match(v.low, k):
        return False  # `và đã được cấp phép`: done; `và hoàn thành trước 30/8`: the completion of the same work (continuations)
    nxt = v.low.find(" và ", k, c.end)
    hi = nxt if nxt >= 0 else c.end
    return any(k <= d.start and d.end <= hi and _time_adjunct(v, lex, d) for d in v.dates)


def _time_adjunct(v: DocView, lex: Lexicon, d) -> bool:
    """The date is the object of a time preposition (`vào tháng 6/2028`, `trong năm 2026`, `trước 30/6`)."""
    return lex.time_prep_end.search(v.low[max(0, d.start - 12) : d.start]) is not None


def _conjunct_kind(v: DocView, lex: Lexicon, c, k: int) -> tuple[str, str, str, int]:
    """(kind, trigger, trigger id, object start) of a conjunct at k: its own trigger's when it opens with
    one of a specific kind (`…, đồng thời mong muốn …` is a proposal), else the commitment's it splits from."""
    own = lex.trigger_re.match(v.low, k)
    t = lex.triggers[own.group()] if own is not None else None
    if own is not None and t is not None and not lex.kind_has(t.kind, "generic"):
        return t.kind, v.norm[k : own.end()], t.id, own.end()
    return c.kind, c.trigger, c.rule.rpartition("/")[0], k
