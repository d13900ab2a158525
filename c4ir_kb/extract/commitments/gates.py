"""Is it an undertaking? The tests a found trigger and actor must pass.

Reads: the view (text, dates, tokens, the article's publication date) and the lexicon
(stative verbs and their exceptions, request cues, done and ongoing markers).
Claims: nothing; each test answers yes or no. Rejected are: a weak trigger followed by a
state rather than an action (`sẽ là`, `sẽ được đặt tại`), an action under a request to
someone else (`yêu cầu Sở X cần …`), an action reported as done (`đã ký`, `vừa xây dựng`)
or dated before the article was published (`từ năm 2008`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Commitment, Sentence

from c4ir_kb.extract.commitments.figures import spends
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt
from c4ir_kb.extract.commitments.trigger_use import not_verbal
from c4ir_kb.extract.commitments.view import DocView, day_vs_publication, rules_data, token_at


def action_follows(v: DocView, lex: Lexicon, end: int, sent: Sentence, clause_end: int, goal: bool = False, addressee: bool = False) -> bool:
    """After a weak trigger: an action verb, not a state (`là`, `trở thành`, `được`).

    A time adjunct first (`đặt mục tiêu đến cuối năm 2026, …`) is skipped; after a goal
    trigger a figure is a target (`đặt mục tiêu 90% hồ sơ …`); after a trigger that addresses
    someone the addressee comes first (`mong muốn hai bên tăng cường …`)."""
    i = end
    for _ in range(5):
        seg = v.low[i:clause_end]
        k = i + len(seg) - len(seg.lstrip(" ,"))
        pm = lex.time_prep_start.match(v.low[k:clause_end])
        k2 = k + (pm.end() if pm else 0)
        d = next((d for d in v.dates if d.start == k2 and d.end <= clause_end), None)
        if d is not None:
            i = d.end
            mc = re.match(r"\s*,", v.low[i:clause_end])
            if mc:
                i += mc.end()
            continue
        if lex.action_prep_verb.match(seg):
            return True  # `sẽ tập trung vào 4 lĩnh vực`: the adverb and its preposition are the action (focus on)
        m = lex.action_adverb.match(seg)
        if m:
            i += m.end()
            # `cùng X`, `cho X` — skip the partner or beneficiary
            if m.group().strip() in lex.partner_after_adverbs:
                j = i
                while j < clause_end and v.low[j] == " ":
                    j += 1
                ms = v.starting_at(j)
                if ms:
                    i = max(x.end for x in ms)
            continue
        break
    seg = v.low[i:clause_end]
    if goal and seg.strip() and lex.goal_state.match(seg):
        return True  # `phấn đấu trở thành …`, `phấn đấu đạt 11%`: the state is the target
    if addressee and re.match(r"\s*được\s", seg) and verb_next(v, sent, i + seg.index("được") + len("được")):
        return True  # `mong muốn được hợp tác …`: wishing to be let do something
    if _gates().counted.match(seg):
        return True  # `dự kiến có khoảng 40 dự án được khởi công`: a count of things to be done
    if not seg.strip() or lex.stative(seg):
        return False
    if spends(v, lex, i, clause_end):
        return True  # `dự kiến chi 11.000 tỷ đồng …`: money committed (the tagger reads `chi` as a pronoun)
    tok = token_at(sent, i + (len(seg) - len(seg.lstrip())))
    if tok is None:
        return True
    if goal and (tok.pos == "M" or re.match(r"\d", tok.text)):
        return True
    # the tagger often reads verbs as nouns (`phủ sóng/N`); names, numbers, pronouns, function words are not actions
    if tok.pos not in lex.non_action_tags:
        return True
    return addressee and _verb_after_addressee(v, lex, sent, tok.start, clause_end)


def _verb_after_addressee(v: DocView, lex: Lexicon, sent: Sentence, start: int, clause_end: int) -> bool:
    """`mong muốn hai bên tăng cường …`, `mong muốn công nhân, người lao động tiếp tục …`: within a few
    words after the addressee, an action verb (not a state)."""
    toks = [t for t in sent.tokens if start <= t.start < clause_end][: lex.addressee_span]
    for t in toks[1:]:
        if t.pos.startswith("V") and not v.inside_mention(t.start, t.end):
            return not lex.stative(v.low[t.start : clause_end])
    return False


def verb_next(v: DocView, sent: Sentence, end: int, lex: Lexicon | None = None) -> bool:
    """The word right after end is tagged a verb; with lex, after adverbs (`nhất trí sớm thông qua …`)."""
    k = v.skip_space(end)
    while lex is not None:
        if lex.action_prep_verb.match(v.low, k):
            return True  # `nhất trí đẩy mạnh hơn nữa các chuyến thăm …`: the adverb with what follows is the action
        m = lex.action_adverb.match(v.low, k)
        if m is None or m.end() == k or m.group().strip() in lex.partner_after_adverbs:
            break  # (`cùng X`, `cho X`: a partner follows, not the action)
        k = v.skip_space(m.end())
    tok = token_at(sent, k)
    return tok is not None and tok.pos.startswith("V")


def requested(v: DocView, lex: Lexicon, lo: int, hi: int) -> bool:
    """A request verb before the actor (`yêu cầu Sở X cần …`, `đề nghị các sở, ngành, địa phương …`); not a
    committee named after one (`ban chỉ đạo`), nor a request a clause of its own separates from the actor."""
    for r in lex.request.finditer(v.low, lo, hi):
        if lex.request_noun_after.match(v.low, r.end()):
            continue  # `chỉ đạo của cấp có thẩm quyền`: the noun
        if "," in v.low[r.end() : hi] and any(len(p.split()) > 8 for p in v.low[r.end() : hi].split(",")[:-1]):
            continue  # `Nhấn mạnh yêu cầu đảm bảo …, nhất là …, Lãnh đạo X yêu cầu`: a clause of its own lies between
        if not lex.request_exception_end.search(v.low[max(lo, r.start() - 12) : r.start()]):
            return True
    return False


def opinion(v: DocView, lex: Lexicon, lo: int, hi: int) -> bool:
    """An opinion verb before the trigger (`Chủ tịch cho rằng …`, `dự báo …`), not the same word as a noun
    (`các nội dung đánh giá kết quả …`)."""
    for o in lex.opinion.finditer(v.low, lo, hi):
        if lex.opinion_noun_before.search(v.low[lo : o.start()]) or lex.opinion_noun_after.match(v.low[o.end() : hi]):
            continue
        return True
    return False


def reported_done(lex: Lexicon, fillers: list[str]) -> bool:
    """`đã`/`vừa` before the trigger, without `đang`/`sẽ`/`đã và đang`: the action is reported as done."""
    fset = set(fillers)
    return bool(fset & lex.done) and not (fset & lex.ongoing) and "đã và đang" not in " ".join(fillers)


def past_year(v: DocView, sent: Sentence, end: int) -> bool:
    """`Samsung đầu tư vào Việt Nam từ năm 2008`: a year before publication dates the action as past; a period that
    runs on into the publication year or later (`nhiệm kỳ 2021-2026`, `giai đoạn 2021-2030`) is current, not past."""
    pub = v.doc.article.published
    if pub is None:
        return False
    return any(
        sent.start <= d.start and d.end <= end and _last_year(d.value) < pub.year and not _fiscal_year(v, sent, d)
        for d in v.dates
    )


def _fiscal_year(v: DocView, sent: Sentence, d) -> bool:
    """The date is the fiscal year of a figure (`trả cổ tức năm 2024`, data precision_gates.fiscal_period_nouns), not the
    date of the action."""
    return _gates().fiscal_period.search(v.low, sent.start, d.start) is not None


def _last_year(value: str) -> int:
    """The last year a date value reaches (`2021/2026` -> 2026, `2024-05` -> 2024); a large number when none."""
    years = [int(y) for y in re.findall(r"(?<![\d-])(\d{4})(?!\d)", value)]
    return years[-1] if years and value[:4].isdigit() else 10**6


def past_dated(v: DocView, sent: Sentence, pos: int, end: int, lex: Lexicon, phrase: str) -> bool:
    """A year before publication (past_year), or a day: `Ngày 16/1, X khởi công …` in an article of 18/1 reports
    the event held (dated_events); the publication day itself when the date comes first and no future marker
    follows it (`Ngày 19/12, X sẽ …`). phrase: the trigger at pos, as found (lower-case)."""
    pub = v.doc.article.published
    if pub is None:
        return False
    if past_year(v, sent, end):
        return True
    for d in v.dates:
        if not (sent.start <= d.start and d.end <= end):
            continue
        day = day_vs_publication(d.value, pub, yearless=True)
        if day is not None and (day < 0 or (day == 0 and d.end <= pos and not lex.future_marker.search(v.low, d.end, pos))):
            return True
    return _same_event_reported(v, lex, sent, pos, phrase)


def agreed_past(v: DocView, sent: Sentence, lo: int, pos: int, end: int, lex: Lexicon, phrase: str) -> bool:
    """An agreement reached (trigger flag reached: `Hai bên đã thống nhất thúc đẩy …`, `… trong năm 2025; đồng thời
    thống nhất phương hướng hợp tác năm 2026`): the agreeing is over by the time it is reported, so its tense says
    nothing of what was agreed, and a date of an earlier clause (before lo, the last `;`) dates that clause; a date of
    its own clause before publication (`Năm 2023, hai bên thống nhất …`) still reports it as past (past_dated from lo)."""
    return past_dated(v, sent.model_copy(update={"start": lo}), pos, end, lex, phrase)


def _same_event_reported(v: DocView, lex: Lexicon, sent: Sentence, pos: int, phrase: str) -> bool:
    """`Ngày 19/12, FPT khởi công hai công trình … Cụ thể, tại Gia Lai, FPT khởi công …`: the bare verb again, with
    no date or future marker of its own, goes on reporting the event an earlier sentence dated on or before the
    publication day."""
    if not lex.ceremony_verb.match(phrase) or lex.future_marker.search(v.low, sent.start, pos) or any(sent.start <= d.start < sent.end for d in v.dates):
        return False
    first = _dated_report(v, lex, phrase)
    return first is not None and first < sent.index


def _first_dated_report(v: DocView, lex: Lexicon, phrase: str) -> int | None:
    """The first sentence (its index) saying phrase after a date on or before publication, with no future marker
    between; None if none does. Computed once per article and phrase (cached in v.dated_reports)."""
    pub = v.doc.article.published
    past = [d for d in v.dates if (day := day_vs_publication(d.value, pub)) is not None and day <= 0]
    if not past:
        return None
    said = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    for i, prev in enumerate(v.doc.sentences):
        for t in said.finditer(v.low[prev.start : prev.end]):
            at = prev.start + t.start()
            if any(prev.start <= d.start and d.end <= at and not lex.future_marker.search(v.low, d.end, at) for d in past):
                return i
    return None


def not_undertaking(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """Checks on every commitment found, whatever component found it (data: not_undertakings): a title
    (`Phó chủ tịch phụ trách …`), a responsibility with nothing to do (`…, giao Bộ X chủ trì;`), an event
    described (`Lễ khai giảng sẽ được tổ chức …` with its actor only taken from the sentences before, `Sự kiện do X chủ trì`),
    a continued list item that is a dated report or an event (`Sáng 8/8, …`), an estimate (`ước đạt`), `Hướng tới <event>`
    (in the run-up to it)."""
    clause = v.low[c.start : c.end].strip()
    if _names_only(v, c) or _owned_noun(v, c) or _definition(v, c) or _presided(v, lex, c) or _listed_ceremony_again(v, lex, c):
        return True
    if not_verbal(v, lex, c):
        return True  # `sau khi được X giao … đã …`, `Yêu cầu được Bộ trưởng nêu …`
    if _remark(v, c) or _retrospective(v, lex, c) or _past_lead(v, lex, c) or _attendance_item(v, c) or _agent_described(v, lex, c) or _year_outcome(v, lex, c) or _defined_by_copula(v, lex, c):
        return True  # `lưu ý rằng khối lượng công việc còn lớn`; `Từ đầu năm đến nay, X giao … 9.831 nhiệm vụ`; `Tính đến 23/2, X tiếp nhận …`
    if clause.startswith(lex.title_triggers) and lex.title_end.search(v.low[max(0, c.start - 40) : c.start].rstrip()):
        return True
    if c.kind == "responsibility" and clause in lex.triggers:
        return True
    if lex.ahead_of_event.match(clause):
        return True  # `Hướng tới Đại hội …, …`: in the run-up to an event
    if lex.estimate.search(clause):
        return True  # `tổng tài sản ước đạt …`: a result estimated
    event = lex.event_described.match(clause) is not None
    if event and c.kind == "responsibility" and c.rule.endswith("/passive"):
        return True  # `Sự kiện do UBND tỉnh X chủ trì, phối hợp với …`: who organised the event described
    if c.rule.endswith("/continued") and (event or _opens_dated_report(v, c)):
        return True  # a list read on into `Sáng 8/8, Thủ tướng … chủ trì …`, `Phiên họp được tổ chức …`: the report goes on
    return event and c.rule.endswith("/context") and c.trigger.lower() == "sẽ được"


class _Gates:
    """The precision gates' word lists (data: precision_gates), compiled once."""

    def __init__(self, data: dict):
        g, nu = data["precision_gates"], data["not_undertakings"]
        self.glue = re.compile(rf"(?<!\w)(?:{alt(g['name_list_glue'])})(?!\w)")
        self.owned_kinds = set(g["owned_nouns"]["kinds"])
        self.owned_after = re.compile(rf"\s*(?:{alt(g['owned_nouns']['after'])})(?!\w)")
        self.presided = {w.lower() for w in g["presided_triggers"]}
        self.presided_event = re.compile(
            rf"(?<!\w)(?:{alt(nu['event_subjects'])})(?!\w)[^,;:.]{{0,60}}?\s(?:{alt(g['presided_link'])})\s+[^,;:.]{{1,80}}$"
        )
        self.counted = re.compile(
            rf"\s*có\s+(?:(?:{alt(g['counted_approximators'])})\s+)?\d[\d.,]*\s+[^,;:.]{{1,40}}?\s(?:sẽ\s+)?được\s+[^\W\d]"
        )
        self.definition = re.compile(rf"\s*(?:sẽ\s+)?được\s+(?:{alt(g['definitions'])})(?!\w)")
        self.remark_link = re.compile(rf"\s*,?\s*(?:{alt(g['remark_links'])})(?!\w)")
        self.instruction = re.compile(rf"(?<!\w)(?:{alt(g['instruction_words'])})(?!\w)")
        self.retrospective = re.compile(
            rf"\s*(?:{alt(g['retrospective_starts'])})\s+(?:[^,;:.]{{1,40}}?\s)?(?:{alt(g['retrospective_ends'])})\s+"
            rf"(?:(?P<now>{alt(g['retrospective_now'])})(?!\w)|(?=\S))"
        )
        self.fiscal_period = re.compile(
            rf"(?<!\w)(?:{alt(g['fiscal_period_nouns'])})(?:\s+(?!(?:{alt(g['fiscal_period_breaks'])})(?!\w))[^\s,;:.]+){{0,{int(g['fiscal_period_words'])}}}?"
            rf"\s+(?:của\s+)?$"
        )  # `cổ tức bằng tiền năm 2024`: the year closes a fiscal noun phrase (checked up to the date's start)
        self.past_lead = re.compile(rf"\s*(?:{alt(g['past_leads'])})\s*,")
        self.past_contrast = re.compile(rf"(?<!\w)(?:{alt(g['past_lead_contrasts'])})(?!\w)")
        self.past_keeper = re.compile(rf"(?<!\w)(?:{alt(g['past_lead_keepers'])})(?!\w)")
        self.agent_kinds = set(g["agent_kinds"])
        self.agent_link = re.compile(rf"(?<!\w)(?:{alt(g['agent_links'])})\s+$")
        self.year_end_months = set(g["year_end_months"])
        self.copula = re.compile(rf"(?<!\w)(?:{alt(g['copulas'])})(?!\w)")
        self.address = re.compile(rf"(?:{alt(g['attendance_address'])})\s+")
        self.company = re.compile(rf"(?:{alt(g['attendance_company'])})\s+(?:{alt(g['attendance_representatives'])})(?!\w)")
        self.attendance_frame = re.compile(
            rf"[\s\W]*(?:[^,;:.]{{0,30}}?,\s*)?(?:{alt(g['attendance_frames'])})(?!\w)[^;:.]{{0,80}}?\s(?:{alt(g['attendance_links'])})(?!\w)"
        )


