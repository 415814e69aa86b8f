"""The steps of judging a cohort that the interpreter and the compiled evaluator share.

A trainee goes through a :class:`Stage` (rule findings, overrides, rule
outcome, total and rule grade), then the cohort-scope checks rank the
completed trainees (:func:`rank`), then :func:`assess` closes each
assessment. The steps are documented in ``docs/evaluation.md``; the
compiled evaluator (``compiled.py``) takes a shortcut through
:func:`stage` and :func:`assess` for trainees every check passes, and
these functions for everyone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.facts import TraineeFacts
from cadretrain.evaluation.grading import Ranking, Standing, as_decimal, band, band_of, bands
from cadretrain.evaluation.instruments import instruments_due
from cadretrain.evaluation.outcomes import rule_outcome
from cadretrain.evaluation.overrides import change_grade, decide
from cadretrain.evaluation.verdict import outcome_finding
from cadretrain.model import AssessmentScheme, Cohort, Outcome, Override
from cadretrain.rules import (
    Finding,
    Policy,
    PolicyNotInForce,
    Report,
    RuleBook,
    Scope,
    rule_ids,
    validate_policy,
)
from cadretrain.rules import evaluate as evaluate_tree

__all__ = [
    "Graded",
    "Grader",
    "Stage",
    "assess",
    "check_policy",
    "conclude",
    "overrides_by_trainee",
    "rank",
    "rule_grade",
    "stage",
    "staged",
    "standings",
]

_SCOPES = (Scope.TRAINEE, Scope.COHORT)
_NOT_FOLLOWED = (Outcome.WITHDRAWN, Outcome.WAIVED, Outcome.DEFERRED)
_FINDINGS = attrgetter("findings")


class Stage(NamedTuple):
    """A trainee between the rules and the quota."""

    facts: TraineeFacts
    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    outcome: Outcome
    deciders: tuple[str, ...]
    total: Fraction | None
    grade: str | None


def check_policy(policy: Policy, book: RuleBook, judged_on: dt.date) -> None:
    """Refuse a policy not in force on ``judged_on``, not fitting ``book``, or of another scope."""
    if not policy.in_force(judged_on):
        until = policy.effective_to.isoformat() if policy.effective_to else "open-ended"
        raise PolicyNotInForce(
            f"policy {policy.name!r} is in force from {policy.effective_from.isoformat()} to "
            f"{until}; it cannot judge a cohort that starts {judged_on.isoformat()}"
        )
    validate_policy(policy, book)
    for rule_id in rule_ids(policy.rule):
        scope = book[rule_id].scope
        if scope not in _SCOPES:
            raise InvalidValueError(
                f"rule[{rule_id}]",
                scope.value,
                "a check of scope 'trainee' or 'cohort' (an evaluation policy judges trainees)",
            )


def overrides_by_trainee(cohort: Cohort) -> dict[str, list[Override]]:
    """The cohort's overrides, grouped by trainee id."""
    grouped: dict[str, list[Override]] = {}
    for override in cohort.overrides:
        grouped.setdefault(override.trainee, []).append(override)
    return grouped


def stage(
    facts: TraineeFacts,
    policy: Policy,
    book: RuleBook,
    judged_on: dt.date,
    explain: bool,
    overrides: Iterable[Override],
    grader: Grader,
) -> Stage:
    """Run the rule tree on one trainee, apply waivers and decisions, grade by the rules."""
    verdict = evaluate_tree(
        policy.rule,
        subjects={Scope.TRAINEE: facts},
        on=judged_on,
        policy=policy,
        book=book,
        explain=explain,
    )
    own = tuple(
        attrs.evolve(f, path=f"{facts.path}.rule") if f.path == "rule" else f
        for f in _own(verdict.findings, Scope.COHORT, book)
    )
    return staged(facts, own, overrides, grader)


