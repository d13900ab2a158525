"""Regenerate tagger_tags.json: `underthesea.ner()` over every sentence of the repository's texts.

Run `.venv/bin/python tests/snapshots/make_tagger_snapshot.py` after an underthesea
upgrade. Only digests are stored (no article text): for each sentence, the SHA-256 of
its text and of ner()'s (word, POS, NER) triples. tests/test_nlp.py checks that the
tagging chain of c4ir_kb.nlp.tagger gives the same triples on the same sentences.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from c4ir_kb.nlp.analysis import split_sentences  # noqa: E402
from c4ir_kb.nlp.normalize import normalize_same_length  # noqa: E402

OUT = Path(__file__).parent / "tagger_tags.json"
TEXT_DIRS = ["data/raw", "tests/holdout", "tests/holdout2", "tests/holdout3", "tests/holdout4"]


def texts() -> list[tuple[str, str]]:
    """(where, text) of every article and every mention-set text in the repository."""
    out = []
    for d in TEXT_DIRS:
        for f in sorted((ROOT / d).glob("*.txt")):
            out.append((f"{d}/{f.name}", f.read_text(encoding="utf-8")))
    for f in sorted((ROOT / "tests" / "ner").glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"tests/ner/{f.name}:{n}", json.loads(line)["text"]))
    return out


def sentences() -> list[tuple[str, str]]:
    """(where, sentence) exactly as `analyze` hands them to the tagger."""
    out = []
    for where, text in texts():
        norm = normalize_same_length(text)
        out += [(where, norm[s:e]) for s, e in split_sentences(norm)]
    return out


def digest(x: object) -> str:
    return hashlib.sha256(json.dumps(x, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def triples(tagged) -> list[list[str]]:
    return [[t[0], t[1], t[3]] for t in tagged]


def main() -> None:
    from underthesea import ner

    rows = {}
    for _, sent in sentences():
        rows[digest(sent)] = digest(triples(ner(sent)))
    OUT.write_text(json.dumps(rows, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
