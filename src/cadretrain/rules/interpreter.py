"""The interpreter: one short recursive evaluator of a rule tree, over verdict columns.

Like ``packaging.markers._evaluate_markers``, it walks the closed set of
nodes and nothing is ever ``eval``-ed. A subject may be one thing (a
programme, a posting: one *row*) or many (a cohort's trainees, judged as
columns): a check yields the results of one subject, or returns a
:class:`~cadretrain.rules.checks.Judged` verdict column for many, and the
tree combines the columns (OpenFisca's vectorised formulas: one engine over
arrays). Verdicts are three-valued: passed, failed and not applicable (the
check's subject was not given, or the check says so for a row).
Combinators ignore inapplicable children; a combinator whose children are
all inapplicable is itself inapplicable, while an empty one is its identity
(``AllOf()`` passes, ``AnyOf()`` fails, ``AtLeast(0)`` passes).

Findings are made per row, only where asked (:meth:`Judgement.findings`).
When a combinator other than ``AllOf`` passes, the failed findings of its
children are demoted to INFO (kept, so the explanation survives: *which*
alternative failed); when ``AnyOf``, ``AtLeast`` or ``Not`` fails it adds a
finding of its own, path ``"rule"``, naming its children and the counts.
Explain mode also records passing results and "not applicable" notes;
otherwise the two modes are identical, verdicts and failed findings alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.errors import InvalidValueError
from cadretrain.rules.checks import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    CheckDefinition,
    CheckResult,
    Judged,
    RuleBook,
    Scope,
)
from cadretrain.rules.citation import RULE_TREE, Citation
from cadretrain.rules.findings import Finding, ParameterUse, Report, _trusted
from cadretrain.rules.nodes import AllOf, AnyOf, AtLeast, Check, Not, Rule, rule_ids, walk
from cadretrain.rules.policy import Policy, PolicyNotInForce
from cadretrain.rules.resolution import resolve_parameters, validate_policy
from cadretrain.rules.severity import Severity

__all__ = [
    "Judgement",
    "Verdict",
    "check_findings",
    "combined_verdict",
    "evaluate_rule",
    "judge",
    "run",
]

Column = npt.NDArray[np.int8]


@attrs.frozen(kw_only=True)
class Verdict:
    """A tree's three-valued verdict and the findings that explain it."""

    passed: bool | None
    findings: tuple[Finding, ...] = ()


def run(
    policy: Policy,
    *,
    subjects: Mapping[Scope, object],
    on: date,
    book: RuleBook,
    explain: bool = False,
) -> Report:
    """Evaluate ``policy`` on ``subjects`` as of ``on`` with ``book``'s checks; report the findings.

    Refuses a policy not in
    force on ``on`` (:class:`PolicyNotInForce`) and a policy that does not
    fit the book (:class:`~cadretrain.errors.ValidationError`).
    """
    if not policy.in_force(on):
        until = policy.effective_to.isoformat() if policy.effective_to else "open-ended"
        raise PolicyNotInForce(
            f"policy {policy.name!r} is in force from {policy.effective_from.isoformat()} "
            f"to {until}; it cannot judge {on.isoformat()}"
        )
    for scope in subjects:
        if not isinstance(scope, Scope):
            raise InvalidValueError("subjects", scope, "keys that are Scope members")
    validate_policy(policy, book)
    verdict = evaluate_rule(
        policy.rule, subjects=subjects, on=on, policy=policy, book=book, explain=explain
    )
    return Report(findings=verdict.findings)


def evaluate_rule(
    rule: Rule,
    *,
    subjects: Mapping[Scope, object],
    on: date,
    policy: Policy,
    book: RuleBook,
    explain: bool = False,
) -> Verdict:
    """The verdict of ``rule`` with its findings (see the module docstring).

    Over many rows, the verdict fails when a row fails, else passes when a
    row passes, and the findings are every row's, row by row.
    """
    judgement = judge(rule, subjects=subjects, on=on, policy=policy, book=book, explain=explain)
    column = judgement.verdict
    passed = None if (column == NOT_APPLICABLE).all() else not (column == FAIL).any()
    rows = range(len(column)) if explain else np.flatnonzero(judgement.flagged).tolist()
    return Verdict(
        passed=passed, findings=tuple(f for row in rows for f in judgement.findings(row))
    )


def judge(
    rule: Rule,
    *,
    subjects: Mapping[Scope, object],
    on: date,
    policy: Policy,
    book: RuleBook,
    explain: bool = False,
    size: int | None = None,
) -> Judgement:
    """The verdict column of ``rule`` over the subjects' rows; findings row by row on demand.

    Every check runs once, with its parameters resolved for ``on``; checks
    of a scope absent from ``subjects`` are not applicable. The checks that
    run must judge the same number of rows (one, for a check that yields
    its results): ``size`` when given (a tree without a check that runs
    still has a verdict for every row), else one.
    """
    judged: dict[int, _Checked] = {}
    for node in walk(rule):
        if isinstance(node, Check) and id(node) not in judged:
            judged[id(node)] = _run_check(node, subjects, on, policy, book)
    sizes = {len(c.judged) for c in judged.values() if c.judged is not None}
    if size is not None:
        sizes.add(size)
    if len(sizes) > 1:
        raise InvalidValueError("subjects", sorted(sizes), "subjects of one size (rows) for a tree")
    return Judgement(root=_tree(rule, judged, sizes.pop() if sizes else 1), explain=explain)


