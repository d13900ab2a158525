"""Titles in parentheses after names, as court and police reports write them (sentences
written for these tests)."""

from __future__ import annotations

from c4ir_kb.extract.entities import extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze


def roles(text: str) -> set[tuple]:
    r = extract_entities(analyze(Article(id="t", source="t", text=text, content_hash=str(hash(text)))))
    n = {e.id: e.name for e in r.entities}
    return {(n[x.person], x.title, n[x.org] if x.org else None) for x in r.roles}


def test_a_title_in_parentheses_after_a_name_is_its_role():
    assert roles("Cơ quan điều tra đã khởi tố bị can Đặng Hoài Nam (Giám đốc Sở Y tế).") == {("Đặng Hoài Nam", "Giám đốc", "Sở Y tế")}


def test_two_names_take_one_title_each_in_order_and_share_the_body_named_last():
    # the former-post marker before the first title is the second's too (both are former posts)
    got = roles("Hội đồng thi đua tặng giấy khen cho Tạ Quang Vinh, Lò Minh Đức (cựu Chủ tịch và Phó chủ tịch UBND tỉnh Sơn La) sau ba nhiệm kỳ.")
    assert got == {("Tạ Quang Vinh", "cựu Chủ tịch", "UBND tỉnh Sơn La"), ("Lò Minh Đức", "cựu Phó chủ tịch", "UBND tỉnh Sơn La")}


def test_more_titles_than_readable_names_assign_nothing():
    got = roles("Bị can gồm Hồ Lâm, Lê Nguyễn Thanh Tâm (cựu Giám đốc, Phó giám đốc Sở Tài nguyên và Môi trường).")
    assert not any(t == "cựu Giám đốc" and p == "Lê Nguyễn Thanh Tâm" for p, t, o in got)


def test_a_dropped_non_entity_moves_no_title_to_another_person():
    # the initials under the photo are dropped after the roles were read
    got = roles("Ảnh: Q.H\nBị can Nguyễn Văn Phú (cựu Giám đốc Sở Xây dựng) và Trần Văn Lộc (cán bộ) bị bắt.")
    assert ("Nguyễn Văn Phú", "cựu Giám đốc", "Sở Xây dựng") in got
    assert not any(p == "Trần Văn Lộc" and t == "cựu Giám đốc" for p, t, o in got)


def test_an_age_before_the_title_in_parentheses_is_skipped():
    got = roles("Trong danh sách được khen thưởng năm nay có Hoàng Văn Khải (57 tuổi, Chủ tịch UBND xã Tân Lập).")
    assert got == {("Hoàng Văn Khải", "Chủ tịch", "UBND xã Tân Lập")}


def test_a_note_after_the_titles_in_parentheses_keeps_them():
    got = roles("Đoàn kiểm tra làm việc với Lý Thị Mận (44 tuổi, Phó Chủ tịch UBND xã Tân Lập, phụ trách văn hóa) về hồ sơ lễ hội.")
    assert got == {("Lý Thị Mận", "Phó Chủ tịch", "UBND xã Tân Lập")}

