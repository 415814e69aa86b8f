"""A finding's citation is stored, read back, and optional in older documents."""

from __future__ import annotations

import attrs

from cadretrain.rules import Finding
from cadretrain.rules.sources import CADRE_TRAINING_2015
from cadretrain.serialization import from_dict, from_json, to_dict, to_json

from .samples import finding


def test_a_cited_finding_round_trips() -> None:
    cited = attrs.evolve(finding(), citation=CADRE_TRAINING_2015)
    assert from_json(to_json(cited), Finding) == cited
    assert to_dict(cited)["citation"]["source"] == CADRE_TRAINING_2015.source


def test_a_finding_stored_before_findings_cited_still_loads() -> None:
    stored = to_dict(attrs.evolve(finding(), citation=CADRE_TRAINING_2015))
    del stored["citation"]
    assert from_dict(stored, Finding).citation is None
