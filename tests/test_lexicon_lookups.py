"""Phrase tables are looked up a unit at a time through an index of their prefixes."""

from c4ir_kb.extract.entities.lookup import known_at, place_at
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.extract.lexicons import PREFIXES, PrefixIndex, lexicons, longest
from c4ir_kb.models import Document
from c4ir_kb.sources.reader import make_article


def _view(text: str) -> DocView:
    from c4ir_kb.nlp.normalize import normalize_same_length

    return DocView(Document(article=make_article(text, "a.txt"), norm=normalize_same_length(text), sentences=[]))


def test_the_longest_entry_wins_and_the_walk_stops_where_no_entry_continues():
    table = {("phó",), ("phó", "giám", "đốc"), ("giám", "đốc")}
    index = PrefixIndex()
    index.add(table)
    seen = []

    def keys():
        for k in ["phó", "giám", "đốc", "sở", "x", "y"]:
            seen.append(k)
            yield k

    import c4ir_kb.extract.lexicons as lex

    old, lex.PREFIXES = lex.PREFIXES, index
    try:
        assert longest(keys(), table, 10) == 3
    finally:
        lex.PREFIXES = old
    assert seen == ["phó", "giám", "đốc", "sở"]  # `phó giám đốc sở` starts no entry: no further probe


def test_an_unregistered_table_is_still_looked_up_in_full():
    assert longest(iter(["a", "b", "c"]), {("a", "b", "c")}, 5) == 3
    assert longest(iter(["a", "b", "c"]), {("a", "b", "c")}, 2) == 0


def test_the_lexicon_tables_are_indexed_when_loaded():
    lx = lexicons()
    assert PREFIXES.get(lx.titles) is not None and PREFIXES.get(lx.org_heads) is not None
    assert all(k[:1] in PREFIXES.get(lx.titles) for k in lx.titles)


def test_a_place_written_with_spaces_or_dots_is_found_by_its_concatenated_key():
    v = _view("Họp tại TP. Hồ Chí Minh và TP.HCM hôm nay")
    starts = [i for i, u in enumerate(v.units) if u.text in ("TP", "TP.HCM")]
    found = [place_at(v, i) for i in starts]
    assert [n for n, _ in found] == [4, 1]
    assert found[0][1] is found[1][1]


def test_a_longer_place_beats_its_first_word():
    v = _view("Ông đến Bà Rịa - Vũng Tàu hôm qua")
    i = next(i for i, u in enumerate(v.units) if u.text == "Bà")
    n, p = place_at(v, i)
    assert n == 4 and p is not None


def test_a_known_organisation_is_found_only_when_capitalised():
    lx = lexicons()
    name = next(o.name for o in lx.known_orgs.values() if len(o.name.split()) >= 2)
    v = _view(f"Đại diện {name} phát biểu")
    i = next(i for i, u in enumerate(v.units) if u.text == name.split()[0])
    assert known_at(v, i)[1] is not None
    low = _view(f"đại diện {name.lower()} phát biểu")
    j = next(i for i, u in enumerate(low.units) if u.text == name.split()[0].lower())
    assert known_at(low, j) == (0, None)
