"""Verb lists: one trigger governing several verb phrases, one commitment per phrase.

`hai bên thống nhất tăng cường A, duy trì B, triển khai C và mở rộng D`, `X sẽ triển khai A, cung cấp B`:
each verb phrase says what will be done, so each is its own commitment (extraction-v1, What counts:
items of a list that each say what will be done are separate commitments). The split is grammatical:
the clause after the trigger must open with a verb (the trigger governs verb phrases, not a noun), and
a `,`, `và` or `cũng như` starts a new item only where the next words open with an undertaking verb
(data: verb_lists.verbs, after an optional adverb of manner). A noun list of one verb (`đào tạo,
nghiên cứu và phát triển nguồn nhân lực`) stays one item: every item has at least min_words words, and
so has the conjunct left of `và`. A list whose items are separated by `;` keeps its commas inside its
items (series.py reads the `;`); after a purpose, means, example or topic word (barriers: `nhằm`,
`thông qua`, `như`, `về`) the verbs that follow belong to that frame, and the clause stays whole from
there on.

Enumerations (s12-clist): the items of a `;` series or of a list carried on from the sentence before are split too, in
a second pass after series.py and continued.py read them (verb_lists.item_rules); inside such an item, a listed plan's
item, a clause ending at `;`, or a directive's complement after whom it addresses (`yêu cầu chủ đầu tư đẩy nhanh A và
hoàn tất B`: verb_lists.addressees), only a `và` splits (the commas stay inside: a comma list there is often one duty).
A `và` whose left words since the last comma are a noun phrase (`tổ chức giao lưu văn hóa, thể thao và trao đổi …`)
takes the whole item as its left conjunct; a conjunct opening with the verb that opened the item before (`giải ngân A và
giải ngân B`) is an item whether or not `verbs` lists that verb.

Reads: one sentence of the view (text, tokens, mentions), the lexicon (action adverbs), the verb_lists
section of data/commitments.json, the commitments already claimed.
Claims: the first item stays the commitment it was (its clause cut short); each further item is a
commitment with the same actor, person, kind and trigger, rule `<trigger id>/item`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.models import Commitment, Sentence

from c4ir_kb.extract.commitments.actors import Actor
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.lexicon import Lexicon, alt, rules_data
from c4ir_kb.extract.commitments.series import verb_at
from c4ir_kb.extract.commitments.view import DocView, token_at


class _Grammar:
    def __init__(self, d: dict):
        self.kinds = set(d["kinds"])
        self.min_words = int(d["min_words"])
        adverbs = rf"(?:(?:{alt(d['adverbs'])})\s+)*"
        self.verb_start = re.compile(rf"{adverbs}(?:{alt(d['verbs'])})(?!\w)")
        self.separator = re.compile(rf",\s*|\s(?P<and>{alt(d['and'])})\s+")
        self.barrier = re.compile(rf"(?<!\w)(?:{alt(d['barriers'])})(?!\w)")
        # `trong phát triển A, ứng dụng B`: a preposition right before a verb makes it a noun, whose list follows
        self.noun_verb = re.compile(rf"(?<!\w)(?:{alt(d['prepositions'])})\s+(?:{alt(d['verbs'])})(?!\w)")
        # `cho dự án chống ngập và xử lý nước thải`: a verb right after a project or facility noun names the thing
        self.thing_noun = re.compile(rf"(?<!\w)(?:{alt(rules_data()['project_owners']['nouns'])})\s+$")
        self.min_object_words = int(d["min_object_words"])
        self.domain = re.compile(rf"\s*(?:{alt(d['domain_nouns'])})(?!\w)")
        self.focus = re.compile(rf"(?<!\w)(?:{alt(d['focus_verbs'])})(?!\w)")
        self.item_rules = frozenset(d["item_rules"])
        a = d["addressees"]
        self.addressed_kinds = frozenset(a["kinds"])
        self.addressee_tags = frozenset(a["tags"])
        self.addressee_words = frozenset(a["words"])
        self.addressee_not_words = frozenset(a["not_words"])
        self.addressee_tokens = int(a["max_tokens"])
        self.addressee_modals = frozenset(a["modals"])


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar(rules_data()["verb_lists"])


def split_verb_lists(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, item_pass: bool = False) -> None:
    """Split each commitment of the sentence whose clause lists verb phrases under one trigger. With `item_pass`, split the
    items of a `;` series or of a list carried on from the sentence before instead (series.py, continued.py), which are
    read after the sentence's own commitments."""
    g = _grammar()
    for c in [c for c in claims.out if c.sentence == sent.index]:
        how = c.rule.rpartition("/")[2]
        if c.kind not in g.kinds or how in ("headed", "item") or (how in g.item_rules) != item_pass:
            continue
        # `đề nghị A, B; C, D`: the `;` separates the items, the commas are inside them; only a `và` before an undertaking
        # verb joins two of them inside one item (`giải ngân A 690 tỷ đồng và giải ngân B 312 tỷ đồng; …`)
        and_only = item_pass or how == "list" or v.low[v.skip_space(c.end) : v.skip_space(c.end) + 1] == ";"
        obj = _object_start(v, lex, c)
        if obj is None and c.kind in g.addressed_kinds:
            # `yêu cầu chủ đầu tư các công trình đẩy nhanh A và hoàn tất B`: the verbs after whom a directive tells; their
            # commas are left alone (a directive's comma list is often one duty), a `và` before an undertaking verb splits
            obj, and_only = _after_addressee(v, sent, _complement(v, lex, c), c.end), True
        if obj is None:
            continue
        cuts = _cuts(v, lex, g, sent, c, obj, and_only)
        if cuts:
            _emit_items(v, lex, claims, sent, c, cuts)


