"""Judging a cohort: the rule tree over the fact columns, then outcomes, grades and the quota.

The steps, each documented in ``docs/evaluation.md``:

1. gather the cohort's fact columns (:func:`~cadretrain.evaluation.gathering.gather`);
2. judge the policy's rule tree over them (trainee-scope checks, with the
   numbers in force on the cohort's first day): a verdict column, and
   findings for the rows that have any (every row in explain mode);
3. decide each outcome from the blocking findings
   (:mod:`~cadretrain.evaluation.outcomes`), then apply waivers, exemptions
   and deferrals (:mod:`~cadretrain.evaluation.overrides`); a row without
   a finding or a decision completed;
4. grade: completed trainees by the band of their total, everyone else the
   lowest grade (exempt, deferred and not-judged trainees: no grade);
5. run the cohort-scope checks (the top-grade quota) on the completed
   trainees' columns and apply the drops they report;
6. apply grade changes, and close each assessment with an
   ``evaluation.outcome`` finding.

Outcomes and grades are computed from *failed* findings only, so explain
mode (which also records passing checks) and bulk mode agree. The policy
and the rule book are arguments: ``ct.evaluate`` (:mod:`cadretrain.builtin`)
supplies the preset policy for the cohort's first day and the built-in rule
book by default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

import attrs
import numpy as np

from cadretrain._version import __version__
from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.closing import outcome_finding
from cadretrain.evaluation.facts import FactColumns, trainee_path
from cadretrain.evaluation.gathering import gather
from cadretrain.evaluation.grade_bands import Ranking, as_decimal, band_index
from cadretrain.evaluation.instruments import instruments_due
from cadretrain.evaluation.outcomes import rule_outcome
from cadretrain.evaluation.overrides import change_grade, decide
from cadretrain.model import Cohort, Outcome, Override, OverrideKind
from cadretrain.rules import (
    AllOf,
    Check,
    Finding,
    Judgement,
    Policy,
    PolicyNotInForce,
    Report,
    Rule,
    RuleBook,
    Scope,
    judge,
    rule_ids,
    validate_policy,
)

__all__ = ["check_policy", "evaluate"]

_SCOPES = (Scope.TRAINEE, Scope.COHORT)
_NOT_FOLLOWED = (Outcome.WITHDRAWN, Outcome.WAIVED, Outcome.DEFERRED)
_UNGRADED = (Outcome.WAIVED, Outcome.DEFERRED, Outcome.NOT_JUDGED)
_FINDINGS = attrgetter("findings")
_BASIS = Check("evaluation.attendance_recorded")
"""Judged under every policy: a verdict needs the attendance it rests on."""


def _with_basis(rule: Rule, book: RuleBook) -> Rule:
    """``rule`` and the register check (unless the book lacks it or the rule names it)."""
    basis = _BASIS.rule_id
    if basis not in book or basis in rule_ids(rule):
        return rule
    return AllOf(_BASIS, rule)


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


class _Row(NamedTuple):
    """A trainee with something to say: findings, a decision or an override."""

    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    outcome: Outcome
    deciders: tuple[str, ...]


def evaluate(
    cohort: Cohort,
    policy: Policy,
    *,
    book: RuleBook,
    on: dt.date | None = None,
    explain: bool = False,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``on`` defaults to the cohort's last day. ``explain=True`` also records
    passing checks. Refuses a policy not in force on the cohort's first day,
    one that does not fit ``book``, and one naming a check of another scope.
    ``ct.evaluate`` supplies the preset policy and the built-in book.
    """
    judged_on = cohort.start
    check_policy(policy, book, judged_on)
    facts = gather(cohort)
    judgement = judge(
        _with_basis(policy.rule, book),
        subjects={Scope.TRAINEE: facts},
        on=judged_on,
        policy=policy,
        book=book,
        explain=explain,
        size=len(facts),
    )
    overrides: dict[int, list[Override]] = {}
    row_of = {tid: row for row, tid in enumerate(facts.ids)}
    for override in cohort.overrides:
        overrides.setdefault(row_of[override.trainee], []).append(override)
    rows = _spoken(facts, judgement, overrides, book, explain)
    outcomes = [Outcome.COMPLETED] * len(facts)
    for row, spoken in rows.items():
        outcomes[row] = spoken.outcome
    grades = _rule_grades(facts, outcomes)
    cohort_findings, by_path, drops = _rank(facts, outcomes, grades, policy, book, explain)
    scheme = cohort.programme.scheme
    scale = scheme.scale if scheme is not None else None
    levels = {level.code: level for level in scale.levels} if scale is not None else {}
    codes = tuple(levels)
    summaries = facts.summaries()
    marks = facts.all_marks()
    shown = _shown_totals(facts)
    assessments = []
    for row, (tid, outcome, g, summary, total) in enumerate(
        zip(facts.ids, outcomes, grades.tolist(), summaries, shown, strict=True)
    ):
        path = trainee_path(tid)
        grade = (
            drops.get(path, codes[g] if g >= 0 else None)
            if drops
            else (codes[g] if g >= 0 else None)
        )
        said = rows.get(row)
        deciders = said.deciders if said is not None else ()
        changes: tuple[Finding, ...] = ()
        if row in overrides:
            before = outcome
            outcome, grade, changes = change_grade(path, overrides[row], scale, outcome, grade)
            if changes and outcome is not before:
                deciders = ("evaluation.override",)
        closing = outcome_finding(
            path=path,
            outcome=outcome,
            grade=levels[grade] if grade is not None else None,
            total=total,
            summary=summary,
            deciders=deciders,
            grade_changed=any(f.passed for f in changes),
            pending=grade is None and drops.get(path, "") is None,
        )
        mine = by_path.get(path, ()) if by_path else ()
        assessments.append(
            Assessment(
                trainee_id=tid,
                cohort_id=cohort.id,
                outcome=outcome,
                attendance=summary,
                scores=marks[row],
                total=total,
                grade=grade,
                findings=(
                    (*said.findings, *mine, *said.notes, *changes, closing)
                    if said is not None
                    else (*mine, closing)
                    if mine
                    else (closing,)
                ),
            )
        )
    return _conclude(cohort, policy, judged_on, on, cohort_findings, tuple(assessments))


