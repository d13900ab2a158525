"""A leader's obligation: `Theo <leader>, <X> cần/phải <verb> …` directs X (extraction-v1: directive).

A leader who says what a body must do directs it, though no directive verb is written: the speaker frame
names who speaks (`Theo Chủ tịch Tập đoàn A Nguyễn Văn B, …`, `Theo ông B, …`, `Theo Bộ X, …`: speakers.speaker;
`<leader> nhấn mạnh, …`, a title and the body it heads with the holder unnamed: `Bí thư Thành ủy nhấn mạnh, …`;
a headline `<leader>: …`, `Thủ tướng: …`), the clause after it gives the addressee and
what it must do (a short subject, then a modal of obligation, then a verb). The actor is the body the leader
speaks for (a person's organisation), the person kept as `person`; a body named as the source is the actor.

Not obligations: a speaker who is no leader of a body (a person with no organisation: an expert's advice),
no speaker at all (`Theo tính toán của Bộ X, …`), an addressee that is the speaker's own body (no one else directed),
a passive or stative modal (`phải được`, `cần thiết`, `cần trở thành`: data leader_obligations.not_after),
a subject that is a person, a first person (`chúng ta phải`) or a condition (`nếu …`), or a clause a trigger
already claimed.

What the leader says goes on in the sentences after (`Theo A, X cần …. Để hoàn thành …, X cần …. X cần …`):
an obligation opening its sentence's main clause (after only leads: `Vì vậy,`, `Để …,`), with no speaker of
its own, within two sentences of a leader's obligation, is the same body's directive (rule `continued`); so is one with no subject at all after such a lead
(`Đồng thời, khẩn trương khắc phục …`).

Reads: one sentence of the view, the lexicon (leader_obligations, speech_verbs), the actor finder.
Claims: one `directive` per obligation clause, trigger id `directive:<modal>` and the actor rule of the speaker
(`directive:cần/leader`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end
from c4ir_kb.extract.commitments.lexicon import E, W, Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.speakers import speaker as said_by
from c4ir_kb.extract.commitments.view import DocView, token_at


class _Rules:
    def __init__(self, data: dict, speech_verbs: list[str]):
        lo = data["leader_obligations"]
        self.id = lo["id"]
        self.kind = lo["kind"]
        self.max_chars = int(lo["subject_chars"])
        self.modal = re.compile(rf"{W}(?P<m>{alt(lo['modals'])}){E}(?!\s+(?:{alt(lo['not_after'])}){E})")
        self.theo = re.compile(rf"\s*(?:{alt(lo['according_to'])})\s+")
        self.speech_end = re.compile(rf"{W}(?P<v>{alt(speech_verbs)})(?:\s+rằng)?\s*[,:]?\s*$")
        self.speech_any = re.compile(rf"{W}(?:{alt(speech_verbs)})(?:\s+rằng)?{E}\s*[,:]?")
        self.ids = {self.id.format(modal=m) for m in lo["modals"]}
        self.lead = re.compile(rf"\s*(?:{alt(lo['leads'])}){E}[^,;.:]{{0,80}},\s*")
        self.bad_subject = re.compile(rf"(?:^|\s)(?:{alt(lo['not_subjects'])}){E}")


@lru_cache(maxsize=1)
def _rules(lex: Lexicon) -> _Rules:
    return _Rules(rules_data(), lex.speech_verbs + rules_data()["leader_obligations"]["speech_verbs"])


def emit_obligations(v: DocView, lex: Lexicon, actors: ActorFinder, claims: Claims, sent: Sentence, title_end: int) -> None:
    r = _rules(lex)
    opening = _clause_start(v, r, sent)  # where the sentence's main clause opens (after its leads)
    for mm in r.modal.finditer(v.low, sent.start, sent.end):
        pos, mend = mm.start(), mm.end()
        if claims.covered(pos) or v.inside_mention(pos, mend):
            continue
        s = _subject_start(v, r, sent, pos)
        subject = v.low[s:pos].strip()
        bare = r.speech_end.search(v.low, sent.start, pos)
        implied = not subject and s == opening  # `Đồng thời, khẩn trương …`: what the leader said goes on
        if not subject and bare is not None and bare.end() == pos:
            s = pos  # `Thủ tướng nhấn mạnh khẩn trương hoàn thành …`: the addressee left implied
        elif not implied and (not subject or len(subject) > r.max_chars or r.bad_subject.search(subject)):
            continue
        if any(m.type == "PER" for m in v.mentions_in(s, pos)):
            continue  # `ông A phải …`: a person's own duty, no body directed
        if not verb_after(v, sent, mend):
            continue
        speaker = None if implied else _speaker(v, lex, r, actors, sent, s, title_end)
        if speaker is None and s == opening:
            speaker = _going_on(lex, r, claims, sent)  # `Y cần …` right after a leader's `Theo A, X cần …`
        if speaker is None or speaker.actor is None or (speaker.person is None and speaker.rule not in ("person-ref", "reported", "leader", "continued")):
            continue  # only a leader or a body directs: one speaking for a body, named by a title (`Thủ tướng nhấn mạnh …`), `Theo Bộ X, …`
        if any(m.entity == speaker.actor for m in v.mentions_in(s, pos)):
            continue  # `Theo Chủ tịch Tập đoàn A …, Tập đoàn A cần …`: the speaker's own body, no one else directed
        cend = clause_end(v, lex, mend, sent)
        if any(c.start < cend and s < c.end for c in claims.out):
            continue
        tid = r.id.format(modal=mm.group("m"))
        claims.emit(sent, r.kind, v.norm[pos:mend], s, cend, speaker, f"{tid}/{speaker.rule}", mend)


def _clause_start(v: DocView, r: _Rules, sent: Sentence) -> int:
    """Where the sentence's main clause starts: after a leading connective or purpose adjunct and its comma
    (`Vì vậy, …`, `Để hoàn thành …, …`: data leader_obligations.leads)."""
    m = r.lead.match(v.low, sent.start, sent.end)
    return v.skip_space(m.end() if m is not None else sent.start)


def _going_on(lex: Lexicon, r: _Rules, claims: Claims, sent: Sentence) -> Optional[Actor]:
    """The speaker of a leader's obligation in one of the two sentences before: what the leader says goes on."""
    for c in reversed(claims.out):
        if c.sentence < sent.index - 2:
            break
        if c.sentence < sent.index and c.rule.split("/")[0] in r.ids and (c.person is not None or c.rule.endswith("/leader")):
            return Actor(actor=c.actor, person=c.person, rule="continued", confidence=lex.confidence("continued"))
    return None


