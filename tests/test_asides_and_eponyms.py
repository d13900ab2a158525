"""A name at the end of an organisation that the organisation is named after, and what
brackets after a company add (its short name, its ticker, its exchange). Sentences written
for these tests."""

from c4ir_kb.extract.pipeline import extract
from c4ir_kb.models import Article


def run(text: str):
    return extract(Article(id="t", source="t.txt", text=text, content_hash="t"))


def names(r, typ: str) -> list[str]:
    return [m.text for m in r.mentions if m.type == typ]


def test_an_eponym_ends_the_organisation_and_is_no_holder():
    r = run("Đồng chí Trần Văn Khoa, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, phát biểu.")
    assert names(r, "ORG") == ["Học viện Chính trị quốc gia Hồ Chí Minh"]
    assert names(r, "PER") == ["Trần Văn Khoa"]


def test_a_holder_after_an_eponymous_organisation_keeps_the_title():
    r = run("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Thị Hà cho biết đoàn sẽ mở lớp.")
    assert names(r, "ORG") == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]
    assert names(r, "PER") == ["Lê Thị Hà"]


def test_a_ticker_after_the_short_name_in_brackets_is_the_companys():
    r = run("Ngân hàng TMCP Sông Hồng (SongHongBank - Mã: SHG) sẽ chốt danh sách cổ đông.")
    ids = {m.text: m.entity for m in r.mentions}
    assert ids["SHG"] == ids["Ngân hàng TMCP Sông Hồng"]
    assert [c.actor for c in r.commitments] == [ids["Ngân hàng TMCP Sông Hồng"]]


def test_the_exchange_in_brackets_never_acts_for_the_company():
    r = run("Công ty Cổ phần Chứng khoán Sao Mai (mã: SMC, sàn HoSE) sẽ phát hành 10 triệu cổ phiếu.")
    company = next(m.entity for m in r.mentions if m.text.startswith("Công ty"))
    assert [c.actor for c in r.commitments] == [company]


def test_a_place_after_a_business_noun_says_whose_companies_and_never_acts():
    assert run("Về phần mình, các doanh nghiệp Hàn Quốc cam kết tuyển thêm kỹ sư địa phương.").commitments == []


def test_a_country_acting_as_itself_still_acts():
    r = run("Hàn Quốc cam kết hỗ trợ Việt Nam đào tạo nhân lực.")
    assert [next(m.text for m in r.mentions if m.entity == c.actor) for c in r.commitments] == ["Hàn Quốc"]


def test_a_list_item_that_is_only_a_connective_is_no_commitment():
    # the sentence is cut right after the connective (a line break here; the 1,000-character cap in news)
    r = run("Thủ tướng Chính phủ yêu cầu các bộ rà soát thủ tục; bảo đảm an sinh xã hội; đồng thời,\nTriển khai ngay các nhiệm vụ.")
    texts = [c.text.strip(" ,") for c in r.commitments]
    assert "Triển khai ngay các nhiệm vụ" in texts and "đồng thời" not in texts