def _spoken(
    facts: FactColumns,
    judgement: Judgement,
    overrides: dict[int, list[Override]],
    book: RuleBook,
    explain: bool,
) -> dict[int, _Row]:
    """The trainees with findings (all, in explain mode) or overrides: outcome and why.

    Every other trainee completed, with no finding to report.
    """
    speaking = range(len(facts)) if explain else np.flatnonzero(judgement.flagged).tolist()
    rows: dict[int, _Row] = {}
    for row in sorted({*speaking, *overrides}):
        path = facts.path(row)
        found = judgement.findings(row)
        if explain:  # the notes that cohort-scope checks do not apply to a trainee
            found = _own(found, Scope.COHORT, book)
        if any(f.path == "rule" for f in found):  # a combinator's, about this trainee
            found = tuple(
                attrs.evolve(f, path=f"{path}.rule") if f.path == "rule" else f for f in found
            )
        notes: tuple[Finding, ...] = ()
        decided = None
        if row in overrides:
            decision = decide(path, found, overrides[row])
            found, notes, decided = decision.findings, decision.notes, decision.outcome
        outcome, blockers = rule_outcome(found)
        deciders = tuple(dict.fromkeys(f.rule_id for f in blockers))
        if decided is not None:
            outcome = decided
            deciders = (notes[-1].rule_id,) if notes else deciders
        rows[row] = _Row(found, notes, outcome, deciders)
    return rows


def _own(findings: Iterable[Finding], other: Scope, book: RuleBook) -> tuple[Finding, ...]:
    """Drop the "not applicable" notes about checks of the ``other`` scope."""
    where = other.value
    return tuple(
        f
        for f in findings
        if not (f.path == where and f.rule_id in book and book[f.rule_id].scope is other)
    )


