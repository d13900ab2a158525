"""Normalization, sentence splitting, and underthesea's tokens mapped back to offsets."""

import json
from pathlib import Path

import pytest

from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze
from c4ir_kb.sources.reader import make_article
from c4ir_kb.nlp.normalize import fold, match_key, normalize, normalize_same_length

SNAPSHOT = Path(__file__).parent / "snapshots" / "underthesea_ner.json"


@pytest.mark.parametrize(
    "modern, traditional",
    [("Thành uỷ", "Thành ủy"), ("hoà bình", "hòa bình"), ("thuý", "thúy"), ("khoẻ", "khỏe"), ("HOÀ", "HÒA")],
)
def test_one_placement_of_tone_marks(modern, traditional):
    assert normalize(modern) == traditional
    assert match_key(modern) == match_key(traditional)


@pytest.mark.parametrize("word", ["Hoàng", "quý", "khuyến", "thuyết"])
def test_syllables_with_a_final_consonant_or_qu_keep_their_tone(word):
    assert normalize(word) == word


def test_match_key_drops_case_punctuation_and_spaces():
    assert match_key("UBND TP.HCM") == match_key("UBND TPHCM") == match_key("ubnd tp. hcm")


def test_fold_removes_diacritics_and_d_bar():
    assert fold("Đồng Nai Thành uỷ") == "dong nai thanh uy"


def test_normalization_keeps_the_length_even_for_decomposed_text():
    decomposed = "Tha\u0300nh uy\u0309"  # NFD
    assert len(normalize_same_length(decomposed)) == len(decomposed)


@pytest.fixture(scope="module")
def doc():
    text = "Thành uỷ TP.HCM họp.\n\nChủ tịch UBND TP.HCM Phan Văn Mãi cho biết, thành phố sẽ hoà mạng 5G. Ông Mãi nói thêm."
    return analyze(make_article(text, "a.txt"))


def test_sentences_split_on_paragraphs_and_periods_with_exact_offsets(doc):
    text = doc.article.text
    assert [s.text for s in doc.sentences] == [
        "Thành uỷ TP.HCM họp.",
        "Chủ tịch UBND TP.HCM Phan Văn Mãi cho biết, thành phố sẽ hoà mạng 5G.",
        "Ông Mãi nói thêm.",
    ]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_tokens_point_into_the_original_text(doc):
    text = doc.article.text
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert tokens and all(text[t.start : t.end] == t.text for t in tokens)
    assert "Phan Văn Mãi" in [t.text for t in tokens]
    assert "uỷ" in text and "ủy" in doc.norm  # matched on the normal form, stored as given


def test_an_article_of_only_whitespace_lines_has_no_sentences():
    assert analyze(Article(id="x", source="x", text="\n \n", content_hash="x")).sentences == []


def test_underthesea_output_is_unchanged_for_the_pinned_version():
    """A new underthesea model must show up here, not silently in the knowledge base."""
    from underthesea import ner

    for case in json.loads(SNAPSHOT.read_text(encoding="utf-8")):
        assert [list(t) for t in ner(case["sentence"])] == case["tokens"]
