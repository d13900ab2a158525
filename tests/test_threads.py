"""Commitment threads across articles (kb/threads.py) through the CLI: `threads`, `entity`,
`report`, on small multi-article scenarios written for these tests, in real SQLite files."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import invoke

# One company's data centre: announced, started, completed; and its scholarship fund, apart.
VIETTEL = {
    "v1_cam_ket.txt": (
        "2024-03-12",
        "Tin doanh nghiệp\n\n"
        "Ngày 12/3/2024, Tập đoàn Viettel cam kết với UBND TP.HCM sẽ xây dựng trung tâm dữ liệu xanh tại Củ Chi "
        "với tổng vốn 2.000 tỷ đồng. Viettel cũng sẽ thành lập quỹ học bổng cho sinh viên ngành kỹ thuật.",
    ),
    "v2_khoi_cong.txt": (
        "2025-01-20",
        "Tin đầu năm\n\nSáng 20/1/2025, Tập đoàn Viettel đã khởi công trung tâm dữ liệu xanh tại Củ Chi. "
        "Công trình rộng 5 ha.",
    ),
    "v3_khanh_thanh.txt": (
        "2025-09-05",
        "Tin công nghệ\n\nNgày 5/9/2025, Viettel khánh thành trung tâm dữ liệu xanh tại Củ Chi sau tám tháng thi công.",
    ),
}
# Another company: two plants in two provinces; one of them is reported late.
SAO_VIET = {
    "s1_dau_tu.txt": (
        "2024-05-10",
        "Thép Sao Việt mở rộng sản xuất\n\n"
        "Ngày 10/5/2024, Công ty Cổ phần Thép Sao Việt cho biết sẽ đầu tư nhà máy cán thép tại Long An với tổng vốn "
        "1.500 tỷ đồng. Công ty cũng sẽ xây dựng nhà máy tôn mạ màu tại Bình Dương.",
    ),
    "s2_cham_tien_do.txt": (
        "2025-06-03",
        "Tin địa phương\n\n"
        "Ngày 2/6/2025, Sở Xây dựng cho biết nhà máy cán thép tại Long An của Công ty Cổ phần Thép Sao Việt "
        "chậm tiến độ do vướng mặt bằng.",
    ),
}
# A promotion, not a conflict.
KHANG = {
    "k1_hoi_nghi.txt": (
        "2023-04-03",
        "Quân khu tổ chức hội nghị\n\nSáng 3/4/2023, Thiếu tướng Lê Hữu Khang, Tư lệnh Quân khu 12, "
        "chủ trì hội nghị tổng kết công tác huấn luyện.",
    ),
    "k2_tong_ket.txt": (
        "2025-01-08",
        "Quân khu tổng kết năm\n\nSáng 8/1/2025, Trung tướng Lê Hữu Khang, Tư lệnh Quân khu 12, "
        "phát biểu tại hội nghị tổng kết năm.",
    ),
}


def write(folder: Path, articles: dict[str, tuple[str | None, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (published, text) in articles.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        if published:
            (folder / name.replace(".txt", ".meta.json")).write_text(json.dumps({"published": published}), encoding="utf-8")
    return folder


def ingest(runner, db: Path, *paths: Path) -> None:
    r = invoke(runner, "ingest", *map(str, paths), "--db", str(db), "-w", "1", "-q")
    assert r.exit_code == 0, r.stderr


def threads_json(runner, db: Path, *args: str) -> list[dict]:
    r = invoke(runner, "threads", "--db", str(db), "--json", *args)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def scenario_kb(runner, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("threads")
    db = root / "kb.sqlite"
    ingest(runner, db, write(root / "in", {**VIETTEL, **SAO_VIET, **KHANG}))
    return db


def by_subject(threads: list[dict], words: str) -> dict:
    (t,) = [t for t in threads if words in t["subject"]]
    return t


def test_announce_start_complete_is_one_thread_in_date_order(runner, scenario_kb):
    t = by_subject(threads_json(runner, scenario_kb), "trung tâm dữ liệu")
    assert [(e["date"], e["status"], e["source"]) for e in t["events"]] == [
        ("2024-03-12", "announced", "v1_cam_ket.txt"),
        ("2025-01-20", "started", "v2_khoi_cong.txt"),
        ("2025-09-05", "completed", "v3_khanh_thanh.txt"),
    ]
    assert (t["actor"], t["status"]) == ("Viettel", "completed")
    assert "khởi công trung tâm dữ liệu xanh" in t["events"][1]["text"]


def test_announce_then_delay_leaves_the_thread_delayed(runner, scenario_kb):
    t = by_subject(threads_json(runner, scenario_kb), "cán thép")
    assert [e["status"] for e in t["events"]] == ["announced", "delayed"]
    assert t["status"] == "delayed" and t["events"][1]["source"] == "s2_cham_tien_do.txt"


def test_two_undertakings_of_one_company_stay_apart(runner, scenario_kb):
    threads = threads_json(runner, scenario_kb)
    fund = by_subject(threads, "quỹ học bổng")
    coating = by_subject(threads, "tôn mạ")
    assert [e["status"] for e in fund["events"]] == ["announced"]
    assert [e["status"] for e in coating["events"]] == ["announced"]  # the delay is the Long An plant's
    assert len({t["id"] for t in threads}) == len(threads)


def test_threads_json_has_the_documented_shape(runner, scenario_kb):
    threads = threads_json(runner, scenario_kb)
    assert threads
    for t in threads:
        assert set(t) == {"id", "actor", "subject", "status", "events"}
        assert t["status"] == t["events"][-1]["status"]
        for e in t["events"]:
            assert set(e) == {"date", "status", "source", "text"}


def test_each_link_records_its_evidence(scenario_kb):
    con = sqlite3.connect(scenario_kb)
    reasons = [r[0] for r in con.execute("SELECT reason FROM thread_events WHERE status = 'started'")]
    assert reasons == ["actor named in the report: Viettel; object words: dữ liệu xanh; place: Củ Chi"]


def test_threads_filter_by_actor_status_and_since(runner, scenario_kb):
    assert {t["actor"] for t in threads_json(runner, scenario_kb, "--actor", "viettel")} == {"Viettel"}
    assert [t["status"] for t in threads_json(runner, scenario_kb, "--status", "delayed")] == ["delayed"]
    since = threads_json(runner, scenario_kb, "--since", "2025-01-01")
    assert {t["status"] for t in since} == {"completed", "delayed"}
    r = invoke(runner, "threads", "--db", str(scenario_kb), "--status", "finished")
    assert r.exit_code == 2 and "--status" in r.stderr


def test_threads_csv_has_one_row_per_event(runner, scenario_kb):
    r = invoke(runner, "threads", "--db", str(scenario_kb), "--csv", "--actor", "Viettel")
    lines = r.stdout.splitlines()
    assert lines[0] == "thread_id,actor,subject,thread_status,date,status,source,text,reason"
    assert len(lines) == 1 + 3 + 1  # data centre (3 reports) and fund (1)


def test_the_same_articles_in_another_order_give_the_same_threads(runner, tmp_path):
    names = sorted({**VIETTEL, **SAO_VIET})
    src = write(tmp_path / "in", {**VIETTEL, **SAO_VIET})
    forward, backward = tmp_path / "f.sqlite", tmp_path / "b.sqlite"
    for n in names:
        ingest(runner, forward, src / n)
    for n in reversed(names):
        ingest(runner, backward, src / n)
    assert threads_json(runner, forward) == threads_json(runner, backward)


def test_replacing_the_middle_article_replaces_its_event(runner, tmp_path):
    src = write(tmp_path / "in", VIETTEL)
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, src)
    (src / "v2_khoi_cong.txt").write_text(
        "Tin đầu năm\n\nSáng 20/1/2025, Tập đoàn Viettel cho biết trung tâm dữ liệu xanh tại Củ Chi chậm tiến độ "
        "vì thiếu thiết bị.\n",
        encoding="utf-8",
    )
    ingest(runner, db, src)
    t = by_subject(threads_json(runner, db), "trung tâm dữ liệu")
    assert [(e["status"], e["source"]) for e in t["events"]] == [
        ("announced", "v1_cam_ket.txt"), ("delayed", "v2_khoi_cong.txt"), ("completed", "v3_khanh_thanh.txt"),
    ]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM progress_events WHERE status = 'started'").fetchone() == (0,)


def test_a_rebuild_without_an_article_drops_its_reports(runner, tmp_path):
    src = write(tmp_path / "in", VIETTEL)
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, src)
    (src / "v3_khanh_thanh.txt").unlink()
    assert invoke(runner, "rebuild", str(src), "--db", str(db), "-w", "1", "-q").exit_code == 0
    t = by_subject(threads_json(runner, db), "trung tâm dữ liệu")
    assert [e["status"] for e in t["events"]] == ["announced", "started"] and t["status"] == "started"


def test_role_history_marks_a_promotion_current(scenario_kb):
    con = sqlite3.connect(scenario_kb)
    rows = con.execute(
        "SELECT title, first_seen, last_seen, current FROM role_history WHERE person = 'Lê Hữu Khang' ORDER BY first_seen, title"
    ).fetchall()
    assert ("Thiếu tướng", "2023-04-03", "2023-04-03", 0) in rows
    assert ("Trung tướng", "2025-01-08", "2025-01-08", 1) in rows
    assert ("Tư lệnh", "2023-04-03", "2025-01-08", 1) in rows


def test_entity_shows_role_timeline_and_threads(runner, scenario_kb):
    rep = json.loads(invoke(runner, "entity", "Lê Hữu Khang", "--db", str(scenario_kb), "--json").stdout)
    current = [r["title"] for r in rep["role_history"] if r["current"]]
    assert sorted(current) == ["Trung tướng", "Tư lệnh"]
    viettel = json.loads(invoke(runner, "entity", "Viettel", "--db", str(scenario_kb), "--json").stdout)
    assert {t["status"] for t in viettel["threads"]} == {"completed", "announced"}
    table = invoke(runner, "entity", "Viettel", "--db", str(scenario_kb)).stdout
    assert "commitment threads (2)" in table and "completed" in table


def test_report_is_one_self_contained_page_with_the_timeline(runner, scenario_kb, tmp_path):
    out = tmp_path / "viettel.html"
    r = invoke(runner, "report", "Viettel", "-o", str(out), "--db", str(scenario_kb))
    assert r.exit_code == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert not re.search(r"<script|\bsrc=|\bhref=|url\(|@import", page, re.I)  # nothing runs, nothing is fetched
    dots = re.findall(r'<circle [^>]*data-status="(\w+)"', page)
    assert dots.count("announced") == 2 and dots.count("started") == 1 and dots.count("completed") == 1
    assert "khánh thành trung tâm dữ liệu xanh" in page and "v3_khanh_thanh.txt" in page
    svg = ElementTree.fromstring(re.search(r"<svg.*?</svg>", page, re.S).group())  # well-formed, as a browser needs
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def test_report_of_a_person_draws_roles_over_time(runner, scenario_kb, tmp_path):
    out = tmp_path / "khang.html"
    assert invoke(runner, "report", "Lê Hữu Khang", "-o", str(out), "--db", str(scenario_kb)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "Roles over time" in page and "Trung tướng (current)" in page and "<rect" in page


def test_report_twice_gives_the_same_bytes(runner, scenario_kb, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    for f in (a, b):
        invoke(runner, "report", "Viettel", "-o", str(f), "--db", str(scenario_kb))
    assert a.read_bytes() == b.read_bytes()


def test_a_knowledge_base_from_before_threads_gets_a_readable_error(runner, scenario_kb, tmp_path):
    db = tmp_path / "old.sqlite"
    db.write_bytes(scenario_kb.read_bytes())
    con = sqlite3.connect(db)
    con.executescript("DROP VIEW thread_events; DROP VIEW threads_by_status_and_age; DROP TABLE commitment_events;")
    con.close()
    r = invoke(runner, "threads", "--db", str(db))
    assert r.exit_code == 1 and "predates commitment threads" in r.stderr and "Traceback" not in r.stderr


def test_a_report_joins_a_proposal_only_by_the_facility_name(runner, tmp_path):
    src = write(tmp_path / "in", {
        "p1.txt": ("2024-02-01", "Tin y tế\n\nNgày 1/2/2024, Bệnh viện Đa khoa Phú Lâm đề xuất Bộ Y tế đưa kỹ thuật xạ trị proton vào danh mục bảo hiểm."),
        "p2.txt": ("2024-09-01", "Tin y tế\n\nNgày 1/9/2024, Bệnh viện Đa khoa Phú Lâm đã khởi công khu xạ trị proton tại Thủ Đức."),
    })
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, src)
    (t,) = threads_json(runner, db)
    assert [e["status"] for e in t["events"]] == ["announced"]


def test_an_undated_report_never_becomes_the_latest(runner, tmp_path):
    undated = {"v0_khong_ngay.txt": (None, "Tin công nghệ\n\nTập đoàn Viettel cam kết xây dựng trung tâm dữ liệu xanh tại Củ Chi.")}
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, write(tmp_path / "in", {**VIETTEL, **undated}))
    t = by_subject(threads_json(runner, db), "trung tâm dữ liệu")
    assert [(e["date"], e["status"]) for e in t["events"]][0] == (None, "announced")
    assert t["status"] == "completed" and len(t["events"]) == 4
    con = sqlite3.connect(db)
    assert con.execute("SELECT first_date, last_date FROM commitment_threads WHERE id = ?", [t["id"]]).fetchone() == (
        "2024-03-12", "2025-09-05")


def test_a_run_after_an_interrupted_one_recomputes_the_threads(runner, tmp_path):
    src = write(tmp_path / "in", VIETTEL)
    db = tmp_path / "kb.sqlite"
    ingest(runner, db, src)
    expected = threads_json(runner, db)
    con = sqlite3.connect(db)
    with con:  # as if the last run had died between its saves and its end
        con.execute("DELETE FROM commitment_events")
        con.execute("DELETE FROM commitment_threads")
        con.execute("UPDATE runs SET finished_at = NULL WHERE id = (SELECT max(id) FROM runs)")
    con.close()
    ingest(runner, db, src)  # nothing changed in the articles
    assert threads_json(runner, db) == expected
