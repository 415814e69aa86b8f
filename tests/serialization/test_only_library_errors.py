"""Issue 35: inputs that passed the loaders and then raised a plain Python exception.

Each case here raised ``OverflowError``, ``TypeError``, ``ValueError`` or
``AttributeError`` from a public entry point; a batch judge that catches
``CadretrainError`` aborted on one record. Now each is judged, or refused
with the library's own error naming where.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import pytest

import cadretrain as ct
from cadretrain.errors import SHOWN_CHARACTERS, shown
from cadretrain.policies import default_evaluation_policy
from cadretrain.serialization import DocumentError, json_schema

from .samples import cohort

HUGE = 10**5000  # beyond Python's 4,300-digit limit for writing an int as text


def _seed_cohort() -> ct.Cohort:
    return ct.examples.jiangan_2015().cohorts[0]


def _seed_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ct.to_json(_seed_cohort()))
    return data


def _problems(error: DocumentError) -> dict[str, str]:
    return {problem.path: problem.message for problem in error.problems}


def test_a_cohort_ending_on_9999_12_31_is_judged() -> None:
    data = _seed_data()
    data["end"] = "9999-12-31"  # a records system's "no end"
    loaded = ct.from_dict(data, ct.Cohort)
    ct.check(loaded)
    evaluation = ct.evaluate(loaded, on=dt.date(2015, 12, 31))
    assert len(evaluation.assessments) == len(loaded.trainees)
    assert json.loads(ct.to_json(loaded))["end"] == "9999-12-31"


def test_a_due_date_past_the_calendar_is_its_last_day() -> None:
    essay = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=7)
    assert essay.due(dt.date.max) == dt.date.max
    far = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=2**63 - 1, due_months=2**63 - 1)
    assert far.due(dt.date(2015, 7, 28)) == dt.date.max


def test_an_int_field_beyond_64_bits_is_refused_so_to_json_can_write_it() -> None:
    data = _seed_data()
    data["programme"]["modules"][0]["minutes"] = HUGE
    with pytest.raises(DocumentError) as caught:
        ct.from_dict(data, ct.Cohort)
    assert "2**63 - 1" in _problems(caught.value)["$.programme.modules[0].minutes"]
    with pytest.raises(ct.InvalidValueError, match="due_days"):
        ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=2**63)


def test_a_session_ending_past_the_calendar_is_refused_at_construction() -> None:
    with pytest.raises(ct.InvalidValueError, match="start"):
        ct.Session(id="s", module="m", on=dt.date.max, minutes=120, start=dt.time(23, 0))
    late = ct.Session(id="s", module="m", on=dt.date.max, minutes=30, start=dt.time(8, 30))
    assert late.span() == (dt.datetime(9999, 12, 31, 8, 30), dt.datetime(9999, 12, 31, 9, 0))


def test_a_start_with_a_utc_offset_is_refused_naming_the_field() -> None:
    aware = dt.time(8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with pytest.raises(ct.InvalidValueError) as caught:
        ct.Session(id="s", module="m", on=dt.date(2019, 7, 1), minutes=90, start=aware)
    assert caught.value.problems[0].path == "start"
    assert "no UTC offset" in str(caught.value)


@pytest.mark.parametrize("load", [ct.from_dict, lambda d, c: ct.from_json(json.dumps(d), c)])
def test_a_start_with_a_utc_offset_is_refused_at_load(load: Any) -> None:
    data = _seed_data()
    data["sessions"][0]["start"] = "08:30+08:00"
    with pytest.raises(DocumentError) as caught:
        load(data, ct.Cohort)
    assert "no UTC offset" in _problems(caught.value)["$.sessions[0].start"]


def test_the_schema_pattern_refuses_a_start_with_an_offset() -> None:
    schema = json_schema(ct.Cohort)
    validator = jsonschema.Draft202012Validator(schema)
    data = json.loads(ct.to_json(cohort()))
    assert validator.is_valid(data)
    data["sessions"][0]["start"] = "08:30+08:00"
    assert not validator.is_valid(data)


@pytest.mark.parametrize("key", [1, None, 2.5, (1, 2)])
def test_a_non_string_key_is_an_unknown_key_with_a_path(key: object) -> None:
    data: dict[Any, Any] = _seed_data()
    data[key] = "x"
    with pytest.raises(DocumentError) as caught:
        ct.from_dict(data, ct.Cohort)
    assert [p.path for p in caught.value.problems] == [f"$[<{key!r}>]"]


def test_mixed_unknown_keys_are_all_named_strings_first() -> None:
    data: dict[Any, Any] = _seed_data()
    data[1] = "x"
    data["zz"] = "y"
    data["sessions"][0][None] = "z"
    with pytest.raises(DocumentError) as caught:
        ct.from_dict(data, ct.Cohort)
    paths = [p.path for p in caught.value.problems]
    assert paths.index("$.zz") < paths.index("$[<1>]")
    assert "$.sessions[0][<None>]" in paths


@pytest.mark.parametrize("key", ["version", "schema"])
def test_a_huge_integer_in_the_envelope_is_named_by_its_size(key: str) -> None:
    data = _seed_data()
    data[key] = HUGE
    with pytest.raises(DocumentError) as caught:
        ct.from_dict(data, ct.Cohort)
    assert "an integer of about 5001 digits" in _problems(caught.value)[f"$.{key}"]


def test_huge_minutes_are_refused_at_load_and_at_construction() -> None:
    data = _seed_data()
    data["sessions"][0]["minutes"] = HUGE
    with pytest.raises(DocumentError) as caught:
        ct.from_dict(data, ct.Cohort)
    assert "up to 100000" in _problems(caught.value)["$.sessions[0].minutes"]
    with pytest.raises(ct.InvalidValueError, match="minutes"):
        ct.Session(id="s", module="m", on=dt.date(2019, 7, 1), minutes=-HUGE)


def test_shown_names_a_huge_integer_by_its_size() -> None:
    assert shown(HUGE) == "an integer of about 5001 digits"
    assert shown(-HUGE) == "an integer of about 5001 digits"
    assert shown([HUGE]) == "a list too large to show"
    assert len(shown("x" * 1_000_000)) <= SHOWN_CHARACTERS


@pytest.mark.parametrize("cls", [None, "Cohort", int, dict, list[int], object])
def test_loading_into_what_is_not_a_cadretrain_class_is_refused(cls: Any) -> None:
    with pytest.raises(ct.InvalidValueError, match="cls"):
        ct.from_json("{}", cls)
    with pytest.raises(ct.InvalidValueError, match="cls"):
        ct.from_dict({}, cls)


@pytest.mark.parametrize("encode", [str, lambda text: text.encode()])
def test_a_byte_order_mark_is_named(encode: Any) -> None:
    text = "\ufeff" + ct.to_json(cohort())
    with pytest.raises(DocumentError) as caught:
        ct.from_json(encode(text), ct.Cohort)
    assert "byte-order mark" in _problems(caught.value)["$"]


def test_check_refuses_an_evaluation_policy_naming_the_check() -> None:
    seed = _seed_cohort()
    with pytest.raises(ct.CadretrainError) as caught:
        ct.check(seed, default_evaluation_policy(seed.start))
    message = str(caught.value)
    assert "evaluation.top_grade_quota" in message
    assert "Programme or a Cohort" in message


def test_the_schema_states_the_int_bounds_the_loader_enforces() -> None:
    defs = json_schema(ct.Cohort)["$defs"]
    assert defs["Session"]["properties"]["minutes"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100_000,
    }
    assert defs["Deliverable"]["properties"]["due_days"]["maximum"] == 2**63 - 1


def test_json_text_with_a_huge_integer_is_refused_naming_its_size() -> None:
    text = ct.to_json(cohort()).replace('"minutes":90}', '"minutes":1' + "0" * 5000 + "}", 1)
    with pytest.raises(DocumentError) as caught:
        ct.from_json(text, ct.Cohort)
    assert "more than 4,300 digits" in _problems(caught.value)["$"]
