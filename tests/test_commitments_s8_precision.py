"""Commitments, eighth session: precision. Items output that are no undertaking, or cut wrongly, on news
annotated blind. One phenomenon per test; the sentences are written for these tests (published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- cutting: one undertaking stays one --------------------------------------------------

def test_two_verbs_sharing_one_object_are_one_undertaking():
    # `V1 và V2 + object`: the first verb has no object of its own, the plan is both steps of one undertaking
    r = run("Sở Văn hóa tỉnh Lam Sơn đề nghị các trường học xây dựng và triển khai kế hoạch đón học sinh sau kỳ nghỉ hè.\n",
            [("ORG", "Sở Văn hóa tỉnh Lam Sơn", [])])
    assert [c.text for c in r.commitments] == [
        "đề nghị các trường học xây dựng và triển khai kế hoạch đón học sinh sau kỳ nghỉ hè"]


def test_an_enumeration_of_bare_verbs_before_va_shares_the_last_verbs_object():
    r = run("Công ty Hòa Phong cam kết cùng các viện nghiên cứu, thử nghiệm và triển khai các giải pháp lưới điện thông minh.\n",
            [("ORG", "Công ty Hòa Phong", [])])
    assert len(r.commitments) == 1


def test_a_verb_after_its_own_object_still_splits_off_the_next_undertaking():
    # `giữ kế hoạch sản xuất và chuẩn bị …`: the left conjunct has its object, the right one is a task of its own
    r = run("Bộ Thương mại yêu cầu các nhà máy giữ vững kế hoạch sản xuất và chuẩn bị kho dự phòng cho mùa mưa bão.\n",
            [("ORG", "Bộ Thương mại", [])])
    assert len(r.commitments) == 2



def test_a_list_after_a_noun_and_a_colon_names_fields_of_one_undertaking():
    # `ở ba nội dung: A, B và C`: the contents of one undertaking listed after a noun, not three undertakings
    r = run("Viện Công nghệ Lộc Hà cam kết đồng hành với nông dân ở ba nội dung: xây dựng mô hình tưới tiết kiệm, "
            "đào tạo kỹ thuật viên cơ sở và phát triển sàn giao dịch nông sản.\n", [("ORG", "Viện Công nghệ Lộc Hà", [])])
    assert len(r.commitments) == 1


# ---- the trigger word used as a participle or a noun -------------------------------------

def test_a_task_received_in_the_passive_is_no_directive_of_the_agent():
    # `X, sau khi được Y giao …, đã …`: the subject received the task earlier; the clause reports what it then did
    r = run("Đoàn kiểm tra phát hiện Trung tâm Giống cây trồng Lộc Hà, sau khi được UBND huyện Lộc Hà giao quản lý "
            "trại giống, đã để hoang hơn một nửa diện tích.\n",
            [("ORG", "Trung tâm Giống cây trồng Lộc Hà", []), ("ORG", "UBND huyện Lộc Hà", [])])
    assert r.commitments == []


def test_a_task_received_after_da_duoc_is_no_directive_of_the_agent():
    # `đã được X giao …`: the done marker is part of the passive marker itself; the task was received earlier
    r = run("Hợp tác xã Tân Phú đã được UBND huyện Lộc Hà giao khai thác bãi bồi ven sông Cầu Chày.\n",
            [("ORG", "Hợp tác xã Tân Phú", []), ("ORG", "UBND huyện Lộc Hà", [])])
    assert not [c for c in r.commitments if r.name(c.actor) == "UBND huyện Lộc Hà"]


def test_a_directive_that_will_be_given_in_the_passive_is_still_ahead():
    r = run("Công ty Hòa Phong sẽ được UBND tỉnh Lam Sơn giao làm chủ đầu tư cảng cạn trong quý tới.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "UBND tỉnh Lam Sơn", [])])
    assert [c.text for c in r.commitments if r.name(c.actor) == "UBND tỉnh Lam Sơn"] == ["giao làm chủ đầu tư cảng cạn trong quý tới"]


def test_a_trigger_word_opening_a_passive_sentence_is_a_noun():
    # `Đề nghị đó được X đưa ra …`: the proposal described as made, no proposal of its own
    r = run("Sở Tài chính Lộc Hà họp với các chủ đầu tư về tiến độ giải ngân.\n\n"
            "Đề nghị đó được Giám đốc Sở Phạm Thu Hà đưa ra ngay trong cuộc họp giao ban đầu tuần.\n",
            [("ORG", "Sở Tài chính Lộc Hà", []), ("PER", "Phạm Thu Hà", [])])
    assert not any("cuộc họp giao ban" in c.text for c in r.commitments)


# ---- tallies -------------------------------------------------------------------------------

def test_a_sentence_counting_up_to_a_day_already_reached_reports_figures():
    # `Lũy kế đến <a past day>, X …; …`: what has been counted so far, not the agreed list going on
    r = run("Hội Doanh nhân trẻ Lộc Hà thống nhất: hỗ trợ vốn cho 50 hộ trồng dược liệu; mở lớp dạy nghề cho thanh niên.\n\n"
            "Lũy kế đến 25/2/2025, hội cấp vốn cho 12 hộ, mở 2 lớp học nghề; kết nạp 40 hội viên mới.\n",
            [("ORG", "Hội Doanh nhân trẻ Lộc Hà", [])])
    assert [c.text for c in r.commitments] == ["hỗ trợ vốn cho 50 hộ trồng dược liệu", "mở lớp dạy nghề cho thanh niên"]


# ---- descriptions ----------------------------------------------------------------------------

def test_who_invests_in_a_project_described_is_no_undertaking_even_with_an_aside_after_the_agent():
    # `Dự án do X (aside) làm chủ đầu tư, có …: A 30%; B 70%`: who owns the thing described; the `;` list is its capital
    r = run("Khu nghỉ dưỡng Bãi Ngang do Công ty Phú Lâm (trụ sở tại Hà Nội) làm chủ đầu tư, có cơ cấu vốn góp gồm: "
            "Quỹ Đầu tư Sông Mã 30%; Công ty Tân Phú 70%.\n",
            [("ORG", "Công ty Phú Lâm", []), ("ORG", "Quỹ Đầu tư Sông Mã", []), ("ORG", "Công ty Tân Phú", [])])
    assert r.commitments == []


def test_a_project_item_of_an_enumeration_keeps_its_headings_tense():
    r = run("Trong năm tới, tỉnh Lam Sơn sẽ khởi công ba dự án: Cảng cạn Bắc Lam do Công ty Hòa Phong làm chủ đầu tư; "
            "Khu xử lý rác Nam Lam do Công ty Bình An làm chủ đầu tư; Tuyến đường ven sông.\n",
            [("LOC", "tỉnh Lam Sơn", []), ("ORG", "Công ty Hòa Phong", []), ("ORG", "Công ty Bình An", [])])
    assert r.name(r.find("Khu xử lý rác Nam Lam").actor) == "Công ty Bình An"


def test_a_list_item_with_a_subject_of_its_own_in_a_passive_state_is_no_undertaking():
    # `kế hoạch A; phần lớn hộ dân được cấp nước`: a state something is in, not a step of the plan
    r = run("Công ty Hòa Phong có kế hoạch lắp thêm 40 trạm sạc ở tỉnh Lam Sơn; phần lớn hộ dân được cấp nước sạch.\n",
            [("ORG", "Công ty Hòa Phong", []), ("LOC", "tỉnh Lam Sơn", [])])
    assert [c.text for c in r.commitments] == ["có kế hoạch lắp thêm 40 trạm sạc ở tỉnh Lam Sơn"]


def test_a_targets_list_item_may_be_a_state():
    r = run("Tỉnh Lam Sơn đặt mục tiêu tăng trưởng 9% mỗi năm; phần lớn hộ dân được cấp nước sạch trước năm 2030.\n",
            [("LOC", "Tỉnh Lam Sơn", [])])
    assert r.find("phần lớn hộ dân được cấp nước sạch")
