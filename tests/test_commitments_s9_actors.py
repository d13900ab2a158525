"""Commitments, ninth session: actors of clauses found right but credited to another entity.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article

from tests.test_commitments_real import run


def _full(text: str):
    """The whole chain (entity extractor included): what each commitment's actor and person are named."""
    x = extract(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 3, 1)))
    names = {e.id: e.name for e in x.entities}
    return [(names.get(c.actor), names.get(c.person), c.text) for c in x.commitments]


def test_a_short_name_does_not_stand_for_its_branch_in_a_named_place():
    # `X` and `X <place>`: the longer name is the body's plant or branch there, not the body in full
    r = run("Thép Lộc Hà cam kết mở rộng nhà máy cán nguội trong năm 2026.\n\n"
            "Năm ngoái, Thép Lộc Hà Đà Nẵng đạt sản lượng 2 triệu tấn.\n",
            [("ORG", "Thép Lộc Hà", []), ("ORG", "Thép Lộc Hà Đà Nẵng", [])])
    assert r.name(r.find("nhà máy cán nguội").actor) == "Thép Lộc Hà"


def test_a_short_name_does_not_stand_for_a_facility_named_after_it():
    # `X` and `X <facility word> …` (Latin names write the facility after the brand): the facility is no body
    r = run("Tân Phú dự kiến mở thêm ba văn phòng ở Singapore trong năm nay.\n\n"
            "Dự án Tân Phú Green DC Bình Dương khởi công từ tháng trước.\n",
            [("ORG", "Tân Phú", []), ("ORG", "Tân Phú Green DC Bình Dương", [])])
    assert r.name(r.find("ba văn phòng").actor) == "Tân Phú"


def test_a_short_name_still_stands_for_its_full_name_with_the_home_country():
    # `X` and `X Việt Nam`: the same body written in full
    r = run("Năm ngoái, Tổng công ty Hàng hải Việt Nam vận chuyển 40 triệu tấn hàng.\n\n"
            "Tổng công ty Hàng hải sẽ đóng mới 10 tàu container trong năm 2026.\n",
            [("ORG", "Tổng công ty Hàng hải", []), ("ORG", "Tổng công ty Hàng hải Việt Nam", [])])
    assert r.name(r.find("10 tàu container").actor) == "Tổng công ty Hàng hải Việt Nam"


def test_a_bare_honorific_stands_for_the_person_just_introduced_by_a_title():
    # `… ông A …. … với HLV B, …. Ông sẽ …`: a person introduced by a title is as much a person
    # as one introduced by `ông`: the nearest one is meant
    out = _full("Câu lạc bộ Sông Lam Xanh chốt ban huấn luyện cho mùa giải mới\n\n"
                "Chiều 2/3, Câu lạc bộ Sông Lam Xanh cho biết ông Lê Văn Hải tiếp tục làm giám đốc kỹ thuật. "
                "Đội bóng cũng ký hợp đồng hai năm với HLV Trần Minh Khoa, cựu tuyển thủ quốc gia. "
                "Ông sẽ dẫn dắt đội một trong chiến dịch lên hạng Nhất.\n")
    actor = next(a for a, _, t in out if "lên hạng Nhất" in t)
    assert actor == "Trần Minh Khoa"


def test_an_organ_named_with_its_body_acts_for_the_body_even_when_its_head_holds_a_verb():
    # `Hội đồng xét xử <court> đã …, và dự kiến …`: `xét xử` is read as a verb, yet the organ and the
    # court's name are one subject phrase; the plan is the court's, not a body of the sentences before
    r = run("Công ty Địa ốc Lộc Hà kháng cáo toàn bộ bản án sơ thẩm.\n\n"
            "Sáng 20/2, Hội đồng xét xử Tòa án nhân dân tỉnh Lộc Hà tuyên hoãn phiên phúc thẩm để thu thập thêm chứng cứ "
            "và dự kiến mở lại phiên tòa vào ngày 15/3/2025.\n",
            [("ORG", "Công ty Địa ốc Lộc Hà", []), ("ORG", "Tòa án nhân dân tỉnh Lộc Hà", [])])
    assert r.name(r.find("mở lại phiên tòa").actor) == "Tòa án nhân dân tỉnh Lộc Hà"


