"""An organisation and its acronym or expansion in parentheses, linked both ways
(`Diễn đàn Kinh tế thế giới (WEF)`, `WEF (Diễn đàn Kinh tế thế giới)`,
`Công ty ... số 1 (Vabiotech)`), and a company's stock ticker (`(mã: VIX, sàn HoSE)`).

Reads: an ORG mention just recorded. Claims: the span in parentheses (ORG, rules
org.acronym, org.acronym-expansion, org.ticker); may extend the mention over `tại <place>`.
Adds: a link between the two mentions.
"""

from __future__ import annotations

import re

from c4ir_kb.extract.entities.lookup import known_at, place_at, title_at
from c4ir_kb.extract.entities.mentions import add_mention
from c4ir_kb.extract.entities.org_extent import org_at
from c4ir_kb.extract.entities.org_name_ends import latin_run
from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.extract.entities.view import cap, DocView
from c4ir_kb.extract.wordshape import acronym, is_latin_word, vn_syllable
from c4ir_kb.nlp.normalize import fold, match_key


def paren_acronym(v: DocView, mi: int) -> None:
    """`Diễn đàn Kinh tế thế giới (WEF)` / `WEF (Diễn đàn Kinh tế thế giới)`: link both ways."""
    R = rules()
    m = v.mentions[mi]
    j = m.j
    s = v.s
    # `X tại TP.HCM (C4IR)`: the place belongs to X when an acronym in parentheses follows
    k = j
    if m.type == "ORG" and k + 2 < v.n and v.tight(k - 1) and v.units[k].text.islower():
        # `Hiệp hội Doanh nghiệp | châu Âu tại Việt Nam (EuroCham)`: a lower-case region too
        n0 = place_at(v, k, allow_weak=False)[0]
        if n0 and k + n0 + 1 < v.n and v.units[k + n0].low in ("tại", "ở") and v.tight(k + n0 - 1):
            k += n0
    if k + 1 < v.n and v.units[k].low in ("tại", "ở") and v.tight(k - 1):
        n, p = place_at(v, k + 1, allow_weak=False)
        if p is not None and re.match(r"\s*\(", s[v.units[k + n].end :]):
            nxt = k + 1 + n
            if nxt < v.n and v.free(j, nxt):
                after = s[v.units[nxt - 1].end : v.units[nxt - 1].end + 3]
                if after.strip().startswith("("):
                    m.j = j = nxt
                    m.end = v.units[nxt - 1].end
                    v.claim(m.i, nxt)
    if j >= v.n:
        return
    g = v.gap(j - 1)
    if g.strip() != "(":
        return
    if m.type == "ORG" and paren_ticker(v, mi):
        return
    close = s.find(")", v.units[j].start)
    if close < 0 or close - v.units[j].start > 120:
        return
    k = j
    while k < v.n and v.units[k].end <= close:
        k += 1
    if k == j or not v.free(j, k):
        return
    inner = v.units[j:k]
    inner_text = s[inner[0].start : inner[-1].end]
    if m.type != "ORG":
        return
    # `Công ty ... số 1 (Vabiotech)`: one foreign brand word after a Vietnamese name
    brand = (
        len(inner) == 1
        and cap(inner[0])
        and is_latin_word(inner[0].text)
        and len(inner[0].text) >= 3
        and place_at(v, j, allow_weak=False)[1] is None
        and not all(is_latin_word(u.text) for u in v.units[m.i : m.j])
    )
    if not brand and 2 <= len(inner) <= 4 and all(cap(u) and u.text.isalpha() for u in inner) and m.j - m.i > len(inner):
        # `Công ty ... đô thị Hồng Lam (Hồng Lam Land)`: the company's own words plus a foreign brand word
        own = {u.key for u in v.units[m.i : m.j]}
        brand = (
            inner[0].key in own
            and any(not vn_syllable(u.text) for u in inner)
            and place_at(v, j, allow_weak=False)[0] != len(inner)
            and not all(is_latin_word(u.text) for u in v.units[m.i : m.j])
        )
    n_pl, pl = place_at(v, j, allow_weak=False)
    if n_pl == k - j and pl is not None and pl.type in ("province", "city", "country"):
        return  # `Trường CĐ Công nghệ Thủ Đức (TP HCM)`: where it is, no acronym of it
    if brand or all(is_latin_word(u.text) for u in inner) and any(acronym(u.text) for u in inner) or org_at(v, j)[0] == k:
        if match_key(inner_text) in {match_key(x) for x in R.non_acr}:
            return
        rule = "org.acronym" if all(is_latin_word(u.text) for u in inner) else "org.acronym-expansion"
        if not brand and parent_in_parens(v, m.i, m.j, j, k):
            add_mention(v, "ORG", j, k, "org.head+name")  # `Phòng Cảnh sát kinh tế (Công an TP Hà Nội)`: the body it belongs to
            return
        mj = add_mention(v, "ORG", j, k, rule)
        v.links.append((mi, mj))


