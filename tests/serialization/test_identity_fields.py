"""A trainee's person id and a score's date: stored, read back the same by both readers.

Both fields default to ``None`` and are left out of the JSON then, so a
document written before they existed reads unchanged, and a document
holding them round-trips byte for byte through ``from_json`` and
``from_dict`` alike.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest

import cadretrain as ct
from cadretrain import examples
from cadretrain.serialization import (
    DocumentError,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)

JIANGAN = examples.jiangan_2015().cohort


def _identified() -> ct.Cohort:
    people = tuple(
        attrs.evolve(t, person_id=f"510523-{i:04d}") if i % 2 else t
        for i, t in enumerate(JIANGAN.trainees)
    )
    scores = tuple(
        attrs.evolve(s, on=dt.date(2015, 8, 10)) if i % 3 else s
        for i, s in enumerate(JIANGAN.scores)
    )
    return attrs.evolve(JIANGAN, trainees=people, scores=scores)


def test_person_ids_and_score_dates_round_trip_byte_for_byte() -> None:
    cohort = _identified()
    for indent in (False, True):
        text = to_json(cohort, indent=indent)
        assert from_json(text, ct.Cohort) == cohort
        assert from_dict(json.loads(text), ct.Cohort) == cohort
        assert to_json(from_json(text, ct.Cohort), indent=indent) == text


def test_they_are_written_only_when_given() -> None:
    data = to_dict(_identified())
    assert "person_id" not in data["trainees"][0]
    assert data["trainees"][1]["person_id"] == "510523-0001"
    assert "on" not in data["scores"][0]
    assert data["scores"][1]["on"] == "2015-08-10"


def test_a_document_without_them_reads_with_none() -> None:
    data = to_dict(JIANGAN)
    assert all("person_id" not in t for t in data["trainees"])
    assert all("on" not in s for s in data["scores"])
    read = from_json(json.dumps(data, ensure_ascii=False), ct.Cohort)
    assert {t.person_id for t in read.trainees} == {None}
    assert {s.on for s in read.scores} == {None}


def test_the_schema_describes_them() -> None:
    schema = json_schema(ct.Cohort)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(to_dict(_identified()))
    bad = to_dict(_identified())
    bad["scores"][1]["on"] = "2015-08-10T09:00"
    assert list(validator.iter_errors(bad))


def test_a_version_1_cohort_with_a_unit_listed_twice_reads_it_once() -> None:
    """Version 1 merged the repeat; version 2 refuses it, so the migration drops it."""
    data = to_dict(JIANGAN)
    data["required_units"].append(data["required_units"][0])
    current = json.dumps(data, ensure_ascii=False)
    with pytest.raises(DocumentError) as refused:
        from_json(current, ct.Cohort)
    assert "$.required_units[50]" in {p.path for p in refused.value.problems}
    data["version"] = 1
    old = json.dumps(data, ensure_ascii=False)
    assert from_json(old, ct.Cohort).required_units == JIANGAN.required_units
    assert from_dict(json.loads(old), ct.Cohort).required_units == JIANGAN.required_units
