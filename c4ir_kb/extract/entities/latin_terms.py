"""Latin-script words that name no organisation, read from what is written around them:
codes in slash pairs (`SE1/SE2`, a train pair; `C3/C4`), a unit of measure after a
number (`25.000 TMN`), a foreign person's name after a form of address (`ông CY Huang`),
the items of a list of products or solutions (`các giải pháp như SmartPOS, SoftPOS`) or of
projects (`Các dự án này gồm …, FTEL Tân Thuận`: project_list_item, which
organisations.under_construction also asks for names with a head),
an organisation's name as part of an event's (`AFC Champions League`, `APEC 2027`),
and an item of a list of substances (`CO2, NOx, PM 2.5`), a building's name after a noun for
a building (`tòa nhà K300 Office`, `Nhà K1`). (An abbreviated title, `UVTW
Đảng`, is non_entities.inside_title_phrase's.)

Read-only: non_entities drops a Latin-script ORG mention whose first word `no_latin_name` rejects, whichever component made it; org_extent asks `event_after` and `inside_competition_name`.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import no_org_code, phrase_before
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.lexicons import _ukey
from c4ir_kb.extract.wordshape import acronym, is_latin_word

_SLASH_CODE = re.compile(r"/[A-Z]{0,4}\d")
_NUMBER = re.compile(r"\d[\d.,]*")
_LIST_ITEM = r"[^,.;:!?()\n]{1,30}"
_LIST_OPENED = re.compile(r"(?:\s(?:như|gồm|bao gồm)\s|:\s)((?:" + _LIST_ITEM + r",\s)*)$")  # `như A, B, | C`


def no_latin_name(v: DocView, i: int) -> bool:
    """Is the Latin-script word at unit i no organisation's first word, by its context?"""
    return (
        code_pair(v, i)
        or unit_after_number(v, i)
        or after_address_form(v, i)
        or product_list_item(v, i)
        or project_list_item(v, i)
        or substance_list_item(v, i)
        or after_building_noun(v, i)
    )


def after_building_noun(v: DocView, i: int) -> bool:
    """`tòa nhà K300 Office`, `Nhà K1`: a Latin-script name right after a noun for a building
    (building_nouns, any case), or a code with a digit after a plainer one (building_code_nouns),
    names the building, a facility, no organisation."""
    lx = rules().lx
    if phrase_before(v, i, lx.words("building_nouns"), 3):
        return True
    return any(c.isdigit() for c in v.units[i].text) and phrase_before(v, i, lx.words("building_code_nouns"), 2)


def code_pair(v: DocView, i: int) -> bool:
    """`SE1/SE2`, `TN3/4`: a code with a digit written with its pair after a slash (trains
    running both ways, plots, blocks) is a code, no name."""
    w = v.units[i].text
    return any(c.isdigit() for c in w) and bool(_SLASH_CODE.match(v.s, v.units[i].end))


def unit_after_number(v: DocView, i: int) -> bool:
    """`25.000 TMN`, `300 MWp`: an acronym right after a number (no year) is its unit of
    measure, no organisation."""
    if i == 0 or not v.tight(i - 1) or not acronym(v.units[i].text):
        return False
    n = v.units[i - 1].text
    return bool(_NUMBER.fullmatch(n)) and not rules().patterns["year"].fullmatch(n)


def after_address_form(v: DocView, i: int) -> bool:
    """`ông CY Huang`, `bà JK Lee`: capitalised Latin words right after a form of address
    name a person (the guideline's `ông`, `bà`, `ngài` before a name), no organisation."""
    return phrase_before(v, i, rules().lx.words("address_forms"), 1)


def product_list_item(v: DocView, i: int) -> bool:
    """`các giải pháp thanh toán của X như SmartPOS, SoftPOS`, `công nghệ mới: SD-WAN, ...`:
    a Latin-script word that is an item of a list opened by `như`, `gồm` or a colon after a
    lower-case noun for products (product_nouns, within the ten words before the opener)
    names a product, no organisation. The item is one word: a company's name in such a list
    (`đối tác như Samsung Electronics`) has no product noun before it anyway."""
    a = v.units[i].start
    if a == 0 or (i + 1 < v.n and v.tight(i) and cap(v.units[i + 1]) and is_latin_word(v.units[i + 1].text)):
        return False
    before = v.s[max(0, a - 200) : a]
    mt = _LIST_OPENED.search(before)
    if mt is None:
        return False
    clause = re.split(r"[.;!?\n]", before[: mt.start()])[-1].split()[-10:]
    nouns = rules().lx.words("product_nouns")
    return any(_ukey(" ".join(clause[k : k + n])) in nouns for k in range(len(clause)) for n in (1, 2) if all(w.isalpha() and w.islower() for w in clause[k : k + n]))


