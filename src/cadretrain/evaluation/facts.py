"""What the trainee-scope checks judge: a cohort's facts as columns, one row per trainee.

:func:`~cadretrain.evaluation.gathering.gather` reads each record table's columns once (the ones
the record tables of :mod:`cadretrain.model` expose: codes into interned
ids and enums, minutes, ordinal days) and works out, per trainee in
trainee-id order, the attendance minutes, the marks and the weighted
total. A check reads the columns it needs (:class:`FactColumns`); a
check written per trainee reads one :class:`TraineeRow` at a time.

Exact throughout: minutes are ``int64``; a score is an ``int64`` scaled by
:data:`SCALE` (a score has at most four decimal places); a total is an
integer numerator over :attr:`FactColumns.denominator`. The model's bounds
(``docs/evaluation.md``) keep every product below 2**63.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import Any, NamedTuple

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.evaluation.attendance_summary import AttendanceSummary
from cadretrain.model import (
    AssessmentScheme,
    Cohort,
    Score,
    Submission,
    SubmissionKind,
    Trainee,
)
from cadretrain.model._trusted import maker

__all__ = ["SCALE", "FactColumns", "Minutes", "TraineeRow", "trainee_path"]

Ints = npt.NDArray[np.int64]
Codes = npt.NDArray[np.int32]
Flags = npt.NDArray[np.bool_]
Column = npt.NDArray[np.signedinteger[Any]]
"""A table's integer column, whatever its width (codes, minutes, ordinals)."""

SCALE = 10_000
"""Scores are held as integers in ten-thousandths (the model refuses a fifth decimal place)."""


class Minutes(NamedTuple):
    """One row's attendance minutes, as plain ints."""

    scheduled: int
    attended: int
    excused: int
    unexcused: int
    unrecorded: int
    unapproved_leave: int


def trainee_path(trainee_id: str) -> str:
    """The report path of a trainee: ``cohort.trainees[t-017]``."""
    return f"cohort.trainees[{trainee_id}]"


@attrs.frozen(kw_only=True)
class TraineeRow:
    """One trainee in one cohort, as a check written per trainee reads it.

    ``submissions`` and ``scores`` are the trainee's own, in a canonical order
    (by kind and date; by component and value) so that no verdict depends on
    the order the cohort recorded them in. ``marks`` is the score on each of
    the scheme's components that has one, in the scheme's order (the highest,
    if recorded twice); ``total`` is their weighted total (``None`` without a
    scheme or with a component unscored).
    """

    trainee: Trainee
    cohort: Cohort = attrs.field(repr=False, eq=False)
    summary: AttendanceSummary
    submissions: tuple[Submission, ...] = ()
    scores: tuple[Score, ...] = ()
    marks: tuple[tuple[str, Decimal], ...] = ()
    total: Fraction | None = None

    @property
    def path(self) -> str:
        """``cohort.trainees[<id>]``: where findings about the trainee point."""
        return trainee_path(self.trainee.id)

    @property
    def scheme(self) -> AssessmentScheme | None:
        """The programme's assessment scheme, if it has one."""
        return self.cohort.programme.scheme

    @property
    def end(self) -> dt.date:
        """The cohort's last day, from which deliverables and instruments fall due."""
        return self.cohort.end

    def submitted(self, kind: SubmissionKind) -> tuple[Submission, ...]:
        """The trainee's submissions of ``kind``, earliest first."""
        return tuple(s for s in self.submissions if s.kind is kind)

    def score(self, component: str) -> Decimal | None:
        """The trainee's score on ``component`` (the highest, if recorded twice).

        Of equal values written differently (85, 85.0) the one whose text
        sorts last counts, whatever the records' order, as in ``marks``.
        """
        values = [s.value for s in self.scores if s.component == component]
        return max(values, key=_as_written) if values else None


