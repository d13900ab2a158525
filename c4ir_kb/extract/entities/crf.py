"""Component 9, underthesea CRF: its PER/ORG/LOC spans that no rule explained, a weak
signal (confidence 0.5), re-typed as ORG when the article named that organisation.

A LOC guess counts only after a preposition of place or a noun for a kind of place.

Reads: NER tags, ORG mentions. Claims: mentions (per.crf, org.crf, loc.crf, org.crf-*).
"""

from __future__ import annotations

from c4ir_kb.extract.entities.facility_names import after_facility_head
from c4ir_kb.extract.entities.lookup import after_structure, code_after_noun, place_cue_before, std_code, title_at
from c4ir_kb.extract.entities.mentions import add_mention, org_tuples
from c4ir_kb.extract.entities.names import valid_name
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, roman, vn_syllable
from c4ir_kb.nlp.normalize import match_key


def find_crf_spans(v: DocView) -> None:
    """underthesea CRF spans not explained by the rules: a weak signal."""
    R = rules()
    limit = v.limit
    org_names = set()
    org_prefixes = set()
    # names the article uses as places (`Cảng hàng không Phan Thiết`): no person's name
    place_names = {match_key(v.s[m.start : m.end]) for m in v.mentions if m.type == "LOC"}
    for m in v.mentions:
        if m.type == "ORG":
            for t in org_tuples(v, m):
                org_names.add(match_key(" ".join(t)))
            keys = tuple(u.key for u in v.units[m.i : m.j])
            for n in range(1, len(keys)):
                org_prefixes.add(keys[:n])
    i = 0
    while i < v.n and v.units[i].start < limit:
        u = v.units[i]
        if not u.ner.startswith("B-") or v.claimed[i]:
            i += 1
            continue
        typ = u.ner[2:]
        j = i + 1
        while j < v.n and v.units[j].ner == "I-" + typ and v.tight(j - 1):
            j += 1
        # trim to capitalised Np units that are not claimed, not titles
        a = i
        if a > 0 and v.units[a - 1].low in R.weekday_markers:  # thứ Năm (Thursday)
            i += 1
            continue
        while a < j and (not cap(v.units[a]) or v.claimed[a] or title_at(v, a)[0] or v.units[a].pos not in ("Np", "Ny")):
            a += title_at(v, a)[0] or 1
        b = a
        while b < j and cap(v.units[b]) and not v.claimed[b] and v.units[b].pos in ("Np", "Ny", "N"):
            b += 1
        if b > a and typ in ("PER", "LOC", "ORG") and v.free(a, b):
            text = v.s[v.units[a].start : v.units[b - 1].end]
            doc_code = "/" in v.s[max(0, v.units[a].start - 1) : v.units[a].start] or "/" in v.s[v.units[b - 1].end : v.units[b - 1].end + 1]
            if doc_code or any(roman(x.text) for x in v.units[a:b]) or (acronym(v.units[a].text) and code_after_noun(v, a)) or std_code(v, b - 1):
                pass
            elif any(R.patterns["website"].search(x.text) for x in v.units[a:b]):
                pass  # `Chinhphu.vn`: a website, never a person or a place
            elif typ == "LOC" and not place_cue_before(v, a):
                pass  # `quán Hào Sữa`, `chip Bonsai`, `mục tiêu Net Zero`: a LOC guess after no place word names something else
            elif typ == "LOC" and v.phrase(a, R.lx.words("event_heads"), 3):
                pass  # `Festival Hoa Đà Lạt`, `Giải X`: the name of an event, no place
            elif typ == "LOC" and (after_structure(v, a) or (b - a == 2 and R.patterns["letter-label"].fullmatch(v.units[b - 1].text) and not vn_syllable(v.units[a].text))):
                pass  # `điện Thái Hòa`: a building; `Series B`: a label with a letter
            elif typ == "PER" and (after_structure(v, a) or after_facility_head(v, a) or match_key(text) in place_names):
                pass
            elif typ in ("PER", "LOC") and any(joined_names(x.text) for x in v.units[a:b]):
                pass  # `Việt-Lào`, `Việt Nam-ASEAN-Trung Quốc`: parties of a relation or ends of a route, no one name
            elif typ in ("PER", "LOC") and b - a == 1 and vn_syllable(v.units[a].text) and not v.units[a].text.isupper():
                pass  # `Lễ khánh thành`, `Kỳ thi`, `Phủ Chủ tịch`, `Tòa Hình sự`: one capitalised Vietnamese syllable alone is a common word; a place alone is in the gazetteer, a person's given name follows a form of address
            elif typ == "PER" and (any(x.text in R.suffixes for x in v.units[a:b]) or (b - a == 1 and not vn_syllable(v.units[a].text) and not known_person_word(v, a, b) and match_key(text) not in org_names and (v.units[a].key,) not in org_prefixes)):
                pass  # `Co., Ltd`, `chip Bonsai`: a legal form, or one Latin word no rule read as a person, no part of a person or an organisation named before
            elif not any(ch.isdigit() for ch in text) and not any(x.text in R.non_acr for x in v.units[i:j]) and len(text) > 1:
                if typ == "PER" and not valid_name(v, a, b, anchored=False):
                    pass
                else:
                    rule = {"PER": "per.crf", "ORG": "org.crf", "LOC": "loc.crf"}[typ]
                    if typ == "PER" and acronym(v.units[a].text):
                        typ, rule = "ORG", "org.crf-acronym"
                    if typ != "ORG" and match_key(text) in org_names:
                        typ, rule = "ORG", "org.crf-named-org"  # `Nokia`, `Danieli`: a name the article gave to an organisation
                    if typ == "PER" and not all(vn_syllable(x.text) for x in v.units[a:b]) and tuple(x.key for x in v.units[a:b]) in org_prefixes:
                        typ, rule = "ORG", "org.crf-org-short-form"  # `Helvetia` after `Helvetia Commodities SA`: the organisation's short form
                    add_mention(v, typ, a, b, rule)
        i = max(j, i + 1)


def joined_names(w: str) -> bool:
    """A word of capitalised parts joined by hyphens, one of them a Vietnamese syllable
    (`Việt-Lào`, `Nam-ASEAN-Trung`); a foreign double name (`Jean-Pierre`) is none."""
    parts = w.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and any(vn_syllable(p) and not p.isupper() for p in parts)


def known_person_word(v: DocView, a: int, b: int) -> bool:
    """Is a word of units a..b part of a person's name found by a rule (`Jurgens` after
    `ông Jeremy Jurgens`)?"""
    words = {v.units[k].key for m in v.mentions if m.type == "PER" for k in range(m.i, m.j)}
    return any(v.units[k].key in words for k in range(a, b))