def _subject_start(v: DocView, r: _Rules, sent: Sentence, pos: int) -> int:
    """Where the obligation's subject starts: after the last comma, colon or quote before the modal, or right
    after a speech verb (`nhấn mạnh các bộ phải …`)."""
    k = max(v.low.rfind(ch, sent.start, pos) for ch in ",:;“\"")
    k = sent.start if k < 0 else k + 1
    sm = _speech_in(v, r, k, pos)
    return v.skip_space(sm if sm is not None else k)


def _speech_in(v: DocView, r: _Rules, k: int, pos: int) -> Optional[int]:
    """The end of the last speech verb between k and pos (`Bộ trưởng nhấn mạnh các bộ phải …`), if any."""
    last = None
    for m in r.speech_any.finditer(v.low, k, pos):
        last = m.end()
    return last


def verb_after(v: DocView, sent: Sentence, end: int) -> bool:
    """A verb (or a manner adverb then a verb: `khẩn trương hoàn thành`) follows the modal."""
    k = v.skip_space(end)
    for _ in range(3):
        tok = token_at(sent, k)
        if tok is None:
            return False
        if tok.pos.startswith("V"):
            return True
        if not (tok.pos.startswith("A") or tok.pos.startswith("R")):
            return False
        k = v.skip_space(tok.end)
    return False


def _speaker(v: DocView, lex: Lexicon, r: _Rules, actors: ActorFinder, sent: Sentence, s: int, title_end: int) -> Optional[Actor]:
    """Who says the obligation: `Theo <leader>, …`, `<leader> nhấn mạnh(,) …`, a headline `<leader>: …`."""
    frame = v.low[sent.start : s]
    tm = r.theo.match(frame)
    if tm is not None:
        if frame.count(",") > 2:
            return None
        said = said_by(v, lex, actors.people, sent, s)  # `Theo ông A,` / `Theo Bộ X,`: a person with an organisation, a body
        if said is None:  # (a title longer than speakers reads: `Theo Giám đốc Sở X tỉnh Y Trần Văn A,`)
            per = [m for m in v.mentions_in(sent.start + tm.end(), s) if m.type == "PER"]
            return actors.from_mention(per[0], sent.start) if per else None
        person, orgs = said
        rule = "leader" if person is not None else "reported"
        return Actor(actor=orgs[0], person=person, rule=rule, confidence=lex.confidence(rule), start=sent.start + tm.end())
    sm = r.speech_end.search(frame)
    if sm is not None:
        act, _, negated = actors.find_subject(sent.start + sm.start("v"), sent, sent.start)
        if negated or act is None:
            return None
        if act.person is None and act.actor is not None and act.start is not None and lex.title_end.search(v.low[sent.start : act.start].rstrip()):
            # `Bí thư Thành ủy nhấn mạnh, cần …`: a title and the body it heads, the holder unnamed: the body's leader speaks
            return Actor(actor=act.actor, person=None, rule="leader", confidence=lex.confidence("leader"), start=act.start)
        return act
    if sent.start < title_end and frame.rstrip().endswith(":"):
        per = [m for m in v.mentions_in(sent.start, s) if m.type == "PER"]
        if per:
            return actors.from_mention(per[-1], sent.start)
        act, _, negated = actors.find_subject(sent.start + len(frame.rstrip()) - 1, sent, sent.start)  # `Thủ tướng: Ngành X phải …`
        return None if negated or act is None or act.actor is None else act
    return None
