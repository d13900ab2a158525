"""Places on unseen news, tenth pass: what is written after a place's name and is no part of
it. Sentences written for these tests, with invented names."""

from __future__ import annotations

from tests.test_orgs_s7 import run, surfaces


def places(r) -> set[str]:
    """The places the export lists: not a place named inside another name (loc.in-facility-name)."""
    return {m.text for m in r.mentions if m.type == "LOC" and m.rule != "loc.in-facility-name"}


def test_an_area_glued_to_a_parks_name_is_no_part_of_it():
    r = run("Công ty đang lấp đầy KCN Tân Lạc Xanh 318ha ở Hải Phòng và KCN Đông Vỹ 2 tại Ninh Bình.")
    assert "KCN Tân Lạc Xanh" in surfaces(r, "LOC")
    assert "KCN Đông Vỹ 2" in surfaces(r, "LOC")
    assert not any("318ha" in s for s in surfaces(r, "LOC"))


def test_a_region_after_a_stage_of_a_competition_names_the_competition():
    r = run("Trước khi bước vào vòng loại châu Á, đội tuyển nữ đã tập huấn ở Đà Lạt.")
    assert "châu Á" not in places(r)
    assert "Đà Lạt" in places(r)


def test_a_region_after_a_title_won_names_the_championship():
    r = run("Đội U19 của tỉnh vừa lên ngôi vô địch Đông Nam Á sau loạt sút luân lưu.")
    assert "Đông Nam Á" not in places(r)


def test_a_region_where_something_happens_stays_a_place():
    r = run("Giá gạo xuất khẩu sang các nước Đông Nam Á tăng mạnh trong quý này.")
    assert "Đông Nam Á" in places(r)


def test_a_country_in_an_english_slogan_is_no_place():
    r = run("Hợp tác xã vừa ra mắt dòng máy sấy nông sản Made in Vietnam đầu tiên của huyện.")
    assert "Vietnam" not in places(r)


def test_a_country_spelt_in_english_after_a_vietnamese_word_stays_a_place():
    r = run("Diễn đàn khởi nghiệp năm nay có nhiều quỹ đầu tư từ Singapore tham dự.")
    assert "Singapore" in places(r)
