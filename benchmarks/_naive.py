"""A naive evaluator for comparison: one rule object and one explanation per rule per trainee.

The straightforward design the library is measured against
(``shared/PERFORMANCE.md``, "one rule object and one explanation per rule
per trainee"): the cohort's records are grouped per trainee with dicts, then
for every trainee a fresh object of each rule class judges the trainee and
returns an :class:`Explanation` with its messages, whether it passed or not;
the outcome is the most serious failed rule's, graded by the weighted total,
then the top-grade quota drops the surplus.

It implements the rules of ``ct.policies.CADRE_TRAINING_EVALUATION`` (leave
at most 1/7 of the scheduled minutes, no whole session missed without
approved leave, deliverables, grading, top-grade quota with ties at the line
referred) for cohorts without overrides, with every session recorded, like the benchmark's, from the public
domain types only (``import cadretrain as ct``): it runs unchanged on later
versions. :func:`outcomes` must equal ``ct.evaluate``'s before anything is
timed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import cadretrain as ct

__all__ = ["Explanation", "Judged", "Trainee", "evaluate", "outcomes"]

MAX_LEAVE_SHARE = Fraction(1, 7)
"""The 条例's limit, as ``CADRE_TRAINING_EVALUATION`` sets it."""
_S = ct.AttendanceStatus


@dataclass(frozen=True)
class Explanation:
    """What one rule found about one trainee."""

    rule: str
    passed: bool
    outcome: ct.Outcome
    message_zh: str
    message_en: str


@dataclass
class Trainee:
    """One trainee's records, grouped from the cohort's tuples."""

    id: str
    records: dict[str, ct.AttendanceRecord]
    leave: list[ct.LeaveRequest]
    submissions: list[ct.Submission]
    scores: dict[str, Decimal]


class Rule:
    """A rule judges one trainee in one cohort."""

    name = "rule"
    fails_as = ct.Outcome.INCOMPLETE

    def __init__(
        self, cohort: ct.Cohort, sessions: tuple[ct.Session, ...], trainee: Trainee
    ) -> None:
        self.cohort = cohort
        self.sessions = sessions  # the cohort's instructional sessions
        self.trainee = trainee

    def explain(self) -> Explanation:
        raise NotImplementedError


class LeaveRatio(Rule):
    name = "evaluation.leave_ratio"
    fails_as = ct.Outcome.WITHDRAWN

    def explain(self) -> Explanation:
        scheduled = excused = 0
        approved = [r for r in self.trainee.leave if r.status is ct.LeaveStatus.APPROVED]
        for session in self.sessions:
            record = self.trainee.records.get(session.id)
            if record is not None and record.status in (_S.NOT_ENROLLED, _S.WAIVED):
                continue
            scheduled += session.minutes
            missed = session.minutes - _attended(record, session.minutes)
            if missed and any(r.covers(session) for r in approved):
                excused += missed
        share = Fraction(excused, scheduled) if scheduled else Fraction(0)
        return Explanation(
            self.name,
            share <= MAX_LEAVE_SHARE,
            self.fails_as,
            f"准假 {excused} 分钟,占总学时 {scheduled} 分钟的 {share}",
            f"approved leave {excused} of {scheduled} minutes ({share})",
        )


class AbsentWithoutLeave(Rule):
    name = "evaluation.absent_without_leave"
    fails_as = ct.Outcome.WITHDRAWN

    def explain(self) -> Explanation:
        approved = [r for r in self.trainee.leave if r.status is ct.LeaveStatus.APPROVED]
        truant = 0
        for session in self.sessions:
            record = self.trainee.records.get(session.id)
            if record is None or record.status in (_S.NOT_ENROLLED, _S.WAIVED):
                continue
            if _attended(record, session.minutes) == 0 and not any(
                r.covers(session) for r in approved
            ):
                truant += 1
        return Explanation(
            self.name,
            truant < 1,
            self.fails_as,
            f"未经批准整次缺课 {truant} 次",
            f"{truant} whole session(s) missed without approved leave",
        )


def _attended(record: ct.AttendanceRecord | None, length: int) -> int:
    if record is None:
        return 0
    if record.minutes is not None:
        return min(record.minutes, length)
    return length if record.status is _S.PRESENT else 0


class Deliverables(Rule):
    name = "evaluation.deliverables"
    fails_as = ct.Outcome.ATTENDANCE_ONLY

    def explain(self) -> Explanation:
        scheme = self.cohort.programme.scheme
        missing = [
            d.kind.value
            for d in (scheme.deliverables if scheme else ())
            if not any(
                s.kind is d.kind
                and s.submitted_on <= d.due(self.cohort.end)
                and (not d.review_required or s.review is ct.ReviewState.ACCEPTED)
                for s in self.trainee.submissions
            )
        ]
        return Explanation(
            self.name,
            not missing,
            self.fails_as,
            f"未按时提交:{'、'.join(missing) or '无'}",
            f"missing or late: {', '.join(missing) or 'none'}",
        )


