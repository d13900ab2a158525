"""Extent and validity of a person's name at a unit (Vietnamese or foreign).

Read-only helpers for the title and people components.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c4ir_kb.extract.entities.lookup import is_surname, is_vn_name_unit, place_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable
from c4ir_kb.nlp.normalize import match_key


def person_name(v: DocView, i: int, anchored: bool, surname_head: bool = False) -> int:
    """End unit of a person name starting at i (0 if none). Vietnamese: up to 4
    capitalised syllables; foreign: up to 5 capitalised Latin words. With surname_head
    (right after a title and its organisation), a surname that is also an organisation
    head (Đoàn, Đảng) still begins a name of 2+ syllables."""
    R = rules()
    if i >= v.n or not cap(v.units[i]) or not v.units[i].text[0].isalpha():
        return 0
    if v.units[i].text in R.non_acr or (v.units[i].text.isupper() and len(v.units[i].text) > 1):
        return 0
    head_skipped = False
    if v.phrase(i, R.lx.titles, R.lx.max_title) or v.phrase(i, R.lx.org_heads, R.lx.max_head, True):
        if not (surname_head and is_surname(v, i) and not v.phrase(i, R.lx.titles, R.lx.max_title)):
            return 0
        head_skipped = True
    n0, p = place_at(v, i, allow_weak=False)
    if p is not None and not anchored:
        return 0
    j = i
    while j < v.n and j - i < 5:
        u = v.units[j]
        if j > i and not v.tight(j - 1) and not _initial_before(v, i, j):
            break
        if j > i and u.text in R.lx.wordset("photo_credit_words"):
            break  # `Denny Abdi | Ảnh: TTXVN`: a photo credit begins
        if j > i and u.text[:2].isupper() and not u.text.isupper():
            break  # `Marco Pereira | TTXViệt Nam`: an acronym glued to a word (a credit) is no name syllable
        if cap(u) and u.text[0].isalpha() and not (u.text.isupper() and len(u.text) > 1):
            if j > i and (v.phrase(j, R.lx.titles, R.lx.max_title) or _head_in_name(v, j)):
                break
            j += 1
        elif j > i and u.low in R.name_particles and j + 1 < v.n and cap(v.units[j + 1]) and is_latin_word(u.text):
            j += 1
        else:
            break
    if j - i > 4 and not all(is_latin_word(u.text) for u in v.units[i:j]):
        j = i + 4
    # a capitalised syllable that begins a common word (`Quản lý`, `Quốc tế`, `Quân khu`) is no name
    if i < j < v.n and v.units[j].tok >= 0 and v.units[j].tok == v.units[j - 1].tok and v.units[j].text.islower():
        tok = v.units[j].tok
        k = j
        while k > i and v.units[k - 1].tok == tok:
            k -= 1
        # only a single capitalised syllable begins a common word; `Tô Lâm tiếp` is a name
        # that underthesea glued to the verb after it
        if (j - k == 1 or k > i) and not (k == i and j - i == 1 and v.units[i].text in given_names(v)) and not (
            k > i and _written_apart(v, i, j)
        ):
            j = k  # (`bị cáo Long giữ chức` keeps `Long`, the given name of a full name the article writes)
    if head_skipped and (j - i < 2 or not all(is_vn_name_unit(u) for u in v.units[i:j])):
        return 0
    return j if j > i else 0


def _initial_before(v: DocView, i: int, j: int) -> bool:
    """`Anna M. | Larsen`, `John F. | Kennedy`: a foreign name goes on after a middle initial
    (one capital letter and its full stop) when the words before it are Latin-script and the
    word after it is a capitalised Latin word no Vietnamese syllable can be (`Nguyễn Văn A. |
    Ông …` ends a sentence: an anonymised name, then a new sentence)."""
    k = j - 1
    u, w = v.units[k], v.units[j]
    return (
        k > i
        and len(u.text) == 1
        and u.text.isascii()
        and u.text.isupper()
        and v.gap(k) == ". "
        and all(is_latin_word(x.text) for x in v.units[i:k])
        and cap(w)
        and w.text.isalpha()
        and w.text.isascii()
        and not vn_syllable(w.text)
    )


def _head_in_name(v: DocView, j: int) -> bool:
    """An organisation's head at unit j inside a capitalised run ends a person's name there;
    a one-syllable head that is also a common name syllable (`Trường` in `Nguyễn Trường
    Sơn`) does so only when a longer head (`Trường Đại học`) or a lower-case word follows;
    before punctuation or the end it is the name's last syllable (`Bùi Văn Trường - Tỉnh ủy
    viên`): a body's head has a name after it."""
    R = rules()
    n = v.phrase(j, R.lx.org_heads, R.lx.max_head, True)
    if n != 1 or v.units[j].text not in R.lx.wordset("name_syllable_heads"):
        return bool(n)
    return j + 1 < v.n and v.tight(j) and not cap(v.units[j + 1])


def head_inside_name(v: DocView, i: int) -> bool:
    """Whether the organisation head at unit i is a syllable of a person's name instead:
    a one-syllable head that is also a common name syllable, right after a surname and at
    most one more name syllable (`Đinh Trường Giang`, `Nguyễn Văn Trường`)."""
    R = rules()
    if v.units[i].text not in R.lx.wordset("name_syllable_heads") or _head_in_name(v, i):
        return False
    k = i
    while k > 0 and i - k < 2 and v.tight(k - 1) and cap(v.units[k - 1]) and is_vn_name_unit(v.units[k - 1]):
        k -= 1
    return k < i and is_surname(v, k)


def _written_apart(v: DocView, i: int, j: int) -> bool:
    """Whether the capitalised run i..j stands elsewhere in the article with no word glued
    to its end: then its last syllable is part of the name, not the start of a common word
    underthesea joined to it here (`Tập Cận Bình nhiệt liệt chúc mừng` after `Tập Cận Bình,`)."""
    start, end = v.units[i].start, v.units[j - 1].end
    s, run = v.s, v.s[start:end]
    p = s.find(run)
    while p >= 0:
        e = p + len(run)
        if (p == 0 or not _WORD_CHAR.match(s, p - 1)) and _RUN_END.match(s, e):
            if p != start:
                return True
            p = s.find(run, e)  # (occurrences are taken left to right, none overlapping)
        else:
            p = s.find(run, p + 1)
    return False


_WORD_CHAR = re.compile(r"\w")
_RUN_END = re.compile(r"(?!\w)(?! [a-zđà-ỹ])")  # no word glued on, no lower-case word after


def valid_name(v: DocView, i: int, j: int, anchored: bool, honorific: bool = False) -> bool:
    R = rules()
    us = v.units[i:j]
    txt = v.s[us[0].start : us[-1].end]
    if match_key(txt) in _not_person_keys():
        return False
    if v.phrase(i, R.event_heads, 3):
        return False  # `Trưởng ban tổ chức Giỗ Tổ Hùng Vương`: a festival or event named after a title, no person
    n, p = place_at(v, i, allow_weak=False)
    if p is not None and n == j - i and p.type in ("country", "province", "city", "region"):
        return False
    if any(u.text in _latin_common() for u in us):
        return False  # `Investment Real Asset Management`, `Energy Pte`: words of a company's name
    if j - i >= 2 and tuple(u.key for u in us) in _title_prefixes():
        return False  # `Phó Bí Thành ủy`, `Phó Chánh Thanh`: the opening words of a title, cut short
    if all(is_latin_word(u.text) for u in us):
        return True
    if is_surname(v, i) and j - i >= 2:
        return True
    if j - i == 1:
        # short reference: `Ông Hoan`; after a title only the given name of a full name the
        # article writes (`Bộ trưởng Dũng`), never a capitalised word opening a name of
        # something else (`Trưởng Ban Tổ chức Lễ kỷ niệm`)
        return honorific or us[0].text in given_names(v)
    return anchored and j - i <= 4


@lru_cache(maxsize=1)
def _title_prefixes() -> frozenset:
    """The first two or more words of every title or rank of three or more, short of the whole
    (`Phó Bí` of `Phó Bí thư`): never a person's whole name, though `Phó` is a surname."""
    lx = rules().lx
    return frozenset(k[:n] for k in (*lx.titles, *lx.ranks) for n in range(2, len(k)) if len(k) >= 3)


def given_names(v: DocView) -> set[str]:
    """The last syllable of every full Vietnamese name in the article: a surname and one to
    three more capitalised syllables. A title that opens with a surname's syllable
    (`Phó Chỉ huy trưởng`) is no name: its words never become given names."""
    if v.given_names is None:
        R = rules()
        out = set()
        for i in range(v.n - 1):
            if is_surname(v, i) and v.tight(i) and is_vn_name_unit(v.units[i + 1]) and not v.phrase(i, R.lx.titles, R.lx.max_title):
                j = i + 1
                while j + 1 < v.n and j - i < 3 and v.tight(j) and is_vn_name_unit(v.units[j + 1]):
                    j += 1
                for k in range(i + 1, j + 1):
                    out.add(v.units[k].text)
        v.given_names = out
    return v.given_names


def brand_then_name(v: DocView, k: int) -> int | None:
    """Start of a Vietnamese name (surname + 1..3 syllables) that closes a tight run of
    capitalised words at k whose words before it include a non-Vietnamese (brand) word:
    `Hồng Lam Land Phan Thị Thu Trang`, `Napas Lưu Thị Hạnh`; or, when the run is too long
    for one name (5+ syllables) and does not open with a surname, a Vietnamese-worded
    company: `Chủ tịch Tân Phú Minh Đỗ Văn An`. None if no such split."""
    e = k
    while e < v.n and e - k < 9 and cap(v.units[e]) and v.units[e].text[0].isalnum() and (e == k or v.tight(e - 1)):
        e += 1
    for ln in (4, 3, 2):
        s0 = e - ln
        if s0 <= k or not is_surname(v, s0):
            continue
        if not all(is_vn_name_unit(u) and vn_syllable(u.text) for u in v.units[s0:e]):
            continue
        brand = any(not vn_syllable(u.text) or acronym(u.text) for u in v.units[k:s0])
        if not brand and not (e - k >= 5 and not is_surname(v, k)):
            continue
        if place_at(v, s0, allow_weak=False)[0] >= ln:
            continue
        return s0
    return None


@lru_cache(maxsize=1)
def _not_person_keys() -> frozenset[str]:
    return frozenset(match_key(w) for w in rules().lx.wordset("not_person_words"))


@lru_cache(maxsize=1)
def _latin_common() -> frozenset[str]:
    R = rules()
    return frozenset(R.lx.wordlist("latin_common_words")) | (frozenset(R.lx.wordlist("org_suffixes_latin")) - {"Vietnam", "Việt Nam"})
