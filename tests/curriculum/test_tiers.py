"""Curriculum tiers: compulsory present, compulsory first, tier shares (seeds 000, 001)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.rules import MissingParameter

from ._build import CEREMONY, DAY, POLICY, cohort, module, programme, session
from ._run import failures, run_rule


def test_a_curriculum_with_the_first_lesson_has_a_compulsory_module() -> None:
    (finding,) = run_rule("curriculum.compulsory_present", programme())
    assert finding.passed
    assert ("compulsory_modules", 1) in finding.evidence
    assert "M01" in finding.message_zh


def test_a_compulsory_ceremony_does_not_count_as_a_compulsory_module() -> None:
    ceremony = module("M00", tier=ct.Tier.COMPULSORY, format=ct.DeliveryFormat.CEREMONY)
    (finding,) = run_rule("curriculum.compulsory_present", programme(modules=(ceremony, POLICY)))
    assert not finding.passed
    assert finding.path == "programme"
    assert finding.message_zh == "1 门教学课程中没有必修课"
    assert finding.message_en == "none of the 1 instructional modules is compulsory"


def test_a_ceremony_before_the_compulsory_lecture_is_skipped() -> None:
    """Seed 004 opens with 开班仪式; seed 000's first lesson is the compulsory discourse."""
    nine, ten = dt.time(9), dt.time(10)
    subject = cohort(
        sessions=(session("s-02", "M01", start=ten), session("s-01", "M00", start=nine))
    )
    (finding,) = run_rule("curriculum.compulsory_first", subject)
    assert finding.passed
    assert finding.path == "cohort.sessions[s-02]"
    assert ("ceremonies_before", 1) in finding.evidence


def test_a_key_lecture_first_fails_at_that_session() -> None:
    subject = cohort(
        sessions=(
            session("s-01", "M00"),
            session("s-02", "M02"),
            session("s-03", "M01", on=DAY + dt.timedelta(days=1)),
        )
    )
    (finding,) = run_rule("curriculum.compulsory_first", subject)
    assert not finding.passed
    assert finding.path == "cohort.sessions[s-02]"
    assert finding.message_zh.startswith("首堂教学课 s-02(2019-04-20)")
    assert finding.message_zh.endswith("是重点课,不是必修课")
    assert "is key, not compulsory" in finding.message_en
    assert ("tier", "key") in finding.evidence


def test_a_cohort_without_sessions_has_no_first_lesson_to_judge() -> None:
    (finding,) = run_rule("curriculum.compulsory_first", cohort(sessions=()))
    assert finding.passed
    assert finding.path == "cohort"


def _tiered(compulsory: int, key: int, elective: int) -> ct.Programme:
    return programme(
        modules=(
            CEREMONY,
            module("M01", tier=ct.Tier.COMPULSORY, minutes=compulsory),
            module("M02", tier=ct.Tier.KEY, minutes=key),
            module("M03", tier=ct.Tier.ELECTIVE, minutes=elective),
        )
    )


SHARES = {"min_core_share": Fraction(1, 2), "max_elective_share": Fraction(1, 2)}


def test_a_core_share_of_exactly_the_minimum_passes() -> None:
    findings = run_rule("curriculum.tier_share", _tiered(60, 60, 120), **SHARES)
    assert not failures(findings)
    assert ("core_share", Fraction(1, 2)) in findings[0].evidence
    assert ("total_minutes", 240) in findings[0].evidence  # the ceremony's 30 are not counted


def test_a_core_share_one_minute_short_fails_with_the_share_in_the_message() -> None:
    findings = run_rule(
        "curriculum.tier_share",
        _tiered(59, 60, 120),
        min_core_share=Fraction(1, 2),
        max_elective_share=Fraction(1),
    )
    (core,) = failures(findings)
    assert core.message_zh == "必修+重点课占 119/239,低于要求的 1/2(239 分钟中占 119 分钟)"
    assert core.message_en == (
        "compulsory+key share 119/239 is below the required 1/2 (119 of 239 minutes)"
    )
    assert ("core_share", Fraction(119, 239)) in core.evidence
    assert ("compulsory_minutes", 59) in core.evidence


def test_an_elective_share_one_minute_over_the_limit_fails() -> None:
    findings = run_rule("curriculum.tier_share", _tiered(60, 59, 121), **SHARES)
    assert [f.evidence[-1] for f in failures(findings)] == [
        ("core_share", Fraction(119, 240)),
        ("elective_share", Fraction(121, 240)),
    ]
    assert not failures(run_rule("curriculum.tier_share", _tiered(60, 60, 120), **SHARES))


def test_tier_shares_must_come_from_the_caller() -> None:
    with pytest.raises(MissingParameter, match="min_core_share"):
        run_rule("curriculum.tier_share", _tiered(60, 60, 120))


def test_a_float_share_is_refused() -> None:
    with pytest.raises(ct.CadretrainError, match="float"):
        run_rule("curriculum.tier_share", _tiered(60, 60, 120), min_core_share=0.5)  # type: ignore[arg-type]
