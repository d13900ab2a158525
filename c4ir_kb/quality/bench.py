"""`make bench`: speed and memory of ingest, as ratios against baselines measured in the same run.

The corpus (about 1 MB by default) recombines the seed sentences with sentences written
for the benchmark into many articles. Printed: articles/s, sentences/s, kchars/s for
underthesea's bare `ner()` over the same sentences (the baseline), for a cold ingest with
1 and 2 workers, and for an incremental rebuild of the unchanged corpus.

`--json` adds one JSON object with the figures on the last line; `--stream-articles N`
measures the peak memory of `c4ir-kb ingest` over N generated articles in one JSONL file
(in a process of its own, so its peak is its own), with the main process's and the largest
worker's peaks and the articles stored sampled every 2 s (the curve, on stderr and in the JSON),
the rate over the first and the last 10% of the articles, and the time after the last one (the
thread refresh). `--size 0` skips the table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

WRITTEN = """\
Sáng 12/3, Bộ Khoa học và Công nghệ phối hợp với UBND tỉnh Bình Dương tổ chức hội nghị về đổi mới sáng tạo.
Phát biểu tại hội nghị, ông Trần Quốc Bảo, Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Dương cho biết tỉnh sẽ dành 500 tỷ đồng cho các dự án chuyển đổi số trong năm 2026.
Tập đoàn FPT cam kết đào tạo 2.000 kỹ sư bán dẫn cho khu vực Đông Nam Bộ trong giai đoạn 2025 - 2027.
Bà Nguyễn Thị Lan, Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank), cho biết ngân hàng dự kiến giải ngân 1,2 tỷ USD cho các dự án xanh.
Theo kế hoạch, nhà máy điện mặt trời công suất 140 MW tại Ninh Thuận sẽ đi vào hoạt động từ quý II/2026.
Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh đề xuất Chính phủ bổ sung cơ chế đặc thù cho Thủ đô.
Đại diện Samsung C&T cho biết doanh nghiệp đang xây dựng trung tâm nghiên cứu tại Khu Công nghệ cao Hòa Lạc.
Trước đó, ngày 5/11/2025, Tổng công ty Điện lực TP.HCM đã ký thỏa thuận hợp tác với Viện Năng lượng.
Thiếu tướng Lê Văn Hùng, Phó Tư lệnh Quân khu 7, kiêm Chỉ huy trưởng, phát biểu tại buổi lễ.
Hiệp hội Doanh nghiệp TP.HCM kiến nghị thành phố sớm ban hành chính sách hỗ trợ doanh nghiệp nhỏ và vừa.
"""


def _sentences() -> list[str]:
    from underthesea import sent_tokenize

    raw = Path(__file__).resolve().parents[2] / "data" / "raw"
    sents: list[str] = []
    for f in sorted(raw.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").splitlines():
            sents += [s.strip() for s in sent_tokenize(para) if len(s.strip()) > 20]
    sents += [s for s in WRITTEN.splitlines() if s.strip()]
    return sents


def build_corpus(target: Path, size: int, seed: int = 7) -> tuple[int, list[str]]:
    """Articles of 8-20 sentences drawn at random (seeded) until `size` characters."""
    rng = random.Random(seed)
    pool = _sentences()
    total, n, used = 0, 0, []
    while total < size:
        k = rng.randint(8, 20)
        body = [rng.choice(pool) for _ in range(k)]
        text = "\n".join(body) + "\n"
        (target / f"bench_{n:05d}.txt").write_text(text, encoding="utf-8")
        used += body
        total += len(text)
        n += 1
    return n, used


def _rate(label: str, seconds: float, articles: int, sentences: int, chars: int, base: float | None) -> None:
    ratio = f"{base / seconds:6.2f}x baseline speed" if base else "   (baseline)"
    print(
        f"{label:<34} {seconds:8.1f} s  {articles / seconds:8.2f} art/s  {sentences / seconds:8.1f} sent/s  "
        f"{chars / seconds / 1000:7.1f} kchar/s  {ratio}"
    )


def _mib(kib: int) -> float:
    return round(kib / 1024, 1)


def measure(work: Path, size: int) -> dict:
    """The table's figures: bare ner() (the baseline), cold ingest with 1 and 2 workers, unchanged rebuild."""
    from underthesea import ner

    from c4ir_kb.kb.ingest import ingest, rebuild
    from c4ir_kb.kb.store import open_db

    corpus = work / "corpus"
    corpus.mkdir()
    n_articles, sents = build_corpus(corpus, size)
    chars = sum(len(f.read_text(encoding="utf-8")) for f in corpus.glob("*.txt"))
    print(f"corpus: {n_articles} articles, {len(sents)} sentences, {chars} characters, {os.cpu_count()} cores")

    t, c = time.perf_counter(), time.process_time()
    for s in sents:
        ner(s)
    base, base_cpu = time.perf_counter() - t, time.process_time() - c
    _rate("underthesea ner() alone", base, n_articles, len(sents), chars, None)

    timings, cpu = {}, {}
    for workers in (1, 2):
        db_path = work / f"kb{workers}.sqlite"
        db = open_db(db_path)
        t, c = time.perf_counter(), time.process_time()
        report = ingest(db, [str(corpus)], workers=workers)
        timings[workers], cpu[workers] = time.perf_counter() - t, time.process_time() - c
        if report.counts.get("failed"):
            raise SystemExit(f"bench: {report.counts['failed']} articles failed, first: {report.errors[0]}")
        _rate(f"ingest cold, {workers} worker(s)", timings[workers], n_articles, len(sents), chars, base)
        db.close()
    print(f"{'2 workers vs 1':<34} {timings[1] / timings[2]:8.2f}x")
    dask = measure_dask(work, corpus, (n_articles, len(sents), chars), base, timings[1])
    # CPU seconds of this process: on a machine shared with other jobs, a steadier ratio than wall time
    print(f"{'1 worker vs ner(), CPU time':<34} {base_cpu / cpu[1]:8.2f}x  ({cpu[1]:.1f} s vs {base_cpu:.1f} s)")

    t = time.perf_counter()
    report = rebuild(work / "kb1.sqlite", [str(corpus)], workers=1)
    warm = time.perf_counter() - t
    assert report.counts["unchanged"] == n_articles
    print(f"{'rebuild, unchanged corpus':<34} {warm:8.2f} s  {timings[1] / warm:8.1f}x faster than cold")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak memory: {_mib(peak):.0f} MiB (main process), {_mib(kids):.0f} MiB (largest worker)")
    return {
        "articles": n_articles,
        "sentences": len(sents),
        "characters": chars,
        "cores": os.cpu_count(),
        "ner_baseline_s": round(base, 3),
        "ingest_1_worker_s": round(timings[1], 3),
        "ingest_2_workers_s": round(timings[2], 3),
        "speedup_1_worker_vs_ner": round(base / timings[1], 3),
        "speedup_2_vs_1_workers": round(timings[1] / timings[2], 3),
        "ner_baseline_cpu_s": round(base_cpu, 3),
        "ingest_1_worker_cpu_s": round(cpu[1], 3),
        "speedup_1_worker_vs_ner_cpu": round(base_cpu / cpu[1], 3),
        "rebuild_unchanged_s": round(warm, 3),
        "rebuild_unchanged_vs_cold": round(timings[1] / warm, 1),
        "peak_rss_mib": max(_mib(peak), _mib(kids)),
        **dask,
    }


