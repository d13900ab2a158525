"""Sports teams as actors (used by actors.ActorFinder.find_subject).

Reads: the view (text, mentions, entities) and the `teams` section of data/commitments.json.
Claims: nothing; answers for one subject position. A team the entity extractor found (rules
`org.team-*`: `tuyển Việt Nam`, `U23 Việt Nam`, `Đội tuyển futsal Việt Nam`) written with its team
noun before it (`tuyển`, `đội tuyển`) is the subject, the noun its head, not a noun the name
modifies (`cầu thủ Việt Nam`). A national team's targets and plans are its own, or its federation's
when the article names the federation of its country (`Liên đoàn Bóng đá Việt Nam … Đội tuyển futsal
Việt Nam hướng đến mục tiêu …`): the federation acts for it (extraction-v1 gold practice).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Mention
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.view import DocView, rules_data


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, tuple[str, ...], frozenset[str], re.Pattern]:
    t = rules_data()["teams"]
    alt = "|".join(sorted((re.escape(x) for x in t["team_nouns"]), key=len, reverse=True))
    age = re.compile(t["age_group"], re.I)
    return re.compile(rf"(?<!\w)(?:{alt})\s+$"), tuple(fold(x) for x in t["federation_heads"]), frozenset(t["national_team_rules"]), age


def team_head(v: DocView, m: Mention, lo: int) -> Optional[int]:
    """Where the team m names starts with its team noun: right before the mention (`tuyển | Việt Nam`) or as
    its first word (`Đội tuyển futsal Việt Nam`); None when m is no team written with its noun."""
    if m.type != "ORG" or not m.rule.startswith("org.team"):
        return None
    nouns = _data()[0]
    hit = nouns.search(v.low[lo : m.start])
    if hit is not None:
        return lo + hit.start()
    inner = nouns.search(v.low[m.start : m.end].split()[0] + " ") if v.low[m.start : m.end].split() else None
    return m.start if inner is not None else None


def _country(v: DocView, m: Mention) -> str:
    """The place a national team is named after: its mention's trailing capitalised words, an age group left out."""
    words = v.norm[m.start : m.end].split()
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or _data()[3].fullmatch(w):
            break
        tail.insert(0, w)
    if tail and len(tail) == len(words) and fold(tail[0]) in ("doi", "tuyen"):
        tail = tail[1:]
    return fold(" ".join(tail))


def _sport(v: DocView, m: Mention, country: str) -> str:
    """The sport a team's name gives between its team noun and its country (`Đội tuyển futsal Việt Nam` -> futsal),
    its gender left out; the sport's federation where another's covers it (sport_federations); '' when none."""
    t = _data_raw()
    text = fold(v.norm[m.start : m.end])
    if not country or not text.endswith(country):
        return ""
    words = text[: len(text) - len(country)].split()
    nouns = {fold(x) for x in t["team_nouns"]}
    while words and (words[0] in nouns or " ".join(words[:2]) in nouns):
        words = words[2:] if " ".join(words[:2]) in nouns else words[1:]
    genders = {fold(x) for x in t["team_genders"]}
    while words and words[-1] in genders:
        words = words[:-1]
    sport = " ".join(words)
    return {fold(k): fold(x) for k, x in t["sport_federations"].items()}.get(sport, sport)


@lru_cache(maxsize=1)
def _data_raw() -> dict:
    return rules_data()["teams"]


def federation(v: DocView, m: Mention) -> Optional[str]:
    """The federation of a national team's country the article names (an organisation whose name holds a
    federation head and ends with the team's country: `BCH Liên đoàn Bóng đá Việt Nam`, and names the team's sport
    when its name gives one: a volleyball team's target is no football federation's), when exactly one; else None."""
    _, heads, national, _ = _data()
    if m.rule not in national:
        return None
    country = _country(v, m)
    if not country:
        return None
    sport = _sport(v, m, country)
    found = set()
    for e in v.entities.values():
        if e.type == "ORG" and e.id != m.entity and any(
            any(re.search(rf"(?<!\w){re.escape(h)}\s", fold(s)) for h in heads)
            and fold(s).endswith(" " + country)
            and (not sport or re.search(rf"(?<!\w){re.escape(sport)}(?!\w)", fold(s)))
            for s in {e.name, *e.surfaces}
        ):
            found.add(e.id)
    return next(iter(found)) if len(found) == 1 else None
