"""Completion: deliverables, pass marks, grades, the top-grade quota."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate

from .builders import END, cohort, essay, scheme, scores


def _outcome(c: ct.Cohort) -> ct.Outcome:
    return evaluate(c).assessments[0].outcome


def test_an_essay_handed_in_on_the_due_date_counts() -> None:
    assert _outcome(cohort(submissions=(essay("t-001", END + dt.timedelta(days=7)),))) is (
        ct.Outcome.COMPLETED
    )


def test_an_essay_one_day_late_blocks_completion() -> None:
    assessment = evaluate(cohort(submissions=(essay("t-001", END + dt.timedelta(days=8)),)))
    only = assessment.assessments[0]
    assert only.outcome is ct.Outcome.ATTENDANCE_ONLY
    assert only.grade == "fail"
    assert any("after the due date 2016-05-20" in f.message_en for f in only.findings)


def test_a_missing_essay_blocks_completion() -> None:
    only = evaluate(cohort(submissions=())).assessments[0]
    assert only.outcome is ct.Outcome.ATTENDANCE_ONLY
    assert any(f.message_zh.startswith("未提交学习心得") for f in only.findings)


@pytest.mark.parametrize("review", [ct.ReviewState.PENDING, ct.ReviewState.RETURNED])
def test_work_that_needs_review_must_be_accepted(review: ct.ReviewState) -> None:
    reviewed = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=7, review_required=True)
    c = cohort(
        assessment=scheme(deliverables=(reviewed,)), submissions=(essay("t-001", review=review),)
    )
    assert _outcome(c) is ct.Outcome.ATTENDANCE_ONLY


@pytest.mark.parametrize(
    ("submitted", "outcome"),
    [
        (dt.date(2016, 6, 13), ct.Outcome.COMPLETED),
        (dt.date(2016, 6, 14), ct.Outcome.ATTENDANCE_ONLY),
    ],
)
def test_a_due_date_in_months_counts_from_the_cohorts_last_day(
    submitted: dt.date, outcome: ct.Outcome
) -> None:
    plan = ct.Deliverable(kind=ct.SubmissionKind.WORK_PLAN, due_months=1)
    work = ct.Submission(trainee="t-001", kind=ct.SubmissionKind.WORK_PLAN, submitted_on=submitted)
    assert _outcome(cohort(assessment=scheme(deliverables=(plan,)), submissions=(work,))) is outcome


def test_a_score_below_the_pass_mark_fails_whatever_the_total() -> None:
    only = evaluate(cohort(marks=scores("t-001", exam=59, essay_score=100))).assessments[0]
    assert only.total == Decimal("75.4")
    assert (only.outcome, only.grade) == (ct.Outcome.FAILED, "fail")


def test_a_total_in_a_non_passing_band_fails() -> None:
    only = evaluate(cohort(marks=scores("t-001", exam=60, essay_score=0))).assessments[0]
    assert (only.total, only.outcome) == (Decimal(36), ct.Outcome.FAILED)


def test_a_missing_score_leaves_the_trainee_incomplete() -> None:
    marks = scores("t-001")[:1]
    only = evaluate(cohort(marks=marks)).assessments[0]
    assert (only.outcome, only.total, only.grade) == (ct.Outcome.INCOMPLETE, None, "fail")


def test_the_total_is_weighted_exactly_and_graded_on_the_exact_value() -> None:
    thirds = ct.AssessmentScheme(
        scale=scheme().scale,
        components=tuple(
            ct.Component(code=code, title=code, weight=Fraction(1, 3)) for code in ("a", "b", "c")
        ),
    )
    marks = (
        ct.Score(trainee="t-001", component="a", value=Decimal(90)),
        ct.Score(trainee="t-001", component="b", value=Decimal(90)),
        ct.Score(trainee="t-001", component="c", value=Decimal(89)),
    )
    only = evaluate(cohort(assessment=thirds, marks=marks, submissions=())).assessments[0]
    assert only.total == Decimal("89.666666")
    assert only.grade == "good"


def test_ten_equal_top_scores_under_a_one_fifth_quota_give_two_top_grades_by_id() -> None:
    result = evaluate(
        cohort(size=10, marks=[s for i in range(1, 11) for s in scores(f"t-{i:03}", 95, 95)])
    )
    grades = {a.trainee_id: a.grade for a in result.assessments}
    assert [t for t, g in grades.items() if g == "excellent"] == ["t-001", "t-002"]
    assert set(grades.values()) == {"excellent", "good"}
    dropped = result.assessment("t-003")
    (finding,) = [f for f in dropped.findings if f.rule_id == "evaluation.top_grade_quota"]
    assert dict(finding.evidence)["new_grade"] == "good"
    assert "beyond the 'excellent' quota of 2" in finding.message_en
    assert result.grade_distribution() == {"excellent": 2, "good": 8, "pass": 0, "fail": 0}


def test_the_quota_ranks_by_total_before_id() -> None:
    marks = [s for i in range(1, 6) for s in scores(f"t-{i:03}", 90 + i, 95)]
    result = evaluate(cohort(size=5, marks=marks))
    assert [a.trainee_id for a in result.assessments if a.grade == "excellent"] == ["t-005"]


def test_the_quota_counts_completed_trainees_only() -> None:
    marks = [s for i in range(1, 6) for s in scores(f"t-{i:03}", 95, 95)]
    submissions = [essay(f"t-{i:03}") for i in range(1, 5)]  # t-005 hands in nothing
    result = evaluate(cohort(size=5, marks=marks, submissions=submissions))
    assert sum(a.grade == "excellent" for a in result.assessments) == 0  # floor(1/5 × 4)


def test_a_scheme_without_deliverables_asks_for_none() -> None:
    no_work = scheme(deliverables=())
    assert _outcome(cohort(assessment=no_work, submissions=())) is ct.Outcome.COMPLETED
