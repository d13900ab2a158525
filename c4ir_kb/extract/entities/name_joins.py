"""Where an organisation's name goes on across punctuation, and where a number closes it:
a spaced dash, an ampersand or a comma list of fields between capitalised words
(`name_join`), a pair of words names write with a comma as one (`comma_pair_after`:
`phòng, chống`, `công trình, dự án`), a unit number before a conjunction or adverb
(`number_closes_name`), a lower-case phrase of what the body does, commas and all
(`function_phrase_end`), a place spelt in Latin script inside a Latin-script name
(`latin_place_inside_name`).

Read-only helpers of `org_name.org_name`.
"""

from __future__ import annotations

from c4ir_kb.extract.entities.lookup import action_word, phrase_before, place_at, title_at
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable


def plain_cap(v: DocView, k: int) -> bool:
    """A capitalised word that may go on a name: no head noun, title or place."""
    R = rules()
    u = v.units[k]
    return (
        cap(u)
        and u.text.isalpha()
        and not v.phrase(k, R.lx.org_heads, R.lx.max_head, True)
        and not title_at(v, k)[0]
        and place_at(v, k, allow_weak=False)[1] is None
    )


def ampersand_join(v: DocView, j: int) -> bool:
    """Is the gap before unit j an ampersand (`Nghiên cứu & Phát triển`, `AI & Cyber`,
    `R&D`)? `&` is never a word unit, so the names that it joins meet here (name_join for a
    name after a head, org_extent for a Latin-script run)."""
    return v.gap(j - 1).strip() == "&"


def comma_pair_after(v: DocView, k: int) -> int:
    """How many units after the comma that follows unit k complete a pair official names
    write with a comma as one (comma_pairs, either case: `phòng, chống` in `Ban Chỉ huy Phòng
    thủ dân sự - Phòng, chống thiên tai ...`, `công trình, dự án` in `Ban Chỉ đạo các công
    trình, dự án ...`, `Diễu binh, Diễu hành`), the pair's first part ending at unit k; 0 when
    none does. Such a comma ends no clause and no name."""
    if k + 1 >= v.n or v.gap(k).strip() != ",":
        return 0
    for pair in rules().lx.wordlist("comma_pairs"):
        left, right = (part.split() for part in pair.split(", "))
        a = k - len(left) + 1
        if a < 0 or k + len(right) >= v.n:
            continue
        if [u.low for u in v.units[a : k + 1]] != left or [u.low for u in v.units[k + 1 : k + 1 + len(right)]] != right:
            continue
        if all(v.tight(x) for x in range(a, k)) and all(v.tight(x) for x in range(k + 1, k + len(right))):
            return len(right)
    return 0


def name_join(v: DocView, j: int) -> bool:
    """May an organisation's name go on across the gap before unit j? `Công đoàn Than - Khoáng
    sản`: a spaced dash between capitalised words; `Viện Nghiên cứu & Phát triển`: an
    ampersand; `Sở Văn hóa, Thể thao và Du lịch`: commas in a list of fields closed by `và`."""
    g = v.gap(j - 1)
    prev = v.units[j - 1]
    short = rules().lx.wordset("country_short_forms")
    if g in (" - ", " – ", "-") and prev.text in short and v.units[j].text in short:
        return True  # `Đại học Việt - Đức`: a pair of countries' short names names a joint body
    if g == ", " and comma_pair_after(v, j - 1):
        return True  # `Tiểu ban Diễu binh, | Diễu hành`: a comma pair goes on the name
    if g in (" - ", " – ") and prev.text.isalpha() and cap(v.units[j]) and comma_pair_after(v, j):
        return True  # `Ban Chỉ huy Phòng thủ dân sự - | Phòng, chống thiên tai …`: a second field, a comma pair
    if not prev.text.isalpha() or not plain_cap(v, j):
        return False
    if g in (" - ", " – "):
        # `Công ty X - Ảnh: Y`: a photo credit after a caption's dash is no part of the name;
        # `Trung tâm … Viettel – Hoàn thành`: a dash after a foreign brand ends the name there
        return not (credit_word_at(v, j) or not vn_syllable(prev.text))
    if g != ", ":
        return ampersand_join(v, j)
    k = j
    while k < v.n and k - j < 8:
        if v.units[k].low == "và" and v.tight(k - 1):
            return k > j and k + 1 < v.n and v.tight(k) and plain_cap(v, k + 1)
        if not (plain_cap(v, k) or v.units[k].text.islower() and v.units[k].tok == v.units[k - 1].tok) or acronym(v.units[k].text):
            return False  # (`Đại học X, ABC và DEF`: an acronym is another body, no field)
        if k > j and not (v.tight(k - 1) or v.gap(k - 1) == ", "):
            return False
        k += 1
    return False


