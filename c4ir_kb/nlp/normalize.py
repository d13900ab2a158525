"""Vietnamese text normalization for matching.

Text is stored exactly as given; matching works on a normal form: Unicode NFC
and one placement of tone marks (the traditional one used by most newsrooms:
`hòa`, `thủy`, `ủy`, not `hoà`, `thuỷ`, `uỷ`). `normalize_same_length` keeps
offsets valid so spans found in the normal form index the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Tone marks as combining characters (NFD).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def _retone(syllable: str) -> str:
    """Move the tone of a final `oa`, `oe`, `uy` onto its first vowel (`hoà` -> `hòa`).

    Only open syllables are affected (`hoàng` keeps its tone on `a` in both styles),
    and `qu` is a consonant (`quý` is left alone).
    """
    d = unicodedata.normalize("NFD", syllable)
    base = "".join(c for c in d if c not in _TONES)
    tones = [c for c in d if c in _TONES]
    if len(tones) != 1:
        return syllable
    low = base.lower()
    m = re.search(r"(o[ae]|uy)$", low)
    if not m or (low[m.start() - 1 : m.start()] == "q" if m.start() > 0 else False):
        return syllable
    # rebuild: put the tone after the first vowel of the pair
    i = m.start()
    out = base[: i + 1] + tones[0] + base[i + 1 :]
    return unicodedata.normalize("NFC", out)


def normalize(text: str) -> str:
    """NFC plus one tone placement. May change length only for non-NFC input."""
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _retone(m.group()), text)


def normalize_same_length(text: str) -> str:
    """The normal form, but never changing the length (so offsets carry over).

    A word whose NFC form has another length (decomposed input) keeps its
    original characters; everything else is normalized.
    """

    def fix(m: re.Match[str]) -> str:
        w = m.group()
        n = _retone(unicodedata.normalize("NFC", w))
        return n if len(n) == len(w) else w

    return _WORD.sub(fix, text)


_PUNCT_SPACE = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=1 << 16)  # extractors look up the same short phrases over and over
def match_key(text: str) -> str:
    """Comparison key of the extraction contract: NFC, casefold, one tone
    placement, punctuation and spaces dropped (`UBND TP.HCM` == `UBND TPHCM`)."""
    return _PUNCT_SPACE.sub("", normalize(text).casefold())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without diacritics (`đ` -> `d`), for loose lookups."""
    d = unicodedata.normalize("NFD", normalize(text).casefold()).replace("đ", "d")
    return "".join(c for c in d if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(text)
