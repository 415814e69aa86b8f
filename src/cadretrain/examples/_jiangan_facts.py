"""Jiang'an 2015 (seed 004): the fictitious facts of its cohort.

The article reports no attendance, leave, work handed in or scores; these
are made up, deterministically, so that evaluating the cohort shows each
case once: approved leave, absence without leave, lateness, leaving early,
a missing essay, a late essay and an essay below the pass mark.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cadretrain.examples import _fictitious as fict
from cadretrain.model import (
    AdminLevel,
    AttendanceRecord,
    AttendanceStatus,
    LeaveReason,
    LeaveRequest,
    LeaveStatus,
    Override,
    OverrideKind,
    ReviewState,
    Score,
    Submission,
    SubmissionKind,
    Trainee,
)

__all__ = [
    "ABSENT",
    "BUREAU",
    "ESSAY_TITLE",
    "LATE",
    "LATE_ESSAY",
    "LEFT_EARLY",
    "LOW_ESSAY",
    "NO_ESSAY",
    "ON_LEAVE",
    "attendance",
    "leave",
    "overrides",
    "scores",
    "submissions",
]

BUREAU = "江安县扶贫移民局"
ESSAY_TITLE = "新常态下如何做好自身工作,带领贫困群众发展致富"
LAST_DAY = dt.date(2015, 7, 28)

# Fictitious cases that make the evaluation interesting.
ON_LEAVE, ABSENT, LATE, LEFT_EARLY = "t-007", "t-023", "t-031", "t-044"
NO_ESSAY, LATE_ESSAY, LOW_ESSAY = "t-012", "t-036", "t-050"


def attendance(
    trainees: tuple[Trainee, ...], sessions: tuple[str, ...]
) -> tuple[AttendanceRecord, ...]:
    """Everyone present at every session, but for one on leave, one absent, one late, one early."""
    exceptions = {
        (ON_LEAVE, "s08"): AttendanceRecord(
            trainee=ON_LEAVE, session="s08", status=AttendanceStatus.ON_LEAVE
        ),
        (ABSENT, "s10"): AttendanceRecord(
            trainee=ABSENT, session="s10", status=AttendanceStatus.ABSENT
        ),
        (LATE, "s02"): AttendanceRecord(
            trainee=LATE, session="s02", status=AttendanceStatus.LATE, minutes=60
        ),
        (LEFT_EARLY, "s06"): AttendanceRecord(
            trainee=LEFT_EARLY, session="s06", status=AttendanceStatus.LEFT_EARLY, minutes=30
        ),
    }
    return fict.attendance((t.id for t in trainees), sessions, exceptions)


def submissions(trainees: tuple[Trainee, ...]) -> tuple[Submission, ...]:
    """Essays from all but one (one late); a plan from every village cadre, all accepted."""
    essays = tuple(
        Submission(
            trainee=t.id,
            kind=SubmissionKind.ESSAY,
            title=ESSAY_TITLE,
            submitted_on=dt.date(2015, 8, 15 if t.id == LATE_ESSAY else 3 + i % 7),
            review=ReviewState.ACCEPTED,
        )
        for i, t in enumerate(trainees)
        if t.id != NO_ESSAY
    )
    plans = tuple(
        Submission(
            trainee=t.id,
            kind=SubmissionKind.VILLAGE_PLAN,
            title=f"{t.unit}2015-2019年扶贫开发规划",
            submitted_on=dt.date(2015, 8, 17 + i % 9),
            review=ReviewState.ACCEPTED,
        )
        for i, t in enumerate(trainees)
        if t.level is AdminLevel.VILLAGE
    )
    return essays + plans


def scores(trainees: tuple[Trainee, ...]) -> tuple[Score, ...]:
    """Essay and discipline scores by index arithmetic; one essay below the pass mark."""
    scores: list[Score] = []
    for i, trainee in enumerate(trainees):
        if trainee.id != NO_ESSAY:
            essay = 55 if trainee.id == LOW_ESSAY else 70 + (7 * i) % 26
            scores.append(Score(trainee=trainee.id, component="essay", value=Decimal(essay)))
        discipline = 75 + (11 * i) % 21
        scores.append(Score(trainee=trainee.id, component="discipline", value=Decimal(discipline)))
    return tuple(scores)


def overrides(trainees: tuple[Trainee, ...]) -> tuple[Override, ...]:
    """The bureau waives the village plan for trainees who are not village cadres."""
    return tuple(
        Override(
            id=f"o-{t.id}",
            kind=OverrideKind.WAIVE_REQUIREMENT,
            trainee=t.id,
            decided_by=BUREAU,
            decided_on=LAST_DAY,
            target=SubmissionKind.VILLAGE_PLAN.value,
            reason="非贫困村干部,无本村规划可编;文章只要求贫困村干部编制规划",
        )
        for t in trainees
        if t.level is not AdminLevel.VILLAGE
    )


def leave() -> tuple[LeaveRequest, ...]:
    """One approved request, for the session the trainee on leave misses."""
    return (
        LeaveRequest(
            id="leave-1",
            trainee=ON_LEAVE,
            reason=LeaveReason.PERSONAL,
            status=LeaveStatus.APPROVED,
            sessions=("s08",),
            approver=BUREAU,
        ),
    )
