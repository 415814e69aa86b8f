"""Field share and audience focus (seed 001: 理论培训+实战教学, 五个盯住)."""

from __future__ import annotations

from fractions import Fraction

import cadretrain as ct

from ._build import FIELD, FIRST_LESSON, POLICY, module, programme
from ._run import failures, run_rule

PRACTICE = (ct.ProgrammeFeature.THEORY_PLUS_PRACTICE,)


def test_a_programme_without_the_feature_passes_and_says_why() -> None:
    (finding,) = run_rule("curriculum.field_share", programme(modules=(FIRST_LESSON,)))
    assert finding.passed
    assert "理论培训+实战教学" in finding.message_zh
    assert "does not declare 'theory plus field practice'" in finding.message_en


def test_theory_plus_practice_without_field_teaching_fails() -> None:
    subject = programme(modules=(FIRST_LESSON, POLICY), features=PRACTICE)
    (finding,) = run_rule("curriculum.field_share", subject)
    assert not finding.passed
    assert "210 分钟教学时长中没有现场教学" in finding.message_zh
    assert ("field_minutes", 0) in finding.evidence


def test_a_field_share_of_exactly_the_minimum_passes_and_one_minute_less_fails() -> None:
    # lectures 120 + 90, field 120 → 120/330 = 4/11; with 119 → 119/329 = 17/47 < 4/11
    at_minimum = programme(modules=(FIRST_LESSON, POLICY, FIELD), features=PRACTICE)
    (finding,) = run_rule("curriculum.field_share", at_minimum, min_field_share=Fraction(4, 11))
    assert finding.passed
    assert ("field_share", Fraction(4, 11)) in finding.evidence
    short = programme(
        modules=(
            FIRST_LESSON,
            POLICY,
            module("F01", tier=ct.Tier.SPECIALTY, minutes=119, format=FIELD.format),
        ),
        features=PRACTICE,
    )
    (finding,) = run_rule("curriculum.field_share", short, min_field_share=Fraction(4, 11))
    assert not finding.passed
    assert finding.message_en == (
        "field share 17/47 (119 of 329 minutes) is below the required 4/11"
    )


def test_every_field_format_counts_toward_the_field_share() -> None:
    tour = module("T01", tier=ct.Tier.KEY, minutes=90, format=ct.DeliveryFormat.STUDY_TOUR)
    subject = programme(modules=(FIRST_LESSON, tour), features=PRACTICE)
    (finding,) = run_rule("curriculum.field_share", subject)
    assert finding.passed
    assert ("field_share", Fraction(90, 210)) in finding.evidence


def test_each_unserved_audience_category_fails_at_its_own_path() -> None:
    organising = module("M05", tier=ct.Tier.KEY, capability=ct.Capability.ORGANISING)
    subject = programme(
        modules=(FIRST_LESSON, organising),
        audience=(ct.AudienceCategory.LOCAL_LEADERS, ct.AudienceCategory.VILLAGE),
    )
    findings = run_rule("curriculum.audience_focus", subject)
    assert [(f.path, f.passed) for f in findings] == [
        ("programme.audience[local_leaders]", True),
        ("programme.audience[village]", False),
    ]
    (missing,) = failures(findings)
    assert missing.message_zh == "没有侧重落实能力的课程,贫困村干部未被覆盖"
    assert ("capability", "implementation") in missing.evidence


def test_no_audience_means_nothing_to_judge() -> None:
    (finding,) = run_rule("curriculum.audience_focus", programme())
    assert finding.passed
    assert finding.path == "programme"
