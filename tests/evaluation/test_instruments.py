"""Evaluation instruments (Kirkpatrick levels) due or overdue on a date."""

from __future__ import annotations

import datetime as dt

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import InstrumentState

from .builders import END, cohort, scheme

REACTION = ct.EvaluationInstrument(id="k1", level=ct.KirkpatrickLevel.REACTION, title="满意度测评")
BEHAVIOUR = ct.EvaluationInstrument(
    id="k3",
    level=ct.KirkpatrickLevel.BEHAVIOUR,
    title="训后三个月回访",
    due_months=3,
    linked_submission=ct.SubmissionKind.WORK_PLAN,
)
WITH_INSTRUMENTS = scheme(instruments=(REACTION, BEHAVIOUR))
PLAN = ct.Submission(trainee="t-001", kind=ct.SubmissionKind.WORK_PLAN, submitted_on=END)


def test_the_reaction_survey_is_due_on_the_last_day() -> None:
    rows = evaluate(cohort(size=2, assessment=WITH_INSTRUMENTS)).instruments_due
    assert [(r.instrument.id, r.trainee, r.state) for r in rows] == [
        ("k1", "t-001", InstrumentState.DUE),
        ("k1", "t-002", InstrumentState.DUE),
    ]


def test_the_behaviour_follow_up_is_due_three_months_on_and_linked_to_the_plan() -> None:
    c = cohort(assessment=WITH_INSTRUMENTS, submissions=(*cohort().submissions, PLAN))
    due = dt.date(2016, 8, 13)
    assert [
        r.instrument.id for r in evaluate(c, on=due - dt.timedelta(days=1)).instruments_due
    ] == ["k1"]
    rows = evaluate(c, on=due).instruments_due
    behaviour = [r for r in rows if r.instrument.id == "k3"]
    assert [(r.due, r.state, r.plan) for r in behaviour] == [(due, InstrumentState.DUE, PLAN)]
    (overdue,) = [
        r
        for r in evaluate(c, on=due + dt.timedelta(days=1)).instruments_due
        if r.instrument.id == "k3"
    ]
    assert overdue.state is InstrumentState.OVERDUE


def test_a_response_clears_an_instrument_and_withdrawn_trainees_are_not_followed_up() -> None:
    answered = ct.InstrumentResponse(instrument="k1", trainee="t-001", on=END)
    exempt = ct.Override(
        id="o-1",
        kind=ct.OverrideKind.EXEMPT,
        trainee="t-002",
        decided_by="班主任",
        decided_on=END,
        reason="免训",
    )
    c = cohort(size=3, assessment=WITH_INSTRUMENTS, responses=(answered,), overrides=(exempt,))
    assert [r.trainee for r in evaluate(c).instruments_due] == ["t-003"]


def test_a_response_dated_after_the_reporting_day_does_not_count_yet() -> None:
    answered = ct.InstrumentResponse(
        instrument="k1", trainee="t-001", on=END + dt.timedelta(days=2)
    )
    c = cohort(assessment=WITH_INSTRUMENTS, responses=(answered,))
    assert [r.trainee for r in evaluate(c).instruments_due] == ["t-001"]
    assert evaluate(c, on=END + dt.timedelta(days=2)).instruments_due == ()
