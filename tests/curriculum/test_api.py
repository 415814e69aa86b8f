"""``check``: what it judges, on which date, and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

import cadretrain as ct
from cadretrain.builtin import check
from cadretrain.curriculum import UncheckableSubject
from cadretrain.policies.seed_practice import SEED_PRACTICE_2019
from cadretrain.rules import PolicyNotInForce, Severity

from ._build import cohort, programme, regional_class, session


def test_a_cohort_is_judged_with_its_programme() -> None:
    report = check(regional_class(2), explain=True)
    assert {f.rule_id for f in report.findings} >= {
        "curriculum.compulsory_present",
        "cohort.field_sites",
        "cohort.schedule",
    }
    assert [f.rule_id for f in report.failures] == ["cohort.field_sites"]
    assert report.failures[0].severity is Severity.WARNING
    assert report.ok


def test_a_programme_alone_leaves_the_cohort_rules_not_applicable() -> None:
    report = check(programme(), explain=True)
    notes = report.for_rule("cohort.schedule").findings
    assert [(f.passed, f.message_en) for f in notes] == [(True, "not applicable: no cohort given")]


def test_a_cohort_is_judged_on_its_start_date() -> None:
    """The policy starts 2015-01-01: a 2014 cohort is outside it, whatever today is."""
    old = cohort(sessions=(session("s-01", "M01", on=dt.date(2014, 9, 1)),),
                 start=dt.date(2014, 9, 1))  # fmt: skip
    with pytest.raises(PolicyNotInForce, match="2014-09-01"):
        check(old)
    assert check(old, on=dt.date(2015, 1, 1)).ok


def test_a_programme_is_judged_from_the_policy_start_unless_told() -> None:
    with pytest.raises(PolicyNotInForce, match="2014-12-31"):
        check(programme(), on=dt.date(2014, 12, 31))
    assert check(programme()).ok


def test_anything_else_is_refused_naming_its_type() -> None:
    with pytest.raises(UncheckableSubject, match="not a dict") as info:
        check({"id": "c-01"})  # type: ignore[arg-type]
    assert isinstance(info.value, ct.CadretrainError)
    assert isinstance(info.value, TypeError)


def test_the_default_policy_is_seed_practice() -> None:
    subject = regional_class(2)
    assert check(subject) == check(subject, SEED_PRACTICE_2019)


def test_bulk_mode_keeps_only_failures() -> None:
    report = check(regional_class(2))
    assert [f.rule_id for f in report.findings] == ["cohort.field_sites"]