def _complement(v: DocView, lex: Lexicon, c: Commitment) -> int:
    """Where the trigger's complement starts: after the trigger and any adverbs."""
    k = c.start
    trig = c.trigger.lower().strip()
    if trig and v.low.startswith(trig, k):
        k = v.skip_space(k + len(trig))
    while True:
        am = lex.action_adverb.match(v.low, k, c.end)
        if am is None or am.end() <= k:
            break
        k = v.skip_space(am.end())
    return k


def _object_start(v: DocView, lex: Lexicon, c: Commitment) -> int | None:
    """Where the trigger's complement starts, if it opens with a verb (adverbs skipped); else None."""
    k = _complement(v, lex, c)
    if k >= c.end or _grammar().focus.match(v.low, k, c.end):
        return None  # `tập trung hợp tác nghiên cứu, đề xuất chính sách, …`: one object, a list of activities
    if not _verb_at(v, v.doc.sentences[c.sentence], _grammar(), k):
        return None  # `cam kết mạnh mẽ trong việc …`, `giao nhiệm vụ …`: a noun or an adverb governs what follows
    # a trigger that is itself the list's first verb (`triển khai A, cung cấp B`) opens its item at the trigger
    return k


def _cuts(v: DocView, lex: Lexicon, g: _Grammar, sent: Sentence, c: Commitment, obj: int, and_only: bool = False) -> list[tuple[int, int]]:
    """The separators [a, b) that start a new item inside c's clause, in order (with and_only, `và`/`cũng như` only)."""
    seps = [m for m in g.separator.finditer(v.low, obj, c.end) if not and_only or m.group("and")]
    cuts: list[tuple[int, int]] = []
    item_start = obj
    for i, m in enumerate(seps):
        a, b = m.start(), m.end()
        if g.barrier.search(v.low, item_start, a) or g.noun_verb.search(v.low, item_start, a) or g.focus.search(v.low, item_start, a):
            break  # `nhằm thúc đẩy A, nâng cao B`: the verbs after a purpose or topic word are its own
        if _noun_colon(v, sent, item_start, a):
            break  # `triển khai chương trình trên các lĩnh vực: đào tạo A, nghiên cứu B`: the noun's list, not verb phrases
        if _enclosed(v, c.start, a) or v.inside_mention(a, b):
            continue
        vm = g.verb_start.match(v.low, b, c.end)
        if vm is None and m.group("and"):
            vm = _same_verb(v, sent, item_start, b, c.end)  # `giải ngân A 690 tỷ đồng và giải ngân B 312 tỷ đồng`
        if vm is None or v.starting_at(b) or _completes(v, lex, b, c.end):
            continue  # `khởi công nhà máy vào tháng 6 và hoàn thành trong năm 2027`: the completion of the same work
        if not m.group("and") and _ends_with_verb(v, sent, g, item_start, a):
            continue  # `các dự án nghiên cứu, thiết kế chip`: verbs of one object
        if g.domain.match(v.low, vm.end()):
            continue  # `tăng cường tin cậy chính trị, hợp tác kinh tế`: an activity noun of the object list
        if re.match(r"\s*(?:khoảng|gần|hơn|trên|tới|đến)?\s*\d", v.low[vm.end() : vm.end() + 12]):
            continue  # `mở đường bay thẳng A - B, khai thác 5 chuyến/tuần`: a figure measures the item before
        nxt = seps[i + 1].start() if i + 1 < len(seps) else c.end
        if len(v.low[b:nxt].split()) < g.min_words:
            continue  # `đào tạo, nghiên cứu và phát triển …`: a bare verb of an enumeration, not an item
        if len(v.low[item_start:a].split()) < g.min_words or not _has_object(v, g, item_start, a):
            continue  # `khẩn trương xây dựng và ban hành kế hoạch …`: two verbs of one object
        if m.group("and"):
            last_comma = v.low.rfind(",", item_start, a)
            left = v.low[(last_comma + 1 if last_comma >= 0 else item_start) : a]
            ls = v.skip_space(last_comma + 1) if last_comma >= 0 else item_start
            lm = g.verb_start.match(v.low, ls, a)
            lm_end = lm.end() if lm is not None else None
            tok = token_at(sent, ls) if lm is None else None
            if tok is not None and tok.pos.startswith("V") and not v.inside_mention(tok.start, tok.end):
                lm_end = tok.end  # `đa dạng hóa A và tìm kiếm B`: a verb the tagger reads opens the left conjunct
            if lm_end is None and last_comma >= 0 and _noun_fragment(sent, ls, a):
                # `tổ chức giao lưu văn hóa, thể thao và trao đổi kinh nghiệm`: the comma lists nouns of the object, the
                # conjunct left of `và` is the whole item, which opens with its verb
                ls, left = item_start, v.low[item_start:a]
                lm = g.verb_start.match(v.low, ls, a)
                tok = token_at(sent, ls) if lm is None else None
                lm_end = lm.end() if lm is not None else (tok.end if tok is not None and tok.pos.startswith("V") else None)
            if len(left.split()) < g.min_words or lm_end is None or g.domain.match(v.low, lm_end) or _names_thing(v, sent, g, ls, a):
                continue  # `giao lưu và hợp tác đào tạo`, `dự án chuyển đổi và ứng dụng …`: `và` joins two nouns of one item;
                # `dự kiến đưa vào hoạt động … và thực hiện 200 ca mỗi năm`: what a completion brings continues it
        cuts.append((a, b))
        item_start = b
    if cuts and len(v.low[item_start : c.end].split()) < g.min_words:
        cuts.pop()
    return cuts


