"""The sentence's subject shared by a chain of verb phrases.

`Viettel đã lắp 20.000 trạm, trở thành nhà mạng đầu tiên …, dự kiến bổ sung …`,
`Chủ tịch nước đánh giá …, đồng thời ghi nhận …, đề nghị hai bên …`,
`Đại hội biểu quyết thông qua …; thống nhất 29 chỉ tiêu …`: a trigger with no subject of its own
that opens a conjunct (after `,`, `;`, `và`, `để`, `nhằm`, chain_joints) belongs to the subject of
the sentence: the actor of the first verb of a segment that opens with a subject (after leading
adjuncts such as `Thời gian tới,`), provided no conjunct in between names a subject of its own (the next place of a list in a place
adjunct, `tại A, B và …`, is none) and
no speech verb or quote in between opens a reported clause. The grammar of sharing:
- a conjunct opens after `,`, `;`, `và`, `rồi`, or one of them followed by a connective of sequence or consequence
  (chains.connectives: `…, sau đó sẽ niêm yết …`, `…, do đó yêu cầu …`); fillers (`đồng thời`, `cũng`, `sẽ`) may follow;
- it has its own subject when a name (or a new_subject_words phrase) opens it: then nothing is shared;
- a conjunct marked for the future by itself (chains.own_tense) keeps its own tense, not the head's `đã`;
- inside a reported clause with a subject of its own (`Ông A cho biết X đã mở …, đồng thời dự kiến …`) the conjuncts
  share that subject, unless the conjunct opens a new speech act (`…; nhấn mạnh …`) or the clause only describes its
  subject (`X là …`, `X đóng vai trò là …`);
- directing (`… và chỉ đạo …`) after presiding over a meeting is the presider's own act, not an agenda item.

Reads: one sentence of the view (tokens, mentions), the lexicon (chain joints, speech verbs,
fillers) and the actor finder (the subject of the head verb).
Claims: nothing; it returns an Actor (actor rule `chain`) whose `fillers` are the head verb's
(so a chain reported as done, `X đã …, triển khai …`, stays done).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.clause import strip_fillers
from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView, token_at


def chain_subject(v: DocView, lex: Lexicon, actors: ActorFinder, sent: Sentence, pos: int, directs: bool = False) -> Optional[Actor]:
    """The sentence subject a conjunct opening at pos (a trigger) shares, else None. directs: the
    trigger itself asks others (`đề nghị`, `yêu cầu`), so a request before it does not pass it on."""
    i, own, negated = strip_fillers(v, lex, sent.start, pos)
    conn = _connective_end().search(v.low[sent.start : i])
    if conn is not None:
        i = sent.start + conn.start("conn")  # `…, sau đó sẽ niêm yết`: the conjunct opens before its connective
        i, more, more_negated = strip_fillers(v, lex, sent.start, i)
        own, negated = own + more, negated or more_negated
    joint = lex.chain_joint_end.search(v.low[sent.start : i if conn is not None else pos])
    if negated or joint is None:
        return None
    head = head_subject(v, lex, actors, sent, pos)
    if head is None:
        return None
    verb, act = head
    if joint.group("purpose") and (set(act.fillers) & lex.done or any(verb <= d.start < pos for d in v.dates)):
        return None  # `C4IR thành lập ngày 25/9/2024, nhằm …`: why a past act was done, not an undertaking
    k = _token_end(sent, verb)
    if lex.chain_descriptive_head.fullmatch(v.low[verb:k]):
        return None  # `C4IR còn là trung tâm …, đặt mục tiêu …`: a description of what the subject is
    prev = max(v.low.rfind(",", sent.start, i - 1), v.low.rfind(";", sent.start, i - 1))
    item = v.low[prev + 1 : i - 1]
    if prev >= 0 and v.low[i - 1 : i] == "," and len(item.split()) <= 2 and not re.search(r"\d", item):
        return None  # `hỗ trợ, tư vấn, đề xuất …`: an item of an enumeration, not a conjunct (`tăng 20%, …` is one)
    between = v.low[verb:i]
    if _topic_list(v, lex, sent, verb, pos):
        return None  # `sau buổi làm việc về hiện trạng trường lớp, định hướng phát triển giáo dục và …`: a noun of the topic list
    if lex.chain_barrier.search(between):
        return None  # `X nói: “…`, `…, các đơn vị …`: a reported clause or a conjunct with a subject of its own
    if between.count("“") > between.count("”") or between.count('"') % 2 == 1 or (":" in between and not _quoted_name(between)):
        return None  # inside a quote, or after a colon that opens what someone said or lists
    at = verb
    while (sp := lex.speech_re.search(v.low, at, i)) is not None:
        if directs and not lex.chain_barrier.search(v.low[sp.end() : i]):
            break  # `X cho biết A coi trọng …, đề nghị …`: asking is the speaker's own act, not the reported clause's
        nxt = token_at(sent, _skip_fillers_forward(v, lex, v.skip_space(sp.end()), i))
        if nxt is not None and nxt.pos.startswith("V"):
            at = sp.end()
            continue  # `X cho biết sẽ A, …`: the reported clause goes on with the speaker as subject
        # `Ông cho biết Bonsai AI sẽ mở …, tuyển thêm …`: the reported clause has its own subject, which its conjuncts share
        if set(own) & set(lex.speech_verbs):
            return None  # `X khẳng định Y luôn coi trọng …; nhấn mạnh …`: a new speech act of the speaker, not the reported clause's
        inner = _reported_head(v, actors, sent, sp.end(), i)
        if inner is None:
            return None  # `Ông cho biết dự án …, …`: a subject of its own that names no actor
        verb, act = inner
        at, between, k = verb, v.low[verb:i], _token_end(sent, verb)
        seg_end = v.low.find(",", verb, i)
        if lex.chain_descriptive_head.fullmatch(v.low[verb:k]) or re.search(r"(?<!\w)là(?!\w)", v.low[verb : seg_end if seg_end >= 0 else i]):
            return None  # `… cho biết Y vẫn đóng vai trò là trụ cột, dự kiến …`: what the subject is, not what it undertakes
    if not directs and _asks_others(v, lex, verb, i):
        return None  # `Đại hội kêu gọi nhân dân …, quyết tâm …`: asked of others
    if not directs and lex.meeting_object.match(v.low[k : k + 60]):
        return None  # `X tổ chức hội nghị sơ kết …, triển khai …`: the agenda of a meeting (directing, `… và chỉ đạo …`, is the presider's own act)
    for sep in re.finditer(r"(?:[,;]|(?<!\w)và(?!\w))\s*", between):
        k = verb + sep.end()
        k2 = _skip_fillers_forward(v, lex, k, i)
        named = [m for m in v.starting_at(k) + v.starting_at(k2) if m.type in ("ORG", "PER", "LOC")]
        if any(not _listed_name(v, m, verb + sep.start()) for m in named):
            return None  # `…, Viettel sẽ …`: a conjunct with its own subject
    fillers = [] if set(own) & _own_tense() else act.fillers  # `X đã tăng vốn …, sau đó sẽ niêm yết …`: its own future
    return Actor(actor=act.actor, person=act.person, partner=act.partner, rule="chain",
                 confidence=lex.confidence("chain"), fillers=fillers, start=act.start)


@lru_cache(maxsize=1)
def _connective_end() -> re.Pattern:
    """A connective of sequence or consequence (chains.connectives) after `,`, `;` or `và`, ending the text."""
    words = rules_data()["chains"]["connectives"]
    return re.compile(rf"(?:[,;]|{W}và{E})\s*(?P<conn>{W}(?:{alt(words)}){E})\s*,?\s*$")


@lru_cache(maxsize=1)
def _own_tense() -> frozenset[str]:
    """The markers that give a conjunct a tense of its own (chains.own_tense)."""
    return frozenset(rules_data()["chains"]["own_tense"])


def _listed_name(v: DocView, m, sep: int) -> bool:
    """m, right after the separator at sep, is the next place of a list in a place adjunct (`triển khai thêm các KCN tại
    Ninh Bình, Cần Thơ và …`, `đơn hàng từ châu Âu, Mỹ …`): places of the same adjunct, not the subject of a new conjunct.
    A list of names as an object (`tiếp đại sứ các nước A, B, C và …`) is not read so: its names may act after it."""
    if m.type != "LOC":
        return False
    first = None
    end = sep
    while True:
        x = next((x for x in v.mentions_in(max(0, end - 60), end) if x.type == "LOC" and x.end <= end and v.skip_space(x.end) >= end), None)
        if x is None:
            break
        first = x
        k = v.skip_space_back(x.start)
        if k == 0 or v.low[k - 1] != ",":
            break
        end = k - 1
    return first is not None and _PLACE_PREP.search(v.low, max(0, first.start - 8), first.start) is not None


_PLACE_PREP = re.compile(r"(?<!\w)(?:tại|ở|từ|đến|tới|trên)\s+$")


def head_subject(v: DocView, lex: Lexicon, actors: ActorFinder, sent: Sentence, pos: int) -> Optional[tuple[int, Actor]]:
    """The first verb of the sentence (before pos) that a subject opens its segment with, and that subject's actor.

    Found once per sentence: the tokens are read left to right only as far as a call needs, and the scan
    resumes where it stopped (the head found stays the head for every later position)."""
    state = actors.heads.get(sent.index)
    if state is None:
        state = actors.heads[sent.index] = _HeadScan()
    toks = sent.tokens
    while state.found is None and state.next < len(toks) and toks[state.next].start < pos:
        tok = toks[state.next]
        state.next += 1
        state.found = _head_at(v, actors, sent, tok)
    if state.found is not None and state.found[2] < pos:
        return state.found[0], state.found[1]
    return None


class _HeadScan:
    """How far the head search of one sentence has read, and the head it found (verb position, actor, token start)."""

    def __init__(self) -> None:
        self.next = 0
        self.found: Optional[tuple[int, Actor, int]] = None


def _reported_head(v: DocView, actors: ActorFinder, sent: Sentence, a: int, b: int) -> Optional[tuple[int, Actor]]:
    """The head of a reported clause running from a (after its speech verb) to b: its first verb whose subject, inside
    the clause, opens its segment, and that subject's actor."""
    for tok in sent.tokens:
        if a <= tok.start < b:
            found = _head_at(v, actors, sent, tok, a)
            if found is not None:
                return found[0], found[1]
    return None


