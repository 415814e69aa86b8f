"""The public surface of cadretrain.rules is exactly the documented names."""

from __future__ import annotations

import cadretrain.rules as rules

DOCUMENTED = {
    # nodes
    "AllOf", "AnyOf", "AtLeast", "Not", "Check", "Rule", "rule_ids", "walk",
    # checks and the book
    "Scope", "CheckResult", "CheckDefinition", "CheckFunction", "Judged", "ParameterSpec", "RuleBook",
    "PASS", "FAIL", "NOT_APPLICABLE",
    "UnknownRule",
    # values, citations, severities
    "ParamValue", "EvidenceValue", "Evidence", "check_param_value", "check_evidence_value",
    "format_value", "Citation", "Confidence", "RULE_TREE", "CHECK_DEFAULT", "Severity",
    # dated parameters and policies
    "DatedValue", "DatedParameter", "ParameterNotInForce", "ParameterSetting", "Policy",
    "PolicyNotInForce", "MissingParameter", "resolve_parameters", "validate_policy",
    # evaluation
    "Finding", "ParameterUse", "Report", "Verdict", "Judgement", "check_findings", "combined_verdict", "evaluate_rule",
    "judge", "run",
}  # fmt: skip


def test_all_is_exactly_the_documented_names() -> None:
    assert set(rules.__all__) == DOCUMENTED
    assert len(rules.__all__) == len(DOCUMENTED)
    assert sorted(dir(rules)) == sorted(DOCUMENTED)


def test_every_public_name_exists() -> None:
    missing = [name for name in rules.__all__ if not hasattr(rules, name)]
    assert missing == []


def test_rules_imports_nothing_of_cadretrain_but_errors_labelled_and_itself() -> None:
    import ast
    from pathlib import Path

    allowed = (
        "cadretrain.errors",
        "cadretrain.model._labelled",
        "cadretrain.model._trusted",
        "cadretrain.rules",
    )
    package = Path(rules.__file__).parent
    imports = {
        node.module
        for path in package.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cadretrain")
    }
    assert {m for m in imports if not m.startswith(allowed)} == set()
