"""A trainee's attendance summary: scheduled, attended, excused and unexcused minutes.

Pure and exact (int minutes, ``Fraction`` shares). Only instructional
sessions are scheduled (an opening ceremony is not a class); a session the
trainee was not yet enrolled for, or was waived from, is not scheduled for
them (a late joiner is not absent before enrolment). Of each scheduled
session the minutes actually attended count as attended (a late arrival or
early departure records its minutes); the rest are *excused* when an
approved leave request covers the session, and *unexcused* otherwise:
pending or refused leave excuses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import AttendanceRecord, AttendanceStatus, LeaveRequest, LeaveStatus, Session

__all__ = ["AttendanceSummary", "summarise"]

_NOT_SCHEDULED = (AttendanceStatus.NOT_ENROLLED, AttendanceStatus.WAIVED)


def _minutes(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(attribute.name, value, "a whole number of minutes, 0 or more")


@attrs.frozen(kw_only=True)
class AttendanceSummary:
    """Minutes of class a trainee was scheduled for, and what became of them.

    ``scheduled = attended + excused + unexcused``; ``unrecorded`` (no
    attendance record) and ``unapproved_leave`` (leave asked for but not
    approved) are the parts of ``unexcused`` that need explaining.

    >>> s = AttendanceSummary(scheduled=420, attended=360, excused=60)
    >>> s.leave_share, s.attended_share
    (Fraction(1, 7), Fraction(6, 7))
    """

    scheduled: int = attrs.field(validator=_minutes)
    attended: int = attrs.field(validator=_minutes)
    excused: int = attrs.field(default=0, validator=_minutes)
    unexcused: int = attrs.field(default=0, validator=_minutes)
    unrecorded: int = attrs.field(default=0, validator=_minutes)
    unapproved_leave: int = attrs.field(default=0, validator=_minutes)

    def __attrs_post_init__(self) -> None:
        parts = self.attended + self.excused + self.unexcused
        if parts != self.scheduled:
            raise InvalidValueError(
                "scheduled",
                self.scheduled,
                f"attended + excused + unexcused = {parts} minutes",
            )
        if self.unrecorded + self.unapproved_leave > self.unexcused:
            raise InvalidValueError(
                "unexcused",
                self.unexcused,
                f"at least unrecorded + unapproved_leave = "
                f"{self.unrecorded + self.unapproved_leave} minutes",
            )

    @property
    def leave_share(self) -> Fraction:
        """Approved-leave minutes over scheduled minutes (0 when nothing is scheduled)."""
        return Fraction(self.excused, self.scheduled) if self.scheduled else Fraction(0)

    @property
    def attended_share(self) -> Fraction:
        """Attended minutes over scheduled minutes (1 when nothing is scheduled)."""
        return Fraction(self.attended, self.scheduled) if self.scheduled else Fraction(1)


def summarise(
    sessions: Iterable[Session],
    records: Mapping[str, AttendanceRecord],
    leave: Iterable[LeaveRequest],
) -> AttendanceSummary:
    """One trainee's summary over the instructional ``sessions``.

    ``records`` maps session id to the trainee's attendance record; ``leave``
    is the trainee's leave requests, whatever their status.
    """
    requests = tuple(leave)
    approved = tuple(r for r in requests if r.status is LeaveStatus.APPROVED)
    asked = tuple(r for r in requests if r.status is not LeaveStatus.APPROVED)
    scheduled = attended = excused = unexcused = unrecorded = unapproved = 0
    for session in sessions:
        record = records.get(session.id)
        if record is not None and record.status in _NOT_SCHEDULED:
            continue
        scheduled += session.minutes
        present = _attended(record, session.minutes)
        missed = session.minutes - present
        attended += present
        if not missed:
            continue
        if any(r.covers(session) for r in approved):
            excused += missed
            continue
        unexcused += missed
        on_leave = record is not None and record.status is AttendanceStatus.ON_LEAVE
        if on_leave or any(r.covers(session) for r in asked):
            unapproved += missed
        elif record is None:
            unrecorded += missed
    return AttendanceSummary(
        scheduled=scheduled,
        attended=attended,
        excused=excused,
        unexcused=unexcused,
        unrecorded=unrecorded,
        unapproved_leave=unapproved,
    )


def _attended(record: AttendanceRecord | None, length: int) -> int:
    if record is None:
        return 0
    if record.minutes is not None:
        return min(record.minutes, length)
    return length if record.status is AttendanceStatus.PRESENT else 0