def function_phrase_end(v: DocView, j: int, bare: bool = False) -> int:
    """`Cục An ninh mạng | và phòng, chống tội phạm sử dụng công nghệ cao`, `Cục Cảnh sát |
    phòng cháy, chữa cháy và cứu nạn, cứu hộ`: after a linking word (name_function_links) or
    right after a force's name (name_function_hosts), a listed phrase of what the body does
    (name_function_phrases, its words apart by spaces or commas) goes on the name. The end
    of the longest such phrase, or 0. `bare`: the phrase may follow with no linking word (a
    steering body's long name, `Ban Chỉ đạo Trung ương | phòng chống tham nhũng, tiêu cực`)."""
    lx = rules().lx
    k = j
    if v.units[j].low in lx.wordset("name_function_links"):
        if not v.tight(j):
            return 0
        k = j + 1
    elif not bare and not phrase_before(v, j, lx.words("name_function_hosts"), 2):
        return 0
    phrases = lx.words("name_function_phrases")
    longest = max(len(p) for p in phrases)
    best, keys, m = 0, (), k
    while m < v.n and m - k < longest:
        if m > k and v.gap(m - 1) not in (" ", ", ", " , "):
            break
        keys = (*keys, v.units[m].key)
        m += 1
        if keys in phrases:
            best = m
    return best


def latin_place_inside_name(v: DocView, j: int, n: int) -> bool:
    """`KIM Vietnam | Growth Equity Fund`, `VinaCapital Vietnam | Opportunity Fund`: a place
    spelt in Latin script (units j..j+n) right after a foreign word or an acronym, and followed
    by capitalised Latin-script words one of which is a word of company or fund names
    (org_suffixes_latin, latin_common_words, latin_legal_forms), is inside that name, no end
    of it. (A foreign person's name after a country, `Bộ Ngoại giao Singapore | Vivian …`,
    has no such word, nor a Vietnamese word before the place.)"""
    lx = rules().lx
    if j < 1 or not v.tight(j - 1) or j + n >= v.n or not v.tight(j + n - 1):
        return False
    prev = v.units[j - 1].text
    if not (is_latin_word(prev) and (acronym(prev) or not vn_syllable(prev))):
        return False
    if not all(is_latin_word(u.text) for u in v.units[j : j + n]):
        return False
    corporate = lx.wordset("latin_common_words") | lx.wordset("latin_legal_forms") | (lx.wordset("org_suffixes_latin") - {"Vietnam", "Việt Nam"})
    k = j + n
    while k < v.n and k - j - n < 5 and (k == j + n or v.tight(k - 1)) and cap(v.units[k]) and is_latin_word(v.units[k].text):
        if v.units[k].text in corporate:
            return True
        k += 1
    return False


def number_closes_name(v: DocView, j: int) -> bool:
    """Is unit j a short number (1..3 digits) that ends the capitalised name before it, the
    next word a conjunction, adverb or adjective (`Ban Quản lý Dự án Điện 2 | và ...`,
    `Trung tâm Huấn luyện X 4 | và`, `Công ty Y 3 | đã`)? Not a count of the noun after it
    (`5 năm`), a score or a range (`2-1`), nor a date or a fraction (`3/2`, `2.5`)."""
    u = v.units[j]
    if not (u.text.isdigit() and len(u.text) <= 3) or j + 1 >= v.n or not v.tight(j):
        return False
    if v.s[u.end : u.end + 1] in ("-", "–", "/", ".", ",", ":", "%"):
        return False
    return v.units[j + 1].pos in ("C", "R", "A") and v.units[j + 1].text.islower()


def lower_name_end(v: DocView, i: int, h: int) -> int:
    """`Ban Quản lý dự án đường sắt | đang …`, `Ban Quản lý dự án giao thông tỉnh | làm …`: after
    a head whose names are written in lower case (lower_name_heads), 1..5 lower-case nouns
    (no verb, no function word) up to where the predicate begins (a verb, an adverb, a
    preposition) or a punctuation mark are its name; the end, or 0."""
    n = v.phrase(i, rules().lx.words("lower_name_heads"), 6)
    if n < h:
        return 0
    e = i + n
    while e < v.n and e - i - n < 5 and v.tight(e - 1) and v.units[e].text.islower() and v.units[e].pos in ("N", "A") and not action_word(v, v.units[e]):
        e += 1
    placed = lower_name_to_place(v, i + n)
    if placed:
        return placed
    if e == i + n:
        return 0
    ends = e >= v.n or not v.tight(e - 1) or v.units[e].pos in ("V", "R", "E") and v.units[e].text.islower()
    return e if ends else 0


def lower_name_to_place(v: DocView, k: int) -> int:
    """`Ban Quản lý dự án | đầu tư xây dựng công trình giao thông và nông nghiệp huyện X`: a
    lower-case name of up to 16 words (any but function words, `và` joining them) closed by
    the place the body serves, its level noun before it (`huyện X`, `tỉnh Y`) or not; the
    place's end, or 0."""
    R = rules()
    e = k
    while e < v.n and e - k < 16 and v.tight(e - 1):
        u = v.units[e]
        if e > k:
            lp = v.phrase(e, R.local_prefixes, 2) if u.text.islower() else 0
            if e + lp < v.n and (not lp or v.tight(e + lp - 1)) and cap(v.units[e + lp]):
                n, p = place_at(v, e + lp, allow_weak=False)
                if p is not None and v.units[e - 1].low != "và":
                    return e + lp + n
        if not u.text.islower() or not u.text.isalpha() or ((u.key,) in R.stop_lower and u.low != "và") or action_word(v, u):
            return 0
        e += 1
    return 0


def credit_word_at(v: DocView, j: int) -> bool:
    """Is unit j a photo credit's word followed by its colon (`Ảnh:`, `ẢNH:`)?"""
    return v.units[j].text in rules().lx.wordset("photo_credit_words") and v.s[v.units[j].end : v.units[j].end + 1] == ":"
