"""Round trips: ``from_json(to_json(x), type(x)) == x`` for every public type."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain.examples as examples
import cadretrain.strategies as cst
from cadretrain.serialization import (
    DOCUMENT_TYPES,
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
)
from cadretrain.serialization.codec import encode

from .samples import every_document

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

STRATEGIES = {
    "trainees": cst.trainees(),
    "modules": cst.modules(),
    "programmes": cst.programmes(),
    "field_sites": cst.field_sites(),
    "cohorts": cst.cohorts(),
    "training_records": cst.training_records(),
    "postings": cst.postings(),
    "policies": cst.policies(),
    "places": cst.places(),
    "assessment_schemes": cst.assessment_schemes(),
    "grade_scales": cst.grade_scales(),
    "training_entries": cst.training_entries(),
}


def seed_objects() -> list[object]:
    objects: list[object] = []
    for build in examples.ALL.values():
        seed = build()
        objects += [seed.programme, *seed.cohorts, *seed.postings, *seed.records]
    return objects


@pytest.mark.parametrize("obj", every_document(), ids=lambda o: type(o).__name__)
def test_every_document_type_round_trips(obj: object) -> None:
    assert from_json(to_json(obj), type(obj)) == obj
    assert from_json(to_json(obj, indent=True), type(obj)) == obj


def test_every_document_type_has_a_sample() -> None:
    assert {type(obj) for obj in every_document()} == {doc.cls for doc in DOCUMENT_TYPES}


@pytest.mark.parametrize("obj", seed_objects(), ids=lambda o: getattr(o, "id", "record"))
def test_seed_examples_round_trip(obj: object) -> None:
    text = to_json(obj)
    assert from_json(text, type(obj)) == obj
    assert from_json(text.encode(), type(obj)) == obj


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_generated_values_round_trip(name: str) -> None:
    """For every value a public strategy draws, JSON gives it back equal."""

    @PROPERTY
    @given(STRATEGIES[name])
    def check(value: object) -> None:
        assert from_json(to_json(value), type(value)) == value
        assert from_dict(to_dict(value), type(value)) == value

    check()


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_stdlib_and_orjson_write_identical_bytes(name: str) -> None:
    """Both backends write the same text, compact and indented."""

    @PROPERTY
    @given(STRATEGIES[name], st.booleans())
    def check(value: object, indent: bool) -> None:
        data = to_dict(value)
        fast = encode(data, indent=indent, use_orjson=True)
        assert fast == encode(data, indent=indent, use_orjson=False)
        assert fast.encode("utf-8") == encode(data, indent=indent, use_orjson=False).encode()

    check()


@settings(max_examples=100, deadline=None)
@given(st.text(), st.integers(min_value=-(2**80), max_value=2**80), st.booleans())
def test_backends_agree_on_any_text_and_int(text: str, number: int, indent: bool) -> None:
    """Control characters, astral characters and ints past 64 bits come out the same."""
    data: dict[str, object] = {"text": text, "items": [number, None, True, {}], "中文": []}
    assert encode(data, indent=indent, use_orjson=True) == encode(
        data, indent=indent, use_orjson=False
    )


def test_chinese_is_written_unescaped() -> None:
    text = to_json(every_document()[3])
    assert "李国华" in text
    assert "\\u" not in text


def test_keys_follow_field_order_with_the_envelope_first() -> None:
    data = json.loads(to_json(every_document()[3]))
    assert list(data) == ["schema", "version", "id", "name", "role", "unit", "level", "distance_km"]


def test_output_is_deterministic() -> None:
    assert to_json(every_document()[1]) == to_json(every_document()[1])


@pytest.mark.parametrize("obj", every_document(), ids=lambda o: type(o).__name__)
def test_orjson_and_stdlib_converters_give_the_same_data(obj: object) -> None:
    """The preconf base differs; the hooks, and so the data, do not."""
    with_orjson = make_converter(use_orjson=True).unstructure(obj)
    assert with_orjson == make_converter(use_orjson=False).unstructure(obj)
    assert make_converter(use_orjson=False).structure(with_orjson, type(obj)) == obj
