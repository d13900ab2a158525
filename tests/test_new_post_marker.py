"""`tân` before a title: a post just taken. The titles go on after it, and it is not kept in the
title (the title is the post). Sentences written for these tests."""

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def roles(text: str) -> list[tuple]:
    r = extract(Article(id="t", source="t.txt", text=text, content_hash="t"))
    names = {m.entity: m.text for m in r.mentions}
    return [(names.get(x.person), x.title, names.get(x.org)) for x in r.roles]


def test_a_new_post_after_a_dash_is_the_persons_title():
    assert roles("Tin\n\nÔng Lý Văn Kha - tân Phó Bí thư Tỉnh ủy Nghệ An phát biểu.") == [("Lý Văn Kha", "Phó Bí thư", "Tỉnh ủy Nghệ An")]


def test_a_new_post_after_a_rank_and_comma_is_the_persons_title():
    assert ("Đinh Văn Sơn", "Giám đốc", "Công an tỉnh Hà Tĩnh") in roles("Tin\n\nĐại tá Đinh Văn Sơn, tân Giám đốc Công an tỉnh Hà Tĩnh, cho biết.")


def test_a_former_post_keeps_its_marker():
    assert roles("Tin\n\nÔng Đinh Văn Sơn, cựu Giám đốc Sở Y tế, cho biết.") == [("Đinh Văn Sơn", "cựu Giám đốc", "Sở Y tế")]
