"""The document view every entity component reads and writes.

It holds the article's word units (with underthesea's POS and NER tags mapped onto
them), which units are already claimed by a mention, and what the components have
found so far: mention records, mention pairs known to be one entity, and roles.
Nothing else: lexicons live in `rules.py`, look-ups over the units in `lookup.py`.

A mention found so far is a `Found` record; roles and chain items are plain dicts
(titles_roles.add_role, title_chain.chain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.lexicons import PREFIXES, UNIT
from c4ir_kb.models import Document
from c4ir_kb.nlp.normalize import match_key


class Unit:
    """One word unit of `doc.norm` (a syllable, an acronym, TP.HCM) with its tags."""

    __slots__ = ("text", "start", "end", "key", "low", "pos", "ner", "tok")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.key = match_key(text)
        self.low = text.lower()
        self.pos, self.ner, self.tok = "", "O", -1


def cap(u: Unit) -> bool:
    return u.text[:1].isupper()


@dataclass(slots=True)
class Found:
    """A mention a component recorded (mentions.add_mention)."""

    type: str  # PER, ORG, LOC
    start: int  # character span in the text
    end: int
    rule: str  # a mention rule id of data/entity_rules.json
    conf: float  # that rule's confidence
    i: int  # its units: v.units[i:j]
    j: int
    virt: str | None = None  # an ORG named by a bare local head (UBND tỉnh): its name with the article's home province
    virt_place: str | None = None  # that province
    home_body: bool = False  # a province's own command named bare (DocView.home_bodies): virt names its home province


class DocView:
    def __init__(self, doc: Document):
        _index_rule_tables()
        self.doc = doc
        self.s = doc.norm
        self.units = _split_glued_titles(self.s, [Unit(m.group(), m.start(), m.end()) for m in UNIT.finditer(self.s)])
        # underthesea tokens -> units
        ti = 0
        toks = [t for sent in doc.sentences for t in sent.tokens]
        self.toks = toks
        for i, u in enumerate(self.units):
            while ti < len(toks) and toks[ti].end <= u.start:
                ti += 1
            if ti < len(toks) and toks[ti].start <= u.start < toks[ti].end:
                ner = toks[ti].ner
                if ner.startswith("B-") and u.start > toks[ti].start:
                    ner = "I-" + ner[2:]
                u.pos, u.ner, u.tok = toks[ti].pos, ner, ti
        self.n = len(self.units)
        self.claimed = [False] * self.n
        self.quoted = _quoted_work_spans(self.s)
        self.limit = len(self.s)  # components look at units before this offset (the byline's start)
        self.author: str | None = None
        self.mentions: list[Found] = []
        self.links: list[tuple[int, int]] = []  # mention index pairs that are the same entity
        self.roles: list[dict] = []
        self.home_bodies: set[tuple[int, int]] = set()  # unit spans of bare provincial commands (title_chain.provincial_body)
        self.home: str | None = None  # the article's home province (lookup.home_place)
        self.home_known = False
        self.given_names: set[str] | None = None  # last syllables of full names the article writes (names.given_names)
        self.home_outlet = False  # the home province was not written after an administrative prefix (party committee, outlet address, headline): it names bodies of its own level only
        self.paren_opens: list[int] | None = None  # offsets where text opens after `(` and spaces (org_name_ends.defined_in_parens)
        self.lone_words: dict[str, bool] = {}  # Latin word -> never written beside another capitalised word (title_holder.lone_latin_word)

    def gap(self, i: int) -> str:
        """Text between unit i and unit i+1."""
        if i + 1 >= self.n:
            return "\n"
        return self.s[self.units[i].end : self.units[i + 1].start]

    def sentence_break(self, i: int) -> bool:
        """Does the gap after unit i end a line or a sentence (a full stop and a space)?"""
        g = self.gap(i)
        return "\n" in g or g.startswith(".") and g.endswith(" ")

    def tight(self, i: int) -> bool:
        g = self.gap(i)
        return g == " " or (g.isspace() and "\n" not in g and len(g) <= 2)

    def phrase(self, i: int, table, maxlen: int, case_first: bool = False):
        """Longest phrase from `table` (unit-key tuples) at unit i, words separated by spaces:
        a probe per unit while some entry continues (the table's `lexicons.PREFIXES` index)."""
        hit = PREFIXES.entry(table)
        units = self.units
        if hit is not None and (i >= self.n or units[i].key not in hit[2]):
            return 0  # no entry starts with this unit: the common case, one probe
        pre = hit[1] if hit is not None else None
        best = 0
        k: tuple = ()
        for n in range(1, maxlen + 1):
            j = i + n - 1
            if j >= self.n or (n > 1 and not self.tight(j - 1)):
                break
            k = (*k, units[j].key)
            if k in table:
                best = n
            elif pre is not None and k not in pre:
                break
        if best and case_first and not cap(units[i]):
            return 0
        return best

    def free(self, i: int, j: int) -> bool:
        return not any(self.claimed[i:j])

    def claim(self, i: int, j: int) -> None:
        for k in range(i, j):
            self.claimed[k] = True

    def in_quoted_work(self, i: int) -> bool:
        p = self.units[i].start
        return any(a <= p < b for a, b in self.quoted)


@lru_cache(maxsize=1)
def _index_rule_tables() -> None:
    """The entity rules' phrase tables get their prefix index once per process."""
    PREFIXES.add_tables_of(rules())


def _split_glued_titles(s: str, units: list[Unit]) -> list[Unit]:
    """`Nguyễn Thị A-Phó Giám đốc Sở X`, `Lê Văn B-TUV,`: a title glued to the word before it by
    a hyphen with no spaces is a word of its own (the hyphen ends the name like a spaced dash):
    the unit is split where its capitalised last part begins a title or rank (of titles.txt,
    ranks.txt) with the words after it."""
    lx = rules().lx
    out: list[Unit] = []
    for x, u in enumerate(units):
        head, _, tail = u.text.rpartition("-")
        if head[-1:].isalpha() and head[:1].isupper() and tail[:1].isupper():
            key: tuple = (match_key(tail),)
            n, y = 0, x + 1
            while len(key) <= lx.max_title and not n:
                n = len(key) if key in lx.titles or key in lx.ranks else 0
                if y >= len(units) or s[units[y - 1].end : units[y].start] != " ":
                    break
                key, y = (*key, units[y].key), y + 1
            if n:
                cut = u.start + len(head)
                out += [Unit(head, u.start, cut), Unit(tail, cut + 1, u.end)]
                continue
        out.append(u)
    return out


def _quoted_work_spans(s: str) -> list[tuple[int, int]]:
    """Quoted titles of works and events (`hội thảo "..."`): no organisation starts inside."""
    spans = []
    heads = rules().lx.wordlist("quote_work_heads")
    for m in re.finditer(r"[\"“«]([^\"”»\n]{1,200})[\"”»]", s):
        before = s[max(0, m.start() - 25) : m.start()].lower().strip()
        if any(before.endswith(h) for h in heads):
            spans.append((m.start(), m.end()))
    return spans
