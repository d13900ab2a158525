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
    r = run("Sáng 5/3, Công ty Hải Âu và Trường Đại học Nam Hải đã ký kết thỏa thuận hợp tác. "
            "Thỏa thuận lần này đặt trọng tâm vào việc xây dựng phòng thí nghiệm vật liệu mới cho sinh viên.\n",
            [("ORG", "Công ty Hải Âu", []), ("ORG", "Trường Đại học Nam Hải", [])])
    c = r.find("phòng thí nghiệm vật liệu")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "agreement"
    assert c.text.startswith("Thỏa thuận lần này")


def test_what_an_agreement_is_describes_it_and_undertakes_nothing():
    r = run("Sáng 5/3, Công ty Hải Âu và Trường Đại học Nam Hải đã ký kết thỏa thuận hợp tác. "
            "Thỏa thuận này là dấu mốc quan trọng nhằm nâng cao chất lượng đào tạo của nhà trường.\n",
            [("ORG", "Công ty Hải Âu", []), ("ORG", "Trường Đại học Nam Hải", [])])
    assert not [c for c in r.commitments if "chất lượng đào tạo" in c.text]


# ---- a hope after an agreement is no item of it ----

def test_what_the_parties_hope_after_agreeing_is_not_an_item_of_the_agreement():
    r = run("Công ty Hải Âu và Công ty Bắc Sơn thống nhất mở rộng hợp tác trong lĩnh vực kho vận. "
            "Thông qua hợp tác, hai bên kỳ vọng giảm chi phí vận chuyển cho khách hàng miền Trung.\n",
            [("ORG", "Công ty Hải Âu", []), ("ORG", "Công ty Bắc Sơn", [])])
    assert r.find("mở rộng hợp tác").kind == "agreement"
    assert not [c for c in r.commitments if "chi phí vận chuyển" in c.text]


# ---- a programme or facility that will do something: its owner undertakes it ----

def test_what_a_new_facility_will_do_is_its_owners_plan():
    r = run("Bệnh viện Nam Hải cho biết sẽ mở thêm khu điều trị ung bướu tại huyện Đông Sơn. "
            "Khi đi vào hoạt động, cơ sở mới của bệnh viện sẽ tiếp nhận bệnh nhân từ các xã miền núi.\n",
            [("ORG", "Bệnh viện Nam Hải", [])])
    c = r.find("tiếp nhận bệnh nhân")
    assert r.name(c.actor) == "Bệnh viện Nam Hải" and c.kind == "plan"


def test_a_facility_named_with_its_owner_is_left_to_the_owner_rules():
    r = run("Bệnh viện Nam Hải cho biết sẽ mở thêm khu điều trị ung bướu tại huyện Đông Sơn. "
            "Khi đi vào hoạt động, cơ sở mới của Công ty Bắc Sơn sẽ tiếp nhận bệnh nhân từ các xã miền núi.\n",
            [("ORG", "Bệnh viện Nam Hải", []), ("ORG", "Công ty Bắc Sơn", [])])
    assert not [c for c in r.commitments if "tiếp nhận bệnh nhân" in c.text and r.name(c.actor) == "Bệnh viện Nam Hải"]


# ---- an event scheduled ahead: a term after a comma is part of its name ----

def test_a_congress_named_with_its_term_and_scheduled_ahead_is_the_announcers_plan():
    r = run("Ban Thường vụ Tỉnh ủy Nam Hải thông báo Đại hội đại biểu Đảng bộ tỉnh Nam Hải lần thứ XV, nhiệm kỳ 2025 - 2030 "
            "dự kiến diễn ra từ ngày 20 - 22/9/2025.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Nam Hải", []), ("ORG", "Đảng bộ tỉnh Nam Hải", [])])
    c = r.find("dự kiến diễn ra")
    assert r.name(c.actor) == "Ban Thường vụ Tỉnh ủy Nam Hải" and c.kind == "plan"


def test_a_comma_before_anything_but_a_term_still_ends_the_events_phrase():
    r = run("Ban Thường vụ Tỉnh ủy Nam Hải thông báo Đại hội đại biểu Đảng bộ tỉnh Nam Hải lần thứ XV, các đại biểu "
            "dự kiến thảo luận từ ngày 20 - 22/9/2025.\n",
            [("ORG", "Ban Thường vụ Tỉnh ủy Nam Hải", []), ("ORG", "Đảng bộ tỉnh Nam Hải", [])])
    assert not [c for c in r.commitments if c.rule.startswith("plan:đại hội")]


# ---- a leader's directive passed on as `có ý kiến chỉ đạo …:`, its items in the paragraphs after ----

def test_a_directive_passed_on_with_its_items_in_the_paragraphs_after():
    r = run("Phó Chủ tịch UBND tỉnh Nam Hải Lê Minh Tâm có ý kiến chỉ đạo Sở Xây dựng và các huyện tập trung thực hiện các nhiệm vụ sau:\n\n"
            "Thứ nhất, rà soát toàn bộ các công trình giao thông đang thi công dở dang trên địa bàn.\n\n"
            "Thứ hai, hoàn thành giải phóng mặt bằng tuyến tránh phía Bắc trước quý III/2025.\n",
            [("ORG", "UBND tỉnh Nam Hải", []), ("PER", "Lê Minh Tâm", []), ("ORG", "Sở Xây dựng", [])])
    for words in ("rà soát toàn bộ các công trình", "giải phóng mặt bằng tuyến tránh"):
        c = r.find(words)
        assert r.name(c.actor) == "UBND tỉnh Nam Hải" and c.kind == "directive"


def test_the_phrase_co_y_kien_chi_dao_before_cua_directs_nothing():
    # `X có ý kiến chỉ đạo của Y`: `có` says X holds a direction Y gave; neither directs in this clause
    r = run("Sở Xây dựng hiện có ý kiến chỉ đạo của UBND tỉnh Nam Hải về việc sửa chữa cầu cảng.\n",
            [("ORG", "UBND tỉnh Nam Hải", []), ("ORG", "Sở Xây dựng", [])])
    assert r.commitments == []
