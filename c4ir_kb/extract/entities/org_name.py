"""Extent of an organisation's name after its head noun (`Sở | Khoa học và Công nghệ
TP.HCM`, `UBND | tỉnh Đồng Nai`, `Viện | Nghiên cứu cao cấp về Toán`).

Read-only: `org_name` returns an end unit; `org_extent.org_at` decides.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import action_word, commune_number, home_place, is_surname, is_vn_name_unit, known_at, nounish, place_at, title_at
from c4ir_kb.extract.entities.name_joins import comma_pair_after, credit_word_at, function_phrase_end, latin_place_inside_name, lower_name_end, lower_name_to_place, name_join, number_closes_name, plain_cap
from c4ir_kb.extract.entities.org_name_ends import area_name_after_dash, fields_after_legal_form, foreign_after_dash, legal_form_after_dash, lower_words_then_name, opener_after_name, serving_verb, straddled_end
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable
from c4ir_kb.nlp.normalize import match_key


def org_name(v: DocView, i: int, h: int, kind: str) -> int:
    """Extent of a name after an organisation head at i (h units)."""
    R = rules()
    j = i + h
    lx = R.lx
    if v.s[v.units[i].start : v.units[j - 1].end] in lx.wordset("long_name_heads"):
        e = long_name(v, j)
        if e > j:
            return e
    if kind == "company" and j < v.n and (v.units[j].pos != "V" or acronym(v.units[j].text)):
        e = long_name(v, j, defined_only=True)
        if e > j and any(cap(u) for u in v.units[j:e]):
            return e  # `CTCP Sàn giao dịch tài sản mã hóa VIX (VIXEX)`: up to the acronym that defines it
    if kind == "company" and j < v.n and v.tight(j - 1) and v.units[j - 1].text in lx.wordset("legal_form_words"):
        e = fields_after_legal_form(v, j)
        if e:
            return e  # `Công ty TNHH | xây dựng và thương mại Minh Long`
    if kind == "local":
        k = j
        if k < v.n and v.tight(k - 1):
            n, p = place_at(v, k)
            if p is not None:
                e = commune_number(v, k, k + n)
                pk2 = v.phrase(e, R.local_prefixes, 2) if e < v.n and v.tight(e - 1) and v.units[e].text.islower() else 0
                if pk2 and e + pk2 < v.n and v.tight(e + pk2 - 1) and place_at(v, e + pk2)[1] is None and person_after_prefix(v, e + pk2, 0):
                    return e + pk2  # `Ủy ban MTTQ Việt Nam thành phố | Hồ Thị Minh Thu`: the city's committee
                if pk2 and p.type == "country" and (e + pk2 >= v.n or not v.tight(e + pk2 - 1) or not cap(v.units[e + pk2])):
                    return e + pk2  # `Ủy ban MTTQ Việt Nam tỉnh;`: a national name, then the level of its local committee
                return e
            e = committee_of_body(v, i, j)  # a party committee: stops before its holder's name
            if e:
                return e
            e = body_of_body(v, k, local_only=False)  # `Đảng bộ | Công an tỉnh X`
            if e:
                return e
        pk = v.phrase(k, R.local_prefixes, 2) if k < v.n and v.tight(k - 1) else 0
        if pk:
            k += pk
            if k < v.n and v.gap(k - 1) == ". " and v.units[k - 1].text.isupper() and cap(v.units[k]):
                n, p = place_at(v, k)
                n0, p0 = place_at(v, k - 1)
                if p0 is not None and n0 > 1:
                    return k - 1 + n0  # `UBND TP. Hồ Chí Minh`: the gazetteer keeps `TP`
                if p is not None:
                    return k + n  # `UBND TP. Cần Thơ`
        elif k < v.n and v.tight(k - 1) and v.phrase(k, R.local_scopes, 3) and (not cap(v.units[k]) or not v.phrase(k, R.numbered_heads, 3)):
            return scope_end(v, k + v.phrase(k, R.local_scopes, 3))  # Viện kiểm sát nhân dân tối cao
        if k < v.n and v.tight(k - 1):
            n, p = place_at(v, k)
            if p is not None and pk and person_after_prefix(v, k, n):
                return k  # `Chủ tịch HĐND thành phố | Đồng Văn Thanh`: a full name, not a place
            if p is not None:
                return commune_number(v, k, k + n)  # `UBND xã X 1`
            if pk and person_after_prefix(v, k, 0):
                return k  # `Chủ tịch HĐND tỉnh | Phan Việt Cường`
            if k > j or cap(v.units[k]):
                e = k
                while e < v.n and e - k < 4 and cap(v.units[e]) and (e == k or v.tight(e - 1)) and not is_surname(v, e) and not middle_name_after(v, e):
                    e += 1
                    if e < v.n and v.tight(e - 1) and v.units[e].text.islower() and v.units[e].tok == v.units[e - 1].tok >= 0 and v.units[e].pos == "N":
                        e += 1  # `Đảng bộ Quân đội`: the rest of a word begun by a capital
                if e > k:
                    return scope_end(v, e) if any(v.phrase(e - x, R.numbered_heads, x) == x for x in (1, 2)) else e  # `TAND Khu vực | 5`
        if pk and (v.units[i].text.isupper() or "ủy" in v.units[i + h - 1].low or h >= 2) and (home_place(v) is not None or re.match(r"\s*([,;:.)–-]|$)", v.gap(k - 1))):
            return k  # `UBND tỉnh`, `HĐND thành phố`: the article's own province or city
        if v.units[i].text.isupper() or "ủy" in v.units[i + h - 1].low or acronym(v.units[i + h - 1].text):
            return j  # `UBND`, `Tỉnh ủy`, `Viện KSND`
        return 0
    if kind == "body" and j < v.n and v.tight(j - 1):
        e = body_of_body(v, j, local_only=True)  # `Văn phòng | Đoàn ĐBQH và HĐND tỉnh`
        if e:
            return e
    last_good = 0
    caps = 0
    lower_run = 0
    while j < v.n and (v.tight(j - 1) or (caps and last_good == j and name_join(v, j) and not foreign_after_dash(v, j))):
        u = v.units[j]
        n_pair = comma_pair_after(v, j - 1) if j > i + h and not v.tight(j - 1) else 0
        if n_pair:
            j += n_pair  # `Tiểu ban Diễu binh, | Diễu hành`: the pair's second part, joined by name_join
            last_good = j
            lower_run = 0
            continue
        if u.text.isdigit() and len(u.text) <= 4 and (j == i + h or caps) and not re.match(r"[/.,:]\d|%|/", v.s[u.end : u.end + 2]):
            # Quân khu 9, Bệnh viện Quân y 175 (not `Tập đoàn 5 năm`, `Sở 3/2024`)
            nxt = v.units[j + 1] if j + 1 < v.n and v.tight(j) else None
            # a military unit's number always belongs to it (Quân đoàn 3 và ..., Bộ Tư lệnh Quân khu 5 và ...)
            unit_no = any(j - n >= i and v.phrase(j - n, R.numbered_heads, n) == n for n in (1, 2, 3, 4))
            if unit_no and (nxt is None or not cap(nxt)):
                j += 1
                caps += 1
                last_good = j = area_name_after_dash(v, j)
                break  # the number ends a unit's name (Quân đoàn 34 | long trọng tổ chức)
            if nxt is None or (j == i + h and (nxt.key,) not in R.stop_lower) or cap(nxt) or (caps and nxt.pos == "V" and not nounish(v, nxt)):
                # (`Bệnh viện Nhi đồng 2 | đẩy nhanh`: a verb after the number ends the name there)
                j += 1
                caps += 1
                last_good = j
                lower_run = 0
                continue
            if caps and last_good == j and number_closes_name(v, j):
                j = last_good = j + 1  # `Ban Quản lý Dự án Điện 2 | và`
                break
        if caps and last_good == j and re.fullmatch(r"\d[A-Z]{1,3}", u.text) and (j + 1 >= v.n or not v.tight(j) or not cap(v.units[j + 1])):
            j += 1  # `Công ty ... Điều khiển 3C`: a letter code closes the name
            caps += 1
            last_good = j
            break
        if u.low == "số" and caps and j + 1 < v.n and v.tight(j) and v.units[j + 1].text.isdigit() and len(v.units[j + 1].text) <= 3 and not re.match(r"[/.,]\d", v.s[v.units[j + 1].end : v.units[j + 1].end + 2]):
            j += 2  # Công ty ... Sinh phẩm số 1
            caps += 1
            last_good = j
            lower_run = 0
            continue
        n, p = place_at(v, j, allow_weak=False)
        if p is not None and n == 1 and j + 1 < v.n and v.tight(j) and v.units[j + 1].text.islower() and v.units[j + 1].tok == v.units[j].tok >= 0:
            p = None  # `Ủy ban Pháp luật`: a word that begins with a place's name is no place
        if p is not None and n == 1 and caps and j - 1 >= i + h and is_surname(v, j - 1) and v.tight(j - 1) and j + 1 < v.n and v.tight(j) and is_vn_name_unit(v.units[j + 1]) and place_at(v, j + 1, allow_weak=False)[1] is None:
            p = None  # `Bộ ... Khoáng sản | Lưu Đức Tâm`: a middle name that is also a country's; the holder's name is cut off later
        if p is not None and cap(u) and caps and latin_place_inside_name(v, j, n):
            j += n  # `Quỹ VinaCapital Vietnam | Opportunity Fund`: a Latin-spelt place inside the name
            last_good = j
            caps += 1
            continue
        if p is not None and cap(u) and known_at(v, j)[0] > n:
            j += known_at(v, j)[0]  # `Hội đồng quản trị | Vietnam Airlines`: a well-known name that opens with a place's
            last_good = j
            caps += 1
            break
        if p is not None and cap(u) and (caps or kind in ("company", "body", "gov", "event", "venue")):
            # a place ends the name (UBND TP.HCM, Khu Công nghệ cao TP.HCM, Trung tâm ... Hoa Kỳ)
            if caps == 0 and j == i + h and kind == "company" and j + n < v.n and v.tight(j + n - 1) and plain_cap(v, j + n) and not is_surname(v, j + n):
                # `Ngân hàng TMCP Sài Gòn | Công thương`: a company's name that opens with a place
                # goes on with the capitalised words after it
                j += n
                last_good = j
                caps += 1
                continue
            j += n
            last_good = j
            caps += 1
            break
        if cap(u) and j + 1 < v.n and v.tight(j) and match_key(v.s[u.start : v.units[j + 1].end]) in R.level_committees:
            # `Ủy ban Kiểm tra | Tỉnh ủy`, `Ban Thường vụ | Thành ủy`: a body of a party committee
            # ends with the committee and its place, if written (not `... Tỉnh ủy khóa XIX`)
            j += 2
            if j < v.n and v.tight(j - 1) and cap(v.units[j]):
                n, p = place_at(v, j, allow_weak=False)
                j += n if p is not None else 0
            last_good = j
            caps += 1
            break
        if cap(u) and j == i + h and v.s[v.units[i].start : v.units[j - 1].end] in lx.wordset("office_heads"):
            nt = v.phrase(j, lx.titles, lx.max_title)
            if nt:
                return j + nt  # `Văn phòng | Tổng Bí thư`: the office of a post
        if cap(u) and u.text[0].isalnum():
            if v.phrase(j, lx.titles, lx.max_title) and caps:
                break
            if caps and credit_word_at(v, j):
                break  # `Bệnh viện X | ẢNH: A`: a caption's photo credit follows the name
            if j == i + h or caps:
                pass
            j += 1
            caps += 1
            last_good = j
            lower_run = 0
            continue
        if caps and last_good == j and straddled_end(v, i + h, j):
            break  # `Bộ Ngoại giao | tiếp`: the tagger's word runs on into the verb after the name
        if caps and u.tok >= 0 and v.units[j - 1].tok == u.tok and last_good == j and not u.text[:1].isupper() and not acronym(v.units[j - 1].text):
            # the rest of an underthesea word begun by a capital (Đáng Tin cậy)
            j += 1
            last_good = j
            continue
        e = function_phrase_end(v, j) if caps and last_good == j and u.text.islower() else 0
        if e:
            j = last_good = e  # `Cục An ninh mạng | và phòng, chống tội phạm …`: what the body does
            lower_run = 0
            continue
        if u.low in R.org_name_joiners and caps and j + 1 < v.n and cap(v.units[j + 1]) and not v.phrase(j + 1, lx.org_heads, lx.max_head, True) and not known_at(v, j + 1)[0] and not (acronym(v.units[j - 1].text) and acronym(v.units[j + 1].text)) and not brand_after_vn(v, j):
            j += 1
            continue
        e = lower_field_then_name(v, j) if kind == "company" and caps and last_good == j and u.low in R.org_name_joiners else 0
        if e:
            j = last_good = e  # `Công ty TNHH Thương mại | và đầu tư | Minh Phong`
            caps += 1
            lower_run = 0
            continue
        if u.low == "về" and caps and j + 1 < v.n and v.tight(j) and cap(v.units[j + 1]) and v.units[j + 1].text.isalpha() and not place_at(v, j + 1)[1] and not title_at(v, j + 1)[0] and (j + 2 >= v.n or not v.tight(j + 1) or not cap(v.units[j + 2])):
            j += 2  # Viện Nghiên cứu cao cấp về Toán
            caps += 1
            last_good = j
            lower_run = 0
            continue
        if u.low == "lần" and j + 2 < v.n and v.units[j + 1].low == "thứ" and caps and kind not in ("local", "body", "gov"):
            j += 3  # an edition names an event (`Diễn đàn … lần thứ 5`), never a body: `Hội nghị Ban Chấp hành | lần thứ Hai`
            last_good = j
            continue
        if (
            u.text.islower()
            and (caps or kind == "gov")
            and u.pos in ("N", "A", "Np", "Nc", "V")
            and (not stop_word(v, j) or (lower_run and v.units[j - 1].tok == u.tok and u.tok >= 0))
            and lower_run < 6
        ):
            e = lower_words_then_name(v, j) if caps and last_good == j else 0
            if e:
                j, lower_run = e, 0  # `Trung tâm Điều phối | ghép tạng | Quốc gia`
                continue
            if action_word(v, u) or caps and v.phrase(j, lx.words("designation_verbs"), 2):
                break  # Sở Tài chính | chủ trì, phối hợp; `Bộ Chính trị | chỉ định ông A`: a body's act of naming
            if v.phrase(j, lx.words("term_markers"), 2):
                break  # `Ban Chấp hành Đảng bộ tỉnh | nhiệm kỳ 2020-2025`: a term is no part of a name
            if v.phrase(j, lx.words("name_after_nouns"), 2) == 2:
                break  # `Bệnh viện X | thời gian qua`, `Sở Y | địa phương`: a time or a scope after the name
            if serving_verb(v, j):
                break  # `Ban X | làm trưởng đoàn`
            if u.pos == "V" and not caps and kind != "gov":
                break
            if u.pos == "V" and caps:
                # a verb after the name ends it unless it shares an underthesea word with the name
                if not (v.units[j - 1].tok == u.tok and u.tok >= 0) and not nounish(v, u):
                    break
            j += 1
            lower_run += 1
            # same underthesea word as the previous unit: part of the name
            if v.units[j - 2].tok == u.tok and u.tok >= 0 and last_good == j - 1:
                last_good = j
                lower_run = 0
            continue
        break
    if kind in ("body", "gov") and j < v.n and v.tight(j - 1) and not (caps and j == last_good and straddled_end(v, i + h, j)):
        e = lower_to_place(v, last_good if caps else i + h)
        if e:
            return e
        if not caps:
            e = lower_name_to_place(v, i + h)
            if e:
                return e
    if kind in ("body", "gov") and caps and last_good + 2 < v.n and v.units[last_good].low == "và" and v.units[last_good + 1].low in ("các", "những") and v.tight(last_good - 1):
        # `Ban Quản lý Khu kinh tế Dung Quất | và các khu công nghiệp Quảng Ngãi`
        e = lower_to_place(v, last_good + 1)
        if e:
            return e
        pk = v.phrase(last_good + 2, R.lx.words("park_prefixes"), 3)
        e = last_good + 2 + pk
        if pk and v.units[last_good + 2].text.islower() and (e >= v.n or re.match(r"\s*[,.;:)]", v.gap(e - 1))):
            return e  # `Ban Quản lý Khu kinh tế X | và các khu công nghiệp;`: the parks it also runs
    if caps == 0:
        if kind in ("body", "gov"):
            return lower_to_number(v, i + h) or lower_name_end(v, i, h)
        return 0
    # a short lower-case tail after capitals (Diễn đàn Kinh tế thế giới) is part of the name
    if last_good < j and lower_run and lower_run <= 2:
        nxt = v.units[j] if j < v.n else None
        boundary = nxt is None or not v.tight(j - 1) or nxt.pos in ("V", "R", "C", "E", "CH", "P", "CC") or (nxt.key,) in R.stop_lower or action_word(v, nxt) or v.phrase(j, lx.words("term_markers"), 2)
        tail = v.units[last_good:j]
        glued = last_good > 0 and tail and tail[0].tok >= 0 and tail[0].tok == v.units[last_good - 1].tok and acronym(v.units[last_good - 1].text) or brand_end(v, i + h, last_good)
        verb_chain = nxt is not None and nxt.pos == "V" and any(t.pos == "V" for t in tail)  # Bộ Quốc phòng | đầu tư nâng cấp
        # a company's activity words come before its own name (Công ty Đầu tư X); after it they
        # are what it does (`Tập đoàn Hòa Phát | đầu tư`)
        verb_chain = verb_chain or kind == "company" and all(t.pos == "V" for t in tail)
        if boundary and not glued and not verb_chain and all(nounish(v, t) and t.text.islower() for t in tail) and any(t.pos != "A" for t in tail) and len({t.tok for t in tail}) == 1:
            last_good = j
    if last_good < j and lower_run and lower_run <= 6:
        # Trung tâm Dự báo khí tượng thủy văn quốc gia, ...: a lower-case tail of nouns up
        # to a punctuation mark or the end of the sentence belongs to the name
        tail = v.units[last_good:j]
        # (or, for a tail with no verb in it, an adverb that opens the predicate: `Cục X vô tuyến điện | vẫn`)
        end_punct = j >= v.n or re.match(r"\s*[,.;:)(]", v.gap(j - 1)) is not None or v.tight(j - 1) and v.units[j].pos == "R" and v.units[j].text.islower() and all(t.pos != "V" for t in tail)
        glued = tail[0].tok >= 0 and tail[0].tok == v.units[last_good - 1].tok and acronym(v.units[last_good - 1].text) or brand_end(v, i + h, last_good)
        if end_punct and not glued and all(nounish(v, t) and t.text.islower() and not stop_word(v, last_good + x) for x, t in enumerate(tail)) and any(t.pos != "A" for t in tail) and len({t.tok for t in tail}) <= 3:
            last_good = j
    return legal_form_after_dash(v, name_before_predicate(v, i + h, last_good))


def body_of_body(v: DocView, j: int, local_only: bool) -> int:
    """`Đảng bộ | Công an tỉnh X`, `Văn phòng | Đoàn ĐBQH và HĐND tỉnh`: a head followed at j
    by another body's head (for a body head: a local body's head of two words or more)
    names a body of that body, up to the end of that body's name; 0 when no name follows."""
    lx = rules().lx
    h2 = v.phrase(j, lx.org_heads, lx.max_head, case_first=True)
    kind2 = lx.org_heads[tuple(u.key for u in v.units[j : j + h2])] if h2 else None
    if not h2 or local_only and (h2 < 2 or kind2 != "local"):
        return 0
    e2 = org_name(v, j, h2, kind2)
    return e2 if e2 > j + h2 else 0