@attrs.frozen(kw_only=True, eq=False)
class FactColumns:
    """A cohort's facts, one row per trainee in trainee-id order: what trainee checks read.

    Attendance: ``scheduled = attended + excused + unexcused + unrecorded``
    minutes; ``unapproved_leave`` is the part of ``unexcused`` recorded as
    leave that was not approved, and ``unrecorded`` is only ever non-zero
    when the cohort records every session (a record is missing).
    Scores: ``marks[row, j]`` is the mark on ``components[j]`` times
    :data:`SCALE` and ``mark_codes[row, j]`` its index into ``values`` (the
    distinct values as written; -1: unscored). ``totals[row]`` over
    ``denominator`` is the weighted total where ``has_total[row]``.
    Submissions: one entry per record, ``submission_rows`` naming the row.
    """

    cohort: Cohort
    trainees: tuple[Trainee, ...]
    ids: tuple[str, ...]
    scheduled: Ints
    attended: Ints
    excused: Ints
    unexcused: Ints
    unrecorded: Ints
    unapproved_leave: Ints
    truant_sessions: Ints
    """Per row: sessions scheduled, recorded and missed whole without approved leave."""
    missing: Flags
    """Per row and instructional session (``session_ids``): no record where one was due."""
    session_ids: tuple[str, ...]
    components: tuple[str, ...]
    values: tuple[Decimal, ...]
    mark_codes: Codes
    marks: npt.NDArray[Any]
    has_total: Flags
    cancelled: Flags
    """Per row and component: the score cancelled by ghost-written or plagiarised work."""
    totals: npt.NDArray[Any]
    denominator: int
    weights: tuple[int, ...]
    """The components' weights as numerators over ``denominator // SCALE``."""
    submissions: Sequence[Submission]
    submission_rows: Codes
    """Each submission's row (-1: a trainee not in the cohort)."""
    submission_index: tuple[tuple[int, ...], ...] = attrs.field(repr=False)
    """Per row, the positions of its submissions."""
    submission_kinds: Codes
    submission_reviews: Codes
    submission_days: Ints
    scores: Sequence[Score]
    score_index: tuple[tuple[int, ...], ...] = attrs.field(repr=False)
    """Per row, the positions of its scores."""

    def __len__(self) -> int:
        return len(self.ids)

    def path(self, row: int) -> str:
        """The report path of ``row``'s trainee."""
        return trainee_path(self.ids[row])

    def missing_sessions(self, row: int) -> tuple[str, ...]:
        """The sessions ``row`` has no attendance record for, where one was due."""
        ids = self.session_ids
        return tuple(ids[j] for j in np.flatnonzero(self.missing[row]).tolist())

    def cancelled_components(self, row: int) -> tuple[str, ...]:
        """The components whose score ``row``'s ghost-written or plagiarised work cancelled."""
        codes = self.components
        return tuple(codes[j] for j in np.flatnonzero(self.cancelled[row]).tolist())

    def minutes(self, row: int) -> Minutes:
        """``row``'s attendance minutes as plain ints."""
        return Minutes(*(int(column[row]) for column in self._minute_columns))

    @property
    def _minute_columns(self) -> tuple[Ints, ...]:
        return (
            self.scheduled,
            self.attended,
            self.excused,
            self.unexcused,
            self.unrecorded,
            self.unapproved_leave,
        )

    def summary(self, row: int) -> AttendanceSummary:
        """``row``'s attendance summary."""
        return _summary(*self.minutes(row))

    def summaries(self) -> list[AttendanceSummary]:
        """Every row's attendance minutes, in row order."""
        return list(
            map(
                _summary,
                self.scheduled.tolist(),
                self.attended.tolist(),
                self.excused.tolist(),
                self.unexcused.tolist(),
                self.unrecorded.tolist(),
                self.unapproved_leave.tolist(),
            )
        )

    def all_marks(self) -> list[tuple[tuple[str, Decimal], ...]]:
        """Every row's marks (as :meth:`marks_of` gives them), in row order."""
        # the (component, value) pairs decoded from the columns' codes, one per code
        pairs = [[(code, value) for value in self.values] for code in self.components]
        return [
            tuple(decoded[c] for decoded, c in zip(pairs, codes, strict=True) if c >= 0)
            for codes in self.mark_codes.tolist()
        ]

    def mark(self, row: int, j: int) -> Decimal | None:
        """``row``'s mark on ``components[j]`` as written, or ``None``."""
        code = int(self.mark_codes[row, j])
        return None if code < 0 else self.values[code]

    def marks_of(self, row: int) -> tuple[tuple[str, Decimal], ...]:
        """``row``'s marks as ``(component, value)`` pairs, in the scheme's order."""
        values = self.values
        return tuple(
            (code, values[c])
            for code, c in zip(self.components, self.mark_codes[row].tolist(), strict=True)
            if c >= 0
        )

    def total(self, row: int) -> Fraction | None:
        """``row``'s weighted total, or ``None``."""
        if not self.has_total[row]:
            return None
        return Fraction(int(self.totals[row]), self.denominator)

    def submitted(self, row: int) -> tuple[Submission, ...]:
        """``row``'s submissions, by kind, date, review state and title."""
        mine = tuple(map(self.submissions.__getitem__, self.submission_index[row]))
        return mine if len(mine) < 2 else tuple(sorted(mine, key=_submission_order))

    def row(self, row: int) -> TraineeRow:
        """``row`` as a :class:`TraineeRow` (what a check written per trainee reads)."""
        scores = map(self.scores.__getitem__, self.score_index[row])
        return TraineeRow(
            trainee=self.trainees[row],
            cohort=self.cohort,
            summary=self.summary(row),
            submissions=self.submitted(row),
            scores=tuple(sorted(scores, key=_written_order)),
            marks=self.marks_of(row),
            total=self.total(row),
        )


_summary = maker(AttendanceSummary)
"""An attendance summary of minutes this module counted from a table's checked columns."""


_id = attrgetter("id")


def _as_written(value: Decimal) -> tuple[Decimal, str]:
    return (value, str(value))


def _written_order(s: Score) -> tuple[str, Decimal, str]:
    """Scores by component and value, equal values by their text (85 before 85.0)."""
    return (s.component, s.value, str(s.value))


def _submission_order(s: Submission) -> tuple[str, dt.date, str, str]:
    return (s.kind.value, s.submitted_on, s.review.value, s.title)
