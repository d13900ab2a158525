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


def test_a_state_a_leader_wishes_for_is_no_directive():
    r = run("Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm khẳng định, quan hệ hợp tác hai bên cần trở thành hình mẫu trong khu vực.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []


def test_a_passive_obligation_is_no_directive():
    r = run("Theo Chủ tịch Tập đoàn Sông Lam Lê Minh Tâm, an toàn phải được coi là nguyên tắc xuyên suốt.\n",
            [("ORG", "Tập đoàn Sông Lam", []), ("PER", "Lê Minh Tâm", [])])
    assert r.commitments == []