def parent_in_parens(v: DocView, a: int, b: int, j: int, k: int) -> bool:
    """`Phòng Cảnh sát kinh tế (Công an TP Hà Nội)`, `Trung tâm Khảo thí (ĐH Quốc gia
    TP.HCM)`: an organisation named in parentheses with a head noun of its own, other than
    the head of the name before it (itself written out with a head), is the body that one
    belongs to, no other name of it."""
    lx = rules().lx
    ha = v.phrase(a, lx.org_heads, lx.max_head, True)
    hj = v.phrase(j, lx.org_heads, lx.max_head, True)
    if not ha or not hj or b - a <= ha:
        return False
    return tuple(u.key for u in v.units[a : a + ha]) != tuple(u.key for u in v.units[j : j + hj])


def paren_ticker(v: DocView, mi: int) -> bool:
    """`Công ty ... VIX (mã: VIX, sàn HoSE)`, `(mã CK: KBC)`, `(mã TCX-HOSE)`: the stock
    ticker in parentheses after a company is an alias of it (org.ticker, linked)."""
    m = v.mentions[mi]
    mt = rules().patterns["ticker-in-parens"].match(v.s, v.units[m.j - 1].end)
    if mt is None:
        return False
    a = mt.start(1)
    k = next((x for x in range(m.j, min(v.n, m.j + 12)) if v.units[x].start == a), None)
    if k is None or not v.free(k, k + 1):
        return False
    t = add_mention(v, "ORG", k, k + 1, "org.ticker")
    v.mentions[t].end = mt.end(1)  # `TCX-HOSE`: the ticker without its exchange
    v.links.append((mi, t))
    b = m.j  # `Ngân hàng … (Saigonbank - Mã: SGB)`, `CTCP … (X Telecom, mã: ABC)`: the brand before the ticker is a name too
    e = latin_run(v, b, k)
    if b < e < k and v.gap(b - 1).strip() == "(" and v.gap(e - 1).strip() in ("-", "–", ",", ";") and v.free(b, e):
        v.links.append((mi, add_mention(v, "ORG", b, e, "org.acronym")))
    return True


def acronym_side(v: DocView, a: int) -> tuple[str, bool, str] | None:
    """ORG mention a abbreviates ORG mention f when it is an acronym written as the initials of
    f's syllables (`BĐBP` / `Bộ đội Biên phòng`, `BQL KKT` / `Ban quản lý khu kinh tế`, `KH&CN`
    / `Khoa học và Công nghệ`: `Đ` as `D`, a `và` left out), each maybe followed by the same
    province or city (`BĐBP An Giang` / `Bộ đội Biên phòng tỉnh An Giang`), or a company's
    initials after its head with a foreign company word (`TTVN Group` / `Tập đoàn Trường Thành
    Việt Nam`: group_suffixes). The acronym spells 3+ letters, and whatever follows the
    spelled words of f is a place, the acronym's own if it names one.

    This is the acronym's side, computed once per mention: (letters, company, place tail),
    or None where it can abbreviate nothing; `spells` compares it with each longer mention."""
    ma = v.mentions[a]
    k = ma.i
    while k < ma.j and k - ma.i < 3 and acronym(v.units[k].text) and (k == ma.i or v.tight(k - 1)):
        k += 1
    letters = "".join(fold(c) for u in v.units[ma.i : k] for c in u.text if c.isupper())
    if k == ma.i or len(letters) < 2 or any(c.isdigit() for u in v.units[ma.i : k] for c in u.text):
        return None
    if len(letters) == 2 and k < ma.j:
        return None  # two letters abbreviate a two-word name only, written alone (`QH`)
    company = k < ma.j and (v.units[ma.j - 1].key,) in rules().lx.words("group_suffixes") and k == ma.j - 1
    rest_a = "" if company else place_tail(v, k, ma.j)
    if rest_a is None:
        return None
    return letters, company, rest_a


