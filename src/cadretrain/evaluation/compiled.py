"""Compiled evaluation: a policy prepared once, then run over many trainees fast.

:func:`compile_policy` does once what the interpreter does per trainee:
it checks the policy against the book, resolves every trainee-scope
check's parameters for the judging date and works out whether a trainee
who passes every check leaves any finding (only an ``AnyOf``, ``AtLeast``
or ``Not`` failing despite that could). :meth:`CompiledPolicy.evaluate`
then runs each check's *fast predicate* (``CheckDefinition.fast``: true
exactly when the check would yield no failed result) on each trainee. A
trainee every predicate passes, with no override, is completed with no
rule finding: its total, grade, closing finding and assessment come from
memos shared by equal trainees, and no result or finding is built for the
checks it passed. Any other trainee goes through the reference
interpreter, so every explanation is the interpreter's own. The result is
equal to the interpreter's bulk mode (``tests/evaluation/test_compiled.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

import attrs

from cadretrain._gc import paused_collector
from cadretrain.errors import InvalidValueError
from cadretrain.evaluation import _unchecked
from cadretrain.evaluation._stages import (
    Stage,
    assess,
    check_policy,
    conclude,
    overrides_by_trainee,
    rank,
    rule_grade,
    stage,
)
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.facts import TraineeFacts, scores_of, total_of, trainee_facts
from cadretrain.evaluation.grading import as_decimal
from cadretrain.evaluation.verdict import outcome_finding
from cadretrain.model import AssessmentScheme, Cohort, Outcome
from cadretrain.rules import (
    AllOf,
    Check,
    CheckDefinition,
    CheckResult,
    Finding,
    Not,
    Policy,
    Rule,
    RuleBook,
    Scope,
    combined_verdict,
    resolve_parameters,
    walk,
)

__all__ = ["CompiledPolicy", "compile_policy", "compiled"]

_COMPLETED = Outcome.COMPLETED
_PAIR = attrgetter("component", "value")
Predicate = Callable[[TraineeFacts], bool]


@attrs.frozen(kw_only=True)
class CompiledPolicy:
    """A policy ready to judge cohorts that start on ``judged_on``.

    ``checks`` holds each trainee-scope ``Check`` node's definition and
    resolved parameters, in tree order; ``clean`` is whether a trainee who
    passes all of them leaves no rule finding (true for any tree without a
    failing ``AnyOf``, ``AtLeast`` or ``Not`` in that case).
    """

    policy: Policy
    judged_on: dt.date
    book: RuleBook = attrs.field(repr=False)
    checks: tuple[tuple[CheckDefinition, Any], ...] = attrs.field(repr=False)
    clean: bool

    def evaluate(self, cohort: Cohort, *, on: dt.date | None = None) -> CohortEvaluation:
        """Judge ``cohort`` in bulk mode; equal to ``ct.evaluate(cohort, policy)``.

        ``on`` is the date instruments are reported as of (default the
        cohort's last day). The collector is paused during the call.
        """
        if cohort.start != self.judged_on:
            raise InvalidValueError(
                "cohort.start",
                cohort.start,
                f"{self.judged_on.isoformat()}, the date {self.policy.name!r} was compiled "
                "for (compile the policy for the cohort's first day)",
            )
        with paused_collector():
            return self._evaluate(cohort, on)

    def _evaluate(self, cohort: Cohort, on: dt.date | None) -> CohortEvaluation:
        policy, book, judged_on = self.policy, self.book, self.judged_on
        overrides = overrides_by_trainee(cohort)
        predicates = tuple(_predicate(definition, params) for definition, params in self.checks)
        scheme = cohort.programme.scheme
        profiles = _Profiles(scheme)
        stages: list[Stage] = []
        fast: list[_Profile | None] = []
        for facts in trainee_facts(cohort):
            tid = facts.trainee.id
            if self.clean and tid not in overrides:
                for passes in predicates:
                    if not passes(facts):
                        break
                else:
                    profile = profiles(facts)
                    stages.append(
                        Stage(facts, (), (), _COMPLETED, (), profile.total, profile.grade)
                    )
                    fast.append(profile)
                    continue
            stages.append(stage(facts, policy, book, judged_on, False, overrides.get(tid, ())))
            fast.append(None)
        cohort_findings, by_path, drops = rank(
            stages, scheme, policy, book, judged_on, False, _unchecked.standing
        )
        closings = _Closings(scheme)
        assessments: list[Assessment] = []
        for s, known in zip(stages, fast, strict=True):
            facts = s.facts
            path = facts.path
            mine = by_path.get(path, ())
            if known is None:
                assessments.append(
                    assess(s, cohort, mine, drops, overrides.get(facts.trainee.id, ()))
                )
                continue
            grade = drops.get(path, s.grade)
            closing = closings(path, grade, known.shown, facts)
            assessments.append(
                _unchecked.assessment(
                    facts.trainee.id,
                    cohort.id,
                    _COMPLETED,
                    facts.summary,
                    known.scores,
                    known.shown,
                    grade,
                    (*mine, closing) if mine else (closing,),
                )
            )
        return conclude(cohort, policy, judged_on, on, cohort_findings, tuple(assessments))


def compile_policy(policy: Policy, on: dt.date, book: RuleBook | None = None) -> CompiledPolicy:
    """Compile ``policy`` for cohorts starting ``on``: checked and resolved once.

    Refuses what ``ct.evaluate`` refuses (a policy not in force on ``on``,
    one that does not fit ``book``, a check of another scope) and a
    parameter with no value on ``on`` (:class:`~cadretrain.rules.MissingParameter`).
    """
    book = RuleBook.builtin() if book is None else book
    check_policy(policy, book, on)
    checks = tuple(
        (book[node.rule_id], resolve_parameters(book[node.rule_id], node, policy, on)[0])
        for node in walk(policy.rule)
        if isinstance(node, Check) and book[node.rule_id].scope is Scope.TRAINEE
    )
    return CompiledPolicy(
        policy=policy,
        judged_on=on,
        book=book,
        checks=checks,
        clean=_when_all_pass(policy.rule, book)[1],
    )


@lru_cache(maxsize=16)
def compiled(policy: Policy, on: dt.date, book: RuleBook) -> CompiledPolicy:
    """:func:`compile_policy`, remembered for the 16 latest ``(policy, on, book)``."""
    return compile_policy(policy, on, book)


def _predicate(definition: CheckDefinition, params: object) -> Predicate:
    if definition.fast is not None:
        predicate: Predicate = definition.fast(params)
        return predicate
    function = definition.function

    def passes(facts: TraineeFacts) -> bool:
        return all(isinstance(r, CheckResult) and r.passed for r in function(facts, params))

    return passes


def _when_all_pass(rule: Rule, book: RuleBook) -> tuple[bool | None, bool]:
    """The verdict when every trainee-scope check passes, and whether no combinator fails."""
    if isinstance(rule, Check):
        return (True if book[rule.rule_id].scope is Scope.TRAINEE else None), True
    if isinstance(rule, Not):
        inner, clean = _when_all_pass(rule.child, book)
        negated = None if inner is None else not inner
        return negated, clean and negated is not False
    kids = [_when_all_pass(child, book) for child in rule.children]
    verdict = combined_verdict(rule, [v for v, _ in kids])
    clean = all(c for _, c in kids)
    return verdict, clean and (isinstance(rule, AllOf) or verdict is not False)


class _Profile(NamedTuple):
    """What a completed trainee's scores lead to: total, shown total, rule grade, scores."""

    total: Fraction | None
    shown: Decimal | None
    grade: str | None
    scores: tuple[tuple[str, Decimal], ...]


class _Profiles:
    """Profiles of completed trainees, one computation per distinct set of scores."""

    def __init__(self, scheme: AssessmentScheme | None) -> None:
        self._scheme = scheme
        self._memo: dict[tuple[tuple[str, Decimal], ...], _Profile] = {}

    def __call__(self, facts: TraineeFacts) -> _Profile:
        key = tuple(map(_PAIR, facts.scores))
        profile = self._memo.get(key)
        if profile is None:
            total = total_of(facts)
            profile = self._memo[key] = _Profile(
                total=total,
                shown=None if total is None else as_decimal(total),
                grade=rule_grade(self._scheme, _COMPLETED, total),
                scores=scores_of(facts),
            )
        return profile


class _Closings:
    """``evaluation.outcome`` findings of completed trainees, one per distinct content.

    The message depends on the grade, the shown total and the attendance
    summary, never on the trainee: the first trainee's finding is built
    with :func:`~cadretrain.evaluation.verdict.outcome_finding`, the next
    ones with the same content are copies at their own path. Summaries are
    keyed by identity (the facts pass shares equal ones, and they live as
    long as the cohort's facts).
    """

    def __init__(self, scheme: AssessmentScheme | None) -> None:
        self._scale = scheme.scale if scheme is not None else None
        self._memo: dict[tuple[str | None, Decimal | None, int], Finding] = {}

    def __call__(
        self, path: str, grade: str | None, shown: Decimal | None, facts: TraineeFacts
    ) -> Finding:
        summary = facts.summary
        key = (grade, shown, id(summary))
        template = self._memo.get(key)
        if template is None:
            scale = self._scale
            template = self._memo[key] = outcome_finding(
                path=path,
                outcome=_COMPLETED,
                grade=scale.level(grade) if scale is not None and grade is not None else None,
                total=shown,
                summary=summary,
                deciders=(),
            )
            return template
        return _unchecked.finding_at(template, path)
