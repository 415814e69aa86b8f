"""A trainee's attendance summary: scheduled, attended, excused and unexcused minutes.

Pure and exact (int minutes, ``Fraction`` shares). Only instructional
sessions are scheduled (an opening ceremony is not a class); a session the
trainee was not yet enrolled for, or was waived from, is not scheduled for
them (a late joiner is not absent before enrolment). Of each scheduled
session the minutes actually attended count as attended (a late arrival or
early departure records its minutes); the rest are *excused* when an
approved leave request covers the session, *unrecorded* when the cohort
records every session and no record was made (unknown: the trainee cannot
be judged on it), and *unexcused* otherwise: pending or refused leave
excuses nothing.
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import _validators as v

__all__ = ["AttendanceSummary"]


@attrs.frozen(kw_only=True)
class AttendanceSummary:
    """Minutes of class a trainee was scheduled for, and what became of them.

    ``scheduled = attended + excused + unexcused + unrecorded``;
    ``unrecorded`` minutes had no attendance record where the cohort records
    every session (neither attended nor missed: unknown), and
    ``unapproved_leave`` (recorded as leave, not approved) is the part of
    ``unexcused`` that needs explaining.

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
        parts = self.attended + self.excused + self.unexcused + self.unrecorded
        if parts != self.scheduled:
            raise InvalidValueError(
                "scheduled",
                self.scheduled,
                f"attended + excused + unexcused + unrecorded = {parts} minutes",
            )
        if self.unapproved_leave > self.unexcused:
            raise InvalidValueError(
                "unexcused",
                self.unexcused,
                f"at least unapproved_leave = {self.unapproved_leave} minutes",
            )

    @property
    def leave_share(self) -> Fraction:
        """Approved-leave minutes over scheduled minutes (0 when nothing is scheduled)."""
        return Fraction(self.excused, self.scheduled) if self.scheduled else Fraction(0)

    @property
    def attended_share(self) -> Fraction:
        """Attended minutes over scheduled minutes (1 when nothing is scheduled)."""
        return Fraction(self.attended, self.scheduled) if self.scheduled else Fraction(1)
