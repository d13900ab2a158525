"""Commitments, seventh session (recall): undertakings unseen news states without a trigger word of
the lexicon, one phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a leader's obligation: `Theo <leader>, X cần …` directs X with no directive verb ----

def test_an_obligation_said_by_a_leader_is_a_directive_of_the_leaders_body():
    r = run("Theo Giám đốc Sở Công Thương tỉnh Nam Hải Trần Văn Định, các chợ đầu mối cần niêm yết giá rau quả công khai trước Tết.\n",
            [("ORG", "Sở Công Thương tỉnh Nam Hải", []), ("PER", "Trần Văn Định", [])])
    c = r.find("niêm yết giá rau quả")
    assert r.name(c.actor) == "Sở Công Thương tỉnh Nam Hải" and c.kind == "directive"
    assert r.name(c.person) == "Trần Văn Định" and c.text.startswith("các chợ đầu mối cần")


def test_an_obligation_after_a_leaders_speech_verb_is_a_directive():
    r = run("Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm nhấn mạnh, các nhà máy phải hoàn tất bảo dưỡng lò hơi trước mùa khô.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    c = r.find("bảo dưỡng lò hơi")
    assert r.name(c.actor) == "Tập đoàn Sông Lam" and c.kind == "directive"


def test_a_headline_quoting_a_leader_on_what_a_sector_must_do_is_a_directive():
    r = run("Bộ trưởng Lê Minh Tâm: Ngành thủy sản phải mở thêm thị trường xuất khẩu\n\n"
            "Sáng 3/2, Bộ trưởng Bộ Nông nghiệp Lê Minh Tâm làm việc với các hiệp hội thủy sản.\n",
            [("ORG", "Bộ Nông nghiệp", []), ("PER", "Lê Minh Tâm", [])])
    c = r.find("mở thêm thị trường")
    assert r.name(c.actor) == "Bộ Nông nghiệp" and c.kind == "directive"


def test_a_headline_quoting_a_bare_title_is_the_directive_of_the_body_its_holder_leads():
    r = run("Bộ trưởng: Ngành thủy sản phải mở thêm thị trường xuất khẩu\n\n"
            "Sáng 3/2, Bộ trưởng Bộ Nông nghiệp Lê Minh Tâm làm việc với các hiệp hội thủy sản.\n",
            [("ORG", "Bộ Nông nghiệp", []), ("PER", "Lê Minh Tâm", [])])
    c = r.find("mở thêm thị trường")
    assert r.name(c.actor) == "Bộ Nông nghiệp" and c.kind == "directive"


def test_what_a_body_says_others_must_do_is_its_directive():
    r = run("Theo Bộ Giáo dục, các địa phương phải hoàn thành sửa chữa phòng học trước năm học mới.\n",
            [("ORG", "Bộ Giáo dục", [])])
    c = r.find("sửa chữa phòng học")
    assert r.name(c.actor) == "Bộ Giáo dục" and c.kind == "directive" and c.person is None


def test_what_a_leader_says_their_own_body_must_do_directs_no_one():
    r = run("Theo Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm, Tập đoàn Sông Lam cần mở thêm hai xưởng cơ khí trong năm 2026.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_the_leaders_obligations_go_on_in_the_sentences_after():
    r = run("Theo Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm, Công ty Điện Hải Âu cần giảm chi phí vận hành. "
            "Để hoàn thành kế hoạch năm, Công ty Điện Hải Âu cần rà soát lại tiến độ các tổ máy. "
            "Công ty Điện Hải Âu cần tăng cường kiểm tra an toàn lao động.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", []), ("ORG", "Công ty Điện Hải Âu", [])])
    for words in ("rà soát lại tiến độ", "kiểm tra an toàn lao động"):
        c = r.find(words)
        assert r.name(c.actor) == "Tập đoàn Sông Lam" and c.kind == "directive"


def test_an_obligation_said_by_no_leader_is_no_directive():
    r = run("Theo ông Trần Văn Định, người dân cần mua vé tàu sớm để tránh cảnh chen lấn.\n",
            [("PER", "Trần Văn Định", [])])
    assert r.commitments == []


def test_what_a_person_of_no_organisation_says_bodies_need_is_no_directive():
    r = run("Theo ông Trần Văn Định, các địa phương cần tăng cường kiểm tra chất lượng nước sạch.\n",
            [("PER", "Trần Văn Định", [])])
    assert r.commitments == []


def test_a_passive_obligation_of_named_addressees_is_no_directive():
    r = run("Theo Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm, các nhà máy phải được kiểm tra định kỳ mỗi quý.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_a_state_a_leader_wishes_for_is_no_directive():
    r = run("Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm khẳng định, quan hệ hợp tác hai bên cần trở thành hình mẫu trong khu vực.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_a_passive_obligation_is_no_directive():
    r = run("Theo Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm, đường ống dẫn khí cần được thay mới trong năm nay.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


# ---- a company's guidance: a plan trigger then a figure of its own business ----

def test_guidance_on_a_figure_of_the_companys_own_is_a_plan():
    r = run("Ngân hàng Hải Âu định hướng lợi nhuận trước thuế năm 2026 tăng khoảng 25% so với năm 2025, cao hơn mức bình quân ngành.\n",
            [("ORG", "Ngân hàng Hải Âu", [])])
    c = r.find("lợi nhuận trước thuế")
    assert r.name(c.actor) == "Ngân hàng Hải Âu" and c.kind == "plan"
    assert "bình quân ngành" not in c.text  # what follows the figure's comma qualifies it


def test_a_share_of_revenue_a_subsidiary_plans_to_bring_is_a_plan():
    r = run("Năm 2026, Công ty Điện máy Sông Lam dự kiến đóng góp khoảng 40% doanh thu cho tập đoàn mẹ.\n",
            [("ORG", "Công ty Điện máy Sông Lam", [])])
    c = r.find("đóng góp khoảng 40% doanh thu")
    assert r.name(c.actor) == "Công ty Điện máy Sông Lam" and c.kind == "plan"


def test_a_forecast_of_another_companys_figure_is_no_plan():
    r = run("Công ty Chứng khoán Hải Âu dự kiến lợi nhuận của Công ty Thép Sông Lam tăng 20% trong năm 2026.\n",
            [("ORG", "Công ty Chứng khoán Hải Âu", []), ("ORG", "Công ty Thép Sông Lam", [])])
    assert r.commitments == []


def test_a_base_of_comparison_dates_no_action():
    r = run("Công ty Mía đường Sông Lam trình cổ đông kế hoạch kinh doanh năm 2026 với doanh thu 8.000 tỷ đồng, giảm 5% so với thực hiện 2024.\n",
            [("ORG", "Công ty Mía đường Sông Lam", [])])
    c = r.find("kế hoạch kinh doanh năm 2026")
    assert r.name(c.actor) == "Công ty Mía đường Sông Lam"


# ---- `muốn` + a verb: a body's intent or request ----

def test_a_body_wanting_to_do_something_states_an_undertaking():
    r = run("Công ty Điện khí Hải Âu muốn lùi thời hạn vận hành tổ máy số 2 sang năm 2029.\n",
            [("ORG", "Công ty Điện khí Hải Âu", [])])
    c = r.find("lùi thời hạn vận hành")
    assert r.name(c.actor) == "Công ty Điện khí Hải Âu" and c.kind == "proposal"


def test_wanting_to_ask_is_no_undertaking():
    # `muốn hỏi` reports a question (like `muốn biết`, `muốn nói`), though an action follows later in the clause
    r = run("Công ty Điện khí Hải Âu muốn hỏi ý kiến cổ đông trước khi mở rộng nhà máy số 3.\n",
            [("ORG", "Công ty Điện khí Hải Âu", [])])
    assert r.commitments == []


# ---- `lưu ý rằng` + a fact points something out; + an obligation directs ----

def test_pointing_out_a_fact_is_no_directive():
    r = run("Bộ trưởng Bộ Xây dựng Trần Văn Định lưu ý rằng khối lượng việc còn lại rất lớn.\n",
            [("ORG", "Bộ Xây dựng", []), ("PER", "Trần Văn Định", [])])
    assert r.commitments == []


def test_an_obligation_after_luu_y_rang_is_a_directive():
    r = run("Bộ trưởng Bộ Xây dựng Trần Văn Định lưu ý rằng, các chủ đầu tư phải bàn giao mặt bằng trước ngày 30/6.\n",
            [("ORG", "Bộ Xây dựng", []), ("PER", "Trần Văn Định", [])])
    c = r.find("bàn giao mặt bằng")
    assert r.name(c.actor) == "Bộ Xây dựng" and c.kind == "directive"


def test_an_obligation_with_its_addressee_left_implied_after_a_leaders_speech_verb():
    r = run("Chiều 3/2, Phó Thủ tướng Lê Minh Tâm làm việc với các địa phương. "
            "Phó Thủ tướng nhấn mạnh khẩn trương hoàn thành giải phóng mặt bằng tuyến cao tốc ven biển.\n",
            [("PER", "Lê Minh Tâm", [])])
    c = r.find("giải phóng mặt bằng")
    assert r.name(c.actor) == "Lê Minh Tâm" and c.kind == "directive"