def lower_field_then_name(v: DocView, j: int) -> int:
    """`Công ty TNHH Thương mại | và đầu tư Minh Phong`, `Tập đoàn Viễn thông | và hạ tầng toàn
    cầu X Networks`: a company's fields joined by `và` may go on in lower case (1..4 nouns or
    activity words) when the company's own capitalised name follows them; the end of that
    name (up to 4 capitalised words), or 0."""
    k = j + 1
    while k < v.n and k - j <= 4 and v.tight(k - 1) and v.units[k].text.islower() and nounish(v, v.units[k]) and not stop_word(v, k):
        k += 1
    if k == j + 1 or k >= v.n or not v.tight(k - 1) or not plain_cap(v, k) or is_surname(v, k) and k + 1 < v.n and is_vn_name_unit(v.units[k + 1]) and not acronym(v.units[k].text):
        return 0
    e = k
    while e < v.n and e - k < 4 and (e == k or v.tight(e - 1)) and cap(v.units[e]) and v.units[e].text.isalnum() and not v.phrase(e, rules().lx.org_heads, rules().lx.max_head, True):
        e += 1
    return e


def brand_after_vn(v: DocView, j: int) -> bool:
    """`Tổng công ty Đóng tàu X | và SeaNova`: a joiner between a Vietnamese word and a foreign
    brand word (no Vietnamese syllable) joins two names, not two fields of one name (`Khoa học
    và Công nghệ`)."""
    a, b = v.units[j - 1].text, v.units[j + 1].text
    return v.units[j].low == "và" and vn_syllable(a) and not acronym(a) and is_latin_word(b) and not vn_syllable(b) and b[:1].isupper()