_ITEM_BEFORE = re.compile(r"([^\s,;()]+)\s*[,;]\s*$")
_ITEM_AFTER = re.compile(r"\s*[,;]\s*([^\s,;()]+)")


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PROJECT_OPENER = re.compile(r"\s(?:như|gồm|bao gồm)\s*:?\s+|:\s+")
_ITEMS_BEFORE = re.compile(r"(?:[^,;]{1,80}[,;]\s+)*")


def project_list_item(v: DocView, i: int) -> bool:
    """`Các dự án này gồm trung tâm dữ liệu Quận 9 (…), FTEL Tân Thuận (…)`, `các dự án như:
    Tuyến cao tốc X, Bệnh viện Y, …`, `Các dự án khởi công năm 2026: Z Hyperscale DC; …`: a
    name that is an item of a list opened by `như`, `gồm` or a colon right after a project noun
    (project_list_nouns, in lower case) and the words that describe it names a project or facility, no
    organisation (the guideline). Not where an agent or owner word stands between the noun
    and the list (`dự án do 3 nhà đầu tư triển khai gồm A, B`: project_list_agents): its
    items are who carries it out."""
    a = v.units[i].start
    before = v.s[max(0, a - 300) : a]
    ends = list(_SENTENCE_END.finditer(before))
    sent = before[ends[-1].end() :] if ends else before
    openers = list(_PROJECT_OPENER.finditer(sent))
    if not openers:
        return False
    op = openers[-1]
    if not _ITEMS_BEFORE.fullmatch(sent[op.end() :]):
        return False  # (the name must open an item of the list)
    words = sent[: op.start()].split()[-10:]
    lx = rules().lx
    nouns, agents = lx.words("project_list_nouns"), lx.words("project_list_agents")
    at = [k for k in range(len(words)) if words[k].islower() and any(_ukey(" ".join(words[k : k + n])) in nouns for n in (1, 2))]
    if not at:
        return False
    rest = words[at[-1] :]
    if any("(" in w or ")" in w for w in rest):
        return False  # `Công ty Công trình X (X Construction, MCK: CTR)`: a code's label, no list
    return not any(_ukey(" ".join(rest[k : k + n])) in agents for k in range(len(rest)) for n in (1, 2, 3))


def substance_list_item(v: DocView, i: int) -> bool:
    """`phát thải CO2, NOx, PM 2.5`: a Latin-script item of a comma list whose neighbour item is
    a chemical formula (lookup.no_org_code) is a substance too, no organisation: the items of one
    list are things of one kind."""
    a = v.units[i].start
    before = _ITEM_BEFORE.search(v.s[max(0, a - 20) : a])
    if before is not None and no_org_code(before.group(1)):
        return True
    k = i
    while k + 1 < v.n and k - i < 3 and v.tight(k):
        k += 1  # (to the end of the item: `PM 2.5`)
    after = _ITEM_AFTER.match(v.s, v.units[k].end)
    return after is not None and no_org_code(after.group(1))


def event_after(v: DocView, e: int) -> bool:
    """Do the words after an organisation's name (ending before unit e) make an event of it:
    capitalised Latin words one of which is an event's word (`AFC | Champions League Two`,
    `AFF | Mitsubishi Electric Cup`), or a year right after an acronym (`APEC | 2027`)?"""
    R = rules()
    if e >= v.n or not v.tight(e - 1):
        return False
    if acronym(v.units[e - 1].text) and R.patterns["year"].fullmatch(v.units[e].text):
        return True
    k = e
    while k < v.n and k - e < 4 and (k == e or v.tight(k - 1)) and cap(v.units[k]) and is_latin_word(v.units[k].text):
        if v.units[k].text in R.lx.wordset("event_suffixes"):
            return True
        k += 1
    return False


def inside_competition_name(v: DocView, i: int) -> bool:
    """`Giải vô địch | CLB Đông Nam Á 2025-2026`, `VCK | U20 nữ châu Á`: a name right after a
    noun that opens a competition's name (competition_heads) is that event's, no organisation."""
    return phrase_before(v, i, rules().lx.words("competition_heads"), 3)