class _Checked(NamedTuple):
    definition: CheckDefinition
    judged: Judged | None  # None: the check's scope is not among the subjects
    uses: tuple[ParameterUse, ...]
    severity: Severity
    note: Finding | None = None  # the "not applicable" note, the same for every row


class _Node(NamedTuple):
    rule: Rule
    verdict: Column
    failing: npt.NDArray[np.bool_]  # a row where this node or one below it fails
    children: tuple[_Node, ...]
    checked: _Checked | None


@attrs.frozen(kw_only=True, eq=False)
class Judgement:
    """A tree's verdict on every row, and each row's findings made on demand."""

    root: _Node = attrs.field(repr=False)
    explain: bool

    @property
    def verdict(self) -> Column:
        """The tree's verdict column: ``PASS`` (1), ``FAIL`` (0), ``NOT_APPLICABLE`` (-1)."""
        return self.root.verdict

    @property
    def flagged(self) -> npt.NDArray[np.bool_]:
        """The rows that have a finding in bulk mode: a check or a combinator fails there."""
        return self.root.failing

    def findings(self, row: int) -> tuple[Finding, ...]:
        """The findings about ``row``: in tree order, each check's in its own order."""
        return tuple(_findings(self.root, row, self.explain))


def _run_check(
    node: Check, subjects: Mapping[Scope, object], on: date, policy: Policy, book: RuleBook
) -> _Checked:
    definition = book[node.rule_id]
    severity = policy.severity(node.rule_id)
    if definition.scope not in subjects:
        return _Checked(definition, None, (), severity, _not_applicable(definition))
    subject = subjects[definition.scope]
    wanted = definition.subject_type
    if wanted is not None and not isinstance(subject, wanted):
        raise InvalidValueError(
            f"rule[{node.rule_id}]",
            subject,
            f"a {wanted.__name__}: the {definition.scope.value}-scope check "
            f"{node.rule_id!r} judges a {wanted.__name__}, not a {type(subject).__name__}",
        )
    params, uses = resolve_parameters(definition, node, policy, on)
    made = definition.function(subject, params)
    if not isinstance(made, Judged):  # one subject: its results are one row
        results = tuple(made)
        for result in results:
            if not isinstance(result, CheckResult):
                raise InvalidValueError(
                    f"{node.rule_id} result", result, "a CheckResult from the check"
                )
        verdict = np.array([all(r.passed for r in results)], dtype=np.int8)
        made = Judged(verdict=verdict, results=lambda _row: results)
    return _Checked(definition, made, uses, severity)


def _tree(rule: Rule, judged: dict[int, _Checked], size: int) -> _Node:
    if isinstance(rule, Check):
        checked = judged[id(rule)]
        if checked.judged is None:
            verdict: Column = np.full(size, NOT_APPLICABLE, dtype=np.int8)
        else:
            verdict = checked.judged.verdict
        return _Node(rule, verdict, verdict == FAIL, (), checked)
    children = (rule.child,) if isinstance(rule, Not) else rule.children
    nodes = tuple(_tree(child, judged, size) for child in children)
    if isinstance(rule, Not):
        inner = nodes[0].verdict
        verdict = np.where(inner == NOT_APPLICABLE, inner, 1 - inner).astype(np.int8)
    else:
        verdict = _combined(rule, [n.verdict for n in nodes], size)
    failing = verdict == FAIL
    for node in nodes:
        failing |= node.failing
    return _Node(rule, verdict, failing, nodes, None)


def _combined(rule: AllOf | AnyOf | AtLeast, verdicts: list[Column], size: int) -> Column:
    """:func:`combined_verdict` over columns."""
    if not verdicts:
        identity = combined_verdict(rule, [])
        return np.full(size, PASS if identity else FAIL, dtype=np.int8)
    stack = np.stack(verdicts)
    applicable = (stack != NOT_APPLICABLE).any(axis=0)
    if isinstance(rule, AllOf):
        ok = ~(stack == FAIL).any(axis=0)
    else:
        ok = (stack == PASS).sum(axis=0) >= (1 if isinstance(rule, AnyOf) else rule.n)
    return np.where(applicable, ok, NOT_APPLICABLE).astype(np.int8)


