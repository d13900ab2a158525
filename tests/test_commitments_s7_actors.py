"""Commitments, seventh session: actors and precision gates that blind-annotated news showed wrong.
One phenomenon per test; the sentences are written for these tests (the article is published 1/3/2025)."""

from __future__ import annotations

from tests.test_commitments_real import run


# ---- actors ----------------------------------------------------------------------

def test_ba_ben_after_a_signing_reported_as_done_is_the_first_signer():
    # the signing is done (no commitment of its own), yet it names the parties `ba bên` stands for
    r = run("Công ty Hòa Phong vừa ký hợp tác với Đại học Lam Sơn và Quỹ Minh Đức. "
            "Ba bên sẽ phối hợp đào tạo kỹ sư vi mạch cho các tỉnh miền núi.\n",
            [("ORG", "Công ty Hòa Phong", []), ("ORG", "Đại học Lam Sơn", []), ("ORG", "Quỹ Minh Đức", [])])
    assert r.name(r.find("đào tạo kỹ sư vi mạch").actor) == "Công ty Hòa Phong"
