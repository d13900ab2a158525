"""`make bench`: speed and memory of ingest, as ratios against baselines measured in the same run.

The corpus (about 1 MB by default) recombines the seed sentences with sentences written
for the benchmark into many articles. Printed: articles/s, sentences/s, kchars/s for
underthesea's bare `ner()` over the same sentences (the baseline), for a cold ingest with
1 and 2 workers, and for an incremental rebuild of the unchanged corpus.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=1_000_000, help="corpus size in characters")
    args = ap.parse_args()

    from underthesea import ner

    from c4ir_kb.cli.util import err
    from c4ir_kb.kb.ingest import ingest, rebuild
    from c4ir_kb.kb.store import open_db

    work = Path(tempfile.mkdtemp(prefix="c4ir-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        n_articles, sents = build_corpus(corpus, args.size)
        chars = sum(len(f.read_text(encoding="utf-8")) for f in corpus.glob("*.txt"))
        print(f"corpus: {n_articles} articles, {len(sents)} sentences, {chars} characters, {os.cpu_count()} cores")

        t = time.perf_counter()
        for s in sents:
            ner(s)
        base = time.perf_counter() - t
        _rate("underthesea ner() alone", base, n_articles, len(sents), chars, None)

        timings = {}
        for workers in (1, 2):
            db_path = work / f"kb{workers}.sqlite"
            db = open_db(db_path)
            t = time.perf_counter()
            report = ingest(db, [str(corpus)], workers=workers)
            timings[workers] = time.perf_counter() - t
            assert not report.counts.get("failed"), report.errors
            _rate(f"ingest cold, {workers} worker(s)", timings[workers], n_articles, len(sents), chars, base)
            db.close()
        print(f"{'2 workers vs 1':<34} {timings[1] / timings[2]:8.2f}x")

        t = time.perf_counter()
        report = rebuild(work / "kb1.sqlite", [str(corpus)], workers=1)
        warm = time.perf_counter() - t
        assert report.counts["unchanged"] == n_articles
        print(f"{'rebuild, unchanged corpus':<34} {warm:8.2f} s  {timings[1] / warm:8.1f}x faster than cold")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MiB (main process), {kids:.0f} MiB (largest worker)")
        err.print(f"bench files in {work} removed")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