def stop_word(v: DocView, k: int) -> bool:
    """Is unit k a lower-case function word that ends a name (lower_stop: `sáng`, `mới`)?
    Not where it opens a longer underthesea word that is none (`sáng tạo`, `mới nổi`)."""
    R = rules()
    u = v.units[k]
    if (u.key,) not in R.stop_lower:
        return False
    joined = k + 1 < v.n and v.tight(k) and u.tok >= 0 and v.units[k + 1].tok == u.tok and v.units[k + 1].text.islower()
    return not joined or v.phrase(k, R.stop_lower, 2) == 2


def brand_end(v: DocView, a: int, e: int) -> bool:
    """Does the name after the head (units a..e) end in an acronym or a Latin-script brand
    (`Tập đoàn FPT`, `Ngân hàng Sentra`), no legal form (`Công ty TNHH`)? Such a name is
    closed: lower-case words after it are what the body does (`Tập đoàn FPT | đầu tư`), not
    more of its name."""
    if e <= a:
        return False
    u = v.units[e - 1]
    R = rules()
    if u.text in R.lx.wordset("legal_form_acronyms") or v.phrase(e - 1, R.lx.org_heads, 1):
        return False  # (`Văn phòng UBND | tỉnh`: a local body's acronym takes its level after it)
    return acronym(u.text) or is_latin_word(u.text) and not vn_syllable(u.text)


