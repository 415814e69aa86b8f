"""The attendance summary: what is scheduled, attended, excused and unexcused."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import AttendanceSummary

from .builders import START, cohort, sessions

LECTURES = [s for s in sessions() if s.module == "M01"]


def _record(
    session: str, status: ct.AttendanceStatus, minutes: int | None = None
) -> ct.AttendanceRecord:
    return ct.AttendanceRecord(trainee="t-001", session=session, status=status, minutes=minutes)


def _all_present_but(*records: ct.AttendanceRecord) -> tuple[ct.AttendanceRecord, ...]:
    changed = {r.session for r in records}
    others = tuple(
        _record(s.id, ct.AttendanceStatus.PRESENT) for s in sessions() if s.id not in changed
    )
    return (*others, *records)


def _summary(
    *records: ct.AttendanceRecord, leave: tuple[ct.LeaveRequest, ...] = ()
) -> AttendanceSummary:
    c = cohort(attendance=_all_present_but(*records), leave=leave)
    return evaluate(c).assessments[0].attendance


def _leave(status: ct.LeaveStatus, *session_ids: str) -> ct.LeaveRequest:
    return ct.LeaveRequest(
        id=f"leave-{status.value}",
        trainee="t-001",
        reason=ct.LeaveReason.SICK,
        status=status,
        sessions=session_ids,
        approver="班主任",
    )


def test_the_opening_ceremony_is_not_scheduled_class_time() -> None:
    summary = _summary(_record("s-00", ct.AttendanceStatus.ABSENT))
    assert summary == AttendanceSummary(scheduled=420, attended=420)


def test_a_late_joiner_is_not_absent_before_enrolment() -> None:
    summary = _summary(
        _record("s-01", ct.AttendanceStatus.NOT_ENROLLED),
        _record("s-02", ct.AttendanceStatus.NOT_ENROLLED),
    )
    assert (summary.scheduled, summary.attended, summary.unexcused) == (300, 300, 0)


def test_late_and_left_early_count_the_minutes_actually_attended() -> None:
    summary = _summary(
        _record("s-01", ct.AttendanceStatus.LATE, 45),
        _record("s-02", ct.AttendanceStatus.LEFT_EARLY, 20),
    )
    assert (summary.attended, summary.unexcused) == (420 - 15 - 40, 55)


def test_approved_leave_is_excused_not_attended() -> None:
    summary = _summary(
        _record("s-03", ct.AttendanceStatus.ON_LEAVE),
        leave=(_leave(ct.LeaveStatus.APPROVED, "s-03"),),
    )
    assert (summary.attended, summary.excused, summary.unexcused) == (360, 60, 0)
    assert summary.leave_share == Fraction(1, 7)


@pytest.mark.parametrize("status", [ct.LeaveStatus.PENDING, ct.LeaveStatus.REFUSED])
def test_pending_or_refused_leave_is_not_excused(status: ct.LeaveStatus) -> None:
    summary = _summary(
        _record("s-03", ct.AttendanceStatus.ON_LEAVE), leave=(_leave(status, "s-03"),)
    )
    assert (summary.excused, summary.unexcused, summary.unapproved_leave) == (0, 60, 60)


def test_leave_for_a_span_of_days_excuses_every_session_on_those_days() -> None:
    request = ct.LeaveRequest(
        id="leave-span",
        trainee="t-001",
        reason=ct.LeaveReason.OFFICIAL,
        status=ct.LeaveStatus.APPROVED,
        first_day=START,
        last_day=START,
    )
    summary = _summary(
        _record("s-01", ct.AttendanceStatus.ABSENT),
        _record("s-06", ct.AttendanceStatus.ABSENT),
        leave=(request,),
    )
    assert (summary.excused, summary.unexcused) == (120, 0)


def test_a_missing_record_under_every_session_is_unrecorded_and_leaves_no_verdict() -> None:
    records = tuple(r for r in _all_present_but() if r.session != "s-04")
    assessment = evaluate(cohort(attendance=records)).assessments[0]
    summary = assessment.attendance
    assert (summary.attended, summary.unexcused, summary.unrecorded) == (360, 0, 60)
    assert assessment.outcome is ct.Outcome.NOT_JUDGED
    (missing,) = [f for f in assessment.findings if f.rule_id == "evaluation.attendance_recorded"]
    assert missing.path == "cohort.trainees[t-001].attendance[s-04]"
    assert dict(missing.evidence)["session"] == "s-04"
    assert missing.citation is not None
    assert "register" in missing.citation.source


def test_a_missing_record_under_exceptions_only_is_presence() -> None:
    records = tuple(r for r in _all_present_but() if r.session != "s-04")
    exceptions = attrs.evolve(
        cohort(attendance=records), attendance_recording=ct.AttendanceRecording.EXCEPTIONS_ONLY
    )
    assessment = evaluate(exceptions).assessments[0]
    assert (assessment.attendance.attended, assessment.attendance.unrecorded) == (420, 0)
    assert assessment.outcome is ct.Outcome.COMPLETED


def test_a_summary_that_does_not_add_up_is_refused() -> None:
    with pytest.raises(
        ct.ValidationError, match="attended \\+ excused \\+ unexcused \\+ unrecorded = 400"
    ):
        AttendanceSummary(scheduled=420, attended=400)


def test_nothing_scheduled_means_no_leave_share_and_full_attendance() -> None:
    summary = AttendanceSummary(scheduled=0, attended=0)
    assert (summary.leave_share, summary.attended_share) == (Fraction(0), Fraction(1))