def _rule_grades(facts: FactColumns, outcomes: list[Outcome]) -> np.ndarray:
    """The grade the rules give (an index into the scale, -1: none).

    The band of the total when completed (the lowest passing level when
    there is no total), else the lowest level; none without a scheme, or
    for an exempt, deferred or not-judged trainee.
    """
    scheme = facts.cohort.programme.scheme
    if scheme is None:
        return np.full(len(facts), -1, dtype=np.int64)
    scale = scheme.scale
    passing = [i for i, level in enumerate(scale.levels) if level.passing]
    lowest = len(scale.levels) - 1
    completed = np.array([o is Outcome.COMPLETED for o in outcomes], dtype=np.bool_)
    ungraded = np.array([o in _UNGRADED for o in outcomes], dtype=np.bool_)
    banded = band_index(scale, facts.totals, facts.denominator)
    graded = np.where(facts.has_total, banded, passing[-1] if passing else lowest)
    return np.where(ungraded, -1, np.where(completed, graded, lowest))


def _rank(
    facts: FactColumns,
    outcomes: list[Outcome],
    grades: np.ndarray,
    policy: Policy,
    book: RuleBook,
    explain: bool,
) -> tuple[tuple[Finding, ...], dict[str, list[Finding]], dict[str, str | None]]:
    """Run the cohort-scope checks on the completed, graded trainees' columns.

    Returns the cohort-scope findings, the same findings indexed by path and
    the grade each dropped trainee's path drops to.
    """
    scheme = facts.cohort.programme.scheme
    if scheme is None:
        return (), {}, {}
    chosen = np.flatnonzero(
        np.array([o is Outcome.COMPLETED for o in outcomes], dtype=np.bool_) & (grades >= 0)
    )
    ranking = Ranking(
        scale=scheme.scale,
        share=scheme.top_grade_share,
        trainees=tuple(facts.ids[i] for i in chosen.tolist()),
        grades=grades[chosen],
        totals=facts.totals[chosen],
        scored=facts.has_total[chosen],
        denominator=facts.denominator,
        settled=frozenset(
            o.trainee for o in facts.cohort.overrides if o.kind is OverrideKind.SETTLE_TIE
        ),
    )
    judgement = judge(
        policy.rule,
        subjects={Scope.COHORT: ranking},
        on=facts.cohort.start,
        policy=policy,
        book=book,
        explain=explain,
    )
    findings = _own(judgement.findings(0), Scope.TRAINEE, book)
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    drops: dict[str, str | None] = {}  # None: pending a decision on a tie
    for f in findings:
        if not f.passed and "new_grade" in (said := dict(f.evidence)):
            new = said["new_grade"]
            drops[f.path] = None if new is None else str(new)
    return findings, by_path, drops


def _shown_totals(facts: FactColumns) -> list[Decimal | None]:
    """Each row's total as people read it (:func:`~.grading.as_decimal`), or ``None``.

    A total whose reduced denominator has no prime factor but 2 and 5 is a
    finite decimal, written exactly; any other is cut to six places.
    """
    denominator = facts.denominator
    totals = facts.totals
    if totals.dtype == object:  # weights over a huge common denominator: Python integers
        return [
            as_decimal(Fraction(int(t), denominator)) if has else None
            for t, has in zip(totals.tolist(), facts.has_total.tolist(), strict=True)
        ]
    rest = denominator // np.gcd(totals, denominator)
    for prime in (2, 5):
        while (divisible := rest % prime == 0).any():
            rest = np.where(divisible, rest // prime, rest)
    whole = Decimal(denominator)
    return [
        None if not has else Decimal(t) / whole if finite else as_decimal(Fraction(t, denominator))
        for t, has, finite in zip(
            totals.tolist(), facts.has_total.tolist(), (rest == 1).tolist(), strict=True
        )
    ]


def _conclude(
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
            *(f for f in cohort_findings if not f.path.startswith("cohort.trainees[")),
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
        policy_digest=policy.digest,
        library_version=__version__,
    )
