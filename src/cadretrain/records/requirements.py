"""The record requirements: parameters, the subject, and each requirement's measures.

《干部教育培训工作条例》 (docs/regulations.md, rows 1-4):

- ``record.annual_hours`` — 乡科级 and below: at least 12 days or 90 学时
  of recognised centralised training in the calendar year of the check date;
- ``record.five_year_hours`` — 县处级 and above: at least 3 months or 550
  学时 of off-the-job training in the five years up to the check date (the
  2006 trial: 3 months, no 学时 figure);
- ``record.induction_window`` — a cadre promoted without the training
  before completes it within one year after the promotion: a training
  recorded as 任职培训 (:attr:`~cadretrain.TrainingPurpose.INDUCTION`) of at
  least ``min_hours`` 学时, a figure no source fixes, so the caller supplies it.

Which ranks each hours rule covers is a dated parameter (``ranks``): the 2023
text moved 四级调研员 and above to the five-year rule and kept 一级主任科员 and
below on the yearly one (rows 1, 4). A rank in neither list is not judged: a
village cadre (村干部) is not covered by the 条例, and the check says so.

A requirement written "A 或 B" passes when either alternative is met. An
alternative that needs a factor the caller has not given (days → 学时,
months → days) is *not judged* and the finding names the missing factor;
when no alternative can be judged the check raises
:class:`~cadretrain.rules.MissingParameter`. A check that does not apply to
the cadre's rank passes with a note (shown in explain mode).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Literal

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import Rank, TrainingRecord
from cadretrain.model import _validators as v
from cadretrain.records.archive import MissingFactor, Unit, total
from cadretrain.records.windows import Window, calendar_year_to, years_before
from cadretrain.rules import MissingParameter
from cadretrain.rules import amounts as am

__all__ = [
    "AnnualParams",
    "FiveYearParams",
    "InductionParams",
    "Measure",
    "MeasureUnit",
    "RecordAsOf",
    "measures",
    "requirement_window",
]


@attrs.frozen(kw_only=True)
class RecordAsOf:
    """The subject of the record checks: a record judged as of a date."""

    record: TrainingRecord = attrs.field(validator=v.instance(TrainingRecord))
    on: dt.date = attrs.field(validator=v.a_date)


def _meta(zh: str, en: str) -> dict[str, str]:
    return {"zh": zh, "en": en}


_HOURS_PER_DAY = attrs.field(
    default=am.NONE,
    validator=am.optional_factor,
    metadata=_meta(
        "每培训日折算学时(无全国统一标准,由调用方提供)", "学时 per training day (caller)"
    ),
)
_ONLINE_CREDIT = attrs.field(
    default=am.NONE,
    validator=am.optional_amount,
    metadata=_meta("网络培训学时计入比例(none:不计入)", "share of online 学时 counted (none: not)"),
)


def _ranks(_inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    known = [rank.value for rank in Rank]
    if not isinstance(value, tuple) or not all(isinstance(r, str) and r in known for r in value):
        raise InvalidValueError(attribute.name, value, f"a tuple of {', '.join(known)}")


@attrs.frozen(kw_only=True)
class AnnualParams:
    """Parameters of ``record.annual_hours``."""

    min_days: am.Amount = attrs.field(
        validator=am.optional_amount, metadata=_meta("每年最少培训天数", "days a year, at least")
    )
    min_hours: am.Amount = attrs.field(
        validator=am.optional_amount, metadata=_meta("每年最少学时", "学时 a year, at least")
    )
    hours_per_day: am.Amount = _HOURS_PER_DAY
    online_credit: am.Amount = _ONLINE_CREDIT
    ranks: tuple[str, ...] = attrs.field(
        validator=_ranks,
        metadata=_meta("适用每年培训要求的职务职级", "ranks the yearly rule covers"),
    )


@attrs.frozen(kw_only=True)
class FiveYearParams:
    """Parameters of ``record.five_year_hours``."""

    window_years: int = attrs.field(
        validator=v.positive_int, metadata=_meta("考察年限", "years in the window")
    )
    min_months: am.Amount = attrs.field(
        validator=am.optional_amount, metadata=_meta("累计脱产培训月数", "months, at least")
    )
    min_hours: am.Amount = attrs.field(
        validator=am.optional_amount, metadata=_meta("累计学时", "学时, at least")
    )
    days_per_month: am.Amount = attrs.field(
        default=am.NONE,
        validator=am.optional_factor,
        metadata=_meta("每月折算培训天数(由调用方提供)", "training days per month (caller)"),
    )
    hours_per_day: am.Amount = _HOURS_PER_DAY
    online_credit: am.Amount = _ONLINE_CREDIT
    ranks: tuple[str, ...] = attrs.field(
        validator=_ranks,
        metadata=_meta("适用每5年培训要求的职务职级", "ranks the 5-year rule covers"),
    )


@attrs.frozen(kw_only=True)
class InductionParams:
    """Parameters of ``record.induction_window``.

    ``min_hours`` is the 学时 the 任职培训 done after the promotion must
    reach. No source in docs/regulations.md or the seeds gives one, so its
    default is ``"none"`` and judging a record that has such a training
    raises :class:`~cadretrain.rules.MissingParameter` until the caller
    supplies it.
    """

    window_years: int = attrs.field(
        validator=v.positive_int, metadata=_meta("提任后完成培训的年限", "years after promotion")
    )
    min_hours: am.Amount = attrs.field(
        default=am.NONE,
        validator=am.optional_amount,
        metadata=_meta(
            "任职培训最少学时(无出处规定,由调用方提供)", "学时 of 任职培训, at least (caller)"
        ),
    )
    hours_per_day: am.Amount = _HOURS_PER_DAY


MeasureUnit = Literal["hours", "days", "months"]
"""学时, training days, or months of training (days over the caller's days per month)."""


@attrs.frozen(kw_only=True)
class Measure:
    """One alternative of a requirement: the amount needed and, if judged, the amount done.

    ``achieved`` is ``None`` when the alternative could not be judged;
    ``missing`` then names the factor the caller must give.
    """

    unit: MeasureUnit
    required: Fraction
    achieved: Fraction | None
    missing: str = ""

    @property
    def met(self) -> bool:
        """Judged, and the amount done reaches the amount needed."""
        return self.achieved is not None and self.achieved >= self.required

    @property
    def shortfall(self) -> Fraction | None:
        """How much is still needed (0 when met); ``None`` when not judged."""
        if self.achieved is None:
            return None
        return max(Fraction(0), self.required - self.achieved)


def _optional(value: am.Amount) -> Fraction | None:
    return am.amount(value) if am.given(value) else None


def _measure(
    record: TrainingRecord,
    window: Window,
    unit: MeasureUnit,
    required: Fraction,
    *,
    hours_per_day: am.Amount,
    online_credit: am.Amount,
    days_per_month: am.Amount = am.NONE,
) -> Measure:
    counted: Unit = "hours" if unit == "hours" else "days"
    if unit == "months" and not am.given(days_per_month):
        return Measure(unit=unit, required=required, achieved=None, missing="days_per_month")
    try:
        done = total(
            record,
            window,
            counted,
            hours_per_day=_optional(hours_per_day),
            online_credit=_optional(online_credit),
        )
    except MissingFactor as error:
        return Measure(unit=unit, required=required, achieved=None, missing=error.parameter)
    if unit == "months":
        done /= am.amount(days_per_month)
    return Measure(unit=unit, required=required, achieved=done)


def requirement_window(subject: RecordAsOf, params: AnnualParams | FiveYearParams) -> Window:
    """The window an hours requirement counts: the calendar year, or the last N years."""
    if isinstance(params, AnnualParams):
        return calendar_year_to(subject.on)
    return years_before(subject.on, params.window_years)


def measures(
    rule_id: str, subject: RecordAsOf, params: AnnualParams | FiveYearParams
) -> tuple[Measure, ...]:
    """The alternatives of an hours requirement on ``subject.on``, each judged if it can be.

    Raises :class:`~cadretrain.rules.MissingParameter` when the policy gives
    no figure at all, or when no alternative can be judged without a factor.
    """
    record, on = subject.record, subject.on
    window = requirement_window(subject, params)
    wanted: list[tuple[MeasureUnit, am.Amount]]
    if isinstance(params, AnnualParams):
        wanted = [("days", params.min_days), ("hours", params.min_hours)]
        per_month: am.Amount = am.NONE
    else:
        wanted = [("hours", params.min_hours), ("months", params.min_months)]
        per_month = params.days_per_month
    found = tuple(
        _measure(
            record,
            window,
            unit,
            am.amount(need),
            hours_per_day=params.hours_per_day,
            online_credit=params.online_credit,
            days_per_month=per_month,
        )
        for unit, need in wanted
        if am.given(need)
    )
    if not found:
        raise MissingParameter(
            f"{rule_id}: the policy gives no figure in force on {on.isoformat()} (its minimums "
            "are 'none'); supply one (Check(..., params=...) or policy.with_parameter(...))"
        )
    if all(m.achieved is None for m in found):
        names = sorted({m.missing for m in found})
        raise MissingParameter(
            f"{rule_id}: no alternative can be judged on {on.isoformat()} without the "
            f"caller's {' and '.join(repr(n) for n in names)}; supply "
            f"{'them' if len(names) > 1 else 'it'} with policy.with_parameter(...)"
        )
    return found
