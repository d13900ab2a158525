"""`make fuzz`: thousands of generated inputs through `extract` and `ingest`, as a user runs them.

Inputs (seeded, so a run can be repeated): sentences written for this module and for the
benchmark, then mangled the ways real input is: control and zero-width characters, combining
marks, NFD, upper case, random code points, runs without punctuation, several sentences in
one line; whitespace-only texts; publication dates anywhere in the calendar, its two ends
included. Each goes, as one JSONL line, through `c4ir-kb extract --jsonl` and through
`c4ir-kb ingest` in subprocesses. Printed: tracebacks, failed articles, lost articles (a
valid input with no output line or no stored article), articles stored more than once, and,
for information, refusals by design (whitespace-only text) and component warnings. Exit 0
only when tracebacks, failures, lost and duplicated articles are all 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from c4ir_kb.quality.bench import WRITTEN
from c4ir_kb.sources.reader import make_article

OWN = """\
Sáng 3/4, ông Trần Văn An, Chủ tịch UBND tỉnh Bình Định, cho biết tỉnh sẽ hoàn thành cảng Quy Nhơn vào năm sau.
Hôm qua, Công ty Cổ phần Sao Mai cam kết xây dựng 12 trạm sạc tại Tuy Hòa trong quý III/2026.
Bà Lê Thị Bình, Giám đốc Sở Y tế tỉnh Quảng Ngãi, đề xuất Bộ Y tế bổ sung 300 tỷ đồng cho bệnh viện tuyến huyện.
Tuần sau, Tập đoàn Hòa Phát và Tổng công ty Điện lực miền Trung ký thỏa thuận hợp tác.
Ngày 31/12, Phó Thủ tướng Phạm Quốc Cường thăm Pleiku và làm việc với lãnh đạo tỉnh Gia Lai.
Năm ngoái, UBND TP Đà Nẵng đã dành 1.500 tỷ đồng cho các dự án chuyển đổi số; năm nay con số này sẽ tăng.
"""
SENTENCES = [s for s in (OWN + WRITTEN).splitlines() if s.strip()]
ODD = ["\u200b", "\u200d", "\ufeff", "\x00", "\x07", "\x1b", "\t", "\r", "\u2028", "\u00ad", "\u202e"]
MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]


def _random_date(rng: random.Random) -> date:
    return date(1, 1, 1) + timedelta(days=rng.randrange((date(9999, 12, 31) - date(1, 1, 1)).days + 1))


def _code_points(rng: random.Random, n: int) -> str:
    out = []
    while len(out) < n:
        c = rng.randrange(1, 0x30000)
        if not 0xD800 <= c <= 0xDFFF:  # no lone surrogates: they cannot be written as UTF-8
            out.append(chr(c))
    return "".join(out)


def _mangle(rng: random.Random, text: str) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return unicodedata.normalize("NFD", text)
    if kind == 1:
        return text.upper()
    if kind == 2:
        chars = list(text)
        for _ in range(rng.randint(1, 8)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD + MARKS))
        return "".join(chars)
    if kind == 3:
        return _code_points(rng, rng.randint(1, 120))
    if kind == 4:
        cut = rng.randrange(len(text) + 1)
        return text[:cut] + _code_points(rng, rng.randint(1, 20)) + text[cut:]
    if kind == 5:  # a run without punctuation
        return " ".join(text.rstrip(".").split() * rng.randint(2, 5)).replace(",", "")
    if kind == 6:
        return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
    if kind == 7:
        return "\n".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
    if kind == 8:
        return rng.choice(MARKS) + text + rng.choice(MARKS)
    return text


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    edges = [date(1, 1, 1), date(1, 1, 31), date(9999, 12, 31), date(9999, 12, 1), date(2000, 2, 29)]
    rows = []
    for i in range(n):
        if rng.random() < 0.01:
            text = rng.choice(["", " ", "\n\n", "\t \u3000"])  # refused by design: no text
        else:
            text = _mangle(rng, rng.choice(SENTENCES))
        row = {"id": f"fuzz{i:05d}", "text": text}
        r = rng.random()
        if r < 0.15:
            row["published"] = rng.choice(edges).isoformat()
        elif r < 0.75:
            row["published"] = _random_date(rng).isoformat()
        rows.append(row)
    return rows


def _valid(row: dict) -> bool:
    return bool(row["text"].strip())


def _run(args: list[str], cwd: Path) -> tuple[int, str, str, float]:
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "c4ir_kb.cli", *args], cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t


def _stderr_counts(stderr: str, refused: int) -> tuple[int, int, int]:
    """Tracebacks; failures: error lines other than the refusals by design (and any
    mismatch in their number); component warnings."""
    lines = stderr.splitlines()
    tracebacks = stderr.count("Traceback (most recent call last)")
    errors = [x for x in lines if x.startswith("error:")]
    by_design = sum(1 for x in errors if x.endswith("empty article (no text)"))
    warnings = sum(1 for x in lines if x.startswith("warning:"))
    return tracebacks, len(errors) - by_design + abs(by_design - refused), warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="generated inputs (default 10000)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, help="keep the inputs, outputs and knowledge base in this folder")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="c4ir-fuzz-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = generate(args.count, args.seed)
        src = work / "fuzz.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        valid = [r for r in rows if _valid(r)]
        refused = len(rows) - len(valid)
        print(f"{len(rows)} generated inputs ({refused} whitespace-only, refused by design), seed {args.seed}, {args.workers} workers")

        # extract: one output line per valid input, none for the refused
        code, out, err, secs = _run(["extract", str(src), "--jsonl", "-w", str(args.workers)], work)
        (work / "extract.err").write_text(err, encoding="utf-8")
        tb, failures, warns = _stderr_counts(err, refused)
        got = {json.loads(line)["id"] for line in out.split("\n") if line.strip()}  # not splitlines: U+2028 may stand unescaped in a line
        results = {"extract": (tb, failures, len({r["id"] for r in valid} - got), 0, warns, secs)}

        # ingest: every distinct valid article stored exactly once
        db = work / "fuzz.sqlite"
        code, out, err, secs = _run(["ingest", str(src), "--db", str(db), "-w", str(args.workers), "-q"], work)
        (work / "ingest.err").write_text(err, encoding="utf-8")
        tb, failures, warns = _stderr_counts(err, refused)
        expected = {make_article(r["text"], r["id"]).id for r in valid}
        conn = sqlite3.connect(db)
        stored = [r[0] for r in conn.execute("SELECT id FROM articles")]
        whole = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        dupes = len(stored) - len(set(stored))
        results["ingest"] = (tb + (0 if whole else 1), failures, len(expected - set(stored)), dupes, warns, secs)

        print(f"{'':8} {'tracebacks':>10} {'failures':>9} {'lost':>6} {'stored twice':>13} {'warnings':>9} {'seconds':>8}")
        for name, (tb, fail, lost, twice, warns, secs) in results.items():
            print(f"{name:8} {tb:>10} {fail:>9} {lost:>6} {twice:>13} {warns:>9} {secs:>8.1f}")
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of the largest subprocess: {kids:.0f} MiB; stderr kept in {work}" if args.keep else
              f"peak memory of the largest subprocess: {kids:.0f} MiB")
        bad = sum(tb + fail + lost + twice for tb, fail, lost, twice, *_ in results.values())
        return 1 if bad else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
