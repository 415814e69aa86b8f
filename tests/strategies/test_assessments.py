"""``assessments()`` draws real evaluation results for drawn or given cohorts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import Assessment
from cadretrain.strategies import assessments, cohorts, programmes

FAST = settings(deadline=None, max_examples=25)


@FAST
@given(st.data())
def test_an_assessment_is_the_evaluation_of_its_cohort(data: st.DataObject) -> None:
    cohort = data.draw(cohorts(size=(1, 4), programme=programmes(with_scheme=True)))
    assessment = data.draw(assessments(cohort=cohort))
    assert assessment.cohort_id == cohort.id
    assert assessment in evaluate(cohort).assessments
    scheme = cohort.programme.scheme
    assert scheme is not None
    assert assessment.grade is None or assessment.grade in {lv.code for lv in scheme.scale.levels}


@FAST
@given(assessments(cohort=cohorts(size=(0, 2))))
def test_cohorts_without_trainees_are_skipped(assessment: Assessment) -> None:
    assert assessment.trainee_id


def test_a_given_cohort_without_trainees_is_refused() -> None:
    organiser = ct.Organiser(
        name="县委组织部", kind=ct.OrganiserKind.PARTY_ORGANISATION, level=ct.AdminLevel.COUNTY
    )
    programme = ct.Programme(
        id="p-0",
        title="空班",
        organisers=(organiser,),
        level=ct.AdminLevel.COUNTY,
        audience=(),
        modules=(),
    )
    empty = ct.Cohort(
        id="c-0",
        programme=programme,
        start=dt.date(2016, 3, 1),
        end=dt.date(2016, 3, 2),
        venue="县委党校",
        trainees=(),
        sessions=(),
    )
    with pytest.raises(ValueError, match="no trainees"):
        find(assessments(cohort=empty), lambda _: True)


@FAST
@given(assessments())
def test_every_assessment_explains_its_outcome(assessment: Assessment) -> None:
    assert assessment.outcome in ct.Outcome
    assert assessment.findings
    assert assessment.findings[-1].rule_id == "evaluation.outcome"
