"""The clause a trigger opens: where it starts and ends, and what stands between subject and trigger.

Reads: the view (text, mentions, dates) and the lexicon (fillers, negations, coordinated
triggers, continuation phrases, list item frames).
Claims: nothing; it measures spans. `clause_end` ends a clause at `;`, `…`, the sentence end,
`, đồng thời` / `, trong khi` …, a second undertaking after a comma (`…, dự kiến B`; not a word that only opens
with one: `…, sắp xếp`) or an own
subject after `, trong đó`; `strip_fillers` walks back from a trigger over adverbs, modals,
speech verbs and time adjuncts and reports them (the tense: `đã`, `đang`, `sẽ`) and a negation.
"""

from __future__ import annotations

import re

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.lexicon import Lexicon
from c4ir_kb.extract.commitments.view import DocView


def clause_lo(v: DocView, sent: Sentence, pos: int) -> int:
    """Start of the clause holding pos: after the last `;` (or sentence start). A `;` inside brackets
    separates the items of an aside (`Công ty X (mã CK: ABC; sàn: HOSE) đang …`), not clauses."""
    k = v.low.rfind(";", sent.start, pos)
    while k >= 0 and v.low.rfind("(", sent.start, k) > v.low.rfind(")", sent.start, k):
        k = v.low.rfind(";", sent.start, k)
    return k + 1 if k >= 0 else sent.start


def clause_end(v: DocView, lex: Lexicon, start: int, sent: Sentence, joint: bool = False, addressee: bool = False) -> int:
    """End of the clause from start. joint: the undertaking is the subject's own pledge or plan,
    which `…, đồng thời (sẽ) B` extends (an assigned task followed by `đồng thời sẽ` is two items).
    addressee: a wish or request whose addressee's own `…, sẽ B` is what is asked (`mong muốn X, sẽ B`)."""
    m = lex.clause_break.search(v.low, start, sent.end)
    while m is not None and ((joint and _joins_same_subject(v, lex, m)) or _closes_own_quote(v, start, m)):
        m = lex.clause_break.search(v.low, m.end(), sent.end)
    end = m.start() if m else sent.end
    ta = lex.trailing_attribution.search(v.low[start : sent.end])
    if ta is not None and start + ta.start() < end and any(m.type == "PER" and m.start >= start + ta.start() for m in v.mentions_in(start, sent.end)):
        end = start + ta.start()  # `sẽ hoàn thành …, ông A, Giám đốc X, cho biết.`: the attribution is no part of it
    # `đã ký thỏa thuận …, trong đó tỉnh X sẽ …`: a clause with its own subject and trigger
    for t in re.finditer(r",\s*trong đó\s+(?:(?:tỉnh|thành phố|tp\.?|phía|bên)\s+)?", v.low[start:end]):
        k = start + t.end()
        ms = [x for x in v.starting_at(k) if x.type in ("ORG", "LOC", "PER")]
        if ms:
            k2 = max(x.end for x in ms)
            f = re.match(r"\s+(?:(?:cũng|đã|đang|còn)\s+)*", v.low[k2:end])
            if f and lex.trigger_re.match(v.low, k2 + f.end()):
                end = start + t.start()
                break
    # `dự kiến tổ chức ngày 20/3, địa điểm cụ thể sẽ được thông báo sau`: a clause with a subject of its own
    end = _own_subject_clause(v, lex, start, end, sent)
    # `đang triển khai A, dự kiến B`: a second undertaking of the same subject
    for c in lex.coord_re.finditer(v.low, start, end):
        if joint and re.search(r"(?<!\w)đồng thời(?!\w)", c.group()):
            continue  # `…, đồng thời sẽ B`: B is part of the same undertaking
        if addressee and re.search(r"(?<!\w)sẽ$", c.group()):
            continue  # `mong muốn Long An với các tỉnh …, sẽ tiếp tục B`: what the addressee is asked to do
        if not v.inside_mention(c.end() - 1, c.end()) and not _continues(v, lex, c.end(), end):
            end = c.start()
            break
    # a list announced by a colon keeps its items
    while end > start and v.norm[end - 1] in " ,.:“”\"'(":
        end -= 1
    return end


def _own_subject_clause(v: DocView, lex: Lexicon, start: int, end: int, sent: Sentence) -> int:
    """Where a comma opens a clause with a subject of its own: a short noun phrase (opening with a noun, no verb, at most
    own_subject_clause.max_words words) then one of own_subject_clause.triggers (`…, địa điểm cụ thể sẽ được
    ngân hàng thông báo sau`); else end. Not after a subordinator (own_subject_clause.subordinators: `sau khi …,`),
    whose clause is an adjunct of the one after the comma."""
    for m in lex.own_subject_clause.finditer(v.low, start, end):
        if lex.own_subject_subordinate.search(v.low, start, m.start()):
            return end  # `Dự kiến sau khi phát hành, vốn điều lệ sẽ tăng …`: the part before the comma is an adjunct of it
        np_lo, np_hi = m.start("np"), m.end("np")
        if len(v.low[np_lo:np_hi].split()) > lex.own_subject_words:
            continue
        toks = [t for t in sent.tokens if np_lo <= t.start < np_hi]
        if not toks or not toks[0].pos.startswith("N") or any(t.pos.startswith("V") and not v.inside_mention(t.start, t.end) for t in toks):
            continue  # (`…, đồng thời sẽ B`: a connective, the same subject going on)
        return m.start()
    return end


