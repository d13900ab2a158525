"""How the trigger word is used: as the verb of the actor's own undertaking, or as a passive participle or a noun.

Reads: the view (text, mentions), the `trigger_use` section of data/commitments.json and the future markers.
Claims: nothing; `appointment(v, lex, lo, at, end)` answers yes when the verb or cue ending at `at` appoints to a post
(a shared gate of the trigger, assigned-task and dated-ahead paths); `not_verbal(v, lex, c)` answers yes when the trigger is not the actor's own verb:
* a directive verb in the passive reported in the past (`sau khi được UBND tỉnh giao quản lý đã …`, `đã được X giao`,
  `được X giao … tại Quyết định … ngày <past>`): the subject received a task earlier; the clause reports it
  (extraction-v1: actions reported as done). A present or future assigning (`Sở X được UBND tỉnh giao chủ trì …`,
  `sẽ được Bộ X giao …`) is still the agent's directive;
* a trigger word opening its sentence as the subject of a passive (`Yêu cầu được Bộ trưởng X nêu tại hội nghị …`):
  the noun, the requirement described, whoever raised it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.models import Commitment

from c4ir_kb.extract.commitments.lexicon import Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.view import DocView, day_vs_publication


class _Use:
    def __init__(self, d: dict):
        self.passive_kinds = set(d["passive_kinds"])
        self.passive_before = re.compile(rf"(?<!\w)(?:{alt(d['passive_markers'])})\s+$")
        self.past_before = re.compile(rf"(?<!\w)(?:{alt(d['past_before_passive'])})\s+(?:\w+\s+)?được(?!\w)")
        self.done_after = re.compile(rf"(?<!\w)(?:{alt(d['done_after'])})(?!\w)")
        self.noun_subject = re.compile(rf"\s*(?:{alt(d['noun_subject_after'])})\s+\S")


@lru_cache(maxsize=1)
def _use() -> _Use:
    return _Use(rules_data()["trigger_use"])


def not_verbal(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """The trigger is a passive participle after its agent, or a noun subject of a passive (see the module note)."""
    if not v.low.startswith(c.trigger.lower(), c.start):
        return False
    return _received(v, lex, c) or _noun_subject(v, c)


def _received(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`được <agent> giao …`: the agent's directive received by the sentence's subject, reported."""
    if c.kind not in _use().passive_kinds:
        return False
    j = v.skip_space_back(c.start)
    agent = v.mention_ending_at(j, max(0, c.start - 100))
    if agent is None:
        return False
    lo = max(0, agent.start - 30)
    m = _use().passive_before.search(v.low, lo, agent.start)
    if m is None:
        return False
    if lex.future_marker.search(v.low, lo, m.end()) is not None:
        return False
    return _reported_past(v, c, lo, m.end())


def _reported_past(v: DocView, c: Commitment, lo: int, agent: int) -> bool:
    """The task was received in the past: a done marker or `sau khi` before `được` (`đã được`, `sau khi được`), a done
    marker in the clause after the trigger (`giao quản lý đã không …`) or a date on or before publication in it
    (`giao chủ đầu tư tại Quyết định số … ngày 9/7/2025`). Without one, `X được Y giao chủ trì …` is a task ahead.
    `agent` is where the agent starts: the whole passive marker before it (`đã được`, `từng được`) is searched."""
    u = _use()
    if u.past_before.search(v.low, lo, agent):
        return True
    if u.done_after.search(v.low, c.start + len(c.trigger), c.end):
        return True
    pub = v.doc.article.published
    return pub is not None and any(
        c.start <= d.start and d.end <= c.end and (day := day_vs_publication(d.value, pub)) is not None and day <= 0 for d in v.dates
    )


def _noun_subject(v: DocView, c: Commitment) -> bool:
    """`Yêu cầu được Bộ trưởng X nêu …` opening the sentence: the trigger word is the subject noun of a passive."""
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents) or v.low[sents[c.sentence].start : c.start].strip(" \"“'-–•*"):
        return False
    return _use().noun_subject.match(v.low, c.start + len(c.trigger), c.end) is not None


def appointment(v: DocView, lex: Lexicon, lo: int, at: int, end: int) -> bool:
    """The verb or cue ending at `at` appoints to a post rather than undertakes a task: a title or a body's board right
    after it (`chỉ định Bí thư …`, `vào Ban Thường vụ`), a post's noun (`đảm nhận chức …`, `nhiệm kỳ`), or the clause
    from lo naming the appointee or the post (`là ông A`, `giữ chức …`, `làm Giám đốc`)."""
    return bool(lex.appointment_object.match(v.low, at, end) or lex.role_object.match(v.low[at:end]) or lex.appointment_mark.search(v.low, lo, end))
