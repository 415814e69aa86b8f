"""The compiled evaluator gives exactly the interpreter's bulk-mode evaluation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation import _unchecked
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance import AttendanceSummary, summarise
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.evaluation.compiled import compile_policy
from cadretrain.evaluation.facts import gather_facts
from cadretrain.evaluation.grading import Standing
from cadretrain.evaluation.interpreted import interpret
from cadretrain.policies.completion import (
    CADRE_TRAINING_EVALUATION,
    TIANHE_PARTY_SCHOOL_2015_EVALUATION,
    default_evaluation_policy,
)
from cadretrain.rules import CheckDefinition, ParamValue
from cadretrain.strategies import cohorts as any_cohorts
from cadretrain.strategies import policies

from .builders import START
from .test_properties import cohorts

BOOK = ct.BUILTIN_RULES
CITED = ct.Citation(source="test", confidence=ct.Confidence.HIGH)
TRAINEE_CHECKS = [c.rule_id for c in EVALUATION_CHECKS]


def _always(policy: ct.Policy) -> ct.Policy:
    """``policy`` in force on every date, each number at its first value."""
    return attrs.evolve(
        policy,
        effective_from=dt.date.min,
        effective_to=None,
        parameters=tuple(
            attrs.evolve(
                s,
                value=ct.DatedParameter.single(_first(s), since=dt.date.min, citation=CITED),
            )
            for s in policy.parameters
        ),
    )


def _first(setting: ct.ParameterSetting) -> ParamValue:
    value = setting.value.entries[0].value
    assert value is not None
    return value


def _judge(cohort: ct.Cohort, policy: ct.Policy, compiled: bool) -> object:
    """The evaluation, or the type of error both paths must raise alike."""
    try:
        if compiled:
            return compile_policy(policy, cohort.start, BOOK).evaluate(cohort)
        return interpret(cohort, policy, book=BOOK)
    except ct.CadretrainError as error:
        return type(error)


TIANHE = TIANHE_PARTY_SCHOOL_2015_EVALUATION.with_parameter(
    "evaluation.unexcused_absence",
    "day_minutes",
    ct.DatedParameter.single(120, since=dt.date(2015, 8, 1), citation=CITED),
)
PRESETS = [CADRE_TRAINING_EVALUATION, TIANHE]


class TestSameAsInterpreter:
    """Every generated cohort, under every policy, gets the interpreter's evaluation."""

    @settings(max_examples=60)
    @given(cohorts(), st.sampled_from(PRESETS))
    def test_preset_policies(self, cohort: ct.Cohort, policy: ct.Policy) -> None:
        compiled = compile_policy(policy, cohort.start, BOOK).evaluate(cohort)
        assert compiled == interpret(cohort, policy, book=BOOK)
        assert compiled == ct.evaluate(cohort, policy)

    @settings(max_examples=60)
    @given(cohorts(), policies(rule_ids=TRAINEE_CHECKS, max_leaves=5))
    def test_any_rule_tree(self, cohort: ct.Cohort, policy: ct.Policy) -> None:
        # AnyOf, AtLeast and Not over the evaluation checks, some failing for everyone
        policy = _always(policy)
        assert _judge(cohort, policy, compiled=True) == _judge(cohort, policy, compiled=False)

    @settings(max_examples=40)
    @given(any_cohorts(size=(0, 6)))
    def test_strategy_cohorts(self, cohort: ct.Cohort) -> None:
        policy = default_evaluation_policy(cohort.start)
        assert ct.evaluate(cohort, policy) == interpret(cohort, policy, book=BOOK)

    def test_benchmark_cohort(self) -> None:
        from benchmarks._data import make_cohort

        cohort = make_cohort(300)
        policy = default_evaluation_policy(cohort.start)
        result = ct.evaluate(cohort)
        assert result == interpret(cohort, policy, book=BOOK)
        assert {a.outcome for a in result.assessments} == {ct.Outcome.COMPLETED}


