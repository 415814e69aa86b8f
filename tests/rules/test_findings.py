"""Findings and reports: ok means no failed error; explain reads in zh and en."""

from __future__ import annotations

from fractions import Fraction

import pytest

from cadretrain.errors import InvalidValueError
from cadretrain.rules import Citation, Finding, ParameterUse, Report, Severity

LAW = Citation(source="《条例》第二十四条")


def finding(
    rule_id: str = "evaluation.leave_ratio",
    severity: Severity = Severity.ERROR,
    path: str = "trainees[t-017]",
    passed: bool = False,
) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=severity,
        path=path,
        passed=passed,
        message_zh="请假超过规定",
        message_en="leave over the limit",
        evidence=(("leave_share", Fraction(1, 5)), ("hours", 40)),
        parameters=(ParameterUse(name="max_share", value=Fraction(1, 7), citation=LAW),),
    )


ERROR = finding()
WARNING = finding(rule_id="evaluation.attendance", severity=Severity.WARNING, path="trainees[t-2]")
DEMOTED = finding(rule_id="rule.any_of", severity=Severity.INFO, path="rule")
PASSED = finding(severity=Severity.INFO, path="trainees[t-017].hours", passed=True)
REPORT = Report(findings=(ERROR, WARNING, DEMOTED, PASSED))


def test_ok_is_false_only_when_an_error_failed() -> None:
    assert not REPORT.ok
    assert Report(findings=(WARNING, DEMOTED, PASSED)).ok
    assert Report(findings=(finding(passed=True),)).ok
    assert Report().ok


def test_errors_warnings_and_failures() -> None:
    assert REPORT.errors == (ERROR,)
    assert REPORT.warnings == (WARNING,)
    assert REPORT.failures == (ERROR, WARNING, DEMOTED)


def test_for_rule_and_for_path_keep_order() -> None:
    assert REPORT.for_rule("evaluation.leave_ratio").findings == (ERROR, PASSED)
    assert REPORT.for_path("trainees[t-017]").findings == (ERROR, PASSED)
    assert REPORT.for_path("trainees").findings == (ERROR, WARNING, PASSED)
    assert REPORT.for_path("trainees[t-01]").findings == ()


def test_merge_and_concat_keep_the_order_given() -> None:
    first, second = Report(findings=(ERROR,)), Report(findings=(WARNING, PASSED))
    assert first.merge(second).findings == (ERROR, WARNING, PASSED)
    assert Report.concat(second, first, Report()).findings == (WARNING, PASSED, ERROR)


def test_explain_in_chinese() -> None:
    assert REPORT.explain("zh").splitlines() == [
        "✗ 不通过 — 1 项错误,1 项警告,共 4 条记录",
        "  ✗ 错误 evaluation.leave_ratio trainees[t-017]: 请假超过规定 | 依据 leave_share=1/5, "
        "hours=40 | 参数 max_share=1/7〔《条例》第二十四条〕",
        "  ✗ 警告 evaluation.attendance trainees[t-2]: 请假超过规定 | 依据 leave_share=1/5, "
        "hours=40 | 参数 max_share=1/7〔《条例》第二十四条〕",
        "  ✗ 提示 rule.any_of rule: 请假超过规定 | 依据 leave_share=1/5, hours=40 | 参数 "
        "max_share=1/7〔《条例》第二十四条〕",
        "  ✓ 提示 evaluation.leave_ratio trainees[t-017].hours: 请假超过规定 | 依据 "
        "leave_share=1/5, hours=40 | 参数 max_share=1/7〔《条例》第二十四条〕",
    ]


def test_explain_in_english() -> None:
    lines = Report(findings=(WARNING,)).explain("en").splitlines()
    assert lines == [
        "✓ passed — 0 error(s), 1 warning(s), 1 finding(s)",
        "  ✗ warning evaluation.attendance trainees[t-2]: leave over the limit | evidence "
        "leave_share=1/5, hours=40 | parameters max_share=1/7〔《条例》第二十四条〕",
    ]


def test_message_picks_the_language_and_refuses_others() -> None:
    assert ERROR.message("zh") == "请假超过规定"
    assert ERROR.message("en") == "leave over the limit"
    with pytest.raises(InvalidValueError, match="'zh' or 'en'"):
        ERROR.message("fr")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="'zh' or 'en'"):
        REPORT.explain("fr")  # type: ignore[arg-type]


def test_parameter_use_refuses_float() -> None:
    with pytest.raises(InvalidValueError, match="never a float"):
        ParameterUse(name="max_share", value=0.1, citation=LAW)  # type: ignore[arg-type]


def test_a_finding_of_a_result_equals_the_validated_finding() -> None:
    """The interpreter's shortcut builds the same value the constructor would."""
    from cadretrain.rules import CheckResult

    result = CheckResult(
        path="cohort.trainees[t-017]",
        passed=False,
        message_zh="请假超过总学时的 1/7",
        message_en="leave over 1/7 of the class hours",
        evidence=(("leave_share", Fraction(1, 5)), ("scheduled", 800)),
    )
    uses = (ParameterUse(name="max_share", value=Fraction(1, 7), citation=Citation(source="条例")),)
    fast = Finding.of_result(
        result, rule_id="evaluation.leave_ratio", severity=Severity.ERROR, parameters=uses
    )
    slow = Finding(
        rule_id="evaluation.leave_ratio",
        severity=Severity.ERROR,
        path=result.path,
        passed=False,
        message_zh=result.message_zh,
        message_en=result.message_en,
        evidence=result.evidence,
        parameters=uses,
    )
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert fast.explain("en") == slow.explain("en")
