"""The entity stage as a pipeline of components: each says what it reads and claims,
none claims characters another mention holds, and none imports a later stage."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from c4ir_kb.extract.entities import COMPONENTS, extract_entities
from c4ir_kb.models import Article
from c4ir_kb.nlp.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "c4ir_kb" / "extract"

TEXT = (
    "Chiều 8/10, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai Phạm Quốc Thịnh tiếp ông Erik Sandvold, Giám đốc điều hành Nordal Energy.\n"
    "Công ty cổ phần Năng lượng Sao Mai (SMP) cho biết sẽ xây nhà máy tại Khu công nghiệp Trà Đa, thành phố Pleiku.\n"
    "Ông Thịnh đề nghị SMP phối hợp với Sở Công Thương và Ban Quản lý Khu kinh tế tỉnh Gia Lai.\n"
    "Thanh Vân"
)


def test_every_component_says_what_it_reads_and_claims():
    for component in COMPONENTS:
        doc = inspect.getmodule(component).__doc__ or ""
        assert "Reads:" in doc and "Claims:" in doc, component.__module__


def test_no_two_mentions_share_a_character():
    r = extract_entities(analyze(Article(id="c", source="c", text=TEXT, content_hash="c")))
    spans = sorted((m.start, m.end) for m in r.mentions)
    assert len(spans) > 8
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:])), spans


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_entity_stage_imports_no_later_stage():
    later = ("c4ir_kb.kb", "c4ir_kb.quality", "c4ir_kb.cli", "c4ir_kb.extract.commitments", "c4ir_kb.extract.pipeline")
    files = [*(EXTRACT / "entities").glob("*.py"), EXTRACT / "linking.py", EXTRACT / "name_forms.py", EXTRACT / "wordshape.py"]
    for f in files:
        assert not [m for m in _imports(f) if m.startswith(later)], f.name


def test_linking_serves_the_entity_stage_and_imports_nothing_of_it():
    for name in ("linking.py", "name_forms.py", "wordshape.py"):
        assert not [m for m in _imports(EXTRACT / name) if m.startswith("c4ir_kb.extract.entities")], name
