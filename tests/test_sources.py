"""Reading articles: what is accepted, what is refused, and how it is named."""

import json
from datetime import date

from c4ir_kb.models import Article
from c4ir_kb.sources.reader import InputError, InputWarning, headline, read_sources

TEXT = "Ngày 5/3, UBND tỉnh Đồng Nai tổ chức hội nghị.\nÔng Nguyễn Văn A phát biểu.\n"


def only(items, kind):
    return [i for i in items if isinstance(i, kind)]


def test_utf8_text_file_is_read_exactly_as_given(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    [art] = only(read_sources([str(f)]), Article)
    assert art.text == TEXT
    assert art.source == "a.txt"
    assert art.id == art.content_hash[:16]


def test_utf8_bom_is_accepted(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    [art] = only(read_sources([str(f)]), Article)
    assert art.text == TEXT


def test_utf16_with_bom_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(TEXT.encode("utf-16"))
    items = list(read_sources([str(f)]))
    assert only(items, Article)[0].text == TEXT
    assert "UTF-16" in only(items, InputWarning)[0].message


def test_missing_path_is_an_error_naming_it(tmp_path):
    [e] = list(read_sources([str(tmp_path / "nope.txt")]))
    assert isinstance(e, InputError) and "nope.txt" in str(e) and "no such file" in e.problem


def test_empty_file_is_refused(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    [e] = list(read_sources([str(f)]))
    assert isinstance(e, InputError) and "empty" in e.problem


def test_binary_file_is_refused(tmp_path):
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [e] = list(read_sources([str(f)]))
    assert isinstance(e, InputError) and "binary" in e.problem


def test_non_utf8_file_is_refused_with_the_offset(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Hội nghị".encode("cp1258", errors="replace") + b"\xff\xfe\xfd")
    [e] = list(read_sources([str(f)]))
    assert isinstance(e, InputError) and "not UTF-8" in e.problem


def test_sidecar_metadata_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    meta = {"title": "Tiêu đề", "url": "https://example.vn/a", "published": "2024-03-05", "source": "Báo X"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    [art] = only(read_sources([str(tmp_path)]), Article)
    assert (art.title, art.url, art.published, art.source_name) == ("Tiêu đề", meta["url"], date(2024, 3, 5), "Báo X")


def test_invalid_published_in_sidecar_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "05/03/2024"}', encoding="utf-8")
    [e] = list(read_sources([str(tmp_path / "a.txt")]))
    assert isinstance(e, InputError) and "invalid published date" in e.problem


def test_a_standalone_first_line_is_the_title():
    assert headline("Đồng Nai khởi công cao tốc\n\nSáng 5/3, ...") == "Đồng Nai khởi công cao tốc"
    assert headline("Sáng 5/3, tỉnh khởi công cao tốc.\n\nTiếp đó ...") is None
    assert headline("Một dòng\nkhông có dòng trống") is None


def test_directory_reads_txt_and_jsonl_sorted_and_skips_sidecars(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT + "Thêm.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "Hà Nội mưa."}) + "\n", encoding="utf-8")
    arts = only(read_sources([str(tmp_path)]), Article)
    assert [a.source for a in arts] == ["a.txt", "b.txt", "c1"]


def test_glob_pattern_expands(tmp_path):
    for n in ("x1.txt", "x2.txt"):
        (tmp_path / n).write_text(TEXT + n, encoding="utf-8")
    assert [a.source for a in only(read_sources([str(tmp_path / "x*.txt")]), Article)] == ["x1.txt", "x2.txt"]


def test_malformed_jsonl_line_is_reported_by_number_and_good_lines_are_kept(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "ok1", "text": "Một."}) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"id": "ok2", "text": "Hai.", "published": "2025-01-02"}) + "\n",
        encoding="utf-8",
    )
    items = list(read_sources([str(f)]))
    assert [a.source for a in only(items, Article)] == ["ok1", "ok2"]
    errors = only(items, InputError)
    assert [e.where for e in errors] == [f"{f}:2", f"{f}:3"]
    assert "malformed JSON" in errors[0].problem and '"text"' in errors[1].problem
