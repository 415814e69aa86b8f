"""``ct.evaluate``: judge every trainee of a cohort under a policy.

The steps, each documented in ``docs/evaluation.md``:

1. gather each trainee's facts once (:mod:`~cadretrain.evaluation.facts`);
2. run the policy's rule tree on each trainee (trainee-scope checks), with
   the numbers in force on the cohort's first day;
3. decide each outcome from the blocking findings
   (:mod:`~cadretrain.evaluation.outcomes`), then apply waivers, exemptions
   and deferrals (:mod:`~cadretrain.evaluation.overrides`);
4. grade: completed trainees by the weighted total, everyone else the
   lowest grade (exempt and deferred trainees: no grade);
5. run the cohort-scope checks (the top-grade quota) on the completed
   trainees' standings and apply the drops they report;
6. apply grade changes, and close each assessment with an
   ``evaluation.outcome`` finding.

Outcomes and grades are computed from *failed* findings only, so explain
mode (which also records passing checks) and bulk mode agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.facts import TraineeFacts, trainee_facts
from cadretrain.evaluation.grading import Ranking, Standing, as_decimal, band, weighted_total
from cadretrain.evaluation.instruments import instruments_due
from cadretrain.evaluation.outcomes import rule_outcome
from cadretrain.evaluation.overrides import change_grade, decide
from cadretrain.evaluation.verdict import outcome_finding
from cadretrain.model import AssessmentScheme, Cohort, Outcome, Override
from cadretrain.policies.evaluation import default_evaluation_policy
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

__all__ = ["evaluate"]

_SCOPES = (Scope.TRAINEE, Scope.COHORT)
_NOT_FOLLOWED = (Outcome.WITHDRAWN, Outcome.WAIVED, Outcome.DEFERRED)


@attrs.frozen(kw_only=True)
class _Stage:
    """A trainee between the rules and the quota."""

    facts: TraineeFacts
    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    outcome: Outcome
    deciders: tuple[str, ...]
    total: Fraction | None
    grade: str | None


def evaluate(
    cohort: Cohort,
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``policy=None`` takes :func:`~cadretrain.policies.evaluation.default_evaluation_policy`
    for the cohort's first day. ``on`` defaults to the cohort's last day.
    ``explain=True`` also records passing checks. Refuses a policy not in
    force on the cohort's first day, one that does not fit ``book`` (default
    ``RuleBook.builtin()``), and one naming a check of another scope.
    """
    book = RuleBook.builtin() if book is None else book
    judged_on = cohort.start
    policy = default_evaluation_policy(judged_on) if policy is None else policy
    _check_policy(policy, book, judged_on)
    scheme = cohort.programme.scheme
    overrides: defaultdict[str, list[Override]] = defaultdict(list)
    for override in cohort.overrides:
        overrides[override.trainee].append(override)
    stages = [
        _stage(facts, policy, book, judged_on, explain, overrides[facts.trainee.id])
        for facts in trainee_facts(cohort)
    ]
    cohort_findings: tuple[Finding, ...] = ()
    drops: dict[str, str] = {}
    if scheme is not None:
        ranking = Ranking(
            scale=scheme.scale,
            share=scheme.top_grade_share,
            standings=tuple(
                Standing(trainee=s.facts.trainee.id, total=s.total, grade=s.grade)
                for s in stages
                if s.outcome is Outcome.COMPLETED and s.grade is not None
            ),
        )
        verdict = evaluate_tree(
            policy.rule,
            subjects={Scope.COHORT: ranking},
            on=judged_on,
            policy=policy,
            book=book,
            explain=explain,
        )
        cohort_findings = _own(verdict.findings, Scope.TRAINEE, book)
        drops = {
            f.path: str(dict(f.evidence)["new_grade"])
            for f in cohort_findings
            if not f.passed and "new_grade" in dict(f.evidence)
        }
    assessments = tuple(
        _assess(stage, cohort, cohort_findings, drops, overrides[stage.facts.trainee.id])
        for stage in stages
    )
    report = Report(
        findings=(
            *(f for f in cohort_findings if f.path == "cohort"),
            *(f for a in assessments for f in a.findings),
        )
    )
    as_of = cohort.end if on is None else on
    followed = (a.trainee_id for a in assessments if a.outcome not in _NOT_FOLLOWED)
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


def _check_policy(policy: Policy, book: RuleBook, judged_on: dt.date) -> None:
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


def _stage(
    facts: TraineeFacts,
    policy: Policy,
    book: RuleBook,
    judged_on: dt.date,
    explain: bool,
    overrides: Iterable[Override],
) -> _Stage:
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
    decision = decide(facts.path, own, overrides)
    outcome, blockers = rule_outcome(decision.findings)
    deciders = tuple(dict.fromkeys(f.rule_id for f in blockers))
    if decision.outcome is not None:
        outcome = decision.outcome
        deciders = (decision.notes[-1].rule_id,) if decision.notes else deciders
    total = _total(facts)
    return _Stage(
        facts=facts,
        findings=decision.findings,
        notes=decision.notes,
        outcome=outcome,
        deciders=deciders,
        total=total,
        grade=_rule_grade(facts.scheme, outcome, total),
    )


def _own(findings: Iterable[Finding], other: Scope, book: RuleBook) -> tuple[Finding, ...]:
    """Drop the "not applicable" notes about checks of the ``other`` scope."""
    return tuple(
        f
        for f in findings
        if not (f.path == other.value and f.rule_id in book and book[f.rule_id].scope is other)
    )


def _total(facts: TraineeFacts) -> Fraction | None:
    scheme = facts.scheme
    if scheme is None:
        return None
    return weighted_total(scheme, ((c.code, facts.score(c.code)) for c in scheme.components))


def _rule_grade(
    scheme: AssessmentScheme | None, outcome: Outcome, total: Fraction | None
) -> str | None:
    if scheme is None or outcome in (Outcome.WAIVED, Outcome.DEFERRED):
        return None
    scale = scheme.scale
    if outcome is not Outcome.COMPLETED:
        return scale.lowest.code
    if total is not None:
        return band(scale, total).code
    passing = [level for level in scale.levels if level.passing]
    return (passing[-1] if passing else scale.lowest).code


def _assess(
    stage: _Stage,
    cohort: Cohort,
    cohort_findings: tuple[Finding, ...],
    drops: dict[str, str],
    overrides: Iterable[Override],
) -> Assessment:
    facts = stage.facts
    path = facts.path
    mine = tuple(f for f in cohort_findings if f.path == path)
    grade = drops.get(path, stage.grade)
    scale = facts.scheme.scale if facts.scheme else None
    outcome, grade, changes = change_grade(path, overrides, scale, stage.outcome, grade)
    deciders = stage.deciders
    if changes and outcome is not stage.outcome:
        deciders = ("evaluation.override",)
    total = as_decimal(stage.total) if stage.total is not None else None
    closing = outcome_finding(
        path=path,
        outcome=outcome,
        grade=scale.level(grade) if scale is not None and grade is not None else None,
        total=total,
        summary=facts.summary,
        deciders=deciders,
        grade_changed=any(f.passed for f in changes),
    )
    scheme = facts.scheme
    scores = tuple(
        (c.code, value)
        for c in (scheme.components if scheme else ())
        if (value := facts.score(c.code)) is not None
    )
    return Assessment(
        trainee_id=facts.trainee.id,
        cohort_id=cohort.id,
        outcome=outcome,
        attendance=facts.summary,
        scores=scores,
        total=total,
        grade=grade,
        findings=(*stage.findings, *mine, *stage.notes, *changes, closing),
    )
