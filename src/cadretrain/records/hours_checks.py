"""The record checks (scope RECORD): yearly, five-yearly and after-promotion training.

Each check judges a :class:`~cadretrain.records.requirements.RecordAsOf`
(a record and the date it is judged on) and yields one result at path
``record``. Rank decides which applies: each hours check covers the ranks
its dated ``ranks`` parameter lists (the national policy: 县处级 and above,
and from the 2023 text 四级调研员 and above, follow the five-year rule; the
others the yearly one); ``record.induction_window`` covers every rank holding
a leading post (:attr:`~cadretrain.Rank.holds_leading_post`: the 职务 ranks
but 科员及以下) with a promotion date. A village cadre (村干部) is not covered
by the 条例: each check says so rather than judging. Where a check does not
apply it passes with a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from fractions import Fraction

from cadretrain.model import Outcome, Rank, RankTrack, TrainingKind, TrainingPurpose
from cadretrain.records.archive import entry_amount
from cadretrain.records.requirements import (
    AnnualParams,
    FiveYearParams,
    InductionParams,
    Measure,
    RecordAsOf,
    measures,
    requirement_window,
)
from cadretrain.records.windows import Window, years_after
from cadretrain.rules import (
    CheckDefinition,
    CheckResult,
    EvidenceValue,
    MissingParameter,
    Scope,
    format_value,
)
from cadretrain.rules import amounts as am
from cadretrain.rules.sources import CADRE_TRAINING_2015

__all__ = [
    "ANNUAL_HOURS",
    "FIVE_YEAR_HOURS",
    "INDUCTION_WINDOW",
    "RECORD_CHECKS",
    "check_annual_hours",
    "check_five_year_hours",
    "check_induction_window",
]

ANNUAL_HOURS = "record.annual_hours"
FIVE_YEAR_HOURS = "record.five_year_hours"
INDUCTION_WINDOW = "record.induction_window"

_UNIT = {
    "hours": ("学时", "学时"),
    "days": ("天", "days"),
    "months": ("个月", "months"),
}


def _not_applicable(zh: str, en: str, rank: Rank) -> CheckResult:
    return CheckResult(
        path="record",
        passed=True,
        message_zh=f"不适用:{zh}",
        message_en=f"not applicable: {en}",
        evidence=(("rank", rank.value),),
    )


def _not_covered(rank: Rank) -> CheckResult:
    """A village cadre: the 条例's training-time rules do not reach them, so no verdict."""
    return CheckResult(
        path="record",
        passed=True,
        message_zh=f"不在《干部教育培训工作条例》培训时间要求的范围内:{rank.zh}未列入其适用职务职级",
        message_en=(
            f"not covered by the 条例: its training-time rules name no {rank.en} "
            "(村干部) among the ranks they apply to"
        ),
        evidence=(("rank", rank.value), ("covered", False)),
    )


def _amounts(found: tuple[Measure, ...], lang: int, *, required: bool) -> str:
    parts = []
    for m in found:
        value = m.required if required else m.achieved
        parts.append(f"{format_value(value)} {_UNIT[m.unit][lang]}")
    joiner = (" 或 ", " or ")[lang] if required else ("、", ", ")[lang]
    return joiner.join(parts)


def _verdict(window: Window, found: tuple[Measure, ...]) -> CheckResult:
    passed = any(m.met for m in found)
    judged = tuple(m for m in found if m.achieved is not None)
    skipped = tuple(m for m in found if m.achieved is None)
    span = f"{window.start.isoformat()}–{window.end.isoformat()}"
    zh = (
        f"{span} 累计 {_amounts(judged, 0, required=False)},"
        f"要求不少于 {_amounts(found, 0, required=True)}:{'达到' if passed else '未达到'}"
    )
    en = (
        f"{span}: {_amounts(judged, 1, required=False)}; required at least "
        f"{_amounts(found, 1, required=True)}: {'met' if passed else 'not met'}"
    )
    for m in skipped:
        zh += f"({_UNIT[m.unit][0]}未核算:需提供参数 {m.missing})"
        en += f" ({m.unit} not judged: parameter {m.missing!r} not supplied)"
    evidence: list[tuple[str, EvidenceValue]] = [
        ("window_start", window.start),
        ("window_end", window.end),
    ]
    for m in found:
        evidence += [(m.unit, m.achieved), (f"required_{m.unit}", m.required)]
        if m.missing:
            evidence.append((f"{m.unit}_needs", m.missing))
    return CheckResult(
        path="record", passed=passed, message_zh=zh, message_en=en, evidence=tuple(evidence)
    )


