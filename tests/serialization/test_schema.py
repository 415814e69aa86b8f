"""JSON Schema: every document's JSON validates against ``json_schema(type(x))``."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import cadretrain as ct
import cadretrain.strategies as cst
from cadretrain.serialization import DOCUMENT_TYPES, json_schema, to_dict

from .samples import every_document, finding, policy, trainee
from .test_roundtrip import STRATEGIES, seed_objects

Validator = jsonschema.Draft202012Validator


_VALIDATORS: dict[type, Any] = {}


def validator(cls: type) -> Any:
    """A 2020-12 validator (with format checks) for ``cls``'s schema, built once per type."""
    if cls not in _VALIDATORS:
        schema = json_schema(cls)
        Validator.check_schema(schema)
        _VALIDATORS[cls] = Validator(schema, format_checker=Validator.FORMAT_CHECKER)
    return _VALIDATORS[cls]


@pytest.mark.parametrize("doc", DOCUMENT_TYPES, ids=lambda doc: doc.tag)
def test_every_document_type_has_a_valid_2020_12_schema(doc: Any) -> None:
    schema = json_schema(doc.cls)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"] == {"const": doc.tag}
    assert schema["required"][:2] == ["schema", "version"]
    Validator.check_schema(schema)


@pytest.mark.parametrize("obj", every_document() + tuple(seed_objects()), ids=repr)
def test_documents_validate_against_their_schema(obj: object) -> None:
    validator(type(obj)).validate(to_dict(obj))


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_generated_values_validate_against_their_schema(name: str) -> None:
    """For every value a public strategy draws, ``to_dict`` output is valid JSON Schema data."""

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(STRATEGIES[name])
    def check(value: object) -> None:
        validator(type(value)).validate(to_dict(value))

    check()


def test_enums_dates_and_rule_nodes_have_their_forms() -> None:
    schema = json_schema(type(policy()))
    defs = schema["$defs"]
    assert defs["Severity"]["enum"] == ["error", "warning", "info"]
    assert schema["properties"]["effective_from"]["format"] == "date"
    assert defs["Rule"]["oneOf"][0] == {"$ref": "#/$defs/AllOf"}
    assert defs["Not"]["properties"]["kind"] == {"const": "not"}
    assert defs["Not"]["required"] == ["kind", "child"]


@pytest.mark.parametrize(
    "change",
    [
        {"role": "mayor"},
        {"extra": 1},
        {"distance_km": "12"},
        {"version": 3},
    ],
)
def test_the_schema_refuses_what_the_loader_refuses(change: dict[str, object]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator(ct.Trainee).validate({**to_dict(trainee()), **change})


def test_keys_with_defaults_are_optional() -> None:
    schema = json_schema(ct.Trainee)
    assert "audience" not in schema["required"]
    assert "role" in schema["required"]


def test_evidence_values_are_one_of_plain_or_tagged() -> None:
    schema = validator(type(finding()))
    data = to_dict(finding())
    data["evidence"] = {"bad": {"fraction": "1/7", "date": "2019-01-01"}}
    assert not schema.is_valid(data)


def test_a_policy_schema_accepts_generated_policies() -> None:
    @settings(max_examples=10, deadline=None)
    @given(cst.policies())
    def check(value: object) -> None:
        assert validator(type(value)).is_valid(to_dict(value))

    check()
