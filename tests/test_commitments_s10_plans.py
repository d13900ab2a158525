"""Plans and schedules without a trigger word (session 10): the sentences are written for these tests.
The articles are published on 1/3/2025 (tests.test_commitments_real.run)."""

from __future__ import annotations

from tests.test_commitments_real import run

HAI_AU = [("ORG", "Công ty Hải Âu", [])]


def test_an_action_in_a_year_after_publication_opening_the_sentence_is_a_plan():
    r = run("Năm 2026, Công ty Hải Âu mở rộng vùng nuôi tôm sạch ra ba huyện ven biển.\n", HAI_AU)
    c = r.find("mở rộng vùng nuôi tôm sạch")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.rule == "plan:dated-ahead/subject"


def test_an_action_dated_ahead_by_a_time_preposition_is_a_plan_with_its_aspect_word():
    r = run("Công ty Hải Âu tiếp tục khai trương cửa hàng thứ mười ở Đà Lạt vào ngày 20/4/2025.\n", HAI_AU)
    c = r.find("khai trương cửa hàng thứ mười")
    assert c.text.startswith("tiếp tục khai trương") and c.kind == "plan"


def test_an_action_dated_before_publication_is_reported_not_planned():
    r = run("Ngày 20/2/2025, Công ty Hải Âu khai trương cửa hàng thứ mười ở Đà Lạt.\n", HAI_AU)
    assert r.commitments == []


def test_a_date_naming_a_thing_does_not_date_the_action():
    r = run("Công ty Hải Âu bàn về các nhiệm vụ năm 2026 của ngành nuôi tôm.\n", HAI_AU)
    assert r.commitments == []


def test_an_appointment_from_a_later_day_is_no_plan():
    r = run("Ông Lê Văn Bình làm Giám đốc Công ty Hải Âu từ ngày 1/4/2025.\n", [("PER", "Lê Văn Bình", []), *HAI_AU])
    assert r.commitments == []


def test_a_plan_frame_over_a_span_still_running_at_publication_is_a_plan_past_a_short_form_in_brackets():
    r = run("Theo kế hoạch, từ ngày 27/2 đến 5/3, Sở Giáo dục tỉnh Hòa Bình (SGD) chấm bài thi của thí sinh.\n",
            [("ORG", "Sở Giáo dục tỉnh Hòa Bình", []), ("ORG", "SGD", [])])
    c = r.find("chấm bài thi")
    assert c.kind == "plan" and c.rule == "plan:theo kế hoạch/subject"


def test_a_headline_naming_its_actor_and_the_money_it_spends_states_a_plan():
    r = run("Công ty Hải Âu chi 300 tỷ đồng cho chuỗi kho lạnh ven biển\n\n"
            "Đại hội cổ đông của Công ty Hải Âu đã thông qua phương án kinh doanh mới.\n", HAI_AU)
    c = r.find("chi 300 tỷ đồng")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.rule == "plan:chi/headline-subject"


def test_a_spending_verb_in_a_headline_without_an_amount_after_it_states_nothing():
    r = run("Công ty Hải Âu chi trả cổ tức bằng tiền mặt cho cổ đông\n\n"
            "Đại hội cổ đông của Công ty Hải Âu đã thông qua phương án kinh doanh mới.\n", HAI_AU)
    assert r.commitments == []


def test_du_before_a_payout_verb_is_dự_kiến_shortened_a_plan():
    r = run("Năm nay, Công ty Hải Âu dự chia cổ tức 12% bằng tiền mặt.\n", HAI_AU)
    c = r.find("dự chia cổ tức 12%")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.rule == "plan:dự chia/subject"


def test_a_planned_spending_with_its_amount_is_an_action_after_du_kien():
    r = run("Công ty Hải Âu dự kiến chi 400 tỷ đồng để nâng cấp đội tàu đánh cá.\n", HAI_AU)
    c = r.find("chi 400 tỷ đồng")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.amount == "400 tỷ đồng"



def test_a_business_figure_reached_after_a_plan_is_the_same_companys_plan():
    r = run("Công ty Hải Âu định hướng doanh thu năm 2026 tăng 20%, trong khi lợi nhuận sau thuế dự kiến đạt 90 tỷ đồng.\n", HAI_AU)
    c = r.find("lợi nhuận sau thuế dự kiến đạt")
    assert r.name(c.actor) == "Công ty Hải Âu" and c.kind == "plan" and c.text.startswith("lợi nhuận sau thuế")


def test_a_markets_figure_after_a_companys_plan_is_a_forecast():
    r = run("Công ty Hải Âu định hướng doanh thu năm 2026 tăng 20%. Lợi nhuận toàn ngành thủy sản dự kiến đạt 900 tỷ đồng.\n", HAI_AU)
    assert [c.text for c in r.commitments] == ["định hướng doanh thu năm 2026 tăng 20%"]


def test_a_business_figure_with_no_plan_before_it_is_left_alone():
    r = run("Công ty Hải Âu vừa công bố báo cáo tài chính. Lợi nhuận sau thuế dự kiến đạt 90 tỷ đồng.\n", HAI_AU)
    assert r.commitments == []


def test_an_appointment_dated_ahead_is_no_plan():
    # `Từ <date ahead>, X chỉ định ông A giữ chức …`: naming someone to a post, however far ahead, undertakes nothing
    r = run("Từ tháng 5/2025, Công ty Hải Âu chỉ định ông Trần Văn Bình giữ chức Giám đốc.\n",
            [("PER", "Trần Văn Bình", []), ("ORG", "Công ty Hải Âu", [])])
    assert not r.commitments
    # the same frame with a task is the body's plan
    r = run("Từ tháng 5/2025, Công ty Hải Âu mở rộng sản xuất sang Lào.\n", [("ORG", "Công ty Hải Âu", []), ("LOC", "Lào", [])])
    assert r.name(r.find("mở rộng sản xuất").actor) == "Công ty Hải Âu"
