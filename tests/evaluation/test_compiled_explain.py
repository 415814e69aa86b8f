"""Explain mode through the compiled evaluator gives exactly the interpreter's explanation.

The compiled evaluator builds each check's findings with the interpreter's
own ``check_findings`` and, for checks with a ``key``, copies the findings
of an earlier trainee with an equal key to the next trainee's path. A user
reading an explanation relies on it being the reference one: every
passing and failing finding, at the trainee's own path, in tree order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation.compiled import compile_policy
from cadretrain.evaluation.interpreted import interpret
from cadretrain.policies.completion import CADRE_TRAINING_EVALUATION, default_evaluation_policy
from cadretrain.rules import CheckDefinition, CheckResult
from cadretrain.strategies import cohorts as any_cohorts
from cadretrain.strategies import policies

from .builders import END, FOUR_LEVELS, cohort, essay, programme, scores
from .test_compiled import BOOK, PRESETS, TRAINEE_CHECKS, _always
from .test_properties import cohorts


def _explained(
    subject: ct.Cohort, policy: ct.Policy, *, compiled: bool, book: ct.RuleBook = BOOK
) -> object:
    """The explain-mode evaluation, or the type of error both paths must raise alike."""
    try:
        if compiled:
            return compile_policy(policy, subject.start, book).evaluate(subject, explain=True)
        return interpret(subject, policy, book=book, explain=True)
    except ct.CadretrainError as error:
        return type(error)


def _same_explanation(subject: ct.Cohort, policy: ct.Policy, book: ct.RuleBook = BOOK) -> None:
    compiled = _explained(subject, policy, compiled=True, book=book)
    reference = _explained(subject, policy, compiled=False, book=book)
    assert compiled == reference
    if isinstance(reference, ct.CohortEvaluation):
        assert isinstance(compiled, ct.CohortEvaluation)
        # equal findings could still differ in what == ignores: compare the text too
        assert [f.explain("en") for f in compiled.report.findings] == [
            f.explain("en") for f in reference.report.findings
        ]


class TestSameAsInterpreter:
    """Generated cohorts, presets and arbitrary rule trees: one explanation."""

    @settings(max_examples=60, deadline=None)
    @given(cohorts(), st.sampled_from(PRESETS))
    def test_preset_policies(self, subject: ct.Cohort, policy: ct.Policy) -> None:
        _same_explanation(subject, policy)
        assert ct.evaluate(subject, policy, explain=True) == interpret(
            subject, policy, book=BOOK, explain=True
        )

    @settings(max_examples=60, deadline=None)
    @given(cohorts(), policies(rule_ids=TRAINEE_CHECKS, max_leaves=5))
    def test_any_rule_tree(self, subject: ct.Cohort, policy: ct.Policy) -> None:
        # AnyOf, AtLeast and Not (the interpreter's path) and flat AllOf trees alike
        _same_explanation(subject, _always(policy))

    @settings(max_examples=40, deadline=None)
    @given(any_cohorts(size=(0, 6)))
    def test_strategy_cohorts(self, subject: ct.Cohort) -> None:
        policy = default_evaluation_policy(subject.start)
        assert ct.evaluate(subject, policy, explain=True) == interpret(
            subject, policy, book=BOOK, explain=True
        )

    def test_every_passing_check_is_explained(self) -> None:
        result = compile_policy(CADRE_TRAINING_EVALUATION, cohort().start, BOOK).evaluate(
            cohort(size=3), explain=True
        )
        for assessment in result.assessments:
            rules = {f.rule_id for f in assessment.findings if f.passed}
            assert rules == {
                "evaluation.leave_ratio",
                "evaluation.deliverables",
                "evaluation.grading",
                "evaluation.outcome",
            }
            prefix = f"cohort.trainees[{assessment.trainee_id}]"
            assert all(f.path.startswith(prefix) for f in assessment.findings)


def _with_overrides(subject: ct.Cohort) -> ct.Cohort:
    """Every kind of decision, spread over the cohort's trainees."""
    ids = sorted(t.id for t in subject.trainees)
    kinds: list[tuple[ct.OverrideKind, dict[str, Any]]] = [
        (ct.OverrideKind.WAIVE_REQUIREMENT, {"target": "evaluation.grading"}),
        (ct.OverrideKind.EXEMPT, {}),
        (ct.OverrideKind.DEFER_TO_MAKEUP, {}),
        (ct.OverrideKind.CHANGE_GRADE, {"grade": "pass"}),
        (ct.OverrideKind.CHANGE_GRADE, {"grade": "excellent"}),
        (ct.OverrideKind.WAIVE_REQUIREMENT, {"target": "evaluation.unexcused_absence"}),
    ]
    overrides = tuple(
        ct.Override(
            id=f"o-{i}",
            kind=kind,
            trainee=ids[(i * 37) % len(ids)],
            decided_by="班主任",
            decided_on=subject.end,
            reason="测试",
            **extra,
        )
        for i, (kind, extra) in enumerate(kinds * 3)
    )
    return attrs.evolve(subject, overrides=overrides)