def _head_at(v: DocView, actors: ActorFinder, sent: Sentence, tok, lo: int = 0) -> Optional[tuple[int, Actor, int]]:
    """The token as the head verb: its position and its subject's actor, if a subject opens its segment (not before lo)."""
    if not tok.pos.startswith("V") or v.inside_mention(tok.start, tok.end):
        return None  # `Sư đoàn 309`: a name's number read as a verb
    at = tok.start
    glued = next((m for m in v.starting_at(tok.start) if m.end < tok.end), None)
    if glued is not None:
        at = v.skip_space(glued.end)  # `FPT sở hữu thế/V`: the tagger glued the name to the verb
    at = _manner_start(v, sent, tok, at)
    seg = max(v.low.rfind(",", sent.start, at), v.low.rfind(";", sent.start, at))
    seg_lo = max(seg + 1 if seg >= 0 else sent.start, lo)
    act, fillers, negated = actors.find_subject(at, sent, seg_lo)
    if act is None or act.actor is None or negated:
        return None
    if any(t.pos.startswith("V") for t in sent.tokens if seg_lo <= t.start < act.start):
        return None  # a verb before the subject in its segment: an object or a modifier, not the subject
    act.fillers = fillers
    return at, act, tok.start


def _manner_start(v: DocView, sent: Sentence, tok, at: int) -> int:
    """`Ông A vui vẻ nhận lời …`: where the verb phrase starts when adjectives of manner (tagged A) stand between
    a name and the verb at `at`; else at."""
    k = sent.tokens.index(tok)
    first = k
    while first > 0 and sent.tokens[first - 1].pos == "A":
        first -= 1
    if first == k or first == 0:
        return at
    before = sent.tokens[first - 1]
    if v.mention_ending_at(before.end, sent.start) is None:
        return at  # the adjectives do not follow a name: not a subject's manner
    return sent.tokens[first].start