def name_before_predicate(v: DocView, a: int, e: int) -> int:
    """`Bộ Tài nguyên và Khoáng sản Lưu Đức Tâm | thông tin …`: where a name's lower-case
    tail follows a Vietnamese full name (a surname and two or three more name syllables, after
    at least one unit of the organisation's own name), the tail is what the holder does and the
    name ends at the holder's (cut off later by org_extent.split_person_from_org)."""
    k = e
    while k > a and v.units[k - 1].text.islower():
        k -= 1
    if k == e:
        return e
    for n in (3, 4):
        if k - n > a and is_surname(v, k - n) and all(is_vn_name_unit(u) for u in v.units[k - n : k]):
            return k
    return e


def middle_name_after(v: DocView, e: int) -> bool:
    """Does a person's name begin at e: a capitalised syllable, then a middle name (`Văn`,
    `Thị`) and another name syllable (`Tỉnh ủy | Chẩu Văn Minh`), whether or not the surname
    is a common one?"""
    R = rules()
    return e + 2 < v.n and v.tight(e) and v.tight(e + 1) and is_vn_name_unit(v.units[e]) and v.units[e + 1].text in R.middle and is_vn_name_unit(v.units[e + 2])


def committee_of_body(v: DocView, i: int, j: int) -> int:
    """`Đảng ủy | Công an Trung ương`, `Đảng ủy | Bộ Công an`: a party committee (head at
    i..j) of the body named right after it takes that body's whole name; its end, or 0."""
    R = rules()
    if match_key(v.s[v.units[i].start : v.units[j - 1].end]) not in R.party_committees or j >= v.n or not v.tight(j - 1):
        return 0
    e = committee_of_grouping(v, i, j - i)
    if e:
        return e
    if not cap(v.units[j]):
        return 0
    nk = known_at(v, j)[0]
    if nk:
        return j + nk  # a well-known body (Bộ Tài chính) ends where the gazetteer says
    h = v.phrase(j, R.lx.org_heads, R.lx.max_head, True)
    e = org_name(v, j, h, R.lx.org_heads[tuple(u.key for u in v.units[j : j + h])]) if h else 0
    # `Bí thư Đảng ủy Bộ Tài chính Hồ Đức Phớc`: the holder's name after the body is no part of it
    in_place: set[int] = set()
    y = j + h
    while y < e:
        n, p = place_at(v, y, allow_weak=False)
        in_place.update(range(y, y + n) if p is not None else ())
        y += n if p is not None else 1
    e = next((x for x in range(j + h + 1, e) if x not in in_place and is_surname(v, x) and x + 1 < e and is_vn_name_unit(v.units[x + 1])), e)
    if not e and h >= 2 and (j + h >= v.n or not v.tight(j + h - 1)):
        return j + h  # `Ủy viên Ban Thường vụ Đảng ủy Quân khu,`: the article's unit of that kind
    return e if e > j + h else 0


