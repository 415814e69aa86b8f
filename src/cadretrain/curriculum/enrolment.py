"""Who is enrolled: required units covered (seed 004), venue and site capacity.

``cohort.unit_coverage``: seed 004 enrols "在每个建档立卡贫困村的“三职”…
各选派1名", covering all 50 registered poor villages; a cohort lists such
units in ``required_units`` and each must have at least ``min_per_unit``
enrolled trainees whose ``unit`` is exactly that name.

``cohort.capacity``: enrolment within the venue's capacity, and within each
visited field site's capacity (every trainee attends every session of a
cohort in this model, so the visit group is the whole enrolment).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import attrs

from cadretrain.curriculum._params import NoParameters, describe
from cadretrain.errors import InvalidValueError
from cadretrain.model import Cohort
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME
from cadretrain.rules.sources import SEED_JIANGAN_2015

__all__ = ["CAPACITY", "UNIT_COVERAGE", "UnitQuota", "capacity", "unit_coverage"]


def _at_least_one(_inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(attribute.name, value, "an int of at least 1")


@attrs.frozen(kw_only=True)
class UnitQuota:
    """How many trainees each required unit sends at least."""

    min_per_unit: int = attrs.field(
        default=1,
        validator=_at_least_one,
        metadata=describe(
            "每个必须覆盖的单位至少参训人数(默认 1:覆盖即至少一人)",
            "least trainees from each required unit (default 1: covered means at least one)",
        ),
    )


def unit_coverage(cohort: Cohort, params: UnitQuota) -> Iterator[CheckResult]:
    """Every required unit has at least ``min_per_unit`` trainees; one failure per short unit."""
    counts = Counter(t.unit for t in cohort.trainees)
    units = tuple(dict.fromkeys(cohort.required_units))
    if not units:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"班次 {cohort.id} 未列出必须覆盖的单位,不判断",
            message_en=f"cohort {cohort.id} lists no required units; nothing to judge",
            evidence=(("required_units", 0),),
        )
        return
    short = 0
    for unit in units:
        n = counts[unit]
        if n < params.min_per_unit:
            short += 1
            yield CheckResult(
                path=f"cohort.required_units[{unit}]",
                passed=False,
                message_zh=f"{unit}参训 {n} 人,少于要求的 {params.min_per_unit} 人",
                message_en=f"{unit} has {n} trainee(s) enrolled, fewer than the required "
                f"{params.min_per_unit}",
                evidence=(("unit", unit), ("enrolled", n), ("required", params.min_per_unit)),
            )
    if not short:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"{len(units)} 个必须覆盖的单位均有至少 {params.min_per_unit} 人参训",
            message_en=f"all {len(units)} required units have at least "
            f"{params.min_per_unit} trainee(s) enrolled",
            evidence=(("required_units", len(units)), ("short_units", 0)),
        )


def capacity(cohort: Cohort, params: NoParameters) -> Iterator[CheckResult]:
    """Enrolment within the venue's capacity and each visited site's capacity, where given."""
    enrolled = len(cohort.trainees)
    judged = False
    if cohort.venue_capacity is not None:
        judged = True
        over = enrolled > cohort.venue_capacity
        yield CheckResult(
            path="cohort",
            passed=not over,
            message_zh=f"{cohort.venue}容纳 {cohort.venue_capacity} 人,班次 {enrolled} 人"
            + (",超员" if over else ""),
            message_en=f"{enrolled} enrolled for {cohort.venue}, which holds "
            f"{cohort.venue_capacity}" + ("; over capacity" if over else ""),
            evidence=(("enrolled", enrolled), ("venue_capacity", cohort.venue_capacity)),
        )
    for session in cohort.ordered_sessions():
        if session.site is None:
            continue
        site = cohort.programme.field_site(session.site)
        if site.capacity is None:
            continue
        judged = True
        over = enrolled > site.capacity
        yield CheckResult(
            path=f"cohort.sessions[{session.id}]",
            passed=not over,
            message_zh=f"{session.on.isoformat()} 赴{site.name}({site.id}),可接待 "
            f"{site.capacity} 人,来访 {enrolled} 人" + (",超出接待能力" if over else ""),
            message_en=f"{enrolled} visiting {site.name} ({site.id}) on "
            f"{session.on.isoformat()}, which receives {site.capacity}"
            + ("; over capacity" if over else ""),
            evidence=(
                ("enrolled", enrolled),
                ("site", site.id),
                ("site_capacity", site.capacity),
            ),
        )
    if not judged:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh="未给出场地或现场教学点容量,不判断",
            message_en="no venue or field-site capacity given; nothing to judge",
            evidence=(("enrolled", enrolled),),
        )


UNIT_COVERAGE = CheckDefinition(
    rule_id="cohort.unit_coverage",
    scope=Scope.COHORT,
    description_zh="参训人员覆盖每个必须覆盖的单位",
    description_en="the enrolment covers every required unit",
    params_type=UnitQuota,
    function=unit_coverage,
    source=SEED_JIANGAN_2015,
)
CAPACITY = CheckDefinition(
    rule_id="cohort.capacity",
    scope=Scope.COHORT,
    description_zh="参训人数不超过场地容量和现场教学点接待能力",
    description_en="enrolment within the venue's capacity and each visited site's capacity",
    params_type=NoParameters,
    function=capacity,
    source=PROGRAMME_SCHEME,
)