def _elsewhere(rank: Rank, other_zh: str, other_en: str) -> CheckResult:
    """A rank this hours rule does not judge: a village cadre, or one under the other rule."""
    if rank.track is RankTrack.VILLAGE:
        return _not_covered(rank)
    return _not_applicable(
        f"{rank.zh}干部适用{other_zh}的要求",
        f"a {rank.en} cadre follows the {other_en} requirement",
        rank,
    )


def check_annual_hours(subject: RecordAsOf, params: AnnualParams) -> Iterator[CheckResult]:
    """The ranks ``params.ranks`` lists (乡科级 and below): the year's days or 学时 reach the minimum."""
    rank = subject.record.rank
    if rank.value not in params.ranks:
        yield _elsewhere(rank, "每5年累计培训", "five-year")
        return
    found = measures(ANNUAL_HOURS, subject, params)
    yield _verdict(requirement_window(subject, params), found)


def check_five_year_hours(subject: RecordAsOf, params: FiveYearParams) -> Iterator[CheckResult]:
    """The ranks ``params.ranks`` lists (县处级 and above): five years' months or 学时 reach the minimum."""
    rank = subject.record.rank
    if rank.value not in params.ranks:
        yield _elsewhere(rank, "每年累计培训", "yearly")
        return
    found = measures(FIVE_YEAR_HOURS, subject, params)
    yield _verdict(requirement_window(subject, params), found)


