"""Sessions, attendance, leave, submissions and scores refer to what exists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import cadretrain as ct
from cadretrain.errors import ValidationError

from .examples import START, cohort, refused, session


def test_a_session_refers_to_a_module_of_the_programme() -> None:
    error = refused(
        ValidationError, "sessions[0].module", lambda: cohort(sessions=(session(module="M99"),))
    )
    assert "M99" in str(error)


def test_field_teaching_needs_a_field_site() -> None:
    refused(ValidationError, "sessions[0].site", lambda: cohort(sessions=(session(module="M02"),)))


def test_a_session_site_is_one_of_the_programmes_field_sites() -> None:
    refused(
        ValidationError,
        "sessions[0].site",
        lambda: cohort(sessions=(session(module="M02", site="fs-99"),)),
    )


def test_a_lecture_turned_field_teaching_needs_a_site() -> None:
    refused(
        ValidationError,
        "sessions[0].site",
        lambda: cohort(sessions=(session(format=ct.DeliveryFormat.FIELD_TEACHING),)),
    )


def _present(trainee: str = "t-001", at: str = "s-01") -> ct.AttendanceRecord:
    return ct.AttendanceRecord(trainee=trainee, session=at, status=ct.AttendanceStatus.PRESENT)


def test_attendance_refers_to_an_enrolled_trainee_and_an_existing_session() -> None:
    refused(ValidationError, "attendance[0].trainee", lambda: cohort(attendance=(_present("t-9"),)))
    refused(
        ValidationError, "attendance[0].session", lambda: cohort(attendance=(_present(at="s-9"),))
    )


def test_one_attendance_record_per_trainee_and_session() -> None:
    refused(ValidationError, "attendance[1]", lambda: cohort(attendance=(_present(), _present())))


def _leave(trainee: str = "t-001", sessions: tuple[str, ...] = ("s-01",)) -> ct.LeaveRequest:
    return ct.LeaveRequest(
        id="lv-1",
        trainee=trainee,
        reason=ct.LeaveReason.PERSONAL,
        status=ct.LeaveStatus.PENDING,
        sessions=sessions,
    )


def test_leave_refers_to_an_enrolled_trainee_and_existing_sessions() -> None:
    refused(ValidationError, "leave[0].trainee", lambda: cohort(leave=(_leave("t-9"),)))
    refused(
        ValidationError,
        "leave[0].sessions[1]",
        lambda: cohort(leave=(_leave(sessions=("s-01", "s-9")),)),
    )


def test_a_submission_refers_to_an_enrolled_trainee() -> None:
    essay = ct.Submission(trainee="t-9", kind=ct.SubmissionKind.ESSAY, submitted_on=START)
    refused(ValidationError, "submissions[0].trainee", lambda: cohort(submissions=(essay,)))


def test_a_score_refers_to_a_trainee_and_a_component_of_the_scheme() -> None:
    score = ct.Score(trainee="t-001", component="essay", value=Decimal(80))
    refused(ValidationError, "scores[0].component", lambda: cohort(scores=(score,)))


def test_a_cohort_with_several_problems_raises_one_error_listing_each_with_its_path() -> None:
    bad = cohort  # keep the call below readable
    error = refused(
        ValidationError,
        "end",
        lambda: bad(
            end=START - dt.timedelta(days=1),
            sessions=(session(module="M99"), session("s-02")),
            attendance=(_present("t-9"),),
        ),
    )
    paths = [problem.path for problem in error.problems]
    assert {"end", "sessions[0].on", "sessions[0].module", "sessions[1].on"} <= set(paths)
    assert "attendance[0].trainee" in paths
    for path in paths:
        assert f"  {path}: " in str(error)
    assert str(error).startswith("invalid cohort 'c-2015-1' (")
