"""Property tests over tiny cohorts built with the public constructors."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import CohortEvaluation

from .builders import END, START, programme, scheme, sessions, trainee

T = TypeVar("T")
STATUSES = list(ct.AttendanceStatus)
OVERRIDE_KINDS = [
    ct.OverrideKind.WAIVE_REQUIREMENT,
    ct.OverrideKind.EXEMPT,
    ct.OverrideKind.DEFER_TO_MAKEUP,
]


@st.composite
def cohorts(draw: st.DrawFn, *, grade_changes: bool = True) -> ct.Cohort:
    """Up to 5 trainees, up to 4 lectures, random attendance, leave, work, scores, overrides."""
    size = draw(st.integers(1, 5))
    people = tuple(trainee(i) for i in range(1, size + 1))
    plan = sessions(draw(st.integers(1, 4)), minutes=draw(st.sampled_from([30, 60, 90])))
    attendance = []
    for person in people:
        for session in plan:
            status = draw(st.none() | st.sampled_from(STATUSES))
            if status is None:
                continue
            partial = status in (ct.AttendanceStatus.LATE, ct.AttendanceStatus.LEFT_EARLY)
            minutes = draw(st.integers(0, session.minutes)) if partial else None
            attendance.append(
                ct.AttendanceRecord(
                    trainee=person.id, session=session.id, status=status, minutes=minutes
                )
            )
    leave = [
        ct.LeaveRequest(
            id=f"l-{index}",
            trainee=draw(st.sampled_from(people)).id,
            reason=ct.LeaveReason.SICK,
            status=draw(st.sampled_from(list(ct.LeaveStatus))),
            sessions=(draw(st.sampled_from(plan)).id,),
        )
        for index in range(draw(st.integers(0, 3)))
    ]
    submissions = [
        ct.Submission(
            trainee=person.id,
            kind=ct.SubmissionKind.ESSAY,
            submitted_on=END + dt.timedelta(days=draw(st.integers(-4, 9))),
        )
        for person in people
        if draw(st.booleans())
    ]
    marks = [
        ct.Score(trainee=person.id, component=code, value=Decimal(draw(st.integers(50, 100))))
        for person in people
        for code in ("exam", "essay")
        if draw(st.integers(0, 9))
    ]
    kinds = OVERRIDE_KINDS + ([ct.OverrideKind.CHANGE_GRADE] if grade_changes else [])
    overrides = []
    for index in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(kinds))
        overrides.append(
            ct.Override(
                id=f"o-{index}",
                kind=kind,
                trainee=draw(st.sampled_from(people)).id,
                decided_by="班主任",
                decided_on=END,
                reason="测试",
                target=draw(
                    st.sampled_from(["essay", "evaluation.grading", "evaluation.leave_ratio"])
                ),
                grade=draw(st.sampled_from(["excellent", "good", "pass", "fail"])),
            )
        )
    share = draw(st.sampled_from([None, Fraction(1, 5), Fraction(1, 3), Fraction(1, 2)]))
    return ct.Cohort(
        id="c-prop",
        programme=programme(scheme(share=share)),
        start=START,
        end=END,
        venue="县委党校",
        trainees=people,
        sessions=plan,
        attendance=tuple(attendance),
        leave=tuple(leave),
        submissions=tuple(submissions),
        scores=tuple(marks),
        overrides=tuple(overrides),
    )


def _outcomes(result: CohortEvaluation) -> list[tuple[object, ...]]:
    return [(a.trainee_id, a.outcome, a.grade, a.total, a.attendance) for a in result.assessments]


class TestOrderOfRecords:
    """Outcomes do not depend on the order of records."""

    @settings(max_examples=60)
    @given(cohorts(), st.randoms(use_true_random=False))
    def test_shuffling_every_record_list_changes_nothing(
        self, cohort: ct.Cohort, rng: random.Random
    ) -> None:
        def mixed(items: Sequence[T]) -> tuple[T, ...]:
            return tuple(rng.sample(items, len(items)))

        shuffled = attrs.evolve(
            cohort,
            trainees=mixed(cohort.trainees),
            sessions=mixed(cohort.sessions),
            attendance=mixed(cohort.attendance),
            leave=mixed(cohort.leave),
            submissions=mixed(cohort.submissions),
            scores=mixed(cohort.scores),
            overrides=mixed(cohort.overrides),
        )
        assert evaluate(shuffled, explain=True) == evaluate(cohort, explain=True)


class TestApprovedLeave:
    """Adding an approved leave never turns a completed trainee into a better grade."""

    @settings(max_examples=60)
    @given(cohorts(), st.data())
    def test_more_approved_leave_never_improves_a_grade(
        self, cohort: ct.Cohort, data: st.DataObject
    ) -> None:
        before = evaluate(cohort)
        completed = [a for a in before.assessments if a.completed]
        if not completed:
            return
        who = data.draw(st.sampled_from(completed))
        session = data.draw(st.sampled_from(cohort.sessions))
        extra = ct.LeaveRequest(
            id="l-extra",
            trainee=who.trainee_id,
            reason=ct.LeaveReason.PERSONAL,
            status=ct.LeaveStatus.APPROVED,
            sessions=(session.id,),
        )
        after = evaluate(attrs.evolve(cohort, leave=(*cohort.leave, extra))).assessment(
            who.trainee_id
        )
        order = list(before.grades)
        assert after.grade is not None
        assert who.grade is not None
        assert order.index(after.grade) >= order.index(who.grade)


class TestQuota:
    """The number of top grades never exceeds floor(share × completed)."""

    @settings(max_examples=60)
    @given(cohorts(grade_changes=False))
    def test_top_grades_within_the_quota(self, cohort: ct.Cohort) -> None:
        result = evaluate(cohort)
        share = cohort.programme.scheme.top_grade_share  # type: ignore[union-attr]
        if share is None:
            return
        completed = sum(a.completed for a in result.assessments)
        assert result.grade_distribution()["excellent"] <= math.floor(share * completed)


class TestOverridesVisible:
    """An override is always visible in the findings."""

    @settings(max_examples=60)
    @given(cohorts(), st.booleans())
    def test_every_override_leaves_a_finding(self, cohort: ct.Cohort, explain: bool) -> None:
        result = evaluate(cohort, explain=explain)
        for override in cohort.overrides:
            findings = result.assessment(override.trainee).findings
            assert any(f.path.endswith(f".overrides[{override.id}]") for f in findings)
            assert any(
                f.path.endswith(f".overrides[{override.id}]") for f in result.report.findings
            )


class TestModesAgree:
    """Explain and bulk modes agree on every outcome and every failure."""

    @settings(max_examples=60)
    @given(cohorts())
    def test_explain_and_bulk_agree(self, cohort: ct.Cohort) -> None:
        bulk, full = evaluate(cohort), evaluate(cohort, explain=True)
        assert _outcomes(bulk) == _outcomes(full)
        assert bulk.report.failures == full.report.failures
        assert set(bulk.report.findings) <= set(full.report.findings)
        assert bulk.instruments_due == full.instruments_due
