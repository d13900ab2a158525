"""One tagging chain: word segmentation -> POS -> NER, with underthesea's shipped models.

`underthesea.ner()` runs segmentation, POS, chunking and NER, and builds the POS,
chunk and NER features in Python, rebuilding every column for every template of
every token (cost grows with the square of the sentence length). Here the same
shipped CRF models are run with features built in Rust by underthesea_core's
`CRFFeaturizer`, once per sentence and stage, so the cost is linear.

Chunking is skipped unless asked for: the NER model's features read words, POS
tags and a constant placeholder in the NER column, never chunk tags, and no rule
reads chunk tags.

The only difference between the two featurisers is `istitle`: underthesea's
Python version asks `str.istitle()` of the first character of each space-separated
syllable, the Rust version answers differently for tokens without a cased first
letter (`.`, `(`, `5G`). Those tokens are few; their `istitle` features are
rewritten with underthesea's answer, so the features, hence the tags, are the same.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

# Nothing may be downloaded at run time (underthesea's bundled CRF models ship in its wheel).
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Feature templates of underthesea 9.5.0's CRF models (pipeline/{pos_tag,chunking,ner}/model_crf.py):
# the models were trained on exactly these strings.
_WORD = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
]
_BIGRAMS = ["T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]"]
_POS_COLS = [
    "T[-2][1]", "T[-1][1]", "T[0][1]", "T[1][1]", "T[2][1]",
    "T[-2,-1][1]", "T[-1,0][1]", "T[0,1][1]", "T[1,2][1]",
]
POS_TEMPLATE = [
    *_WORD, "T[0].istitle", "T[-1].istitle", "T[1].istitle", *_BIGRAMS,
    "T[-3][1]", "T[-2][1]", "T[-1][1]", "T[-3,-2][1]", "T[-2,-1][1]",
]
CHUNK_TEMPLATE = [
    *_WORD, "T[0].istitle", "T[-1].istitle", "T[1].istitle", *_BIGRAMS, *_POS_COLS,
    "T[-3][2]", "T[-2][2]", "T[-1][2]",
]
NER_TEMPLATE = [
    *_WORD, "T[0].istitle", "T[-1].istitle", "T[1].istitle", "T[-2].istitle", "T[2].istitle",
    *_BIGRAMS, *_POS_COLS,
    "T[-3][3]", "T[-2][3]", "T[-1][3]",
]


def _istitle(word: str) -> bool:
    """underthesea's `text_istitle`: every space-separated part starts with a title-case character."""
    if not word:
        return False
    try:
        return all(part[0].istitle() for part in word.split(" "))
    except IndexError:  # two spaces in a row: underthesea answers False
        return False


def _istitle_slots(template: list[str]) -> list[tuple[int, int, str]]:
    """(feature index, token offset, name) of each `T[k].istitle` feature in a template."""
    return [(i, int(t[2 : t.index("]")]), t) for i, t in enumerate(template) if t.endswith("].istitle")]


class _Stage:
    """One CRF model with its template, features built in Rust."""

    def __init__(self, model: Path, template: list[str]):
        from underthesea_core import CRFFeaturizer, CRFTagger

        self.tagger = CRFTagger()
        self.tagger.load(str(model))
        self.featurizer = CRFFeaturizer(template, set())
        self.slots = _istitle_slots(template)
        self.slot0 = next(i for i, k, _ in self.slots if k == 0)

    def tag(self, rows: list[list[str]], titles: list[bool]) -> list[str]:
        feats = self.featurizer.process([rows])[0]
        n = len(rows)
        for j in range(n):
            want = "T[0].istitle=True" if titles[j] else "T[0].istitle=False"
            if feats[j][self.slot0] == want:
                continue
            value = "True" if titles[j] else "False"
            for idx, k, name in self.slots:  # token j is seen as T[k] from token j - k
                if 0 <= j - k < n:
                    feats[j - k][idx] = f"{name}={value}"
        return self.tagger.tag(feats)


class Tagger:
    """segmentation -> POS (-> chunk) -> NER over one sentence, like `underthesea.ner()`."""

    def __init__(self) -> None:
        import underthesea
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

        root = Path(underthesea.__file__).resolve().parent / "pipeline"
        # the word segmenter already featurises in Rust: its own loader is reused as is
        ws = FastCRFSequenceTagger()
        ws.load(str(root / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"))
        self.ws_tagger, self.ws_featurizer = ws.estimator, ws.featurizer
        self.pos = _Stage(root / "pos_tag" / "pos_crf_2017_10_11.bin", POS_TEMPLATE)
        self.chunker = _Stage(root / "chunking" / "chunk_crf_2017_10_12.bin", CHUNK_TEMPLATE)
        self.ner = _Stage(root / "ner" / "ner_crf_2017_10_12.bin", NER_TEMPLATE)

    def words(self, sentence: str) -> list[str]:
        """underthesea's `word_tokenize`: its regex tokenizer, then the segmentation CRF."""
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

        tokens = tokenize(sentence)
        if not tokens:
            return []
        tags = self.ws_tagger.tag(self.ws_featurizer.process([[[t] for t in tokens]])[0])
        out: list[str] = []
        for tag, token in zip(tags, tokens):
            if tag == "I-W" and out:
                out[-1] = out[-1] + " " + token
            else:
                out.append(token)
        return out

    def tag(self, sentence: str, chunk: bool = False) -> list[tuple[str, str, str, str]]:
        """(word, POS, chunk, NER) per word; chunk is '' unless `chunk` is asked for."""
        words = self.words(sentence)
        if not words:
            return []
        titles = [_istitle(w) for w in words]
        pos = self.pos.tag([[w, "X"] for w in words], titles)
        if chunk:
            chunks = self.chunker.tag([[w, p, "X"] for w, p in zip(words, pos)], titles)
        else:
            chunks = [""] * len(words)
        ner = self.ner.tag([[w, p, c or "X", "X"] for w, p, c in zip(words, pos, chunks)], titles)
        return list(zip(words, pos, chunks, ner))


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    return Tagger()
