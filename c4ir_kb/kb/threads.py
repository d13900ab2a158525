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
whatever order they were ingested in. `refresh_threads` recomputes all threads at the end of
each ingest or rebuild that changed an article, and each commitment's `track_id` with them.

Its cost stays near linear in the archive: each item is compared only with the same actor's
items nearest in time (WINDOW) that share an object word or facility (an inverted index), a
comparison of two items with the same evidence is made once, and the links are enumerated twice
(groups, then each report's reason) rather than stored, so memory holds the items, not the links.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

import sqlite_utils

from c4ir_kb.extract.progress import date_key, lexicon
from c4ir_kb.nlp.normalize import match_key, normalize

_WORD = re.compile(r"\w+", re.UNICODE)
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*(nghìn tỷ|tỷ|triệu|nghìn)?\s*(đồng|usd|euro|yên)", re.IGNORECASE)


class _Feat:
    """The evidence one item's clause offers. Items with the same evidence (a wire story
    reprinted, a sentence repeated) share one _Feat, so comparing them is looked up once."""

    __slots__ = ("n", "words", "specific", "places", "amounts", "facilities", "first", "tokens", "uses")

    def __init__(self, n: int, first: tuple, places: frozenset, amounts: frozenset, facilities: dict, rules: "_Rules"):
        self.n = n
        self.first = first  # distinct object words in the order first written, to quote shared words as written
        self.words = frozenset(first)
        self.specific = self.words - rules.generic
        self.places = places
        self.amounts = amounts
        self.facilities = facilities  # key -> as written
        # what two linked items must share (a facility or specific words): the inverted index's keys
        self.tokens = tuple(self.specific) + tuple("\0" + k for k in facilities)
        self.uses = 0


class _Item:
    __slots__ = (
        "id", "idx", "key", "status", "article_id", "source", "date", "actor", "commitment", "cid", "kind",
        "text_dated", "named", "in_article", "feat",
    )

    def __init__(self, **kw) -> None:
        for k, v in kw.items():
            setattr(self, k, v)
    # key: natural sort key (date, source, start, end, status); undated reports first, so the last is the latest dated
    # actor: commitment: its actor; report: the event's actor; cid: the commitment's row, if one
    # named: entities named in its sentence (and its actor); in_article: entities named in its article


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


class _Interner:
    """One shared object per distinct value: features and entity sets repeat across items."""

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules
        self.feats: dict[tuple, _Feat] = {}
        self.sets: dict[frozenset, frozenset] = {}

    def feat(self, first: tuple, places: set, amounts: set, facilities: dict) -> _Feat:
        k = (first, frozenset(places), frozenset(amounts), tuple(facilities.items()))
        f = self.feats.get(k)
        if f is None:
            f = self.feats[k] = _Feat(len(self.feats), first, k[1], k[2], facilities, self.rules)
        f.uses += 1
        return f

    def set(self, values: set) -> frozenset:
        fs = frozenset(values)
        return self.sets.setdefault(fs, fs)


_EVENTS = """SELECT pe.article_id, a.text, pe.id, pe.status, a.source, pe.start, pe.end, pe.sentence_id, pe.date,
                    pe.date_source, pe.actor_id, pe.commitment_id, c.actor_id, c.location_id, c.amount, c.kind
             FROM progress_events pe JOIN articles a ON a.id = pe.article_id
             LEFT JOIN commitments c ON c.id = pe.commitment_id ORDER BY pe.article_id, pe.id"""
_MENTIONS = """SELECT m.article_id, m.start, m.end, m.entity_id, e.type, m.sentence_id
               FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.article_id"""


def _load(db: sqlite_utils.Database, rules: _Rules) -> list[_Item]:
    """The stored events as items in natural order, read article by article (two cursors walked
    together in article order): no article text is held longer than its own events need."""
    interner = _Interner(rules)
    mention_rows = db.conn.execute(_MENTIONS)
    pending = next(mention_rows, None)
    items: list[_Item] = []
    current, mentions, in_article = None, [], frozenset()
    for row in db.conn.execute(_EVENTS):
        aid, text, pid, status, source, start, end, sid, date, date_source, actor, cid, c_actor, c_loc, c_amount, kind = row
        if aid != current:
            current, mentions = aid, []
            while pending is not None and pending[0] < aid:
                pending = next(mention_rows, None)
            while pending is not None and pending[0] == aid:
                mentions.append(pending[1:])
                pending = next(mention_rows, None)
            in_article = interner.set({m[2] for m in mentions})
        is_commitment = cid is not None
        named: set[int] = set()
        places: set[int] = set()
        chars = list(text[start:end])
        for ms, me, eid, typ, msid in mentions:
            if msid == sid and sid is not None:
                named.add(eid)
            if ms < end and me > start:
                for i in range(max(ms, start), min(me, end)):
                    chars[i - start] = " "  # names are evidence of actor and place, not of the object
                if typ == "LOC":
                    places.add(eid)
        if c_loc is not None:
            places.add(c_loc)
        seq = [w for w in _WORD.findall(normalize("".join(chars)).casefold()) if w not in rules.stop and not w.isdigit()]
        span = text[start:end]
        amounts = {_amount_key(m) for m in _AMOUNT.finditer(span)}
        if c_amount:
            amounts |= {_amount_key(m) for m in _AMOUNT.finditer(c_amount)}
        facilities = {match_key(m.group()): m.group() for m in rules.facility_rx.finditer(span)}
        if actor is not None:
            named.add(actor)
        items.append(
            _Item(
                id=pid, idx=0, key=(date_key(date), source, start, end, status), status=status, article_id=aid,
                source=source, date=date, actor=c_actor if is_commitment else actor, commitment=is_commitment,
                cid=cid, kind=kind, text_dated=date_source == "text", named=interner.set(named), in_article=in_article,
                feat=interner.feat(tuple(dict.fromkeys(seq)), places, amounts, facilities),
            )
        )
    items.sort(key=lambda i: i.key)
    for n, it in enumerate(items):
        it.idx = n
    return items


def _evidence(a: _Feat, b: _Feat, rules: _Rules, weak: bool, facility_only: bool = False) -> Optional[tuple[int, tuple]]:
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


def _reason(a: _Feat, evidence: tuple, names: dict[int, str]) -> str:
    facility, specific, places, amounts = evidence
    reasons = []
    if facility:
        reasons.append("facility: " + "; ".join(a.facilities[k] for k in facility))
    if specific:
        pos = {w: i for i, w in enumerate(a.first)}
        reasons.append("object words: " + " ".join(sorted(specific, key=lambda w: (pos[w], w))))
    if places:
        reasons.append("place: " + "; ".join(sorted(names.get(p, str(p)) for p in places)))
    if amounts:
        reasons.append("amount: " + "; ".join(sorted(amounts)))
    return "; ".join(reasons)


# Each item is compared with at most this many of the same actor's items nearest in time:
# an actor named in every article of an archive would otherwise cost n² comparisons, and the
# refresh runs over the whole knowledge base.
WINDOW = 300


class _Links:
    """The candidate links between items and their strength. A candidate pair is what the rules
    compare: two commitments or two reports of one actor, or a commitment and a report naming its
    actor, within WINDOW of each other in the actor's time order; of those, only pairs sharing a
    facility or a specific object word (an inverted index per actor), as every link needs one
    (`_evidence`). Pairs are enumerated again on demand instead of stored: an actor named in every
    article of a large archive has millions of them."""

    def __init__(self, items: list[_Item], rules: _Rules) -> None:
        self.items, self.rules = items, rules
        self.commitments_of: dict[int, list[_Item]] = defaultdict(list)
        self.reports_of: dict[int, list[_Item]] = defaultdict(list)
        for it in items:
            if it.actor is not None:
                (self.commitments_of if it.commitment else self.reports_of)[it.actor].append(it)
        self.commitment_keys = {actor: [c.key for c in cs] for actor, cs in self.commitments_of.items()}
        self.index = {
            id(lst): self._index(lst) for group in (self.commitments_of, self.reports_of) for lst in group.values()
        }
        self.memo: dict[tuple, int] = {}

    def _index(self, lst: list[_Item]) -> Optional[dict[str, list[int]]]:
        if self.rules.min_shared < 1:
            return None  # a link could then need no shared word: compare the whole window
        index: dict[str, list[int]] = defaultdict(list)
        for i, it in enumerate(lst):
            for t in it.feat.tokens:
                index[t].append(i)
        return index

    def _near(self, lst: list[_Item], tokens: tuple, lo: int, hi: int):
        """Positions in lst[lo:hi] of the items sharing one of `tokens`."""
        if hi <= lo:
            return ()
        index = self.index[id(lst)]
        if index is None:
            return range(lo, hi)
        spans, total = [], 0
        for t in tokens:
            posting = index.get(t)
            if posting:
                a, b = bisect_left(posting, lo), bisect_left(posting, hi)
                if b > a:
                    spans.append(posting[a:b])
                    total += b - a
                    if total >= hi - lo:
                        return range(lo, hi)
        if len(spans) == 1:
            return spans[0]
        return {i for span in spans for i in span}

    def pairs(self):
        """Every candidate pair (a, b), a before b in natural order, once."""
        for group in (self.commitments_of, self.reports_of):
            for lst in group.values():
                for i, a in enumerate(lst):
                    for j in self._near(lst, a.feat.tokens, i + 1, min(len(lst), i + 1 + WINDOW)):
                        yield a, lst[j]
        for it in self.items:
            if it.commitment:
                continue
            for actor in it.in_article:
                cs = self.commitments_of.get(actor)
                if not cs:
                    continue
                at = bisect_left(self.commitment_keys[actor], it.key)
                for j in self._near(cs, it.feat.tokens, max(0, at - WINDOW), min(len(cs), at + WINDOW)):
                    c = cs[j]
                    yield (c, it) if c.idx < it.idx else (it, c)

    def mode(self, a: _Item, b: _Item) -> tuple[bool, bool]:
        """(weak, facility_only): a report joins a commitment weakly when only its article names
        the actor, and a proposal or directive only by the facility's name."""
        if a.commitment == b.commitment:
            return False, False
        c, r = (a, b) if a.commitment else (b, a)
        return c.actor not in r.named, c.kind not in self.rules.report_kinds

    def strength(self, a: _Item, b: _Item, weak: bool, facility_only: bool) -> int:
        fa, fb = a.feat, b.feat
        if fa.uses > 1 and fb.uses > 1:  # evidence shared by several items: compare once
            k = (fa.n, fb.n, weak, facility_only)
            s = self.memo.get(k)
            if s is None:
                s = self.memo[k] = self.compare(a, b, weak, facility_only)
            return s
        return self.compare(a, b, weak, facility_only)

    def compare(self, a: _Item, b: _Item, weak: bool, facility_only: bool) -> int:
        """The strength of the evidence a and b show, compared afresh."""
        ev = _evidence(a.feat, b.feat, self.rules, weak, facility_only)
        return ev[0] if ev else 0

    def actor_reason(self, a: _Item, b: _Item, names: dict[int, str]) -> str:
        if a.commitment == b.commitment:
            return f"same actor: {names.get(a.actor, str(a.actor))}"
        c, r = (a, b) if a.commitment else (b, a)
        name = names.get(c.actor, str(c.actor))
        return f"actor named in the report: {name}" if c.actor in r.named else f"actor named in the article: {name}"


def _group(items: list[_Item], links: _Links) -> list[int]:
    """Each item's group (a root index). Links are taken strongest first, then by the natural keys
    of their ends; a report never bridges two undertakings, so two commitments are in one group
    exactly when a chain of commitment-to-commitment links joins them (that part does not depend
    on the order, and needs no stored links); reports then join in link order."""
    parent = list(range(len(items)))
    has_commitment = [it.commitment for it in items]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    report_links: list[tuple[int, int, int, int]] = []
    for a, b in links.pairs():
        if a.commitment and b.commitment:
            ra, rb = find(a.idx), find(b.idx)
            if ra != rb and links.strength(a, b, False, False):
                parent[rb] = ra
            continue
        weak, facility_only = links.mode(a, b)
        s = links.strength(a, b, weak, facility_only)
        if s:
            report_links.append((1 if weak else 0, -s, a.idx, b.idx))
    report_links.sort()
    for _, _, ia, ib in report_links:
        ra, rb = find(ia), find(ib)
        if ra == rb or (has_commitment[ra] and has_commitment[rb]):
            continue  # a report never bridges two undertakings
        parent[rb] = ra
        has_commitment[ra] = has_commitment[ra] or has_commitment[rb]
    return [find(i) for i in range(len(items))]


def compute_threads(db: sqlite_utils.Database) -> list[dict]:
    """Threads as plain dicts (actor_id, anchor, members [(item, linked_to, reason)], track: the
    commitment row of its earliest commitment, commitments: all its commitment rows), in natural order."""
    rules = _rules()
    names = dict(db.execute("SELECT id, name FROM entities"))
    items = _load(db, rules)
    links = _Links(items, rules)
    root = _group(items, links)
    groups: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        groups[root[it.idx]].append(it)
    rep: dict[int, _Item] = {}  # item -> the report kept for its article and status
    order: dict[int, int] = {}  # kept item -> position in its thread
    kept_of: dict[int, list[_Item]] = {}
    for r, members in groups.items():
        if not any(m.commitment for m in members):
            continue
        keep: dict[tuple[str, str], _Item] = {}  # one report per article and status
        for m in sorted(members, key=lambda m: (m.article_id, m.status, not m.text_dated, -len(m.feat.specific), m.key)):
            keep.setdefault((m.article_id, m.status), m)
        for m in members:
            rep[m.idx] = keep[(m.article_id, m.status)]
        kept_of[r] = kept = sorted(keep.values(), key=lambda m: m.key)
        order.update((m.idx, i) for i, m in enumerate(kept))
    # each kept report's reason: its strongest link (then by natural keys) to an earlier one of its thread
    best: dict[int, tuple] = {}
    for a, b in links.pairs():
        if root[a.idx] != root[b.idx] or a.idx not in rep:
            continue
        ka, kb = rep[a.idx], rep[b.idx]
        if ka is kb:
            continue
        weak, facility_only = links.mode(a, b)
        s = links.strength(a, b, weak, facility_only)
        if not s:
            continue
        early, late = (ka, kb) if order[ka.idx] < order[kb.idx] else (kb, ka)
        k = (1 if weak else 0, -s, a.idx, b.idx)
        if late.idx not in best or k < best[late.idx][0]:
            best[late.idx] = (k, a, b, early)
    threads = []
    for r, kept in kept_of.items():
        rows = [(kept[0], None, "first report")]
        for m in kept[1:]:
            if m.idx not in best:
                rows.append((m, None, "first report"))
                continue
            (weak, _, _, _), a, b, early = best[m.idx]
            ev = _evidence(a.feat, b.feat, rules, bool(weak), links.mode(a, b)[1])
            rows.append((m, early.id, f"{links.actor_reason(a, b, names)}; {_reason(a.feat, ev[1], names)}"))
        anchor = next(m for m in kept if m.commitment)
        commitments = [m for m in groups[r] if m.commitment]
        threads.append({
            "actor_id": anchor.actor, "anchor": anchor.id, "members": rows, "key": kept[0].key,
            "track": commitments[0].cid, "commitments": [m.cid for m in commitments],
        })
    threads.sort(key=lambda t: t["key"])
    return threads


def refresh_threads(db: sqlite_utils.Database) -> int:
    """Recompute commitment_threads and commitment_events from the stored events, and each
    commitment's track_id (its thread's earliest commitment); returns the thread count."""
    threads = compute_threads(db)
    db.execute("DELETE FROM commitment_events")
    db.execute("DELETE FROM commitment_threads")
    for n, t in enumerate(threads, start=1):
        members = t["members"]
        first = next((m for m, _, _ in members if m.date), members[0][0])
        last = members[-1][0]
        subject = db.execute("SELECT text FROM progress_events WHERE id = ?", [t["anchor"]]).fetchone()
        db["commitment_threads"].insert(
            {
                "id": n, "actor_id": t["actor_id"], "subject": subject[0] if subject else None, "status": last.status,
                "first_date": first.date, "last_date": last.date, "first_day": day_of(first.date), "last_day": day_of(last.date),
                "events": len(members), "first_source": first.source, "last_source": last.source,
            }
        )
        db["commitment_events"].insert_all(
            {"thread_id": n, "event_id": m.id, "seq": i, "linked_to": to, "reason": why}
            for i, (m, to, why) in enumerate(members, start=1)
        )
    db.conn.executemany(
        "UPDATE commitments SET track_id = ? WHERE id = ? AND track_id IS NOT ?",
        ((t["track"], cid, t["track"]) for t in threads for cid in t["commitments"]),
    )
    return len(threads)


def refresh_after_run(db: sqlite_utils.Database, run_id: int, counts: dict[str, int]) -> None:
    """At the end of a run: recompute the threads if any article was stored or replaced, or if
    the run before did not finish (its saves may have left threads out of date). A run that
    changed nothing leaves them as they are (a nightly rebuild of an unchanged corpus stays cheap)."""
    prev = db.execute("SELECT finished_at FROM runs WHERE id < ? ORDER BY id DESC LIMIT 1", [run_id]).fetchone()
    if counts.get("new") or counts.get("updated") or (prev is not None and prev[0] is None):
        refresh_threads(db)