def initials(v: DocView, x: int, end: int, n: int) -> tuple[str, int] | None:
    """The initials of the words from unit x on, up to n letters or unit `end` (`và`, `and`
    spell nothing), and the unit after the last word read; None at an acronym or a word that
    does not start with a letter, which no spelled-out name holds."""
    spelled = ""
    while x < end and len(spelled) < n:
        u = v.units[x]
        if acronym(u.text) or not u.text[:1].isalpha():
            return None
        if u.low not in ("và", "and"):
            spelled += fold(u.text)[:1]
        x += 1
    return spelled, x


def spells(v: DocView, side: tuple[str, bool, str], f: int) -> bool:
    """Does ORG mention f spell out the acronym whose side is `side` (acronym_side)?"""
    letters, company, rest_a = side
    mf = v.mentions[f]
    # `TTVN Group` / `Tập đoàn Trường Thành Việt Nam`: a company's initials after its head
    x = mf.i + (v.phrase(mf.i, rules().lx.words("company_heads"), 4) if company else 0)
    if company and (x == mf.i or x >= mf.j):
        return False
    first = x
    got = initials(v, x, mf.j, len(letters))
    if got is None or got[0] != letters or got[1] == first + 1:
        return False
    x = got[1]
    if len(letters) == 2 and (x != mf.j or known_at(v, mf.i)[0] != mf.j - mf.i):
        return False  # `QH` / `Quốc hội`: two letters only for a well-known two-word body, whole
    rest_f = place_tail(v, x, mf.j)
    return rest_f is not None and (rest_a == "" or rest_a == rest_f)


def place_tail(v: DocView, i: int, j: int) -> str | None:
    """Units i..j of a mention: nothing (""), or a province or city of the gazetteer, maybe
    after a lower-case administrative prefix (`tỉnh An Giang`): its name; else None."""
    if i >= j:
        return ""
    i += v.phrase(i, rules().local_prefixes, 2) if v.units[i].text.islower() else 0
    if i >= j:
        return None
    n, p = place_at(v, i, allow_weak=False)
    if p is None or i + n != j or p.type not in ("province", "city"):
        return None
    return p.canonical or p.name


def find_acronyms_inside_names(v: DocView) -> None:
    """`Tòa án nhân dân (TAND) tỉnh Sơn La`, `Ủy ban nhân dân (UBND) tỉnh`: a body's head
    written out, its acronym in parentheses (the initials of the head's syllables, 3+
    letters; or the initials of the words after a one-word head such as `Sở`, which the
    acronym leaves out: `Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh X`), then the place it belongs to (a province or city, maybe after a lower-case
    administrative prefix, or that prefix alone). The whole is one organisation
    (org.acronym-inside), named by the head and the place without the parentheses
    (`Tòa án nhân dân tỉnh Sơn La`), so `TAND tỉnh Sơn La` later is the same body.

    Reads: unclaimed units. Claims: the span (ORG).
    """
    R = rules()
    s = v.s
    for k in range(1, v.n - 1):
        u = v.units[k]
        if v.gap(k - 1).strip() != "(" or not s[u.end : u.end + 1] == ")" or not acronym(u.text):
            continue
        letters = "".join(fold(c) for c in u.text if c.isupper())
        if len(letters) < 3 or any(c.isdigit() for c in u.text) or v.claimed[k]:
            continue
        a = _spelled_before(v, k - 1, letters)
        field = a is None
        if field:
            a = _head_before_spelled(v, k - 1, letters)
        if a is None or not v.free(a, k + 1):
            continue
        e = k + 1
        if e >= v.n or v.gap(k).strip() != ")":
            continue
        pk = v.phrase(e, R.local_prefixes, 2) if v.units[e].text.islower() else 0
        n, p = place_at(v, e + pk, allow_weak=False) if e + pk < v.n and (pk == 0 or v.tight(e + pk - 1)) else (0, None)
        if p is not None and p.type in ("province", "city", "country"):
            end = e + pk + n
        elif pk:
            end = e + pk  # `UBND tỉnh`: the home province's
        else:
            continue
        if not v.free(e, end) or any(not v.tight(x) for x in range(e, end - 1)):
            continue
        if end < v.n and v.tight(end - 1) and cap(v.units[end]) and place_at(v, end)[0] == 0:
            continue  # the name goes on (`... (UBND) tỉnh Sơn La Hội đồng`): not this rule's
        mi = add_mention(v, "ORG", a, end, "org.acronym-inside")
        text = v.doc.article.text
        head = text[v.units[a].start : v.units[k - 1].end]
        tail = text[v.units[e].start : v.units[end - 1].end]
        m = v.mentions[mi]
        m.virt = f"{head} {tail}" + (f" {m.virt_place}" if m.virt_place and pk == end - e else "")
        if field:
            _claim_sector_uses(v, end, u.text)