@lru_cache(maxsize=1)
def _gates() -> _Gates:
    return _Gates(rules_data())


def _names_only(v: DocView, c: Commitment) -> bool:
    """`Bộ Tư pháp; Bộ Công thương; TP Hải Phòng`: a clause of names and glue words only (a list of bodies)."""
    ms = v.mentions_in(c.start, c.end)
    if not ms:
        return False
    chars = list(v.low[c.start : c.end])
    for m in ms:
        chars[m.start - c.start : m.end - c.start] = " " * (m.end - m.start)
    return re.search(r"\w", _gates().glue.sub(" ", "".join(chars))) is None


_SPLIT_ITEMS = ("item", "series", "continued", "list", "headed")


def _attendance_item(v: DocView, c: Commitment) -> bool:
    """An item split off a list that names people present, not an undertaking: `Ông A – Chủ tịch X`, `cùng đại diện một
    số sở`, or any item of a sentence that opens with an attendance frame (`Tham dự buổi lễ có …`, `Về phía X có …`)."""
    if c.rule.rpartition("/")[2] not in _SPLIT_ITEMS:
        return False
    g = _gates()
    k = v.skip_space(c.start)
    if g.company.match(v.low, k):
        return True  # `cùng đại diện lãnh đạo các sở`: who else attended
    am = g.address.match(v.low, k)
    if am is not None and any(m.type == "PER" for m in v.starting_at(am.end())):
        return True  # `Ông A – Chủ tịch X`: a person and a title
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents):
        return False
    return g.attendance_frame.match(v.low[sents[c.sentence].start : c.end]) is not None