def _topic_list(v: DocView, lex: Lexicon, sent: Sentence, a: int, b: int) -> bool:
    """The word at b, read as a noun by the tagger, continues a list of noun phrases governed by a topic
    preposition (`về`) after a noun (`cuộc họp về …`) in [a, b): each comma-separated item between the
    preposition and b opens with a noun."""
    tm = None
    for tm in lex.topic_prep.finditer(v.low[a:b]):
        pass
    if tm is None:
        return False
    k = a + tm.end()
    if "," not in v.low[k:b]:
        return False
    before = [t for t in sent.tokens if t.end <= a + tm.start()]
    head = before[-1] if before else None
    nominal = head is not None and (head.pos == "N" or (len(before) > 1 and before[-2].text.lower() in lex.topic_classifiers and head.pos == "V"))
    if not nominal:
        return False  # `bày tỏ vui mừng về …, nhất trí …`: the topic of a verb, not a noun's (`cuộc họp về …`) list of topics
    tok = token_at(sent, b)
    if tok is None or tok.pos != "N":
        return False  # `bày tỏ vui mừng về quan hệ hai nước, nhất trí …`: a verb opens a conjunct of its own
    lo = k
    for part in v.low[k:b].split(","):
        first = next((t for t in sent.tokens if t.start >= lo + len(part) - len(part.lstrip()) and t.start < lo + len(part)), None)
        lo += len(part) + 1
        if first is None:
            continue
        if first.pos.startswith("V") and not v.inside_mention(first.start, first.end):
            return False
    return True


