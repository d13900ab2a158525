"""Continued lists: the items of a directive, plan or agreement list that go on after its sentence.

`Ban Bí thư yêu cầu …: A; B.` then `C.` then `D; E.`: a list announced by a commitment whose
clause runs to a colon and on to the end of its sentence (`yêu cầu …:`, `nhất trí:`) goes on in
the sentences that follow, each without a subject of its own. A sentence that opens with a verb and names nobody
(`Hoàn thành A; bảo đảm B.`) after an agreement, directive, plan or target goes on with it too.
After an agreement, a topic-framed sentence (`Về hạ tầng viễn thông, Viettel phối hợp A; mở rộng B.`,
`Trong chính quyền số, 2 bên …`) states what a party undertakes under it (data: continued_lists.topics). Every such sentence is an item
(each `;` part one) with the header's actor and kind, until the first sentence that no longer
reads as an item: one a trigger claimed, one opening with a name (ORG/PER/LOC) or a stop word
(`Theo`, `Ngày`, `Ông`), one with a done marker (`đã`; not `từng` before a noun: `gõ từng nhà`),
or one too short. After a directive of obligations an item says what its subject must do
(`Các xã cần …`) or has the bodies it addresses act (`Đồng thời, các địa phương tập trung …`, `Bộ trưởng
các Bộ: A, B; Chủ tịch UBND các tỉnh … tiếp tục …`, the very body it named: `… yêu cầu Công ty Y …. Công ty Y
phối hợp …`, or another named body with a bare verb: `… yêu cầu Sở Y bố trí A. Trung tâm Z bố trí B.`).
Any directive of the sentence opens such a frame (it need not run to the sentence's end); after a short adverbial frame
(`Ngay sau kỳ nghỉ, …`) an item may name a body of its own as addressee if a deontic marker follows (`Huyện Y cũng cần …`,
`Các đội khẩn trương …`), open with a verb and no subject, or be a negative imperative of plural addressees (`Các đơn vị không
tổ chức …`); the same speaker again (`Ông nhấn mạnh …`) or a photo caption between keeps the frame open, and so does one other sentence that names no person,
reports nothing done and quotes no one, when the sentence after it is an item with a deontic marker (`Các xã cần …`) (data:
continued_lists.directive_frame).

Reads: the sentence, the lexicon (continued_lists, done markers), the commitments already claimed.
Claims: a commitment per item, rule `<header trigger id>/continued`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Union

from c4ir_kb.models import Commitment, Sentence

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.lexicon import E, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.obligations import verb_after
from c4ir_kb.extract.commitments.series import items, listed_verb, verb_at
from c4ir_kb.extract.commitments.view import DocView


class _Frame:
    """What keeps a directive of obligations open (data: continued_lists.directive_frame)."""

    def __init__(self, data: dict):
        f = data["continued_lists"]["directive_frame"]
        n = int(data["continued_lists"]["obligation_subject_chars"])
        # `Ngay sau kỳ nghỉ Tết, …`: a frame and its comma; `Đồng thời(,) …`: a connective; `Trong đó, …`: a specifying lead
        links = f["connectives"] + f["specifying"]
        self.lead = re.compile(rf"\s*(?:(?:{alt(f['leads'])}){E}[^,;.:]{{0,50}},|(?:{alt(links)}){E}\s*,?)\s*")
        self.connective = re.compile(rf"\s*(?:{alt(links)}){E}\s*,\s*")
        self.specifying = re.compile(rf"\s*(?:{alt(f['specifying'])}){E}\s*,")
        self.heading_words = int(f["heading_words"])
        self.enumerator = re.compile(rf"\s*(?:{'|'.join(f['enumerators'])})\s*")  # `1.`, `a)`, `-`, `+`: a duty's number or bullet
        self.marked = re.compile(rf"(?P<subj>[^,;.:“\"]{{1,{n}}}?)\s(?P<m>{alt(f['markers'])}){E}")
        self.first_person = re.compile(rf"(?:^|\s)(?:{alt(f['first_person'])}){E}")
        speakers = f["speakers"] + data["title_words"]
        self.same_speaker = re.compile(rf"\s*(?:{alt(speakers)})\s+(?:[^\s,;.:]+\s+){{0,4}}?(?:{alt(f['speech_verbs'])}){E}")
        self.caption = re.compile(rf"\s*\(?(?:{alt(f['captions'])})\s*:|.*\((?:{alt(f['captions'])})\s*:")
        self.not_stop = re.compile(rf"\s*(?:{alt(f['not_stops'])}){E}")


_LIST_COLON = re.compile(r"(?<!\d):(?!\d)")  # a colon that opens a list; `1:1,245`, `10:30` are a ratio and a time
_NOUNS = ("N", "Np", "Nc", "Nu", "A", "M")  # what may stand between a name and its verb: the rest of a name cut short
_NAME_TAIL = 4


@lru_cache(maxsize=1)
def _frame() -> _Frame:
    return _Frame(rules_data())


class ContinuedList:
    """The list still open after the sentences read so far, and how many sentences it has run."""

    def __init__(self, v: DocView, lex: Lexicon, claims: Claims, title_end: int):
        self.v, self.lex, self.claims = v, lex, claims
        self.header: Optional[Commitment] = None
        self.run = 0
        self.done = lex.done_re
        self.obliged = False  # the open list is a directive of obligations (`lưu ý, X cần …`), not a colon list
        self.gap = False  # the sentence before was a gap in a directive of obligations: only a marked item goes on after it
        self.title_end = title_end  # a headline stands alone: the lead does not go on with it
        self.item_marked = 0  # where the deontic marker of the sentence _is_item last read is (0: none)
        self.after_enum = False  # the sentence before was a duty's number alone (`1.`)

    def read(self, sent: Sentence) -> None:
        """Continue the open list with this sentence, or close it; then open one if this sentence announces it."""
        if not any(ch.isalnum() for ch in self.v.low[sent.start : sent.end]):
            return  # a closing quote split off as a sentence of its own
        mine = [c for c in self.claims.out if c.sentence == sent.index]
        gap, self.gap = self.gap, False
        enum_before, self.after_enum = self.after_enum, False
        if self.header is not None and not mine and _frame().enumerator.fullmatch(self.v.low, sent.start, sent.end):
            self.after_enum = True  # `1.` cut off its line: the list goes on
            return
        if self.header is not None and self.run < self.lex.continued_max and self._enum_heading(sent, enum_before):
            self.run += 1  # `- Đề nghị UBND các tỉnh …`, `1.` `Sở X chủ trì, phối hợp với …`: a heading of the duties under it
            # (what a trigger read in it stays as it is)
            return
        if not mine and self._credited(sent):
            self.run += 1  # `TPHCM đẩy nhanh tiến độ …. Ảnh: …`: a photo's caption between a directive and its items
            return
        if not mine and self._joint(sent):
            return
        if not mine and self._topic(sent):
            self.header, self.run = None, 0
            return
        if self.header is not None and not mine and self.run < self.lex.continued_max and self._is_item(sent) and (not gap or self.item_marked):
            self._emit(sent)
            self.run += 1
            return
        if self.header is not None and self.obliged and not mine and self.run < self.lex.continued_max and self._aside(sent):
            self.run += 1  # `Ông nhấn mạnh …`, a photo caption between a directive and its items: the frame stays open
            return
        if self.header is not None and self.obliged and not gap and not mine and self.run < self.lex.continued_max and self._gap(sent):
            self.gap, self.run = True, self.run + 1  # `Đây là mùa cao điểm.` between a directive and `Các xã cần …`: one sentence may pass
            return
        old, old_obliged, old_run = self.header, self.obliged, self.run
        self.header, self.run = (self._header(sent, mine) if sent.start >= self.title_end else None), 0
        if old is not None and (old_obliged or old.kind in ("directive", "proposal")) and old_run < self.lex.continued_max and self._specifies(sent):
            if self.header is None or self.header.actor != old.actor:
                # `… yêu cầu các Bộ: X, Y. Trong số đó, Bộ X tiếp tục chỉ đạo …`: an addressee detailed is not the directing body
                self.header, self.obliged, self.run = old, True, old_run + 1

    def _joint(self, sent: Sentence) -> bool:
        """`UBND tỉnh yêu cầu …. Đồng thời, phân công …`: a subjectless sentence joined to the last commitment before."""
        v, lex = self.v, self.lex
        jm = lex.continued_joint.match(v.low, sent.start, sent.end)
        if sent.index == 0:
            return False
        before = [c for c in self.claims.out if c.sentence == sent.index - 1 and c.actor and c.start >= self.title_end]
        if jm is None:
            # `Hai bên thống nhất triển khai nhiều nội dung như …. Hoàn thành A; bảo đảm B.`: a sentence that opens with
            # a verb and names nobody goes on with the agreement, directive, plan or target just stated
            text = v.low[sent.start : sent.end]
            if not before or not ({before[-1].kind, before[-1].rule.partition(":")[0]} & lex.continued_kinds):
                return False
            if self._stopped(sent.start, sent.end) or not text.rstrip(" \"“”'").endswith((".", ";", "…")):
                return False  # `Theo …`, a caption or a heading (no full stop)
            k = v.skip_space(sent.start)
            if not self._verb_opens(sent, k):
                return False
            if any(m.type == "PER" or re.search(r",\s*$", v.low[sent.start : m.start]) for m in v.mentions_in(sent.start, sent.end)):
                return False  # `Phát biểu tại lễ ký, ông A …`: a participle before the sentence's own subject
        else:
            k = jm.end()
            am = lex.action_adverb.match(v.low, k, sent.end)
            while am is not None and am.end() > k and am.group().strip() not in lex.partner_after_adverbs:
                k = v.skip_space(am.end())  # `Đồng thời, cùng nhau xây dựng …`: an adverb before the verb
                am = lex.action_adverb.match(v.low, k, sent.end)
        if not before or not self._verb_opens(sent, k) or v.inside_mention(k, k + 1):
            return False
        if self.done.search(v.low[k : sent.end]) or lex.hope.search(v.low, k, sent.end):
            return False  # reported as done; a hope (`Thông qua hợp tác, hai bên kỳ vọng …`) is not undertaken
        last = before[-1]
        for s, e in items(v, lex, k, sent.end):
            if len(v.low[s:e].split()) >= 2:
                self._emit_item(sent, last, s, e)
        return True

    def _topic(self, sent: Sentence) -> bool:
        """`Về hạ tầng viễn thông, Viettel phối hợp phủ sóng 4G; mở rộng 5G.` after an agreement: what a party undertakes under it."""
        v, lex = self.v, self.lex
        tm = lex.topic_frame.match(v.low, sent.start, sent.end)
        if tm is None or self.done.search(v.low, tm.end(), sent.end):
            return False
        k = tm.end()
        named = next((m for m in v.starting_at(k) if m.type in ("ORG", "LOC", "PER")), None)
        pm = lex.topic_party.match(v.low, k) if named is None else None
        if named is None and pm is None:
            return False
        vs = v.skip_space(named.end if named is not None else pm.end())
        toks = [t for t in sent.tokens if t.start >= vs][:2]
        rest = v.low[vs : sent.end]
        # a verb opens the predicate; the tagger reads some verbs as nouns (`phối hợp/N xây dựng/V`): a verb right after one will do
        verb = bool(toks) and toks[0].start == vs and (toks[0].pos.startswith("V") or (toks[0].pos == "N" and len(toks) > 1 and toks[1].pos.startswith("V")))
        if not verb or lex.stative(rest):
            return False
        # the agreements of the sentences just before (checked last: it reads every commitment so far)
        lo = sent.index - lex.topic_max
        signed = [a for (si, _, a) in self.claims.refs.agreements if lo <= si < sent.index]
        stated = [
            c.actor
            for c in self.claims.out
            if lo <= c.sentence < sent.index and c.actor and (c.kind == "agreement" or c.rule.startswith("agreement:") or self._under_agreement(c.sentence))
        ]
        parties = stated + signed
        if not parties:
            return False
        who, kind = (named.entity, "pledge") if named is not None else (parties[-1], "agreement")
        act = Actor(actor=who, rule="continued", confidence=lex.confidence("continued"))
        for s, e in items(v, lex, vs, sent.end):
            if len(v.low[s:e].split()) >= 2:
                self.claims.emit(sent, kind, v.norm[tm.start() : tm.end()].strip(" ,"), s, e, act, f"{lex.topic_id}/continued", s)
        return True

    def _under_agreement(self, index: int) -> bool:
        """`Theo thỏa thuận, X sẽ …`: the sentence states what an agreement provides."""
        sent = self.v.doc.sentences[index]
        return re.match(r"\s*theo (?:các |bản )?(?:thỏa|thoả) thuận", self.v.low[sent.start : sent.end]) is not None

    def _header(self, sent: Sentence, mine: list[Commitment]) -> Optional[Commitment]:
        v = self.v
        head = next((c for c in mine if c.kind in self.lex.continued_kinds and c.actor and (_LIST_COLON.search(c.text) or c.trigger.endswith(":"))), None)
        self.obliged = False
        if head is None and mine and mine[-1].kind in self.lex.continued_kinds and mine[-1].actor and v.low[mine[-1].end : sent.end].strip(" \"“”'") == ":":
            return mine[-1]  # `… tập trung thực hiện các nhiệm vụ sau:` ending its paragraph: the items are the paragraphs after
        if head is None:
            # `Phó Thủ tướng lưu ý, X cần …. Y cần …`: a directive of obligations goes on while each sentence says what must be done;
            # so does any directive running to its sentence's end (`Chủ tịch yêu cầu các xã …. Các địa phương cần …`)
            head = next((c for c in mine if c.kind == "directive" and c.actor and self.lex.directive_obligation.match(v.low, c.start + len(c.trigger))), None)
            if head is None:
                head = next((c for c in reversed(mine) if c.kind in ("directive", "proposal") and c.actor), None)
            if head is None:
                return None  # (a directive need not run to its sentence's end: `Với X, A yêu cầu B; C, D.` goes on all the same)
            self.obliged = True
            return head
        last = mine[-1]
        if v.low.startswith(";", v.skip_space(last.end)):
            # `yêu cầu …: A; B`: the `;` items after the colon's first are the header's too, when they open with a verb
            for s, e in items(v, self.lex, last.end, sent.end):
                if len(v.low[s:e].split()) < 2 or not (verb_at(sent, s) or self._addressee_then_verb(sent, s, e)):
                    return None
                self._emit_item(sent, head, s, e)
            return head
        if v.low[last.end : sent.end].strip(" .…\"“”'") != "":
            return None  # the list must run to the end of its sentence
        return head

    def _addressee_then_verb(self, sent: Sentence, s: int, e: int) -> bool:
        """`yêu cầu: các sở rà soát A; các huyện đẩy nhanh B`: an item naming whom it directs, then the verb (within four words)."""
        toks = [t for t in sent.tokens if s <= t.start < e][:5]
        return len(toks) > 1 and not toks[0].pos.startswith("V") and any(t.pos.startswith("V") and not self.v.inside_mention(t.start, t.end) for t in toks[1:])

    def _is_item(self, sent: Sentence) -> bool:
        v, lex = self.v, self.lex
        s = self._opened(sent)  # `+ Tổ chức …`: after the bullet
        k = self._after_lead(sent) if self.obliged else s  # `Ngay sau kỳ nghỉ, các cơ quan …`: the addressee after a frame
        marked = self.obliged and self._marked(sent, k)  # `Tỉnh X cũng cần …`: an addressee, then what it must do
        self.item_marked = marked  # read() asks it again after a gap sentence
        named = v.starting_at(s)
        if any(m.type in ("ORG", "PER", "LOC") and not self._addressee_acts(sent, m) and not self._body_acts(sent, m) and not marked for m in named):
            return False  # `Bộ X sẽ …`: a new subject
        text = v.low[sent.start : sent.end]
        inside = 0
        if not named and (self._verb_opens(sent, k) or self._imperative_opens(sent, k)):
            # `Thực hiện … theo các văn bản Bộ Y tế đã hướng dẫn.`: a subjectless duty's first clause has no subject that could
            # have done anything: a done marker in it is inside its object (a relative clause), up to its first comma
            cut = re.search(r"[,;:(]", v.low[k : sent.end])
            inside = k + cut.start() if cut is not None else sent.end
        if self._stopped(k, sent.end) or self._done(sent, marked, inside) or not text.rstrip(" \"“”'").endswith((".", ";", "…")):
            return False  # a caption or heading has no full stop
        if lex.hope.search(text):
            return False  # `…, hai bên kỳ vọng mở rộng …`: a hope, not an item undertaken
        if len(text.split()) < lex.continued_min_words:
            return False
        if self.obliged and not (
            self.lex.obligation_lead.match(text)
            or marked
            or self._addressees_act(sent, k)
            or any(self._addressee_acts(sent, m) or self._body_acts(sent, m) for m in named)
            or ((self._verb_opens(sent, k) or self._imperative_opens(sent, k)) and not lex.topic_frame.match(v.low, k, sent.end))
        ):
            return False  # after a directive of obligations, an item says what its subject must do, or opens with the verb itself
            # (not a topic frame the tagger reads as a verb: `Về định hướng …, X thực hiện …` has a subject of its own)
        return not any(sent.start <= a < sent.end for a, _ in self.claims.blocked)

    def _done(self, sent: Sentence, marked: Union[bool, int] = False, inside: int = 0) -> bool:
        """A done marker (`đã`, `vừa`, `từng`) before a verb or adverb reports the sentence as done; `từng` before a
        noun is `each` (`đi từng ngõ, gõ từng nhà`), no tense. After a deontic marker (`X cần giữ đúng vị trí đã quy định`)
        one is inside what must be done: only the subject's part counts. One before `inside` is in a subjectless duty's
        first clause, a relative clause of its object."""
        v = self.v
        bg = self.lex.background_lead.search(v.low, sent.start, sent.end)
        end = bg.start() if bg is not None else sent.end
        if marked:
            end = min(end, int(marked))
        for m in self.done.finditer(v.low, sent.start, end):
            if m.start() < inside:
                continue
            nxt = next((t for t in sent.tokens if t.start >= v.skip_space(m.end())), None)
            if nxt is None or not nxt.pos.startswith("N"):
                return True
        return False

    def _opened(self, sent: Sentence) -> int:
        """Where the sentence's words start, after a duty's number or bullet (`1.`, `a)`, `+`: directive_frame.enumerators)."""
        em = _frame().enumerator.match(self.v.low, sent.start, sent.end)
        return self.v.skip_space(em.end() if em is not None and em.end() > sent.start else sent.start)

    def _enum_heading(self, sent: Sentence, enum_before: bool) -> bool:
        """A heading inside a numbered or bulleted list of duties: opened by a mark or right after a mark alone, no full stop,
        nothing reported as done (`- Đề nghị UBND các tỉnh …`, `1.` then `Sở X chủ trì, phối hợp với các sở …`)."""
        v = self.v
        text = v.low[sent.start : sent.end].rstrip(" \"“”'\n")
        marked = _frame().enumerator.match(v.low, sent.start, sent.end)
        if not (enum_before or (marked is not None and marked.end() > v.skip_space(sent.start))):
            return False
        return not text.endswith((".", ";", "…")) and len(text.split()) <= _frame().heading_words and not self._done(sent)

    def _specifies(self, sent: Sentence) -> bool:
        """`Trong đó, …`, `Trong số đó, …`, `Cụ thể, …` opening a sentence after a directive: it details that directive
        (data: directive_frame.specifying); a report of what was done does not."""
        return _frame().specifying.match(self.v.low, sent.start, sent.end) is not None and not self._done(sent)

    def _imperative_opens(self, sent: Sentence, k: int) -> bool:
        """After a directive of obligations, a subjectless sentence opening with a commitment trigger (`Sẵn sàng lực lượng …`)
        or with a listed undertaking verb whatever its tag (`Tổ chức/N lực lượng/N canh gác …`: verb_lists.verbs)."""
        v = self.v
        if v.inside_mention(k, k + 1):
            return False
        tm = self.lex.trigger_re.match(v.low, k)
        if tm is not None and tm.end() > k:
            return True
        first = next((t for t in sent.tokens if t.start >= k), None)
        return first is not None and first.start == k and listed_verb().fullmatch(v.low, k, first.end) is not None

    def _aside(self, sent: Sentence) -> bool:
        """A sentence that neither goes on with a directive of obligations nor ends it: the same speaker again (`Ông nhấn mạnh …`,
        `Bộ trưởng lưu ý …`, naming no other person) or a photo caption (`Ảnh: …`, `… (Ảnh: …)`)."""
        v, f = self.v, _frame()
        if f.caption.match(v.low, sent.start, sent.end):
            return True
        sm = f.same_speaker.match(v.low, sent.start, sent.end)
        h = self.header
        return sm is not None and h is not None and all(m.entity in (h.person, h.actor) for m in v.mentions_in(sent.start, sm.end()) if m.type == "PER")

    def _credited(self, sent: Sentence) -> bool:
        """`TPHCM đẩy nhanh tiến độ các dự án. Ảnh: Q.H.`: a sentence the photo credit follows on its own line is the
        photo's caption, no duty (s13-poolcom)."""
        v = self.v
        nl = v.low.find("\n", sent.end)
        rest = v.low[sent.end : nl if nl >= 0 else len(v.low)]
        return bool(rest.strip()) and _frame().caption.match(rest) is not None

    def _gap(self, sent: Sentence) -> bool:
        """A sentence a directive of obligations may pass over once, if a marked item (`Các xã cần …`) follows: it names no person,
        reports nothing done, opens with no stop word (`Theo`, `Tuy nhiên`) and has no speech verb (no new speaker)."""
        v, lex = self.v, self.lex
        if any(m.type == "PER" for m in v.mentions_in(sent.start, sent.end)) or self._done(sent):
            return False
        if self._stopped(sent.start, sent.end) or lex.speech_re.search(v.low, sent.start, sent.end):
            return False
        return True

    def _stopped(self, k: int, end: int) -> bool:
        """A stop word opens the text at k (`Theo …`, `Ông …`), not a verb it begins (`Theo dõi sát …`: directive_frame.not_stops)."""
        return self.lex.continued_stop.match(self.v.low, k, end) is not None and _frame().not_stop.match(self.v.low, k, end) is None

    def _after_lead(self, sent: Sentence) -> int:
        """Where the clause starts after a short adverbial frame and its comma (`Ngay sau kỳ nghỉ Tết, …`), else the sentence start."""
        s = self._opened(sent)
        lm = _frame().lead.match(self.v.low, s, sent.end)
        return self.v.skip_space(lm.end() if lm is not None else s)

    def _marked(self, sent: Sentence, k: int) -> int:
        """`Các đơn vị cần …`, `Tỉnh X cũng cần …`, `Ban Y khẩn trương …`: a short subject at k, no person, no first person, not the
        directing body itself, then a deontic marker and a verb (data: continued_lists.directive_frame.markers)."""
        v, f = self.v, _frame()
        mm = f.marked.match(v.low, k, sent.end)
        if mm is None or f.first_person.search(mm.group("subj")) or not verb_after(v, sent, mm.end("m")):
            return 0
        ms = v.mentions_in(k, mm.start("m"))
        if any(m.type == "PER" or (self.header is not None and m.entity == self.header.actor) for m in ms):
            return 0
        return mm.start("m")  # where the marker is (a done marker after it is inside what must be done)

    def _verb_opens(self, sent: Sentence, k: int) -> bool:
        """A verb opens the clause at k; the tagger reads some undertaking verbs as nouns (`Tổ chức/N quán triệt/V …`): a listed
        one (verb_lists.verbs) with a verb right after it will do."""
        toks = [t for t in sent.tokens if t.start >= k][:2]
        if not toks or toks[0].start != k:
            return False
        if toks[0].pos.startswith("V"):
            return True
        return len(toks) > 1 and toks[1].pos.startswith("V") and listed_verb().fullmatch(self.v.low, k, toks[0].end) is not None

    def _addressees_act(self, sent: Sentence, k: int) -> bool:
        """`Đồng thời, các địa phương tập trung triển khai …` after a directive of obligations: the bodies it addresses
        (a plural body noun: continued_lists.addressee_leads) doing what it tells them, a verb within five words."""
        v, lex = self.v, self.lex
        am = lex.addressee_lead.match(v.low, k, sent.end)
        if am is None or any(m.type in ("ORG", "PER", "LOC") and m.start <= v.skip_space(k) for m in v.mentions_in(k, am.end() + 1)):
            return False  # `Công ty X …`: a named subject of its own
        titled = am.group("title") is not None  # `Bộ trưởng các Bộ: A, B; Chủ tịch UBND các tỉnh … tiếp tục …`: a list of heads first
        toks = [t for t in sent.tokens if t.start >= am.end()][: None if titled else 6]
        return len(toks) > 1 and not toks[0].pos.startswith("V") and any(
            t.pos.startswith("V") and not v.inside_mention(t.start, t.end) for t in toks[1:]
        )

    def _addressee_acts(self, sent: Sentence, m) -> bool:
        """`Bộ X yêu cầu Công ty Y bố trí A; bảo đảm B. Công ty Y phối hợp với Z …`: after a directive of obligations,
        the body it addresses (its partner) as the next sentence's subject, a verb right after: what it is told to do."""
        h = self.header
        if not self.obliged or h is None or m.entity not in {c.partner for c in self.claims.out if c.sentence == h.sentence and c.partner}:
            return False
        tok = next((t for t in sent.tokens if t.start >= self.v.skip_space(m.end)), None)
        return tok is not None and tok.pos.startswith("V") and not self.v.inside_mention(tok.start, tok.end)

    def _body_acts(self, sent: Sentence, m) -> bool:
        """`UBND tỉnh yêu cầu Sở X bố trí A. Trung tâm Y bố trí B. Trường Z bố trí C.`: after a directive of obligations, a
        named body or place (not the directing one) whose bare undertaking verb (verb_lists.verbs: `bố trí`, `rà soát`,
        `tổ chức`) follows its name (the rest of a name the tagger cut short between: nouns only; no tense, no marker, no speech
        verb, no state) is one more addressee told what to do: the directive's items each with a subject of their own."""
        v, lex, h = self.v, self.lex, self.header
        if not self.obliged or h is None or m.type not in ("ORG", "LOC") or m.entity in (h.actor, h.person):
            return False
        after = [t for t in sent.tokens if t.start >= m.end][: _NAME_TAIL + 1]
        verb = next((t for t in after if t.pos.startswith("V") or t.pos not in _NOUNS), None)
        if verb is None or not verb.pos.startswith("V") or v.inside_mention(verb.start, verb.end):
            return False
        if listed_verb().match(v.low, verb.start) is None:
            return False  # `Trung tâm Y tiếp nhận 500 lượt khách mỗi ngày`, `… hoạt động từ năm 2012`: a description, not a task
        return lex.speech_re.match(v.low, verb.start, sent.end) is None and not lex.stative(v.low[verb.start : sent.end])

    def _emit(self, sent: Sentence) -> None:
        assert self.header is not None
        am = self.lex.addressee_lead.match(self.v.low, sent.start, sent.end) if self.obliged else None
        if am is not None and am.group("title") is not None and not self.lex.obligation_lead.match(self.v.low, sent.start, sent.end):
            # `Bộ trưởng các Bộ: A, B; Chủ tịch UBND các tỉnh … tiếp tục …`: the `;` separates the heads addressed, one item
            e = sent.end
            while e > sent.start and self.v.low[e - 1] in " .…/\"“”'":
                e -= 1
            self._emit_item(sent, self.header, self.v.skip_space(sent.start), e)
            return
        # `Bên cạnh đó, nắm chắc …`: the connective links the item to the one before, it is not part of what is to be done
        s0 = self._opened(sent)
        cm = _frame().connective.match(self.v.low, s0, sent.end)
        a = cm.end() if cm is not None else s0
        if self._specifies(sent):
            colon = _LIST_COLON.search(self.v.low, a, sent.end)
            if colon is not None:  # `Trong đó, tập trung vào các nhiệm vụ: A; B.`: the list's items, not its head
                a = colon.end()
        for i, (s, e) in enumerate(items(self.v, self.lex, a, sent.end)):
            if self.obliged and i > 0 and not self._action_at(sent, s):
                continue  # `X cần kiểm soát A; chỉ tiêu B`: a noun part lists more of the object, no new obligation
            if len(self.v.low[s:e].split()) >= 2:
                self._emit_item(sent, self.header, s, e)

    def _action_at(self, sent: Sentence, s: int) -> bool:
        """A verb opens the part at s, or one follows an adverb or two (`kiên quyết cưỡng chế`, `tuyệt đối không sử dụng`)."""
        toks = [t for t in sent.tokens if t.start >= s][:3]
        if not toks or toks[0].start != s:
            return False
        for t in toks:
            if t.pos.startswith("V"):
                return True
            if t.pos not in ("A", "R"):
                return False
        return False

    def _emit_item(self, sent: Sentence, h: Commitment, s: int, e: int) -> None:
        act = Actor(actor=h.actor, person=h.person, rule="continued", confidence=self.lex.confidence("continued"))
        self.claims.emit(sent, h.kind, h.trigger, s, e, act, f"{h.rule.rpartition('/')[0]}/continued", s)
