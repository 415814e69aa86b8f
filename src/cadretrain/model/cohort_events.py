"""What happens in a cohort: sessions, attendance, leave, work handed in, scores, decisions.

These are facts.  Rules read them; an :class:`Override` is itself a recorded
fact (a decision by a named person) and never edits another fact.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import _validators as v
from cadretrain.model.enums import (
    AttendanceStatus,
    DeliveryFormat,
    LeaveReason,
    LeaveStatus,
    OverrideKind,
    ReviewState,
    SubmissionKind,
)

__all__ = [
    "AttendanceRecord",
    "CommitteeMember",
    "InstrumentResponse",
    "LeaveRequest",
    "Override",
    "Score",
    "Session",
    "StudyGroup",
    "Submission",
]


# A session of at most 100,000 minutes (under 70 days) that starts by this day ends on the calendar.
_LAST_SAFE_DAY = dt.date.max - dt.timedelta(days=70)


@attrs.frozen(kw_only=True)
class Session:
    """One scheduled occurrence of a module: when, how long, where.

    ``format`` overrides the module's format for this session; ``site`` names
    a programme field site (required for field teaching).
    """

    id: str = attrs.field(validator=v.ident)
    module: str = attrs.field(validator=v.ident)
    on: dt.date = attrs.field(validator=v.a_date)
    minutes: int = attrs.field(validator=v.minutes)
    start: dt.time | None = attrs.field(default=None, validator=v.optional(v.time_of_day))
    venue: str = attrs.field(default="", validator=v.any_text)
    site: str | None = attrs.field(default=None, validator=v.optional(v.ident))
    format: DeliveryFormat | None = attrs.field(
        default=None, validator=v.optional(v.member(DeliveryFormat))
    )

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.on > _LAST_SAFE_DAY:  # ends past the calendar?
            begin = dt.datetime.combine(self.on, self.start)
            if dt.datetime.max - begin < dt.timedelta(minutes=self.minutes):
                raise InvalidValueError(
                    "start",
                    self.start,
                    f"a start from which {self.minutes} minutes end by 9999-12-31 23:59",
                )

    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """Start and end as datetimes, when the start time is known."""
        if self.start is None:
            return None
        begin = dt.datetime.combine(self.on, self.start)
        return begin, begin + dt.timedelta(minutes=self.minutes)


_PARTIAL = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)
"""Statuses whose record must say how many minutes were attended."""


@attrs.frozen(kw_only=True)
class AttendanceRecord:
    """A trainee's attendance at one session; ``minutes`` attended when late or left early."""

    trainee: str = attrs.field(validator=v.ident)
    session: str = attrs.field(validator=v.ident)
    status: AttendanceStatus = attrs.field(validator=v.member(AttendanceStatus))
    minutes: int | None = attrs.field(default=None, validator=v.optional(v.non_negative_int))

    def __attrs_post_init__(self) -> None:
        # one tuple for the class, not one per call: a big cohort has millions of records
        if self.minutes is None and self.status in _PARTIAL:
            raise InvalidValueError(
                "minutes", None, f"the minutes attended, for status {self.status.value!r}"
            )


@attrs.frozen(kw_only=True)
class LeaveRequest:
    """A leave request (请假) for some sessions or for a span of dates."""

    id: str = attrs.field(validator=v.ident)
    trainee: str = attrs.field(validator=v.ident)
    reason: LeaveReason = attrs.field(validator=v.member(LeaveReason))
    status: LeaveStatus = attrs.field(validator=v.member(LeaveStatus))
    sessions: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.ident))
    first_day: dt.date | None = attrs.field(default=None, validator=v.optional(v.a_date))
    last_day: dt.date | None = attrs.field(default=None, validator=v.optional(v.a_date))
    approver: str = attrs.field(default="", validator=v.any_text)

    def __attrs_post_init__(self) -> None:
        has_span = self.first_day is not None and self.last_day is not None
        if not self.sessions and not has_span:
            raise InvalidValueError(
                "sessions", self.sessions, "session ids, or both first_day and last_day"
            )
        if (self.first_day is None) != (self.last_day is None):
            raise InvalidValueError(
                "last_day", self.last_day, "first_day and last_day given together"
            )
        if has_span and self.last_day < self.first_day:  # type: ignore[operator]
            raise InvalidValueError(
                "last_day", self.last_day, f"a date on or after {self.first_day}"
            )

    def covers(self, session: Session) -> bool:
        """Whether this request asks leave for ``session``."""
        if session.id in self.sessions:
            return True
        if self.first_day is None or self.last_day is None:
            return False
        return self.first_day <= session.on <= self.last_day


@attrs.frozen(kw_only=True)
class Submission:
    """Work a trainee handed in (学习心得, village plan, ...) and its review state."""

    trainee: str = attrs.field(validator=v.ident)
    kind: SubmissionKind = attrs.field(validator=v.member(SubmissionKind))
    submitted_on: dt.date = attrs.field(validator=v.a_date)
    review: ReviewState = attrs.field(default=ReviewState.PENDING, validator=v.member(ReviewState))
    title: str = attrs.field(default="", validator=v.any_text)


@attrs.frozen(kw_only=True)
class Score:
    """A trainee's score on one assessment component, and the day it was given when known.

    ``on`` is the date the score was given (``None``: not recorded); a score
    dated before its cohort's start cannot judge that class's work, and
    ``cohort.work_after_start`` flags it.
    """

    trainee: str = attrs.field(validator=v.ident)
    component: str = attrs.field(validator=v.ident)
    value: Decimal = attrs.field(validator=v.a_score)
    on: dt.date | None = attrs.field(default=None, validator=v.optional(v.a_date))


@attrs.frozen(kw_only=True)
class Override:
    """A decision by a named person, with a reason, applied after the rules.

    ``target`` names what a waiver waives (a submission kind's value such as
    ``"essay"``, or a rule id); ``grade`` is the new grade code of a grade change.
    """

    id: str = attrs.field(validator=v.ident)
    kind: OverrideKind = attrs.field(validator=v.member(OverrideKind))
    trainee: str = attrs.field(validator=v.ident)
    decided_by: str = attrs.field(validator=v.text)
    decided_on: dt.date = attrs.field(validator=v.a_date)
    reason: str = attrs.field(validator=v.text)
    target: str = attrs.field(default="", validator=v.any_text)
    grade: str = attrs.field(default="", validator=v.any_text)

    def __attrs_post_init__(self) -> None:
        if self.kind is OverrideKind.WAIVE_REQUIREMENT and not self.target:
            raise InvalidValueError("target", self.target, "what is waived, e.g. 'essay'")
        if self.kind is OverrideKind.CHANGE_GRADE and not self.grade:
            raise InvalidValueError("grade", self.grade, "the new grade code, e.g. 'good'")


@attrs.frozen(kw_only=True)
class StudyGroup:
    """A study group (学习小组) and its members' trainee ids."""

    name: str = attrs.field(validator=v.text)
    members: tuple[str, ...] = attrs.field(validator=v.tuple_of(v.ident))
    leader: str | None = attrs.field(default=None, validator=v.optional(v.ident))


@attrs.frozen(kw_only=True)
class CommitteeMember:
    """A post on the class committee (班委) held by a trainee."""

    trainee: str = attrs.field(validator=v.ident)
    post: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True)
class InstrumentResponse:
    """A trainee's response to an evaluation instrument, on a date."""

    instrument: str = attrs.field(validator=v.ident)
    trainee: str = attrs.field(validator=v.ident)
    on: dt.date = attrs.field(validator=v.a_date)
