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
from collections.abc import Callable, Hashable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import repeat
from typing import Any, NamedTuple, cast

import attrs

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
from cadretrain.evaluation.verdict import (
    Part,
    attendance_part,
    closing_finding,
    decision_part,
    grade_part,
    outcome_finding,
)
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
_EVERY_RULE_MET = decision_part(_COMPLETED, "")
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
        cohort's last day).
        """
        cohort = subject.cohort if isinstance(subject, CohortFacts) else subject
        if cohort.start != self.judged_on:
            raise InvalidValueError(
                "cohort.start",
                cohort.start,
                f"{self.judged_on.isoformat()}, the date {self.policy.name!r} was compiled "
                "for (compile the policy for the cohort's first day)",
            )
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
        trainees = facts.trainees
        # bulk mode, no combinator that can fail: every check's fast predicate, a column at a time
        passing: Iterable[bool] = (
            batch.passing(trainees) if not explain and self.clean else repeat(False)
        )
        graded_of = grader.graded
        standing = _unchecked.standing
        completed = completions.assessment
        # A trainee completed by the rules with no decision is assessed at once, as if no
        # cohort-scope check spoke of them (the few one speaks of are assessed again below);
        # everyone else waits for the cohort-scope checks as a Stage, in a None's place.
        assessments: list[Assessment | None] = []
        waiting: list[tuple[int, Stage]] = []
        ranked: list[Standing] = []
        for trainee, passes in zip(trainees, passing, strict=False):  # ``passing`` may repeat
            tid = trainee.trainee.id
            mine = overrides.get(tid) if overrides else None
            if mine is None:
                if passes:
                    found: tuple[Finding, ...] = ()
                elif self.flat:
                    found, blocked = batch.findings(trainee)
                    passes = not blocked
                if passes:  # completed by the rules, no decision: graded by the total alone
                    graded = graded_of(trainee.total)
                    if graded[0] is not None:
                        ranked.append(standing(tid, trainee.total, graded[0]))
                    assessments.append(completed(trainee, graded, found))
                    continue
            judged = (
                staged(trainee, batch.findings(trainee)[0], mine or (), grader)
                if self.flat
                else stage(trainee, policy, book, judged_on, explain, mine or (), grader)
            )
            if judged.outcome is _COMPLETED and judged.grade is not None:
                ranked.append(standing(tid, trainee.total, judged.grade))
            if mine is None and judged.outcome is _COMPLETED:
                assessments.append(completed(trainee, graded_of(judged.total), judged.findings))
            else:
                waiting.append((len(assessments), judged))
                assessments.append(None)
        cohort_findings, by_path, drops = rank(
            tuple(ranked), scheme, policy, book, judged_on, explain
        )
        close = completions.closing
        for i, judged in waiting:
            quota = by_path.get(judged.facts.path, ()) if by_path else ()
            decisions = overrides.get(judged.facts.trainee.id, ())
            assessments[i] = assess(judged, cohort, quota, drops, decisions, grader, close)
        if by_path or drops:
            spoken = by_path.keys() | drops.keys()
            assessed_later = {i for i, _ in waiting}
            for i, trainee in enumerate(trainees):
                path = trainee.path
                if path in spoken and i not in assessed_later:  # completed by the rules alone
                    before = cast(Assessment, assessments[i])
                    assessments[i] = completed(
                        trainee,
                        graded_of(trainee.total),
                        before.findings[:-1],  # the rules' findings; the closing one last
                        drops.get(path),
                        by_path.get(path, ()),
                    )
        return conclude(cohort, policy, judged_on, on, cohort_findings, _all(assessments))


def _all(assessments: list[Assessment | None]) -> tuple[Assessment, ...]:
    """The assessments, every place filled (each waiting stage was assessed after the quota)."""
    return tuple(cast("list[Assessment]", assessments))


def compile_policy(policy: Policy, on: dt.date, book: RuleBook) -> CompiledPolicy:
    """Compile ``policy`` for cohorts starting ``on``: checked and resolved once.

    Refuses what ``ct.evaluate`` refuses (a policy not in force on ``on``,
    one that does not fit ``book``, a check of another scope) and a
    parameter with no value on ``on`` (:class:`~cadretrain.rules.MissingParameter`).
    """
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
        self._judges = tuple(_Judge(check, explain) for check in checks)
        self._blocking = tuple(c.severity is Severity.ERROR for c in checks)
        self._predicates = tuple(j.predicate() for j in self._judges)

    def passing(self, trainees: Sequence[TraineeFacts]) -> list[bool]:
        """Whether every check passes, for each trainee (no finding is built).

        Each predicate runs over the whole column of trainees in one ``map``:
        no loop in Python per trainee and check.
        """
        columns = [list(map(passes, trainees)) for passes in self._predicates]
        if not columns:
            return [True] * len(trainees)
        if len(columns) == 1:
            return list(map(bool, columns[0]))
        return list(map(all, zip(*columns, strict=True)))

    def findings(self, facts: TraineeFacts) -> tuple[tuple[Finding, ...], bool]:
        """Every check's findings about ``facts``, in tree order, and whether one blocks.

        A finding blocks completion when its check failed with severity
        ERROR (a failed result takes the check's severity, a passed one INFO).
        """
        found: list[Finding] = []
        blocked = False
        for judge, blocking in zip(self._judges, self._blocking, strict=True):
            passed, findings = judge(facts)
            found += findings
            if not passed and blocking:
                blocked = True
        return tuple(found), blocked


class _Judge:
    """One check over one cohort: its verdict and findings, memoised by the check's key.

    With a ``key``, the check runs once per distinct key and the next
    trainees get the findings moved to their own paths. Keys that are
    shared objects (a summary) are found by identity first, which spares
    hashing them; the key is held with its entry, so that its id is not
    reused meanwhile. A memo that does not pay (keys hardly repeat, or are
    never the same object) is dropped after a trial.
    """

    def __init__(self, check: CompiledCheck, explain: bool) -> None:
        self._check = check
        self._explain = explain
        self._key = check.definition.key
        templates = check.definition.templates
        self._templates = templates(check.params) if templates is not None else None
        self._made: dict[int, tuple[CheckResult, bool, Finding | None]] = {}
        self._by_value: dict[Hashable, _Memo] = {}
        self._by_identity: dict[int, tuple[Hashable, _Memo]] | None = {}
        self._lookups = self._hits = self._identity_hits = 0

    def __call__(self, facts: TraineeFacts) -> tuple[bool, Iterable[Finding]]:
        key = self._key
        if key is None:
            return self._run(facts)
        k = key(facts)
        known: _Memo | None = None
        by_identity = self._by_identity
        if by_identity is not None:
            seen = by_identity.get(id(k))
            if seen is not None and seen[0] is k:
                known = seen[1]
                self._identity_hits += 1
        path = facts.path
        if known is None:
            known = self._by_value.get(k)
            self._lookups += 1
            if known is None:
                passed, findings = self._run(facts)
                known = _Memo(path, passed, findings, all(_under(f.path, path) for f in findings))
                self._by_value[k] = known
            else:
                self._hits += 1
            if by_identity is not None:
                if len(by_identity) >= _SEEN:
                    by_identity.clear()
                by_identity[id(k)] = (k, known)
            if self._lookups % _TRIAL == 0:
                self._review()
            if known.path == path:
                return known.passed, known.findings
        if known.path == path or not known.findings:
            return known.passed, known.findings
        if not known.portable:
            return self._run(facts)
        cut = len(known.path)
        moved = _unchecked.moved_finding
        return known.passed, [moved(f, path + f.path[cut:]) for f in known.findings]

    def _review(self) -> None:
        """Every trial: stop keeping keys that hardly repeat, or looking them up by identity."""
        if self._hits * _WORTH < len(self._by_value):
            self._key = None  # keys hardly repeat here: judge every trainee
            self._by_value.clear()
            self._by_identity = None
        elif self._identity_hits * _WORTH < self._identity_hits + self._lookups:
            self._by_identity = None  # equal keys, but never the same object

    def _run(self, facts: TraineeFacts) -> tuple[bool, tuple[Finding, ...]]:
        check = self._check
        if self._templates is not None:
            return self._from_templates(facts)
        results = check.definition.function(facts, check.params)
        return check_findings(
            check.rule_id, results, check.severity, check.uses, explain=self._explain
        )

    def _from_templates(self, facts: TraineeFacts) -> tuple[bool, tuple[Finding, ...]]:
        """The findings of the check's templates, each template's finding made once and moved.

        Equal to ``check_findings`` of ``template.at(path)`` for each pair
        (the check's ``templates`` promise).
        """
        check, made = self._check, self._made
        passed = True
        found: list[Finding] = []
        assert self._templates is not None
        for template, path in self._templates(facts):
            entry = made.get(id(template))
            if entry is None or entry[0] is not template:  # held: its id is not reused meanwhile
                ok, findings = check_findings(
                    check.rule_id, (template,), check.severity, check.uses, explain=self._explain
                )
                entry = (template, ok, findings[0] if findings else None)
                if len(made) >= _SEEN:
                    made.clear()
                made[id(template)] = entry
            if type(path) is not str or not path or path.isspace():
                raise InvalidValueError(f"{check.rule_id} result path", path, "a non-empty string")
            if not entry[1]:
                passed = False
            if entry[2] is not None:
                found.append(_unchecked.moved_finding(entry[2], path))
        return passed, tuple(found)

    def predicate(self) -> Predicate:
        """The fast predicate, else the memoised verdict by key, else the function's verdict."""
        check = self._check
        definition = check.definition
        if definition.fast is not None:
            predicate: Predicate = definition.fast(check.params)
            return predicate
        if definition.key is not None:
            return lambda facts: bool(self(facts)[0])
        function, params = definition.function, check.params
        return lambda facts: all(
            isinstance(r, CheckResult) and r.passed for r in function(facts, params)
        )


_SEEN = 4096
"""Keys a check's identity memo holds before it starts again (it only saves hashing)."""


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
        self._graded: dict[tuple[str | None, int], Part] = {}
        self._attended: dict[int, Part] = {}

    def assessment(
        self,
        facts: TraineeFacts,
        graded: Graded,
        found: tuple[Finding, ...],
        dropped_to: str | None = None,
        quota: list[Finding] | tuple[()] = (),
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
            closing = self._completed[key] = self._completion(path, grade, shown, summary)
        else:
            closing = _unchecked.moved_finding(closing, path)
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

    def _completion(
        self, path: str, grade: str | None, shown: Decimal | None, summary: AttendanceSummary
    ) -> Finding:
        """The closing finding of a trainee completed by the rules: its parts made once each."""
        graded = self._graded.get((grade, id(shown)))
        if graded is None:
            scale = self._scale
            level = scale.level(grade) if scale is not None and grade is not None else None
            graded = self._graded[(grade, id(shown))] = grade_part(_COMPLETED, level, shown, False)
        attended = self._attended.get(id(summary))
        if attended is None:
            attended = self._attended[id(summary)] = attendance_part(summary)
        return closing_finding(path, _EVERY_RULE_MET, graded, attended)

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
        return _unchecked.moved_finding(template, path)
