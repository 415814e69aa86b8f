"""The attendance checks: leave share, unexcused absence, attended share.

Each judges one :class:`~cadretrain.evaluation.facts.TraineeFacts` and
yields one result at the trainee's path, with the minutes it counted as
evidence. Shares are ``Fraction``s compared exactly with the policy's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from fractions import Fraction
from operator import attrgetter

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.checks._params import share
from cadretrain.evaluation.facts import TraineeFacts
from cadretrain.model import _validators as v
from cadretrain.rules import CheckDefinition, CheckResult, MissingParameter, Scope

__all__ = [
    "ATTENDANCE",
    "LEAVE_RATIO",
    "UNEXCUSED_ABSENCE",
    "AttendanceParams",
    "LeaveRatioParams",
    "UnexcusedAbsenceParams",
    "attendance_fast",
    "leave_ratio_fast",
    "unexcused_absence_fast",
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
        },
    )


def leave_ratio(facts: TraineeFacts, params: LeaveRatioParams) -> Iterator[CheckResult]:
    """Approved leave / scheduled minutes ≤ ``max_share``; above it the trainee is withdrawn."""
    s = facts.summary
    ratio = s.leave_share
    ok = ratio <= params.max_share
    verdict_zh = "未超过" if ok else "超过"
    tail_zh = "" if ok else ",应予退学"
    verdict_en = "within" if ok else "above"
    tail_en = "" if ok else ": withdrawn"
    yield CheckResult(
        path=facts.path,
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
        metadata={"zh": "旷课达到此数即退学", "en": "unexcused absence that withdraws"},
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


def unexcused_absence(facts: TraineeFacts, params: UnexcusedAbsenceParams) -> Iterator[CheckResult]:
    """Minutes missed without approved leave stay below ``withdraw_at``."""
    s = facts.summary
    ok = s.unexcused < params.limit_minutes
    if params.unit == "days":
        days = Fraction(s.unexcused, params.day_minutes)
        amount_zh, amount_en = f"{days} 天", f"{days} day(s)"
        limit_zh, limit_en = f"{params.withdraw_at} 天", f"{params.withdraw_at} day(s)"
    else:
        amount_zh, amount_en = f"{s.unexcused} 分钟", f"{s.unexcused} minutes"
        limit_zh, limit_en = f"{params.withdraw_at} 分钟", f"{params.withdraw_at} minutes"
    yield CheckResult(
        path=facts.path,
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
        metadata={"zh": "结业所需的最低出勤比例", "en": "least attended share for the certificate"},
    )


def attendance(facts: TraineeFacts, params: AttendanceParams) -> Iterator[CheckResult]:
    """Attended / scheduled minutes ≥ ``min_share`` (approved leave is excused, not attended)."""
    s = facts.summary
    ratio = s.attended_share
    ok = ratio >= params.min_share
    yield CheckResult(
        path=facts.path,
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


def leave_ratio_fast(params: LeaveRatioParams) -> Callable[[TraineeFacts], bool]:
    """:func:`leave_ratio` passes: ``excused × d ≤ n × scheduled`` for ``max_share = n/d``."""
    most = Fraction(params.max_share)
    n, d = most.numerator, most.denominator

    def passes(facts: TraineeFacts) -> bool:
        s = facts.summary
        return s.excused * d <= n * s.scheduled

    return passes


def unexcused_absence_fast(params: UnexcusedAbsenceParams) -> Callable[[TraineeFacts], bool]:
    """:func:`unexcused_absence` passes: unexcused minutes below the limit."""
    limit = params.limit_minutes

    def passes(facts: TraineeFacts) -> bool:
        return facts.summary.unexcused < limit

    return passes


def attendance_fast(params: AttendanceParams) -> Callable[[TraineeFacts], bool]:
    """:func:`attendance` passes: ``attended × d ≥ n × scheduled`` (nothing scheduled: passes)."""
    least = Fraction(params.min_share)
    n, d = least.numerator, least.denominator

    def passes(facts: TraineeFacts) -> bool:
        s = facts.summary
        return s.attended * d >= n * s.scheduled

    return passes


_SUMMARY = attrgetter("summary")  # all three read only the summary and their parameters

LEAVE_RATIO = CheckDefinition(
    rule_id="evaluation.leave_ratio",
    scope=Scope.TRAINEE,
    description_zh="累计请假时间不超过总学时的规定比例,超过的应予退学",
    description_en="approved leave within the policy's share of class time, else withdrawn",
    params_type=LeaveRatioParams,
    function=leave_ratio,
    fast=leave_ratio_fast,
    key=_SUMMARY,
)
UNEXCUSED_ABSENCE = CheckDefinition(
    rule_id="evaluation.unexcused_absence",
    scope=Scope.TRAINEE,
    description_zh="未经批准缺课(旷课)未达到规定时长,达到的应予退学",
    description_en="absence without approved leave below the policy's limit, else withdrawn",
    params_type=UnexcusedAbsenceParams,
    function=unexcused_absence,
    fast=unexcused_absence_fast,
    key=_SUMMARY,
)
ATTENDANCE = CheckDefinition(
    rule_id="evaluation.attendance",
    scope=Scope.TRAINEE,
    description_zh="出勤比例不低于结业所需的最低比例",
    description_en="attended share at least the minimum for the certificate",
    params_type=AttendanceParams,
    function=attendance,
    fast=attendance_fast,
    key=_SUMMARY,
)