def _agent_described(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`các khu công nghiệp do X đầu tư và phát triển`, `Dự án do Bộ X làm chủ đầu tư, dài 111 km`: `do` and the agent
    before the trigger make it a relative clause that says who owns or built a thing described, not what will be done;
    an undertaking only where its sentence says the work is ahead (a future marker before the clause ends) or is an item
    of an enumeration (`;`), whose heading gives the tense."""
    if c.kind not in _gates().agent_kinds:
        return False
    i = v.low.find(c.trigger.lower(), c.start, c.end)
    if i < 0:
        return False
    j = v.skip_space_back(i, max(0, c.start - 80))
    if j > 0 and v.low[j - 1] == ")" and (k := v.low.rfind("(", max(0, j - 60), j)) > 0:
        j = v.skip_space_back(k)  # `do Công ty X (thành lập tháng 1/2024) làm chủ đầu tư`: an aside after the agent
    m = v.mention_ending_at(j, max(0, i - 120))
    if m is None or _gates().agent_link.search(v.low, max(0, m.start - 4), m.start) is None:
        return False
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents):
        return False
    sent = sents[c.sentence]
    if ";" in v.low[sent.start : c.start] or (";" in v.low[c.end : sent.end] and ":" not in v.low[c.start : c.end]):
        return False  # `…; Dự án Y do X đầu tư, vốn 2 tỷ USD; …`: an item of an enumeration takes its tense from its heading
        # (not a `;` list after a colon of the clause's own: `do X làm chủ đầu tư, gồm ba cổ đông: A 40%; B 30%`)
    return lex.future_marker.search(v.low, sent.start, c.end) is None


def _year_outcome(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`Năm nay, X dự kiến nộp ngân sách 4.350 tỉ đồng`, `cho biết năm 2025 X hoàn thành tốt …, xây dựng …` in an article
    published in the year's last month: a clause framed by the whole current year (the year opens its sentence or the
    speech reported: not `đạt 20.000 trạm trong năm 2025, dự kiến tiếp tục …`), with no later date of its own, reckons
    or reports the year's outcome (a year-end summary), not an undertaking (extraction-v1: actions reported as done,
    forecasts)."""
    pub = v.doc.article.published
    sents = v.doc.sentences
    if pub is None or pub.month not in _gates().year_end_months or not 0 <= c.sentence < len(sents):
        return False
    lo = sents[c.sentence].start
    framed = [d for d in v.dates if lo <= d.start < c.end and d.end <= c.end]

    def frames(d) -> bool:
        before = re.sub(r"(?:trong|của)\s*$", "", v.low[lo : d.start]).strip(" ,")
        return d.value == str(pub.year) and d.start < c.start and (not before or lex.speech_end.search(before) is not None)

    return any(frames(d) for d in framed) and all(
        d.value[:4] == str(pub.year) and len(d.value) == 4 for d in framed
    )


def _defined_by_copula(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`X là Tập đoàn … có nhiệm vụ cung cấp điện …`: a responsibility after `là` and a noun phrase, in the same clause,
    is a relative clause saying what the body is for (extraction-v1: descriptions of what something is or can do),
    unless a future marker says the duty is ahead."""
    if c.kind != "responsibility" or not v.low.startswith(c.trigger.lower(), c.start):
        return False
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents):
        return False
    lo = sents[c.sentence].start
    head = v.low[lo : c.start]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
    clause = head[cut + 1 :]
    copula = [m for m in _gates().copula.finditer(clause) if not v.inside_mention(lo + cut + 1 + m.start(), lo + cut + 1 + m.end())]
    return bool(copula) and lex.future_marker.search(v.low, lo, c.end) is None


def _remark(v: DocView, c: Commitment) -> bool:
    """`Thủ tướng lưu ý rằng khối lượng công việc còn rất lớn`: a directive word, `rằng`, and a statement with no word of
    instruction: what the leader observed, no directive."""
    g = _gates()
    if c.kind != "directive" or not v.low.startswith(c.trigger.lower(), c.start):
        return False
    k = c.start + len(c.trigger)
    link = g.remark_link.match(v.low, k, c.end)
    return link is not None and g.instruction.search(v.low, link.end(), c.end) is None


def drop_misaddressed(v: DocView, lex: Lexicon, found: list[Commitment]) -> list[Commitment]:
    """A directive or proposal that took the actor of the sentences before (`Đồng thời đề nghị …` after `Chủ tịch X
    chúc mừng …`) must open its sentence, after only a subjectless lead: one after `;` or `,` inside a sentence
    (`BĐBP các tỉnh đã phối hợp …; chỉ đạo các đồn …`) belongs to that sentence's own subject, not to an earlier one.
    It goes, and so do the items split off it (the same actor's directives or proposals later in its sentence)."""
    sents = v.doc.sentences
    wrong: set[tuple[int, str]] = set()
    out = []
    for c in sorted(found, key=lambda c: c.start):
        addressed = c.kind in ("directive", "proposal")
        if addressed and (c.sentence, c.actor or "") in wrong and not c.rule.endswith(("/subject", "/leader", "/representative")):
            continue
        if addressed and c.rule.endswith("/context") and 0 <= c.sentence < len(sents):
            if lex.subjectless.fullmatch(v.low[sents[c.sentence].start : c.start]) is None:
                wrong.add((c.sentence, c.actor or ""))
                continue
        out.append(c)
    return out


def _retrospective(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`Từ đầu năm đến ngày 20/10, Chính phủ giao các bộ 9.831 nhiệm vụ` (published 21/10), `Tính đến 23/2, X tiếp nhận …`
    (published 25/2): a span up to now, or up to a day already reached, opening the sentence tallies what was done, unless
    a future marker follows the span (the trigger itself may be one)."""
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents):
        return False
    sent = sents[c.sentence]
    m = _gates().retrospective.match(v.low, sent.start, c.start)
    if m is None or lex.future_marker.search(v.low, m.end(), c.start + len(c.trigger)):
        return False
    if m.group("now"):
        return True
    return _date_near_on_or_before_publication(v, m.end(), 6, c.start) is not None


def _past_lead(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`Thời gian qua, TP xác định … là nhiệm vụ trọng tâm`, `Ban đầu, kế hoạch đặt ra là …, tuy nhiên …`: a sentence
    opened by a lead of time gone by reports what was done or once planned, up to a contrast word; a future marker
    between the lead and the trigger's end keeps it (data: precision_gates.past_leads)."""
    sents = v.doc.sentences
    if not 0 <= c.sentence < len(sents):
        return False
    g = _gates()
    m = g.past_lead.match(v.low, sents[c.sentence].start, c.start + 1)
    if m is None or m.end() > c.start:
        return False
    between = v.low[m.end() : c.start]
    return g.past_keeper.search(v.low, m.end(), c.start + len(c.trigger)) is None and g.past_contrast.search(between) is None


def _owned_noun(v: DocView, c: Commitment) -> bool:
    """`ý kiến, kiến nghị của cử tri`: the trigger word right before `của` is a noun, the proposal of whoever
    follows; the actor's own only when the actor is the one named there."""
    g = _gates()
    if c.kind not in g.owned_kinds or not v.low.startswith(c.trigger.lower(), c.start):
        return False
    k = c.start + len(c.trigger)
    m = g.owned_after.match(v.low, k)
    if m is None:
        return False
    owner = next(iter(v.starting_at(v.skip_space(m.end()))), None)
    return owner is None or owner.entity not in (c.actor, c.person)


def _definition(v: DocView, c: Commitment) -> bool:
    """`thí sinh sẽ được coi là từ chối nhập học`: what something counts as, no undertaking."""
    i = v.low.find(c.trigger.lower(), c.start, c.end)
    if i < 0:
        return False
    k = i + len(c.trigger)
    if c.trigger.lower().endswith("được"):
        k = v.low.rfind("được", i, k)  # the passive marker itself starts the test
    return _gates().definition.match(v.low, k) is not None


def _presided(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """`Hội nghị do Phó Thủ tướng X chủ trì`: an event described by who presided; `Sáng 9/11, Bộ X chủ trì, phối hợp …
    tổ chức lễ …` in an article of 9/11: the event held, reported."""
    g = _gates()
    if c.trigger.lower() not in g.presided or c.rule.split("/")[-1] not in ("subject", "leader", "representative", "chain", "person-ref"):
        return False
    sents = v.doc.sentences  # (a sentence's index is its position in the document)
    if not 0 <= c.sentence < len(sents):
        return False
    sent = sents[c.sentence]
    if g.presided_event.search(v.low[sent.start : c.start]):
        return True
    d = _date_near_on_or_before_publication(v, sent.start, 15, c.start)
    return d is not None and not lex.future_marker.search(v.low, d.end, c.start)


def _listed_ceremony_again(v: DocView, lex: Lexicon, c: Commitment) -> bool:
    """An item split off a list (`…; Cụ thể, tại Gia Lai, FPT khởi công động thổ Trung tâm …`) whose own subject performs a
    ceremony an earlier sentence dated on or before publication (`Ngày 19/12, FPT khởi công …`): the event reported again."""
    if not c.rule.endswith("/series"):
        return False
    for cm in re.finditer(r"(?<!\w)\w", v.low[c.start : c.end]):
        k = c.start + cm.start()
        verb = lex.ceremony_verb.match(v.low, k)
        if verb is None or lex.future_marker.search(v.low, c.start, k):
            continue
        if v.mention_ending_at(k - 1, c.start) is None:
            continue  # (no subject of its own right before the verb)
        first = _dated_report(v, lex, verb.group())
        return first is not None and first < c.sentence
    return False


def _opens_dated_report(v: DocView, c: Commitment) -> bool:
    """The clause opens with a time adjunct dated on or before the day the article was published (`Sáng 8/8, …`)."""
    return _date_near_on_or_before_publication(v, c.start, 12, c.end) is not None


def _date_near_on_or_before_publication(v: DocView, lo: int, width: int, hi: int):
    """The first date starting within `width` characters of `lo` and ending by `hi`, if it falls on or
    before the publication day; else None (also when the article has no publication date)."""
    pub = v.doc.article.published
    d = next((d for d in v.dates if lo <= d.start < lo + width and d.end <= hi), None)
    if pub is None or d is None:
        return None
    day = day_vs_publication(d.value, pub)
    return d if day is not None and day <= 0 else None


def _dated_report(v: DocView, lex: Lexicon, phrase: str) -> Optional[int]:
    """The index of the first sentence that dates the ceremony `phrase` on or before publication (cached per article)."""
    if phrase not in v.dated_reports:
        v.dated_reports[phrase] = _first_dated_report(v, lex, phrase)
    return v.dated_reports[phrase]


def meeting_presided(v: DocView, lex: Lexicon, sent: Sentence, actor_start: int, tend: int, cend: int) -> bool:
    """`chủ trì phiên họp`, `chủ trì họp báo`: presiding over a meeting is an event reported; not when someone
    is assigned to hold it (`Thủ tướng giao Phó Thủ tướng X chủ trì họp với các bộ …`: a task ahead)."""
    k = tend + (m.end() if (m := re.match(r"\s*(?:tổ chức|thực hiện)(?!\w)", v.low[tend:cend])) else 0)
    if not lex.meeting_object.match(v.low[k:cend]):
        return False
    return lex.assign_re.search(v.low, sent.start, actor_start) is None


def headline_ceremony(v: DocView, pos: int, tend: int, title_end: int) -> bool:
    """`Vĩnh Long khởi công tuyến đường …` as the headline of a story whose body reports the ceremony
    (`lễ khởi công`): the headline's bare verb reports the event held, an action done."""
    if pos >= title_end:
        return False
    return _ceremony(v.low[pos:tend]).search(v.low[title_end:]) is not None


@lru_cache(maxsize=256)
def _ceremony(verb: str) -> re.Pattern:
    """`lễ <verb>`: the ceremony a headline's verb names."""
    return re.compile(rf"(?<!\w)lễ\s+{re.escape(verb)}(?!\w)")
