"""A plain numpy judgement: the outcomes and grades of ``ct.evaluate``, no findings, from columns.

The floor for bulk judging (issue 33: "bulk judging of a loaded cohort ≤ 3×
a plain numpy judgement"). :func:`columns` reads a loaded cohort, through the
public domain types only, into integer columns (one row per attendance
record; approved leave as ``(trainee, session)`` keys; one row per
submission; a trainee × component matrix of scores scaled to integers) and
the scheme's numbers as integers; building them is *not* timed. :func:`judge`
is: it tallies each trainee's scheduled and excused minutes, applies the
rules of ``CADRE_TRAINING_EVALUATION`` (leave at most 1/7 of the scheduled
minutes, the deliverables, pass marks and grade bands, the top-grade quota
ranked by total then trainee id) in exact integer arithmetic, and returns an
outcome code and a grade index per trainee (in trainee-id order).

Its scope is the benchmark's cohorts: one attendance record per trainee and
instructional session, no overrides; :func:`columns` refuses anything else.
:func:`outcomes` must equal ``ct.evaluate``'s before anything is timed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import numpy.typing as npt

import cadretrain as ct

from ._naive import MAX_LEAVE_SHARE

__all__ = ["OUTCOMES", "Columns", "columns", "judge", "outcomes"]

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
OUTCOMES = (
    ct.Outcome.WITHDRAWN,
    ct.Outcome.INCOMPLETE,
    ct.Outcome.ATTENDANCE_ONLY,
    ct.Outcome.FAILED,
    ct.Outcome.COMPLETED,
)
"""Outcome codes, most serious first: :func:`judge` returns indexes into this."""
_STATUS = {status: code for code, status in enumerate(ct.AttendanceStatus)}
_PRESENT = _STATUS[ct.AttendanceStatus.PRESENT]
_UNSCHEDULED = (_STATUS[ct.AttendanceStatus.NOT_ENROLLED], _STATUS[ct.AttendanceStatus.WAIVED])


@dataclass(frozen=True)
class Columns:
    """A cohort as integer columns, and its scheme's numbers as integers."""

    ids: tuple[str, ...]
    """Trainee ids in order: trainee ``i`` of every column is ``ids[i]``."""
    record_trainee: Ints
    record_key: Ints
    """``trainee * sessions + session``, as ``approved`` holds them."""
    record_status: Ints
    record_length: Ints
    record_minutes: Ints
    """Minutes attended as recorded, -1 where none."""
    approved: Ints
    """Sorted keys of the ``(trainee, session)`` pairs an approved leave request covers."""
    submission_trainee: Ints
    submission_kind: Ints
    submission_day: Ints
    """Date ordinals."""
    submission_accepted: Bools
    deliverables: tuple[tuple[int, int, bool], ...]
    """Each required deliverable: kind code, due date's ordinal, review required."""
    scores: Ints
    """Trainee × component, scaled by ``score_scale``; -1 where missing."""
    score_scale: int
    weights: Ints
    """Weight numerators over ``weight_denominator``."""
    weight_denominator: int
    marks: tuple[tuple[int, int, int], ...]
    """Each pass mark: component position, and the mark as ``(numerator, denominator)``."""
    levels: tuple[tuple[int, int], ...]
    """Each grade level's minimum, best first, as ``(numerator, denominator)``."""
    passing: Bools
    """Each grade level's ``passing``."""
    quota: tuple[int, int] | None
    """The top-grade share as ``(numerator, denominator)``, if any."""


def _ints(values: list[int]) -> Ints:
    return np.array(values, dtype=np.int64)


