"""Withdrawal (退学): leave above 1/7 of class time, or a party school's truancy limit."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import Assessment
from cadretrain.policies.completion import (
    CADRE_TRAINING_EVALUATION,
    TIANHE_PARTY_SCHOOL_2015_EVALUATION,
)
from cadretrain.rules import (
    AllOf,
    Check,
    Citation,
    DatedParameter,
    Finding,
    MissingParameter,
    PolicyNotInForce,
)

from .builders import cohort, sessions

A_DAY_OF_90_MINUTES = DatedParameter.single(
    90, since=dt.date(2015, 8, 1), citation=Citation(source="test: a 90-minute class day")
)
TIANHE = TIANHE_PARTY_SCHOOL_2015_EVALUATION.with_parameter(
    "evaluation.unexcused_absence", "day_minutes", A_DAY_OF_90_MINUTES
)
TIANHE_DAYS_ALONE = TIANHE.with_parameter(  # the 2-day rule, with only approved leave in the 1/7
    "evaluation.leave_ratio",
    "counts",
    DatedParameter.single(
        "approved_leave", since=dt.date(2015, 8, 1), citation=Citation(source="test")
    ),
)


def _records(*exceptions: ct.AttendanceRecord) -> tuple[ct.AttendanceRecord, ...]:
    changed = {r.session for r in exceptions}
    present = tuple(
        ct.AttendanceRecord(trainee="t-001", session=s.id, status=ct.AttendanceStatus.PRESENT)
        for s in sessions()
        if s.id not in changed
    )
    return (*present, *exceptions)


def _missing(minutes: int) -> tuple[ct.AttendanceRecord, ...]:
    """Records of ``minutes`` missed: 59 of each 60-minute lecture first, then part of the next.

    No lecture is missed whole, so the 2013 rule on leaving without approval
    (one whole session) stays out of these cases about minutes.
    """
    records = []
    for index in range(1, 8):
        missed = max(0, min(59, minutes - 59 * (index - 1)))
        if missed:
            records.append(
                ct.AttendanceRecord(
                    trainee="t-001",
                    session=f"s-{index:02}",
                    status=ct.AttendanceStatus.LATE,
                    minutes=60 - missed,
                )
            )
    return _records(*records)


def _on_leave_for(minutes: int, start: dt.date | None = None) -> ct.Cohort:
    """420 scheduled minutes (7 × 60), ``minutes`` of them missed on approved leave."""
    leave = ct.LeaveRequest(
        id="leave-1",
        trainee="t-001",
        reason=ct.LeaveReason.SICK,
        status=ct.LeaveStatus.APPROVED,
        sessions=("s-01", "s-02", "s-03"),
        approver="班主任",
    )
    if start is None:
        return cohort(attendance=_missing(minutes), leave=(leave,))
    return cohort(attendance=_missing(minutes), leave=(leave,), start=start)


def _leave_finding(assessment: Assessment) -> Finding:
    (finding,) = [f for f in assessment.findings if f.rule_id == "evaluation.leave_ratio"]
    return finding


def test_leave_of_exactly_one_seventh_keeps_the_trainee_in() -> None:
    assessment = evaluate(_on_leave_for(60)).assessments[0]
    assert assessment.attendance.leave_share == Fraction(1, 7)
    assert assessment.outcome is ct.Outcome.COMPLETED


def test_one_minute_more_than_one_seventh_withdraws_the_trainee() -> None:
    assessment = evaluate(_on_leave_for(61)).assessments[0]
    assert assessment.attendance.leave_share == Fraction(61, 420)
    assert assessment.outcome is ct.Outcome.WITHDRAWN
    assert assessment.grade == "fail"
    finding = _leave_finding(assessment)
    assert not finding.passed
    assert dict(finding.evidence)["leave_share"] == Fraction(61, 420)
    uses = {use.name: use for use in finding.parameters}
    assert uses["counts"].value == "approved_leave"
    use = uses["max_share"]
    assert use.value == Fraction(1, 7)
    assert use.citation.source.startswith("《干部教育培训工作条例》(2015)")


def test_a_cohort_after_the_2023_revision_is_judged_under_it() -> None:
    assessment = evaluate(_on_leave_for(61, start=dt.date(2024, 5, 6))).assessments[0]
    assert "2023" in _leave_finding(assessment).parameters[0].citation.source
    assert assessment.outcome is ct.Outcome.WITHDRAWN


def test_pending_leave_does_not_count_towards_the_leave_share() -> None:
    on_leave = ct.AttendanceRecord(
        trainee="t-001", session="s-01", status=ct.AttendanceStatus.ON_LEAVE
    )
    pending = ct.LeaveRequest(
        id="leave-1",
        trainee="t-001",
        reason=ct.LeaveReason.PERSONAL,
        status=ct.LeaveStatus.PENDING,
        sessions=("s-01",),
    )
    assessment = evaluate(cohort(attendance=_records(on_leave), leave=(pending,))).assessments[0]
    assert assessment.attendance.leave_share == Fraction(0)
    assert assessment.attendance.unapproved_leave == 60
    # A whole session missed on leave that was never approved: left without approval (2013).
    assert assessment.outcome is ct.Outcome.WITHDRAWN
    (finding,) = [f for f in assessment.findings if f.rule_id == "evaluation.absent_without_leave"]
    evidence = dict(finding.evidence)
    assert (evidence["approved_leave"], evidence["unexcused"], evidence["unapproved_leave"]) == (
        0,
        60,
        60,
    )


def test_seven_sessions_absent_without_leave_withdraw_under_the_2013_rules() -> None:
    truant = _records(
        *(
            ct.AttendanceRecord(
                trainee="t-001", session=f"s-{i:02}", status=ct.AttendanceStatus.ABSENT
            )
            for i in range(1, 8)
        )
    )
    assessment = evaluate(cohort(attendance=truant)).assessments[0]
    assert assessment.outcome is ct.Outcome.WITHDRAWN
    (finding,) = [f for f in assessment.findings if f.rule_id == "evaluation.absent_without_leave"]
    evidence = dict(finding.evidence)
    assert (evidence["truant_sessions"], evidence["unexcused"], evidence["approved_leave"]) == (
        7,
        420,
        0,
    )
    assert finding.citation is not None
    assert "学员管理的规定》(2013" in finding.citation.source
    assert "责令退学" in finding.message_zh


def test_one_whole_session_is_the_line_for_leaving_without_approval() -> None:
    one = _records(
        ct.AttendanceRecord(trainee="t-001", session="s-01", status=ct.AttendanceStatus.ABSENT)
    )
    late = _records(
        ct.AttendanceRecord(
            trainee="t-001", session="s-01", status=ct.AttendanceStatus.LATE, minutes=1
        )
    )
    assert evaluate(cohort(attendance=one)).assessments[0].outcome is ct.Outcome.WITHDRAWN
    assert evaluate(cohort(attendance=late)).assessments[0].outcome is ct.Outcome.COMPLETED


def test_two_days_of_unexcused_absence_withdraw_at_the_tianhe_party_school() -> None:
    assessment = evaluate(cohort(attendance=_missing(180)), TIANHE_DAYS_ALONE).assessments[0]
    assert assessment.outcome is ct.Outcome.WITHDRAWN
    (finding,) = [f for f in assessment.findings if f.rule_id == "evaluation.unexcused_absence"]
    assert dict(finding.evidence)["limit_minutes"] == 180
    assert "2 day(s)" in finding.message_en


def test_one_minute_short_of_two_days_keeps_the_trainee_in_at_tianhe() -> None:
    assessment = evaluate(cohort(attendance=_missing(179)), TIANHE_DAYS_ALONE).assessments[0]
    assert assessment.outcome is ct.Outcome.COMPLETED


def test_at_tianhe_all_absence_counts_toward_the_one_seventh() -> None:
    # "旷课2天及以上,或请假等时间累计超过总课时1/7的作退学处理": 60 of 420 minutes is 1/7
    kept = evaluate(cohort(attendance=_missing(60)), TIANHE).assessments[0]
    out = evaluate(cohort(attendance=_missing(61)), TIANHE).assessments[0]
    assert (kept.outcome, out.outcome) == (ct.Outcome.COMPLETED, ct.Outcome.WITHDRAWN)
    (finding,) = [f for f in out.findings if f.rule_id == "evaluation.leave_ratio"]
    assert dict(finding.evidence)["counted"] == "all_absence"
    assert "leave and absence 61" in finding.message_en


def test_tianhe_needs_the_length_of_a_day_from_the_caller() -> None:
    with pytest.raises(MissingParameter, match="day_minutes"):
        evaluate(cohort(), TIANHE_PARTY_SCHOOL_2015_EVALUATION)


def test_a_policy_is_not_applied_to_a_cohort_that_started_before_it() -> None:
    with pytest.raises(PolicyNotInForce, match="2013-03-19"):
        evaluate(cohort(start=dt.date(2013, 3, 18)), CADRE_TRAINING_EVALUATION)


def test_without_a_policy_a_cohort_before_the_2013_rules_is_judged_by_its_scheme() -> None:
    result = evaluate(_on_leave_for(120, start=dt.date(2013, 3, 18)))
    assert result.policy.name == "programme_scheme_evaluation"
    assert result.assessments[0].outcome is ct.Outcome.COMPLETED


def test_an_attendance_minimum_is_the_callers_own_number() -> None:
    policy = attrs.evolve(
        CADRE_TRAINING_EVALUATION,
        rule=AllOf(
            CADRE_TRAINING_EVALUATION.rule,
            Check("evaluation.attendance", params={"min_share": Fraction(4, 5)}),
        ),
    )
    kept = evaluate(cohort(attendance=_missing(84)), policy).assessments[0]
    short = evaluate(cohort(attendance=_missing(85)), policy).assessments[0]
    assert (kept.outcome, short.outcome) == (ct.Outcome.COMPLETED, ct.Outcome.INCOMPLETE)
