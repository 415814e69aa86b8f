"""The generic rule engine: rule trees, checks, dated parameters, policies, reports.

A *rule tree* (``AllOf``, ``AnyOf``, ``AtLeast``, ``Not`` over ``Check``
leaves) says what must hold; a *check* is a pure function registered in an
immutable :class:`RuleBook`; a *policy* gives the tree its dated, cited
numbers and severities; :func:`run` evaluates it on the subjects as of a
date and returns a :class:`Report` of findings.

The engine knows nothing of the domain model: a check receives whatever
subject the caller maps to its :class:`Scope`.

>>> import attrs
>>> from datetime import date
>>> @attrs.frozen(kw_only=True)
... class Limit:
...     most: int
>>> def at_most(subject: int, params: Limit) -> tuple[CheckResult, ...]:
...     return (CheckResult(path="cohort", passed=subject <= params.most,
...                         message_zh=f"人数 {subject}", message_en=f"{subject} in",
...                         evidence=(("enrolled", subject),)),)
>>> book = RuleBook(checks=(CheckDefinition(
...     rule_id="cohort.capacity", scope=Scope.COHORT, description_zh="人数不超过上限",
...     description_en="enrolment within capacity", params_type=Limit, function=at_most,
...     source=Citation(source="the venue's fire certificate")),))
>>> policy = Policy(name="demo", title_zh="示例", title_en="demo",
...     rule=Check("cohort.capacity", params={"most": 50}), effective_from=date(2015, 1, 1))
>>> report = run(policy, subjects={Scope.COHORT: 51}, on=date(2016, 3, 1), book=book)
>>> report.ok
False
>>> print(report.explain("en"))
✗ failed — 1 error(s), 0 warning(s), 1 finding(s)
  ✗ error cohort.capacity cohort: 51 in | evidence enrolled=51 | parameters most=50〔rule tree〕 | source the venue's fire certificate
"""

from __future__ import annotations

from cadretrain.rules.checks import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    CheckDefinition,
    CheckFunction,
    CheckResult,
    Judged,
    ParameterSpec,
    RuleBook,
    Scope,
    UnknownRule,
)
from cadretrain.rules.citation import CHECK_DEFAULT, RULE_TREE, Citation, Confidence
from cadretrain.rules.findings import Finding, ParameterUse, Report
from cadretrain.rules.interpreter import (
    Judgement,
    Verdict,
    check_findings,
    combined_verdict,
    evaluate_rule,
    judge,
    run,
)
from cadretrain.rules.nodes import AllOf, AnyOf, AtLeast, Check, Not, Rule, rule_ids, walk
from cadretrain.rules.parameters import DatedParameter, DatedValue, ParameterNotInForce
from cadretrain.rules.policy import ParameterSetting, Policy, PolicyNotInForce
from cadretrain.rules.resolution import MissingParameter, resolve_parameters, validate_policy
from cadretrain.rules.severity import Severity
from cadretrain.rules.values import (
    Evidence,
    EvidenceValue,
    ParamValue,
    check_evidence_value,
    check_param_value,
    format_value,
)

__all__ = [
    "CHECK_DEFAULT",
    "FAIL",
    "NOT_APPLICABLE",
    "PASS",
    "RULE_TREE",
    "AllOf",
    "AnyOf",
    "AtLeast",
    "Check",
    "CheckDefinition",
    "CheckFunction",
    "CheckResult",
    "Citation",
    "Confidence",
    "DatedParameter",
    "DatedValue",
    "Evidence",
    "EvidenceValue",
    "Finding",
    "Judged",
    "Judgement",
    "MissingParameter",
    "Not",
    "ParamValue",
    "ParameterNotInForce",
    "ParameterSetting",
    "ParameterSpec",
    "ParameterUse",
    "Policy",
    "PolicyNotInForce",
    "Report",
    "Rule",
    "RuleBook",
    "Scope",
    "Severity",
    "UnknownRule",
    "Verdict",
    "check_evidence_value",
    "check_findings",
    "check_param_value",
    "combined_verdict",
    "evaluate_rule",
    "format_value",
    "judge",
    "resolve_parameters",
    "rule_ids",
    "run",
    "validate_policy",
    "walk",
]


def __dir__() -> list[str]:
    return list(__all__)