def columns(cohort: ct.Cohort) -> Columns:
    """The cohort's columns; refuses a cohort outside this judgement's scope."""
    scheme = cohort.programme.scheme
    if scheme is None or not scheme.components or cohort.overrides:
        raise ValueError("the numpy judgement needs a scheme with components and no overrides")
    ids = tuple(sorted(t.id for t in cohort.trainees))
    trainee = {tid: i for i, tid in enumerate(ids)}
    sessions = cohort.instructional_sessions()
    session = {s.id: j for j, s in enumerate(sessions)}
    records = [r for r in cohort.attendance if r.session in session]
    if len(records) != len(ids) * len(sessions):
        raise ValueError("the numpy judgement needs one record per trainee and session")
    approved = sorted(
        trainee[r.trainee] * len(sessions) + j
        for r in cohort.leave
        if r.status is ct.LeaveStatus.APPROVED
        for j, s in enumerate(sessions)
        if r.covers(s)
    )
    kinds = {kind: code for code, kind in enumerate(ct.SubmissionKind)}
    components = {c.code: k for k, c in enumerate(scheme.components)}
    score_scale = math.lcm(*(s.value.as_integer_ratio()[1] for s in cohort.scores))
    scores = np.full((len(ids), len(components)), -1, dtype=np.int64)
    for s in cohort.scores:
        scores[trainee[s.trainee], components[s.component]] = int(s.value * score_scale)
    denominator = math.lcm(*(c.weight.denominator for c in scheme.components))
    share = scheme.top_grade_share
    return Columns(
        ids=ids,
        record_trainee=_ints([trainee[r.trainee] for r in records]),
        record_key=_ints(
            [trainee[r.trainee] * len(sessions) + session[r.session] for r in records]
        ),
        record_status=_ints([_STATUS[r.status] for r in records]),
        record_length=_ints([sessions[session[r.session]].minutes for r in records]),
        record_minutes=_ints([-1 if r.minutes is None else r.minutes for r in records]),
        approved=_ints(approved),
        submission_trainee=_ints([trainee[s.trainee] for s in cohort.submissions]),
        submission_kind=_ints([kinds[s.kind] for s in cohort.submissions]),
        submission_day=_ints([s.submitted_on.toordinal() for s in cohort.submissions]),
        submission_accepted=np.array(
            [s.review is ct.ReviewState.ACCEPTED for s in cohort.submissions], dtype=np.bool_
        ),
        deliverables=tuple(
            (kinds[d.kind], d.due(cohort.end).toordinal(), d.review_required)
            for d in scheme.deliverables
        ),
        scores=scores,
        score_scale=score_scale,
        weights=_ints(
            [c.weight.numerator * (denominator // c.weight.denominator) for c in scheme.components]
        ),
        weight_denominator=denominator,
        marks=tuple(
            (k, *c.pass_mark.as_integer_ratio())
            for k, c in enumerate(scheme.components)
            if c.pass_mark is not None
        ),
        levels=tuple(level.min_score.as_integer_ratio() for level in scheme.scale.levels),
        passing=np.array([level.passing for level in scheme.scale.levels], dtype=np.bool_),
        quota=None if share is None else (share.numerator, share.denominator),
    )


def judge(c: Columns, max_leave: Fraction = MAX_LEAVE_SHARE) -> tuple[Ints, Ints]:
    """Each trainee's outcome code (into :data:`OUTCOMES`) and grade index (best first)."""
    n = len(c.ids)
    status, length, minutes = c.record_status, c.record_length, c.record_minutes
    counted = (status != _UNSCHEDULED[0]) & (status != _UNSCHEDULED[1])
    attended = np.where(
        minutes >= 0, np.minimum(minutes, length), np.where(status == _PRESENT, length, 0)
    )
    missed = np.where(counted, length - attended, 0)
    covered = np.isin(c.record_key, c.approved, assume_unique=False)
    # bincount sums in float64: exact, as every sum stays far below 2**53 minutes
    scheduled = np.bincount(c.record_trainee, np.where(counted, length, 0), n).astype(np.int64)
    excused = np.bincount(c.record_trainee, np.where(covered, missed, 0), n).astype(np.int64)
    withdrawn = excused * max_leave.denominator > scheduled * max_leave.numerator
    # 2013 rules: one whole session missed without approved leave withdraws
    truant = counted & (attended == 0) & ~covered & (length > 0)
    withdrawn |= np.bincount(c.record_trainee, truant, n) > 0

    handed = np.ones(n, dtype=np.bool_)
    for kind, due, review in c.deliverables:
        ok = (c.submission_kind == kind) & (c.submission_day <= due)
        if review:
            ok &= c.submission_accepted
        done = np.zeros(n, dtype=np.bool_)
        done[c.submission_trainee[ok]] = True
        handed &= done

    incomplete = (c.scores < 0).any(axis=1)
    total = c.scores @ c.weights  # over score_scale * weight_denominator
    scale = c.score_scale * c.weight_denominator
    reached = np.stack([total * d >= m * scale for m, d in c.levels], axis=1)
    level = np.where(reached.any(axis=1), reached.argmax(axis=1), len(c.levels) - 1)
    failed = ~c.passing[level]
    for k, m, d in c.marks:
        failed |= c.scores[:, k] * d < m * c.score_scale

    outcome = np.select([withdrawn, incomplete, ~handed, failed], [0, 1, 2, 3], default=4).astype(
        np.int64
    )
    completed = outcome == 4
    grade = np.where(completed, level, len(c.levels) - 1)
    if c.quota is not None:
        quota = c.quota[0] * int(completed.sum()) // c.quota[1]
        holders = np.flatnonzero(completed & (grade == 0))
        if len(holders) > quota:  # by total, highest first
            ranked = holders[np.lexsort((holders, -total[holders]))]
            grade[ranked[quota:]] = 1
            if quota and total[ranked[quota - 1]] == total[ranked[quota]]:
                # a tie across the line is referred for decision: grade pending (-1)
                grade[ranked[total[ranked] == total[ranked[quota]]]] = -1
    return outcome, grade


def outcomes(
    c: Columns, judged: tuple[Ints, Ints], grades: tuple[str, ...]
) -> dict[str, tuple[ct.Outcome, str | None]]:
    """``{trainee id: (outcome, grade code)}``, to compare with ``ct.evaluate``'s."""
    outcome, grade = judged
    return {
        tid: (OUTCOMES[o], grades[g] if g >= 0 else None)
        for tid, o, g in zip(c.ids, outcome.tolist(), grade.tolist(), strict=True)
    }
