"""Run one check of the built-in book on a programme or cohort, with literal parameters."""

from __future__ import annotations

import cadretrain as ct
from cadretrain.builtin import check
from cadretrain.rules import AllOf, Check, Finding, ParamValue, Policy, Report

from ._build import DAY


def run_rule(
    rule_id: str, subject: ct.Programme | ct.Cohort, **params: ParamValue
) -> tuple[Finding, ...]:
    """Every finding (explain mode) of ``rule_id`` on ``subject``."""
    policy = Policy(
        name="one_rule",
        title_zh="单条规则",
        title_en="one rule",
        rule=AllOf(Check(rule_id, params=params)),
        effective_from=DAY.replace(year=2015),
    )
    report: Report = check(subject, policy, explain=True)
    return report.for_rule(rule_id).findings


def failures(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The failed findings among ``findings``."""
    return tuple(f for f in findings if not f.passed)
