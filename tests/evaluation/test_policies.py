"""The preset evaluation policies and how ``evaluate`` chooses one."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.policies.completion import (
    CADRE_TRAINING_EVALUATION,
    ISSUED_2015,
    ISSUED_2023,
    REPORTED_2013,
    default_evaluation_policy,
)
from cadretrain.rules import AllOf, Check, Confidence, rule_ids

from .builders import cohort


def test_the_national_leave_limit_is_one_seventh_from_2013_2015_and_2023() -> None:
    dated = CADRE_TRAINING_EVALUATION.parameter("evaluation.leave_ratio", "max_share")
    assert dated is not None
    rules, first, second = dated.entries
    assert (rules.effective_from, rules.value) == (REPORTED_2013, Fraction(1, 7))
    assert "2013" in rules.citation.source
    assert (first.effective_from, first.value) == (ISSUED_2015, Fraction(1, 7))
    assert (second.effective_from, second.value) == (ISSUED_2023, Fraction(1, 7))
    assert {e.citation.confidence for e in dated.entries} == {Confidence.HIGH}


def test_leaving_without_approval_is_one_whole_session_a_stated_reading() -> None:
    dated = CADRE_TRAINING_EVALUATION.parameter("evaluation.absent_without_leave", "whole_sessions")
    assert dated is not None
    (entry,) = dated.entries
    assert (entry.effective_from, entry.value) == (REPORTED_2013, 1)
    assert entry.citation.confidence is Confidence.MEDIUM
    assert "name no amount" in (entry.citation.note or "")


def test_the_default_policy_changes_on_the_day_the_2013_rules_were_reported() -> None:
    before = default_evaluation_policy(REPORTED_2013 - dt.timedelta(days=1))
    assert before.name == "programme_scheme_evaluation"
    assert default_evaluation_policy(REPORTED_2013) is CADRE_TRAINING_EVALUATION
    assert default_evaluation_policy(ISSUED_2015) is CADRE_TRAINING_EVALUATION


def test_no_preset_sets_an_attendance_minimum() -> None:
    assert "evaluation.attendance" not in rule_ids(CADRE_TRAINING_EVALUATION.rule)


def test_a_policy_naming_a_check_of_another_scope_is_refused() -> None:
    policy = attrs.evolve(
        CADRE_TRAINING_EVALUATION,
        rule=AllOf(CADRE_TRAINING_EVALUATION.rule, Check("posting.recall")),
    )
    with pytest.raises(ct.ValidationError, match=r"posting\.recall"):
        evaluate(cohort(), policy)
