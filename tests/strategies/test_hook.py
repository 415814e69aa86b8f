"""After the entry-point hook, ``st.from_type`` draws valid cadretrain objects."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation import Assessment
from cadretrain.rules import Policy
from cadretrain.strategies import _hypothesis_setup_hook
from cadretrain.strategies._hook import REGISTERED

_hypothesis_setup_hook()  # the entry point does this once the package is reinstalled


def test_the_hook_registers_every_standalone_public_type() -> None:
    registered = {cls for cls, _ in REGISTERED}
    assert registered == {
        Assessment,
        ct.Place,
        ct.Trainee,
        ct.Module,
        ct.FieldSite,
        ct.GradeScale,
        ct.AssessmentScheme,
        ct.Programme,
        ct.Cohort,
        ct.TrainingEntry,
        ct.TrainingRecord,
        ct.Posting,
        Policy,
    }


@settings(deadline=None, max_examples=10)
@given(st.from_type(Assessment))
def test_from_type_draws_assessments(assessment: Assessment) -> None:
    assert assessment.outcome in ct.Outcome


@settings(deadline=None, max_examples=20)
@given(st.from_type(ct.Cohort))
def test_from_type_draws_cohorts(cohort: ct.Cohort) -> None:
    assert isinstance(cohort, ct.Cohort)
    assert 1 <= len(cohort.trainees) <= 8


@settings(deadline=None, max_examples=20)
@given(st.data())
def test_from_type_draws_every_registered_type(data: st.DataObject) -> None:
    for cls, _ in REGISTERED:
        assert isinstance(data.draw(st.from_type(cls)), cls)


@settings(deadline=None, max_examples=10)
@given(
    st.builds(
        lambda cohort, record: (cohort, record),
        st.from_type(ct.Cohort),
        st.from_type(ct.TrainingRecord),
    )
)
def test_registered_types_compose_in_a_users_strategies(
    pair: tuple[ct.Cohort, ct.TrainingRecord],
) -> None:
    cohort, record = pair
    assert cohort.trainees
    assert record.cadre_id
