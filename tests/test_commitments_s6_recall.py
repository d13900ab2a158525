"""Commitments, sixth session (recall): the grammar of an undertaking the extractor missed in
unseen news, one phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- a connective of consequence opens a clause that continues the sentence before ----

def test_a_target_after_a_connective_of_consequence_is_the_actor_named_before():
    r = run("Tin địa phương\n\nUBND tỉnh Nam Hải vừa phê duyệt đề án du lịch biển đảo. "
            "Qua đó hướng tới mục tiêu đón 5 triệu lượt khách vào năm 2030.\n",
            [("ORG", "UBND tỉnh Nam Hải", []), ("LOC", "Nam Hải", [])])
    c = r.find("5 triệu lượt khách")
    assert r.name(c.actor) == "UBND tỉnh Nam Hải" and c.kind == "target"


# ---- `và` between two conjuncts that each carry their own time adjunct: two milestones ----

def test_two_conjuncts_each_with_its_own_date_are_two_undertakings():
    r = run("Theo lộ trình, Công ty Thép Bình Minh dự kiến mở bán căn hộ mẫu trong quý II/2026 và niêm yết cổ phiếu vào cuối năm 2027.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    first, second = r.find("mở bán căn hộ mẫu"), r.find("niêm yết cổ phiếu")
    assert first is not second and "niêm yết" not in first.text
    assert r.name(second.actor) == "Công ty Thép Bình Minh" and second.kind == "plan"


def test_a_gapped_conjunct_with_its_own_date_is_its_own_milestone():
    r = run("Công ty Điện Sông Lam dự kiến chạy thử lò hơi thứ nhất trong quý I/2027 và lò hơi thứ hai trong quý III/2029.\n",
            [("ORG", "Công ty Điện Sông Lam", [])])
    assert r.find("lò hơi thứ hai trong quý III/2029") is not r.find("lò hơi thứ nhất")


def test_one_date_for_two_conjuncts_keeps_one_undertaking():
    r = run("Công ty Thép Bình Minh dự kiến tuyển dụng kỹ sư và công nhân trong năm 2026.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    assert len(r.commitments) == 1


def test_a_document_date_before_và_is_no_milestone():
    r = run("Công ty Hải Âu thuê khu đất theo văn bản số 45/UBND-KT ngày 3/5/2024 của UBND huyện Sông Lam "
            "và đã được Sở Xây dựng duyệt bản vẽ ngày 10/6/2024.\n",
            [("ORG", "Công ty Hải Âu", []), ("ORG", "UBND huyện Sông Lam", []), ("ORG", "Sở Xây dựng", [])])
    assert not any(c.text.startswith("đã được") for c in r.commitments)


# ---- a subjectless `Đồng thời, …` sentence: an adverb may stand before its verb ----

def test_a_joined_sentence_with_an_adverb_before_its_verb_continues_the_agreement():
    r = run("Bệnh viện Sông Lam và Bệnh viện Hồng Hà ký biên bản ghi nhớ, theo đó hai bên sẽ luân phiên cử bác sĩ trẻ sang học việc. "
            "Đồng thời, cùng nhau xây dựng kho dữ liệu bệnh án điện tử.\n",
            [("ORG", "Bệnh viện Sông Lam", []), ("ORG", "Bệnh viện Hồng Hà", [])])
    c = r.find("dữ liệu bệnh án")
    assert r.name(c.actor) == "Bệnh viện Sông Lam"


# ---- a time frame between a speech verb (or `Theo X,`) and the subject standing for the body ----

def test_a_time_frame_before_the_subject_of_a_reported_clause():
    r = run("Ông Lê Văn Hùng, Tổng giám đốc Công ty Thép Bình Minh, cho biết trong năm 2026 công ty sẽ mở thêm ba nhà máy.\n",
            [("PER", "Lê Văn Hùng", []), ("ORG", "Công ty Thép Bình Minh", [])])
    c = r.find("mở thêm ba nhà máy")
    assert r.name(c.actor) == "Công ty Thép Bình Minh"


def test_a_deictic_time_frame_before_the_subject_after_theo():
    r = run("Theo ông Lê Văn Hùng, Tổng giám đốc Công ty Thép Bình Minh, thời gian tới doanh nghiệp sẽ mở thêm ba nhà máy.\n",
            [("PER", "Lê Văn Hùng", []), ("ORG", "Công ty Thép Bình Minh", [])])
    c = r.find("mở thêm ba nhà máy")
    assert r.name(c.actor) == "Công ty Thép Bình Minh"


# ---- a target noun owned after `của`: its owner sets it ----

def test_the_owner_of_a_target_noun_sets_the_target():
    r = run("Mục tiêu của Công ty Thép Bình Minh là đạt doanh thu 10.000 tỷ đồng vào năm 2027.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    c = r.find("doanh thu 10.000 tỷ đồng")
    assert r.name(c.actor) == "Công ty Thép Bình Minh" and c.kind == "target"


# ---- a headline stands alone: the lead does not continue its list ----

def test_the_lead_is_no_item_of_a_headline_commitment():
    r = run("Công ty Thép Bình Minh sẽ tách cổ phiếu tỷ lệ 1:3\n\n"
            "Đây là nội dung chính của tờ trình gửi cổ đông tuần tới.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    assert r.find("tách cổ phiếu")
    assert not any(c.rule.endswith("/continued") for c in r.commitments)


# ---- `không chỉ … mà còn …` is a focus frame, not a negation ----

def test_not_only_before_a_trigger_is_no_negation():
    r = run("Công ty Thép Bình Minh không chỉ cam kết hỗ trợ địa phương mà còn sẵn sàng đào tạo lao động.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    c = r.find("hỗ trợ địa phương")
    assert r.name(c.actor) == "Công ty Thép Bình Minh" and c.kind == "pledge"


def test_a_plain_negation_still_blocks():
    r = run("Công ty Thép Bình Minh không cam kết hỗ trợ địa phương.\n", [("ORG", "Công ty Thép Bình Minh", [])])
    assert r.commitments == []


# ---- an assigning cue must be a word of its own ----

def test_giao_as_a_word_still_assigns():
    r = run("UBND tỉnh Long An giao Sở Xây dựng chủ trì thẩm định dự án trước ngày 30/6/2026.\n",
            [("ORG", "UBND tỉnh Long An", []), ("ORG", "Sở Xây dựng", [])])
    c = r.find("thẩm định dự án")
    assert r.name(c.actor) == "UBND tỉnh Long An" and c.kind == "directive"


def test_the_completion_of_the_same_work_continues_its_clause():
    # continuations: `hoàn thành`, `đưa vào vận hành` after `và` finish the work just named, one undertaking
    r = run("Công ty Thép Bình Minh dự kiến khởi công nhà máy vào tháng 6/2026 và hoàn thành trong năm 2027.\n",
            [("ORG", "Công ty Thép Bình Minh", [])])
    assert len(r.commitments) == 1 and "hoàn thành trong năm 2027" in r.commitments[0].text
