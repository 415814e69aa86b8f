"""A naive evaluator for comparison: one rule object and one explanation per rule per trainee.

The straightforward design the evaluator is measured against
(``shared/PERFORMANCE.md``, "one rule object and one explanation per rule
per trainee"): for every trainee, a fresh object of each rule class judges
the trainee's facts and returns an :class:`Explanation` with its messages,
whether it passed or not; the outcome is the most serious failed rule's,
graded by the weighted total, then the top-grade quota drops the surplus.
It reads each trainee's :class:`~cadretrain.evaluation.TraineeRow` and implements the rules of
``CADRE_TRAINING_EVALUATION`` (leave at most 1/7, deliverables, grading,
top-grade quota) for cohorts without overrides, like the benchmark's;
:func:`outcomes` must equal ``ct.evaluate``'s before anything is timed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import cadretrain as ct
from cadretrain.evaluation import TraineeRow
from cadretrain.evaluation.facts import gather

__all__ = ["Explanation", "evaluate", "outcomes"]


@dataclass(frozen=True)
class Explanation:
    """What one rule found about one trainee."""

    rule: str
    passed: bool
    outcome: ct.Outcome
    message_zh: str
    message_en: str


class Rule:
    """A rule judges one trainee's facts."""

    name = "rule"
    fails_as = ct.Outcome.INCOMPLETE

    def __init__(self, facts: TraineeRow) -> None:
        self.facts = facts

    def explain(self) -> Explanation:
        raise NotImplementedError


class LeaveRatio(Rule):
    name = "evaluation.leave_ratio"
    fails_as = ct.Outcome.WITHDRAWN
    max_share = Fraction(1, 7)

    def explain(self) -> Explanation:
        s = self.facts.summary
        share = s.leave_share
        ok = share <= self.max_share
        return Explanation(
            self.name,
            ok,
            self.fails_as,
            f"准假 {s.excused} 分钟,占总学时 {s.scheduled} 分钟的 {share}",
            f"approved leave {s.excused} of {s.scheduled} minutes ({share})",
        )


class Deliverables(Rule):
    name = "evaluation.deliverables"
    fails_as = ct.Outcome.ATTENDANCE_ONLY

    def explain(self) -> Explanation:
        facts = self.facts
        scheme = facts.scheme
        missing = [
            d.kind.value
            for d in (scheme.deliverables if scheme else ())
            if not any(
                s.submitted_on <= d.due(facts.end)
                and (not d.review_required or s.review is ct.ReviewState.ACCEPTED)
                for s in facts.submitted(d.kind)
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
        facts = self.facts
        scheme = facts.scheme
        if scheme is None or not scheme.components:
            return Explanation(self.name, True, self.fails_as, "无计分项目", "no components")
        scores = {c.code: facts.score(c.code) for c in scheme.components}
        if any(v is None for v in scores.values()):
            return Explanation(self.name, False, ct.Outcome.INCOMPLETE, "缺少成绩", "no score")
        low = [
            c.code
            for c in scheme.components
            if c.pass_mark is not None and Decimal(scores[c.code] or 0) < c.pass_mark
        ]
        grade = _band(scheme, _total(scheme, scores))
        ok = not low and grade.passing
        return Explanation(
            self.name,
            ok,
            self.fails_as,
            f"等次「{grade.zh}」,低于及格线:{'、'.join(low) or '无'}",
            f"grade {grade.en!r}, below the pass mark: {', '.join(low) or 'none'}",
        )


RULES: tuple[type[Rule], ...] = (LeaveRatio, Deliverables, Grading)
_SERIOUSNESS = (
    ct.Outcome.WITHDRAWN,
    ct.Outcome.INCOMPLETE,
    ct.Outcome.ATTENDANCE_ONLY,
    ct.Outcome.FAILED,
    ct.Outcome.COMPLETED,
)


def _total(scheme: ct.AssessmentScheme, scores: dict[str, Decimal | None]) -> Fraction:
    return sum((c.weight * Fraction(scores[c.code] or 0) for c in scheme.components), Fraction(0))


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


def evaluate(subject: ct.Cohort) -> list[Judged]:
    """Judge every trainee: each rule object explains itself, then the quota applies."""
    gathered = gather(subject)
    scheme = subject.programme.scheme
    judged = []
    for facts in map(gathered.row, range(len(gathered))):
        explanations = tuple(rule(facts).explain() for rule in RULES)
        failed = [e.outcome for e in explanations if not e.passed]
        outcome = min(failed, key=_SERIOUSNESS.index) if failed else ct.Outcome.COMPLETED
        total = grade = None
        if scheme is not None and scheme.components:
            scores = {c.code: facts.score(c.code) for c in scheme.components}
            if all(v is not None for v in scores.values()):
                total = _total(scheme, scores)
        if scheme is not None:
            if outcome is not ct.Outcome.COMPLETED:
                grade = scheme.scale.lowest.code
            elif total is not None:
                grade = _band(scheme, total).code
        judged.append(Judged(facts.trainee.id, outcome, total, grade, explanations))
    return _quota(judged, scheme)


def _quota(judged: list[Judged], scheme: ct.AssessmentScheme | None) -> list[Judged]:
    if scheme is None or scheme.top_grade_share is None:
        return judged
    top = scheme.scale.top.code
    completed = [j for j in judged if j.outcome is ct.Outcome.COMPLETED and j.grade is not None]
    quota = math.floor(scheme.top_grade_share * len(completed))
    holders = sorted(
        (j for j in completed if j.grade == top),
        key=lambda j: (j.total is None, -(j.total or 0), j.trainee_id),
    )
    dropped = {j.trainee_id for j in holders[quota:]}
    lower = scheme.scale.below(top).code
    return [
        Judged(j.trainee_id, j.outcome, j.total, lower, j.explanations)
        if j.trainee_id in dropped
        else j
        for j in judged
    ]


def outcomes(judged: list[Judged]) -> list[tuple[str, ct.Outcome, str | None]]:
    """``(trainee id, outcome, grade)`` per trainee, to compare with ``ct.evaluate``."""
    return [(j.trainee_id, j.outcome, j.grade) for j in judged]