def committee_of_grouping(v: DocView, i: int, h: int) -> int:
    """`Đảng ủy | các cơ quan Đảng tỉnh X`, `Đảng ủy | Mặt trận Tổ quốc Việt Nam và các đoàn thể
    Trung ương`: a party committee (head at i, h units) of a grouping of bodies
    (party_committee_groupings), named with its level; its end, or 0."""
    R = rules()
    j = i + h
    if j >= v.n or not v.tight(j - 1) or match_key(v.s[v.units[i].start : v.units[j - 1].end]) not in R.party_committees:
        return 0
    g = v.phrase(j, R.lx.words("party_committee_groupings"), 12)
    return grouping_level_end(v, j + g) if g else 0


def grouping_level_end(v: DocView, k: int) -> int:
    """After a grouping of bodies (party_committee_groupings), its level: `Trung ương`, or a
    level noun and the place (`tỉnh Nghệ An`) or the bare level (`tỉnh`); the end, or 0."""
    R = rules()
    if k >= v.n or not v.tight(k - 1):
        return 0
    if v.units[k].key == "trung" and k + 1 < v.n and v.units[k + 1].key == "ương":
        return k + 2
    lp = v.phrase(k, R.local_prefixes, 2)
    if not lp:
        return 0
    n, p = place_at(v, k + lp, allow_weak=False) if k + lp < v.n and v.tight(k + lp - 1) else (0, None)
    return k + lp + n if p is not None else k + lp


