"""The gazetteer's provenance: every administrative unit comes from an MIT-compatible source."""

import json

from c4ir_kb.extract.lexicons import DATA


def test_locations_source_names_no_gpl_package():
    source = json.loads((DATA / "locations.json").read_text(encoding="utf-8"))["_source"]
    assert "GPL" not in source and "vietnam-provinces" not in source
    assert "vietnamadminunits 1.0.4 (MIT), package data parser_from_2025.json" in source
