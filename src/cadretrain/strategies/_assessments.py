"""Assessments: one trainee's outcome, drawn by evaluating a drawn cohort.

An :class:`~cadretrain.evaluation.Assessment` is a result, not an input, so
the only valid way to make one is to run the evaluation: the factory draws
a cohort, evaluates it under a policy and picks one trainee's assessment.
"""

from __future__ import annotations

from hypothesis import strategies as st

from cadretrain.builtin import evaluate
from cadretrain.evaluation import Assessment
from cadretrain.model import Cohort
from cadretrain.rules import Policy
from cadretrain.strategies._cohorts import cohorts

__all__ = ["assessments"]


@st.composite
def assessments(
    draw: st.DrawFn,
    *,
    cohort: Cohort | st.SearchStrategy[Cohort] | None = None,
    policy: Policy | None = None,
) -> Assessment:
    """One trainee's assessment from evaluating ``cohort`` (default :func:`cohorts`).

    ``policy`` defaults to the preset evaluation policy in force on the
    cohort's first day; a policy you pass must be in force then. Cohorts
    without trainees are skipped.

    >>> from hypothesis import given, settings
    >>> from cadretrain.model import Outcome
    >>> @settings(max_examples=5, deadline=None)
    ... @given(assessments(cohort=cohorts(size=2)))
    ... def has_an_outcome(assessment):
    ...     assert assessment.outcome in Outcome
    >>> has_an_outcome()
    """
    if isinstance(cohort, Cohort):
        chosen = cohort
        if not chosen.trainees:
            raise ValueError(f"cohort {chosen.id!r} has no trainees to assess")
    else:
        source = cohorts() if cohort is None else cohort
        chosen = draw(source.filter(lambda c: bool(c.trainees)))
    evaluation = evaluate(chosen, policy)
    return draw(st.sampled_from(evaluation.assessments))
