"""Sentence splitting and tagging, mapped back to character offsets.

Each sentence goes once through the tagging chain of `c4ir_kb.nlp.tagger`
(underthesea's segmentation, POS and NER models; tags equal to `underthesea.ner()`).
A sentence longer than `MAX_SENTENCE` characters (a table dumped as text, a
paragraph without punctuation) is cut into pieces of at most that length, so the
cost of tagging and of the per-sentence rules grows linearly with the input.
"""

from __future__ import annotations

import os
import re

from c4ir_kb.models import Article, Document, Sentence, Token
from c4ir_kb.nlp.bounds import bounded
from c4ir_kb.nlp.normalize import normalize_same_length

# Nothing may be downloaded at run time (underthesea's bundled CRF models ship in its wheel).
os.environ.setdefault("HF_HUB_OFFLINE", "1")

_PARA = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s")


def _ner():
    from c4ir_kb.nlp.tagger import tagger  # imported lazily: underthesea costs ~0.5 s

    return tagger().tag


def _sent_tokenize():
    from underthesea import sent_tokenize

    return sent_tokenize


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """Spans of sentences: paragraphs split on newlines, then by underthesea, then bounded in length."""
    return [piece for span in _sentence_spans(norm) for piece in bounded(norm, *span)]


def _sentence_spans(norm: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sent_tokenize = _sent_tokenize()
    for para in _PARA.finditer(norm):
        ptext = para.group()
        if not ptext.strip():
            continue
        cursor = 0
        for sent in sent_tokenize(ptext):
            sent = sent.strip()
            if not sent:
                continue
            i = ptext.find(sent, cursor)
            if i < 0:  # tokenizer altered the text; fall back to the rest of the paragraph
                i = cursor
                while i < len(ptext) and ptext[i].isspace():
                    i += 1
                j = len(ptext)
            else:
                j = i + len(sent)
            spans.append((para.start() + i, para.start() + j))
            cursor = j
        rest = ptext[cursor:]
        if rest.strip() and spans and spans[-1][1] <= para.start() + cursor:
            lead = len(rest) - len(rest.lstrip())
            spans.append((para.start() + cursor + lead, para.end() - (len(rest) - len(rest.rstrip()))))
    return spans


def align_tokens(sent_text: str, offset: int, tagged: list[tuple], original: str | None = None) -> list[Token]:
    """Give each underthesea token its character span in the sentence.

    Words are space-joined syllables; each syllable is searched forward from the
    cursor, so tokens the tagger altered are skipped rather than misplaced.
    """
    tokens: list[Token] = []
    cursor = 0
    for item in tagged:
        word, pos, chunk, tag = item[0], item[1], item[2], item[3]
        start = end = None
        c = cursor
        ok = True
        for syl in word.split():
            i = sent_text.find(syl, c)
            if i < 0 or (start is not None and sent_text[c:i].strip()):
                ok = False
                break
            if start is None:
                if sent_text[cursor:i].strip() and i - cursor > 40:
                    ok = False
                    break
                start = i
            end = c = i + len(syl)
        if not ok or start is None or end is None:
            continue
        tokens.append(
            Token(text=(original or sent_text)[start:end], pos=pos, chunk=chunk, ner=tag, start=offset + start, end=offset + end)
        )
        cursor = end
    return tokens


def analyze(article: Article) -> Document:
    norm = normalize_same_length(article.text)
    ner = _ner()
    sentences: list[Sentence] = []
    for idx, (s, e) in enumerate(split_sentences(norm)):
        text = norm[s:e]
        try:
            tagged = ner(text)
        except Exception:  # the CRF tagger is one signal; a sentence it chokes on keeps no tokens
            tagged = []
        sentences.append(Sentence(index=idx, start=s, end=e, text=article.text[s:e], tokens=align_tokens(text, s, tagged, article.text[s:e])))
    return Document(article=article, norm=norm, sentences=sentences)
