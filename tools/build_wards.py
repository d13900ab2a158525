"""Rebuild the ward entries of c4ir_kb/data/locations.json from vietnamadminunits (MIT).

The post-2025 communes and wards are the official list of administrative units; we take
them as packaged by vietnamadminunits (MIT, the package the pre-2025 districts already come
from), so the project ships no data under a licence incompatible with its own. Run by hand
when the official list changes, with the package installed at the version named below:

    pip install vietnamadminunits==1.0.4 && python tools/build_wards.py

Wards are weak places (most are also surnames, given names or common words); a ward whose
name is already a province, district, city, region or country keeps that entry alone, and
numbered wards (`Phường 1 Bảo Lộc`) are left out, as news names them with their city.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import metadata
from pathlib import Path

PACKAGE, VERSION = "vietnamadminunits", "1.0.4"
LOCATIONS = Path(__file__).resolve().parents[1] / "c4ir_kb" / "data" / "locations.json"


def main() -> None:
    if metadata.version(PACKAGE) != VERSION:
        raise SystemExit(f"needs {PACKAGE}=={VERSION}, found {metadata.version(PACKAGE)}")
    # read the data file without importing the package (its parser needs shapely)
    path = metadata.distribution(PACKAGE).locate_file(f"{PACKAGE}/data/parser_from_2025.json")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    doc = json.loads(LOCATIONS.read_text(encoding="utf-8"))
    others = [p for p in doc["places"] if p["type"] != "ward"]
    taken = {unicodedata.normalize("NFC", n).casefold() for p in others for n in [p["name"], *p.get("aliases", [])]}
    wards, seen = [], set()
    provinces = sorted(data["DICT_PROVINCE"].values(), key=lambda p: p["provinceCode"])
    by_key = {k: v for k, v in data["DICT_PROVINCE"].items()}
    for province in provinces:
        key = next(k for k, v in by_key.items() if v is province)
        # wards whose names differ only by accents are kept apart in the ACCENTED table
        found = [*data["DICT_PROVINCE_WARD_NO_ACCENTED"].get(key, {}).values(), *data["DICT_PROVINCE_WARD_ACCENTED"].get(key, {}).values()]
        for w in sorted(found, key=lambda w: (w["wardCode"], w["wardShort"])):
            name = unicodedata.normalize("NFC", w["wardShort"])
            fold = name.casefold()
            if re.search(r"\d", name) or fold in seen:
                continue
            seen.add(fold)
            wards.append({"name": name, "type": "ward", "aliases": [], "weak": True})
    first = next(i for i, p in enumerate(doc["places"]) if p["type"] == "ward")
    doc["places"] = others[:first] + wards + others[first:]
    doc["_source"] = re.sub(
        r"read from vietnam-provinces .*?package data nested-divisions\.json",
        f"read from {PACKAGE} {VERSION} (MIT), package data parser_from_2025.json (built by tools/build_wards.py)",
        doc["_source"],
    )
    LOCATIONS.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(wards)} wards written to {LOCATIONS}")


if __name__ == "__main__":
    main()
