"""SEED_PRACTICE_2019: its numbers, their citations, and what it leaves to the caller."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.builtin import BUILTIN_RULES, check
from cadretrain.curriculum import CURRICULUM_CHECKS
from cadretrain.policies import sources
from cadretrain.policies.seed_practice import SEED_PRACTICE_2019, with_tier_shares
from cadretrain.rules import Citation, Confidence, rule_ids, validate_policy

from ._build import CEREMONY, module, programme


def test_it_fits_the_builtin_book() -> None:
    validate_policy(SEED_PRACTICE_2019, BUILTIN_RULES)


def test_every_number_cites_a_seed_article() -> None:
    seeds = {sources.SEED_HUNAN_2019.source, sources.SEED_JIANGAN_2015.source}
    for setting in SEED_PRACTICE_2019.parameters:
        for entry in setting.value.entries:
            assert entry.citation.source in seeds, setting.key
            assert entry.citation.note


def test_it_covers_the_2015_jiangan_cohort_and_has_no_end() -> None:
    assert SEED_PRACTICE_2019.in_force(dt.date(2015, 7, 27))
    assert SEED_PRACTICE_2019.effective_to is None


def test_tier_share_is_left_to_the_caller() -> None:
    """No source gives a tier share, so the default tree does not judge one."""
    tree = rule_ids(SEED_PRACTICE_2019.rule)
    assert "curriculum.tier_share" not in tree
    assert set(tree) == {c.rule_id for c in CURRICULUM_CHECKS} - {"curriculum.tier_share"}


def test_a_caller_adds_tier_shares_with_their_own_citation() -> None:
    school = Citation(source="某县委党校 2019 年教学计划", confidence=Confidence.MEDIUM)
    policy = with_tier_shares(
        SEED_PRACTICE_2019,
        min_core_share=Fraction(1, 2),
        max_elective_share=Fraction(1, 4),
        citation=school,
    )
    heavy = programme(
        modules=(
            CEREMONY,
            module("M01", minutes=60),
            module("M09", tier=ct.Tier.ELECTIVE, minutes=120),
        )
    )
    (core, elective) = check(heavy, policy).for_rule("curriculum.tier_share").findings
    assert core.message_en.startswith("compulsory+key share 1/3 is below the required 1/2")
    assert elective.parameters[1].citation == school
    assert school in policy.sources


@pytest.mark.parametrize(
    ("rule_id", "severity"),
    [("curriculum.compulsory_present", "error"), ("cohort.field_sites", "warning")],
)
def test_one_article_practices_are_warnings_and_shared_ones_errors(
    rule_id: str, severity: str
) -> None:
    assert SEED_PRACTICE_2019.severity(rule_id).value == severity
