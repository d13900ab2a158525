"""Score an extraction-v1 document against a gold file of the same format.

Matching rules (../shared/contracts/extraction-v1.md): names and aliases compare by
`match_key` (NFC, casefold, one tone placement, no punctuation or spaces); dates by
value, one fact per value (a value written twice in an article is one fact, and a day
interval `X/Y` and the two days `X`, `Y` are the same fact in two forms, and so are an ISO
week `2025-W23` and its Monday/Sunday interval); commitments by
actor (or an allowed alternative) and word overlap of text of at least 60% of the shorter. Items marked `optional` count neither way: a prediction
matching one is not an extra, and missing one is not a miss.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Callable, Iterable

from c4ir_kb.nlp.normalize import fold, match_key, normalize

CATEGORIES = ("people", "roles", "organisations", "locations", "dates", "commitments", "alias_clusters")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, verbose: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        if verbose:
            d["misses"] = self.misses
            d["extras"] = self.extras
        return d


def _match(
    gold: list[dict], pred: list[Any], same: Callable[[dict, Any], bool], label: Callable[[Any], str], where: str, score: Score
) -> None:
    """One-to-one matching of maximum size, required gold items first.

    A greedy pass can hand a prediction to the first gold item it fits and leave a
    later gold item, which only that prediction fits, unmatched (a short prediction
    overlapping two long gold clauses). Augmenting paths (Kuhn's algorithm) re-route
    such a prediction instead. Required items are matched first, as many as any
    matching allows; an optional item is then matched only by paths that keep every
    required match, so it never costs a required one. Items are tried in their listed
    order, so the result is deterministic."""
    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    fits = {i: [j for j, p in enumerate(pred) if same(gold[i], p)] for i in order}
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in order:
        augment(i, set())
    matched = set(owner.values())
    for i in order:
        g = gold[i]
        if g.get("optional"):
            continue
        if i in matched:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"{where}: {label(g)}")
    for j, p in enumerate(pred):
        if j not in owner:
            score.fp += 1
            score.extras.append(f"{where}: {label(p)}")


def _keys(item: dict) -> set[str]:
    return {match_key(item["name"])} | {match_key(a) for a in item.get("aliases", [])}


def _joined(role: dict) -> str:
    """A role's title and organisation as one string: `Ủy viên` / `Bộ Chính trị` and
    `Ủy viên Bộ Chính trị` / none join to the same words (the guideline accepts both)."""
    return match_key(role["title"] + " " + (role.get("org") or ""))


def _overlap(a: str, b: str) -> float:
    wa, wb = fold(a).split(), fold(b).split()
    if not wa or not wb:
        return 0.0
    common = 0
    pool = list(wb)
    for w in wa:
        if w in pool:
            pool.remove(w)
            common += 1
    return common / min(len(wa), len(wb))


class _Names:
    """Which canonical names denote one entity, from both documents' alias lists,
    so a role's organisation or a commitment's actor may be named by any alias."""

    def __init__(self, *docs: dict):
        self.groups: dict[str, set[str]] = {}
        for doc in docs:
            for e in doc.get("entities", []):
                self._add(_keys(e))
            for art in doc.get("articles", []):
                for kind in ("organisations", "locations"):
                    for item in art.get(kind, []):
                        self._add(_keys(item))

    def _add(self, keys: set[str]) -> None:
        merged = set(keys)
        for k in keys:
            merged |= self.groups.get(k, set())
        for k in merged:
            self.groups[k] = merged

    def same(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        ka, kb = match_key(a), match_key(b)
        return ka == kb or kb in self.groups.get(ka, set())


def evaluate(gold: dict, pred: dict) -> dict[str, Score]:
    scores = {c: Score() for c in CATEGORIES}
    names = _Names(gold)
    pred_articles = {a["source"]: a for a in pred.get("articles", [])}
    pred_entity_keys = {match_key(e["name"]): _keys(e) for e in pred.get("entities", [])}

    def same_entity(gold_name: str | None, pred_name: str | None) -> bool:
        if gold_name is None or pred_name is None:
            return gold_name is None and pred_name is None
        if names.same(gold_name, pred_name):
            return True
        return match_key(gold_name) in pred_entity_keys.get(match_key(pred_name), set())

    for g_art in gold.get("articles", []):
        src = g_art["source"]
        p_art = pred_articles.get(src, {})

        _match(
            g_art.get("people", []),
            p_art.get("people", []),
            lambda g, p: match_key(g["name"]) == match_key(p["name"]),
            lambda x: x["name"],
            src,
            scores["people"],
        )
        g_roles = [
            {"person": p["name"], **r, "optional": p.get("optional") or r.get("optional")}
            for p in g_art.get("people", [])
            for r in p.get("roles", [])
        ]
        p_roles = [{"person": p["name"], **r} for p in p_art.get("people", []) for r in p.get("roles", [])]
        _match(
            g_roles,
            p_roles,
            lambda g, p: match_key(g["person"]) == match_key(p["person"])
            and (
                (match_key(g["title"]) == match_key(p["title"]) and same_entity(g["org"], p["org"]))
                or _joined(g) == _joined(p)
            ),
            lambda x: f"{x['person']} / {x['title']} / {x['org']}",
            src,
            scores["roles"],
        )
        for kind in ("organisations", "locations"):
            _match(
                g_art.get(kind, []),
                p_art.get(kind, []),
                lambda g, p: bool(_keys(g) & _keys(p)) or same_entity(g["name"], p["name"]),
                lambda x: x["name"],
                src,
                scores[kind],
            )
        g_dates, p_dates = _date_facts(g_art.get("dates", []), p_art.get("dates", []))
        _match(
            g_dates,
            p_dates,
            lambda g, p: g["value"] == p["value"],
            lambda x: f"{x['text']} = {x['value']}",
            src,
            scores["dates"],
        )
        not_dates = [re.compile(rf"(?<!\w){re.escape(_as_written(t))}(?!\w)") for t in g_art.get("not_dates", [])]
        for d in p_art.get("dates", []):
            if any(nd.search(_as_written(d["text"])) for nd in not_dates):  # `30%` is not in `năm 2030`
                scores["dates"].extras.append(f"{src}: {d['text']} is listed as not a date")
        _match(
            g_art.get("commitments", []),
            p_art.get("commitments", []),
            lambda g, p: any(same_entity(a, p.get("actor")) for a in [g["actor"], *g.get("actor_alternatives", [])])
            and _overlap(g["text"], p["text"]) >= 0.6,
            lambda x: f"{x.get('actor')} [{x.get('kind')}] {x['text'][:80]}",
            src,
            scores["commitments"],
        )

    _score_clusters(gold, pred, scores["alias_clusters"])
    return scores


def _as_written(text: str) -> str:
    """A string as written, for finding a not-date in a date's text: NFC, one tone placement,
    case and runs of spaces folded, punctuation kept (`2-0` is not in `năm 2005`)."""
    return " ".join(normalize(text).casefold().split())


def _date_facts(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    """The dates of one article as facts, compared by value (the contract): one item per value
    (optional only when every gold item of that value is), an ISO week as its Monday/Sunday
    interval, and a day interval `X/Y` on one side split into `X` and `Y` when the other side has
    those two days and not the interval."""

    def facts(items: list[dict]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for d in items:
            if d.get("value") is None:
                continue  # a relative date of an article with no publication date: no fact to compare (the contract leaves it null)
            v = _week_as_days(d["value"])
            if v not in out:
                out[v] = {**d, "value": v}
            elif not d.get("optional"):
                out[v]["optional"] = False
        return out

    g, p = facts(gold), facts(pred)
    for side, other in ((g, p), (p, g)):
        for v in [v for v in side if _DAY_INTERVAL.match(v) and v not in other]:
            x, y = v.split("/")
            if x in other and y in other:
                item = side.pop(v)
                for day in (x, y):
                    side.setdefault(day, {**item, "value": day})
    return list(g.values()), list(p.values())


_DAY_INTERVAL = re.compile(r"^\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")


def _week_as_days(value: str) -> str:
    """An ISO week `2025-W23` as its Monday/Sunday interval `2025-06-02/2025-06-08`: ISO 8601
    writes a week either way, and both name the same seven days."""
    mo = _ISO_WEEK.match(value or "")
    if not mo:
        return value
    try:
        monday = date.fromisocalendar(int(mo[1]), int(mo[2]), 1)
    except ValueError:
        return value
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _pairs(clusters: Iterable[set[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for c in clusters for p in combinations(sorted(c), 2)}  # type: ignore[misc]


def _score_clusters(gold: dict, pred: dict, score: Score) -> None:
    """Pairwise: two surface forms the gold puts in one entity, across all articles,
    should be in one entity of the prediction, and vice versa (on forms the gold knows)."""
    groups = _Names(gold)
    gold_clusters = {frozenset(v) for v in groups.groups.values()}
    known = set(groups.groups)
    pred_clusters: list[set[str]] = []
    for e in pred.get("entities", []):
        ks = _keys(e) & known
        if ks:
            pred_clusters.append(ks)
    g, p = _pairs(gold_clusters), _pairs(pred_clusters)
    score.tp = len(g & p)
    score.fp = len(p - g)
    score.fn = len(g - p)
    score.misses = [f"{a} ~ {b}" for a, b in sorted(g - p)]
    score.extras = [f"{a} ~ {b}" for a, b in sorted(p - g)]
