"""The posting checks (scope POSTING): presence in the village, term, team size, recall.

A first secretary's or work-team member's posting (seed 002) is judged as of
a date (:class:`PostingAsOf`):

- ``posting.presence`` — each presence period that ended by the date: days
  present over working days at least the policy's ``min_presence_share``.
  No national figure is confirmed (Shanxi's 2/3 is a local variant): with
  ``"none"`` each period is reported *not judged*, a failing finding the
  national presets weigh as a warning, never a silent pass. A shortfall
  proposes recall: the finding says the 驻村工作领导小组 should consider
  召回调整 (2017 opinion), or names the proposal recorded since the
  period began;
- ``posting.term`` — the posting's planned term within the policy's years
  for the roles it covers, and the team size at least the minimum when known;
- ``posting.recall`` — an appraisal of 不称职 or 不胜任 calls for recall
  (召回): the 驻村工作领导小组 proposes it and the sending unit recalls (2017
  opinion; seed 002). Without a recorded proposal the check fails, proposing
  recall; with one it passes and cites the steps taken.

Term bounds, read so that both ways of writing an end date pass: a term of
at least N years ends on or after ``start + N years − 1 day``; a term of at
most M years ends on or before ``start + M years``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import Posting, PostingRole, RecallEvent, RecallStep
from cadretrain.model import _validators as v
from cadretrain.model._calendar import shifted
from cadretrain.rules import CheckDefinition, CheckResult, EvidenceValue, Scope, format_value
from cadretrain.rules import amounts as am
from cadretrain.rules.sources import SHANXI_2015, WORK_TEAM_OPINION_2017

_OPINION_ZH = "《关于加强贫困村驻村工作队选派管理工作的指导意见》(2017)"

__all__ = [
    "POSTING_CHECKS",
    "PRESENCE",
    "RECALL",
    "TERM",
    "PostingAsOf",
    "PresenceParams",
    "RecallParams",
    "TermParams",
    "check_presence",
    "check_recall",
    "check_term",
]

PRESENCE = "posting.presence"
TERM = "posting.term"
RECALL = "posting.recall"


@attrs.frozen(kw_only=True)
class PostingAsOf:
    """The subject of the posting checks: a posting judged as of a date."""

    posting: Posting = attrs.field(validator=v.instance(Posting))
    on: dt.date = attrs.field(validator=v.a_date)


@attrs.frozen(kw_only=True)
class PresenceParams:
    """Parameters of ``posting.presence``."""

    min_presence_share: am.Amount = attrs.field(
        validator=am.optional_amount,
        metadata={"zh": "在村天数占工作日的最低比例", "en": "share of working days present"},
    )


def _roles(_inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    known = {role.value for role in PostingRole}
    if not isinstance(value, tuple) or not all(r in known for r in value):
        raise InvalidValueError(attribute.name, value, f"a tuple of {', '.join(sorted(known))}")


@attrs.frozen(kw_only=True)
class TermParams:
    """Parameters of ``posting.term``."""

    roles: tuple[str, ...] = attrs.field(
        validator=_roles, metadata={"zh": "适用的驻村岗位", "en": "posting roles covered"}
    )
    min_years: am.Amount = attrs.field(
        validator=am.optional_int, metadata={"zh": "任期最短年限", "en": "term, years at least"}
    )
    max_years: am.Amount = attrs.field(
        validator=am.optional_int, metadata={"zh": "任期最长年限", "en": "term, years at most"}
    )
    min_team_size: am.Amount = attrs.field(
        validator=am.optional_int, metadata={"zh": "工作队最少人数", "en": "team size, at least"}
    )


@attrs.frozen(kw_only=True)
class RecallParams:
    """``posting.recall`` has no number: the appraisal grade decides."""


def check_presence(subject: PostingAsOf, params: PresenceParams) -> Iterator[CheckResult]:
    """Each presence period ended by the date: present share ≥ the minimum.

    Without a minimum (``"none"``: no national figure is confirmed) each
    period fails as *not judged*, naming what to supply; the national presets
    weigh ``posting.presence`` as a warning for that reason. A shortfall
    proposes recall (召回调整) to the 驻村工作领导小组, citing the 2017
    opinion, unless a proposal dated from the period's start to the date is
    recorded (then the finding names it).
    """
    posting, on = subject.posting, subject.on
    given = am.given(params.min_presence_share)
    need = am.amount(params.min_presence_share) if given else None
    judged = 0
    for index, period in enumerate(posting.presence):
        if period.end > on:
            continue
        judged += 1
        share = Fraction(period.days_present, period.working_days)
        span = f"{period.start.isoformat()}–{period.end.isoformat()}"
        days_zh = f"{span} 在村 {period.days_present}/{period.working_days} 个工作日"
        days_en = f"{span}: present {period.days_present} of {period.working_days} working days"
        evidence: tuple[tuple[str, EvidenceValue], ...] = (
            ("days_present", period.days_present),
            ("working_days", period.working_days),
            ("share", share),
            ("required_share", am.NONE if need is None else need),
        )
        if need is None:
            yield CheckResult(
                path=f"posting.presence[{index}]",
                passed=False,
                message_zh=(
                    f"未判定:{days_zh};全国性文件未规定在村天数最低比例(2015 通知、2017 "
                    "指导意见均无),请提供 min_presence_share 或按地方规定判定(如山西 2015:"
                    "不少于 2/3)"
                ),
                message_en=(
                    f"not judged: {days_en}; no national presence minimum is confirmed (the "
                    "2015 notice and the 2017 opinion set none); supply min_presence_share or "
                    "judge under a local rule (e.g. Shanxi 2015: at least 2/3)"
                ),
                evidence=evidence,
            )
            continue
        passed = share >= need
        zh = f"{days_zh},要求不少于 {format_value(need)}:{'达到' if passed else '未达到'}"
        en = f"{days_en}; required at least {format_value(need)}: {'met' if passed else 'not met'}"
        if not passed:
            proposed = _proposed_since(posting, period.start, on)
            if proposed is None:
                zh += (
                    f";依据{_OPINION_ZH},建议驻村工作领导小组研究提出召回调整,"
                    f"{posting.sending_unit}及时召回"
                )
                en += (
                    "; under the 2017 opinion the 驻村工作领导小组 should consider proposing "
                    f"recall or adjustment (召回调整), and {posting.sending_unit} recall promptly"
                )
            else:
                zh += f";{proposed.by} 已于 {proposed.on.isoformat()} 提出召回"
                en += f"; recall proposed by {proposed.by} on {proposed.on.isoformat()}"
            evidence += (("recall_proposed_on", None if proposed is None else proposed.on),)
        yield CheckResult(
            path=f"posting.presence[{index}]",
            passed=passed,
            message_zh=zh,
            message_en=en,
            evidence=evidence,
        )
    if not judged:
        yield CheckResult(
            path="posting",
            passed=True,
            message_zh=f"截至 {on.isoformat()} 无已结束的在村记录",
            message_en=f"no presence period ended by {on.isoformat()}",
            evidence=(("periods", len(posting.presence)),),
        )


def _proposed_since(posting: Posting, day: dt.date, on: dt.date) -> RecallEvent | None:
    """The first recall proposal dated from ``day`` to ``on``, if one is recorded."""
    proposals = [e for e in posting.recall if e.step is RecallStep.PROPOSED and day <= e.on <= on]
    return min(proposals, key=lambda e: e.on) if proposals else None


def _recalled_on(posting: Posting, on: dt.date) -> dt.date | None:
    days = [e.on for e in posting.recall if e.step is RecallStep.RECALLED and e.on <= on]
    return min(days) if days else None


def check_term(subject: PostingAsOf, params: TermParams) -> Iterator[CheckResult]:
    """The planned term within the years for the role; the team at least the minimum."""
    posting, on = subject.posting, subject.on
    role = posting.role
    if role.value not in params.roles:
        yield CheckResult(
            path="posting",
            passed=True,
            message_zh=f"不适用:本政策的任期规定不涉及{role.zh}",
            message_en=f"not applicable: this policy's term rule does not cover a {role.en}",
            evidence=(("role", role.value),),
        )
        return
    yield _term(posting, on, params)
    if posting.team_size is not None and am.given(params.min_team_size):
        need = int(params.min_team_size)
        passed = posting.team_size >= need
        yield CheckResult(
            path="posting.team_size",
            passed=passed,
            message_zh=f"工作队 {posting.team_size} 人,要求不少于 {need} 人",
            message_en=f"team of {posting.team_size}; required at least {need}",
            evidence=(("team_size", posting.team_size), ("required_team_size", need)),
        )


def _term(posting: Posting, on: dt.date, params: TermParams) -> CheckResult:
    start, end = posting.start, posting.end
    earliest = start
    if am.given(params.min_years):
        earliest = shifted(start, years=int(params.min_years), days=-1)
    latest = None
    if am.given(params.max_years):
        latest = shifted(start, years=int(params.max_years))
    recalled = _recalled_on(posting, on)
    evidence: tuple[tuple[str, EvidenceValue], ...] = (
        ("start", start),
        ("end", end),
        ("earliest_end", earliest),
        ("latest_end", latest),
        ("recalled_on", recalled),
    )
    span = f"{start.isoformat()}–{end.isoformat()}"
    bounds_zh = f"{format_value(params.min_years)}–{format_value(params.max_years)} 年"
    bounds_en = f"{format_value(params.min_years)} to {format_value(params.max_years)} years"
    if recalled is not None:
        return CheckResult(
            path="posting",
            passed=True,
            message_zh=f"任期 {span} 因 {recalled.isoformat()} 召回而结束,不按任期年限判定",
            message_en=f"term {span} ended by recall on {recalled.isoformat()}; length not judged",
            evidence=evidence,
        )
    passed = earliest <= end and (latest is None or end <= latest)
    return CheckResult(
        path="posting",
        passed=passed,
        message_zh=f"任期 {span},要求 {bounds_zh}:{'符合' if passed else '不符合'}",
        message_en=f"term {span}; required {bounds_en}: {'met' if passed else 'not met'}",
        evidence=evidence,
    )


def check_recall(subject: PostingAsOf, params: RecallParams) -> Iterator[CheckResult]:
    """Each 不称职/不胜任 appraisal is followed by a recall proposal (召回)."""
    posting, on = subject.posting, subject.on
    calling = sorted(
        (a for a in posting.appraisals if a.grade.calls_for_recall and a.year <= on.year),
        key=lambda a: a.year,
    )
    if not calling:
        yield CheckResult(
            path="posting",
            passed=True,
            message_zh="无不称职或不胜任的考核结果",
            message_en="no appraisal calls for recall",
            evidence=(("appraisals", len(posting.appraisals)),),
        )
        return
    events = sorted((e for e in posting.recall if e.on <= on), key=lambda e: (e.on, e.step.value))
    for appraisal in calling:
        later = [e for e in events if e.on.year >= appraisal.year]
        first = {step: next((e.on for e in later if e.step is step), None) for step in RecallStep}
        proposed = first[RecallStep.PROPOSED]
        evidence: tuple[tuple[str, EvidenceValue], ...] = (
            ("year", appraisal.year),
            ("grade", appraisal.grade.value),
            ("proposed_on", proposed),
            ("recalled_on", first[RecallStep.RECALLED]),
            ("replaced_on", first[RecallStep.REPLACED]),
        )
        grade = appraisal.grade
        if proposed is not None:
            steps_zh = ",".join(f"{s.zh} {d.isoformat()}" for s, d in first.items() if d)
            steps_en = "; ".join(f"{s.en} {d.isoformat()}" for s, d in first.items() if d)
            zh = f"{appraisal.year} 年度考核{grade.zh}:{steps_zh}"
            en = f"{appraisal.year} appraisal {grade.en}: {steps_en}"
        else:
            zh = (
                f"{appraisal.year} 年度考核{grade.zh},尚无召回记录:建议由驻村工作领导小组"
                f"提出召回,{posting.sending_unit}及时召回调整"
            )
            en = (
                f"{appraisal.year} appraisal {grade.en} and no recall recorded: the leading "
                f"group should propose recall (召回) and {posting.sending_unit} recall promptly"
            )
        yield CheckResult(
            path=f"posting.appraisals[{appraisal.year}]",
            passed=proposed is not None,
            message_zh=zh,
            message_en=en,
            evidence=evidence,
        )


POSTING_CHECKS: tuple[CheckDefinition, ...] = (
    CheckDefinition(
        rule_id=PRESENCE,
        scope=Scope.POSTING,
        description_zh=(
            "驻村干部在村天数不少于工作日的规定比例;未达到的,依据2017年指导意见建议提出召回调整"
        ),
        description_en=(
            "days present in the village at least the share of working days; "
            "a shortfall proposes recall (召回调整, 2017 opinion)"
        ),
        params_type=PresenceParams,
        function=check_presence,
        source=SHANXI_2015,
    ),
    CheckDefinition(
        rule_id=TERM,
        scope=Scope.POSTING,
        description_zh="驻村任期在规定年限内;工作队人数不少于规定人数",
        description_en="posting term within the years; team at least the minimum size",
        params_type=TermParams,
        function=check_term,
        source=WORK_TEAM_OPINION_2017,
    ),
    CheckDefinition(
        rule_id=RECALL,
        scope=Scope.POSTING,
        description_zh="考核不称职或不胜任的,由驻村工作领导小组提出召回",
        description_en="an appraisal of 不称职/不胜任 is followed by a recall proposal",
        params_type=RecallParams,
        function=check_recall,
        source=WORK_TEAM_OPINION_2017,
    ),
)
