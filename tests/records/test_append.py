"""Appending a cohort's assessments to a cadre's record (the 个人培训档案, seed 002)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from cadretrain.builtin import evaluate
from cadretrain.errors import ValidationError
from cadretrain.examples import jiangan_2015
from cadretrain.model import Cohort, Outcome, Rank, TrainingRecord
from cadretrain.records.archive import append_assessments, hours_in


@pytest.fixture(scope="module")
def cohort() -> Cohort:
    return jiangan_2015().cohorts[0]


@attrs.frozen
class FakeAssessment:
    trainee_id: str
    cohort_id: str
    outcome: Outcome


def _record(cadre_id: str) -> TrainingRecord:
    return TrainingRecord(cadre_id=cadre_id, name="王建华", rank=Rank.STAFF)


def test_a_completed_assessment_appends_the_cohort_with_days_and_hours(cohort: Cohort) -> None:
    assessments = evaluate(cohort).assessments
    first = assessments[0]
    assert first.outcome is Outcome.COMPLETED
    updated = append_assessments(
        _record(first.trainee_id), assessments, cohort, minutes_per_hour=45
    )
    (added,) = updated.entries
    minutes = sum(s.minutes for s in cohort.instructional_sessions())
    assert added.hours == Fraction(minutes, 45)
    assert added.days == len({s.on for s in cohort.instructional_sessions()})
    assert (added.start, added.end, added.cohort) == (cohort.start, cohort.end, cohort.id)


def test_without_a_minutes_factor_only_days_are_recorded(cohort: Cohort) -> None:
    mine = FakeAssessment("t-001", cohort.id, Outcome.COMPLETED)
    (added,) = append_assessments(_record("t-001"), [mine], cohort).entries
    assert added.hours is None
    assert added.days == 2


def test_an_outcome_other_than_completed_appends_nothing(cohort: Cohort) -> None:
    mine = FakeAssessment("t-001", cohort.id, Outcome.WITHDRAWN)
    assert append_assessments(_record("t-001"), [mine], cohort).entries == ()


def test_the_same_cohort_twice_is_refused(cohort: Cohort) -> None:
    mine = FakeAssessment("t-001", cohort.id, Outcome.COMPLETED)
    once = append_assessments(_record("t-001"), [mine], cohort)
    with pytest.raises(ValidationError, match="already in the record"):
        append_assessments(once, [mine], cohort)


def test_an_assessment_of_another_cohort_is_refused(cohort: Cohort) -> None:
    other = FakeAssessment("t-001", "elsewhere", Outcome.COMPLETED)
    with pytest.raises(ValidationError, match="not the cohort given"):
        append_assessments(_record("t-001"), [other], cohort)


def test_appended_training_counts_toward_the_year(cohort: Cohort) -> None:
    mine = FakeAssessment("t-001", cohort.id, Outcome.COMPLETED)
    updated = append_assessments(_record("t-001"), [mine], cohort, minutes_per_hour=45)
    assert hours_in(updated, dt.date(2015, 1, 1), dt.date(2015, 12, 31)) == Fraction(160, 9)
