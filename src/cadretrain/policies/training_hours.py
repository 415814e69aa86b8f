"""The national training-record policy: 《干部教育培训工作条例》 2006 trial, 2015, 2023.

Each number is a dated parameter citing its text (docs/regulations.md,
rows 1-4, 6, 15; all H). When each text took effect:

- 2006 trial: issued January 2006 (中组部 answer on the 2023 revision; news
  of 2006-02-24 and 2006-03-29). The day is not confirmed, so its entries
  start 2006-01-01.
- 2015: 中共中央发布 2015-10-14 (header of the published full text; the
  Shandong report of 2015-11-25 in docs/regulations.md, row 2, applies it).
- 2023 revision: 中共中央发布 2023-09-19 (same header; 12371.cn reported it
  on 2023-10-17, docs/regulations.md, row 1).

The 2006 trial gives 3 months per 5 years and no 学时 figure, so
``min_hours`` is ``"none"`` before 2015-10-14. Its yearly figure for other
cadres (reported as 12 days in one news item, not in docs/regulations.md) is not
confirmed: the yearly minimums are ``"none"`` then, and judging a 乡科级
record before 2015-10-14 raises ``MissingParameter`` until the caller
supplies one. No text fixes a day → 学时 or month → day factor, and the
条例 counts no online 学时 toward these minimums (row 6): the caller supplies
those with :func:`with_factors` (which only touches the record checks).

Which ranks each hours rule covers (``ranks``) is dated too. Until the 2023
text, the five-year rule covers the leading posts at 县处级 and above and the
yearly one "其他干部", every other rank, the 职级 grades of the 2019
公务员法 included. From 2023-09-19 the five-year rule also covers 四级调研员
and above, and the yearly one keeps 一级主任科员 and below (rows 1, 4; the
ladder between them is the 公务员法's, 第二十一条). Village cadres (村干部) are
in neither list: the 条例 does not cover them.

No text gives the 学时 a 任职培训 must reach (row 3 gives the deadline only),
so ``record.induction_window``'s ``min_hours`` is ``"none"``, cited as such:
a record with a 任职培训 to measure raises ``MissingParameter`` until the
caller supplies a figure.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from cadretrain.model import Rank
from cadretrain.policies.sources import (
    CADRE_TRAINING_2006_TRIAL,
    CADRE_TRAINING_2015,
    CADRE_TRAINING_2023,
    CIVIL_SERVANT_LAW_2019,
)
from cadretrain.records.hours_checks import (
    ANNUAL_HOURS,
    FIVE_YEAR_HOURS,
    INDUCTION_WINDOW,
    RECORD_CHECKS,
)
from cadretrain.rules import (
    AllOf,
    Check,
    Citation,
    DatedParameter,
    DatedValue,
    ParameterSetting,
    Policy,
    rule_ids,
)
from cadretrain.rules.amounts import NONE, Amount

__all__ = [
    "CADRE_TRAINING_REGULATION",
    "TRIAL_2006",
    "VERSION_2015",
    "VERSION_2023",
    "with_factors",
]

TRIAL_2006 = dt.date(2006, 1, 1)
VERSION_2015 = dt.date(2015, 10, 14)
VERSION_2023 = dt.date(2023, 9, 19)

_TRIAL = attrs.evolve(
    CADRE_TRAINING_2006_TRIAL,
    note=CADRE_TRAINING_2006_TRIAL.note + "; issued January 2006, day unconfirmed: from 2006-01-01",
)
_V2015 = attrs.evolve(
    CADRE_TRAINING_2015, note=CADRE_TRAINING_2015.note + "; 中共中央发布 2015-10-14"
)
_V2023 = attrs.evolve(
    CADRE_TRAINING_2023, note=CADRE_TRAINING_2023.note + "; 中共中央发布 2023-09-19"
)
_NO_ONLINE = "; the minimums count 脱产/集中 training, online (网络培训) is a separate duty (row 6)"
_NO_YEARLY = attrs.evolve(
    _TRIAL,
    note=_TRIAL.note + "; its yearly figure for other cadres (reported as 12 days) is not "
    "confirmed: supply min_days to judge 乡科级 records before 2015-10-14",
)


_NO_INDUCTION_HOURS = (
    "; gives no 学时 a 任职培训 must reach (row 3 gives the deadline only): supply min_hours"
)

_LEADING = (Rank.PROVINCIAL_MINISTERIAL, Rank.BUREAU, Rank.COUNTY_DIVISION)
_OTHER_POSTS = (Rank.TOWNSHIP_SECTION, Rank.STAFF)
_HIGH_GRADES = (
    Rank.LEVEL_1_INSPECTOR,
    Rank.LEVEL_2_INSPECTOR,
    Rank.LEVEL_1_RESEARCHER,
    Rank.LEVEL_2_RESEARCHER,
    Rank.LEVEL_3_RESEARCHER,
    Rank.LEVEL_4_RESEARCHER,
)
_LOW_GRADES = (
    Rank.LEVEL_1_PRINCIPAL_STAFF,
    Rank.LEVEL_2_PRINCIPAL_STAFF,
    Rank.LEVEL_3_PRINCIPAL_STAFF,
    Rank.LEVEL_4_PRINCIPAL_STAFF,
    Rank.LEVEL_1_STAFF,
    Rank.LEVEL_2_STAFF,
)
_LADDER = f" (the 职级 ladder: {CIVIL_SERVANT_LAW_2019.source})"
_OTHER_CADRES = (
    "; the yearly rule covers 其他干部, every rank below the leading posts at 县处级, the 职级 "
    "grades included (row 4, the 2015 wording)"
)


def _dated(
    trial: Amount | tuple[str, ...],
    v2015: Amount | tuple[str, ...],
    v2023: Amount | tuple[str, ...],
    *,
    trial_cite: Citation = _TRIAL,
    v2015_cite: Citation = _V2015,
    v2023_cite: Citation = _V2023,
) -> DatedParameter:
    return DatedParameter(
        entries=(
            DatedValue(effective_from=TRIAL_2006, value=trial, citation=trial_cite),
            DatedValue(effective_from=VERSION_2015, value=v2015, citation=v2015_cite),
            DatedValue(effective_from=VERSION_2023, value=v2023, citation=v2023_cite),
        )
    )


def _codes(*ranks: Rank) -> tuple[str, ...]:
    return tuple(rank.value for rank in ranks)


def _noted(cite: Citation, note: str) -> Citation:
    return attrs.evolve(cite, note=cite.note + note)


def _ranks_five_year() -> DatedParameter:
    before = _codes(*_LEADING)
    return _dated(
        before,
        before,
        _codes(*_LEADING, *_HIGH_GRADES),
        v2023_cite=_noted(
            _V2023, "; the five-year rule adds 四级调研员 and above (row 1)" + _LADDER
        ),
    )


def _ranks_annual() -> DatedParameter:
    before = _codes(*_OTHER_POSTS, *_HIGH_GRADES, *_LOW_GRADES)
    return _dated(
        before,
        before,
        _codes(*_OTHER_POSTS, *_LOW_GRADES),
        trial_cite=_NO_YEARLY,
        v2015_cite=_noted(_V2015, _OTHER_CADRES),
        v2023_cite=_noted(
            _V2023, "; the yearly rule covers 乡科级 and 一级主任科员 and below (row 4)" + _LADDER
        ),
    )


def _no_induction_hours() -> DatedParameter:
    return DatedParameter(
        entries=tuple(
            DatedValue(effective_from=day, value=NONE, citation=_noted(c, _NO_INDUCTION_HOURS))
            for day, c in ((TRIAL_2006, _TRIAL), (VERSION_2015, _V2015), (VERSION_2023, _V2023))
        )
    )


def _no_online() -> DatedParameter:
    return DatedParameter(
        entries=tuple(
            DatedValue(
                effective_from=day, value=NONE, citation=attrs.evolve(c, note=c.note + _NO_ONLINE)
            )
            for day, c in ((TRIAL_2006, _TRIAL), (VERSION_2015, _V2015), (VERSION_2023, _V2023))
        )
    )


def _set(rule_id: str, name: str, value: DatedParameter) -> ParameterSetting:
    return ParameterSetting(rule_id=rule_id, name=name, value=value)


CADRE_TRAINING_REGULATION = Policy(
    name="cadre_training_regulation",
    title_zh="《干部教育培训工作条例》培训时间要求(2006 试行、2015、2023 修订)",
    title_en="Cadre training regulation: training-time requirements (2006 trial, 2015, 2023)",
    rule=AllOf(Check(ANNUAL_HOURS), Check(FIVE_YEAR_HOURS), Check(INDUCTION_WINDOW)),
    parameters=(
        _set(ANNUAL_HOURS, "ranks", _ranks_annual()),
        _set(ANNUAL_HOURS, "min_days", _dated(NONE, 12, 12, trial_cite=_NO_YEARLY)),
        _set(ANNUAL_HOURS, "min_hours", _dated(NONE, 90, 90, trial_cite=_NO_YEARLY)),
        _set(ANNUAL_HOURS, "online_credit", _no_online()),
        _set(FIVE_YEAR_HOURS, "ranks", _ranks_five_year()),
        _set(FIVE_YEAR_HOURS, "window_years", _dated(5, 5, 5)),
        _set(FIVE_YEAR_HOURS, "min_months", _dated(3, 3, 3)),
        _set(FIVE_YEAR_HOURS, "min_hours", _dated(NONE, 550, 550)),
        _set(FIVE_YEAR_HOURS, "online_credit", _no_online()),
        _set(INDUCTION_WINDOW, "window_years", _dated(1, 1, 1)),
        _set(INDUCTION_WINDOW, "min_hours", _no_induction_hours()),
    ),
    effective_from=TRIAL_2006,
    sources=(_TRIAL, _V2015, _V2023, CIVIL_SERVANT_LAW_2019),
)
"""The national record policy: the three record checks with the numbers in force by date."""


def with_factors(
    policy: Policy,
    *,
    citation: Citation,
    hours_per_day: Fraction | int | None = None,
    days_per_month: Fraction | int | None = None,
    online_credit: Fraction | int | None = None,
    since: dt.date | None = None,
) -> Policy:
    """``policy`` with the caller's conversion factors set on every record check using them.

    No national text fixes them (docs/regulations.md, rows 6, 8, 15), so the
    caller names where they come from (``citation``: e.g. Nanjing's 6 学时 a
    day, confidence MEDIUM). They apply from ``since`` (default: the
    policy's first day).

    >>> from cadretrain.rules import Confidence
    >>> nanjing = Citation(source="南京 党校培训每天6学时", confidence=Confidence.MEDIUM)
    >>> local = with_factors(CADRE_TRAINING_REGULATION, citation=nanjing, hours_per_day=6)
    >>> local.parameter("record.annual_hours", "hours_per_day").describe()
    '6 from 2006-01-01'
    """
    start = policy.effective_from if since is None else since
    wanted = {
        "hours_per_day": hours_per_day,
        "days_per_month": days_per_month,
        "online_credit": online_credit,
    }
    checks = {definition.rule_id: definition for definition in RECORD_CHECKS}
    for rule_id in rule_ids(policy.rule):
        if rule_id not in checks:
            continue
        names = checks[rule_id].parameter_names
        for name, value in wanted.items():
            if value is not None and name in names:
                dated = DatedParameter.single(value, since=start, citation=citation)
                policy = policy.with_parameter(rule_id, name, dated)
    return policy