def measure_dask(work: Path, corpus: Path, sizes: tuple[int, int, int], base: float, local_1: float) -> dict:
    """Cold ingest with the extraction on a Dask LocalCluster of 1 and 2 worker processes
    (started before the clock starts), when the dask extra is installed."""
    try:
        from c4ir_kb.kb.cluster import connect, extract_on_dask
        import distributed  # noqa: F401
    except ImportError:
        print("dask: not installed (pip install 'c4ir-kb[dask]'), rows skipped")
        return {}
    from c4ir_kb.kb.ingest import ingest
    from c4ir_kb.kb.store import open_db

    out = {}
    for workers in (1, 2):
        with connect(local_workers=workers) as client:
            db = open_db(work / f"dask{workers}.sqlite")
            t = time.perf_counter()
            report = ingest(db, [str(corpus)], extractor=lambda items: extract_on_dask(items, client))
            seconds = time.perf_counter() - t
            db.close()
        if report.counts.get("failed"):
            raise SystemExit(f"bench: {report.counts['failed']} articles failed on Dask, first: {report.errors[0]}")
        _rate(f"ingest cold, Dask {workers} worker(s)", seconds, *sizes, base)
        out[f"ingest_dask_{workers}_worker{'s' if workers > 1 else ''}_s"] = round(seconds, 3)
    print(f"{'Dask 2 workers vs local 1':<34} {local_1 / out['ingest_dask_2_workers_s']:8.2f}x")
    return out


