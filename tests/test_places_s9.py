"""Place words that stand inside the name of a thing, or in a currency's name, are no places of
the article; a street named after a person in an address is no person. Sentences written for
these tests, with invented names where a name is invented."""

from __future__ import annotations

from tests.test_places_in_names import article, places


def people(obj: dict) -> set[str]:
    return {p["name"] for p in obj["people"]}


def test_a_place_numbered_by_a_roman_numeral_names_a_plant():
    obj = article("Tập đoàn đang lo vốn cho hai tổ máy Thanh Hóa I và Thanh Hóa II, dự kiến vận hành cuối năm.")
    assert "Thanh Hóa" not in places(obj)


def test_a_bridge_numbered_by_a_roman_numeral_is_no_place():
    obj = article("Nhà thầu cam kết thông xe cầu Vàm Lũy II trước mùa mưa để người dân đi lại dễ hơn.")
    assert places(obj) == set()


def test_a_place_followed_by_an_ordinary_number_word_stays_a_place():
    obj = article("Đoàn công tác làm việc tại Thanh Hóa trong hai ngày cuối tuần trước.")
    assert places(obj) == {"Thanh Hóa"}


def test_a_train_named_after_a_place_word_is_no_place():
    obj = article("Hành khách có thể mua vé tàu Thống Nhất qua ứng dụng từ tuần sau.")
    assert "Thống Nhất" not in places(obj)


def test_an_event_after_a_city_noun_is_no_place():
    obj = article("Lãnh đạo tỉnh muốn đưa Sa Pa trở thành thành phố Festival Mây có tiếng trong khu vực.")
    assert places(obj) == {"Sa Pa"}


def test_a_country_in_a_currency_name_is_no_place():
    obj = article("Doanh thu quý này đạt 40 triệu đô la Mỹ, còn khoản vay được tính bằng đồng Việt Nam.")
    assert places(obj) == set()


def test_a_country_after_a_word_ending_in_the_currency_syllable_stays_a_place():
    obj = article("Cộng đồng Việt Nam ở nước bạn tổ chức đón năm mới.")
    assert places(obj) == {"Việt Nam"}


def test_a_region_then_its_country_are_two_places():
    obj = article("Năm nay tỉnh dẫn đầu khu vực Tây Nguyên Việt Nam về số khách.")
    assert places(obj) == {"Tây Nguyên", "Việt Nam"}


def test_a_street_named_after_a_person_in_an_address_is_no_person():
    obj = article("Điểm tiếp dân đặt tại số 27 Đặng Văn Thiêm, phường Hòa Khánh, Đà Nẵng, mở cửa sáng thứ Hai.")
    assert people(obj) == set()


def test_a_person_after_a_shirt_number_stays_a_person():
    obj = article("Tiền đạo mang áo số 9 Trần Minh Khôi ghi bàn thắng duy nhất của trận đấu.")
    assert "Trần Minh Khôi" in people(obj)


def test_a_region_after_an_age_group_names_a_competition():
    obj = article("Ban huấn luyện chốt danh sách dự vòng loại U19 Đông Nam Á vào cuối tháng.")
    assert places(obj) == set()


def test_a_place_after_a_bracketed_acronym_of_the_words_before_continues_their_name():
    obj = article("Nhà thầu đang hoàn thiện nhà ga Cảng hàng không quốc tế (HKQT) Chu Lai cho kịp mùa hè.")
    assert "Chu Lai" not in places(obj)


def test_a_place_after_a_bracketed_name_that_abbreviates_nothing_before_stays_a_place():
    obj = article("Lãnh đạo Sở Công Thương (ông Hùng) Đà Nẵng cho biết sẽ tăng kiểm tra.")
    assert "Đà Nẵng" in places(obj)