def check_induction_window(subject: RecordAsOf, params: InductionParams) -> Iterator[CheckResult]:
    """A promotion not preceded by training is followed by 任职培训 within the window.

    Counted: completed trainings recorded as 任职培训
    (:attr:`~cadretrain.TrainingPurpose.INDUCTION`), not online, that ended
    from the promotion day to the window's last day and on or before the
    check date. Their 学时 add up in the order they ended; the training is
    done on the day the total reaches ``min_hours``. Any other training in
    the window does not count, however long. Before the window closes, not
    yet trained is not a failure: the result passes and gives the deadline.

    No source fixes ``min_hours``: when a 任职培训 is there to be measured and
    the policy gives none, :class:`~cadretrain.rules.MissingParameter` is
    raised naming it (and ``hours_per_day`` for an entry recorded in days).
    """
    record, on = subject.record, subject.on
    rank = record.rank
    promoted = record.promoted_on
    if rank.track is RankTrack.VILLAGE:
        yield _not_covered(rank)
        return
    if rank.track is RankTrack.GRADE:
        zh, en = f"{rank.zh}为职级,不是领导职务", f"{rank.en} is a grade (职级), not a leading post"
        yield _not_applicable(zh, en, rank)
        return
    if not rank.holds_leading_post:
        yield _not_applicable("科员及以下未任领导职务", "staff hold no leading post", rank)
        return
    if promoted is None or promoted > on:
        yield _not_applicable("无提任日期", "no promotion on or before that date", record.rank)
        return
    if record.trained_before_promotion:
        yield CheckResult(
            path="record",
            passed=True,
            message_zh=f"{promoted.isoformat()} 提任前已完成培训",
            message_en=f"trained before the promotion of {promoted.isoformat()}",
            evidence=(("promoted_on", promoted), ("trained_before_promotion", True)),
        )
        return
    window = years_after(promoted, params.window_years)
    counted = [
        (index, entry)
        for index, entry in enumerate(record.entries)
        if entry.outcome is Outcome.COMPLETED
        and entry.kind is not TrainingKind.ONLINE
        and window.contains(entry.end)
        and entry.end <= on
    ]
    induction = sorted(
        ((i, e) for i, e in counted if e.purpose is TrainingPurpose.INDUCTION),
        key=lambda pair: (pair[1].end, pair[0]),
    )
    others = len(counted) - len(induction)
    need: Fraction | None = None
    done: Fraction | None = None
    trained: dt.date | None = None
    if induction:
        if not am.given(params.min_hours):
            index, entry = induction[0]
            raise MissingParameter(
                f"{INDUCTION_WINDOW}: judging the 任职培训 record.entries[{index}] "
                f"({entry.title}) needs the parameter 'min_hours' (the 学时 a 任职培训 must "
                "reach), which no source in docs/regulations.md fixes; supply it with "
                f"policy.with_parameter({INDUCTION_WINDOW!r}, 'min_hours', ...)"
            )
        need = am.amount(params.min_hours)
        per_day = am.amount(params.hours_per_day) if am.given(params.hours_per_day) else None
        done = Fraction(0)
        for index, entry in induction:
            done += entry_amount(index, entry, "hours", per_day)
            if trained is None and done >= need:
                trained = entry.end
    evidence: tuple[tuple[str, EvidenceValue], ...] = (
        ("promoted_on", promoted),
        ("deadline", window.end),
        ("trained_on", trained),
        ("induction_hours", done),
        ("required_hours", need),
        ("other_trainings", others),
    )
    deadline = window.end.isoformat()
    if trained:
        zh = (
            f"{promoted.isoformat()} 提任,{trained.isoformat()} 完成任职培训"
            f"(累计 {format_value(done)} 学时,要求不少于 {format_value(need)} 学时,期限 {deadline})"
        )
        en = (
            f"promoted {promoted.isoformat()}, trained on promotion {trained.isoformat()} "
            f"({format_value(done)} 学时, at least {format_value(need)} required; by {deadline})"
        )
    elif on <= window.end:
        zh = f"{promoted.isoformat()} 提任,尚未完成任职培训,应于 {deadline} 前完成"
        en = f"promoted {promoted.isoformat()}, not yet trained on promotion; due by {deadline}"
    else:
        zh = f"{promoted.isoformat()} 提任,未在 {deadline} 前完成任职培训"
        en = f"promoted {promoted.isoformat()}, not trained on promotion by {deadline}"
    if not trained and done is not None:
        zh += f"(已完成任职培训 {format_value(done)} 学时,要求不少于 {format_value(need)} 学时)"
        en += (
            f" ({format_value(done)} 学时 of 任职培训 done, at least {format_value(need)} required)"
        )
    if not trained and others:
        zh += f";期间另有 {others} 项培训未记为任职培训,不计入"
        en += f"; {others} other training(s) in the window are not recorded as 任职培训 and do not count"
    passed = trained is not None or on <= window.end
    yield CheckResult(path="record", passed=passed, message_zh=zh, message_en=en, evidence=evidence)


RECORD_CHECKS: tuple[CheckDefinition, ...] = (
    CheckDefinition(
        rule_id=ANNUAL_HOURS,
        scope=Scope.RECORD,
        description_zh=(
            "乡科级及以下干部(2023年起:乡科级、一级主任科员及以下)每年累计培训不少于规定天数或学时"
        ),
        description_en=(
            "township/section level and below (from 2023: and 一级主任科员 and below): "
            "the year's training days or 学时; the ranks are the dated parameter ranks"
        ),
        params_type=AnnualParams,
        function=check_annual_hours,
        source=CADRE_TRAINING_2015,
    ),
    CheckDefinition(
        rule_id=FIVE_YEAR_HOURS,
        scope=Scope.RECORD,
        description_zh="县处级以上领导干部(2023年起含四级调研员以上)每5年累计脱产培训不少于规定月数或学时",
        description_en=(
            "county/division level and above (from 2023: and 四级调研员 and above): five years' "
            "off-the-job months or 学时; the ranks are the dated parameter ranks"
        ),
        params_type=FiveYearParams,
        function=check_five_year_hours,
        source=CADRE_TRAINING_2015,
    ),
    CheckDefinition(
        rule_id=INDUCTION_WINDOW,
        scope=Scope.RECORD,
        description_zh="提任前未达到培训要求的,提任后规定期限内完成任职培训(不少于规定学时)",
        description_en=(
            "promoted without the training: a 任职培训 of at least min_hours within the window after"
        ),
        params_type=InductionParams,
        function=check_induction_window,
        source=CADRE_TRAINING_2015,
    ),
)