def staged(
    facts: TraineeFacts,
    findings: tuple[Finding, ...],
    overrides: Iterable[Override],
    grader: Grader,
) -> Stage:
    """The stage of a trainee whose rule findings are ``findings``: decisions applied, graded."""
    decision = decide(facts.path, findings, overrides)
    outcome, blockers = rule_outcome(decision.findings)
    deciders = tuple(dict.fromkeys(f.rule_id for f in blockers))
    if decision.outcome is not None:
        outcome = decision.outcome
        deciders = (decision.notes[-1].rule_id,) if decision.notes else deciders
    return Stage(
        facts=facts,
        findings=decision.findings,
        notes=decision.notes,
        outcome=outcome,
        deciders=deciders,
        total=facts.total,
        grade=grader.grade(outcome, facts.total),
    )


def _own(findings: Iterable[Finding], other: Scope, book: RuleBook) -> tuple[Finding, ...]:
    """Drop the "not applicable" notes about checks of the ``other`` scope."""
    return tuple(
        f
        for f in findings
        if not (f.path == other.value and f.rule_id in book and book[f.rule_id].scope is other)
    )


def rule_grade(
    scheme: AssessmentScheme | None, outcome: Outcome, total: Fraction | None
) -> str | None:
    """The grade the rules give: the band of the total when completed, else the lowest."""
    if scheme is None or outcome in (Outcome.WAIVED, Outcome.DEFERRED):
        return None
    scale = scheme.scale
    if outcome is not Outcome.COMPLETED:
        return scale.lowest.code
    if total is not None:
        return band(scale, total).code
    passing = [level for level in scale.levels if level.passing]
    return (passing[-1] if passing else scale.lowest).code


Graded = tuple[str | None, Decimal | None]
"""A completed trainee's grade by the rules and shown total, as :meth:`Grader.graded` gives them."""


class Grader:
    """A cohort's grades by the rules and shown totals, each worked out once per distinct total.

    Totals repeat (a few hundred distinct ones in a large class): each is
    banded and written as a ``Decimal`` once, keyed by its integers (a
    ``Fraction`` hashes slowly). Equal to :func:`rule_grade` and
    :func:`~cadretrain.evaluation.grading.as_decimal`, which define it.
    """

    def __init__(self, scheme: AssessmentScheme | None) -> None:
        self.scheme = scheme
        self._bands = bands(scheme.scale) if scheme is not None else None
        self._known: dict[tuple[int, int] | None, Graded] = {}
        # the same by the total's identity (equal totals of a cohort are one shared Fraction),
        # the total held so that its id is not reused while the entry lives
        self._seen: dict[int, tuple[Fraction | None, Graded]] = {}

    def grade(self, outcome: Outcome, total: Fraction | None) -> str | None:
        """:func:`rule_grade` for this scheme."""
        if outcome is not Outcome.COMPLETED:
            return rule_grade(self.scheme, outcome, total)
        return self.graded(total)[0]

    def shown(self, total: Fraction | None) -> Decimal | None:
        """The total as people read it (``as_decimal``), or ``None``."""
        return None if total is None else self.graded(total)[1]

    def graded(self, total: Fraction | None) -> Graded:
        """A completed trainee's grade by the rules and shown total: one look-up for both.

        Equal totals get the very same ``Decimal``, so callers may key a
        memo by its identity.
        """
        seen = self._seen.get(id(total))
        if seen is not None and seen[0] is total:
            return seen[1]
        key = None if total is None else (total.numerator, total.denominator)
        known = self._known.get(key)
        if known is None:
            if total is None or self._bands is None:
                grade = rule_grade(self.scheme, Outcome.COMPLETED, total)
            else:  # rule_grade's band, the scale's minimums worked out once
                grade = band_of(self._bands, total).code
            shown = None if total is None else as_decimal(total)
            known = self._known[key] = (grade, shown)
        self._seen[id(total)] = (total, known)
        return known


