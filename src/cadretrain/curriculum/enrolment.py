"""Who is enrolled: required units covered (seed 004), each person once, capacity.

``cohort.unit_coverage``: seed 004 enrols "在每个建档立卡贫困村的“三职”…
各选派1名", covering all 50 registered poor villages; a cohort lists such
units in ``required_units`` and each must have at least ``min_per_unit``
enrolled trainees whose ``unit`` is exactly that name. With ``exactly`` it
must have exactly ``min_per_unit``: seed 004's "各选派1名" is one cadre per
village, so a second trainee from one village over-covers it (a failing
finding naming the unit and its trainees).

``cohort.person_enrolled_once``: one person holds one place in a class. Two
trainees with the same ``person_id`` (the records system's own id) are one
person enrolled twice; trainees without a ``person_id`` are compared with
nobody, since a name never identifies a person (two cadres may share one).

``cohort.capacity``: enrolment within the venue's capacity, and within each
visited field site's capacity (every trainee attends every session of a
cohort in this model, so the visit group is the whole enrolment).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import attrs

from cadretrain.curriculum._params import NoParameters, describe
from cadretrain.errors import InvalidValueError
from cadretrain.model import Cohort
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME
from cadretrain.rules.sources import CLASS_ROSTER, SEED_JIANGAN_2015

__all__ = [
    "CAPACITY",
    "PERSON_ENROLLED_ONCE",
    "UNIT_COVERAGE",
    "UnitQuota",
    "capacity",
    "person_enrolled_once",
    "unit_coverage",
]


def _at_least_one(_inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(attribute.name, value, "an int of at least 1")


def _a_bool(_inst: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidValueError(attribute.name, value, "True or False")


@attrs.frozen(kw_only=True)
class UnitQuota:
    """How many trainees each required unit sends: at least, or exactly, ``min_per_unit``."""

    min_per_unit: int = attrs.field(
        default=1,
        validator=_at_least_one,
        metadata=describe(
            "每个必须覆盖的单位至少参训人数(默认 1:覆盖即至少一人)",
            "least trainees from each required unit (default 1: covered means at least one)",
        ),
    )
    exactly: bool = attrs.field(
        default=False,
        validator=_a_bool,
        metadata=describe(
            "是否要求恰好 min_per_unit 人(如“各选派1名”);为真时多派的单位也不通过",
            "whether each required unit sends exactly min_per_unit (e.g. “各选派1名”, one "
            "each); when true an over-covered unit fails too",
        ),
    )


def unit_coverage(cohort: Cohort, params: UnitQuota) -> Iterator[CheckResult]:
    """Every required unit has at least (or exactly) ``min_per_unit`` trainees.

    One failure per short unit, and with ``exactly`` one per over-covered
    unit, naming the unit's trainees.
    """
    units = cohort.required_units  # each listed once: the cohort refuses a repeat
    if not units:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"班次 {cohort.id} 未列出必须覆盖的单位,不判断",
            message_en=f"cohort {cohort.id} lists no required units; nothing to judge",
            evidence=(("required_units", 0),),
        )
        return
    wanted = params.min_per_unit
    counts = Counter(t.unit for t in cohort.trainees)
    over = {unit for unit in units if counts[unit] > wanted} if params.exactly else set()
    sent: defaultdict[str, list[str]] = defaultdict(list)
    for trainee in cohort.trainees if over else ():
        if trainee.unit in over:
            sent[trainee.unit].append(trainee.id)
    failed = 0
    for unit in units:
        n = counts[unit]
        if n < wanted:
            failed += 1
            yield CheckResult(
                path=f"cohort.required_units[{unit}]",
                passed=False,
                message_zh=f"{unit}参训 {n} 人,少于要求的 {wanted} 人",
                message_en=f"{unit} has {n} trainee(s) enrolled, fewer than the required {wanted}",
                evidence=(("unit", unit), ("enrolled", n), ("required", wanted)),
            )
        elif unit in over:
            failed += 1
            ids = sorted(sent[unit])
            yield CheckResult(
                path=f"cohort.required_units[{unit}]",
                passed=False,
                message_zh=f"{unit}参训 {n} 人({'、'.join(ids)}),多于要求的恰好 {wanted} 人",
                message_en=f"{unit} has {n} trainees enrolled ({', '.join(ids)}), more than "
                f"the exactly {wanted} required",
                evidence=(
                    ("unit", unit),
                    ("enrolled", n),
                    ("required", wanted),
                    ("trainees", ", ".join(ids)),
                ),
            )
    if not failed:
        many_zh, many_en = ("恰好", "exactly") if params.exactly else ("至少", "at least")
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"{len(units)} 个必须覆盖的单位均有{many_zh} {wanted} 人参训",
            message_en=f"all {len(units)} required units have {many_en} {wanted} trainee(s) "
            "enrolled",
            evidence=(("required_units", len(units)), ("failed_units", 0)),
        )


def person_enrolled_once(cohort: Cohort, params: NoParameters) -> Iterator[CheckResult]:
    """No ``person_id`` on two trainees; one failure per person enrolled more than once.

    The failure is at the person's second trainee (by id) and names every
    trainee id with its path, persons in ``person_id`` order, so the order of
    the roster changes nothing. Trainees without a ``person_id`` are not
    compared (counted in the evidence as ``not_compared``): names are never
    used to guess identity.
    """
    enrolled: defaultdict[str, list[str]] = defaultdict(list)
    for trainee in cohort.trainees:
        if trainee.person_id is not None:
            enrolled[trainee.person_id].append(trainee.id)
    identified = sum(map(len, enrolled.values()))
    not_compared = len(cohort.trainees) - identified
    unknown_zh = f";{not_compared} 名学员无人员编号,不比较(不按姓名推断身份)"
    unknown_en = (
        f"; {not_compared} trainee(s) without a person id not compared "
        "(identity is never guessed from names)"
    )
    twice = 0
    for person in sorted(enrolled):
        ids = sorted(enrolled[person])
        if len(ids) < 2:
            continue
        twice += 1
        paths = [f"cohort.trainees[{t}]" for t in ids]
        yield CheckResult(
            path=paths[1],
            passed=False,
            message_zh=f"人员编号 {person} 在本班次登记为 {len(ids)} 名学员:{'、'.join(ids)};"
            "同一人只应参训一次" + (unknown_zh if not_compared else ""),
            message_en=f"person {person} is enrolled {len(ids)} times, as trainees "
            f"{', '.join(ids)}; a person holds one place in a class"
            + (unknown_en if not_compared else ""),
            evidence=(
                ("person_id", person),
                ("enrolments", len(ids)),
                ("trainees", ", ".join(ids)),
                ("paths", ", ".join(paths)),
                ("not_compared", not_compared),
            ),
        )
    if twice:
        return
    if identified:
        zh = f"{identified} 名有人员编号的学员各为不同的人" + (unknown_zh if not_compared else "")
        en = f"the {identified} trainee(s) with a person id are different people" + (
            unknown_en if not_compared else ""
        )
    else:
        zh = f"没有学员登记人员编号,{not_compared} 名学员均不比较(不按姓名推断身份)"
        en = (
            f"no trainee has a person id; none of the {not_compared} compared "
            "(identity is never guessed from names)"
        )
    yield CheckResult(
        path="cohort",
        passed=True,
        message_zh=zh,
        message_en=en,
        evidence=(("compared", identified), ("not_compared", not_compared)),
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
    description_zh="参训人员覆盖每个必须覆盖的单位(可要求每单位恰好若干人)",
    description_en="the enrolment covers every required unit (at least, or exactly, a number "
    "per unit)",
    params_type=UnitQuota,
    function=unit_coverage,
    source=SEED_JIANGAN_2015,
)
PERSON_ENROLLED_ONCE = CheckDefinition(
    rule_id="cohort.person_enrolled_once",
    scope=Scope.COHORT,
    description_zh="同一人(按人员编号)在一个班次只登记一次",
    description_en="no person (by the records system's person id) is enrolled twice in a cohort",
    params_type=NoParameters,
    function=person_enrolled_once,
    source=CLASS_ROSTER,
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