def test_an_organ_with_a_qualifier_before_its_bodys_name_directs_for_the_body():
    # `hội đồng xét xử sơ thẩm <court> trả lại …, yêu cầu …`: the qualifier (`sơ thẩm`) stays inside the subject phrase
    r = run("Ngày 10/2, hội đồng xét xử sơ thẩm TAND huyện Tân Lạc quyết định trả lại hồ sơ cho viện kiểm sát, "
            "yêu cầu làm rõ thêm các khoản tiền bị cáo đã nhận.\n",
            [("ORG", "TAND huyện Tân Lạc", [])])
    c = r.find("làm rõ thêm")
    assert r.name(c.actor) == "TAND huyện Tân Lạc" and c.kind == "directive"


def test_a_specific_head_noun_does_not_stand_for_a_name_with_another_compound_head():
    # `Hội đồng` (no council named before) cannot refer back to `Văn phòng …`: both are compound head nouns, and they differ
    r = run("Văn phòng Công chứng Lộc Hà tiếp nhận hồ sơ của hai bên.\n\n"
            "Hội đồng sẽ xem xét lại toàn bộ hồ sơ trong tháng tới.\n",
            [("ORG", "Văn phòng Công chứng Lộc Hà", [])])
    assert not [c for c in r.commitments if "xem xét lại" in c.text and r.name(c.actor) == "Văn phòng Công chứng Lộc Hà"]
    # with a council named before, the same `Hội đồng` stands for it (the plan is kept, with the right actor)
    r = run("Hội đồng Thẩm định tỉnh Lộc Hà nhận đơn khiếu nại của hai bên.\n\n"
            "Văn phòng Công chứng Lộc Hà tiếp nhận hồ sơ của hai bên.\n\n"
            "Hội đồng sẽ xem xét lại toàn bộ hồ sơ trong tháng tới.\n",
            [("ORG", "Văn phòng Công chứng Lộc Hà", []), ("ORG", "Hội đồng Thẩm định tỉnh Lộc Hà", [])])
    assert r.name(r.find("xem xét lại").actor) == "Hội đồng Thẩm định tỉnh Lộc Hà"


def test_the_agent_of_a_passive_relative_clause_is_no_context_for_the_next_sentences_plan():
    # `… bộ tiêu chí được <body> thông qua, …` then `Các quy định … sẽ được ban hành …`: the plan is the body the story
    # follows (named before), not the one that once approved what is referred to
    r = run("Sở Tài chính Lộc Hà yêu cầu các phòng rà soát toàn bộ danh mục đầu tư công.\n\n"
            "Đợt rà soát dựa trên bộ tiêu chí được Hội đồng nhân dân tỉnh Lộc Hà thông qua, nhằm bảo đảm công khai.\n\n"
            "Các quy định chi tiết sẽ được ban hành trong quý II/2025.\n",
            [("ORG", "Sở Tài chính Lộc Hà", []), ("ORG", "Hội đồng nhân dân tỉnh Lộc Hà", [])])
    assert r.name(r.find("quy định chi tiết").actor) == "Sở Tài chính Lộc Hà"


def test_the_parties_are_the_pair_of_bodies_named_together_before_when_no_meeting_or_agreement_names_them():
    # `X và chính quyền thành phố Y đã …. Hai bên cũng cam kết …`: no meeting verb, no `giữa`, no agreement stated:
    # the last pair joined by `và`, the first-named party acting
    r = run("Sở Công Thương Lộc Hà và chính quyền thành phố Tân Giang đã triển khai nhiều chương trình hợp tác thương mại.\n\n"
            "Hai bên cũng cam kết mở thêm hai phiên chợ biên giới trong năm 2025.\n",
            [("ORG", "Sở Công Thương Lộc Hà", []), ("LOC", "Tân Giang", [])])
    assert r.name(r.find("phiên chợ biên giới").actor) == "Sở Công Thương Lộc Hà"