def lower_to_number(v: DocView, k: int) -> int:
    """`Ban Quản lý | dự án 85`: a short lower-case noun complement and a unit number."""
    R = rules()
    start = k
    while k < v.n and k - start < 4 and v.tight(k - 1):
        u = v.units[k]
        if u.text.isdigit() and k > start:
            if len(u.text) > 4 or re.match(r"[/.,:%]\d|%|/", v.s[u.end : u.end + 2]):
                return 0
            if k + 1 < v.n and v.tight(k) and v.units[k + 1].text.islower():
                return 0  # `dự án 85 km`, `dự án 3 năm`: a quantity, not a unit number
            return k + 1
        if k > start and u.text.isupper() and len(u.text) >= 2 and u.text.isalpha():
            # `Ban Quản lý | dự án ODA (thành phố)`: a programme's acronym closes the name
            e = k + 1
            pk = v.phrase(e, R.local_prefixes, 2) if e < v.n and v.tight(e - 1) else 0
            if pk and v.units[e].text.islower() and (e + pk >= v.n or re.match(r"\s*[,.;:)]", v.gap(e + pk - 1))):
                return e + pk
            if e >= v.n or not v.tight(e - 1) or not cap(v.units[e]):
                return e
            return 0
        if not u.text.islower() or u.pos not in ("N", "Nc") or (u.key,) in R.stop_lower or v.phrase(k, R.lx.words("term_markers"), 2):
            return 0  # (`Bộ trưởng | nhiệm kỳ 2021`: a term's year is no unit number)
        k += 1
    return 0