def _after_addressee(v: DocView, sent: Sentence, k: int, end: int) -> int | None:
    """Where the verb after a directive's addressee starts (`yêu cầu các sở, ngành rà soát …`): the words from k to it
    are nouns, numerals, commas and `và` only (verb_lists.addressees: at most max_tokens, none of not_words, no person,
    no other punctuation); else None."""
    g = _grammar()
    toks = [t for t in sent.tokens if k <= t.start < end][: g.addressee_tokens + 1]
    if not toks or toks[0].start != k:
        return None
    for i, t in enumerate(toks):
        if t.text.lower() in g.addressee_not_words:
            return None  # `yêu cầu sau kỳ nghỉ, …`: a time frame, not whom it tells; `doanh nghiệp được ủy quyền …`: a relative clause
        if t.pos.startswith("V") and not v.inside_mention(t.start, t.end):
            if i == 0 or any(m.type == "PER" for m in v.mentions_in(k, t.start)):
                return None
            j = i
            while j + 1 < len(toks) and toks[j].text.lower() in g.addressee_modals:
                j += 1  # `yêu cầu các cơ sở phải xây dựng …`: the duty's verb after its modal
            return toks[j].start
        if t.pos == "CH" and t.text != ",":
            return None  # `Ban X - Phòng, chống …`: a name's dash
        if not (t.pos in g.addressee_tags or t.text.lower() in g.addressee_words):
            return None
    return None


def _same_verb(v: DocView, sent: Sentence, s: int, b: int, end: int) -> re.Match | None:
    """The conjunct at b opens with the very verb that opens the item at s (`giải ngân A và giải ngân B`, `cho thuê A
    và cho thuê B`): a repeated verb makes two parallel undertakings, whether or not verb_lists.verbs lists it. The
    match spans that verb."""
    first = token_at(sent, s)
    if first is None or first.start != s or not first.pos.startswith("V"):
        return None
    word = v.low[first.start : first.end]
    return re.compile(rf"{re.escape(word)}(?!\w)").match(v.low, b, end)


