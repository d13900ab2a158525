"""The date suite: Vietnamese date expressions, each read in a sentence against a publication date.

`tests/dates/suite.jsonl` holds one expression a line: `expr`, `published` (ISO day or null),
`value` (the ISO value expected, or null for an expression that is no date), `form`
(`written`: numbers in digits; `spelled`: a day, month, year, quarter or weekday number in
words), `category` and `source` (the public test corpus it was taken from, with its licence,
or this project). Each expression is placed in `Sự kiện được tổ chức <expr>.` and read by
`parse_dates` with `published`; a line passes when the dates found are exactly the one value
expected (no date at all for a null value).

    python -m c4ir_kb.quality.datesuite tests/dates/suite.jsonl [-v] [--json]

prints the share passed for written forms, spelled-out forms and non-dates, and per category.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from c4ir_kb.extract.dates import parse_dates

SENTENCE = "Sự kiện được tổ chức {}."


@dataclass(frozen=True)
class Case:
    id: str
    expr: str
    published: Optional[date]
    value: Optional[str]
    form: str
    category: str
    source: str


@dataclass(frozen=True)
class Result:
    case: Case
    found: tuple[str, ...]

    @property
    def passed(self) -> bool:
        want = () if self.case.value is None else (self.case.value,)
        return self.found == want

    @property
    def group(self) -> str:
        return "not-date" if self.case.value is None else self.case.form


def load(path: Path) -> list[Case]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            pub = date.fromisoformat(d["published"]) if d.get("published") else None
            cases.append(Case(d["id"], d["expr"], pub, d.get("value"), d["form"], d["category"], d["source"]))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path.name} line {n}: {e}") from None
    return cases


def run(cases: list[Case]) -> list[Result]:
    return [Result(c, tuple(d.value for d in parse_dates(SENTENCE.format(c.expr), c.published))) for c in cases]


def summary(results: list[Result]) -> dict:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for table, key in ((groups, r.group), (cats, r.case.category)):
            table[key][0] += r.passed
            table[key][1] += 1

    def share(t: dict) -> dict:
        return {k: {"passed": p, "total": n, "share": round(p / n, 3)} for k, (p, n) in sorted(t.items())}

    return {"groups": share(groups), "categories": share(cats)}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m c4ir_kb.quality.datesuite", description=__doc__.splitlines()[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the lines that fail")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        results = run(load(a.suite))
    except (OSError, ValueError) as e:
        print(f"error: {a.suite}: {e}", file=sys.stderr)
        return 2
    s = summary(results)
    if a.json:
        if a.verbose:
            s["failures"] = [{"id": r.case.id, "expr": r.case.expr, "want": r.case.value, "found": list(r.found)} for r in results if not r.passed]
        print(json.dumps(s, ensure_ascii=False, indent=1))
        return 0
    for k, v in s["groups"].items():
        print(f"{k:10} {v['passed']:4}/{v['total']:<4} {v['share']:.3f}")
    print()
    for k, v in s["categories"].items():
        print(f"  {k:24} {v['passed']:4}/{v['total']:<4} {v['share']:.3f}")
    if a.verbose:
        print()
        for r in results:
            if not r.passed:
                print(f"FAIL {r.case.id} [{r.group}/{r.case.category}] {r.case.expr!r} want {r.case.value} found {list(r.found)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `… | head`
        sys.stdout = None
        sys.exit(0)
