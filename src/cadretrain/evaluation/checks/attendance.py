"""The attendance checks: leave share, unexcused absence, attended share.

Each judges a cohort's :class:`~cadretrain.evaluation.facts.FactColumns`: a
verdict per trainee from the minute columns (shares compared with the
policy's ``Fraction`` by cross-multiplying integers), and for a trainee
whose findings are made, one result at the trainee's path with the minutes
it counted as evidence. The result's verdict is the column's: the rule is
written once, over the columns; the row only explains it.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import attrs
import numpy as np

from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.checks._params import share
from cadretrain.evaluation.facts import FactColumns
from cadretrain.model import _validators as v
from cadretrain.rules import CheckDefinition, CheckResult, Judged, MissingParameter, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME
from cadretrain.rules.sources import CADRE_TRAINING_2015, TIANHE_PARTY_SCHOOL_2015

__all__ = [
    "ATTENDANCE",
    "LEAVE_RATIO",
    "UNEXCUSED_ABSENCE",
    "AttendanceParams",
    "LeaveRatioParams",
    "UnexcusedAbsenceParams",
    "attendance",
    "leave_ratio",
    "unexcused_absence",
]

_UNITS = ("minutes", "days")


@attrs.frozen(kw_only=True)
class LeaveRatioParams:
    """The most approved leave a trainee may take, as a share of scheduled minutes."""

    max_share: Fraction = attrs.field(
        validator=share,
        metadata={
            "zh": "请假时间占总学时的上限(超过即退学)",
            "en": "most leave, as a share of class time",
            "stricter": "lower",
        },
    )


def leave_ratio(facts: FactColumns, params: LeaveRatioParams) -> Judged:
    """Approved leave / scheduled minutes ≤ ``max_share``; above it the trainee is withdrawn."""
    most = Fraction(params.max_share)
    ok = facts.excused * most.denominator <= most.numerator * facts.scheduled
    return Judged(
        verdict=ok.astype(np.int8), results=lambda row: _leave(facts, row, params, bool(ok[row]))
    )


def _leave(
    facts: FactColumns, row: int, params: LeaveRatioParams, ok: bool
) -> Iterator[CheckResult]:
    s = facts.minutes(row)
    ratio = Fraction(s.excused, s.scheduled) if s.scheduled else Fraction(0)
    verdict_zh = "未超过" if ok else "超过"
    tail_zh = "" if ok else ",应予退学"
    verdict_en = "within" if ok else "above"
    tail_en = "" if ok else ": withdrawn"
    yield CheckResult(
        path=facts.path(row),
        passed=ok,
        message_zh=f"准假 {s.excused} 分钟,占总学时 {s.scheduled} 分钟的 {ratio},"
        f"{verdict_zh} {params.max_share}{tail_zh}",
        message_en=f"approved leave {s.excused} of {s.scheduled} scheduled minutes ({ratio}) "
        f"is {verdict_en} {params.max_share}{tail_en}",
        evidence=(
            ("scheduled", s.scheduled),
            ("approved_leave", s.excused),
            ("leave_share", ratio),
            ("unapproved_leave", s.unapproved_leave),
        ),
    )


@attrs.frozen(kw_only=True)
class UnexcusedAbsenceParams:
    """Unexcused absence at or above ``withdraw_at`` (in ``unit``) withdraws the trainee.

    With ``unit="days"`` a day is ``day_minutes`` minutes of class; no national
    figure exists (docs/regulations.md, row 15), so the caller must supply it.
    """

    withdraw_at: int = attrs.field(
        validator=v.positive_int,
        metadata={
            "zh": "旷课达到此数即退学",
            "en": "unexcused absence that withdraws",
            "stricter": "lower",
        },
    )
    unit: str = attrs.field(
        default="minutes",
        metadata={"zh": "计量单位:minutes 或 days", "en": "unit: 'minutes' or 'days'"},
    )
    day_minutes: int = attrs.field(
        default=0,
        validator=v.non_negative_int,
        metadata={
            "zh": "每天的课时分钟数(按天计时必填)",
            "en": "class minutes in a day (for days)",
        },
    )

    def __attrs_post_init__(self) -> None:
        if self.unit not in _UNITS:
            raise InvalidValueError("unit", self.unit, "'minutes' or 'days'")
        if self.unit == "days" and self.day_minutes == 0:
            raise MissingParameter(
                "evaluation.unexcused_absence: parameter 'day_minutes' (class minutes in one "
                "day) is needed to count absence in days and no national figure exists "
                "(docs/regulations.md, row 15: 6, 7.5 or 8 学时 a day); the caller must supply it "
                "(policy.with_parameter('evaluation.unexcused_absence', 'day_minutes', ...))"
            )

    @property
    def limit_minutes(self) -> int:
        """``withdraw_at`` in minutes."""
        return self.withdraw_at * (self.day_minutes if self.unit == "days" else 1)


def unexcused_absence(facts: FactColumns, params: UnexcusedAbsenceParams) -> Judged:
    """Minutes missed without approved leave stay below ``withdraw_at``."""
    ok = facts.unexcused < params.limit_minutes
    return Judged(
        verdict=ok.astype(np.int8), results=lambda row: _absence(facts, row, params, bool(ok[row]))
    )


def _absence(
    facts: FactColumns, row: int, params: UnexcusedAbsenceParams, ok: bool
) -> Iterator[CheckResult]:
    s = facts.summary(row)
    if params.unit == "days":
        days = Fraction(s.unexcused, params.day_minutes)
        amount_zh, amount_en = f"{days} 天", f"{days} day(s)"
        limit_zh, limit_en = f"{params.withdraw_at} 天", f"{params.withdraw_at} day(s)"
    else:
        amount_zh, amount_en = f"{s.unexcused} 分钟", f"{s.unexcused} minutes"
        limit_zh, limit_en = f"{params.withdraw_at} 分钟", f"{params.withdraw_at} minutes"
    yield CheckResult(
        path=facts.path(row),
        passed=ok,
        message_zh=f"未经批准缺课 {amount_zh}(其中无记录 {s.unrecorded} 分钟、请假未获批准 "
        f"{s.unapproved_leave} 分钟),"
        + (f"少于 {limit_zh}" if ok else f"达到 {limit_zh},应予退学"),
        message_en=f"absent without approved leave for {amount_en} ({s.unrecorded} min "
        f"unrecorded, {s.unapproved_leave} min on leave not approved), "
        + (f"below {limit_en}" if ok else f"reaching {limit_en}: withdrawn"),
        evidence=(
            ("unexcused", s.unexcused),
            ("unrecorded", s.unrecorded),
            ("unapproved_leave", s.unapproved_leave),
            ("limit_minutes", params.limit_minutes),
        ),
    )


@attrs.frozen(kw_only=True)
class AttendanceParams:
    """The least share of scheduled minutes a trainee must attend for the certificate."""

    min_share: Fraction = attrs.field(
        validator=share,
        metadata={
            "zh": "结业所需的最低出勤比例",
            "en": "least attended share for the certificate",
            "stricter": "higher",
        },
    )


def attendance(facts: FactColumns, params: AttendanceParams) -> Judged:
    """Attended / scheduled minutes ≥ ``min_share`` (approved leave is excused, not attended)."""
    least = Fraction(params.min_share)
    ok = facts.attended * least.denominator >= least.numerator * facts.scheduled
    return Judged(
        verdict=ok.astype(np.int8),
        results=lambda row: _attended(facts, row, params, bool(ok[row])),
    )


def _attended(
    facts: FactColumns, row: int, params: AttendanceParams, ok: bool
) -> Iterator[CheckResult]:
    s = facts.minutes(row)
    ratio = Fraction(s.attended, s.scheduled) if s.scheduled else Fraction(1)
    yield CheckResult(
        path=facts.path(row),
        passed=ok,
        message_zh=f"出勤 {s.attended} / {s.scheduled} 分钟({ratio}),"
        + (f"达到 {params.min_share}" if ok else f"低于 {params.min_share},不能结业"),
        message_en=f"attended {s.attended} of {s.scheduled} minutes ({ratio}), "
        + (f"at least {params.min_share}" if ok else f"below {params.min_share}: no certificate"),
        evidence=(
            ("scheduled", s.scheduled),
            ("attended", s.attended),
            ("attended_share", ratio),
            ("excused", s.excused),
        ),
    )


LEAVE_RATIO = CheckDefinition(
    rule_id="evaluation.leave_ratio",
    scope=Scope.TRAINEE,
    description_zh="累计请假时间不超过总学时的规定比例,超过的应予退学",
    description_en="approved leave within the policy's share of class time, else withdrawn",
    params_type=LeaveRatioParams,
    function=leave_ratio,
    source=CADRE_TRAINING_2015,
)
UNEXCUSED_ABSENCE = CheckDefinition(
    rule_id="evaluation.unexcused_absence",
    scope=Scope.TRAINEE,
    description_zh="未经批准缺课(旷课)未达到规定时长,达到的应予退学",
    description_en="absence without approved leave below the policy's limit, else withdrawn",
    params_type=UnexcusedAbsenceParams,
    function=unexcused_absence,
    source=TIANHE_PARTY_SCHOOL_2015,
)
ATTENDANCE = CheckDefinition(
    rule_id="evaluation.attendance",
    scope=Scope.TRAINEE,
    description_zh="出勤比例不低于结业所需的最低比例",
    description_en="attended share at least the minimum for the certificate",
    params_type=AttendanceParams,
    function=attendance,
    source=PROGRAMME_SCHEME,
)
