"""A headline that states the article's main undertaking with a bare verb after its actor's name.

`EVN tập trung đảm bảo điện mùa khô …`, `Petrovietnam tăng tốc về đích sớm kế hoạch năm 2025`, `Đắk Lắk quyết phủ
sóng chuyển đổi số`: the guideline counts a headline that states a commitment like a body sentence, and headlines
drop the `sẽ`/`dự kiến` a body sentence would carry. Only the verbs of data headline_verbs, which in a headline say
what the actor sets out to do (a spending verb with its amount: `FPT chi 8.500 tỷ đồng cho AI`); a bare `khởi công`,
`ký`, `đạt` reports an event or a result and is not read here.

Reads: the headline (the document's first sentence, up to title_end), the mentions, the lexicon and data headline_verbs.
Claims: at most one commitment, from the name to the headline's end, rule `<verb id>/headline-subject`, when the
headline holds no commitment yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from c4ir_kb.extract.commitments.actors import ActorFinder
from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.figures import spends
from c4ir_kb.extract.commitments.headlines import headline_end, unclaimed_headline
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt
from c4ir_kb.extract.commitments.view import DocView, rules_data, token_at


@dataclass
class _HeadlineVerbs:
    verb: re.Pattern  # fillers, then one of the verbs, right after the name
    entries: dict  # phrase -> its data entry


@lru_cache(maxsize=1)
def _rules() -> _HeadlineVerbs:
    hv = rules_data()["headline_verbs"]
    entries = {e["phrase"].lower(): e for e in hv["verbs"]}
    return _HeadlineVerbs(
        verb=re.compile(rf"\s+(?:(?:{alt(hv['fillers'])})\s+)*(?P<v>{alt(entries)})(?!\w)"),
        entries=entries,
    )


def emit_headline_verb(v: DocView, lex: Lexicon, actors: ActorFinder, canon: Canonical, claims: Claims, title_end: int) -> None:
    head = unclaimed_headline(v, claims, title_end)
    if head is None:
        return
    k = v.skip_space(head.start)
    adm = re.match(rf"{lex.admin}\s+", v.low[k:title_end])
    starts = v.starting_at(k) + (v.starting_at(k + adm.end()) if adm else [])
    m = next((x for x in starts if x.type in ("ORG", "LOC", "PER") and x.end < title_end), None)
    if m is None:
        return
    r = _rules()
    hit = r.verb.match(v.low, m.end, title_end)
    if hit is None:
        return
    entry = r.entries[hit.group("v")]
    tend = hit.end("v")
    after = v.low[tend:title_end]
    if len(after.split()) < 2 or any(re.match(rf"\s*{re.escape(w)}(?!\w)", after) for w in entry.get("not_before", [])):
        return
    if entry.get("needs_verb"):
        tok = token_at(head, v.skip_space(tend))
        if tok is None or tok.pos in lex.non_action_tags:
            return  # (the tagger often reads a verb as a noun, `phủ sóng/N`: names, numbers, function words are no action)
    if entry.get("needs_amount") and not spends(v, lex, hit.start("v"), title_end):
        return  # `X chi 8.500 tỷ đồng cho …`: money committed; `X chi nhánh …` is no spending
    act = actors.from_mention(m, head.start)
    act.actor = canon.acting_body(act.actor)
    act.rule, act.confidence = "headline-subject", lex.confidence("headline-subject")
    claims.emit(head, entry["kind"], v.norm[hit.start("v") : tend], m.start, headline_end(v, head.start, title_end), act, f"{entry['id']}/headline-subject", tend)
