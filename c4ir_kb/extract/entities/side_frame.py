"""The body a clause of an attendance report speaks for: `Về phía Tổng công ty X, có
Thiếu tướng A - Chủ tịch Tổng công ty, ông B - Quyền Tổng giám đốc; về phía Bộ Chỉ huy
Y có Đại tá C, Chính ủy`. Every person listed after `về phía <organisation> (,) có` up
to the clause's end (`;`, a line break, the sentence's end) is there for that body, so a
title of theirs that names no body of its own (`Chính ủy`, `Quyền Tổng giám đốc`) or names
it by its bare head noun (`Chủ tịch Tổng công ty`) is held in it.

Used by titles_roles (`hold_in_side_body`, after a title chain is read); the frame's words
are the lexicon lists `side_frame_openers` / `side_frame_links` (entity_lexicons.json).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.mentions import org_mention
from c4ir_kb.extract.entities.org_extent import org_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.nlp.normalize import match_key


def hold_in_side_body(v: DocView, items: list[dict], k: int) -> None:
    """`Về phía Tổng công ty X, có ông A - Chủ tịch, …`: the titles naming no body of a person
    listed at unit k of a clause opened so are held in X (rule role.side-frame)."""
    todo = [it for it in items if takes_side(it)]
    if todo and (mi := side_body(v, k)) is not None:
        for it in todo:
            it["mention"], it["via"] = mi, "role.side-frame"


def side_body(v: DocView, k: int) -> int | None:
    """ORG mention index of the body that `về phía <organisation> (,) có` names at the
    opening of the clause in which unit k stands (the organisation's mention is recorded
    if it was not yet); None when the clause has no such frame."""
    lx = rules().lx
    openers = lx.words("side_frame_openers")
    links = lx.wordset("side_frame_links")
    sent = v.doc.sentence_at(v.units[k].start)
    a = k - 1
    while a >= 0 and v.units[a].start >= sent.start and ";" not in v.gap(a) and "\n" not in v.gap(a):
        n = v.phrase(a, openers, 3)
        if n and v.tight(a + n - 1):
            e, rule = org_at(v, a + n)
            if not e or e >= k or v.gap(e - 1).strip() not in ("", ",") or v.units[e].low not in links:
                return None
            return org_mention(v, (a + n, e, rule))
        a -= 1
    return None


def takes_side(item: dict) -> bool:
    """May the body of the clause's frame be this title's organisation? A post that names no
    body (or only a bare head noun); not a rank, not a party committee's post (`Bí thư Đảng
    ủy` names its committee), not one already joined to a later title by `kiêm`."""
    if item["rank"] or item["org"] is not None or item.get("mention") is not None or item.get("kiem") or item.get("via"):
        return False
    committees = rules().party_committees
    words = match_key(item["title"])
    return not any(words.endswith(c) for c in committees)
