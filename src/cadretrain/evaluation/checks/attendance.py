"""The attendance checks: the register, leave share, absence without leave, attended share.

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
import numpy.typing as npt

from cadretrain.evaluation.checks._params import share
from cadretrain.evaluation.facts import FactColumns
from cadretrain.model import _validators as v
from cadretrain.rules import CheckDefinition, CheckResult, Judged, MissingParameter, Scope
from cadretrain.rules.citation import COHORT_REGISTER, PROGRAMME_SCHEME
from cadretrain.rules.sources import TIANHE_PARTY_SCHOOL_2015, TRAINEE_MANAGEMENT_2013

__all__ = [
    "ABSENT_WITHOUT_LEAVE",
    "ATTENDANCE",
    "ATTENDANCE_RECORDED",
    "LEAVE_RATIO",
    "UNEXCUSED_ABSENCE",
    "AbsentWithoutLeaveParams",
    "AttendanceParams",
    "AttendanceRecordedParams",
    "LeaveRatioParams",
    "UnexcusedAbsenceParams",
    "absent_without_leave",
    "attendance",
    "attendance_recorded",
    "leave_ratio",
    "unexcused_absence",
]


@attrs.frozen(kw_only=True)
class AttendanceRecordedParams:
    """No numbers: the cohort's ``attendance_recording`` says what a missing record means."""


def attendance_recorded(facts: FactColumns, params: AttendanceRecordedParams) -> Judged:
    """Every session due has a record (or approved leave) when the cohort records every session.

    One failing result per missing record, at
    ``cohort.trainees[<id>].attendance[<session>]``: the trainee cannot be
    judged on attendance, and is *not judged* (未评定) until it is recorded.
    """
    ok: npt.NDArray[np.bool_] = ~np.any(facts.missing, axis=1)
    return Judged(
        verdict=ok.astype(np.int8), results=lambda row: _recorded(facts, row, bool(ok[row]))
    )


def _recorded(facts: FactColumns, row: int, ok: bool) -> Iterator[CheckResult]:
    path = facts.path(row)
    mode = facts.cohort.attendance_recording
    if ok:
        yield CheckResult(
            path=path,
            passed=True,
            message_zh=f"考勤记录完整({mode.zh})",
            message_en=f"attendance recorded for every session due ({mode.en})",
            evidence=(("attendance_recording", mode.value),),
        )
        return
    minutes = {s.id: s.minutes for s in facts.cohort.sessions}
    for session in facts.missing_sessions(row):
        yield CheckResult(
            path=f"{path}.attendance[{session}]",
            passed=False,
            message_zh=f"课次 {session} 没有考勤记录(本期{mode.zh}),无法评定",
            message_en=f"no attendance record for session {session} (this cohort: {mode.en}): "
            "cannot be judged",
            evidence=(
                ("attendance_recording", mode.value),
                ("session", session),
                ("minutes", minutes[session]),
            ),
        )


@attrs.frozen(kw_only=True)
class AbsentWithoutLeaveParams:
    """Whole sessions missed without approved leave that count as leaving without approval.

    The 2013 rules order withdrawal for 未经批准擅自离校 but name no amount;
    how many whole sessions count is the policy's cited parameter.
    """

    whole_sessions: int = attrs.field(
        validator=v.positive_int,
        metadata={
            "zh": "未经批准缺课达到此整课次数即视为擅自离校",
            "en": "whole sessions missed without approval that withdraw",
            "stricter": "lower",
        },
    )


def absent_without_leave(facts: FactColumns, params: AbsentWithoutLeaveParams) -> Judged:
    """Whole sessions missed without approved leave stay below ``whole_sessions``."""
    ok = facts.truant_sessions < params.whole_sessions
    return Judged(
        verdict=ok.astype(np.int8),
        results=lambda row: _truant(facts, row, params, bool(ok[row])),
    )


def _truant(
    facts: FactColumns, row: int, params: AbsentWithoutLeaveParams, ok: bool
) -> Iterator[CheckResult]:
    s = facts.minutes(row)
    n = int(facts.truant_sessions[row])
    limit = params.whole_sessions
    yield CheckResult(
        path=facts.path(row),
        passed=ok,
        message_zh=f"未经批准整次缺课 {n} 次(未经批准缺课 {s.unexcused} 分钟,"
        f"准假 {s.excused} 分钟)"
        + (f",少于 {limit} 次" if ok else f",达到 {limit} 次,视为擅自离校,责令退学"),
        message_en=f"{n} whole session(s) missed without approved leave ({s.unexcused} min "
        f"unexcused, {s.excused} min on approved leave), "
        + (f"below {limit}" if ok else f"reaching {limit}: left without approval, withdrawn"),
        evidence=(
            ("truant_sessions", n),
            ("unexcused", s.unexcused),
            ("approved_leave", s.excused),
            ("unapproved_leave", s.unapproved_leave),
            ("unrecorded", s.unrecorded),
            ("whole_sessions", limit),
        ),
    )


