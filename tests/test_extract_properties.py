"""Any text and any valid publication date extract without failure, every offset inside the text."""

from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.sources.reader import make_article

# Vietnamese letters (precomposed and decomposed), digits, date punctuation, words the rules
# react to: the text strategies below mix them with arbitrary code points.
VI = list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
MARKS = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
PIECES = [
    "ngày ", "tháng ", "năm ", "năm sau", "năm ngoái", "hôm qua", "ngày mai", "tuần sau", "quý II/", "/", "-",
    "Chủ tịch ", "UBND ", "tỉnh ", "TP.HCM", "Tập đoàn ", "ông ", "bà ", "cam kết ", "sẽ ", "xây dựng ", "Nguyễn Văn ",
    ", ", ". ", "\n", "\n\n", " (", ")", "\u200b", "\t", "\x00", "\x1f", "31/12", "1/1/0001", "9999",
]
WORDY = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(VI), st.sampled_from(MARKS), st.integers(0, 10000).map(str)),
    max_size=60,
).map("".join)
TEXT = st.one_of(st.text(max_size=200), WORDY, WORDY.map(str.upper), st.lists(WORDY, max_size=3).map(" ".join))
EDGE_DATES = st.sampled_from([date.min, date.max, date(1, 1, 31), date(9999, 12, 1), date(2000, 2, 29)])


@settings(max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(), EDGE_DATES))
def test_any_text_and_published_date_extract_with_offsets_inside_the_text(text, published):
    assume(text.strip())
    article = make_article(text, "prop.txt").model_copy(update={"published": published})
    ex = extract(article)  # raises on failure: no component may lose the article
    n = len(text)
    for s in ex.document.sentences:
        assert 0 <= s.start <= s.end <= n and text[s.start : s.end] == s.text
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= n and text[m.start : m.end] == m.text
    for d in ex.dates:
        assert 0 <= d.start < d.end <= n and text[d.start : d.end] == d.text
    for r in ex.roles:
        assert 0 <= r.start <= r.end <= n
    for c in ex.commitments:
        assert 0 <= c.start < c.end <= n and text[c.start : c.end] == c.text
    ids = {e.id for e in ex.entities}
    assert {m.entity for m in ex.mentions} <= ids
