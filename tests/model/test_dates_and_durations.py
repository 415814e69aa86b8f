"""End on or after start; sessions inside the cohort; positive durations and hours."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain.errors import InvalidValueError, ValidationError

from .examples import END, START, cohort, lecture, refused, session


def test_a_cohort_ends_on_or_after_its_start() -> None:
    error = refused(ValidationError, "end", lambda: cohort(end=START - dt.timedelta(days=1)))
    assert "2015-07-26" in str(error)


def test_a_one_day_cohort_is_accepted() -> None:
    assert cohort(end=START, sessions=(session(),)).end == START


def _entry(**changes: object) -> ct.TrainingEntry:
    values: dict[str, object] = {
        "start": START,
        "end": END,
        "kind": ct.TrainingKind.OFF_THE_JOB,
        "title": "扶贫干部培训班",
        "hours": Fraction(16),
    }
    values.update(changes)
    return ct.TrainingEntry(**values)  # type: ignore[arg-type]


def _posting(**changes: object) -> ct.Posting:
    values: dict[str, object] = {
        "id": "post-1",
        "cadre_id": "cadre-1",
        "name": "王建军",
        "role": ct.PostingRole.FIRST_SECRETARY,
        "village": ct.Place(province="四川省", county="江安县"),
        "sending_unit": "宜宾市委组织部",
        "start": dt.date(2017, 3, 1),
        "end": dt.date(2019, 3, 1),
    }
    values.update(changes)
    return ct.Posting(**values)  # type: ignore[arg-type]


def test_a_training_entry_ends_on_or_after_its_start() -> None:
    refused(InvalidValueError, "end", lambda: _entry(end=START - dt.timedelta(days=1)))


def test_a_posting_ends_on_or_after_its_start() -> None:
    refused(InvalidValueError, "end", lambda: _posting(end=dt.date(2017, 2, 28)))


def test_a_presence_period_ends_on_or_after_its_start_and_has_no_extra_days() -> None:
    def period(**changes: object) -> ct.PresencePeriod:
        values: dict[str, object] = {
            "start": dt.date(2017, 1, 1),
            "end": dt.date(2017, 12, 31),
            "working_days": 220,
            "days_present": 200,
        }
        values.update(changes)
        return ct.PresencePeriod(**values)  # type: ignore[arg-type]

    refused(InvalidValueError, "end", lambda: period(end=dt.date(2016, 12, 31)))
    refused(InvalidValueError, "days_present", lambda: period(days_present=221))


@pytest.mark.parametrize("day", [START - dt.timedelta(days=1), END + dt.timedelta(days=1)])
def test_sessions_fall_inside_the_cohorts_dates(day: dt.date) -> None:
    error = refused(ValidationError, "sessions[0].on", lambda: cohort(sessions=(session(on=day),)))
    assert day.isoformat() in str(error)


@pytest.mark.parametrize("minutes", [0, -90])
def test_module_minutes_are_positive(minutes: int) -> None:
    refused(InvalidValueError, "minutes", lambda: attrs.evolve(lecture(), minutes=minutes))


@pytest.mark.parametrize("minutes", [0, -1])
def test_session_minutes_are_positive(minutes: int) -> None:
    refused(InvalidValueError, "minutes", lambda: session(minutes=minutes))


def test_training_hours_are_not_negative_and_days_positive() -> None:
    refused(InvalidValueError, "hours", lambda: _entry(hours=Fraction(-1, 2)))
    refused(InvalidValueError, "days", lambda: _entry(days=0))


def test_a_training_entry_gives_hours_or_days() -> None:
    refused(InvalidValueError, "hours", lambda: _entry(hours=None, days=None))
    assert _entry(hours=None, days=2).days == 2


def test_attendance_minutes_are_within_the_sessions() -> None:
    late = ct.AttendanceRecord(
        trainee="t-001", session="s-01", status=ct.AttendanceStatus.LATE, minutes=151
    )
    refused(ValidationError, "attendance[0].minutes", lambda: cohort(attendance=(late,)))
    assert cohort(attendance=(attrs.evolve(late, minutes=150),)).attendance


def test_late_and_left_early_need_the_minutes_attended() -> None:
    refused(
        InvalidValueError,
        "minutes",
        lambda: ct.AttendanceRecord(
            trainee="t-001", session="s-01", status=ct.AttendanceStatus.LEFT_EARLY
        ),
    )
