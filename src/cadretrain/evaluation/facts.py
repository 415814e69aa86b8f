"""What the trainee-scope checks judge: one trainee's facts, gathered once.

:func:`trainee_facts` indexes the cohort's records by trainee in one pass
(attendance, leave, submissions, scores), so a cohort of thousands of
trainees costs one scan of each record list, never a scan per trainee. Every check of scope ``TRAINEE`` receives one
:class:`TraineeFacts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import TypeVar

import attrs

from cadretrain.evaluation._unchecked import setters
from cadretrain.evaluation.attendance import AttendanceSummary, Minutes, tally
from cadretrain.evaluation.grading import weighted_total
from cadretrain.model import (
    AssessmentScheme,
    AttendanceRecord,
    Cohort,
    LeaveRequest,
    LeaveStatus,
    Score,
    Session,
    Submission,
    SubmissionKind,
    Trainee,
)

__all__ = ["TraineeFacts", "scores_of", "total_of", "trainee_facts", "trainee_path"]


def trainee_path(trainee_id: str) -> str:
    """The report path of a trainee: ``cohort.trainees[t-017]``."""
    return f"cohort.trainees[{trainee_id}]"


@attrs.frozen(kw_only=True)
class TraineeFacts:
    """One trainee in one cohort: attendance summary, work handed in, scores.

    ``submissions`` and ``scores`` are the trainee's own, in a canonical order
    (by kind and date; by component and value) so that no verdict depends on
    the order the cohort recorded them in.
    """

    trainee: Trainee
    cohort: Cohort = attrs.field(repr=False, eq=False)
    summary: AttendanceSummary
    submissions: tuple[Submission, ...] = ()
    scores: tuple[Score, ...] = ()

    @property
    def path(self) -> str:
        """``cohort.trainees[<id>]``."""
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
        """The trainee's score on ``component`` (the highest, if recorded twice)."""
        values = [s.value for s in self.scores if s.component == component]
        return max(values) if values else None


def total_of(facts: TraineeFacts) -> Fraction | None:
    """The trainee's weighted total (``None`` without a scheme or with a score missing)."""
    scheme = facts.scheme
    if scheme is None:
        return None
    return weighted_total(scheme, ((c.code, facts.score(c.code)) for c in scheme.components))


def scores_of(facts: TraineeFacts) -> tuple[tuple[str, Decimal], ...]:
    """The trainee's score on each scheme component that has one, in the scheme's order."""
    scheme = facts.scheme
    return tuple(
        (c.code, value)
        for c in (scheme.components if scheme else ())
        if (value := facts.score(c.code)) is not None
    )


def trainee_facts(cohort: Cohort) -> tuple[TraineeFacts, ...]:
    """The facts of every trainee in ``cohort``, in trainee-id order.

    One pass over each record list: session lengths, the sessions each leave
    request covers and equal attendance summaries are computed once per
    cohort and shared, so the cost per trainee does not grow with the
    cohort (see ``docs/scale.md``).
    """
    sessions = cohort.instructional_sessions()
    lengths = {s.id: s.minutes for s in sessions}
    trainees = sorted(cohort.trainees, key=_id)
    records: dict[str, list[AttendanceRecord]] = {t.id: [] for t in trainees}
    for record in cohort.attendance:
        records[record.trainee].append(record)
    leave = _by_trainee(cohort.leave)
    submissions = _by_trainee(cohort.submissions)
    scores = _by_trainee(cohort.scores)
    covered = _Coverage(sessions)
    summaries: dict[Minutes, AttendanceSummary] = {}
    gathered: list[TraineeFacts] = []
    for trainee in trainees:
        tid = trainee.id
        approved, asked = covered(leave.get(tid, ()))
        minutes = tally(records[tid], lengths, approved, asked)
        summary = summaries.get(minutes)
        if summary is None:
            summary = summaries[minutes] = AttendanceSummary(
                scheduled=minutes[0],
                attended=minutes[1],
                excused=minutes[2],
                unexcused=minutes[3],
                unrecorded=minutes[4],
                unapproved_leave=minutes[5],
            )
        handed = submissions.get(tid)
        marks = scores.get(tid)
        facts = _new(TraineeFacts)
        _set_trainee(facts, trainee)
        _set_cohort(facts, cohort)
        _set_summary(facts, summary)
        _set_submissions(facts, tuple(sorted(handed, key=_submission_order)) if handed else ())
        _set_scores(facts, tuple(sorted(marks, key=_score_order)) if marks else ())
        gathered.append(facts)
    return tuple(gathered)


_new = object.__new__
_set_trainee, _set_cohort, _set_summary, _set_submissions, _set_scores = setters(
    TraineeFacts, ("trainee", "cohort", "summary", "submissions", "scores")
)
_id = attrgetter("id")
_score_order = attrgetter("component", "value")
_Record = TypeVar("_Record", LeaveRequest, Submission, Score)
_NOTHING: frozenset[str] = frozenset()
_APPROVED = LeaveStatus.APPROVED


def _by_trainee(items: Iterable[_Record]) -> dict[str, list[_Record]]:
    grouped: dict[str, list[_Record]] = {}
    for item in items:
        mine = grouped.get(item.trainee)
        if mine is None:
            grouped[item.trainee] = [item]
        else:
            mine.append(item)
    return grouped


class _Coverage:
    """The instructional sessions a trainee's approved, and other, leave requests cover."""

    def __init__(self, sessions: tuple[Session, ...]) -> None:
        self._sessions = sessions
        self._memo: dict[tuple[tuple[str, ...], dt.date | None, dt.date | None], frozenset[str]]
        self._memo = {}

    def __call__(self, requests: Iterable[LeaveRequest]) -> tuple[frozenset[str], frozenset[str]]:
        approved: frozenset[str] = _NOTHING
        asked: frozenset[str] = _NOTHING
        for request in requests:
            ids = self._covers(request)
            if request.status is _APPROVED:
                approved = ids if approved is _NOTHING else approved | ids
            else:
                asked = ids if asked is _NOTHING else asked | ids
        return approved, asked

    def _covers(self, request: LeaveRequest) -> frozenset[str]:
        key = (request.sessions, request.first_day, request.last_day)
        ids = self._memo.get(key)
        if ids is None:
            ids = self._memo[key] = frozenset(s.id for s in self._sessions if request.covers(s))
        return ids


def _submission_order(s: Submission) -> tuple[str, dt.date, str, str]:
    return (s.kind.value, s.submitted_on, s.review.value, s.title)