def _spelled_back(v: DocView, last: int, letters: str) -> int | None:
    """Walking back from unit `last` over tight words (or words joined by a dash or a comma,
    `Văn hóa – Thể thao và Du lịch (VH-TT-DL)`), whose initials spell `letters` (`và`
    left out): the unit before the first of them (-1 at the start), None when they do not."""
    x, spelled = last, ""
    while x >= 0 and len(spelled) < len(letters):
        u = v.units[x]
        if not u.text.isalpha() or acronym(u.text) or (x < last and not v.tight(x) and v.gap(x).strip() not in ("-", "–", ",")):
            return None
        if u.low not in ("và", "and"):
            spelled = fold(u.text)[:1] + spelled
        x -= 1
    return x if spelled == letters else None


def _spelled_before(v: DocView, last: int, letters: str) -> int | None:
    """The first unit of the words ending at unit `last` (before an opening parenthesis)
    whose initials spell `letters` (`và` left out), starting a name: capitalised, after no
    other capitalised word of a name (a title may come before: `Chủ tịch | Ủy ban ...`)."""
    x = _spelled_back(v, last, letters)
    if x is None:
        return None
    a = x + 1
    if not cap(v.units[a]) or v.gap(last) not in (" (", "("):
        return None
    if a > 0 and v.tight(a - 1) and not v.claimed[a - 1]:
        b = a - 1
        while b > 0 and v.tight(b - 1) and a - b < 4:
            b -= 1
        if any(cap(v.units[y]) for y in range(b, a)) and not any(title_at(v, y)[0] == a - y for y in range(b, a)):
            return None  # `Tổng cục Chính trị | Quân đội nhân dân (QĐND)`: inside a longer name
    return a


def _head_before_spelled(v: DocView, last: int, letters: str) -> int | None:
    """`Sở | Giáo dục và Đào tạo (GD&ĐT)`: the acronym spells the field after a one-word
    organisation head (org_heads, `Sở`, `Bộ`, `Cục`), which it leaves out; the head starts
    the name (nothing capitalised of a longer name right before it)."""
    x = _spelled_back(v, last, letters)
    if x is None or x < 0 or not v.tight(x) or not cap(v.units[x + 1]) or v.gap(last) not in (" (", "("):
        return None
    if (v.units[x].key,) not in rules().lx.org_heads or not cap(v.units[x]):
        return None
    if x > 0 and v.tight(x - 1) and cap(v.units[x - 1]) and title_at(v, x - 1)[0] != 1:
        return None  # `Ban Chỉ đạo | Sở ...`: inside a longer name
    return x


def _claim_sector_uses(v: DocView, after: int, acr: str) -> None:
    """`ngành GD&ĐT`: an acronym the article spelled as a field (after a head, above) names the
    field again after a sector noun (sector_nouns: `ngành`, `lĩnh vực`): no organisation, so
    claimed. After the head (`Sở GD&ĐT`) it stays the body's short name."""
    sectors = rules().lx.wordset("sector_nouns")
    for x in range(after, v.n):
        if v.units[x].text != acr or v.claimed[x] or x == 0 or not v.tight(x - 1):
            continue
        if v.units[x - 1].low in sectors or (x > 1 and v.tight(x - 2) and f"{v.units[x - 2].low} {v.units[x - 1].low}" in sectors):
            v.claim(x, x + 1)
