"""The fast path (``cadretrain[fast]``) agrees with the default path on bytes, objects and errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain as ct
import cadretrain.strategies as cst
from cadretrain.serialization import DocumentError, from_json, to_json

pytest.importorskip("msgspec")

from cadretrain.serialization.fast import fast_from_json, fast_to_json

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIXTURES = Path(__file__).parent / "fixtures"
TOP_LEVEL = st.one_of(
    cst.cohorts(), cst.trainees(), cst.programmes(), cst.postings(), cst.training_records()
)


def _error(load: Any, text: str | bytes, cls: type) -> tuple[type, list[tuple[str, str]]]:
    with pytest.raises(DocumentError) as caught:
        load(text, cls)
    return type(caught.value), [(p.path, p.message) for p in caught.value.problems]


@PROPERTY
@given(TOP_LEVEL, st.booleans())
def test_fast_and_default_write_the_same_bytes_and_read_equal_objects(
    obj: object, indent: bool
) -> None:
    text = to_json(obj, indent=indent)
    assert fast_to_json(obj, indent=indent).encode() == text.encode()
    loaded = fast_from_json(text, type(obj))
    assert loaded == obj == from_json(text, type(obj))
    assert fast_from_json(text.encode(), type(obj)) == obj


def _mutated(data: dict[str, Any], how: str) -> str:
    trainee = data["trainees"][0]
    if how == "retyped":
        trainee["id"] = 7
    elif how == "unknown key":
        trainee["nickname"] = "小李"
    elif how == "missing key":
        del trainee["name"]
    elif how == "bad enum":
        trainee["role"] = "mayor"
    elif how == "number for a decimal":
        data["scores"] = [{"trainee": trainee["id"], "component": "c", "value": 85}]
    elif how == "dangling reference":
        data["attendance"] = [{"trainee": "nobody", "session": "s", "status": "present"}]
    elif how == "newer version":
        data["version"] = 99
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if how == "repeated key":
        text = text.replace('"name":', '"name":"x","name":', 1)
    return text


@PROPERTY
@given(
    cst.cohorts(),
    st.sampled_from(
        [
            "retyped",
            "unknown key",
            "missing key",
            "bad enum",
            "number for a decimal",
            "dangling reference",
            "newer version",
            "repeated key",
        ]
    ),
)
def test_an_invalid_document_raises_the_same_error_on_both_paths(
    cohort: ct.Cohort, how: str
) -> None:
    text = _mutated(json.loads(to_json(cohort)), how)
    assert _error(fast_from_json, text, ct.Cohort) == _error(from_json, text, ct.Cohort)


def test_an_older_version_is_migrated_on_the_fast_path_too() -> None:
    text = (FIXTURES / "cohort-v0.json").read_text(encoding="utf-8")
    assert fast_from_json(text, ct.Cohort) == from_json(text, ct.Cohort)


def test_a_nested_type_loads_on_the_fast_path() -> None:
    place = ct.Place(province="湖南省", village="十八洞村")
    assert fast_from_json(to_json(place), ct.Place) == place


def test_text_that_is_not_json_gives_the_default_paths_error() -> None:
    assert _error(fast_from_json, "{", ct.Trainee) == _error(from_json, "{", ct.Trainee)
