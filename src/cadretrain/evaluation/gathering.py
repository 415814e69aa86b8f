"""Gathering a cohort's fact columns from its record tables: one pass, then array work.

:func:`gather` reads the attendance, leave, submission and score tables'
own columns (:mod:`cadretrain.model.tables`), counts each trainee's minutes,
works out each trainee's marks and weighted total as integers, and returns
the :class:`~cadretrain.evaluation.facts.FactColumns` every trainee-scope
check judges.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from cadretrain.evaluation.facts import (
    SCALE,
    Codes,
    Column,
    FactColumns,
    Flags,
    Ints,
    _id,
)
from cadretrain.model import (
    AttendanceRecording,
    AttendanceStatus,
    AttendanceTable,
    Cohort,
    LeaveStatus,
    LeaveTable,
    ReviewState,
    ScoreTable,
    SubmissionKind,
    SubmissionTable,
)

__all__ = ["gather"]

_WIDE = 10**8
"""Weights over a larger common denominator are summed as Python integers (no overflow)."""

_STATUSES = tuple(AttendanceStatus)
_PRESENT, _ON_LEAVE = (
    _STATUSES.index(AttendanceStatus.PRESENT),
    _STATUSES.index(AttendanceStatus.ON_LEAVE),
)
_UNSCHEDULED = (
    _STATUSES.index(AttendanceStatus.NOT_ENROLLED),
    _STATUSES.index(AttendanceStatus.WAIVED),
)
_APPROVED = tuple(LeaveStatus).index(LeaveStatus.APPROVED)
_EXCEPTIONS_ONLY = AttendanceRecording.EXCEPTIONS_ONLY


def _attendance_columns(
    records: AttendanceTable,
) -> tuple[Column, tuple[str, ...], Column, tuple[str, ...], Column, Column]:
    """``(trainee_codes, trainee_ids, session_codes, session_ids, status_codes, minutes)``.

    The attendance table's own columns (-1 minutes: not given).
    """
    return (
        records.trainee_codes,
        records.trainee_ids,
        records.session_codes,
        records.session_ids,
        records.status_codes,
        records.minutes,
    )


def _leave_columns(
    requests: LeaveTable,
) -> tuple[Column, tuple[str, ...], Column, Column, Column, tuple[str, ...], Column, Column]:
    """``(trainee_codes, trainee_ids, status_codes, first_days, last_days, session_ids,
    session_codes, session_offsets)``: the leave table's own columns."""
    return (
        requests.trainee_codes,
        requests.trainee_ids,
        requests.status_codes,
        requests.first_days,
        requests.last_days,
        requests.session_ids,
        requests.session_codes,
        requests.session_offsets,
    )


def _submission_columns(
    submissions: SubmissionTable,
) -> tuple[Column, tuple[str, ...], Column, Column, Column]:
    """``(trainee_codes, trainee_ids, kind_codes, review_codes, submitted_on)``."""
    return (
        submissions.trainee_codes,
        submissions.trainee_ids,
        submissions.kind_codes,
        submissions.review_codes,
        submissions.submitted_on,
    )


def _score_columns(
    scores: ScoreTable,
) -> tuple[Column, tuple[str, ...], Column, tuple[str, ...], tuple[Decimal, ...], Column]:
    """``(trainee_codes, trainee_ids, component_codes, component_ids, values, value_codes)``.

    ``values`` are the distinct values *as written* (85 and 85.0 apart).
    """
    return (
        scores.trainee_codes,
        scores.trainee_ids,
        scores.component_codes,
        scores.component_ids,
        scores.values,
        scores.value_codes,
    )


def gather(cohort: Cohort) -> FactColumns:
    """The fact columns of ``cohort``: one pass over each record list, then array work.

    >>> from cadretrain.examples import jiangan_2015
    >>> facts = gather(jiangan_2015().cohort)
    >>> len(facts) == len(facts.cohort.trainees)
    True
    """
    trainees = tuple(sorted(cohort.trainees, key=_id))
    ids = tuple(t.id for t in trainees)
    row_of = {tid: row for row, tid in enumerate(ids)}
    register = _minutes(cohort, row_of)
    minutes = register.minutes
    score_columns = _score_columns(cohort.scores)
    score_rows = _rows(score_columns[:2], row_of)
    components, values, mark_codes, marks, has_total, totals, denominator, weights = _scores(
        cohort, score_columns, score_rows
    )
    s_codes, s_ids, kinds, reviews, days = _submission_columns(cohort.submissions)
    submission_rows = _rows((s_codes, s_ids), row_of)
    cancelled = _cancelled(cohort, len(ids), submission_rows, kinds, reviews)
    has_total = has_total & ~cancelled.any(axis=1)
    return FactColumns(
        cohort=cohort,
        trainees=trainees,
        ids=ids,
        scheduled=minutes[0],
        attended=minutes[1],
        excused=minutes[2],
        unexcused=minutes[3],
        unrecorded=minutes[4],
        unapproved_leave=minutes[5],
        truant_sessions=register.truant_sessions,
        missing=register.missing,
        session_ids=register.session_ids,
        components=components,
        values=values,
        mark_codes=mark_codes,
        marks=marks,
        has_total=has_total,
        cancelled=cancelled,
        totals=totals,
        denominator=denominator,
        weights=weights,
        submissions=cohort.submissions,
        submission_rows=submission_rows,
        submission_index=_index(submission_rows, len(ids)),
        submission_kinds=kinds,
        submission_reviews=reviews,
        submission_days=days,
        scores=cohort.scores,
        score_index=_index(score_rows, len(ids)),
    )


