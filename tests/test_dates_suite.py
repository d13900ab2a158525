"""The date suite (tests/dates/suite.jsonl) and its scorer, c4ir_kb.quality.datesuite."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from c4ir_kb.quality.datesuite import Case, load, main, run, summary

SUITE = Path(__file__).parent / "dates" / "suite.jsonl"


def test_every_suite_line_names_its_source_and_form():
    cases = load(SUITE)
    assert len(cases) > 200
    assert all(c.source and c.form in ("written", "spelled") for c in cases)
    assert len({c.id for c in cases}) == len(cases)


def test_the_suite_meets_the_issue_targets():
    groups = summary(run(load(SUITE)))["groups"]
    assert groups["written"]["share"] >= 0.92
    assert groups["spelled"]["share"] >= 0.60
    assert groups["not-date"]["share"] >= 0.90


def test_a_line_passes_only_on_exactly_its_value():
    wed = date(2026, 3, 18)
    right = Case("a", "ngày 20/3/2026", wed, "2026-03-20", "written", "dmy", "here")
    wrong = Case("b", "ngày 20/3/2026", wed, "2026-03-21", "written", "dmy", "here")
    not_date = Case("c", "Nghị quyết 52/2019", wed, None, "written", "not-date", "here")
    assert [r.passed for r in run([right, wrong, not_date])] == [True, False, True]


def test_the_scorer_reports_a_bad_line_without_a_traceback(tmp_path, capsys):
    bad = tmp_path / "suite.jsonl"
    bad.write_text(json.dumps({"id": "x", "expr": "hôm nay"}) + "\n", encoding="utf-8")
    assert main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert "suite.jsonl line 1" in err and "Traceback" not in err
