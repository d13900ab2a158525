"""Commitment threads: a commitment and the later reports about the same undertaking, across articles.

The items are the stored progress events (extract/progress.py): every commitment (`announced`)
and every `started` / `completed` / `delayed` / `cancelled` report. Two items are linked only
when they speak of the same actor and show evidence of the same undertaking:

* actor: two commitments of one actor; a report whose sentence names the commitment's actor
  (or, weaker, whose article does); two reports with one actor;
* evidence (data/progress.json, `linking`): the same facility name (`Nhà máy Thép Dung Quất`),
  shared object words (at least `min_shared` specific words, `min_overlap` of the shorter's),
  or `min_shared` specific words plus the same place or amount. Reports naming places, none
  in common, are never linked; a report linked only through its article needs the facility or
  the object words and a place or amount too; a report joins a proposal or a directive (what
  the actor asks of others) only by the facility's name.

Links are taken strongest first; an event joins at most one commitment's thread, and two
commitments are in one thread only when linked to each other directly. A thread is a group
holding at least one commitment; its events are in date order, each with the link that
joined it (`reason`). Everything is computed from the stored rows, sorted by natural keys
(article source, offsets), never by row ids: the same articles give the same threads,
whatever order they were ingested in. `refresh_threads` recomputes all threads (cheap: one
pass over the events, grouped by actor) at the end of each ingest or rebuild.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import sqlite_utils

from c4ir_kb.extract.progress import date_key, lexicon
from c4ir_kb.nlp.normalize import match_key, normalize

_WORD = re.compile(r"\w+", re.UNICODE)
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(nghìn tỷ|tỷ|triệu|nghìn)?\s*(đồng|usd|euro|yên)", re.IGNORECASE)


@dataclass
class _Item:
    id: int
    key: tuple  # natural sort key: (date, source, start, end, status); undated reports first, so the last is the latest dated
    status: str
    article_id: str
    source: str
    date: Optional[str]
    actor: Optional[int]  # commitment: its actor; report: the event's actor
    commitment: bool
    kind: Optional[str] = None  # a commitment's kind
    text_dated: bool = False  # the sentence gave the date (else the article's published date)
    words: set[str] = field(default_factory=set)
    order: dict[str, int] = field(default_factory=dict)  # word -> first position, to quote shared words as written
    specific: set[str] = field(default_factory=set)
    places: set[int] = field(default_factory=set)
    amounts: set[str] = field(default_factory=set)
    facilities: dict[str, str] = field(default_factory=dict)  # key -> as written
    named: set[int] = field(default_factory=set)  # entities named in its sentence
    in_article: set[int] = field(default_factory=set)  # entities named in its article


@dataclass(frozen=True)
class _Rules:
    stop: frozenset
    generic: frozenset
    min_shared: int
    min_overlap: float
    report_kinds: frozenset
    facility_rx: re.Pattern


def _rules() -> _Rules:
    link = lexicon()["linking"]
    heads = "|".join(re.escape(h) for h in sorted(link["facility_heads"], key=len, reverse=True))
    name = r"[A-ZĐÀ-Ỹ][\w&.-]*"
    return _Rules(
        stop=frozenset(normalize(w).casefold() for w in link["stopwords"]),
        generic=frozenset(normalize(w).casefold() for w in link["generic"]),
        min_shared=link["min_shared"],
        min_overlap=link["min_overlap"],
        report_kinds=frozenset(link["report_kinds"]),
        facility_rx=re.compile(rf"(?<!\w)(?i:{heads})(?:\s+{name})+"),
    )


def day_of(value: Optional[str]) -> Optional[str]:
    """The first calendar day of an ISO value (`2025` -> `2025-01-01`, `2025-Q2` -> `2025-04-01`)."""
    k = date_key(value)
    if re.fullmatch(r"\d{4}", k):
        return k + "-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", k):
        return k + "-01"
    return k or None


def _amount_key(m: re.Match) -> str:
    return re.sub(r"[.,]", "", m.group(1)) + (m.group(2) or "").lower().replace(" ", "") + m.group(3).lower()


def _load(db: sqlite_utils.Database, rules: _Rules) -> list[_Item]:
    texts = dict(db.execute("SELECT id, text FROM articles"))
    mentions: dict[str, list[tuple[int, int, int, str, int]]] = defaultdict(list)
    for aid, start, end, eid, typ, sid in db.execute(
        "SELECT m.article_id, m.start, m.end, m.entity_id, e.type, m.sentence_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
    ):
        mentions[aid].append((start, end, eid, typ, sid))
    items = []
    for row in db.execute(
        """SELECT pe.id, pe.status, pe.article_id, a.source, pe.start, pe.end, pe.sentence_id, pe.date, pe.date_source, pe.actor_id,
                  pe.commitment_id, c.actor_id, c.location_id, c.amount, c.kind
           FROM progress_events pe JOIN articles a ON a.id = pe.article_id
           LEFT JOIN commitments c ON c.id = pe.commitment_id"""
    ):
        pid, status, aid, source, start, end, sid, date, date_source, actor, cid, c_actor, c_loc, c_amount, kind = row
        is_commitment = cid is not None
        text = texts[aid]
        it = _Item(
            id=pid, key=(date_key(date), source, start, end, status), status=status, article_id=aid,
            source=source, date=date, actor=c_actor if is_commitment else actor, commitment=is_commitment,
            text_dated=date_source == "text", kind=kind,
        )
        chars = list(text[start:end])
        for ms, me, eid, typ, msid in mentions[aid]:
            it.in_article.add(eid)
            if msid == sid and sid is not None:
                it.named.add(eid)
            if ms < end and me > start:
                for i in range(max(ms, start), min(me, end)):
                    chars[i - start] = " "  # names are evidence of actor and place, not of the object
                if typ == "LOC":
                    it.places.add(eid)
        if c_loc is not None:
            it.places.add(c_loc)
        seq = [w for w in _WORD.findall(normalize("".join(chars)).casefold()) if w not in rules.stop and not w.isdigit()]
        it.order = {w: i for i, w in reversed(list(enumerate(seq)))}
        words = set(seq)
        it.words = words
        it.specific = words - rules.generic
        span = text[start:end]
        it.amounts = {_amount_key(m) for m in _AMOUNT.finditer(span)}
        if c_amount:
            it.amounts |= {_amount_key(m) for m in _AMOUNT.finditer(c_amount)}
        it.facilities = {match_key(m.group()): m.group() for m in rules.facility_rx.finditer(span)}
        if actor is not None:
            it.named.add(actor)
        items.append(it)
    items.sort(key=lambda i: i.key)
    return items


def _evidence(
    a: _Item, b: _Item, rules: _Rules, weak: bool, names: dict[int, str], facility_only: bool = False
) -> Optional[tuple[int, tuple]]:
    """(strength, evidence) when a and b show they speak of one undertaking, else None;
    `_reason` words the evidence."""
    if a.places and b.places and not (a.places & b.places):
        return None
    shared = a.words & b.words
    specific = a.specific & b.specific
    overlap = len(shared) / max(1, min(len(a.words), len(b.words)))
    facility = sorted(set(a.facilities) & set(b.facilities))
    places = a.places & b.places
    amounts = a.amounts & b.amounts
    words_ok = len(specific) >= rules.min_shared and overlap >= rules.min_overlap
    if facility_only:
        ok = bool(facility)
    elif weak:
        ok = bool(facility) or (words_ok and bool(places or amounts))
    else:
        ok = bool(facility) or words_ok or (len(specific) >= rules.min_shared and bool(places or amounts))
    if not ok:
        return None
    strength = 4 * len(facility) + len(specific) + 2 * len(places) + 2 * len(amounts)
    return strength, (facility, specific, places, amounts)


def _reason(a: _Item, evidence: tuple, names: dict[int, str]) -> str:
    facility, specific, places, amounts = evidence
    reasons = []
    if facility:
        reasons.append("facility: " + "; ".join(a.facilities[k] for k in facility))
    if specific:
        reasons.append("object words: " + " ".join(sorted(specific, key=lambda w: (a.order[w], w))))
    if places:
        reasons.append("place: " + "; ".join(sorted(names.get(p, str(p)) for p in places)))
    if amounts:
        reasons.append("amount: " + "; ".join(sorted(amounts)))
    return "; ".join(reasons)


# Each item is compared with at most this many of the same actor's items nearest in time:
# an actor named in every article of an archive would otherwise cost n² comparisons, and the
# refresh runs over the whole knowledge base (seen: a 52,000-article build killed for memory).
WINDOW = 300


def _edges(items: list[_Item], rules: _Rules, names: dict[int, str]) -> list[tuple[tuple, _Item, _Item, tuple]]:
    commitments_of: dict[int, list[_Item]] = defaultdict(list)
    reports_of: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        if it.actor is None:
            continue
        (commitments_of if it.commitment else reports_of)[it.actor].append(it)
    found: list[tuple[tuple, _Item, _Item, tuple]] = []  # (sort key, a, b, (actor reason, evidence))

    def add(a: _Item, b: _Item, weak: bool, actor_reason: str, facility_only: bool = False) -> None:
        ev = _evidence(a, b, rules, weak, names, facility_only)
        if ev:
            a, b = (a, b) if a.key <= b.key else (b, a)
            found.append(((1 if weak else 0, -ev[0], a.key, b.key), a, b, (actor_reason, ev[1])))

    for actor, cs in commitments_of.items():
        name = names.get(actor, str(actor))
        for i, a in enumerate(cs):
            for b in cs[i + 1 : i + 1 + WINDOW]:
                add(a, b, False, f"same actor: {name}")
    commitment_keys = {actor: [c.key for c in cs] for actor, cs in commitments_of.items()}
    for it in items:
        if it.commitment:
            continue
        for actor in sorted(it.in_article):
            strong = actor in it.named
            at = bisect_left(commitment_keys.get(actor, []), it.key)
            for c in commitments_of.get(actor, [])[max(0, at - WINDOW) : at + WINDOW]:
                name = names.get(actor, str(actor))
                why = f"actor named in the report: {name}" if strong else f"actor named in the article: {name}"
                add(c, it, not strong, why, facility_only=c.kind not in rules.report_kinds)
    for actor, rs in reports_of.items():
        name = names.get(actor, str(actor))
        for i, a in enumerate(rs):
            for b in rs[i + 1 : i + 1 + WINDOW]:
                add(a, b, False, f"same actor: {name}")
    found.sort(key=lambda e: e[0])
    return found


def compute_threads(db: sqlite_utils.Database) -> list[dict]:
    """Threads as plain dicts (actor_id, anchor, members [(item, linked_to, reason)]), in natural order."""
    rules = _rules()
    names = dict(db.execute("SELECT id, name FROM entities"))
    items = _load(db, rules)
    parent = {it.id: it.id for it in items}
    has_commitment = {it.id: it.commitment for it in items}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges = _edges(items, rules, names)
    for _, a, b, _evidence_of in edges:
        ra, rb = find(a.id), find(b.id)
        if ra == rb:
            continue
        if has_commitment[ra] and has_commitment[rb] and not (a.commitment and b.commitment):
            continue  # a report never bridges two undertakings
        parent[rb] = ra
        has_commitment[ra] = has_commitment[ra] or has_commitment[rb]
    groups: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        groups[find(it.id)].append(it)
    edges_of: dict[int, list] = defaultdict(list)
    for e in edges:
        if find(e[1].id) == find(e[2].id):
            edges_of[find(e[1].id)].append(e)
    threads = []
    for root, members in groups.items():
        if not any(m.commitment for m in members):
            continue
        keep: dict[tuple[str, str], _Item] = {}  # one report per article and status
        for m in sorted(members, key=lambda m: (m.article_id, m.status, not m.text_dated, -len(m.specific), m.key)):
            keep.setdefault((m.article_id, m.status), m)
        rep = {m.id: keep[(m.article_id, m.status)] for m in members}
        kept = sorted(keep.values(), key=lambda m: m.key)
        order = {m.id: i for i, m in enumerate(kept)}
        why: dict[int, tuple[int, str]] = {}
        for _, a, b, reason in edges_of[root]:  # strongest first: each report's best link to an earlier one
            ka, kb = rep[a.id], rep[b.id]
            if ka is kb:
                continue
            early, late = (ka, kb) if order[ka.id] < order[kb.id] else (kb, ka)
            if late.id not in why:
                why[late.id] = (early.id, f"{reason[0]}; {_reason(a, reason[1], names)}")
        rows = [(m, *why.get(m.id, (None, "first report"))) for m in kept]
        rows[0] = (kept[0], None, "first report")
        anchor = next(m for m in kept if m.commitment)
        threads.append({"actor_id": anchor.actor, "anchor": anchor.id, "members": rows, "key": kept[0].key})
    threads.sort(key=lambda t: t["key"])
    return threads


def refresh_threads(db: sqlite_utils.Database) -> int:
    """Recompute commitment_threads and commitment_events from the stored events; returns the thread count."""
    threads = compute_threads(db)
    subjects = dict(db.execute("SELECT pe.id, pe.text FROM progress_events pe WHERE pe.commitment_id IS NOT NULL"))
    db.execute("DELETE FROM commitment_events")
    db.execute("DELETE FROM commitment_threads")
    for n, t in enumerate(threads, start=1):
        members = t["members"]
        first = next((m for m, _, _ in members if m.date), members[0][0])
        last = members[-1][0]
        db["commitment_threads"].insert(
            {
                "id": n, "actor_id": t["actor_id"], "subject": subjects.get(t["anchor"]), "status": last.status,
                "first_date": first.date, "last_date": last.date, "first_day": day_of(first.date), "last_day": day_of(last.date),
                "events": len(members), "first_source": first.source, "last_source": last.source,
            }
        )
        db["commitment_events"].insert_all(
            {"thread_id": n, "event_id": m.id, "seq": i, "linked_to": to, "reason": why}
            for i, (m, to, why) in enumerate(members, start=1)
        )
    return len(threads)


def refresh_after_run(db: sqlite_utils.Database, run_id: int, counts: dict[str, int]) -> None:
    """At the end of a run: recompute the threads if any article was stored or replaced, or if
    the run before did not finish (its saves may have left threads out of date). A run that
    changed nothing leaves them as they are (a nightly rebuild of an unchanged corpus stays cheap)."""
    prev = db.execute("SELECT finished_at FROM runs WHERE id < ? ORDER BY id DESC LIMIT 1", [run_id]).fetchone()
    if counts.get("new") or counts.get("updated") or (prev is not None and prev[0] is None):
        refresh_threads(db)
