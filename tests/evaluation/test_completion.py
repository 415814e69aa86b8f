"""Completion: deliverables, pass marks, grades, the top-grade quota."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate

from .builders import END, START, cohort, essay, scheme, scores


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


TEN_TIED = [s for i in range(1, 11) for s in scores(f"t-{i:03}", 95, 95)]


def _settle(trainee: str, n: int) -> ct.Override:
    return ct.Override(
        id=f"o-{n}",
        kind=ct.OverrideKind.SETTLE_TIE,
        trainee=trainee,
        decided_by="班主任会议",
        decided_on=END,
        reason="综合学习表现,经集体研究",
    )


def test_ten_tied_at_the_top_for_two_places_are_referred_as_one_tie() -> None:
    result = evaluate(cohort(size=10, marks=TEN_TIED))
    (tie,) = [f for f in result.report.findings if f.path == "cohort.top_grade_tie"]
    assert not tie.passed
    evidence = dict(tie.evidence)
    assert evidence["tied"] == ", ".join(f"t-{i:03}" for i in range(1, 11))
    assert (evidence["places"], evidence["quota"], evidence["referred"]) == (2, 2, True)
    assert "referred for decision" in tie.message_en
    assert "提请裁定" in tie.message_zh
    assert {a.grade for a in result.assessments} == {None}  # pending, neither way
    assert {a.outcome for a in result.assessments} == {ct.Outcome.COMPLETED}


def test_a_decision_naming_two_of_the_ten_settles_the_tie() -> None:
    decided = (_settle("t-007", 1), _settle("t-010", 2))
    result = evaluate(cohort(size=10, marks=TEN_TIED, overrides=decided))
    grades = {a.trainee_id: a.grade for a in result.assessments}
    assert [t for t, g in grades.items() if g == "excellent"] == ["t-007", "t-010"]
    assert result.grade_distribution() == {"excellent": 2, "good": 8, "pass": 0, "fail": 0}
    assert not [f for f in result.report.findings if f.path == "cohort.top_grade_tie"]
    explained = evaluate(cohort(size=10, marks=TEN_TIED, overrides=decided), explain=True)
    (tie,) = [f for f in explained.report.findings if f.path == "cohort.top_grade_tie"]
    assert tie.passed
    assert dict(tie.evidence)["referred"] is False
    dropped = result.assessment("t-001")
    (finding,) = [f for f in dropped.findings if f.rule_id == "evaluation.top_grade_quota"]
    assert dict(finding.evidence)["new_grade"] == "good"
    assert "not awarded a tied place" in finding.message_en
    kept = result.assessment("t-010")
    notes = [f for f in kept.findings if f.rule_id == "evaluation.override"]
    assert notes
    assert "settle_tie" in dict(notes[0].evidence).values()


def test_a_decision_naming_the_wrong_number_leaves_the_tie_referred() -> None:
    result = evaluate(cohort(size=10, marks=TEN_TIED, overrides=(_settle("t-007", 1),)))
    (tie,) = [f for f in result.report.findings if f.path == "cohort.top_grade_tie"]
    assert not tie.passed
    assert {a.grade for a in result.assessments} == {None}


def test_a_policy_may_break_ties_by_id_in_natural_order_instead() -> None:
    policy = ct.policies.CADRE_TRAINING_EVALUATION.with_parameter(
        "evaluation.top_grade_quota",
        "tie_break",
        ct.DatedParameter.single(
            "natural_id_order",
            since=START,
            citation=ct.Citation(source="本校学员考核办法(示例)"),
        ),
        book=ct.BUILTIN_RULES,
    )
    result = evaluate(cohort(size=10, marks=TEN_TIED), policy)
    excellent = [a.trainee_id for a in result.assessments if a.grade == "excellent"]
    assert excellent == ["t-001", "t-002"]
    assert not [f for f in result.report.findings if f.path == "cohort.top_grade_tie"]


def test_ids_in_natural_order_put_t_2_before_t_10() -> None:
    from cadretrain.evaluation.grade_bands import natural_key

    assert sorted(["t-10", "t-2", "t-1", "t-02"], key=natural_key) == ["t-1", "t-2", "t-02", "t-10"]


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
