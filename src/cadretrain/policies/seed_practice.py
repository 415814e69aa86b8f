"""``SEED_PRACTICE_2019``: the default curriculum policy of :func:`cadretrain.check`.

It gathers what the seed articles state about designing and running a
programme, with each number cited:

- compulsory present (seeds 000 and 001: the discourse on poverty work is
  "第一课" and the "必修课") — error;
- compulsory first (seed 000: "作为培训的第一课") — warning, one article's
  practice;
- field share (seed 001: a "理论培训+实战教学" programme "普遍设置现场教学环节")
  — error, since the programme itself declares the feature; no share is
  set (the seeds give none), so only the presence of field teaching is
  checked;
- audience focus (seed 001's "五个盯住") — warning;
- menu selection (seed 001's "点单") — error, structural bounds only (at
  least one course, all from the menu);
- field sites, 3 to 4 per regional cohort, and field themes 产业发展、基层党建、
  文创旅游、电子商务、环境整治 over the programme (seed 000) — warnings:
  Hunan's practice, not a rule every programme must follow;
- unit coverage, exactly 1 trainee per required unit (seed 004: "各选派1名",
  one cadre from each village: a village sending two over-covers it)
  — error;
- each person enrolled once (``cohort.person_enrolled_once``: the roster's
  own rule, no number; seed 004's one place per cadre) — error;
- capacity and schedule — errors: they judge the cohort against its own
  declared capacities and its own timetable;
- work after the start (``cohort.work_after_start``: seed 004's 学习心得 are
  written after the class; no number) — error: a submission or score dated
  before the class is a recording mistake or not the class's work.

``curriculum.tier_share`` is *not* in the tree: seed 001 names the tiers and
calls the compulsory lesson the "重头戏", but no source gives a share, and a
number no source confirms is never a default. A caller who has one adds the
rule with :func:`with_tier_shares`, citing their own source.

The policy is in force from 2015-01-01 (it must judge Jiang'an's July 2015
cohort) with no end; the 2019 articles' numbers are applied from that date
as a statement of practice, which each citation's note records.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from cadretrain.policies.sources import SEED_HUNAN_2019, SEED_JIANGAN_2015, SEED_YUNNAN_2019
from cadretrain.rules import (
    AllOf,
    Check,
    Citation,
    DatedParameter,
    ParameterSetting,
    Policy,
    Severity,
)

__all__ = ["SEED_PRACTICE_2019", "SINCE", "with_tier_shares"]

SINCE = dt.date(2015, 1, 1)
"""When the policy and its numbers take effect: early enough for Jiang'an's 2015 cohort."""

_APPLIED = "; applied from 2015-01-01 as the seeds' practice"
_HUNAN_SITES = attrs.evolve(SEED_HUNAN_2019, note="每个片区精心挑选了3-4个现场教学点" + _APPLIED)
_HUNAN_THEMES = attrs.evolve(
    SEED_HUNAN_2019,
    note="16个现场教学点,涵盖了产业发展、基层党建、文创旅游、电子商务、环境整治" + _APPLIED,
)
_JIANGAN_UNITS = attrs.evolve(
    SEED_JIANGAN_2015, note="在每个建档立卡贫困村的“三职”干部中,各选派1名" + _APPLIED
)


def _setting(
    rule_id: str, name: str, value: int | tuple[str, ...], cite: Citation
) -> ParameterSetting:
    return ParameterSetting(
        rule_id=rule_id, name=name, value=DatedParameter.single(value, since=SINCE, citation=cite)
    )


SEED_PRACTICE_2019 = Policy(
    name="seed_practice_2019",
    title_zh="种子案例中的培训设计实践(2015—2019)",
    title_en="training-design practice of the seed articles (2015-2019)",
    rule=AllOf(
        Check("curriculum.compulsory_present"),
        Check("curriculum.compulsory_first"),
        Check("curriculum.field_share"),
        Check("curriculum.audience_focus"),
        Check("curriculum.menu_selection"),
        Check("cohort.field_sites"),
        Check("cohort.field_themes"),
        Check("cohort.unit_coverage"),
        Check("cohort.person_enrolled_once"),
        Check("cohort.capacity"),
        Check("cohort.schedule"),
        Check("cohort.work_after_start"),
    ),
    parameters=(
        _setting("cohort.field_sites", "min_sites", 3, _HUNAN_SITES),
        _setting("cohort.field_sites", "max_sites", 4, _HUNAN_SITES),
        _setting(
            "cohort.field_themes",
            "required_themes",
            ("industry", "party_building", "culture_tourism", "e_commerce", "environment"),
            _HUNAN_THEMES,
        ),
        _setting("cohort.unit_coverage", "min_per_unit", 1, _JIANGAN_UNITS),
        _setting("cohort.unit_coverage", "exactly", True, _JIANGAN_UNITS),
    ),
    severities=(
        ("curriculum.compulsory_first", Severity.WARNING),
        ("curriculum.audience_focus", Severity.WARNING),
        ("cohort.field_sites", Severity.WARNING),
        ("cohort.field_themes", Severity.WARNING),
    ),
    effective_from=SINCE,
    sources=(SEED_HUNAN_2019, SEED_YUNNAN_2019, SEED_JIANGAN_2015),
)
"""The default policy of ``ct.check`` (see the module docstring for each rule and number)."""


def with_tier_shares(
    policy: Policy,
    *,
    min_core_share: Fraction,
    max_elective_share: Fraction,
    citation: Citation,
    since: dt.date | None = None,
) -> Policy:
    """``policy`` with ``curriculum.tier_share`` added, its two shares cited to ``citation``.

    The shares take effect from ``since`` (default: the policy's
    ``effective_from``); the rule's severity is an error.

    >>> from fractions import Fraction
    >>> school = Citation(source="某县委党校 2019 年教学计划", note="necessarily a local rule")
    >>> policy = with_tier_shares(SEED_PRACTICE_2019, min_core_share=Fraction(1, 2),
    ...                           max_elective_share=Fraction(1, 5), citation=school)
    >>> policy.parameter("curriculum.tier_share", "min_core_share").at(SINCE).value
    Fraction(1, 2)
    """
    start = since or policy.effective_from
    extra = tuple(
        ParameterSetting(
            rule_id="curriculum.tier_share",
            name=name,
            value=DatedParameter.single(value, since=start, citation=citation),
        )
        for name, value in (
            ("min_core_share", min_core_share),
            ("max_elective_share", max_elective_share),
        )
    )
    return attrs.evolve(
        policy,
        rule=AllOf(policy.rule, Check("curriculum.tier_share")),
        parameters=(*policy.parameters, *extra),
        sources=(*policy.sources, *(() if citation in policy.sources else (citation,))),
    )
