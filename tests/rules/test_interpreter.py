"""The interpreter: parameter resolution, applicability, combinators, run()."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.rules import (
    CHECK_DEFAULT,
    RULE_TREE,
    AllOf,
    AnyOf,
    AtLeast,
    Check,
    Citation,
    DatedParameter,
    DatedValue,
    MissingParameter,
    Not,
    ParameterNotInForce,
    ParameterUse,
    PolicyNotInForce,
    Rule,
    Scope,
    Severity,
    UnknownRule,
    Verdict,
    evaluate_rule,
    run,
)

from .toys import BOOK, DAY, LAW, SUBJECTS, NoParams, Toy, definition, policy


def verdict(rule: Rule, *, explain: bool = False, minimum: int | None = 4) -> Verdict:
    return evaluate_rule(
        rule,
        subjects=SUBJECTS,
        on=DAY,
        policy=policy(rule, minimum=minimum),
        book=BOOK,
        explain=explain,
    )


def test_a_check_literal_beats_the_policy_value() -> None:
    result = verdict(Check("toy.threshold", params={"minimum": 9}))
    assert result.passed is False
    assert result.findings[0].parameters == (
        ParameterUse(name="minimum", value=9, citation=RULE_TREE),
    )


def test_the_policy_value_is_used_with_its_citation() -> None:
    result = verdict(Check("toy.threshold"), minimum=6)
    assert [f.path for f in result.findings] == ["score", "items[1]"]
    assert result.findings[0].parameters == (ParameterUse(name="minimum", value=6, citation=LAW),)


def test_the_structural_default_is_used_last_and_cited_as_such() -> None:
    result = verdict(Check("toy.defaulted"), explain=True)
    assert result.passed is False  # 5/10 > 1/7
    assert result.findings[0].parameters == (
        ParameterUse(name="limit", value=10, citation=CHECK_DEFAULT),
        ParameterUse(name="share", value=Fraction(1, 7), citation=CHECK_DEFAULT),
    )
    assert verdict(Check("toy.defaulted", params={"share": Fraction(1, 2)})).passed is True


def test_a_required_parameter_nobody_sets_raises_missing_parameter() -> None:
    with pytest.raises(MissingParameter, match=r"toy\.threshold: parameter 'minimum'.*must supply"):
        verdict(Check("toy.threshold"), minimum=None)


def test_an_ended_policy_value_is_not_replaced_by_a_default() -> None:
    ended = DatedParameter.single(Fraction(1, 2), since=date(2015, 1, 1), citation=LAW).with_entry(
        DatedValue(effective_from=date(2016, 1, 1), value=None, citation=Citation(source="废止"))
    )
    rule = Check("toy.defaulted")
    judged = policy(rule).with_parameter("toy.defaulted", "share", ended)
    with pytest.raises(ParameterNotInForce, match=r"toy\.defaulted\.share.*ended on 2016-01-01"):
        evaluate_rule(rule, subjects=SUBJECTS, on=DAY, policy=judged, book=BOOK)


def test_a_check_whose_subject_is_missing_is_not_applicable() -> None:
    assert verdict(Check("toy.absent")) == Verdict(passed=None, findings=())
    (note,) = verdict(Check("toy.absent"), explain=True).findings
    assert (note.severity, note.passed, note.path) == (Severity.INFO, True, "posting")
    assert note.message_en == "not applicable: no posting given"


def test_bulk_mode_records_only_failures_explain_mode_records_passes_as_info() -> None:
    bulk = verdict(Check("toy.threshold"), minimum=5)
    assert [(f.path, f.passed) for f in bulk.findings] == [("items[1]", False)]
    full = verdict(Check("toy.threshold"), minimum=5, explain=True)
    assert [(f.path, f.passed, f.severity) for f in full.findings] == [
        ("score", True, Severity.INFO),
        ("items[0]", True, Severity.INFO),
        ("items[1]", False, Severity.ERROR),
    ]


def test_failed_findings_take_the_policy_severity() -> None:
    rule = Check("toy.fail")
    judged = policy(rule).with_severity("toy.fail", Severity.WARNING)
    result = evaluate_rule(rule, subjects=SUBJECTS, on=DAY, policy=judged, book=BOOK)
    assert [f.severity for f in result.findings] == [Severity.WARNING]


def test_empty_combinators_are_their_identity() -> None:
    assert verdict(AllOf()).passed is True
    assert verdict(AnyOf()).passed is False
    assert verdict(AtLeast(0)).passed is True


def test_inapplicable_children_are_ignored_and_all_inapplicable_is_inapplicable() -> None:
    absent = Check("toy.absent")
    assert verdict(AllOf(absent, Check("toy.pass"))).passed is True
    assert verdict(AnyOf(absent, Check("toy.fail"))).passed is False
    assert verdict(AllOf(absent, absent)).passed is None
    assert verdict(Not(absent)).passed is None
    assert verdict(AtLeast(1, absent, Check("toy.pass"))).passed is True


def test_a_passing_any_of_demotes_the_failed_alternatives_to_info() -> None:
    result = verdict(AnyOf(Check("toy.fail"), Check("toy.pass")))
    assert result.passed is True
    (kept,) = result.findings
    assert (kept.rule_id, kept.passed, kept.severity) == ("toy.fail", False, Severity.INFO)


def test_a_failing_all_of_keeps_the_errors_and_adds_nothing() -> None:
    result = verdict(AllOf(Check("toy.fail"), Check("toy.pass")))
    assert [(f.rule_id, f.severity) for f in result.findings] == [("toy.fail", Severity.ERROR)]


def test_failing_combinators_add_their_own_finding() -> None:
    any_of = verdict(AnyOf(Check("toy.fail"), Check("toy.absent")))
    assert [f.rule_id for f in any_of.findings] == ["toy.fail", "rule.any_of"]
    own = any_of.findings[-1]
    assert (own.path, own.severity, own.passed) == ("rule", Severity.ERROR, False)
    assert own.evidence == (("children", 2), ("applicable", 1), ("passed", 0))
    assert "toy.fail, toy.absent" in own.message_en
    at_least = verdict(AtLeast(2, Check("toy.fail"), Check("toy.pass"))).findings[-1]
    assert at_least.rule_id == "rule.at_least"
    assert (
        at_least.message_en
        == "at least 2 of 2 must pass; 1 passed (2 applicable): toy.fail, toy.pass"
    )
    not_ = verdict(Not(Check("toy.pass"))).findings[-1]
    assert (not_.rule_id, not_.message_zh) == ("rule.not", "规则 toy.pass 应不成立,但已成立")


def test_findings_follow_tree_order_then_yield_order() -> None:
    rule = AllOf(Check("toy.fail"), Check("toy.threshold"), Check("toy.defaulted"))
    result = verdict(rule, minimum=8)
    assert [(f.rule_id, f.path) for f in result.findings] == [
        ("toy.fail", "toy"),
        ("toy.threshold", "score"),
        ("toy.threshold", "items[0]"),
        ("toy.threshold", "items[1]"),
        ("toy.defaulted", "share"),
    ]


def test_run_returns_the_report_of_the_policy_tree() -> None:
    rule = AllOf(Check("toy.threshold"), Check("toy.pass"))
    report = run(policy(rule, minimum=4), subjects={Scope.COHORT: Toy(score=3)}, on=DAY, book=BOOK)
    assert not report.ok
    assert [f.path for f in report.errors] == ["score"]
    assert run(policy(rule), subjects={Scope.COHORT: Toy(score=9)}, on=DAY, book=BOOK).ok


def test_run_refuses_a_policy_not_in_force() -> None:
    with pytest.raises(
        PolicyNotInForce, match=r"in force from 2015-01-01.*cannot judge 2014-12-31"
    ):
        run(policy(AllOf()), subjects=SUBJECTS, on=date(2014, 12, 31), book=BOOK)


def test_run_refuses_a_policy_that_does_not_fit_the_book() -> None:
    rule = AllOf(Check("toy.nope"), Check("toy.pass", params={"x": 1}))
    with pytest.raises(ValidationError, match="does not fit the rule book") as info:
        run(policy(rule), subjects=SUBJECTS, on=DAY, book=BOOK)
    assert [p.path for p in info.value.problems] == [
        "rule[toy.nope]",
        "rule[toy.pass].params.x",
        "parameters[toy.threshold.minimum]",
    ]


def test_evaluate_refuses_an_unknown_id() -> None:
    with pytest.raises(UnknownRule, match=r"toy\.nope"):
        verdict(Check("toy.nope"))


def test_a_check_that_yields_something_else_is_refused_in_both_modes() -> None:
    broken = BOOK.replacing(
        definition("toy.pass", lambda subject, params: ["ok"], NoParams, Scope.COHORT)
    )
    rule = Check("toy.pass")
    for explain in (False, True):
        with pytest.raises(InvalidValueError, match=r"toy\.pass result"):
            evaluate_rule(
                rule, subjects=SUBJECTS, on=DAY, policy=policy(rule), book=broken, explain=explain
            )
