"""Floats are refused where a value feeds a rule; lists where tuples are required."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

import cadretrain as ct
from cadretrain.errors import InvalidValueError

from .examples import START, cohort, component, lecture, programme, refused, session, trainee


def _entry_with_hours(hours: object) -> ct.TrainingEntry:
    return ct.TrainingEntry(
        start=START,
        end=START,
        kind=ct.TrainingKind.ONLINE,
        title="网络培训",
        hours=hours,  # type: ignore[arg-type]
    )


FLOATS: list[tuple[str, str, Callable[[], object]]] = [
    ("module minutes", "minutes", lambda: attrs.evolve(lecture(), minutes=150.0)),  # type: ignore[arg-type]
    ("session minutes", "minutes", lambda: session(minutes=90.0)),
    (
        "attendance minutes",
        "minutes",
        lambda: ct.AttendanceRecord(
            trainee="t",
            session="s",
            status=ct.AttendanceStatus.LATE,
            minutes=30.0,  # type: ignore[arg-type]
        ),
    ),
    ("component weight", "weight", lambda: component(weight=0.5)),  # type: ignore[arg-type]
    (
        "score value",
        "value",
        lambda: ct.Score(trainee="t", component="c", value=85.5),  # type: ignore[arg-type]
    ),
    (
        "grade minimum",
        "min_score",
        lambda: ct.GradeLevel(code="p", zh="合格", en="pass", min_score=60.0),  # type: ignore[arg-type]
    ),
    ("training hours", "hours", lambda: _entry_with_hours(1.5)),
]


@pytest.mark.parametrize(("what", "field", "build"), FLOATS, ids=[f[0] for f in FLOATS])
def test_floats_are_refused(what: str, field: str, build: Callable[[], object]) -> None:
    error = refused(InvalidValueError, field, build)
    assert isinstance(error, TypeError)
    assert isinstance(error.problems[0].value, float)


def test_a_bool_is_not_a_count_of_minutes() -> None:
    refused(InvalidValueError, "minutes", lambda: session(minutes=True))


def test_a_datetime_is_not_a_date() -> None:
    refused(InvalidValueError, "on", lambda: session(on=dt.datetime(2015, 7, 27, 9)))


LISTS: list[tuple[str, Callable[[], object]]] = [
    ("trainees", lambda: cohort(trainees=[trainee()])),
    ("sessions", lambda: cohort(sessions=[session()])),
    ("modules", lambda: programme(modules=[lecture()])),
    ("topics", lambda: attrs.evolve(lecture(), topics=[ct.Topic.THEORY])),  # type: ignore[arg-type]
    ("audience", lambda: programme(audience=[ct.AudienceCategory.VILLAGE])),
]


@pytest.mark.parametrize(("field", "build"), LISTS, ids=[f[0] for f in LISTS])
def test_lists_are_refused_where_tuples_are_required(
    field: str, build: Callable[[], object]
) -> None:
    error = refused(InvalidValueError, field, build)
    assert "a tuple" in str(error)


def test_a_bad_item_inside_a_tuple_is_named_with_its_index() -> None:
    refused(
        InvalidValueError,
        "topics[1]",
        lambda: attrs.evolve(lecture(), topics=(ct.Topic.THEORY, "theory")),  # type: ignore[arg-type]
    )
