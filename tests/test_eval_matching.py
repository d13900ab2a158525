"""The scorer pairs gold and predicted items one to one with as many pairs as the
items allow, not first come first served."""

from __future__ import annotations

from c4ir_kb.quality.evaluate import evaluate


def _doc(*commitments: tuple[str, bool]) -> dict:
    return {
        "articles": [
            {
                "source": "a.txt",
                "organisations": [{"name": "Công ty Hòa Phong", "aliases": []}],
                "commitments": [
                    {"actor": "Công ty Hòa Phong", "kind": "plan", "text": text, **({"optional": True} if opt else {})}
                    for text, opt in commitments
                ],
            }
        ]
    }


def test_a_short_prediction_goes_to_the_gold_clause_only_it_fits():
    gold = _doc(("sẽ xây thêm ba chi nhánh mới", False), ("sẽ xây thêm kho lạnh", False))
    # The first prediction fits both gold clauses, the second only the first one.
    pred = _doc(("sẽ xây thêm", False), ("ba chi nhánh mới", False))
    s = evaluate(gold, pred)["commitments"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_an_optional_gold_item_never_takes_a_required_items_prediction():
    gold = _doc(("sẽ xây thêm kho lạnh", True), ("sẽ xây thêm kho lạnh ở cảng", False))
    pred = _doc(("sẽ xây thêm kho lạnh", False))
    s = evaluate(gold, pred)["commitments"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_prediction_is_counted_once_however_many_gold_items_it_fits():
    gold = _doc(("sẽ xây thêm ba chi nhánh mới", False), ("sẽ xây thêm kho lạnh", False))
    pred = _doc(("sẽ xây thêm", False))
    s = evaluate(gold, pred)["commitments"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
