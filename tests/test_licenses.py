"""The licences glamdonor knows, and what each gives structured data: the copyright status
(P6216), the licence (P275), the determination method (P459) and where it holds (P1001); the
Wikidata items as Commons' own licence templates give them."""

from __future__ import annotations

import json

import pytest

from glamdonor.core import sdc
from glamdonor.core.licenses import known_license

PD, COPYRIGHTED, DEDICATED = "Q19652", "Q50423863", "Q88088423"


@pytest.mark.parametrize(
    ("template", "status", "licence", "method", "where"),
    [
        ("cc-zero", DEDICATED, "Q6938433", "", ""),
        ("cc-by-2.0", COPYRIGHTED, "Q19125117", "", ""),
        ("cc-by-sa-2.0", COPYRIGHTED, "Q19068220", "", ""),
        ("cc-by-4.0", COPYRIGHTED, "Q20007257", "", ""),
        ("PD-old-70", PD, "", "Q29870196", ""),
        ("PD-old-70-expired", PD, "", "Q29870196", ""),
        ("PD-old-100-expired", PD, "", "Q29940705", ""),
        ("PD-US-expired", PD, "", "Q47246828", "Q30"),
        ("PD-Art|PD-old-100-expired", PD, "", "Q29940705", ""),  # the wrapped licence's reason
        ("PD-scan|PD-old-70-expired", PD, "", "Q29870196", ""),
        ("PD-Art|PD-US-expired", PD, "", "Q47246828", "Q30"),
        ("PD-Art", PD, "", "", ""),
        ("PD-Art|Some-unknown-template", PD, "", "", ""),
    ],
)
def test_a_licence_gives_its_statements(template, status, licence, method, where):
    known = known_license(template)
    assert known is not None
    statements = [json.loads(s) for s in sdc.copyright_statements(known)]
    found = {s["mainsnak"]["property"]: s for s in statements}
    assert found["P6216"]["mainsnak"]["datavalue"]["value"]["id"] == status
    assert ("P275" in found) == bool(licence)
    if licence:
        assert found["P275"]["mainsnak"]["datavalue"]["value"]["id"] == licence
    qualifiers = found["P6216"].get("qualifiers", {})
    ids = {p: [q["datavalue"]["value"]["id"] for q in snaks] for p, snaks in qualifiers.items()}
    assert ids.get("P459", []) == ([method] if method else [])
    assert ids.get("P1001", []) == ([where] if where else [])


def test_a_template_glamdonor_does_not_know_gives_no_statement():
    assert known_license("Some-local-licence") is None