def _quoted_name(between: str) -> bool:
    """`thực hiện phương châm: “…” nhằm …`: every colon opens a quotation that closes before the trigger."""
    for k in [i for i, ch in enumerate(between) if ch == ":"]:
        rest = between[k + 1 :].lstrip()
        if not rest.startswith(("“", '"')) or not re.search(r"[”\"]", rest[1:]):
            return False
    return True


def _asks_others(v: DocView, lex: Lexicon, a: int, b: int) -> bool:
    """A request verb in [a, b) (`kêu gọi`, `yêu cầu`), not the noun (`theo yêu cầu của khách hàng`)."""
    for r in lex.request.finditer(v.low, a, b):
        if lex.directive_noun_before.search(v.low[a : r.start()]) or lex.directive_noun_after.match(v.low[r.end() : b]):
            continue
        if lex.request_noun_after.match(v.low, r.end()):
            continue
        return True
    return False


def _token_end(sent: Sentence, at: int) -> int:
    """The end of the word at `at` (of the token holding it)."""
    return next((t.end for t in sent.tokens if t.start <= at < t.end), at)


def _skip_fillers_forward(v: DocView, lex: Lexicon, k: int, end: int) -> int:
    """k moved right over fillers (`cũng`, `sẽ`, `đồng thời`)."""
    m = lex.fillers_start.match(v.low, k, end)
    return m.end() if m else k


@lru_cache(maxsize=1)
def _facility_opening_re() -> tuple[re.Pattern, frozenset[str]]:
    """A sentence's opening facility or project noun, after an optional caption word (project_owners.opening_subjects),
    and the trigger ids the rule is for."""
    po = rules_data()["project_owners"]
    fo = po["opening_subjects"]
    nouns = list(po["nouns"]) + list(fo["extra_nouns"])
    return re.compile(rf"(?:(?:{alt(fo['captions'])})\s+)?(?P<noun>{alt(nouns)}){E}"), frozenset(fo["triggers"])


def facility_opening(v: DocView, lex: Lexicon, sent: Sentence, pos: int, trigger_id: str) -> Optional[int]:
    """`Dự án trung tâm dữ liệu … tại KCN X (TP.HCM) có vốn đầu tư …, dự kiến khởi công …`, `Phối cảnh Khu phức hợp
    logistics X, dự kiến khởi công …`: where the facility noun opening the sentence starts, when the plan at pos opens
    a conjunct after a comma and the facility named at length before it is its subject (extraction-v1: a plant or project
    that will do something -> its owner). None when a conjunct in between opens with a name of its own, or a quote, a
    colon, a `;` or a speech verb stands in between (someone else's clause), or the plan is negated."""
    opening, triggers = _facility_opening_re()
    if trigger_id not in triggers:
        return None
    i, _, negated = strip_fillers(v, lex, sent.start, pos)
    if negated or not v.low[sent.start : i].rstrip().endswith(","):
        return None
    m = opening.match(v.low, v.skip_space(sent.start))
    if m is None or m.end() >= i:
        return None
    between = v.low[m.end() : i]
    if re.search(r"[;:“”\"]", between) or lex.speech_re.search(between):
        return None
    for sep in re.finditer(r",\s*", between):
        k = m.end() + sep.end()
        if any(x.type in ("ORG", "PER", "LOC") for x in v.starting_at(k) + v.starting_at(_skip_fillers_forward(v, lex, k, i))):
            return None  # `…, Công ty X sẽ …`: a conjunct with its own subject
    return m.start("noun")