def write_stream_corpus(path: Path, n: int, seed: int = 11) -> int:
    """`n` short articles (2-4 sentences, each made unique by its number) in one JSONL file."""
    rng = random.Random(seed)
    pool = [s for s in WRITTEN.splitlines() if s.strip()]
    chars = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"Bản tin số {i + 1}.\n" + "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 3))) + "\n"
            chars += len(text)
            f.write(json.dumps({"id": f"stream-{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return chars


def _hwm_mib(pid: int) -> float:
    """Peak resident memory so far (VmHWM) of a live process, 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _stored(db: Path) -> int:
    """Articles stored so far, read through a short-lived read-only connection."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def _curve_rate(curve: list[list[float]], n: int, lo: float, hi: float) -> float:
    """Articles a second between the first samples with lo and hi of the n articles stored."""
    a = next((c for c in curve if c[1] >= lo * n), None)
    b = next((c for c in curve if c[1] >= hi * n), curve[-1] if curve else None)  # else the last sample
    return round((b[1] - a[1]) / (b[0] - a[0]), 2) if a and b and b[0] > a[0] else 0.0


def measure_stream(work: Path, n: int, workers: int, every: float = 2.0) -> dict:
    """Peak memory of `c4ir-kb ingest` over one JSONL file of `n` articles, in a process of its
    own: overall (the kernel's count at exit), and of the main process and of its largest worker
    (their VmHWM, sampled every `every` seconds with the articles stored so far; each sample is
    printed on stderr, the memory curve). The tail is the time from the last article stored to
    the end of the run (mostly the thread refresh)."""
    path = work / "stream.jsonl"
    db = work / "stream.sqlite"
    chars = write_stream_corpus(path, n)
    print(f"stream: {n} articles, {chars} characters in one JSONL file ({path.stat().st_size / 2**20:.1f} MiB)")
    cmd = [sys.executable, "-m", "c4ir_kb.cli", "ingest", str(path), "--db", str(db), "-q", "-w", str(workers)]
    t = time.perf_counter()
    errors = (work / "stream.err").open("w+b")  # a file, not a pipe: nobody reads it while the run goes
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
    main_peak, worker_peak, curve, all_stored = 0.0, 0.0, [], None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.perf_counter() - t
        main_peak = max(main_peak, _hwm_mib(proc.pid))
        worker_peak = max([worker_peak] + [_hwm_mib(c) for c in _children(proc.pid)])
        stored = _stored(db)
        if stored >= n and all_stored is None:
            all_stored = elapsed
        curve.append([round(elapsed, 1), stored, main_peak, worker_peak])
        print(f"stream {elapsed:8.1f} s  {stored:>8} articles  main {main_peak:6.1f} MiB  worker {worker_peak:6.1f} MiB", file=sys.stderr, flush=True)
        time.sleep(every)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors.seek(0)
    err = errors.read().decode("utf-8", "replace")
    errors.close()
    if proc.returncode:
        raise SystemExit(f"stream ingest failed ({proc.returncode}): {err.strip()[-500:]}")
    peak = _mib(usage.ru_maxrss)
    first, last = _curve_rate(curve, n, 0.0, 0.1), _curve_rate(curve, n, 0.9, 1.0)
    curve.append([round(seconds, 1), n, main_peak, worker_peak])
    print(f"{'ingest, one JSONL stream':<34} {seconds:8.1f} s  {n / seconds:8.2f} art/s  peak memory {peak:.0f} MiB ({workers} worker(s))")
    print(f"{'  main process, largest worker':<34} {main_peak:8.0f} MiB {worker_peak:6.0f} MiB (sampled peaks)")
    tail = round(seconds - all_stored, 1) if all_stored is not None else None
    print(f"{'  articles/s, first and last 10%':<34} {first:8.2f} {last:8.2f}   after the last article: {tail} s")
    return {
        "stream_articles": n, "stream_workers": workers, "stream_s": round(seconds, 3), "stream_peak_rss_mib": peak,
        "stream_main_peak_mib": main_peak, "stream_worker_peak_mib": worker_peak,
        "stream_rate_first_10pct": first, "stream_rate_last_10pct": last, "stream_tail_s": tail,
        "stream_curve": curve[:: max(1, len(curve) // 200)],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=1_000_000, help="corpus size in characters (0: skip the table)")
    ap.add_argument("--stream-articles", type=int, default=0, metavar="N", help="also measure peak memory ingesting N generated articles from one JSONL file")
    ap.add_argument("--stream-workers", type=int, default=2, help="workers for --stream-articles (default 2)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object on the last line")
    args = ap.parse_args(argv)

    err = Console(stderr=True)  # the bench is no CLI command: it prints its own notes on stderr
    work = Path(tempfile.mkdtemp(prefix="c4ir-bench-"))
    figures: dict = {}
    try:
        if args.size > 0:
            figures.update(measure(work, args.size))
        if args.stream_articles > 0:
            figures.update(measure_stream(work, args.stream_articles, args.stream_workers))
        err.print(f"bench files in {work} removed")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
