"""Actor names, eighth session: one body written in several forms in an article is one entity,
named by its fullest form, so a commitment's actor carries that name.
One phenomenon per test; the sentences are written for these tests."""

from __future__ import annotations

from tests.test_alias_linking import _export


def _orgs(doc: dict) -> dict[str, set[str]]:
    return {e["name"]: set(e["aliases"]) for e in doc["entities"] if e["type"] == "ORG"}


FIELD_ACRONYM = (
    "Tin mới\n\nSở Khoa học và Công nghệ (KH&CN) Lâm Đồng vừa gửi công văn tới các huyện về đợt kiểm tra "
    "thiết bị đo lường. Theo đó, toàn bộ cán bộ ngành KH&CN Lâm Đồng sẽ tham gia tập huấn vào đầu tháng tới.\n\n"
    "Sở KH&CN yêu cầu các đơn vị gửi báo cáo kết quả kiểm tra trước ngày 15/7.\n"
)


def test_an_acronym_of_the_field_after_a_head_stays_inside_the_name_with_its_place(runner, tmp_path):
    # `Sở <field> (<field acronym>) <province>`: the acronym leaves the head out; the body is named
    # by head, field and province, and `Sở <acronym>` later is the same body
    orgs = _orgs(_export(runner, tmp_path, FIELD_ACRONYM))
    assert "Sở KH&CN" in orgs.get("Sở Khoa học và Công nghệ Lâm Đồng", set())


def test_the_field_acronym_after_a_sector_noun_is_no_organisation(runner, tmp_path):
    # `ngành <field acronym>`: the field the acronym was defined as, not a body
    orgs = _orgs(_export(runner, tmp_path, FIELD_ACRONYM))
    forms = {a for n, aliases in orgs.items() for a in aliases | {n} if "KH&CN" in a}
    assert forms and all(a.startswith("Sở") for a in forms), orgs


def test_a_directive_by_the_short_form_is_the_fully_named_bodys(runner, tmp_path):
    doc = _export(runner, tmp_path, FIELD_ACRONYM)
    actors = {c["actor"] for a in doc["articles"] for c in a["commitments"] if "gửi báo cáo" in c["text"]}
    assert actors == {"Sở Khoa học và Công nghệ Lâm Đồng"}, doc["articles"]


def test_an_acronym_spelling_the_whole_name_is_unchanged(runner, tmp_path):
    # the head's own initial in the acronym: the existing reading (`Tòa án nhân dân (TAND) tỉnh X`)
    orgs = _orgs(_export(runner, tmp_path, "Tin mới\n\nSáng 2/6, Ủy ban nhân dân (UBND) tỉnh Bắc Kạn họp bàn kế hoạch phòng chống lũ cho mùa mưa tới.\n"))
    assert "Ủy ban nhân dân tỉnh Bắc Kạn" in orgs or any("Ủy ban nhân dân (UBND) tỉnh Bắc Kạn" in a for a in orgs.values()), orgs
