"""Field-teaching sites (seed 000): how many a cohort visits, which themes they show.

``cohort.field_sites`` judges a cohort: seed 000 runs one class per region
(片区) and "每个片区精心挑选了3-4个现场教学点", so the distinct sites a
cohort's sessions use are counted for that cohort (its ``region``).

``cohort.field_themes`` judges the *programme*: seed 000's 16 sites
together cover 产业发展、基层党建、文创旅游、电子商务、环境整治, each region
"各有侧重", so one region's sites need not cover every theme; the union of
the themes of all the programme's field sites must.

A programme without field sites plans no field teaching; both checks pass
it with a note rather than fail it (a classroom programme such as seed
004's is not judged against a field-teaching practice).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from cadretrain.curriculum._params import a_count, describe, topic_values
from cadretrain.errors import InvalidValueError
from cadretrain.model import Cohort, Programme, Topic
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.sources import SEED_HUNAN_2019

__all__ = [
    "FIELD_SITES",
    "FIELD_THEMES",
    "RequiredThemes",
    "SiteCount",
    "field_sites",
    "field_themes",
]


_TOPICS = {topic.value: topic for topic in Topic}


def _no_sites(path: str) -> CheckResult:
    return CheckResult(
        path=path,
        passed=True,
        message_zh="项目未设现场教学点,不适用",
        message_en="the programme has no field sites; not applicable",
        evidence=(("programme_sites", 0),),
    )


@attrs.frozen(kw_only=True)
class SiteCount:
    """Bounds on the distinct field sites one cohort visits."""

    min_sites: int = attrs.field(
        validator=a_count,
        metadata=describe("每个片区班次至少使用的现场教学点数", "least distinct sites per cohort"),
    )
    max_sites: int = attrs.field(
        validator=a_count,
        metadata=describe("每个片区班次至多使用的现场教学点数", "most distinct sites per cohort"),
    )

    def __attrs_post_init__(self) -> None:
        if self.max_sites < self.min_sites:
            raise InvalidValueError(
                "max_sites", self.max_sites, f"at least min_sites ({self.min_sites})"
            )


def field_sites(cohort: Cohort, params: SiteCount) -> Iterator[CheckResult]:
    """The cohort's sessions use between ``min_sites`` and ``max_sites`` distinct sites."""
    if not cohort.programme.field_sites:
        yield _no_sites("cohort")
        return
    used = sorted({s.site for s in cohort.sessions if s.site is not None})
    count = len(used)
    few, many = count < params.min_sites, count > params.max_sites
    where_zh = f"{cohort.region}片区班次" if cohort.region else "班次"
    where_en = f" ({cohort.region})" if cohort.region else ""
    listed = "、".join(used) or "无"
    if few:
        zh_word, en_word = f"少于要求的 {params.min_sites} 个", f"fewer than {params.min_sites}"
    elif many:
        zh_word, en_word = f"多于上限 {params.max_sites} 个", f"more than {params.max_sites}"
    else:
        zh_word = f"在 {params.min_sites}–{params.max_sites} 个之间"
        en_word = f"within {params.min_sites} to {params.max_sites}"
    yield CheckResult(
        path="cohort",
        passed=not (few or many),
        message_zh=f"{where_zh} {cohort.id} 使用 {count} 个现场教学点({listed}),{zh_word}",
        message_en=f"cohort {cohort.id}{where_en} visits {count} distinct field site(s) "
        f"({', '.join(used) or 'none'}), {en_word}",
        evidence=(("region", cohort.region), ("sites", count), ("site_ids", ", ".join(used))),
    )


@attrs.frozen(kw_only=True)
class RequiredThemes:
    """The themes the programme's field sites must cover between them."""

    required_themes: tuple[str, ...] = attrs.field(
        validator=topic_values,
        metadata=describe(
            "现场教学点合计须涵盖的主题(Topic 值)",
            "themes (Topic values) the field sites must cover between them",
        ),
    )


def field_themes(programme: Programme, params: RequiredThemes) -> Iterator[CheckResult]:
    """The union of the programme's sites' themes covers ``required_themes``; one result each."""
    if not programme.field_sites:
        yield _no_sites("programme")
        return
    sites = programme.field_sites
    for value in params.required_themes:
        theme = _TOPICS[value]
        showing = [s.id for s in sites if theme in s.themes]
        if showing:
            zh = f"主题“{theme.zh}”由 {len(showing)} 个现场教学点体现:{'、'.join(showing)}"
            en = f"theme '{theme.en}' shown by {len(showing)} site(s): {', '.join(showing)}"
        else:
            zh = f"{len(sites)} 个现场教学点都不体现主题“{theme.zh}”"
            en = f"none of the {len(sites)} field sites shows the theme '{theme.en}'"
        yield CheckResult(
            path="programme.field_sites",
            passed=bool(showing),
            message_zh=zh,
            message_en=en,
            evidence=(("theme", value), ("sites_showing", len(showing)), ("sites", len(sites))),
        )


FIELD_SITES = CheckDefinition(
    rule_id="cohort.field_sites",
    scope=Scope.COHORT,
    description_zh="每个片区班次使用的现场教学点数在上下限之间",
    description_en="each regional cohort visits between min and max distinct field sites",
    params_type=SiteCount,
    function=field_sites,
    source=SEED_HUNAN_2019,
)
FIELD_THEMES = CheckDefinition(
    rule_id="cohort.field_themes",
    scope=Scope.PROGRAMME,
    description_zh="项目的现场教学点合计涵盖要求的主题",
    description_en="the programme's field sites together cover the required themes",
    params_type=RequiredThemes,
    function=field_themes,
    source=SEED_HUNAN_2019,
)
