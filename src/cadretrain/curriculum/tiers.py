"""Curriculum tiers (seed 001): compulsory present, compulsory first, the tier shares.

The tiers are a design property of the programme, so the shares are
computed on the programme's curriculum modules (``programme.modules``,
instructional formats only, planned minutes); menu courses are offers, not
the curriculum, and are left out. Which lesson opens a cohort is a fact of
the cohort's timetable, so ``curriculum.compulsory_first`` judges a cohort.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import attrs

from cadretrain.curriculum._params import NoParameters, a_share, describe
from cadretrain.model import Cohort, Module, Programme, Tier
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.sources import SEED_HUNAN_2019, SEED_YUNNAN_2019

__all__ = [
    "COMPULSORY_FIRST",
    "COMPULSORY_PRESENT",
    "TIER_SHARE",
    "TierShares",
    "compulsory_first",
    "compulsory_present",
    "tier_share",
]


def _instructional(programme: Programme) -> tuple[Module, ...]:
    return tuple(m for m in programme.modules if m.instructional)


def _codes(modules: tuple[Module, ...]) -> str:
    return "、".join(m.code for m in modules)


def compulsory_present(programme: Programme, params: NoParameters) -> Iterator[CheckResult]:
    """At least one instructional curriculum module is compulsory (必修课)."""
    modules = _instructional(programme)
    compulsory = tuple(m for m in modules if m.tier is Tier.COMPULSORY)
    evidence = (("compulsory_modules", len(compulsory)), ("modules", len(modules)))
    if compulsory:
        yield CheckResult(
            path="programme",
            passed=True,
            message_zh=f"{len(modules)} 门教学课程中有 {len(compulsory)} 门必修课:{_codes(compulsory)}",
            message_en=f"{len(compulsory)} of {len(modules)} instructional modules are "
            f"compulsory: {', '.join(m.code for m in compulsory)}",
            evidence=evidence,
        )
    else:
        yield CheckResult(
            path="programme",
            passed=False,
            message_zh=f"{len(modules)} 门教学课程中没有必修课",
            message_en=f"none of the {len(modules)} instructional modules is compulsory",
            evidence=evidence,
        )


def compulsory_first(cohort: Cohort, params: NoParameters) -> Iterator[CheckResult]:
    """The cohort's first instructional session is a compulsory module; ceremonies are skipped."""
    sessions = cohort.instructional_sessions()
    if not sessions:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"班次 {cohort.id} 尚无教学课次,无从判断第一课",
            message_en=f"cohort {cohort.id} has no instructional session yet; no first lesson "
            "to judge",
            evidence=(("instructional_sessions", 0),),
        )
        return
    first = sessions[0]
    module = cohort.programme.module(first.module)
    ordered = cohort.ordered_sessions()
    skipped = ordered.index(first)  # every session ordered before it is a ceremony
    when = first.on.isoformat()
    passed = module.tier is Tier.COMPULSORY
    verdict_zh = "是必修课" if passed else f"是{module.tier.zh},不是必修课"
    verdict_en = "is compulsory" if passed else f"is {module.tier.en}, not compulsory"
    yield CheckResult(
        path=f"cohort.sessions[{first.id}]",
        passed=passed,
        message_zh=f"首堂教学课 {first.id}({when})《{module.title}》({module.code}){verdict_zh}",
        message_en=f"the first instructional session {first.id} ({when}), {module.code} "
        f"《{module.title}》, {verdict_en}",
        evidence=(
            ("session", first.id),
            ("on", first.on),
            ("module", module.code),
            ("tier", module.tier.value),
            ("ceremonies_before", skipped),
        ),
    )


@attrs.frozen(kw_only=True)
class TierShares:
    """Bounds on the tiers' shares of the curriculum's instructional minutes."""

    min_core_share: Fraction = attrs.field(
        validator=a_share,
        metadata=describe(
            "必修课与重点课合计占教学时长的最低比例",
            "least share of instructional minutes in compulsory and key modules together",
        ),
    )
    max_elective_share: Fraction = attrs.field(
        validator=a_share,
        metadata=describe(
            "选修课占教学时长的最高比例",
            "greatest share of instructional minutes in elective modules",
        ),
    )


def tier_share(programme: Programme, params: TierShares) -> Iterator[CheckResult]:
    """Compulsory+key minutes at least ``min_core_share``, electives at most ``max_elective_share``.

    Yields two results at ``programme``: the core share, then the elective share.
    """
    minutes = dict.fromkeys(Tier, 0)
    for module in _instructional(programme):
        minutes[module.tier] += module.minutes
    total = sum(minutes.values())
    per_tier = tuple((f"{tier.value}_minutes", minutes[tier]) for tier in Tier)
    if total == 0:
        yield CheckResult(
            path="programme",
            passed=True,
            message_zh="课程没有教学时长,不计算课程层次占比",
            message_en="the curriculum has no instructional minutes; tier shares not computed",
            evidence=(*per_tier, ("total_minutes", 0)),
        )
        return
    core_minutes = minutes[Tier.COMPULSORY] + minutes[Tier.KEY]
    core = Fraction(core_minutes, total)
    low = core < params.min_core_share
    yield CheckResult(
        path="programme",
        passed=not low,
        message_zh=f"必修+重点课占 {core},{'低于' if low else '不低于'}要求的 "
        f"{params.min_core_share}({total} 分钟中占 {core_minutes} 分钟)",
        message_en=f"compulsory+key share {core} is {'below' if low else 'at or above'} the "
        f"required {params.min_core_share} ({core_minutes} of {total} minutes)",
        evidence=(*per_tier, ("total_minutes", total), ("core_share", core)),
    )
    elective = Fraction(minutes[Tier.ELECTIVE], total)
    high = elective > params.max_elective_share
    yield CheckResult(
        path="programme",
        passed=not high,
        message_zh=f"选修课占 {elective},{'高于' if high else '不高于'}上限 "
        f"{params.max_elective_share}({total} 分钟中占 {minutes[Tier.ELECTIVE]} 分钟)",
        message_en=f"elective share {elective} is {'above' if high else 'within'} the "
        f"limit {params.max_elective_share} ({minutes[Tier.ELECTIVE]} of {total} minutes)",
        evidence=(*per_tier, ("total_minutes", total), ("elective_share", elective)),
    )


COMPULSORY_PRESENT = CheckDefinition(
    rule_id="curriculum.compulsory_present",
    scope=Scope.PROGRAMME,
    description_zh="课程中至少有一门必修课",
    description_en="the curriculum has at least one compulsory module",
    params_type=NoParameters,
    function=compulsory_present,
    source=SEED_YUNNAN_2019,
)
COMPULSORY_FIRST = CheckDefinition(
    rule_id="curriculum.compulsory_first",
    scope=Scope.COHORT,
    description_zh="班次的第一堂教学课(开班仪式不计)为必修课",
    description_en="a cohort's first instructional session (ceremonies skipped) is compulsory",
    params_type=NoParameters,
    function=compulsory_first,
    source=SEED_HUNAN_2019,
)
TIER_SHARE = CheckDefinition(
    rule_id="curriculum.tier_share",
    scope=Scope.PROGRAMME,
    description_zh="必修+重点课时长占比不低于下限,选修课占比不高于上限",
    description_en="compulsory+key minutes at least a share, elective minutes at most a share",
    params_type=TierShares,
    function=tier_share,
    source=SEED_YUNNAN_2019,
)
