"""Datasette over the knowledge base with c4ir_kb/data/datasette.json: the metadata describes
every table and column, and a real server on loopback shows the index, a table and a search."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from importlib.resources import files
from pathlib import Path

import pytest

from c4ir_kb.kb.store import open_db

METADATA = Path(str(files("c4ir_kb").joinpath("data/datasette.json")))
STARTUP_TIMEOUT = 30.0  # seconds


def test_metadata_has_title_licence_source_and_describes_every_table_and_column(tmp_path):
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    assert meta["title"] and meta["license"] and meta["source"]
    tables = meta["databases"]["kb"]["tables"]
    db = open_db(tmp_path / "kb.sqlite")
    shadow = re.compile(r"^sentences_fts_(data|idx|docsize|config)$|^_")
    for name in [t for t in db.table_names() if not shadow.match(t)] + db.view_names():
        assert tables.get(name, {}).get("description"), f"no description for {name}"
        for col in db[name].columns:
            assert tables[name]["columns"].get(col.name), f"no description for {name}.{col.name}"
        label = tables[name].get("label_column")
        assert label is None or label in {c.name for c in db[name].columns}
    assert tables["sentences"]["fts_table"] == "sentences_fts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as r:
        assert r.status == 200
        return r.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(seeds_kb, tmp_path_factory):
    pytest.importorskip("datasette")
    db = tmp_path_factory.mktemp("datasette") / "kb.sqlite"  # the file name is the database name: /kb
    shutil.copyfile(seeds_kb, db)
    port = _free_port()
    cmd = [sys.executable, "-m", "datasette", str(db), "--metadata", str(METADATA), "--port", str(port), "--host", "127.0.0.1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited with {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
            try:
                _get(base + "/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer within {STARTUP_TIMEOUT}s")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        proc.stderr.close()


def test_index_page_shows_the_title_and_licence(server):
    page = _get(server + "/")
    assert "C4IR Vietnamese news knowledge base" in page and "MIT" in page


def test_table_page_shows_column_descriptions(server):
    page = _get(server + "/kb/articles")
    assert "content hash prefix" in page  # articles.id's description


def test_sentences_search_ignores_diacritics(server):
    rows = json.loads(_get(server + "/kb/sentences.json?_search=trung+tam+du+lieu&_shape=array"))
    assert rows and all("dữ liệu" in r["text"].lower() for r in rows)
    page = _get(server + "/kb/sentences?_search=trung+tam+du+lieu")
    assert "trung tâm dữ liệu" in page


def test_views_are_browsable(server):
    rows = json.loads(_get(server + "/kb/timeline.json?_shape=array"))
    assert rows and {"date", "expression", "sentence"} <= set(rows[0])
