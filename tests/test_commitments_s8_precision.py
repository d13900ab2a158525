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
    # `trên các lĩnh vực: đào tạo A, nghiên cứu B và phát triển C`: the fields of one programme, not three undertakings
    r = run("Công ty Hòa Phong sẽ mở nhiều chương trình ở các mảng: đào tạo thợ hàn miền núi, nghiên cứu giống lúa chịu mặn "
            "và phát triển điện mặt trời áp mái.\n", [("ORG", "Công ty Hòa Phong", [])])
    assert len(r.commitments) == 1


# ---- the trigger word used as a participle or a noun -------------------------------------

def test_a_task_received_in_the_passive_is_no_directive_of_the_agent():
    # `sau khi được X giao …, đã …`: the subject received the task earlier; the clause reports what it then did
    r = run("Theo kết luận thanh tra, Ban quản lý chợ Đồng Xuân sau khi được UBND quận Hoàn Mỹ giao quản lý khu đất "
            "đã tự ý cho thuê mặt bằng.\n",
            [("ORG", "Ban quản lý chợ Đồng Xuân", []), ("ORG", "UBND quận Hoàn Mỹ", [])])
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
    # `Yêu cầu được X nêu tại …`: the requirement described as raised, no directive of its own
    r = run("Bộ Giao thông Hòa Lan họp với các nhà thầu về tuyến đường ven biển.\n\n"
            "Yêu cầu được Thứ trưởng Lê Văn Hải nêu tại buổi làm việc chiều qua.\n",
            [("ORG", "Bộ Giao thông Hòa Lan", []), ("PER", "Lê Văn Hải", [])])
    assert not any("nêu tại buổi làm việc" in c.text for c in r.commitments)


# ---- tallies -------------------------------------------------------------------------------

def test_a_sentence_counting_up_to_a_day_already_reached_reports_figures():
    # `Tính đến <a past day>, X tiếp nhận …; tiếp nhận …`: what has been counted so far, not the agreed list going on
    r = run("Quỹ Minh Đức họp tổng kết năm.\n\n"
            "Quỹ Minh Đức nhất trí: mở thêm 5 phòng thí nghiệm ở vùng cao; cấp 20 học bổng cho học sinh nghèo.\n\n"
            "Tính đến 20/2/2025, quỹ tiếp nhận 31 hồ sơ xin tài trợ; tiếp nhận 17 đề án hợp tác và duyệt 9 học bổng mới.\n",
            [("ORG", "Quỹ Minh Đức", [])])
    assert [c.text for c in r.commitments] == ["mở thêm 5 phòng thí nghiệm ở vùng cao", "cấp 20 học bổng cho học sinh nghèo"]


# ---- descriptions ----------------------------------------------------------------------------

def test_who_invests_in_a_project_described_is_no_undertaking_even_with_an_aside_after_the_agent():
    # `Dự án do X (aside) làm chủ đầu tư, gồm …: A 40%; B 60%`: who owns the thing described; the `;` list is its shareholders
    r = run("Nhà máy điện gió Lam Sơn do Công ty Hòa Phong (thành lập năm 2019) làm chủ đầu tư, gồm hai cổ đông: "
            "Quỹ Minh Đức 40%; Công ty Bình An 60%.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Quỹ Minh Đức", []), ("ORG", "Công ty Bình An", [])])
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
