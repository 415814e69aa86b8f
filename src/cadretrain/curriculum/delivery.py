"""How a programme teaches and whom it serves (seed 001).

``curriculum.field_share``: a programme that declares "理论培训+实战教学"
(:attr:`~cadretrain.model.enums.ProgrammeFeature.THEORY_PLUS_PRACTICE`)
must have field teaching — seed 001: "在扶贫干部培训中普遍设置现场教学环节"
— and at least ``min_field_share`` of its instructional minutes in field
formats (:attr:`~cadretrain.model.enums.DeliveryFormat.in_the_field`). The
seeds give no share, so the structural default is 0: with it the check asks
only what the seed states, that the programme has field teaching at all.

``curriculum.audience_focus``: each audience category the programme names
is served by a curriculum module whose capability is that category's focus
(seed 001's "五个盯住").
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import attrs

from cadretrain.curriculum._params import NoParameters, a_share, describe
from cadretrain.model import Programme, ProgrammeFeature
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.sources import SEED_YUNNAN_2019

__all__ = [
    "AUDIENCE_FOCUS",
    "FIELD_SHARE",
    "FieldShare",
    "audience_focus",
    "field_share",
]

_FEATURE = ProgrammeFeature.THEORY_PLUS_PRACTICE


@attrs.frozen(kw_only=True)
class FieldShare:
    """The least share of instructional minutes in the field."""

    min_field_share: Fraction = attrs.field(
        default=Fraction(0),
        validator=a_share,
        metadata=describe(
            "声明“理论培训+实战教学”的项目中现场教学时长的最低占比(默认 0:只要求有现场教学)",
            "least share of instructional minutes in field formats for a 'theory plus field "
            "practice' programme (default 0: field teaching must merely be present)",
        ),
    )


def field_share(programme: Programme, params: FieldShare) -> Iterator[CheckResult]:
    """A theory-plus-practice programme has field teaching, at least ``min_field_share``."""
    if not programme.has(_FEATURE):
        yield CheckResult(
            path="programme",
            passed=True,
            message_zh=f"项目未声明“{_FEATURE.zh}”,不要求现场教学占比",
            message_en=f"the programme does not declare '{_FEATURE.en}'; no field share required",
            evidence=(("theory_plus_practice", False),),
        )
        return
    modules = [m for m in programme.modules if m.instructional]
    total = sum(m.minutes for m in modules)
    field = sum(m.minutes for m in modules if m.format.in_the_field)
    share = Fraction(field, total) if total else Fraction(0)
    passed = field > 0 and share >= params.min_field_share
    evidence = (
        ("theory_plus_practice", True),
        ("field_minutes", field),
        ("instructional_minutes", total),
        ("field_share", share),
    )
    if field == 0:
        zh = f"项目声明“{_FEATURE.zh}”,但 {total} 分钟教学时长中没有现场教学"
        en = f"the programme declares '{_FEATURE.en}' but none of its {total} instructional "
        en += "minutes is in the field"
    elif params.min_field_share == 0:
        zh = f"有现场教学,占 {share}({field}/{total} 分钟),未设最低占比"
        en = f"field teaching present: share {share} ({field} of {total} minutes), no minimum set"
    else:
        word_zh = "不低于" if passed else "低于"
        word_en = "at or above" if passed else "below"
        zh = f"现场教学占 {share}({field}/{total} 分钟),{word_zh}要求的 {params.min_field_share}"
        en = (
            f"field share {share} ({field} of {total} minutes) is {word_en} the required "
            f"{params.min_field_share}"
        )
    yield CheckResult(
        path="programme", passed=passed, message_zh=zh, message_en=en, evidence=evidence
    )


def audience_focus(programme: Programme, params: NoParameters) -> Iterator[CheckResult]:
    """Each audience category is served by a module with its capability focus."""
    if not programme.audience:
        yield CheckResult(
            path="programme",
            passed=True,
            message_zh="项目未列出培训对象类别,不判断能力侧重",
            message_en="the programme names no audience category; capability focus not judged",
            evidence=(("audience_categories", 0),),
        )
        return
    for category in dict.fromkeys(programme.audience):
        capability = category.capability
        serving = [
            m.code for m in programme.modules if m.instructional and m.capability is capability
        ]
        evidence = (
            ("category", category.value),
            ("capability", capability.value),
            ("modules", len(serving)),
        )
        if serving:
            zh = f"{category.zh}由 {len(serving)} 门侧重{capability.zh}的课程覆盖:{'、'.join(serving)}"
            en = (
                f"{category.en} served by {len(serving)} module(s) on {capability.en} "
                f"capability: {', '.join(serving)}"
            )
        else:
            zh = f"没有侧重{capability.zh}的课程,{category.zh}未被覆盖"
            en = f"no module builds {capability.en} capability, so {category.en} are not served"
        yield CheckResult(
            path=f"programme.audience[{category.value}]",
            passed=bool(serving),
            message_zh=zh,
            message_en=en,
            evidence=evidence,
        )


FIELD_SHARE = CheckDefinition(
    rule_id="curriculum.field_share",
    scope=Scope.PROGRAMME,
    description_zh="“理论培训+实战教学”项目有现场教学,且占比不低于下限",
    description_en="a 'theory plus field practice' programme teaches in the field, at least a share",
    params_type=FieldShare,
    function=field_share,
    source=SEED_YUNNAN_2019,
)
AUDIENCE_FOCUS = CheckDefinition(
    rule_id="curriculum.audience_focus",
    scope=Scope.PROGRAMME,
    description_zh="每类培训对象都有侧重其能力的课程(五个盯住)",
    description_en="each audience category is served by a module with its capability focus",
    params_type=NoParameters,
    function=audience_focus,
    source=SEED_YUNNAN_2019,
)