@pytest.fixture(scope="module")
def big() -> ct.Cohort:
    from benchmarks._data import make_cohort

    return make_cohort(300)


class TestBenchmarkCohort:
    """300 trainees with scattered scores: more distinct keys than the memo keeps."""

    def test_explain_equals_the_interpreter(self, big: ct.Cohort) -> None:
        policy = default_evaluation_policy(big.start)
        compiled = compile_policy(policy, big.start, BOOK).evaluate(big, explain=True)
        assert compiled == interpret(big, policy, book=BOOK, explain=True)
        assert compiled == ct.evaluate(big, explain=True)
        grading = [f for f in compiled.report.findings if f.rule_id == "evaluation.grading"]
        assert len(grading) >= 300 * 6  # five components and a total each, all explained

    def test_with_overrides(self, big: ct.Cohort) -> None:
        decided = _with_overrides(big)
        policy = default_evaluation_policy(big.start)
        for explain in (True, False):
            compiled = compile_policy(policy, big.start, BOOK).evaluate(decided, explain=explain)
            assert compiled == interpret(decided, policy, book=BOOK, explain=explain)
        outcomes = {a.outcome for a in compiled.assessments}
        assert {ct.Outcome.WAIVED, ct.Outcome.DEFERRED, ct.Outcome.COMPLETED} <= outcomes


def _unprefixed(finding: ct.Finding, prefix: str) -> tuple[object, ...]:
    """Everything a finding says, its path without the trainee's prefix."""
    assert finding.path.startswith(prefix)
    return (
        *attrs.astuple(attrs.evolve(finding, path="x"), recurse=False),
        finding.path[len(prefix) :],
    )


class TestCopiesAtTheirOwnPaths:
    """Trainees with equal keys get equal findings, each at their own path."""

    def test_identical_trainees(self) -> None:
        subject = cohort(size=30)
        result = compile_policy(CADRE_TRAINING_EVALUATION, subject.start, BOOK).evaluate(
            subject, explain=True
        )
        assert result == interpret(subject, CADRE_TRAINING_EVALUATION, book=BOOK, explain=True)
        first = result.assessments[0]
        for assessment in result.assessments:
            prefix = f"cohort.trainees[{assessment.trainee_id}]"
            assert all(f.path.startswith(prefix) for f in assessment.findings)
            assert [_unprefixed(f, prefix) for f in assessment.findings] == [
                _unprefixed(f, "cohort.trainees[t-001]") for f in first.findings
            ]

    def test_a_few_failing_among_many_alike(self) -> None:
        subject = cohort(
            size=12,
            submissions=[
                essay(f"t-{i:03}", END + dt.timedelta(days=9 * (i % 3 == 0))) for i in range(1, 13)
            ],
            marks=[s for i in range(1, 13) for s in scores(f"t-{i:03}", exam=50 + 5 * (i % 4))],
        )
        _same_explanation(subject, CADRE_TRAINING_EVALUATION)

    def test_a_check_whose_findings_are_not_under_the_trainee(self) -> None:
        # a key promising equal results, and a result elsewhere than the trainee's path
        def odd(facts: Any, params: Any) -> Iterator[CheckResult]:
            yield CheckResult(
                path=f"{facts.path}.own", passed=True, message_zh="自己", message_en="own"
            )
            yield CheckResult(
                path="programme.scheme", passed=False, message_zh="方案", message_en="scheme"
            )

        @attrs.frozen(kw_only=True)
        class NoParams:
            pass

        book = BOOK.with_check(
            CheckDefinition(
                rule_id="test.elsewhere",
                scope=ct.Scope.TRAINEE,
                description_zh="测试",
                description_en="test",
                params_type=NoParams,
                function=odd,
                key=lambda facts: 0,
            )
        )
        policy = attrs.evolve(
            CADRE_TRAINING_EVALUATION,
            rule=ct.AllOf(ct.Check("test.elsewhere")),
            parameters=(),
            severities=(),
        )
        subject = cohort(size=5)
        _same_explanation(subject, policy, book)
        result = compile_policy(policy, subject.start, book).evaluate(subject, explain=True)
        for assessment in result.assessments:
            paths = [f.path for f in assessment.findings if f.rule_id == "test.elsewhere"]
            assert paths == [f"cohort.trainees[{assessment.trainee_id}].own", "programme.scheme"]


def _exam_messages(result: ct.CohortEvaluation) -> dict[str, str]:
    return {
        a.trainee_id: f.message_en
        for a in result.assessments
        for f in a.findings
        if f.path.endswith(".scores[written]")
    }


