"""The interpreter: one short recursive function that evaluates a rule tree.

Like ``packaging.markers._evaluate_markers``, :func:`_evaluate` walks the
closed set of nodes and nothing is ever ``eval``-ed. Verdicts are
three-valued: ``True`` (passed), ``False`` (failed) and ``None`` (not
applicable: the check's subject was not given). Combinators ignore
inapplicable children; a combinator whose children are all inapplicable is
itself inapplicable, while an empty one is its identity (``AllOf()``
passes, ``AnyOf()`` fails, ``AtLeast(0)`` passes).

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

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.rules.checks import CheckDefinition, CheckResult, RuleBook, Scope
from cadretrain.rules.findings import Finding, ParameterUse, Report, _trusted
from cadretrain.rules.nodes import AllOf, AnyOf, AtLeast, Check, Not, Rule, rule_ids
from cadretrain.rules.policy import Policy, PolicyNotInForce
from cadretrain.rules.resolution import resolve_parameters, validate_policy
from cadretrain.rules.severity import Severity

__all__ = ["Verdict", "check_findings", "combined_verdict", "evaluate", "run"]


@attrs.frozen(kw_only=True)
class Verdict:
    """A tree's three-valued verdict and the findings that explain it."""

    passed: bool | None
    findings: tuple[Finding, ...] = ()


@attrs.frozen(kw_only=True)
class _Context:
    subjects: Mapping[Scope, object]
    on: date
    policy: Policy
    book: RuleBook
    explain: bool


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
    verdict = evaluate(
        policy.rule, subjects=subjects, on=on, policy=policy, book=book, explain=explain
    )
    return Report(findings=verdict.findings)


def evaluate(
    rule: Rule,
    *,
    subjects: Mapping[Scope, object],
    on: date,
    policy: Policy,
    book: RuleBook,
    explain: bool = False,
) -> Verdict:
    """The verdict of ``rule`` with its findings (see the module docstring)."""
    ctx = _Context(subjects=subjects, on=on, policy=policy, book=book, explain=explain)
    return _evaluate(rule, ctx)


def _evaluate(rule: Rule, ctx: _Context) -> Verdict:
    if isinstance(rule, Check):
        return _check(rule, ctx)
    if isinstance(rule, Not):
        inner = _evaluate(rule.child, ctx)
        return _combine(rule, None if inner.passed is None else not inner.passed, (inner,))
    verdicts = tuple(_evaluate(child, ctx) for child in rule.children)
    return _combine(rule, combined_verdict(rule, [v.passed for v in verdicts]), verdicts)


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


def _combine(
    rule: AllOf | AnyOf | AtLeast | Not, passed: bool | None, verdicts: tuple[Verdict, ...]
) -> Verdict:
    findings = tuple(f for v in verdicts for f in v.findings)
    if passed is None or isinstance(rule, AllOf):
        return Verdict(passed=passed, findings=findings)
    if passed:
        return Verdict(passed=True, findings=tuple(map(_demote, findings)))
    return Verdict(passed=False, findings=(*findings, _combinator_finding(rule, verdicts)))


def _check(node: Check, ctx: _Context) -> Verdict:
    definition = ctx.book[node.rule_id]
    if definition.scope not in ctx.subjects:
        return Verdict(passed=None, findings=(_not_applicable(definition),) if ctx.explain else ())
    params, uses = resolve_parameters(definition, node, ctx.policy, ctx.on)
    subject = ctx.subjects[definition.scope]
    passed, findings = check_findings(
        node.rule_id,
        definition.function(subject, params),
        ctx.policy.severity(node.rule_id),
        uses,
        explain=ctx.explain,
    )
    return Verdict(passed=passed, findings=findings)


def check_findings(
    rule_id: str,
    results: Iterable[object],
    severity: Severity,
    uses: tuple[ParameterUse, ...],
    *,
    explain: bool,
) -> tuple[bool, tuple[Finding, ...]]:
    """Whether every result of one check passed, and the findings they make.

    A failed result makes a finding of the check's ``severity``; a passed
    one an ``INFO`` finding, only when ``explain``. Compiled evaluators call
    this too, so a check's findings are made one way only.
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
    )


def _demote(finding: Finding) -> Finding:
    if finding.passed or finding.severity is Severity.INFO:
        return finding
    return attrs.evolve(finding, severity=Severity.INFO)


def _combinator_finding(rule: AnyOf | AtLeast | Not, verdicts: tuple[Verdict, ...]) -> Finding:
    ids = ", ".join(rule_ids(rule)) or repr(rule)
    applicable = sum(v.passed is not None for v in verdicts)
    passed = sum(v.passed is True for v in verdicts)
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
    )