_KINDS = tuple(SubmissionKind)
_CANCELLING = tuple(i for i, state in enumerate(ReviewState) if state.cancels_score)


def _cancelled(
    cohort: Cohort, n: int, rows: Codes, kinds: Column, reviews: Column
) -> npt.NDArray[np.bool_]:
    """Per row and component: the score cancelled by ghost-written or plagiarised work.

    Such work cancels the score of each component that names its kind as
    the work it scores, or every score when no component names it (the 2013
    rules' "取消成绩").
    """
    scheme = cohort.programme.scheme
    components = scheme.components if scheme is not None else ()
    cancelled = np.zeros((n, len(components)), dtype=np.bool_)
    if not components or not len(rows):
        return cancelled
    for position in np.flatnonzero(np.isin(reviews, _CANCELLING) & (rows >= 0)).tolist():
        kind = _KINDS[int(kinds[position])]
        named = [j for j, c in enumerate(components) if c.submission is kind]
        cancelled[int(rows[position]), named or slice(None)] = True
    return cancelled


def _rows(interned: tuple[Codes, tuple[str, ...]], row_of: dict[str, int]) -> Codes:
    """Each record's row, from its trainee code and the table's trainee ids (-1: no such row)."""
    codes, tids = interned
    by_code = np.array([row_of.get(t, -1) for t in tids], dtype=np.int32)
    return by_code[codes] if len(codes) else np.zeros(0, dtype=np.int32)


def _index(rows: Codes, n: int) -> tuple[tuple[int, ...], ...]:
    """Per row, the positions of the records that name it, in record order."""
    order = np.argsort(rows, kind="stable")
    bounds = np.searchsorted(rows[order], np.arange(n + 1)).tolist()
    positions = order.tolist()
    return tuple(tuple(positions[a:b]) for a, b in pairwise(bounds))


class _Register(NamedTuple):
    """Per row: the minute columns, whole sessions truanted; per cell: records missing."""

    minutes: tuple[Ints, ...]
    truant_sessions: Ints
    missing: Flags
    session_ids: tuple[str, ...]


def _minutes(cohort: Cohort, row_of: dict[str, int]) -> _Register:
    """Per row: scheduled, attended, excused, unexcused, unrecorded and unapproved-leave minutes.

    Worked out on a trainees × instructional sessions grid: a session the
    trainee was not enrolled for, or was waived from, is not scheduled; the
    minutes not attended are excused under approved leave. A session with
    neither an attendance record nor approved leave was attended when the
    cohort records exceptions only, and is *unrecorded* (neither attended
    nor missed: unknown) when it records every session. Whatever else was
    missed is unexcused; ``unapproved_leave`` is the part recorded as leave
    that was not approved. A *truant* session is one scheduled, recorded and
    missed whole without approved leave.
    """
    sessions = cohort.instructional_sessions()
    n, m = len(row_of), len(sessions)
    column_of = {s.id: j for j, s in enumerate(sessions)}
    length = np.array([s.minutes for s in sessions], dtype=np.int64).reshape(1, m)
    status = np.full((n, m), -1, dtype=np.int8)
    given = np.full((n, m), -1, dtype=np.int64)
    tcodes, tids, scodes, sids, statuses, minutes = _attendance_columns(cohort.attendance)
    if len(tcodes):
        rows = _rows((tcodes, tids), row_of)
        cols = np.array([column_of.get(s, -1) for s in sids], dtype=np.int32)[scodes]
        keep = (rows >= 0) & (cols >= 0)
        status[rows[keep], cols[keep]] = statuses[keep]
        given[rows[keep], cols[keep]] = minutes[keep]
    approved = _approved(cohort, row_of, sessions, column_of)
    unscheduled = (status == _UNSCHEDULED[0]) | (status == _UNSCHEDULED[1])
    scheduled = np.where(unscheduled, 0, length)
    recorded = status >= 0
    silent = ~recorded & ~approved  # no record, no approved leave
    assumed = silent if cohort.attendance_recording is _EXCEPTIONS_ONLY else np.zeros_like(silent)
    present = np.where(
        given >= 0,
        np.minimum(given, length),
        np.where((status == _PRESENT) | assumed, length, 0),
    )
    present = np.where(unscheduled, 0, present)
    missed = scheduled - present
    excused = np.where(approved, missed, 0)
    missing = silent & ~assumed & (scheduled > 0)
    unrecorded = np.where(missing, missed, 0)
    unexcused = missed - excused - unrecorded
    unapproved = np.where(status == _ON_LEAVE, unexcused, 0)
    truant = recorded & ~approved & (scheduled > 0) & (present == 0)
    totals = tuple(
        part.sum(axis=1, dtype=np.int64)
        for part in (scheduled, present, excused, unexcused, unrecorded, unapproved)
    )
    return _Register(
        minutes=totals,
        truant_sessions=truant.sum(axis=1, dtype=np.int64),
        missing=missing,
        session_ids=tuple(s.id for s in sessions),
    )