def _closes_own_quote(v: DocView, start: int, m: re.Match) -> bool:
    """`gỡ “thẻ vàng” IUU`: a closing quote whose opening quote is inside the clause quotes a word, not a speaker."""
    q = m.group()
    if q == "”":
        return v.low.rfind("“", start, m.start()) > v.low.rfind("”", start, m.start())
    if q.startswith('"'):
        return v.low.count('"', start, m.start()) % 2 == 1
    return False


def _joins_same_subject(v: DocView, lex: Lexicon, m: re.Match) -> bool:
    """`cam kết A, đồng thời (sẽ) B`: `đồng thời` without a new subject adds B to the same
    undertaking; with one (`…, đồng thời UBND tỉnh sẽ …`) it starts another clause."""
    if not re.search(r"đồng thời$", m.group()):
        return False
    k = v.skip_space(m.end())
    k2 = lex.filler_run.match(v.low, k).end()
    if v.starting_at(k) or v.starting_at(k2):
        return False
    return not lex.anaphor_word_start.match(v.low, k2)


def _continues(v: DocView, lex: Lexicon, k: int, end: int) -> bool:
    """`…, dự kiến đưa vào sử dụng từ tháng 9/2026`: the coordinated trigger at k only completes
    the undertaking before it — a completion phrase, at most two words of scope, a time adjunct."""
    m = lex.continuation.match(v.low[k:end])
    if m is None:
        return False
    rs = k + m.start("rest")
    d = next((d for d in v.dates if rs <= d.start and d.end <= end), None)
    head = v.low[rs : d.start if d else end]
    tail = v.low[d.end : end] if d else ""
    words = [w for w in re.findall(r"\w+", head) if w not in lex.continuation_time_words]
    # `…, dự kiến đưa vào vận hành vào tháng 9/2027 và điều trị 1.000 bệnh nhân/năm`: what the
    # completion brings, joined by `và` after its date, still completes the same undertaking
    joined = d is not None and re.match(r"\s*(?:,\s*)?và\s+\w", tail) is not None
    return len(words) <= 2 and (joined or not re.search(r"\w", tail))


def strip_fillers(v: DocView, lex: Lexicon, lo: int, i: int) -> tuple[int, list[str], bool]:
    """Move i left over adverbs/modals/speech verbs and time adjuncts; report the fillers and a negation."""
    fillers: list[str] = []
    negated = False
    while True:
        seg = v.low[lo:i]
        # `Viettel cho biết, trong năm 2025, sẽ …`: a date between the subject and the trigger
        k = len(seg.rstrip(" ,"))
        d = next((d for d in v.dates_in(lo + 1, lo + k) if d.end == lo + k), None)
        if d is not None:
            i = d.start
            p = lex.time_prep_end.search(v.low[lo:i])
            if p is not None:
                i = lo + p.start()
            continue
        m = lex.fillers_end.search(seg)
        if m and m.start() < len(seg) and _in_name(v, lo + m.start(), i):
            m = None  # `Trường Đại học Công nghệ Thông tin chịu …`: the filler word ends a name
        if m and m.start() < len(seg):
            fillers.append(seg[m.start() :].strip(" ,"))
            i = lo + m.start()
            continue
        n = lex.negation_end.search(seg)
        if n and n.start() < len(seg):
            negated = True
            i = lo + n.start()
            continue
        break
    return v.skip_space_back(i, lo), fillers, negated


def _in_name(v: DocView, s: int, e: int) -> bool:
    """The words in [s, e) (spaces and commas aside) overlap a mention."""
    seg = v.low[s:e]
    s2 = s + len(seg) - len(seg.lstrip(" ,"))
    e2 = s + len(seg.rstrip(" ,"))
    return e2 > s2 and any(m.start < e2 and s2 < m.end for m in v.mentions)


def np_start(v: DocView, lex: Lexicon, lo: int, i: int) -> int:
    """Start of the noun phrase ending at i (back to `,`, `:`, `;` or clause start), frames dropped."""
    k = max(v.low.rfind(",", lo, i), v.low.rfind(":", lo, i), v.low.rfind(";", lo, i))
    s = k + 1 if k >= 0 else lo
    seg = v.low[s:i]
    fr = lex.item_frame.match(seg)
    if fr:
        s += fr.end()
    while s < i and v.low[s] == " ":
        s += 1
    return s