class TestFacts:
    """The one-pass facts equal a per-trainee summary by the reference :func:`summarise`."""

    @settings(max_examples=60)
    @given(cohorts())
    def test_summaries(self, cohort: ct.Cohort) -> None:
        sessions = cohort.instructional_sessions()
        for facts in gather_facts(cohort).trainees:
            tid = facts.trainee.id
            records = {r.session: r for r in cohort.attendance if r.trainee == tid}
            leave = [r for r in cohort.leave if r.trainee == tid]
            assert facts.summary == summarise(sessions, records, leave)

    def test_equal_summaries_are_shared(self) -> None:
        from benchmarks._data import make_cohort

        summaries = {id(f.summary) for f in gather_facts(make_cohort(200)).trainees}
        assert len(summaries) < 20


class TestFastPredicates:
    """Each built-in fast predicate is true exactly when the check yields no failure."""

    @settings(max_examples=60)
    @given(cohorts(), st.sampled_from(EVALUATION_CHECKS[:-1]), st.data())
    def test_agree_with_the_function(
        self, cohort: ct.Cohort, check: CheckDefinition, data: st.DataObject
    ) -> None:
        share = data.draw(st.sampled_from([Fraction(0), Fraction(1, 7), Fraction(1, 2), 1]))
        values = {
            "max_share": share,
            "min_share": share,
            "withdraw_at": data.draw(st.integers(1, 200)),
        }
        params = check.params_type(**{n: values[n] for n in check.parameter_names if n in values})
        assert check.fast is not None
        passes = check.fast(params)
        for facts in gather_facts(cohort).trainees:
            assert passes(facts) == all(r.passed for r in check.function(facts, params))

    def test_a_fast_value_that_is_not_callable_is_refused(self) -> None:
        with pytest.raises(ct.CadretrainError, match="fast"):
            attrs.evolve(EVALUATION_CHECKS[0], fast=42)  # type: ignore[arg-type]


class TestCompiledPolicy:
    """What compiling refuses, and a check without a fast predicate."""

    def test_a_cohort_of_another_start_is_refused(self) -> None:
        cohort = _small()
        compiled = compile_policy(
            CADRE_TRAINING_EVALUATION, cohort.start + dt.timedelta(days=1), BOOK
        )
        with pytest.raises(ct.CadretrainError, match="compiled"):
            compiled.evaluate(cohort)

    def test_missing_parameter_is_refused_at_compile_time(self) -> None:
        with pytest.raises(ct.MissingParameter, match="day_minutes"):
            compile_policy(TIANHE_PARTY_SCHOOL_2015_EVALUATION, START, BOOK)

    def test_a_check_without_fast_predicate_runs_its_function(self) -> None:
        slow = tuple(attrs.evolve(c, fast=None) for c in EVALUATION_CHECKS)
        book = ct.RuleBook(checks=slow)
        cohort = _small()
        assert ct.evaluate(cohort, CADRE_TRAINING_EVALUATION, book=book) == ct.evaluate(
            cohort, CADRE_TRAINING_EVALUATION
        )


def _small() -> ct.Cohort:
    from benchmarks._data import make_cohort

    return make_cohort(12)


class TestUncheckedConstructors:
    """The evaluator's unvalidated constructors build equal, equally hashed objects."""

    def test_equal_to_the_public_constructors(self) -> None:
        summary = AttendanceSummary(scheduled=90, attended=90)
        closing = ct.Finding(
            rule_id="evaluation.outcome",
            severity=ct.Severity.INFO,
            path="cohort.trainees[t-1]",
            passed=True,
            message_zh="结果:结业",
            message_en="outcome: completed",
            evidence=(("total", Decimal(85)),),
        )
        moved = closing.at("cohort.trainees[t-2]")
        assert moved == attrs.evolve(closing, path="cohort.trainees[t-2]")
        assert hash(moved) == hash(attrs.evolve(closing, path="cohort.trainees[t-2]"))
        fields: dict[str, Any] = {
            "trainee_id": "t-1",
            "cohort_id": "c-1",
            "outcome": ct.Outcome.COMPLETED,
            "attendance": summary,
            "scores": (("exam", Decimal(85)),),
            "total": Decimal(85),
            "grade": "good",
            "findings": (closing,),
        }
        built = _unchecked.assessment(**fields)
        assert built == Assessment(**fields)
        assert hash(built) == hash(Assessment(**fields))
        assert _unchecked.standing("t-1", Fraction(85), "good") == Standing(
            trainee="t-1", total=Fraction(85), grade="good"
        )


def test_results_are_cohort_evaluations() -> None:
    result = ct.evaluate(_small())
    assert isinstance(result, CohortEvaluation)
