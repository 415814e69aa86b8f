"""What the trainee-scope checks judge: one trainee's facts, gathered once.

:func:`gather_facts` indexes the cohort's records by trainee in one pass
(attendance, leave, submissions, scores), so a cohort of thousands of
trainees costs one scan of each record list, never a scan per trainee.
Every check of scope ``TRAINEE`` receives one :class:`TraineeFacts`. The
facts do not depend on any policy: a :class:`CohortFacts` can be judged
under many policies without reading the records again.
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
from cadretrain.evaluation.grading import Weights, weighed, weights
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

__all__ = ["CohortFacts", "TraineeFacts", "gather_facts", "trainee_path"]


def trainee_path(trainee_id: str) -> str:
    """The report path of a trainee: ``cohort.trainees[t-017]``."""
    return f"cohort.trainees[{trainee_id}]"


@attrs.frozen(kw_only=True)
class TraineeFacts:
    """One trainee in one cohort: attendance summary, work handed in, scores, total.

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
    path: str = attrs.field(init=False, eq=False, repr=False)
    """``cohort.trainees[<id>]``: where findings about the trainee point (made once)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "path", trainee_path(self.trainee.id))

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
class CohortFacts:
    """A cohort and its trainees' facts, in trainee-id order: what evaluation reads.

    Gathering reads every attendance record once; judging reads only the
    facts. Keep a ``CohortFacts`` to judge one cohort under several policies
    (``ct.evaluate(facts, policy)``) without gathering again.
    """

    cohort: Cohort
    trainees: tuple[TraineeFacts, ...]


def gather_facts(cohort: Cohort) -> CohortFacts:
    """The facts of every trainee in ``cohort``, in trainee-id order.

    One pass over each record list: session lengths, the sessions each leave
    request covers and equal attendance summaries are computed once per
    cohort and shared, so the cost per trainee does not grow with the
    cohort (see ``docs/scale.md``).

    >>> from cadretrain.examples import jiangan_2015
    >>> facts = gather_facts(jiangan_2015().cohort)
    >>> len(facts.trainees) == len(facts.cohort.trainees)
    True
    """
    return _gather(cohort)


def _gather(cohort: Cohort) -> CohortFacts:
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
    scheme = cohort.programme.scheme
    codes = tuple(c.code for c in scheme.components) if scheme is not None else ()
    totals = _Totals(
        weights(scheme) if scheme is not None else Weights(numerators=(), denominator=1)
    )
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
        marked = scores.get(tid)
        facts = _new(TraineeFacts)
        _set_trainee(facts, trainee)
        _set_cohort(facts, cohort)
        _set_summary(facts, summary)
        _set_submissions(facts, tuple(sorted(handed, key=_submission_order)) if handed else ())
        marks: tuple[tuple[str, Decimal], ...] = ()
        total = None
        ordered: tuple[Score, ...] = ()
        if marked:
            marked.sort(key=_component)
            best = dict(map(_score_order, marked))
            if len(best) < len(marked):  # a component scored twice: its highest counts
                marked.sort(key=_written_order)  # equal values: the text sorting last
                best = dict(map(_score_order, marked))
            ordered = tuple(marked)
            if len(best) == len(codes):  # every component scored (a cohort scores no other)
                values = list(map(best.__getitem__, codes))
                marks = tuple(zip(codes, values, strict=True))
                total = totals(values) if values else None
            else:
                marks = tuple((c, best[c]) for c in codes if c in best)
        _set_scores(facts, ordered)
        _set_marks(facts, marks)
        _set_total(facts, total)
        _set_path(facts, trainee_path(tid))
        gathered.append(facts)
    return CohortFacts(cohort=cohort, trainees=tuple(gathered))


_new = object.__new__
(
    _set_trainee,
    _set_cohort,
    _set_summary,
    _set_submissions,
    _set_scores,
    _set_marks,
    _set_total,
    _set_path,
) = setters(
    TraineeFacts,
    ("trainee", "cohort", "summary", "submissions", "scores", "marks", "total", "path"),
)
_id = attrgetter("id")
_score_order = attrgetter("component", "value")
_component = attrgetter("component")
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


class _Totals:
    """:func:`~cadretrain.evaluation.grading.weigh` for one cohort, each value worked out once.

    A class's scores take a few dozen values and its totals a few hundred,
    so each score's integer ratio and each total's ``Fraction`` are made
    once per distinct value (equal totals then share one ``Fraction``).
    """

    def __init__(self, weighting: Weights) -> None:
        self._numerators = weighting.numerators
        self._denominator = weighting.denominator
        self._ratios: dict[Decimal, tuple[int, int]] = {}
        self._totals: dict[tuple[int, int], Fraction] = {}

    def __call__(self, marks: list[Decimal]) -> Fraction:
        ratios = list(map(self._ratios.get, marks))
        if None in ratios:
            ratios = list(map(self._ratio, marks))
        key = weighed(self._numerators, ratios)  # type: ignore[arg-type]
        total = self._totals.get(key)
        if total is None:
            total = self._totals[key] = Fraction(key[0], key[1] * self._denominator)
        return total

    def _ratio(self, mark: Decimal) -> tuple[int, int]:
        ratio = self._ratios.get(mark)
        if ratio is None:
            ratio = self._ratios[mark] = mark.as_integer_ratio()
        return ratio


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


def _as_written(value: Decimal) -> tuple[Decimal, str]:
    return (value, str(value))


def _written_order(s: Score) -> tuple[str, Decimal, str]:
    """Scores by component and value, equal values by their text (85 before 85.0)."""
    return (s.component, s.value, str(s.value))


def _submission_order(s: Submission) -> tuple[str, dt.date, str, str]:
    return (s.kind.value, s.submitted_on, s.review.value, s.title)
