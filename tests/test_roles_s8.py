"""Roles on unseen court, police and party reports (sentences written for these tests,
invented names and invented villages): village and neighbourhood posts."""

from __future__ import annotations

from tests.test_title_chains import people, roles, run


def test_a_village_head_title_takes_the_village_name_and_no_organisation():
    r = run("Ông Khổng Văn Lực, Trưởng thôn Vĩnh Thạnh, đã dẫn đoàn đi xem bờ kè mới đắp.")
    assert ("Khổng Văn Lực", "Trưởng thôn Vĩnh Thạnh", None) in roles(r)


def test_a_deputy_post_in_a_hamlet_keeps_its_number():
    r = run("Tạ Văn Sáu (sinh năm 1970, Phó trưởng ấp 4) bị tuyên phạt 18 tháng tù cho hưởng án treo.")
    assert ("Tạ Văn Sáu", "Phó trưởng ấp 4", None) in roles(r)


def test_a_village_party_cell_is_the_organisation_of_its_secretary():
    r = run("Lễ ra mắt mô hình khu dân cư kiểu mẫu có sự tham gia của Lục Văn Khánh (62 tuổi, Bí thư Chi bộ thôn Phú Mỹ).")
    assert ("Lục Văn Khánh", "Bí thư", "Chi bộ thôn Phú Mỹ") in roles(r)


def test_a_former_village_post_after_a_branch_post_is_held_in_no_body():
    r = run("Phần thưởng được trao cho Mẫn Thị Thoa (54 tuổi, Chi hội trưởng Chi hội Phụ nữ thôn Phú Mỹ, nguyên Phó thôn Phú Mỹ) vì nhiều năm vận động hội viên.")
    got = roles(r)
    assert ("Mẫn Thị Thoa", "Chi hội trưởng", "Chi hội Phụ nữ thôn Phú Mỹ") in got
    assert ("Mẫn Thị Thoa", "nguyên Phó thôn Phú Mỹ", None) in got


def test_a_full_name_after_a_village_title_is_its_holder_not_the_village():
    r = run("Trưởng thôn Đàm Văn Lộc cho biết nước lũ đã rút khỏi các hộ ven sông.")
    assert ("Đàm Văn Lộc", "Trưởng thôn", None) in roles(r)


def test_a_provincial_inspectorate_is_the_organisation_of_its_former_deputy_chief():
    r = run("Bị cáo Hà Quang Vũ, nguyên Phó Chánh Thanh tra tỉnh Điện Biên, được giảm nhẹ hình phạt.")
    assert ("Hà Quang Vũ", "nguyên Phó Chánh Thanh tra", "Thanh tra tỉnh Điện Biên") in roles(r)


def test_a_chief_inspector_named_after_his_inspectorate_is_its_head():
    r = run("Theo kết luận, Chánh Thanh tra tỉnh Điện Biên Lò Văn Xuân đã nhận 150 triệu đồng từ các đơn vị.")
    assert ("Lò Văn Xuân", "Chánh Thanh tra", "Thanh tra tỉnh Điện Biên") in roles(r)


def test_a_family_name_that_is_also_a_road_is_a_person_before_an_age_aside():
    r = run("Người nhận bằng khen đầu tiên là Đường Văn Khải (52 tuổi, Phó Chủ tịch UBND xã Tân Lập), tiếp theo là các tổ trưởng.")
    assert "Đường Văn Khải" in people(r)
    assert ("Đường Văn Khải", "Phó Chủ tịch", "UBND xã Tân Lập") in roles(r)


def test_a_road_named_after_a_person_is_no_person_even_before_an_aside():
    r = run("Đường Nguyễn Văn Cừ, sinh năm nào cũng được sửa lại một lần, nay thông xe.")
    assert not any(p.startswith("Đường") for p in people(r))


def test_a_road_without_an_aside_stays_a_road():
    r = run("Đường Hồ Xuân Hương được lát đá mới trong tháng này.")
    assert not any(p.startswith("Đường") for p in people(r))


def test_a_district_after_a_department_in_a_caption_is_no_holder():
    r = run("Cựu Phó trưởng phòng TN&MT Bảo Lâm trả lời tòa chiều qua.")
    assert "Bảo Lâm" not in people(r)
