"""What an anaphor stands for: `trung tâm`, `Tập đoàn này`, `Thành phố`, `hai bên`.

Reads: the view (ORG mentions before the anaphor, sentences, mention counts), the lexicon's
anaphor words, the reference phrases (data reference_heads: `nhà băng`, `cơ quan này`, `Cảnh sát`, each
resolved as the anaphor of its head kind), the article's own organisation head nouns (`Hiệp hội …` -> `hiệp hội`),
the speaker of the clause (speakers.py) and Canonical (a city word -> its committee).
Claims: the article's memory of references, in reading order: `resolved` (each anaphor
resolved so far counts as a mention of its entity for later ones) and `agreements` (the
actors of the agreements stated so far, which `hai bên`, `ba bên` refer to).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from c4ir_kb.models import Sentence
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.lexicon import Lexicon, rules_data
from c4ir_kb.extract.commitments.people import People, fits
from c4ir_kb.extract.commitments.speakers import speaker
from c4ir_kb.extract.commitments.view import DocView


class Referents:
    def __init__(self, v: DocView, lex: Lexicon, people: People, canon: Canonical):
        self.v = v
        self.lex = lex
        self.people = people
        self.canon = canon
        self.resolved: list[tuple[int, int, str]] = []  # (sentence, position, entity) of anaphors resolved so far
        self._compound_heads: dict[str, frozenset[str]] = {}  # entity -> its folded heads of two words or more (fits)
        self.org_heads = frozenset(self._org_heads())
        self.references = references()
        words = self.org_heads | frozenset(self.references)
        self.anaphor_end, self.speech_anaphor_end, self.speech_and_anaphor_end = lex.anaphor_res(words)
        self.agreements: list[tuple[int, int, str]] = []  # (sentence, position, actor) of the agreements stated so far

    def _org_heads(self) -> set[str]:
        """The common-noun heads the article's ORG names begin with (`Hiệp hội …` -> `hiệp hội`,
        `Quân khu 9` -> `quân khu`): the article may use them alone for that organisation."""
        out = set()
        for e in self.v.entities.values():
            if e.type == "ORG":
                out |= self._heads_of(e.id)
        return out

    def _heads_of(self, eid: str) -> set[str]:
        """The common-noun heads one ORG's names begin with: a capitalised word and the lower-case words after it."""
        out = set()
        e = self.v.entities[eid]
        for name in {e.name, *e.surfaces}:
            words = name.split()
            if len(words) < 2 or not words[0][:1].isupper() or not words[0].isalpha():
                continue
            head = [words[0]]
            for w in words[1:3]:
                if not w.isalpha() or not w.islower():
                    break
                head.append(w)
            h = " ".join(head).lower()
            if len(h) >= 3 and h not in self.lex.stop and len(head) < len(words):
                out.add(h)
        return out

    def fits(self, eid: str, fw: str) -> int:
        """How an ORG fits an anaphor's head noun (folded): see people.fits, given the name's own compound heads
        (cached per entity)."""
        own = self._compound_heads.get(eid)
        if own is None and eid in self.v.entities:
            own = self._compound_heads[eid] = frozenset(fold(h) for h in self._heads_of(eid) if len(h.split()) >= 2)
        return fits(self.v, self.lex, eid, fw, own or frozenset())

    def resolve_anaphor(self, word: str, pos: int, sent: Sentence, demonstrative: bool = False) -> tuple[Optional[str], Optional[str]]:
        """`trung tâm` -> the centre the article talks about; `Tập đoàn này` -> the last group named.

        Returns (entity, person). In order: the organisation of the person the clause is
        attributed to (`Theo ông Tùng, ngân hàng …`: his bank), of the matching kind; the most
        recent matching name in this and the two sentences before (a name resolved before counts);
        the most frequent one. A demonstrative (`Tập đoàn này`) takes the last one named."""
        v = self.v
        word = word.lower()
        if word in self.lex.city_anaphors:
            return self.canon.resolve_city(pos, word), None
        ref = self.references.get(word)
        if ref is not None and ref.get("demonstrative") and not demonstrative:
            return None, None  # `cơ quan` alone is generic (`cơ quan chức năng`); `cơ quan này` is the one just named
        if ref is not None and ref.get("speaker") and not self._reported(word, sent, pos):
            return None, None  # `họ` not right after a speech verb: people the text may name anywhere
        fw = fold(ref["head"] if ref is not None else word)
        any_body = ref is not None and bool(ref.get("any_body"))
        least = 2 if ref is not None and ref.get("named") else 0

        def fit(eid: str) -> int:
            """How an ORG fits (fits); every body fits `cơ quan`; a phrase that needs the head in the name takes nothing less."""
            f = max(self.fits(eid, fw), 1) if any_body else self.fits(eid, fw)
            return f if f >= least else 0
        if not demonstrative:
            spk = speaker(v, self.lex, self.people, sent, pos)
            if spk is not None:
                person, orgs = spk
                scored = [(fit(o), i, o) for i, o in enumerate(orgs)]
                # a name without the head noun fits only a generic one (`đơn vị`, `hãng`, `doanh nghiệp`): `ngân hàng`
                # in the words of a company's chairman is another bank
                # `Đại diện PTSC cho biết đơn vị sẽ …`: a generic `đơn vị` said by the organisation's own voice is it
                floor = 0 if fw in self.lex.generic_any else 1 if fw in self.lex.generic_business or any_body else 2
                scored = [x for x in scored if x[0] >= floor]
                if scored:
                    eid = max(scored)[2]
                    self.resolved.append((sent.index, pos, eid))
                    return eid, person
        if ref is not None and ref.get("speaker"):
            return None, None  # `họ` speaks for the speaker's own body or for none
        window_start = v.doc.sentences[max(0, sent.index - 4)].start
        prev_start = v.doc.sentences[max(0, sent.index - 1)].start
        cands = [(m.start, m.sentence if m.sentence >= 0 else v.doc.sentence_at(m.start).index, m.entity)
                 for m in v.mentions if m.type == "ORG" and m.start < pos and m.entity in v.entities]
        cands += [(p, si, e) for si, p, e in self.resolved if p < pos]
        if ref is not None and not demonstrative:
            return self._described(sorted({e for _, _, e in cands}), fit, sent, pos)
        best: Optional[tuple] = None
        for start, si, eid in cands:
            f = fit(eid)
            recent = start >= window_start
            if f == 0 or not (f >= 2 or recent):
                continue
            if demonstrative:
                score = (start >= prev_start, start)
            else:
                near = si >= sent.index - 2
                # none in the last two sentences: the latest in the window still goes before the most frequent
                # (`… Saigonbank sẽ phát hành … . Ngân hàng cho biết …`: the bank the paragraph is about)
                score = (f >= 2, near, si if recent else -1, v.count.get(eid, 0), -start)  # (near implies recent)
            if best is None or score > best[0]:
                best = (score, eid)
        if best is None:
            return None, None
        self.resolved.append((sent.index, pos, best[1]))
        return best[1], None

    def _reported(self, word: str, sent: Sentence, pos: int) -> bool:
        """Does the last `word` before pos come right after a speech verb (`nói rằng họ …`)?"""
        k = self.v.low.rfind(word, sent.start, pos)
        return k > sent.start and _speech_before(self.lex.speech_re.pattern).search(self.v.low[sent.start : k]) is not None

    def _described(self, eids: list[str], fit, sent: Sentence, pos: int) -> tuple[Optional[str], Optional[str]]:
        """`hãng hàng không quốc gia`, `nhà băng`, `Cảnh sát` without a demonstrative: the article's body of that kind,
        the one it names most (a name with the head noun first); none when two fit equally well."""
        ranked = sorted(((fit(e) >= 2, self.v.count.get(e, 0)), e) for e in eids if fit(e) > 0)
        if not ranked or (len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]):
            return None, None
        self.resolved.append((sent.index, pos, ranked[-1][1]))
        return ranked[-1][1], None


@lru_cache(maxsize=1)
def _speech_before(speech: str) -> re.Pattern:
    """A speech verb (and a comma) ending the text: `nói rằng ` before an anaphor."""
    return re.compile(rf"(?:{speech}),?\s+$")


@lru_cache(maxsize=1)
def references() -> dict[str, dict]:
    """The reference phrases (data reference_heads), lower-cased phrase -> its entry (id, head, flags)."""
    return {r["phrase"].lower(): r for r in rules_data()["reference_heads"]["phrases"]}
