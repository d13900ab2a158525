"""Commitments, ninth session: a directive goes on in the sentences after it without repeating its verb.

After `X yêu cầu …` the article often goes on in sentences whose subject is the addressee with a deontic
marker (`Các xã cần …`, `Huyện Y cũng cần …`), a negative imperative (`Các đơn vị không tổ chức …`), a
subjectless verb (`Tổ chức tốt …`), or after a short frame (`Ngay sau …, các trường khẩn trương …`): each is
a directive of the body that directs. The same speaker again or a photo caption keeps the frame open; a new
speaker or a report of what was done ends it, and an obligation with no directive before is nobody's.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run

_SO = [("ORG", "Sở Giao thông tỉnh Lam Sơn", [])]
_HEAD = "Sở Giao thông tỉnh Lam Sơn yêu cầu các huyện rà soát toàn bộ cầu treo dân sinh trước mùa mưa.\n\n"


def _directives(r, words: str):
    return [c for c in r.commitments if words in c.text]


def test_a_named_addressee_with_a_modal_after_a_directive_is_directed_by_the_same_body():
    r = run(_HEAD + "Huyện Bắc Hà cũng cần lắp thêm biển cảnh báo tại các bến đò ngang.\n", _SO + [("LOC", "Huyện Bắc Hà", [])])
    c = r.find("lắp thêm biển cảnh báo")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_a_plural_addressee_with_a_negative_imperative_and_its_items_are_directives():
    r = run(_HEAD + "Các phòng chuyên môn không mang quà đi chúc Tết lãnh đạo sở; không dùng xe công để đi lễ hội đầu xuân.\n", _SO)
    first, second = r.find("không mang quà đi chúc Tết"), r.find("không dùng xe công")
    assert {r.name(first.actor), r.name(second.actor)} == {"Sở Giao thông tỉnh Lam Sơn"}
    assert first.kind == second.kind == "directive"


def test_an_addressee_after_a_short_time_frame_is_directed():
    r = run(_HEAD + "Ngay sau đợt nghỉ lễ, các đội quản lý đường khẩn trương kiểm tra lại hệ thống thoát nước.\n", _SO)
    c = r.find("kiểm tra lại hệ thống thoát nước")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_a_subjectless_sentence_opening_with_a_verb_the_tagger_reads_as_a_noun_goes_on():
    r = run(_HEAD + "Tổ chức kiểm tra đột xuất các phương tiện chở khách; xử lý nghiêm các bến đò không phép.\n", _SO)
    c = r.find("xử lý nghiêm các bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_the_same_speaker_again_keeps_the_directive_open():
    r = run("Giám đốc Sở Giao thông tỉnh Lam Sơn Đặng Quốc Huy yêu cầu các huyện rà soát toàn bộ cầu treo dân sinh.\n\n"
            "Ông nhấn mạnh tầm quan trọng của việc bảo đảm an toàn cho học sinh qua sông.\n\n"
            "Các xã ven sông cần bố trí người trực tại mỗi bến đò trong mùa mưa.\n",
            [("ORG", "Sở Giao thông tỉnh Lam Sơn", []), ("PER", "Đặng Quốc Huy", [])])
    c = r.find("bố trí người trực tại mỗi bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_a_photo_caption_keeps_the_directive_open():
    r = run(_HEAD + "Ảnh: Hữu Phước.\n\nCác xã ven sông cần bố trí người trực tại mỗi bến đò trong mùa mưa.\n", _SO)
    c = r.find("bố trí người trực tại mỗi bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn"


def test_a_done_marker_inside_what_must_be_done_is_no_report():
    r = run(_HEAD + "Các tàu khách cần neo đậu đúng vị trí đã quy định khi có gió mạnh.\n", _SO)
    c = r.find("neo đậu đúng vị trí")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_another_person_speaking_ends_the_directive():
    r = run(_HEAD + "Ông Lò Văn Sáng, một chuyên gia thủy lợi, cho rằng các xã ven sông cần trồng thêm tre chắn sóng.\n",
            _SO + [("PER", "Lò Văn Sáng", [])])
    assert not _directives(r, "trồng thêm tre")


def test_a_report_of_what_the_addressees_did_is_no_directive():
    r = run(_HEAD + "Các xã ven sông đã lắp thêm biển cảnh báo tại các bến đò ngang.\n", _SO)
    assert not _directives(r, "biển cảnh báo")


def test_an_obligation_with_no_directive_before_is_an_assessment():
    r = run("Mùa mưa năm nay đến sớm hơn mọi năm ở các huyện miền núi của tỉnh Lam Sơn.\n\n"
            "Huyện Bắc Hà cũng cần lắp thêm biển cảnh báo tại các bến đò ngang.\n", [])
    assert not _directives(r, "biển cảnh báo")


def test_a_leaders_proposal_to_others_goes_on_like_a_directive():
    r = run("Giám đốc Sở Giao thông tỉnh Lam Sơn Đặng Quốc Huy đề nghị các huyện rà soát toàn bộ cầu treo dân sinh.\n\n"
            "Các xã ven sông cần bố trí người trực tại mỗi bến đò trong mùa mưa.\n",
            [("ORG", "Sở Giao thông tỉnh Lam Sơn", []), ("PER", "Đặng Quốc Huy", [])])
    c = r.find("bố trí người trực tại mỗi bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "proposal"


def test_a_connective_without_its_comma_before_a_subjectless_verb_goes_on():
    r = run(_HEAD + "Đồng thời phối hợp với các trường học đưa đón học sinh qua sông an toàn trong mùa mưa.\n", _SO)
    c = r.find("đưa đón học sinh qua sông")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_a_topic_frame_the_tagger_reads_as_a_verb_is_no_subjectless_item():
    r = run(_HEAD + "Về định hướng kinh doanh trong năm 2026, Công ty Cầu đường Hòa Phong thi công bốn cây cầu bê tông.\n",
            _SO + [("ORG", "Công ty Cầu đường Hòa Phong", [])])
    assert not _directives(r, "bốn cây cầu")


def test_one_sentence_between_a_directive_and_a_marked_item_passes():
    r = run(_HEAD + "Mùa mưa năm nay được dự báo đến sớm hơn mọi năm.\n\n"
            "Các xã ven sông cần bố trí người trực tại mỗi bến đò.\n", _SO)
    c = r.find("bố trí người trực tại mỗi bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"


def test_two_sentences_between_a_directive_and_an_obligation_end_it():
    r = run(_HEAD + "Mùa mưa năm nay được dự báo đến sớm hơn mọi năm.\n\n"
            "Nhiều cây cầu treo được xây từ hơn hai mươi năm trước.\n\n"
            "Các xã ven sông cần bố trí người trực tại mỗi bến đò.\n", _SO)
    assert not _directives(r, "người trực")


def test_a_verb_beginning_with_a_stop_word_opens_an_item():
    # `Theo dõi sát …` is a verb (monitor), not the `Theo X, …` that names a new source
    r = run("Sở Giao thông tỉnh Lam Sơn yêu cầu các huyện thực hiện ngay các việc sau:\n\n"
            "Theo dõi sát mực nước tại các bến đò ngang trong mùa mưa.\n", _SO)
    c = r.find("mực nước tại các bến đò")
    assert r.name(c.actor) == "Sở Giao thông tỉnh Lam Sơn" and c.kind == "directive"