@attrs.frozen(kw_only=True)
class LeaveRatioParams:
    """The most leave a trainee may take, as a share of scheduled minutes.

    ``counts`` says what counts toward the share: ``"approved_leave"`` (the
    national rules) or ``"all_absence"``, approved leave and every minute
    missed without it (a local reading of "请假等时间", e.g. the Tianhe
    party school's).
    """

    max_share: Fraction = attrs.field(
        validator=share,
        metadata={
            "zh": "请假时间占总学时的上限(超过即退学)",
            "en": "most leave, as a share of class time",
            "stricter": "lower",
        },
    )
    counts: str = attrs.field(
        default="approved_leave",
        validator=v.one_of("approved_leave", "all_absence"),
        metadata={
            "zh": "计入比例的时间:approved_leave 仅准假,all_absence 请假及一切缺课",
            "en": "what counts: 'approved_leave', or 'all_absence' (leave and every absence)",
        },
    )


def _leave_minutes(facts: FactColumns, params: LeaveRatioParams) -> npt.NDArray[np.int64]:
    if params.counts == "all_absence":
        return facts.excused + facts.unexcused
    return facts.excused


def leave_ratio(facts: FactColumns, params: LeaveRatioParams) -> Judged:
    """Leave / scheduled minutes ≤ ``max_share``; above it the trainee is withdrawn."""
    most = Fraction(params.max_share)
    ok = _leave_minutes(facts, params) * most.denominator <= most.numerator * facts.scheduled
    return Judged(
        verdict=ok.astype(np.int8), results=lambda row: _leave(facts, row, params, bool(ok[row]))
    )


def _leave(
    facts: FactColumns, row: int, params: LeaveRatioParams, ok: bool
) -> Iterator[CheckResult]:
    s = facts.minutes(row)
    everything = params.counts == "all_absence"
    counted = s.excused + s.unexcused if everything else s.excused
    ratio = Fraction(counted, s.scheduled) if s.scheduled else Fraction(0)
    verdict_zh = "未超过" if ok else "超过"
    tail_zh = "" if ok else ",应予退学"
    verdict_en = "within" if ok else "above"
    tail_en = "" if ok else ": withdrawn"
    what_zh = (
        f"请假及缺课 {counted} 分钟(准假 {s.excused})" if everything else f"准假 {counted} 分钟"
    )
    what_en = (
        f"leave and absence {counted} (approved leave {s.excused})"
        if everything
        else f"approved leave {counted}"
    )
    evidence: tuple[tuple[str, int | Fraction | str], ...] = (
        ("scheduled", s.scheduled),
        ("approved_leave", s.excused),
        ("leave_share", ratio),
        ("unapproved_leave", s.unapproved_leave),
    )
    yield CheckResult(
        path=facts.path(row),
        passed=ok,
        message_zh=f"{what_zh},占总学时 {s.scheduled} 分钟的 {ratio},"
        f"{verdict_zh} {params.max_share}{tail_zh}",
        message_en=f"{what_en} of {s.scheduled} scheduled minutes ({ratio}) "
        f"is {verdict_en} {params.max_share}{tail_en}",
        evidence=(*evidence, ("counted", params.counts)) if everything else evidence,
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
        validator=v.one_of("minutes", "days"),
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
        message_zh=f"未经批准缺课 {amount_zh}(其中请假未获批准 {s.unapproved_leave} 分钟),"
        + (f"少于 {limit_zh}" if ok else f"达到 {limit_zh},应予退学"),
        message_en=f"absent without approved leave for {amount_en} ({s.unapproved_leave} min "
        "on leave not approved), "
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
    source=TRAINEE_MANAGEMENT_2013,
)
ABSENT_WITHOUT_LEAVE = CheckDefinition(
    rule_id="evaluation.absent_without_leave",
    scope=Scope.TRAINEE,
    description_zh="未经批准擅自离校(整次缺课未获准假)的,责令退学",
    description_en="leaving the school without approval (whole sessions missed without "
    "approved leave) withdraws the trainee",
    params_type=AbsentWithoutLeaveParams,
    function=absent_without_leave,
    source=TRAINEE_MANAGEMENT_2013,
)
ATTENDANCE_RECORDED = CheckDefinition(
    rule_id="evaluation.attendance_recorded",
    scope=Scope.TRAINEE,
    description_zh="逐次考勤的班次,每名学员每一课次都有考勤记录(或准假),否则无法评定",
    description_en="where every session is recorded, each trainee has a record (or approved "
    "leave) for each session; otherwise the trainee is not judged",
    params_type=AttendanceRecordedParams,
    function=attendance_recorded,
    source=COHORT_REGISTER,
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
