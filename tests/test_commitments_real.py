"""Commitments on real news (issue 11): directives, targets, lists of undertakings, and what
real articles report that is not an undertaking. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from c4ir_kb.extract.commitments import extract_commitments
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze

from tests.test_commitments import Result, _dates, hand_mentions


def run(text: str, specs) -> Result:
    doc = analyze(Article(id="t", source="t", text=text, content_hash="t", published=date(2025, 3, 1)))
    ents, ments = hand_mentions(doc, specs)
    return Result(doc, ents, extract_commitments(doc, ents, ments, _dates(doc)))


def test_a_directive_is_the_directing_bodys():
    r = run("Sở Y tế tỉnh Hòa Bình yêu cầu các bệnh viện bố trí đủ giường bệnh trước ngày 30/6.\n",
            [("ORG", "Sở Y tế tỉnh Hòa Bình", [])])
    c = r.find("bố trí đủ giường bệnh")
    assert r.name(c.actor) == "Sở Y tế tỉnh Hòa Bình" and c.kind == "directive" and c.trigger == "yêu cầu"


def test_a_leaders_directive_is_the_institutions_even_with_title_and_organisation_before_the_name():
    r = run("Thủ tướng Chính phủ Trần Văn Định yêu cầu các bộ hoàn thành hồ sơ trong quý III/2025.\n",
            [("ORG", "Chính phủ", []), ("PER", "Trần Văn Định", [])])
    c = r.find("hoàn thành hồ sơ")
    assert c.kind == "directive" and r.name(c.person) == "Trần Văn Định"
    assert c.target_date == "2025-Q3"


def test_a_headlines_bare_title_is_the_one_person_given_it_in_the_body():
    r = run("Phó thủ tướng yêu cầu các tập đoàn tăng sản lượng điện\n\n"
            "Chiều 3/2, Phó thủ tướng Lê Minh Tâm làm việc với các tập đoàn năng lượng.\n",
            [("PER", "Lê Minh Tâm", [])])
    c = r.find("tăng sản lượng điện")
    assert r.name(c.actor) == "Lê Minh Tâm" and c.kind == "directive"


def test_the_noun_yeu_cau_is_not_a_directive():
    r = run("Công ty Hải Âu hoàn thiện sản phẩm theo yêu cầu của khách hàng.\n"
            "Sản phẩm của Công ty Hải Âu đáp ứng yêu cầu kỹ thuật cao.\n",
            [("ORG", "Công ty Hải Âu", [])])
    assert r.commitments == []


def test_presiding_over_a_meeting_is_not_a_responsibility():
    r = run("Bộ trưởng Đỗ Văn Khang chủ trì hội nghị trực tuyến với các địa phương.\n",
            [("PER", "Đỗ Văn Khang", [])])
    assert r.commitments == []


def test_an_event_read_as_a_name_is_no_actor():
    r = run("Lễ ký kết thỏa thuận hợp tác giữa hai đơn vị diễn ra sáng nay.\n",
            [("ORG", "Lễ", [])])
    assert r.commitments == []


def test_a_quoted_word_inside_the_clause_does_not_end_it():
    r = run("Bộ Nông nghiệp yêu cầu các tỉnh gỡ “thẻ vàng” cho ngành thủy sản trong năm 2025.\n",
            [("ORG", "Bộ Nông nghiệp", [])])
    c = r.find("thẻ vàng")
    assert c.text.endswith("trong năm 2025")


def test_a_target_trigger_is_a_target():
    r = run("Tỉnh Hà Giang đặt mục tiêu đón 5 triệu lượt khách vào năm 2027.\n",
            [("LOC", "Hà Giang", [])])
    c = r.find("5 triệu lượt khách")
    assert c.kind == "target" and c.target_date == "2027"
