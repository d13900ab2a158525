"""Where an organisation's name ends or goes on, in the forms real news writes around it:
a legal form after a dash or after a foreign name (`Tổng Công ty X - CTCP`, `X (SINGAPORE)
PTE. LTD.`), a numbered area's name after a dash, a verb of serving as, an English phrase
after a dash, the person an institution is named after, the short name the article defines
in parentheses.

Read-only: org_name and org_extent ask these.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import action_word, is_surname, is_vn_name_unit, known_at, nounish, place_at, title_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable


def legal_form_after_dash(v: DocView, e: int) -> int:
    """`Tổng Công ty X | - CTCP`: an equitised state company's official name ends in its legal
    form after a spaced dash (legal_form_acronyms), with nothing capitalised after it (`X -
    CTCP Y` names a second company); the end after it, or e."""
    if e < 1 or e >= v.n or v.gap(e - 1).strip() not in ("-", "–") or v.units[e].text not in rules().lx.wordset("legal_form_acronyms") or not v.units[e].text.isupper():
        return e
    if e + 1 < v.n and v.tight(e) and cap(v.units[e + 1]):
        return e
    return e + 1


def area_name_after_dash(v: DocView, j: int) -> int:
    """`Ban Chỉ huy phòng thủ khu vực 3 | - Tân Hòa`: a numbered area written in lower case
    inside a body's name (`khu vực 3`) is named after a spaced dash by 1..3 capitalised words
    that open no organisation and no title; the name goes on to their end. (A numbered unit
    written with a capital, `Quân đoàn 3 - Binh đoàn X`, is two names grouping links.)"""
    lx = rules().lx
    if j < 2 or j >= v.n or v.gap(j - 1).strip() not in ("-", "–") or not v.units[j - 2].text.islower():
        return j
    e = j
    while e < v.n and e - j < 3 and (e == j or v.tight(e - 1)) and cap(v.units[e]) and v.units[e].text.isalpha() and not v.phrase(e, lx.org_heads, lx.max_head, True) and not title_at(v, e)[0]:
        e += 1
    if e == j or e < v.n and v.tight(e - 1) and cap(v.units[e]):
        return j
    return e


def lower_words_then_name(v: DocView, j: int) -> int:
    """`Trung tâm Điều phối | ghép tạng | Quốc gia`, `Công ty Phát triển Trạm | sạc | Toàn cầu
    X`: inside a name begun by capitals, 1..3 lower-case words (an activity verb too) that run
    straight on to another capitalised word of the name are part of it, when none of them is a
    function word, a term, an act a body is told to do or a verb of serving as, and the
    capitalised word can only qualify a name: a scope (name_scope_words) or a foreign brand
    closing it. Any other capital opens a new noun phrase (`Bộ X | tặng | Cờ thi đua`,
    `... | phục vụ | Họp báo`). The index of that capitalised word, or 0."""
    R = rules()
    lx = R.lx
    k = j
    while k < v.n and k - j < 3 and v.tight(k - 1):
        u = v.units[k]
        if not u.text.islower() or u.pos not in ("N", "V", "A") or (u.key,) in R.stop_lower or action_word(v, u) or serving_verb(v, k):
            break
        if v.phrase(k, lx.words("term_markers"), 2) or v.phrase(k, lx.words("designation_verbs"), 2):
            break
        k += 1
    if k == j or k >= v.n or not v.tight(k - 1) or not cap(v.units[k]) or not v.units[k].text[:1].isalpha() or v.units[k].text.isupper():
        return 0
    if v.phrase(k, lx.words("name_scope_words"), 2):
        return k  # a scope (`Quốc gia`, `Toàn cầu`) qualifies the name, it opens nothing
    w = v.units[k].text
    if is_latin_word(w) and not vn_syllable(w) and not known_at(v, k)[0] and (k + 1 >= v.n or not v.tight(k) or not cap(v.units[k + 1])):
        return k  # a brand closes the name (`Trạm | sạc | X-Volt`)
    return 0


def serving_verb(v: DocView, k: int) -> bool:
    """Is unit k a verb of serving as (serving_verbs: `làm`, `giữ chức`), a word of its own
    (not `việc làm`)? After a body's name it says what someone serves as in it (`do ông A
    làm trưởng đoàn`): the name has ended."""
    u = v.units[k]
    return bool(v.phrase(k, rules().lx.words("serving_verbs"), 2)) and u.text.islower() and (u.tok < 0 or k == 0 or v.units[k - 1].tok != u.tok)


def straddled_end(v: DocView, a: int, j: int) -> bool:
    """`Bộ Ngoại giao | tiếp các đại sứ`, `Tập đoàn X Phát | hiện giữ`: the tagger joined the
    last syllables of a name and the verb after it into one word (`Ngoại giao tiếp`). A name's
    word begun by a capital has two syllables; a lower-case verb of action (or `hiện`) as its
    third or later syllable, closing that word, opens the predicate: the name ends before it
    (straddled_predicate_openers). Names whose capitalised word starts with such a syllable
    (`Ban Tiếp công dân`, `Sở Giao thông`) are not asked, nor a word that begins with the
    name's head noun at a (`Đoàn Thư ký`: a body named by a post)."""
    u = v.units[j]
    if u.tok < 0 or j < 2 or not u.text.islower() or v.units[j - 1].tok != u.tok or v.units[j - 2].tok != u.tok or v.units[a - 1].tok == u.tok:
        return False
    n = v.phrase(j, rules().lx.words("straddled_predicate_openers"), 2)
    return bool(n) and all(v.units[x].tok == u.tok for x in range(j, j + n)) and (j + n >= v.n or v.units[j + n].tok != u.tok)


def opener_after_name(v: DocView, e: int) -> bool:
    """`Ban Chỉ đạo Đề án 06 | giao nhiệm vụ cho ...`: a lower-case verb of action
    (straddled_predicate_openers) as a word of its own right after a name's capitalised word or
    number opens the predicate (the whole of the tagger's word: `Sàn giao dịch` goes on); a long name runs on through lower-case words only (`Ban Chỉ
    đạo | tổ chức Đại hội` names the task, `... về chống khai thác`)."""
    u = v.units[e]
    if e < 1 or not u.text.islower() or u.tok >= 0 and v.units[e - 1].tok == u.tok:
        return False
    p = v.units[e - 1].text
    n = v.phrase(e, rules().lx.words("straddled_predicate_openers"), 2)
    whole = e + n >= v.n or u.tok < 0 or v.units[e + n].tok != u.tok  # the whole word, not `giao | dịch`
    return bool(n) and whole and (p[:1].isupper() or p.isdigit())


def foreign_after_dash(v: DocView, j: int) -> bool:
    """`Bộ X và Công nghệ | - Make in ...`: a foreign word (no Vietnamese syllable) after a
    spaced dash that follows a Vietnamese word opens an English phrase (a slogan, a title),
    no second half of a Vietnamese name (`Công đoàn Than - Khoáng sản`)."""
    w = v.units[j].text
    return v.gap(j - 1).strip() in ("-", "–") and is_latin_word(w) and not vn_syllable(w) and not acronym(w) and vn_syllable(v.units[j - 1].text) and not v.units[j - 1].text.isascii()


def defined_in_parens(v: DocView, i: int, j: int) -> bool:
    """Does the article write units i..j as the short name it gives a company in parentheses
    (`Tổng Công ty X (Viettel Abc, MCK: ABC)`, `... (Viettel Abc)`)? Then a well-known name and
    the words after it (`Viettel | Abc`) are that company's name wherever written."""
    if v.paren_opens is None:
        v.paren_opens = [m.end() for m in re.finditer(r"\(\s*", v.s)]
    text = v.s[v.units[i].start : v.units[j - 1].end]
    for q in v.paren_opens:
        if v.s.startswith(text, q):
            r = q + len(text)
            while r < len(v.s) and v.s[r].isspace():
                r += 1
            if r < len(v.s) and v.s[r] in ",;)–-":
                return True
    return False


def latin_run(v: DocView, b: int, end: int, tight_first: bool = False) -> int:
    """End of the 1..3 capitalised Latin words from unit b (before `end`), one space apart, the
    first right after unit b-1 with `tight_first`: a brand or short name (`Viettel | Abc`,
    `(X Telecom, mã: ABC)`); b if none."""
    e = b
    while e < end and e - b < 3 and (v.tight(e - 1) or e == b and not tight_first) and cap(v.units[e]) and is_latin_word(v.units[e].text):
        e += 1
    return e


def legal_form_tail(v: DocView, j: int) -> int:
    """`... Electronic Technology Co., Ltd`, `... Energy Pte. Ltd.`, `... MANAGEMENT
    (SINGAPORE) PTE. LTD.`: a Latin legal form (latin_legal_forms) ends the name, across
    its dots and comma, after the country of registration in parentheses where written;
    the legal form and the country are words of the name, no organisation or place."""
    forms = rules().lx.wordset("latin_legal_forms")
    k = j
    if k < v.n and v.gap(k - 1).strip() == "(":
        n, p = place_at(v, k, allow_weak=False)
        if p is None or p.type != "country" and p.type != "city" or k + n >= v.n or v.gap(k + n - 1).strip() != ")" or v.units[k + n].text not in forms:
            return j
        k += n
    elif not (k < v.n and v.units[k].text in forms or v.units[k - 1].text in forms):
        return j
    while k < v.n and v.units[k].text in forms and re.fullmatch(r"[.,]{0,2} ?|\) ", v.gap(k - 1)):
        k += 1
    return k if k > j and v.units[k - 1].text in forms else j


def eponymous_name(v: DocView, a: int, h: int, s0: int) -> bool:
    """Is the full name at s0, closing the organisation a.. (head of h units), the person an
    institution is named after rather than a holder written after it? Schools, academies,
    hospitals and houses of culture (eponymous_heads) are named after people; a holder's name
    follows an organisation only where a title heads it (`Hiệu trưởng Trường X | Lê Văn A`):
    a name at the end of such an institution's name with no title before it is the
    institution's (`Trường Đào tạo cán bộ Lê Văn A bố trí ...`)."""
    lx = rules().lx
    if not h or not v.phrase(a, lx.words("eponymous_heads"), 3, True):
        return False
    return not any(title_at(v, k)[0] >= a - k for k in range(max(0, a - 6), a) if all(v.tight(y) for y in range(k, a)))


def fields_after_legal_form(v: DocView, j: int) -> int:
    """`Công ty TNHH | xây dựng và thương mại Minh Long`: after a head that ends in a legal form
    (legal_form_words), a company's business fields may be written in lower case (1..6 nouns
    or activity words, joined by `và`) before its own capitalised name (1..4 words, a place's
    name among them, no head, title or person); the end of that name, or 0."""
    R = rules()
    lx = R.lx
    k = j
    while k < v.n and k - j < 10 and (k == j or v.tight(k - 1)) and v.units[k].text.islower() and (v.units[k].low == "và" and k > j or (nounish(v, v.units[k]) or v.units[k].pos == "V") and (v.units[k].key,) not in R.stop_lower):
        k += 1
    if k == j or k >= v.n or not v.tight(k - 1) or v.units[k - 1].low == "và" or not cap(v.units[k]) or not v.units[k].text.isalpha():
        return 0
    if v.phrase(k, lx.org_heads, lx.max_head, True) or title_at(v, k)[0] or is_surname(v, k) and k + 1 < v.n and is_vn_name_unit(v.units[k + 1]):
        return 0
    e = k
    while e < v.n and e - k < 4 and (e == k or v.tight(e - 1)) and cap(v.units[e]) and v.units[e].text.isalpha():
        n, p = place_at(v, e, allow_weak=False)
        if p is None and v.phrase(e, lx.org_heads, lx.max_head, True):
            break
        e += max(n, 1) if p is not None else 1  # `Bắc Bộ`: a place's name, not the head `Bộ`
        while e < v.n and v.tight(e - 1) and v.units[e].text.islower() and v.units[e].tok == v.units[e - 1].tok >= 0:
            e += 1  # `Vành đai`: the rest of a word begun by a capital
        if e + 1 < v.n and v.tight(e - 1) and v.tight(e) and v.units[e].text.isdigit() and len(v.units[e].text) <= 2 and cap(v.units[e + 1]):
            e += 1  # `Vành đai 4 Hà Nội`: a short number inside the name
    return e