def _noun_fragment(sent: Sentence, lo: int, hi: int) -> bool:
    """The words in [lo, hi) after a comma are a noun phrase (`vỉa hè`, `văn hóa, thể thao`): no verb among them."""
    toks = [t for t in sent.tokens if lo <= t.start and t.end <= hi and t.pos != "CH"]
    return bool(toks) and toks[0].pos.startswith(("N", "L", "M")) and not any(t.pos.startswith("V") for t in toks)


def _names_thing(v: DocView, sent: Sentence, g: _Grammar, lo: int, hi: int) -> bool:
    """The left conjunct ends in a thing's description (`… cho dự án chống ngập và xử lý …`): a verb between lo and
    hi follows a project or facility noun, with no comma after it, so `và` joins what the thing does, not two
    undertakings."""
    return any(
        lo < t.start < hi and t.pos.startswith("V") and g.thing_noun.search(v.low, lo, t.start) and "," not in v.low[t.start : hi]
        for t in sent.tokens
    )


def _noun_colon(v: DocView, sent: Sentence, s: int, a: int) -> bool:
    """A colon in [s, a) right after a noun (`trên các lĩnh vực:`): what follows enumerates that noun (fields, topics),
    activity nouns of one undertaking; after a verb (`thống nhất: tăng cường A, …`) the list is of verb phrases."""
    k = v.low.find(":", s, a)
    if k < 0:
        return False
    last = None
    for t in sent.tokens:
        if t.end <= k:
            last = t
    return last is not None and not v.low[last.end : k].strip() and last.pos.startswith("N")


def _verb_at(v: DocView, sent: Sentence, g: _Grammar, k: int) -> bool:
    """A verb opens the text at k: a listed undertaking verb, or a token the tagger reads as a verb."""
    return g.verb_start.match(v.low, k) is not None or verb_at(sent, k)


def _completes(v: DocView, lex: Lexicon, b: int, end: int) -> bool:
    """A completion phrase at b with nothing but a time adjunct after it (`và hoàn thành trong năm 2027`)."""
    cm = lex.continuation_start.match(v.low, b)
    if cm is None:
        return False
    rest = v.low[cm.end() : end].split()
    return not rest or rest[0] in lex.continuation_time_words or rest[0][:1].isdigit()


def _ends_with_verb(v: DocView, sent: Sentence, g: _Grammar, s: int, a: int) -> bool:
    """The item [s, a) ends with a noun modified by a bare verb (`các dự án nghiên cứu, thiết kế chip`): the verbs
    after the comma modify the same noun (`hợp tác đào tạo`, a verb after a verb, is an object of its own)."""
    last = [t for t in sent.tokens if s <= t.start and t.end <= a]
    if len(last) < 2:
        return False
    t, before = last[-1], last[-2]
    verb = t.pos.startswith("V") or g.verb_start.fullmatch(v.low, t.start, t.end) is not None
    return verb and before.pos.startswith("N")


def _has_object(v: DocView, g: _Grammar, s: int, e: int) -> bool:
    """The item [s, e) says what its verb acts on: words after its opening verb (when the verb is a listed one)."""
    vm = g.verb_start.match(v.low, s, e)
    return vm is None or len(v.low[vm.end() : e].split()) >= g.min_object_words


def _enclosed(v: DocView, lo: int, k: int) -> bool:
    """k is inside brackets or quotes opened after lo."""
    seg = v.low[lo:k]
    return seg.count("(") > seg.count(")") or seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _emit_items(v: DocView, lex: Lexicon, claims: Claims, sent: Sentence, c: Commitment, cuts: list[tuple[int, int]]) -> None:
    end = c.end
    first_end = cuts[0][0]
    while first_end > c.start and v.norm[first_end - 1] in " ,":
        first_end -= 1
    c.end = first_end
    c.text = v.doc.article.text[c.start : c.end]
    tid = c.rule.rpartition("/")[0]
    bounds = [b for _, b in cuts]
    stops = [a for a, _ in cuts[1:]] + [end]
    for s, e in zip(bounds, stops):
        while e > s and v.norm[e - 1] in " ,":
            e -= 1
        act = Actor(actor=c.actor, person=c.person, partner=c.partner, rule="item", confidence=lex.confidence("item"))
        claims.emit(sent, c.kind, c.trigger, s, e, act, f"{tid}/item", s)
