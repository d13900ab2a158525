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


# --- the tagging chain (c4ir_kb.nlp.tagger) against underthesea.ner() ---

TAGS = Path(__file__).parent / "snapshots" / "tagger_tags.json"


def _snapshot_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tagger_snapshot", TAGS.parent / "make_tagger_snapshot.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_tagging_chain_gives_ner_s_words_pos_and_ner_tags_on_every_sentence_of_the_repository():
    """tagger_tags.json holds digests of underthesea.ner()'s output on every sentence of
    data/raw, tests/holdout* and tests/ner (regenerate: tests/snapshots/make_tagger_snapshot.py)."""
    from c4ir_kb.nlp.tagger import tagger

    snap = _snapshot_module()
    expected = json.loads(TAGS.read_text(encoding="utf-8"))
    sentences = snap.sentences()
    assert len(sentences) > 900 and len(expected) == len({snap.digest(s) for _, s in sentences})
    wrong = [(where, s) for where, s in sentences if expected[snap.digest(s)] != snap.digest(snap.triples(tagger().tag(s)))]
    assert not wrong, f"{len(wrong)} sentences tagged differently, first in {wrong[0][0]}: {wrong[0][1][:80]}"


def test_with_chunking_the_chain_equals_ner_tuple_for_tuple():
    from underthesea import ner

    from c4ir_kb.nlp.tagger import tagger

    sentences = [case["sentence"] for case in json.loads(SNAPSHOT.read_text(encoding="utf-8"))]
    sentences += ["", ".", "Ông  Lê Văn Tám (5G) nói: “Xin chào!”", "Hà Nội, ngày 2/9/2025 - TP.HCM"]
    for s in sentences:
        assert tagger().tag(s, chunk=True) == [tuple(t) for t in ner(s)]


def test_without_chunking_the_chunk_column_is_empty_and_the_other_tags_unchanged():
    from c4ir_kb.nlp.tagger import tagger

    s = "Bộ trưởng Nguyễn Văn Hùng thăm tỉnh Quảng Ngãi."
    full, fast = tagger().tag(s, chunk=True), tagger().tag(s)
    assert [c for _, _, c, _ in fast] == [""] * len(full)
    assert [(w, p, n) for w, p, _, n in fast] == [(w, p, n) for w, p, _, n in full]


# --- bounded sentence length: linear cost ---

RUN_ON = "Ông Trần Văn Bình giám đốc sở xây dựng tỉnh Long An cho biết tỉnh sẽ làm thêm đường ven sông trong hai năm tới "


def test_a_paragraph_without_punctuation_is_cut_into_bounded_sentences_with_exact_offsets():
    from c4ir_kb.nlp.bounds import MAX_SENTENCE

    text = "Mở đầu.\n" + RUN_ON * 60 + "\nKết thúc."
    doc = analyze(make_article(text, "a.txt"))
    assert len(doc.sentences) >= len(RUN_ON) * 60 // MAX_SENTENCE + 2
    assert all(s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    assert all(text[s.start : s.end] == s.text and s.text == s.text.strip() for s in doc.sentences)
    assert all(text[t.start : t.end] == t.text for s in doc.sentences for t in s.tokens)
    # nothing is lost: the pieces cover every non-space character of the paragraph
    covered = "".join(s.text for s in doc.sentences).replace(" ", "")
    assert covered == text.replace(" ", "").replace("\n", "")


def test_a_long_span_is_cut_after_a_clause_mark_before_a_bare_space():
    from c4ir_kb.nlp.bounds import bounded

    text = "một hai ba, bốn năm sáu bảy tám chín"
    pieces = bounded(text, 0, len(text), limit=20)
    assert [text[a:b] for a, b in pieces] == ["một hai ba,", "bốn năm sáu bảy tám", "chín"]


def test_a_run_without_any_space_is_cut_at_the_bound():
    from c4ir_kb.nlp.bounds import bounded

    assert bounded("x" * 25, 0, 25, limit=10) == [(0, 10), (10, 20), (20, 25)]


def test_sentences_of_ordinary_length_are_not_cut():
    from c4ir_kb.nlp.bounds import MAX_SENTENCE

    snap = _snapshot_module()
    assert max(len(s) for _, s in snap.sentences()) < MAX_SENTENCE


def _cost(article, measure):
    """The smaller of two measurements of extracting `article`."""
    from c4ir_kb.extract.pipeline import extract

    return min(measure(extract, article) for _ in range(2))


def _calls(fn, arg) -> int:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(fn, arg)
    return pstats.Stats(prof).total_calls


def _cpu(fn, arg) -> float:
    import time

    t = time.process_time()
    fn(arg)
    return time.process_time() - t


@pytest.mark.parametrize("measure", [_calls, _cpu], ids=["function calls", "cpu time ratio"])
def test_extraction_cost_grows_linearly_with_a_paragraph_without_punctuation(measure):
    """4x the text costs about 4x (a quadratic cost would be 16x); measured as a ratio, never as a time."""
    from c4ir_kb.extract.pipeline import extract

    extract(make_article("Khởi động.", "w.txt"))  # models loaded outside the measurement
    small = make_article(RUN_ON * 20 + "\n", "s.txt")
    large = make_article(RUN_ON * 80 + "\n", "l.txt")
    ratio = _cost(large, measure) / _cost(small, measure)
    assert 2.5 < ratio < 7, ratio
