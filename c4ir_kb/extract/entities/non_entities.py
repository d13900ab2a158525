"""Component 10, never entities: events, competitions, holidays, climate phenomena,
school subjects that earlier components took for a name (`not_entities` of
entity_lexicons.json), also with an edition or a year after them (`SEA Games 33`,
`AFF Cup 2018`), a lunar year (`Ất Tỵ`), a photo credit word; a person's initials (`N.Đ`, a photo credit) are no organisation;
the name a photo credit gives (`ẢNH: KIM ANH`, `Ảnh minh họa: X`) and an outlet's code
opening the first body paragraph (`ĐTO - `, `(GLO)-`, a dateline) are no entity; nor is
an acronym the article defines by a common noun phrase (`người điều hành (NĐH)`,
`đánh giá năng lực (ĐGNL)`, `các tổ chức tín dụng (TCTD)`: in lower case even when a head
word opens it), or by foreign words after a lower-case common noun phrase
(`thép cuộn cán nóng (HRC)`), wherever it is used; nor a Latin-script word that its
context makes a code, a unit, a product or a person's name (latin_terms), whichever
component found it; nor an acronym written as a thing with no evidence of an organisation
(acronym_evidence). A place inside the name of a facility,
project or event (`Cảng HKQT Long Thành`: facility_names) stays a LOC mention (as the
VLSP convention tags it) under rule loc.in-facility-name, which the export does not list.

Reads: mentions. Claims: nothing; drops those mentions (their units stay claimed).
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.acronym_evidence import unevidenced_acronyms
from c4ir_kb.extract.entities.facility_names import place_inside_facility_name
from c4ir_kb.extract.entities.latin_terms import no_latin_name
from c4ir_kb.extract.entities.lookup import dotted_degrees, phrase_before, title_at
from c4ir_kb.extract.entities.organisations import levels_generic
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.short_orgs import short_forms_ending_in_places
from c4ir_kb.extract.lexicons import _ukey
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word
from c4ir_kb.nlp.normalize import fold, match_key


def drop_non_entities(v: DocView) -> None:
    short_forms_ending_in_places(v)
    mark_places_in_facility_names(v)
    common = common_acronyms(v)
    # letters written as a person's initials once (`bị cáo PTB`) are that person everywhere
    common |= {v.s[m.start : m.end] for m in v.mentions if initials_after_person_noun(v, m)}
    held = {r["org"] for r in v.roles if r.get("org") is not None}  # ORG mentions of roles
    common |= unevidenced_acronyms(v, held)  # an acronym no mention of which shows it names a body
    keep = [
        x
        for x, m in enumerate(v.mentions)
        if not never_entity(v.s[m.start : m.end], m.type)
        and not in_credit_or_dateline(v, m)
        and not (m.type == "ORG" and v.s[m.start : m.end] in common)
        and not (m.type == "ORG" and is_latin_word(v.units[m.i].text) and no_latin_name(v, m.i))
        and not (m.type == "ORG" and inside_title_phrase(v, m))
        and not (m.type == "ORG" and level_after_common_noun(v, m))
        and not levels_generic(v, m, held, x)
    ]
    parks_used_as_places(v)
    if len(keep) == len(v.mentions):
        return
    new = {old: k for k, old in enumerate(keep)}
    v.mentions = [v.mentions[x] for x in keep]
    # roles and links point at mentions by index: renumber them, so that no role moves to
    # another person; a role of a dropped person goes, a dropped organisation leaves none
    roles = []
    for r in v.roles:
        if r["person"] not in new:
            continue
        r["person"] = new[r["person"]]
        r["org"] = new.get(r["org"]) if r["org"] is not None else None
        roles.append(r)
    v.roles = roles
    v.links = [(new[a], new[b]) for a, b in v.links if a in new and b in new]


def inside_title_phrase(v: DocView, m) -> bool:
    """`Ủy viên Trung ương Đảng`, `Bí thư Trung ương Đảng`, `UVTW Đảng`: a title of titles.txt
    whose own words end with a body's name (not a `Title|Head` title, whose head opens the
    organisation after it) holds that name as part of the title: the guideline's title as
    written, no organisation of the article (gold gives such titles no org). `UVTW Đảng, Bí
    thư ...`, `TGĐ ...`: a Latin-script acronym that itself opens a title (the abbreviated
    titles news writes) is that title, no organisation."""
    w = v.units[m.i].text
    if acronym(w) and is_latin_word(w) and title_at(v, m.i)[0] > 0:
        return True
    for k in range(max(0, m.i - 4), m.i):
        n, head, rank = title_at(v, k)
        if n and not rank and head is None and k + n >= m.j:
            return True
    return False


def inside_event_name(v: DocView, m) -> bool:
    """`Đại hội Đảng bộ tỉnh lần thứ XX`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh`: a body
    named right after the head of an event's name (rules.event_name_heads, maybe with a qualifier of
    event_name_qualifiers: `đại biểu`)
    is part of the event's name, which the guideline lists among the non-organisations. The
    mention stays (rule org.in-event-name: the body it names may act in a commitment, `Đại
    hội ... đề ra mục tiêu`), but names no organisation of the article by itself (kb/export.py);
    the body named elsewhere (`Đảng bộ tỉnh X tổ chức đại hội`) is listed."""
    lx = rules().lx
    i = m.i
    quals = lx.words("event_name_qualifiers")
    # `Đại hội đại biểu | Đảng bộ tỉnh`: a qualifier of the event's head between it and the body
    i -= next((n for n in (3, 2, 1) if i - n >= 0 and all(v.tight(k) for k in range(i - n, i)) and v.phrase(i - n, quals, n) == n), 0)
    return phrase_before(v, i, rules().event_name_heads, 3)


def parks_used_as_places(v: DocView) -> None:
    """`Nhà máy được xây tại Khu Công nghệ cao Hòa Lạc`: a hi-tech park (place_park_heads)
    named right after a locative preposition (locative_prepositions: `tại`, `ở`, `vào`) is
    used as a place, as the guideline lists parks under locations ("industrial parks and
    hi-tech parks where the text uses them as places"); where it acts (`hợp tác với Khu
    CNC`) it stays the body that runs it. The mention becomes LOC (loc.park)."""
    lx = rules().lx
    heads = lx.words("place_park_heads")
    preps = lx.words("locative_prepositions")
    linked = {x for pair in v.links for x in pair}
    conf = rules().confidence["loc.park"]
    for x, m in enumerate(v.mentions):
        if m.type == "ORG" and x not in linked and v.phrase(m.i, heads, 4) and m.j - m.i > v.phrase(m.i, heads, 4) and phrase_before(v, m.i, preps, 1):
            m.type, m.rule, m.conf = "LOC", "loc.park", conf


def level_after_common_noun(v: DocView, m) -> bool:
    """`các ban, bộ, ngành Trung ương`, `các đoàn thể Trung ương`: a level word alone
    (local_org_scopes: `Trung ương`, `tối cao`), capitalised or not, right after a lower-case
    common noun is that noun's level (central bodies), no body of its own: a generic
    reference."""
    if m.i == 0 or not v.tight(m.i - 1) or tuple(u.key for u in v.units[m.i : m.j]) not in rules().local_scopes:
        return False
    prev = v.units[m.i - 1]
    return prev.text.islower() and prev.pos.startswith("N")


def mark_places_in_facility_names(v: DocView) -> None:
    conf = rules().confidence["loc.in-facility-name"]
    for m in v.mentions:
        if m.type == "LOC" and (place_inside_facility_name(v, m.i) or state_inside_title(v, m)):
            m.rule, m.conf = "loc.in-facility-name", conf
        elif m.type == "ORG" and inside_event_name(v, m):
            m.rule, m.conf = "org.in-event-name", rules().confidence["org.in-event-name"]


def state_inside_title(v: DocView, m) -> bool:
    """`Chủ tịch nước Cộng hòa XHCN Việt Nam`: the state's name after a title that names the
    head of a state by its state (state_naming_titles) is part of the title, no place of the
    story (the guideline: not a place, a name inside a title); kept as a LOC mention, as the
    VLSP convention tags it, under the rule that the export does not list."""
    lx = rules().lx
    before = v.s[max(0, m.start - 60) : m.start]
    forms = sorted(lx.wordset("state_form_words"), key=len, reverse=True)
    titles = sorted(lx.wordset("state_naming_titles"), key=len, reverse=True)
    pattern = "(?:" + "|".join(map(re.escape, titles)) + r")(?: (?:" + "|".join(map(re.escape, forms)) + r"))*\s*$"
    return re.search(pattern, before) is not None


def never_entity(text: str, typ: str) -> bool:
    R = rules()
    if match_key(text) in R.not_entities:
        return True
    edition = R.patterns["edition-suffix"].sub("", text)
    if edition != text and match_key(edition) in R.not_entities:
        return True
    if R.patterns["lunar-year"].fullmatch(text) or text in R.lx.wordset("photo_credit_words"):
        return True
    if " " in text and text.rsplit(" ", 1)[1] in R.lx.wordset("event_suffixes"):
        return True  # `ASEAN Cup`: a competition
    if dotted_degrees(text):
        return True  # `TS.BS.`: degrees before a name
    if typ == "ORG" and match_key(text) in R.generic:
        return True  # `Đảng`, `Công ty`, `Ban Tổ chức` alone: a generic reference, however it was found
    return typ == "ORG" and bool(R.patterns["initials"].fullmatch(text))


def initials_after_person_noun(v: DocView, m) -> bool:
    """`bị cáo PTB`, `bị hại ĐTND`, `anh NVH`: letters in capitals right after a word that
    precedes a person's name like a form of address (initials_person_nouns: `ông`, `bà`,
    `bị cáo`, `bị hại`; not `phóng viên TTXVN`, a reporter of a body) are the person's initials, as court and police reports write them; no
    organisation."""
    if m.type != "ORG" or m.j - m.i != 1 or not re.fullmatch(r"[A-ZĐ]{2,5}", v.s[m.start : m.end]):
        return False
    nouns = rules().lx.words("initials_person_nouns")
    return phrase_before(v, m.i, nouns, 2)


def in_credit_or_dateline(v: DocView, m) -> bool:
    """Is mention m the name in a photo credit (`Ảnh: X`, or `Ảnh X` closing a caption's
    line), or the outlet code of the dateline?"""
    R = rules()
    s = v.s
    line = s.rfind("\n", 0, m.start) + 1
    if R.patterns["photo-credit-before"].search(s[max(line, m.start - 40) : m.start]):
        return True
    if R.patterns["photo-credit-bare"].search(s[max(line, m.start - 12) : m.start]) and _LINE_END.match(s, m.end):
        return True  # `... năm nay. Ảnh CTV` closing a caption line: the credit without its colon
    if m.type != "ORG" or s[line : m.start] not in ("", "("):
        return False
    if not acronym(s[m.start : m.end]) and not (s[line : m.start] == "(" and s[m.end : m.end + 1] == ")"):
        return False  # an outlet's code, or its name in parentheses (`(VTC News) -`)
    if s[:line].strip().count("\n\n") > 1 or s[:line].count("\n") > 4:
        return False  # only the headline and the first body paragraph carry a dateline
    return R.patterns["dateline-code"].match(s, m.end) is not None


_LINE_END = re.compile(r"\)?\s*(?:\n|$)")  # what may close a caption line after a photo credit
_PAREN_ACRONYM = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,6})\)")


def common_acronyms(v: DocView) -> set[str]:
    """Acronyms written in parentheses after the words they abbreviate, one initial a word,
    where those words are a common noun phrase (some of them lower-case), no organisation
    head (`Ủy ban nhân dân (UBND)`) and in no organisation's name: `Người điều hành (NĐH)`."""
    R = rules()
    out = set()
    for mt in _PAREN_ACRONYM.finditer(v.s):
        letters = fold(mt.group(1).replace("&", ""))
        words = v.s[max(0, mt.start() - 80) : mt.start()].split()[-len(letters) :]
        if len(words) != len(letters) or "".join(fold(w)[:1] for w in words) != letters:
            if foreign_term(v, mt):
                out.add(mt.group(1))
            continue
        if all(w[:1].isupper() for w in words) or not all(w.isalpha() for w in words):
            continue
        if words[0][:1].isupper() and any(_ukey(" ".join(words[: n + 1])) in R.lx.org_heads for n in range(len(words))):
            continue  # `Ủy ban nhân dân (UBND)`: a head opens a name; `các tổ chức tín dụng (TCTD)`, lower case: a common noun
        a = v.s.rfind(words[0], 0, mt.start())
        if any(m.type == "ORG" and m.start < mt.start() and m.end > a for m in v.mentions):
            continue  # `Tổng cục Chính trị Quân đội nhân dân (QĐND)`: the words name an organisation
        out.add(mt.group(1))
    return out


def foreign_term(v: DocView, mt: re.Match) -> bool:
    """`thép cuộn cán nóng (HRC)`, `thay van qua ống thông (TAVI)`: an acronym of foreign words
    (its letters no initials of the words before it) in parentheses right after a lower-case
    common noun phrase is the usual foreign term for the thing named, no organisation. Not
    where the phrase is a name: it opens with a capitalised word mid-sentence, or with an
    organisation head or collective noun (`Nhóm các đối tác quốc tế (IPG)`), or an
    organisation's mention ends there."""
    R = rules()
    before = v.s[max(0, mt.start() - 80) : mt.start()]
    clause = re.split(r"[,;:()\n.!?–-]\s", before)[-1].split()[-8:]
    if len(clause) < 2 or not all(w.isalpha() for w in clause[-2:]) or not all(w.islower() for w in clause[-2:]) or "Đ" in mt.group(1):
        return False
    caps = [k for k, w in enumerate(clause) if w[:1].isupper()]
    if caps:
        k = caps[-1]
        prefix = before[: before.rstrip().rfind(" ".join(clause))].rstrip()
        at_start = k == 0 and (prefix == "" or prefix[-1] in ".!?\n:")
        heads = R.lx.wordset("collective_heads")
        if not at_start or clause[k] in heads:
            return False  # (an organisation head there: the test over every word below)
    if any(_ukey(" ".join(clause[k : k + n])) in R.lx.org_heads for k in range(len(clause)) for n in (1, 2, 3)):
        return False
    return not any(m.type == "ORG" and m.start < mt.start() and m.end >= mt.start() - len(" ".join(clause[-2:])) - 1 for m in v.mentions)