def _approved(
    cohort: Cohort, row_of: dict[str, int], sessions: Sequence[Any], column_of: dict[str, int]
) -> Flags:
    """The sessions (columns) each row's approved leave requests cover."""
    n, m = len(row_of), len(sessions)
    approved = np.zeros((n, m), dtype=np.bool_)
    tcodes, tids, statuses, first, last, sids, scodes, offsets = _leave_columns(cohort.leave)
    if not len(tcodes) or not m:
        return approved
    days = np.array([s.on.toordinal() for s in sessions], dtype=np.int64)
    dated = (first >= 0) & (last >= 0)
    covers = dated[:, None] & (first[:, None] <= days) & (days <= last[:, None])
    if len(scodes):
        named = np.array([column_of.get(s, -1) for s in sids], dtype=np.int32)[scodes]
        owner = np.repeat(np.arange(len(tcodes)), np.diff(offsets))
        keep = named >= 0
        covers[owner[keep], named[keep]] = True
    rows = _rows((tcodes, tids), row_of)
    chosen = (statuses == _APPROVED) & (rows >= 0)
    np.logical_or.at(approved, rows[chosen], covers[chosen])
    return approved


def _scores(
    cohort: Cohort,
    columns: tuple[Codes, tuple[str, ...], Codes, tuple[str, ...], tuple[Decimal, ...], Codes],
    rows: Codes,
) -> tuple[
    tuple[str, ...],
    tuple[Decimal, ...],
    Codes,
    npt.NDArray[Any],
    Flags,
    npt.NDArray[Any],
    int,
    tuple[int, ...],
]:
    """Components, values as written, mark codes, scaled marks, totals and their denominator."""
    scheme = cohort.programme.scheme
    n = len(cohort.trainees)
    scored = scheme.components if scheme is not None else ()
    components = tuple(c.code for c in scored)
    k = len(components)
    common = math.lcm(*(c.weight.denominator for c in scored)) if k else 1
    weights = tuple(c.weight.numerator * (common // c.weight.denominator) for c in scored)
    wide = common > _WIDE
    dtype: Any = object if wide else np.int64
    _, _, ccodes, cids, values, vcodes = columns
    best = np.full((n, k), -1, dtype=np.int64)
    scaled = [int(v.scaleb(4)) for v in values]
    if len(rows) and k:
        # rank the distinct values by (value, text): the highest counts, equal ones by text
        order = sorted(range(len(values)), key=lambda i: (values[i], str(values[i])))
        rank = np.empty(len(values), dtype=np.int64)
        rank[order] = np.arange(len(values))
        column_of = {code: j for j, code in enumerate(components)}
        cols = np.array([column_of.get(c, -1) for c in cids], dtype=np.int32)[ccodes]
        keep = (rows >= 0) & (cols >= 0)
        np.maximum.at(best, (rows[keep], cols[keep]), rank[vcodes[keep]])
        by_rank = np.array(order, dtype=np.int32)
        mark_codes = np.where(best >= 0, by_rank[np.maximum(best, 0)], -1).astype(np.int32)
    else:
        mark_codes = best.astype(np.int32)
    table = np.array([*scaled, 0], dtype=dtype)  # the last entry: unscored
    marks = table[np.where(mark_codes >= 0, mark_codes, len(scaled))]
    has_total = np.logical_and.reduce(mark_codes >= 0, axis=1) & (k > 0)
    totals = (marks * np.array(weights, dtype=dtype).reshape(1, k)).sum(axis=1, dtype=dtype)
    return (
        components,
        values,
        mark_codes,
        marks,
        has_total,
        totals,
        SCALE * common,
        weights,
    )
