"""``from_json`` has one reader and one fallback: it agrees with ``from_dict`` and parses twice at most.

Whatever the text, ``from_json(t, cls)`` gives what ``from_dict(json.loads(t), cls)``
gives: equal objects, or a :class:`DocumentError` with the same paths.
A spy on both parsers (msgspec's, in the reader, and the careful one,
``codec.decode``) counts how often a document is parsed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.serialization import (
    DocumentError,
    codec,
    from_dict,
    from_json,
    reader,
    to_dict,
    to_json,
)

from .json_paths import paths
from .samples import cohort, policy, trainee

JsonPath = tuple[str | int, ...]


def _outcome(load: Callable[[], object]) -> tuple[str, object]:
    try:
        return "loaded", load()
    except DocumentError as error:
        return "refused", sorted({problem.path for problem in error.problems})


def _agree(text: str, cls: type) -> None:
    by_text = _outcome(lambda: from_json(text, cls))
    by_data = _outcome(lambda: from_dict(json.loads(text), cls))
    assert by_text == by_data


_REPLACEMENTS: tuple[Any, ...] = (None, True, 0, -1, 90, 2**70, 1.5, "", " t-001", "x", "85.5", "2019-02-30",
                 "2019-09-24", "present", "late", "t-001", "s-1", [], {})  # fmt: skip


def _mutated(seed: int, data: dict[str, Any]) -> str:
    """``data`` with one value replaced, one key deleted or one unknown key added."""
    rng = random.Random(seed)
    data = json.loads(json.dumps(data))
    path = rng.choice(list(paths(data))[1:])
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    kind = rng.randrange(4)
    if kind == 0 and isinstance(parent, dict):
        del parent[path[-1]]
    elif kind == 1 and isinstance(parent, dict):
        parent["unknown"] = 1
    else:
        parent[path[-1]] = rng.choice(_REPLACEMENTS)
    return json.dumps(data, ensure_ascii=False, indent=rng.choice([None, 2]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_type(ct.Cohort))
def test_generated_cohorts_read_the_same_from_text_and_from_data(generated: ct.Cohort) -> None:
    text = to_json(generated)
    _agree(text, ct.Cohort)
    assert from_json(text, ct.Cohort) == generated


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_type(ct.Cohort), st.integers(min_value=0, max_value=2**32))
def test_mutated_cohorts_read_the_same_from_text_and_from_data(
    generated: ct.Cohort, seed: int
) -> None:
    _agree(_mutated(seed, ct.to_dict(generated)), ct.Cohort)


@pytest.mark.parametrize("seed", range(300))
def test_mutated_samples_read_the_same_from_text_and_from_data(seed: int) -> None:
    obj = (cohort(), trainee(), ct.examples.jiangan_2015().cohorts[0])[seed % 3]
    _agree(_mutated(seed, ct.to_dict(obj)), type(obj))


# -- how often a document is parsed -------------------------------------------------


@attrs.define
class _Spy:
    parses: int = 0

    def wrap(self, parse: Callable[..., Any]) -> Callable[..., Any]:
        def counted(text: Any, **options: Any) -> Any:
            self.parses += 1
            return parse(text, **options)

        return counted


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> _Spy:
    spy = _Spy()
    planned = reader.plan

    def plan(cls: type) -> reader.Plan | None:
        found = planned(cls)
        return None if found is None else attrs.evolve(found, decode=spy.wrap(found.decode))

    monkeypatch.setattr(reader, "plan", plan)
    monkeypatch.setattr(codec, "decode", spy.wrap(codec.decode))
    return spy


def _written(indent: bool) -> str:
    return to_json(cohort(), indent=indent)


def _older() -> str:
    return _written(False).replace('"version":1', '"version":0', 1)


@pytest.mark.parametrize(
    ("text", "parses"),
    [
        pytest.param(_written(False), 1, id="written compact"),
        pytest.param(_written(True), 1, id="written indented"),
        pytest.param(json.dumps(ct.to_dict(cohort())), 2, id="valid, written elsewhere"),
    ],
)
def test_a_valid_document_is_parsed_at_most_twice(spy: _Spy, text: str, parses: int) -> None:
    assert from_json(text, ct.Cohort) == cohort()
    assert spy.parses == parses


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_written(False).replace('"t-001"', '" t-001"'), id="bad id"),
        pytest.param(_written(False).replace('"present"', '"here"'), id="bad member"),
        pytest.param(_written(False)[:-7], id="truncated"),
        pytest.param(_written(False).replace('{"id":', '{"id":"x","id":', 1), id="repeated key"),
        pytest.param("[]", id="not an object"),
        pytest.param("\ud800", id="lone surrogate"),
    ],
)
def test_an_invalid_document_is_parsed_twice_at_most(spy: _Spy, text: str) -> None:
    with pytest.raises(DocumentError):
        from_json(text, ct.Cohort)
    assert 1 <= spy.parses <= 2


def test_an_older_version_is_parsed_twice_and_migrated(spy: _Spy) -> None:
    older = _older()
    try:
        loaded = _outcome(lambda: from_json(older, ct.Cohort))
    finally:
        assert spy.parses <= 2
    assert loaded == _outcome(lambda: from_dict(json.loads(older), ct.Cohort))


def test_a_type_without_a_plan_is_parsed_once(spy: _Spy) -> None:
    assert reader.plan(ct.Policy) is None
    assert from_json(to_json(policy()), ct.Policy) == policy()
    assert spy.parses == 1


SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.json"))


@pytest.mark.parametrize("path", SEEDS, ids=[path.name for path in SEEDS])
def test_every_seed_document_is_read_by_the_reader_alone(spy: _Spy, path: Path) -> None:
    cls = ct.Programme if ".programme." in path.name else ct.Cohort
    assert isinstance(from_json(path.read_text(encoding="utf-8"), cls), cls)
    assert spy.parses == 1


class _Counting:
    """Counts the careful parser's calls (the reader's fallback) while in use."""

    def __init__(self) -> None:
        self.fallbacks = 0

    def __enter__(self) -> _Counting:
        self._decode = codec.decode

        def counted(text: Any, **options: Any) -> Any:
            self.fallbacks += 1
            return self._decode(text, **options)

        codec.decode = counted
        return self

    def __exit__(self, *_exc: object) -> None:
        codec.decode = self._decode


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_type(ct.Cohort))
def test_what_to_json_writes_the_reader_reads_alone(generated: ct.Cohort) -> None:
    """No fallback for the library's own text: the writer and the reader agree byte for byte."""
    text = to_json(generated)
    with _Counting() as counting:
        assert from_json(text, ct.Cohort) == generated
    assert counting.fallbacks == 0


def test_a_leave_request_for_a_span_of_days_is_written_as_the_record_writer_writes_it() -> None:
    """A request naming no sessions leaves ``sessions`` out, inside a cohort as on its own."""
    base = cohort()
    span = ct.LeaveRequest(
        id="l-span",
        trainee=base.trainees[0].id,
        reason=ct.LeaveReason.SICK,
        status=ct.LeaveStatus.APPROVED,
        first_day=base.start,
        last_day=base.start,
    )
    with_span = attrs.evolve(base, leave=(span,))
    assert json.loads(to_json(with_span))["leave"] == [to_dict(span)]
    with _Counting() as counting:
        assert from_json(to_json(with_span), ct.Cohort) == with_span
    assert counting.fallbacks == 0
