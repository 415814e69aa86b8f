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

from collections.abc import Collection, Container, Iterable, Mapping
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import AttendanceRecord, AttendanceStatus, LeaveRequest, LeaveStatus, Session
from cadretrain.model import _validators as v

__all__ = ["AttendanceSummary", "Minutes", "summarise", "tally"]

_NOT_SCHEDULED = (AttendanceStatus.NOT_ENROLLED, AttendanceStatus.WAIVED)
_PRESENT = AttendanceStatus.PRESENT
_ON_LEAVE = AttendanceStatus.ON_LEAVE
_NOT_ENROLLED, _WAIVED = _NOT_SCHEDULED

Minutes = tuple[int, int, int, int, int, int]
"""``(scheduled, attended, excused, unexcused, unrecorded, unapproved_leave)``."""


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

    scheduled: int = attrs.field(validator=v.non_negative_int)
    attended: int = attrs.field(validator=v.non_negative_int)
    excused: int = attrs.field(default=0, validator=v.non_negative_int)
    unexcused: int = attrs.field(default=0, validator=v.non_negative_int)
    unrecorded: int = attrs.field(default=0, validator=v.non_negative_int)
    unapproved_leave: int = attrs.field(default=0, validator=v.non_negative_int)

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


def tally(
    records: Collection[AttendanceRecord],
    lengths: Mapping[str, int],
    approved: Container[str],
    asked: Container[str],
) -> Minutes:
    """The minutes :func:`summarise` counts, from one pass over one trainee's records.

    ``records`` are the trainee's (at most one per session, as a
    :class:`~cadretrain.model.Cohort` ensures); ``lengths`` maps each
    instructional session's id to its minutes;
    ``approved`` and ``asked`` hold the ids of the instructional sessions that
    the trainee's approved, and other, leave requests cover. The cohort-wide
    pass (:func:`~cadretrain.evaluation.facts.gather_facts`) computes these
    once, so a trainee costs one look-up per record instead of one scan of
    the sessions and of every leave request per session. Equal to
    :func:`summarise` (a property test checks it).
    """
    scheduled = attended = excused = unexcused = unrecorded = unapproved = seen = 0
    for record in records:
        session = record.session
        length = lengths.get(session)
        if length is None:
            continue
        seen += 1
        status = record.status
        minutes = record.minutes
        if status is _PRESENT and minutes is None:
            scheduled += length
            attended += length
            continue
        if status is _NOT_ENROLLED or status is _WAIVED:
            continue
        scheduled += length
        present = 0 if minutes is None else minutes if minutes < length else length
        attended += present
        missed = length - present
        if not missed:
            continue
        if session in approved:
            excused += missed
        else:
            unexcused += missed
            if status is _ON_LEAVE or session in asked:
                unapproved += missed
    if seen < len(lengths):  # a cohort holds one record per trainee and session
        recorded = {record.session for record in records}
        for session, length in lengths.items():
            if session in recorded:
                continue
            scheduled += length
            if session in approved:
                excused += length
            else:
                unexcused += length
                if session in asked:
                    unapproved += length
                else:
                    unrecorded += length
    return scheduled, attended, excused, unexcused, unrecorded, unapproved
