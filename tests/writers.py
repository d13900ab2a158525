"""Short articles written for the reliability tests (not news text), and helpers to check
that every stored article is whole."""

import sqlite3
from pathlib import Path

PEOPLE = ["Trần Văn An", "Lê Thị Bình", "Phạm Quốc Cường", "Hoàng Minh Dũng", "Vũ Thị Giang", "Đặng Hữu Hải"]
ORGS = ["Sở Giao thông vận tải tỉnh Bình Định", "Tập đoàn Hòa Phát", "UBND tỉnh Quảng Ngãi", "Công ty Cổ phần Sao Mai"]
PLACES = ["Quy Nhơn", "Dung Quất", "Tuy Hòa", "Pleiku"]


def article_text(i: int) -> str:
    """Article number i: a dated lead, a role, a commitment; every one different."""
    who, org, where = PEOPLE[i % len(PEOPLE)], ORGS[i % len(ORGS)], PLACES[i % len(PLACES)]
    return (
        f"Sáng {i % 27 + 1}/{i % 12 + 1}/2025, ông {who}, Giám đốc {org}, làm việc tại {where}.\n"
        f"{org} cam kết xây dựng {i + 2} trạm sạc xe điện tại {where} trong năm 2026.\n"
        f"Bài viết số {i}.\n"
    )


def write_corpus(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in numbers:
        (folder / f"a{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
    return folder


def assert_whole_articles(db_path: Path) -> list[str]:
    """Integrity holds and every stored article has its sentences, covering its text, and
    its mentions. Returns the stored sources."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        sources = []
        for aid, source, text in conn.execute("SELECT id, source, text FROM articles ORDER BY source"):
            sents = conn.execute("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx", [aid]).fetchall()
            assert len(sents) == 3 and sents[-1][1] >= len(text.rstrip()) - 1, source
            assert conn.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [aid]).fetchone()[0] > 0, source
            assert conn.execute("SELECT count(*) FROM dates WHERE article_id = ?", [aid]).fetchone()[0] > 0, source
            sources.append(source)
        return sources
    finally:
        conn.close()
