"""The province a provincial outlet is named after (`baolongan.vn` -> `Long An`).

A provincial paper writes `Bí thư Tỉnh ủy`, `Chủ tịch HĐND tỉnh` without ever naming its
province: the reader knows it from the masthead. The article's URL (or, failing that, its
source name) is read for a host whose first label is an outlet prefix of
`data/entity_lexicons.json` (`outlet_place_prefixes`) followed by exactly the name of a
province or centrally run city written without spaces or diacritics.

Read-only: a look-up used by `lookup.home_place` when the text writes no home place.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlparse

from c4ir_kb.extract.entities.rules import rules
from c4ir_kb.nlp.normalize import fold


@lru_cache(maxsize=1)
def _province_slugs() -> dict[str, str]:
    """`longan` -> `Long An`: every province and centrally run city by its folded name and
    aliases, spaces and punctuation dropped."""
    out: dict[str, str] = {}
    lx = rules().lx
    provinces = {id(p): p for p in lx.places.values() if p.type == "province"}
    for p in sorted(provinces.values(), key=lambda p: p.name):
        for name in [p.name, *p.aliases]:
            slug = "".join(c for c in fold(name) if c.isalnum())
            if slug.isascii() and len(slug) >= 3:
                out.setdefault(slug, p.canonical or p.name)
    return out


def _host(url: str | None, source_name: str | None) -> str:
    host = urlparse(url).hostname if url and "//" in url else None
    host = host or (source_name or "").strip().lower()
    host = host.removeprefix("www.")
    return host if "." in host else ""


def outlet_place(url: str | None, source_name: str | None) -> str | None:
    """The province or city the outlet at `url` / `source_name` is named after, or None."""
    host = _host(url, source_name)
    if not host:
        return None
    label = host.split(".")[0]
    slugs = _province_slugs()
    for prefix in rules().lx.wordlist("outlet_place_prefixes"):
        if label.startswith(prefix) and label[len(prefix) :] in slugs:
            return slugs[label[len(prefix) :]]
    return None
