"""Compiled evaluation: a policy prepared once, then run over many trainees fast.

:func:`compile_policy` does once what the interpreter does per trainee: it
checks the policy against the book, resolves every trainee-scope check's
parameters, citations and severity for the judging date, and works out the
shape of the rule tree. :meth:`CompiledPolicy.evaluate` then judges each
trainee in one of three ways:

- **bulk mode, every check passes** (each check's *fast predicate*,
  ``CheckDefinition.fast``, is true): the trainee completed with no rule
  finding, and nothing is built but the assessment;
- **a flat tree** (an ``AllOf`` of checks, the shape of every preset):
  the findings are each check's findings in tree order, made by the
  interpreter's own :func:`~cadretrain.rules.check_findings`; a check with
  a ``key`` runs once per distinct key in the cohort and the next trainees
  get copies at their own paths;
- **any other tree**: the reference interpreter, trainee by trainee.

The result equals the interpreter's (``tests/evaluation/test_compiled.py``
holds the two equal on generated cohorts and rule trees, in both modes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

import attrs

from cadretrain._gc import paused_collector
from cadretrain.errors import InvalidValueError
from cadretrain.evaluation import _unchecked
from cadretrain.evaluation._stages import (
    Graded,
    Grader,
    Stage,
    assess,
    check_policy,
    conclude,
    overrides_by_trainee,
    rank,
    stage,
    staged,
)
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.evaluation.facts import CohortFacts, TraineeFacts, gather_facts
from cadretrain.evaluation.grading import Standing
from cadretrain.evaluation.verdict import outcome_finding
from cadretrain.model import Cohort, GradeLevel, Outcome
from cadretrain.rules import (
    AllOf,
    Check,
    CheckDefinition,
    CheckResult,
    Finding,
    Not,
    ParameterUse,
    Policy,
    Rule,
    RuleBook,
    Scope,
    Severity,
    check_findings,
    combined_verdict,
    resolve_parameters,
    walk,
)

__all__ = ["CompiledPolicy", "compile_policy", "compiled"]

_COMPLETED = Outcome.COMPLETED
Predicate = Callable[[TraineeFacts], bool]


class CompiledCheck(NamedTuple):
    """One trainee-scope ``Check`` node of a policy, resolved for the judging date."""

    rule_id: str
    definition: CheckDefinition
    params: Any
    uses: tuple[ParameterUse, ...]
    severity: Severity


@attrs.frozen(kw_only=True)
class CompiledPolicy:
    """A policy ready to judge cohorts that start on ``judged_on``.

    ``checks`` holds the policy's trainee-scope ``Check`` nodes in tree
    order, resolved. ``clean`` is whether a trainee who passes all of them
    leaves no rule finding (no ``AnyOf``, ``AtLeast`` or ``Not`` fails
    then); ``flat`` whether the tree is an ``AllOf`` of checks, so that a
    trainee's findings are the checks' findings in order.
    """

    policy: Policy
    judged_on: dt.date
    book: RuleBook = attrs.field(repr=False)
    checks: tuple[CompiledCheck, ...] = attrs.field(repr=False)
    clean: bool
    flat: bool

    def evaluate(
        self,
        subject: Cohort | CohortFacts,
        *,
        on: dt.date | None = None,
        explain: bool = False,
    ) -> CohortEvaluation:
        """Judge a cohort (or its gathered facts); equal to ``ct.evaluate(subject, policy)``.

        ``on`` is the date instruments are reported as of (default the
        cohort's last day). The collector is paused during the call.
        """
        cohort = subject.cohort if isinstance(subject, CohortFacts) else subject
        if cohort.start != self.judged_on:
            raise InvalidValueError(
                "cohort.start",
                cohort.start,
                f"{self.judged_on.isoformat()}, the date {self.policy.name!r} was compiled "
                "for (compile the policy for the cohort's first day)",
            )
        with paused_collector():
            facts = subject if isinstance(subject, CohortFacts) else gather_facts(subject)
            return self._evaluate(facts, on, explain)

    def _evaluate(self, facts: CohortFacts, on: dt.date | None, explain: bool) -> CohortEvaluation:
        policy, book, judged_on = self.policy, self.book, self.judged_on
        cohort = facts.cohort
        scheme = cohort.programme.scheme
        overrides = overrides_by_trainee(cohort)
        batch = _Batch(self.checks, explain)
        grader = Grader(scheme)
        completions = _Completions(grader, cohort.id)
        quick = not explain and self.clean and batch.passes
        standing = _unchecked.standing
        # a trainee every check passes, with no override, is only graded: (grade, shown total)
        stages: list[Stage | Graded] = []
        ranked: list[Standing] = []
        for trainee in facts.trainees:
            tid = trainee.trainee.id
            mine = overrides.get(tid, ()) if overrides else ()
            if quick and not mine and quick(trainee):
                graded = grader.graded(trainee.total)
                stages.append(graded)
                outcome, grade = _COMPLETED, graded[0]
            else:
                judged = (
                    staged(trainee, batch.findings(trainee), mine, grader)
                    if self.flat
                    else stage(trainee, policy, book, judged_on, explain, mine, grader)
                )
                stages.append(judged)
                outcome, grade = judged.outcome, judged.grade
            if outcome is _COMPLETED and grade is not None:
                ranked.append(standing(tid, trainee.total, grade))
        cohort_findings, by_path, drops = rank(
            tuple(ranked), scheme, policy, book, judged_on, explain
        )
        assessments: list[Assessment] = []
        for trainee, entry in zip(facts.trainees, stages, strict=True):
            path = trainee.path
            quota = by_path.get(path, ()) if by_path else ()
            if not isinstance(entry, Stage):
                assessments.append(completions.assessment(trainee, entry, drops.get(path), quota))
            elif entry.outcome is _COMPLETED and trainee.trainee.id not in overrides:
                # completed by the rules, no decision: graded by the total alone
                graded = grader.graded(entry.total)
                dropped_to = drops.get(path)
                found = entry.findings
                assessments.append(
                    completions.assessment(trainee, graded, dropped_to, quota, found)
                )
            else:
                mine = overrides.get(trainee.trainee.id, ())
                close = completions.closing
                assessments.append(assess(entry, cohort, quota, drops, mine, grader, close))
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
        CompiledCheck(
            node.rule_id,
            book[node.rule_id],
            *resolve_parameters(book[node.rule_id], node, policy, on),
            policy.severity(node.rule_id),
        )
        for node in walk(policy.rule)
        if isinstance(node, Check) and book[node.rule_id].scope is Scope.TRAINEE
    )
    rule = policy.rule
    return CompiledPolicy(
        policy=policy,
        judged_on=on,
        book=book,
        checks=checks,
        clean=_when_all_pass(rule, book)[1],
        flat=isinstance(rule, Check)
        or (isinstance(rule, AllOf) and all(isinstance(child, Check) for child in rule.children)),
    )


@lru_cache(maxsize=16)
def compiled(policy: Policy, on: dt.date, book: RuleBook) -> CompiledPolicy:
    """:func:`compile_policy`, remembered for the 16 latest ``(policy, on, book)``."""
    return compile_policy(policy, on, book)


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


class _Memo(NamedTuple):
    """One check's findings for the first trainee of a key: at ``path``, reusable elsewhere."""

    path: str
    passed: bool
    findings: tuple[Finding, ...]
    portable: bool  # every finding's path starts with ``path``


_TRIAL = 64
"""Distinct keys a check's memo holds before asking whether keys repeat enough."""
_WORTH = 4
"""A memo is kept while at least one look-up in ``_WORTH`` is a hit."""


class _Batch:
    """The policy's checks run over one cohort: predicates and findings, memoised by key."""

    def __init__(self, checks: tuple[CompiledCheck, ...], explain: bool) -> None:
        self._checks = checks
        self._explain = explain
        self._memos: tuple[dict[Hashable, _Memo], ...] = tuple({} for _ in checks)
        self._hits = [0] * len(checks)
        self._useful = [True] * len(checks)
        self._predicates = tuple(self._predicate(i, c) for i, c in enumerate(checks))

    def passes(self, facts: TraineeFacts) -> bool:
        """Whether every check passes ``facts`` (no finding is built)."""
        for passes in self._predicates:  # noqa: SIM110 (a loop: no generator per trainee)
            if not passes(facts):
                return False
        return True

    def findings(self, facts: TraineeFacts) -> tuple[Finding, ...]:
        """Every check's findings about ``facts``, in tree order."""
        found: list[Finding] = []
        for i in range(len(self._checks)):
            found += self._judge(i, facts)[1]
        return tuple(found)

    def _judge(self, i: int, facts: TraineeFacts) -> tuple[bool, Iterable[Finding]]:
        """Check ``i``'s verdict and findings: from the memo when the key was seen, moved here."""
        check = self._checks[i]
        key = check.definition.key
        if key is None or not self._useful[i]:
            return self._run(check, facts)
        memo = self._memos[i]
        k = key(facts)
        known = memo.get(k)
        path = facts.path
        if known is None:
            passed, findings = self._run(check, facts)
            memo[k] = _Memo(path, passed, findings, all(_under(f.path, path) for f in findings))
            if len(memo) >= _TRIAL and self._hits[i] * _WORTH < len(memo):
                self._useful[i] = False  # keys hardly repeat here: stop keeping them
                memo.clear()
            return passed, findings
        self._hits[i] += 1
        if known.path == path or not known.findings:
            return known.passed, known.findings
        if not known.portable:
            return self._run(check, facts)
        cut = len(known.path)
        return known.passed, [f.at(path + f.path[cut:]) for f in known.findings]

    def _run(self, check: CompiledCheck, facts: TraineeFacts) -> tuple[bool, tuple[Finding, ...]]:
        results = check.definition.function(facts, check.params)
        return check_findings(
            check.rule_id, results, check.severity, check.uses, explain=self._explain
        )

    def _predicate(self, i: int, check: CompiledCheck) -> Predicate:
        """The fast predicate, else the memoised verdict by key, else the function's verdict."""
        definition = check.definition
        if definition.fast is not None:
            predicate: Predicate = definition.fast(check.params)
            return predicate
        if definition.key is not None:
            return lambda facts: self._judge(i, facts)[0]
        function, params = definition.function, check.params
        return lambda facts: all(
            isinstance(r, CheckResult) and r.passed for r in function(facts, params)
        )


def _under(path: str, root: str) -> bool:
    """Whether ``path`` is ``root`` or below it (``root.x``, ``root[...]`` never: ids end paths)."""
    return path == root or path.startswith(root + ".")


class _Completions:
    """Completed trainees' assessments and everyone's closing findings, memoised.

    The closing finding depends on the outcome, grade, shown total,
    attendance summary and deciders, never on who the trainee is, so the
    first trainee's is copied to the next ones' paths. Shown totals and
    summaries are keyed by identity: the grader and the facts share equal
    ones, and they outlive this memo.
    """

    def __init__(self, grader: Grader, cohort_id: str) -> None:
        self._grader = grader
        self._cohort_id = cohort_id
        self._scale = grader.scheme.scale if grader.scheme is not None else None
        self._closings: dict[Hashable, Finding] = {}
        self._completed: dict[tuple[str | None, int, int], Finding] = {}

    def assessment(
        self,
        facts: TraineeFacts,
        graded: Graded,
        dropped_to: str | None,
        quota: list[Finding] | tuple[()],
        found: tuple[Finding, ...] = (),
    ) -> Assessment:
        """The assessment of a trainee completed by the rules, with no override.

        Its findings are the rules' (``found``: explained passes, warnings),
        the ``quota``'s, then the closing one; ``graded`` is the grade and
        shown total the grader gave, ``dropped_to`` the grade the top-grade
        quota drops the trainee to, if it does. Equal to what
        :func:`~cadretrain.evaluation._stages.assess` makes of such a trainee.
        """
        summary = facts.summary
        grade, shown = graded
        if dropped_to is not None:
            grade = dropped_to
        path = facts.path
        key = (grade, id(shown), id(summary))
        closing = self._completed.get(key)
        if closing is None:
            scale = self._scale
            closing = self._completed[key] = outcome_finding(
                path=path,
                outcome=_COMPLETED,
                grade=scale.level(grade) if scale is not None and grade is not None else None,
                total=shown,
                summary=summary,
                deciders=(),
            )
        else:
            closing = closing.at(path)
        return _unchecked.assessment(
            facts.trainee.id,
            self._cohort_id,
            _COMPLETED,
            summary,
            facts.marks,
            shown,
            grade,
            (*found, *quota, closing) if found or quota else (closing,),
        )

    def closing(
        self,
        *,
        path: str,
        outcome: Outcome,
        grade: GradeLevel | None,
        total: Decimal | None,
        summary: AttendanceSummary,
        deciders: tuple[str, ...] = (),
        grade_changed: bool = False,
    ) -> Finding:
        """:func:`~cadretrain.evaluation.verdict.outcome_finding`, copied when seen before."""
        key = (outcome, id(grade), total, id(summary), deciders, grade_changed)
        template = self._closings.get(key)
        if template is None:
            template = self._closings[key] = outcome_finding(
                path=path,
                outcome=outcome,
                grade=grade,
                total=total,
                summary=summary,
                deciders=deciders,
                grade_changed=grade_changed,
            )
            return template
        return template.at(path)
