"""Commitments, eighth session (recall): undertakings unseen news states with a document, a programme or a
facility as the subject, or after a clause that already holds one; one phenomenon per test, the sentences
are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- an opinion word inside an undertaking already found does not make the next clause an opinion ----

def test_a_target_after_a_plan_to_carry_out_an_assessment_is_kept():
    r = run("Công ty Hải Âu sẽ rà soát, đánh giá lại định mức vật tư của các phân xưởng, "
            "phấn đấu giảm chi phí sản xuất 10% trong năm 2026.\n",
            [("ORG", "Công ty Hải Âu", []), ("PER", "Trần Văn Định", [])])
    c = r.find("giảm chi phí sản xuất")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "target"


def test_an_opinion_before_any_undertaking_still_blocks_a_weak_trigger():
    r = run("Công ty Hải Âu dự báo giá thép sẽ tăng mạnh trong quý tới.\n",
            [("ORG", "Công ty Hải Âu", [])])
    assert r.commitments == []


# ---- an agreement as the subject of what it sets out to do: its parties agree ----

def test_what_a_signed_agreement_focuses_on_is_the_first_partys_agreement():
    r = run("Chiều 4/3, Trường Cao đẳng Kỹ thuật Đông Khê ký biên bản ghi nhớ với Công ty Phú Lâm.\n\n"
            "Được biết, bản ghi nhớ tập trung vào đào tạo kỹ sư tự động hóa cho các nhà máy phía Bắc.\n",
            [("ORG", "Trường Cao đẳng Kỹ thuật Đông Khê", []), ("ORG", "Công ty Phú Lâm", [])])
    c = r.find("kỹ sư tự động hóa")
    assert r.name(c.actor) == "Trường Cao đẳng Kỹ thuật Đông Khê" and c.kind == "agreement"
    assert c.text.startswith("bản ghi nhớ tập trung")

def test_what_an_agreement_is_describes_it_and_undertakes_nothing():
    r = run("Chiều 4/3, Trường Cao đẳng Kỹ thuật Đông Khê ký biên bản ghi nhớ với Công ty Phú Lâm.\n\n"
            "Bản ghi nhớ gồm ba điều khoản nhằm gắn việc dạy nghề với nhu cầu tuyển dụng của doanh nghiệp.\n",
            [("ORG", "Trường Cao đẳng Kỹ thuật Đông Khê", []), ("ORG", "Công ty Phú Lâm", [])])
    assert not [c for c in r.commitments if "nhu cầu tuyển dụng" in c.text]


# ---- a hope after an agreement is no item of it ----

def test_what_the_parties_hope_after_agreeing_is_not_an_item_of_the_agreement():
    # a sentence opening with a verb goes on with the agreement before, unless it says what the parties hope for
    r = run("Hợp tác xã Tân Phú cùng Công ty Phú Lâm nhất trí liên kết trồng và tiêu thụ chè hữu cơ. "
            "Xây dựng thương hiệu chè sạch là điều cả hai đơn vị hy vọng đạt được trong ba năm tới.\n",
            [("ORG", "Hợp tác xã Tân Phú", []), ("ORG", "Công ty Phú Lâm", [])])
    assert r.find("liên kết trồng và tiêu thụ chè").kind == "agreement"
    assert not [c for c in r.commitments if "thương hiệu chè sạch" in c.text]


# ---- a programme or facility that will do something: its owner undertakes it ----

def test_what_a_new_facility_will_do_is_its_owners_plan():
    # `<lead>, đề án sẽ …`: a programme cannot undertake anything; the body of the sentence before, its owner, does
    r = run("Sở Nông nghiệp tỉnh Đông Khê vừa hoàn tất đề án phục hồi rừng ngập mặn. "
            "Trong giai đoạn đầu, đề án sẽ trồng mới 300 ha đước ở các xã ven biển.\n",
            [("ORG", "Sở Nông nghiệp tỉnh Đông Khê", [])])
    c = r.find("trồng mới 300 ha đước")
    assert r.name(c.actor) == "Sở Nông nghiệp tỉnh Đông Khê" and c.kind == "plan"

def test_a_facility_named_with_its_owner_is_left_to_the_owner_rules():
    r = run("Sở Nông nghiệp tỉnh Đông Khê vừa hoàn tất đề án phục hồi rừng ngập mặn. "
            "Trong giai đoạn đầu, đề án của Công ty Phú Lâm sẽ trồng mới 300 ha đước ở các xã ven biển.\n",
            [("ORG", "Sở Nông nghiệp tỉnh Đông Khê", []), ("ORG", "Công ty Phú Lâm", [])])
    assert not [c for c in r.commitments if "300 ha đước" in c.text and r.name(c.actor) == "Sở Nông nghiệp tỉnh Đông Khê"]


# ---- an event scheduled ahead: a term after a comma is part of its name ----

def test_a_congress_named_with_its_term_and_scheduled_ahead_is_a_plan():
    # `đại hội … khóa IX, nhiệm kỳ 2027 - 2032 dự kiến …`: the comma before the term does not end the event's name
    r = run("Huyện ủy Đông Khê cho hay đại hội Hội Nông dân huyện Đông Khê khóa IX, nhiệm kỳ 2027 - 2032 dự kiến khai mạc sáng 14/8/2027.\n",
            [("ORG", "Huyện ủy Đông Khê", []), ("ORG", "Hội Nông dân huyện Đông Khê", [])])
    c = r.find("dự kiến khai mạc")
    assert c.kind == "plan" and c.rule.startswith("plan:đại hội")


def test_a_comma_before_anything_but_a_term_still_ends_the_events_phrase():
    r = run("Huyện ủy Đông Khê cho hay đại hội Hội Nông dân huyện Đông Khê khóa IX, các hội viên dự kiến góp ý văn kiện sáng 14/8/2027.\n",
            [("ORG", "Huyện ủy Đông Khê", []), ("ORG", "Hội Nông dân huyện Đông Khê", [])])
    assert not [c for c in r.commitments if c.rule.startswith("plan:đại hội")]


# ---- a leader's directive passed on as `có ý kiến chỉ đạo …:`, its items in the paragraphs after ----

def test_a_directive_passed_on_with_its_items_in_the_paragraphs_after():
    r = run("Văn phòng UBND tỉnh Đông Khê cho biết Chủ tịch UBND tỉnh Đông Khê Hà Văn Lộc có ý kiến chỉ đạo các sở, ngành như sau:\n\n"
            "- Kiểm tra ngay hệ thống đê bao ven biển, hoàn thành trong tuần này.\n\n"
            "- Chuẩn bị phương án sơ tán dân ở các xã ven biển trước ngày 15/9.\n",
            [("ORG", "UBND tỉnh Đông Khê", []), ("PER", "Hà Văn Lộc", []), ("ORG", "Văn phòng UBND tỉnh Đông Khê", [])])
    for words in ("hệ thống đê bao ven biển", "phương án sơ tán dân"):
        c = r.find(words)
        assert r.name(c.actor) == "UBND tỉnh Đông Khê" and c.kind == "directive"


def test_the_phrase_co_y_kien_chi_dao_before_cua_directs_nothing():
    # `X có ý kiến chỉ đạo của Y`: `có` says X holds a direction Y gave; neither directs in this clause
    r = run("Sở Xây dựng hiện có ý kiến chỉ đạo của UBND tỉnh Nam Hải về việc sửa chữa cầu cảng.\n",
            [("ORG", "UBND tỉnh Nam Hải", []), ("ORG", "Sở Xây dựng", [])])
    assert r.commitments == []