def lower_to_place(v: DocView, k: int) -> int:
    """`Ban Quản lý | các khu công nghiệp Đồng Nai`: a short lower-case complement
    (nouns, `các`) that ends in a province/city/country belongs to the name."""
    R = rules()
    if k <= 0 or k >= v.n or not v.tight(k - 1):
        return 0
    start = k
    plural = v.units[k].low in R.lx.wordset("plural_markers")
    while k < v.n and k - start <= 5 and v.tight(k - 1):
        u = v.units[k]
        n, p = place_at(v, k, allow_weak=False)
        if p is not None and k > start and cap(u) and p.type in ("province", "city", "country", "region"):
            return k + n
        lp = v.phrase(k, R.local_prefixes, 2) if plural and k > start + 1 and u.text.islower() else 0
        if lp and (k + lp >= v.n or not v.tight(k + lp - 1) or not cap(v.units[k + lp])):
            return k + lp  # `Ban Quản lý | các Khu công nghiệp tỉnh`: a body of this province
        if plural and k > start and cap(u) and u.text.isalpha() and not place_at(v, k)[1]:
            k += 1  # `các Khu công nghiệp`: the kind of place the body runs, capitalised
            continue
        if not u.text.islower() or u.pos in ("V", "E", "C", "CC", "R", "P", "M") or ((u.key,) in R.stop_lower and u.low not in ("các", "những")) or action_word(v, u):
            return 0  # (`Đảng | lãnh đạo cách mạng Việt Nam`: what the body does, no part of its name)
        k += 1
    return 0