def _written(*values: str) -> ct.Cohort:
    """Trainees whose one score is written as given (``85`` or ``85.0``)."""
    scheme = ct.AssessmentScheme(
        scale=FOUR_LEVELS,
        components=(
            ct.Component(
                code="written", title="笔试(记法测试)", weight=Fraction(1), pass_mark=None
            ),
        ),
    )
    base = cohort(size=len(values), marks=())
    return attrs.evolve(
        base,
        programme=programme(scheme),
        scores=tuple(
            ct.Score(trainee=f"t-{i:03}", component="written", value=Decimal(v))
            for i, v in enumerate(values, start=1)
        ),
    )


class TestScoresAsWritten:
    """A finding shows each trainee's score as it was recorded, whoever was judged before."""

    def test_equal_scores_written_differently_in_one_cohort(self) -> None:
        subject = _written("85", "85.0")
        messages = _exam_messages(ct.evaluate(subject, explain=True))
        assert messages == {"t-001": "'笔试(记法测试)': 85", "t-002": "'笔试(记法测试)': 85.0"}

    def test_a_score_is_not_written_as_another_cohort_wrote_it(self) -> None:
        ct.evaluate(_written("72.00"), explain=True)
        messages = _exam_messages(ct.evaluate(_written("72"), explain=True))
        assert messages == {"t-001": "'笔试(记法测试)': 72"}

    def test_scores_written_alike_are_shown_as_written(self) -> None:
        subject = _written("85.50", "85.50", "91")
        messages = _exam_messages(ct.evaluate(subject, explain=True))
        assert messages == {
            "t-001": "'笔试(记法测试)': 85.50",
            "t-002": "'笔试(记法测试)': 85.50",
            "t-003": "'笔试(记法测试)': 91",
        }


@attrs.frozen(kw_only=True)
class _NoParams:
    pass


_PASSED = CheckResult(path="x", passed=True, message_zh="通过", message_en="passed")
_FAILED = CheckResult(path="x", passed=False, message_zh="未通过", message_en="failed")


def _templated(results: Any) -> tuple[ct.RuleBook, ct.Policy]:
    """A book with ``test.templated``, whose ``templates`` are ``results(facts)``, and its policy."""

    def function(facts: Any, params: Any) -> Iterator[CheckResult]:
        for template, path in results(facts):
            yield template.at(path)

    book = BOOK.with_check(
        CheckDefinition(
            rule_id="test.templated",
            scope=ct.Scope.TRAINEE,
            description_zh="测试",
            description_en="test",
            params_type=_NoParams,
            function=function,
            templates=lambda params: results,
        )
    )
    policy = attrs.evolve(
        CADRE_TRAINING_EVALUATION,
        rule=ct.AllOf(ct.Check("test.templated"), ct.Check("evaluation.grading")),
        parameters=(),
        severities=(("test.templated", ct.Severity.WARNING),),
    )
    return book, policy


class TestTemplates:
    """A check's ``templates`` give the findings its function gives, in both modes."""

    def test_shared_templates_at_each_trainees_paths(self) -> None:
        # two templates shared by every trainee, a third trainee's own failure
        def results(facts: Any) -> list[tuple[CheckResult, str]]:
            third = facts.trainee.id == "t-003"
            return [(_PASSED, f"{facts.path}.a"), (_FAILED if third else _PASSED, facts.path)]

        book, policy = _templated(results)
        subject = cohort(size=5, marks=[s for i in range(1, 6) for s in scores(f"t-{i:03}")])
        _same_explanation(subject, policy, book)
        bulk = compile_policy(policy, subject.start, book).evaluate(subject)
        assert bulk == interpret(subject, policy, book=book)
        warned = [f for f in bulk.report.findings if f.rule_id == "test.templated"]
        assert [(f.path, f.severity, f.passed) for f in warned] == [
            ("cohort.trainees[t-003]", ct.Severity.WARNING, False)
        ]

    @pytest.mark.parametrize("path", ["", "  "])
    def test_a_template_path_that_is_not_a_path_is_refused(self, path: str) -> None:
        book, policy = _templated(lambda facts: [(_PASSED, path)])
        subject = cohort(size=2)
        with pytest.raises(ct.CadretrainError, match=r"test\.templated"):
            compile_policy(policy, subject.start, book).evaluate(subject, explain=True)

    def test_a_templates_value_that_is_not_callable_is_refused(self) -> None:
        with pytest.raises(ct.CadretrainError, match="templates"):
            attrs.evolve(BOOK["evaluation.grading"], templates=42)  # type: ignore[arg-type]

    def test_grading_makes_each_finding_once_per_score(self) -> None:
        # two trainees with the same marks: their component findings share one text and evidence
        subject = cohort(size=2, marks=[*scores("t-001"), *scores("t-002")])
        result = compile_policy(CADRE_TRAINING_EVALUATION, subject.start, BOOK).evaluate(
            subject, explain=True
        )
        first, second = (
            [f for f in a.findings if f.rule_id == "evaluation.grading"] for a in result.assessments
        )
        assert len(first) == len(second) > 1
        assert all(a.evidence is b.evidence for a, b in zip(first, second, strict=True))
        assert [f.path.split("]", 1)[1] for f in first] == [f.path.split("]", 1)[1] for f in second]