def standings(stages: Iterable[Stage]) -> tuple[Standing, ...]:
    """The completed, graded trainees' standings, in the stages' order: what the quota ranks."""
    return tuple(
        Standing(trainee=s.facts.trainee.id, total=s.total, grade=s.grade)
        for s in stages
        if s.outcome is Outcome.COMPLETED and s.grade is not None
    )


def rank(
    standings: tuple[Standing, ...],
    scheme: AssessmentScheme | None,
    policy: Policy,
    book: RuleBook,
    judged_on: dt.date,
    explain: bool,
) -> tuple[tuple[Finding, ...], dict[str, list[Finding]], dict[str, str]]:
    """Run the cohort-scope checks on the completed trainees' ``standings``.

    Returns the cohort-scope findings, the same findings indexed by path and
    the grade each dropped trainee's path drops to.
    """
    if scheme is None:
        return (), {}, {}
    ranking = Ranking(scale=scheme.scale, share=scheme.top_grade_share, standings=standings)
    verdict = evaluate_tree(
        policy.rule,
        subjects={Scope.COHORT: ranking},
        on=judged_on,
        policy=policy,
        book=book,
        explain=explain,
    )
    findings = _own(verdict.findings, Scope.TRAINEE, book)
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    drops = {
        f.path: str(dict(f.evidence)["new_grade"])
        for f in findings
        if not f.passed and "new_grade" in dict(f.evidence)
    }
    return findings, by_path, drops


def assess(
    stage: Stage,
    cohort: Cohort,
    mine: Iterable[Finding],
    drops: Mapping[str, str],
    overrides: Iterable[Override],
    grader: Grader,
    close: Callable[..., Finding] = outcome_finding,
) -> Assessment:
    """Apply the quota's drop and grade changes; close with the ``evaluation.outcome`` finding.

    ``close`` makes the closing finding (the compiled evaluator passes a
    memoised :func:`outcome_finding`).
    """
    facts = stage.facts
    path = facts.path
    grade = drops.get(path, stage.grade)
    scale = facts.scheme.scale if facts.scheme else None
    outcome, grade, changes = change_grade(path, overrides, scale, stage.outcome, grade)
    deciders = stage.deciders
    if changes and outcome is not stage.outcome:
        deciders = ("evaluation.override",)
    total = grader.shown(stage.total)
    closing = close(
        path=path,
        outcome=outcome,
        grade=scale.level(grade) if scale is not None and grade is not None else None,
        total=total,
        summary=facts.summary,
        deciders=deciders,
        grade_changed=any(f.passed for f in changes),
    )
    return Assessment(
        trainee_id=facts.trainee.id,
        cohort_id=cohort.id,
        outcome=outcome,
        attendance=facts.summary,
        scores=facts.marks,
        total=total,
        grade=grade,
        findings=(*stage.findings, *mine, *stage.notes, *changes, closing),
    )


def conclude(
    cohort: Cohort,
    policy: Policy,
    judged_on: dt.date,
    on: dt.date | None,
    cohort_findings: tuple[Finding, ...],
    assessments: tuple[Assessment, ...],
) -> CohortEvaluation:
    """The cohort's evaluation: assessments, report and the instruments due as of ``on``."""
    report = Report(
        findings=(
            *(f for f in cohort_findings if f.path == "cohort"),
            *chain.from_iterable(map(_FINDINGS, assessments)),
        )
    )
    as_of = cohort.end if on is None else on
    followed = (a.trainee_id for a in assessments if a.outcome not in _NOT_FOLLOWED)
    scheme = cohort.programme.scheme
    return CohortEvaluation(
        cohort_id=cohort.id,
        policy=policy,
        judged_on=judged_on,
        on=as_of,
        assessments=assessments,
        report=report,
        instruments_due=instruments_due(cohort, followed, as_of),
        grades=tuple(level.code for level in scheme.scale.levels) if scheme else (),
    )