def person_after_prefix(v: DocView, k: int, n_place: int) -> bool:
    """After a local body and its lower-case prefix (`HĐND tỉnh`), is the name at k a
    person's rather than a place's? A surname and 1..3 more name syllables, ending at a
    word that goes on with no capital: with no gazetteer place at k (`Phan Việt Cường`), or
    a place (n_place units) that leaves exactly one name syllable after it and is not the
    article's home province (`Đồng Văn | Thanh`)."""
    if not is_surname(v, k):
        return False
    e = k + 1
    while e < v.n and e - k < 4 and v.tight(e - 1) and is_vn_name_unit(v.units[e]):
        e += 1
    if e - k < 2 or (e < v.n and v.tight(e - 1) and cap(v.units[e])):
        return False
    if n_place:
        if e - k != n_place + 1:
            return False
        p = place_at(v, k)[1]
        hp = home_place(v)
        return p is not None and p.type not in ("province", "city", "country") and hp != (p.canonical or p.name)
    return True


def scope_end(v: DocView, e: int) -> int:
    """After a court's or procuracy's scope (`cấp cao`, `khu vực`): its number (`TAND khu
    vực 10`) and the city it sits in (`TAND Cấp cao tại Đà Nẵng`) belong to the name."""
    if e < v.n and v.tight(e - 1) and v.units[e].text.isdigit() and len(v.units[e].text) <= 3:
        e += 1
    if e + 1 < v.n and v.tight(e - 1) and v.units[e].low == "tại" and v.tight(e):
        n, p = place_at(v, e + 1, allow_weak=False)
        if p is not None and p.type in ("province", "city") and cap(v.units[e + 1]):
            return e + 1 + n
    return e


_DEFINED = re.compile(r"\s*\((?:[A-ZĐ][A-Za-zĐ&-]{1,9}(?: \d{1,4})?\)|gọi tắt)")


def long_name(v: DocView, k: int, defined_only: bool = False) -> int:
    """`Ban Chỉ đạo | Quốc gia về chống khai thác ..., không báo cáo và ... (IUU)`, `Tổ công
    tác | phối hợp liên ngành hỗ trợ dự án X (gọi tắt là ...)`: the name of a steering or task
    body runs to the acronym or `gọi tắt` in parentheses that defines it (commas and all);
    without one, to punctuation, a line end, a long_name_stops word or a person's name.
    `defined_only` (a company): only a short name (16 syllables) closed by such a definition,
    with no comma and no stop word in it."""
    R = rules()
    stops = R.lx.words("long_name_stops")
    e, plain_end = k, None
    while e < v.n and e - k < (16 if defined_only else 30):
        g = v.gap(e - 1)
        if _DEFINED.match(v.s, v.units[e - 1].end):
            return e if e > k and (not defined_only or plain_end is None) else 0
        if g not in (" ", ", ") and not (g.isspace() and "\n" not in g and len(g) <= 2):
            break
        f = function_phrase_end(v, e, bare=True) if plain_end is None and v.units[e].text.islower() else 0
        if f:
            e = f  # `Ban Chỉ đạo Trung ương | về phòng, chống tham nhũng, tiêu cực`: its task, commas and all
            continue
        if g == ", " and plain_end is None and not comma_pair_after(v, e - 1):
            plain_end = e  # (not `các công trình, | dự án …`: a pair names write with a comma)
        if plain_end is None and e > k and opener_after_name(v, e):
            plain_end = e  # `Ban Chỉ đạo Đề án 06 | giao nhiệm vụ`: a verb of action after the name
        if plain_end is None and serving_verb(v, e):
            plain_end = e  # `Ban Chỉ đạo X | làm trưởng đoàn`: a verb of serving as opens the predicate
        if plain_end is None and (any(v.phrase(e, stops, n) == n for n in (1, 2)) or is_surname(v, e) and place_at(v, e, allow_weak=False)[1] is None and title_at(v, e - 1)[0] == 0 and e + 1 < v.n and v.tight(e) and is_vn_name_unit(v.units[e + 1]) and cap(v.units[e + 1]) and not cap(v.units[e - 1])):
            plain_end = e
        if plain_end is None and e - 2 >= k and v.units[e - 2].low == "số" and v.units[e - 1].text.isdigit() and (e + 1 < v.n and v.units[e].low == "và" and v.units[e + 1].low == "số" or known_at(v, e)[0]):
            plain_end = e  # `Tổ công tác số 2 | và số 3`, `Tổ công tác số 4 | Bộ Chính trị`: a numbered unit ends, its owner or the next unit follows
        if defined_only and plain_end is not None:
            return 0  # a company's short name is closed by its definition before any comma or stop word
        e += 1
    if defined_only:
        return 0
    if plain_end is None:
        plain_end = e if e < v.n and re.match(r"\s*([.;:!?)]|\n|$)", v.gap(e - 1)) or e >= v.n else k
    return plain_end