class Grading(Rule):
    name = "evaluation.grading"
    fails_as = ct.Outcome.FAILED

    def explain(self) -> Explanation:
        scheme = self.cohort.programme.scheme
        if scheme is None or not scheme.components:
            return Explanation(self.name, True, self.fails_as, "无计分项目", "no components")
        scores = self.trainee.scores
        if any(c.code not in scores for c in scheme.components):
            return Explanation(self.name, False, ct.Outcome.INCOMPLETE, "缺少成绩", "no score")
        low = [
            c.code
            for c in scheme.components
            if c.pass_mark is not None and scores[c.code] < c.pass_mark
        ]
        grade = _band(scheme, _total(scheme, scores))
        return Explanation(
            self.name,
            not low and grade.passing,
            self.fails_as,
            f"等次「{grade.zh}」,低于及格线:{'、'.join(low) or '无'}",
            f"grade {grade.en!r}, below the pass mark: {', '.join(low) or 'none'}",
        )


RULES: tuple[type[Rule], ...] = (LeaveRatio, AbsentWithoutLeave, Deliverables, Grading)
_SERIOUSNESS = (
    ct.Outcome.WITHDRAWN,
    ct.Outcome.INCOMPLETE,
    ct.Outcome.ATTENDANCE_ONLY,
    ct.Outcome.FAILED,
    ct.Outcome.COMPLETED,
)


def _total(scheme: ct.AssessmentScheme, scores: dict[str, Decimal]) -> Fraction:
    return sum((c.weight * Fraction(scores[c.code]) for c in scheme.components), Fraction(0))


def _band(scheme: ct.AssessmentScheme, total: Fraction) -> ct.GradeLevel:
    for level in scheme.scale.levels:
        if total >= Fraction(level.min_score):
            return level
    return scheme.scale.lowest


@dataclass(frozen=True)
class Judged:
    """One trainee's outcome and grade, with every rule's explanation."""

    trainee_id: str
    outcome: ct.Outcome
    total: Fraction | None
    grade: str | None
    explanations: tuple[Explanation, ...]


def _grouped(cohort: ct.Cohort) -> list[Trainee]:
    by_id = {t.id: Trainee(t.id, {}, [], [], {}) for t in cohort.trainees}
    for record in cohort.attendance:
        by_id[record.trainee].records[record.session] = record
    for request in cohort.leave:
        by_id[request.trainee].leave.append(request)
    for submission in cohort.submissions:
        by_id[submission.trainee].submissions.append(submission)
    for score in cohort.scores:
        by_id[score.trainee].scores[score.component] = score.value
    return [by_id[t] for t in sorted(by_id)]


def evaluate(cohort: ct.Cohort) -> list[Judged]:
    """Judge every trainee: each rule object explains itself, then the quota applies."""
    scheme = cohort.programme.scheme
    sessions = cohort.instructional_sessions()
    judged = []
    for trainee in _grouped(cohort):
        explanations = tuple(rule(cohort, sessions, trainee).explain() for rule in RULES)
        failed = [e.outcome for e in explanations if not e.passed]
        outcome = min(failed, key=_SERIOUSNESS.index) if failed else ct.Outcome.COMPLETED
        total = grade = None
        if (
            scheme is not None
            and scheme.components
            and all(c.code in trainee.scores for c in scheme.components)
        ):
            total = _total(scheme, trainee.scores)
        if scheme is not None:
            if outcome is not ct.Outcome.COMPLETED:
                grade = scheme.scale.lowest.code
            elif total is not None:
                grade = _band(scheme, total).code
        judged.append(Judged(trainee.id, outcome, total, grade, explanations))
    return _quota(judged, scheme)


def _quota(judged: list[Judged], scheme: ct.AssessmentScheme | None) -> list[Judged]:
    if scheme is None or scheme.top_grade_share is None:
        return judged
    top = scheme.scale.top.code
    completed = [j for j in judged if j.outcome is ct.Outcome.COMPLETED and j.grade is not None]
    quota = math.floor(scheme.top_grade_share * len(completed))

    def standing(j: Judged) -> tuple[bool, Fraction]:
        return (j.total is None, -(j.total or Fraction(0)))

    holders = sorted((j for j in completed if j.grade == top), key=standing)
    dropped = {j.trainee_id for j in holders[quota:]}
    pending: set[str] = set()  # a tie across the line is referred for decision
    if 0 < quota < len(holders) and standing(holders[quota - 1]) == standing(holders[quota]):
        pending = {j.trainee_id for j in holders if standing(j) == standing(holders[quota])}
    lower = scheme.scale.below(top).code
    return [
        Judged(j.trainee_id, j.outcome, j.total, None, j.explanations)
        if j.trainee_id in pending
        else Judged(j.trainee_id, j.outcome, j.total, lower, j.explanations)
        if j.trainee_id in dropped
        else j
        for j in judged
    ]


def outcomes(judged: list[Judged]) -> dict[str, tuple[ct.Outcome, str | None]]:
    """``{trainee id: (outcome, grade)}``, to compare with ``ct.evaluate``'s."""
    return {j.trainee_id: (j.outcome, j.grade) for j in judged}
