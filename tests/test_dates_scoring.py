"""How the scorer compares dates (contract: "dates by value; a day interval X/Y and the two days
X, Y are the same fact in two forms"): one fact per value in an article."""

from __future__ import annotations

from c4ir_kb.quality.evaluate import evaluate


def _doc(*dates: tuple[str, str], optional: tuple[str, ...] = ()) -> dict:
    items = [{"text": t, "value": v, **({"optional": True} if v in optional else {})} for t, v in dates]
    return {"articles": [{"source": "a.txt", "dates": items}]}


def _score(gold: dict, pred: dict) -> tuple[int, int, int]:
    s = evaluate(gold, pred)["dates"]
    return s.tp, s.fp, s.fn


def test_a_value_written_twice_is_one_fact():
    gold = _doc(("năm 2025", "2025"))
    pred = _doc(("năm 2025", "2025"), ("cuối năm 2025", "2025"), ("Năm 2025", "2025"))
    assert _score(gold, pred) == (1, 0, 0)


def test_a_gold_value_listed_twice_is_one_fact():
    gold = _doc(("năm nay", "2026"), ("năm 2026", "2026"))
    assert _score(gold, _doc(("năm 2026", "2026"))) == (1, 0, 0)


def test_a_day_interval_and_its_two_days_are_one_fact_either_way():
    interval = _doc(("ngày 11 và 12/6", "2026-06-11/2026-06-12"))
    days = _doc(("ngày 11", "2026-06-11"), ("12/6", "2026-06-12"))
    assert _score(interval, days) == (2, 0, 0)
    assert _score(days, interval) == (2, 0, 0)


def test_an_interval_with_only_one_of_its_days_is_still_a_miss_and_an_extra():
    assert _score(_doc(("từ 11 đến 14/6", "2026-06-11/2026-06-14")), _doc(("11/6", "2026-06-11"))) == (0, 1, 1)


def test_a_value_is_optional_only_when_every_gold_item_of_it_is():
    gold = _doc(("năm 2025", "2025"), optional=("2025",))
    assert _score(gold, _doc()) == (0, 0, 0)
    both = {"articles": [{"source": "a.txt", "dates": [{"text": "x", "value": "2025", "optional": True}, {"text": "y", "value": "2025"}]}]}
    assert _score(both, _doc()) == (0, 0, 1)


def test_a_not_date_is_looked_for_as_written_in_a_dates_text():
    gold = {"articles": [{"source": "a.txt", "dates": [{"text": "năm 2030", "value": "2030"}], "not_dates": ["30%", "5/12 tỉnh"]}]}
    fine = {"articles": [{"source": "a.txt", "dates": [{"text": "năm 2030", "value": "2030"}]}]}
    wrong = {"articles": [{"source": "a.txt", "dates": [{"text": "5/12 tỉnh", "value": "2026-12-05"}]}]}
    assert evaluate(gold, fine)["dates"].extras == []
    assert evaluate(gold, wrong)["dates"].extras[-1] == "a.txt: 5/12 tỉnh is listed as not a date"


def test_an_iso_week_and_its_monday_to_sunday_interval_are_one_fact_either_way():
    week = _doc(("tuần này", "2026-W12"))
    days = _doc(("tuần này", "2026-03-16/2026-03-22"))
    assert _score(week, days) == (1, 0, 0)
    assert _score(days, week) == (1, 0, 0)


def test_an_iso_week_is_not_the_week_after_it():
    assert _score(_doc(("tuần tới", "2026-W13")), _doc(("tuần này", "2026-03-16/2026-03-22"))) == (0, 1, 1)


def test_a_gold_date_left_null_is_no_fact_to_find():
    # an article with no publication date: the guideline leaves `tháng trước` null, and the
    # extractor (which never reads the clock) gives nothing for it
    gold = {"articles": [{"source": "a.txt", "dates": [{"text": "tháng trước", "value": None}, {"text": "ngày 3/8", "value": "--08-03"}]}]}
    assert _score(gold, _doc(("ngày 3/8", "--08-03"))) == (1, 0, 0)
