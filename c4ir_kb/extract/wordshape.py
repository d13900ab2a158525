"""Shapes of single words, shared by the entity components and by linking.

Pure string predicates, no lexicon: is a word Latin-script, an acronym, one
Vietnamese syllable, a Roman numeral?
"""

from __future__ import annotations

import re
import unicodedata

_LATIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.'’\-]*$")
_ACR_VN = re.compile(r"^[A-ZĐ][A-ZĐ0-9&.\-]*$")
_VN_SYL = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnptiyou])?")
_ROMAN = re.compile(r"(XL|L?X{0,3})(IX|IV|V?I{0,3})")


def is_latin_word(w: str) -> bool:
    """A word of the Latin alphabet without Vietnamese diacritics; an all-capital acronym
    may hold `Đ` (ĐHQG-HCM, HĐND)."""
    return bool(_LATIN.match(w)) or (bool(_ACR_VN.match(w)) and sum(c.isupper() for c in w) >= 2)


def vn_syllable(w: str) -> bool:
    """Could `w` be one Vietnamese syllable (Minh, Long, Nam)? Foreign words usually cannot
    (Nokia, Danieli, Logistics, MobiFone)."""
    base = "".join(c for c in unicodedata.normalize("NFD", w.lower().replace("đ", "\x00")) if unicodedata.category(c) != "Mn").replace("\x00", "đ")
    return bool(_VN_SYL.fullmatch(base))


def acronym(w: str) -> bool:
    if "-" in w and any(len(p) >= 3 and p[1:].islower() for p in w.split("-")):
        return False  # `Louvain-la-Neuve`, `Saint-Germain`: hyphenated words, no acronym
    return sum(c.isupper() for c in w) >= 2 and is_latin_word(w) or bool(re.fullmatch(r"[A-Z][A-Z0-9&]*\d[A-Z0-9]*", w))


def roman(w: str) -> bool:
    """`quý II`, `khóa XV`, `Đại hội XIII`: a Roman numeral is never a name."""
    return len(w) > 1 and bool(_ROMAN.fullmatch(w))