def _findings(node: _Node, row: int, explain: bool) -> list[Finding]:
    if not explain and not node.failing[row]:
        return []
    checked = node.checked
    if checked is not None:
        if checked.judged is None:
            return [checked.note] if explain and checked.note is not None else []
        rule_id = checked.definition.rule_id
        passed, findings = check_findings(
            rule_id,
            checked.judged.results(row),
            checked.severity,
            checked.uses,
            explain=explain,
            citation=checked.definition.source,
        )
        if passed is (int(node.verdict[row]) == FAIL):
            raise InvalidValueError(
                f"{rule_id} verdict[{row}]",
                int(node.verdict[row]),
                f"{FAIL} exactly when one of the row's results fails (they {'pass' if passed else 'fail'})",
            )
        return list(findings)
    found = [f for child in node.children for f in _findings(child, row, explain)]
    rule = node.rule
    verdict = int(node.verdict[row])
    if verdict == NOT_APPLICABLE or isinstance(rule, AllOf):
        return found
    if verdict == PASS:
        return [_demote(f) for f in found]
    assert not isinstance(rule, AllOf | Check)
    kids = [int(child.verdict[row]) for child in node.children]
    return [*found, _combinator_finding(rule, kids)]


def combined_verdict(rule: AllOf | AnyOf | AtLeast, verdicts: Sequence[bool | None]) -> bool | None:
    """A combinator's three-valued verdict from its children's, in order.

    Inapplicable children (``None``) are ignored; when every child is
    inapplicable the combinator is too, while an empty one is its identity.

    >>> combined_verdict(AnyOf(), []), combined_verdict(AllOf(), [None, True])
    (False, True)
    """
    applicable = [v for v in verdicts if v is not None]
    if verdicts and not applicable:
        return None
    if isinstance(rule, AllOf):
        return all(applicable)
    if isinstance(rule, AnyOf):
        return any(applicable)
    return sum(applicable) >= rule.n


def check_findings(
    rule_id: str,
    results: Iterable[object],
    severity: Severity,
    uses: tuple[ParameterUse, ...],
    *,
    explain: bool,
    citation: Citation | None = None,
) -> tuple[bool, tuple[Finding, ...]]:
    """Whether every result of one check passed, and the findings they make.

    A failed result makes a finding of the check's ``severity``; a passed
    one an ``INFO`` finding, only when ``explain``. Each cites ``citation``,
    the check's declared source.
    """
    passed = True
    findings: list[Finding] = []
    for result in results:
        if not isinstance(result, CheckResult):
            raise InvalidValueError(f"{rule_id} result", result, "a CheckResult from the check")
        # Finding.of_result, inlined: this loop runs for every result of every trainee
        if not result.passed:
            passed = False
            findings.append(
                _trusted(
                    rule_id,
                    severity,
                    result.path,
                    False,
                    result.message_zh,
                    result.message_en,
                    result.evidence,
                    uses,
                    citation,
                )
            )
        elif explain:
            findings.append(
                _trusted(
                    rule_id,
                    _INFO,
                    result.path,
                    True,
                    result.message_zh,
                    result.message_en,
                    result.evidence,
                    uses,
                    citation,
                )
            )
    return passed, tuple(findings)


_INFO = Severity.INFO


def _not_applicable(definition: CheckDefinition) -> Finding:
    scope = definition.scope
    return Finding(
        rule_id=definition.rule_id,
        severity=Severity.INFO,
        path=scope.value,
        passed=True,
        message_zh=f"不适用:未提供{scope.zh}",
        message_en=f"not applicable: no {scope.en} given",
        evidence=(("scope", scope.value),),
        citation=definition.source,
    )


def _demote(finding: Finding) -> Finding:
    if finding.passed or finding.severity is Severity.INFO:
        return finding
    return attrs.evolve(finding, severity=Severity.INFO)


def _combinator_finding(rule: AnyOf | AtLeast | Not, verdicts: Sequence[int]) -> Finding:
    ids = ", ".join(rule_ids(rule)) or repr(rule)
    applicable = sum(v != NOT_APPLICABLE for v in verdicts)
    passed = sum(v == PASS for v in verdicts)
    evidence: tuple[tuple[str, int], ...] = (
        ("children", len(verdicts)),
        ("applicable", applicable),
        ("passed", passed),
    )
    if isinstance(rule, Not):
        rule_id = "rule.not"
        zh = f"规则 {ids} 应不成立,但已成立"
        en = f"{ids} must not pass, but it passed"
    elif isinstance(rule, AnyOf):
        rule_id = "rule.any_of"
        zh = f"{len(verdicts)} 项备选规则无一通过({applicable} 项适用):{ids}"
        en = f"none of {len(verdicts)} alternatives passed ({applicable} applicable): {ids}"
    else:
        rule_id = "rule.at_least"
        evidence = (("required", rule.n), *evidence)
        zh = (
            f"至少需 {rule.n} 项通过,实际 {passed} 项通过"
            f"(共 {len(verdicts)} 项,{applicable} 项适用):{ids}"
        )
        en = (
            f"at least {rule.n} of {len(verdicts)} must pass; {passed} passed "
            f"({applicable} applicable): {ids}"
        )
    return Finding(
        rule_id=rule_id,
        severity=Severity.ERROR,
        path="rule",
        passed=False,
        message_zh=zh,
        message_en=en,
        evidence=evidence,
        citation=RULE_TREE,
    )
