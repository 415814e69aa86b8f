"""Record checks: windows, boundaries, parameters by date, missing factors."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from cadretrain.builtin import check_record, requirement_gaps
from cadretrain.errors import CadretrainError
from cadretrain.model import Outcome, Rank, TrainingKind
from cadretrain.policies.training_hours import CADRE_TRAINING_REGULATION, with_factors
from cadretrain.records.archive import MissingFactor, hours_in
from cadretrain.rules import AllOf, Check, Citation, Confidence, DatedParameter, MissingParameter

from ._build import entry, record

ON = dt.date(2020, 6, 30)
LOCAL = Citation(source="测试用地方折算标准", confidence=Confidence.MEDIUM)


def _five_year_passes(end: dt.date) -> bool:
    report = check_record(record(entry(end, hours=550)), ON)
    return report.ok


def test_five_year_window_is_the_five_years_up_to_and_including_the_check_date() -> None:
    assert _five_year_passes(dt.date(2015, 7, 1))
    assert _five_year_passes(ON)
    assert not _five_year_passes(dt.date(2015, 6, 30))
    assert not _five_year_passes(dt.date(2020, 7, 1))


@pytest.mark.parametrize(("hours", "ok"), [(90, True), (89, False)])
def test_annual_90_hours_boundary(hours: int, ok: bool) -> None:
    cadre = record(entry(dt.date(2016, 5, 1), hours=hours), rank=Rank.STAFF)
    assert check_record(cadre, dt.date(2016, 12, 31)).ok is ok


@pytest.mark.parametrize(("days", "ok"), [(12, True), (11, False)])
def test_annual_12_days_boundary(days: int, ok: bool) -> None:
    cadre = record(entry(dt.date(2016, 5, 1), days=days), rank=Rank.TOWNSHIP_SECTION)
    assert check_record(cadre, dt.date(2016, 12, 31)).ok is ok


def test_annual_requirement_counts_the_calendar_year_of_the_check_date() -> None:
    cadre = record(entry(dt.date(2015, 12, 31), hours=90), rank=Rank.STAFF)
    assert check_record(cadre, dt.date(2015, 12, 31)).ok
    assert not check_record(cadre, dt.date(2016, 6, 1)).ok


def test_trial_2006_rule_applies_to_a_record_checked_on_2014_06_01() -> None:
    """Under the trial only the 3 months count; from 2015-10-14 550 学时 also do."""
    cadre = record(entry(dt.date(2013, 5, 1), hours=600, days=20))
    policy = with_factors(CADRE_TRAINING_REGULATION, citation=LOCAL, days_per_month=22)
    trial = check_record(cadre, dt.date(2014, 6, 1), policy)
    assert not trial.ok
    used = {p.name: p for p in trial.for_rule("record.five_year_hours").findings[0].parameters}
    assert used["min_hours"].value == "none"
    assert "试行" in used["min_hours"].citation.source
    assert check_record(cadre, dt.date(2016, 6, 1), policy).ok


def test_the_2015_and_2023_texts_are_cited_by_date() -> None:
    cadre = record(entry(dt.date(2023, 1, 1), hours=550))
    for on, year in ((dt.date(2023, 9, 18), "(2015)"), (dt.date(2023, 9, 19), "2023")):
        report = check_record(cadre, on, explain=True)
        (finding,) = report.for_rule("record.five_year_hours").findings
        used = {p.name: p for p in finding.parameters}
        assert year in used["min_hours"].citation.source


def test_three_months_count_when_the_caller_gives_days_per_month() -> None:
    cadre = record(entry(dt.date(2019, 5, 1), hours=300, days=66))
    policy = with_factors(CADRE_TRAINING_REGULATION, citation=LOCAL, days_per_month=22)
    assert not check_record(cadre, ON).ok
    assert check_record(cadre, ON, policy).ok


def test_missing_day_factor_raises_an_error_naming_the_parameter() -> None:
    cadre = record(entry(dt.date(2019, 5, 1), days=60))
    with pytest.raises(CadretrainError, match="hours_per_day"):
        check_record(cadre, ON)
    with pytest.raises(MissingFactor, match="hours_per_day"):
        hours_in(cadre, dt.date(2019, 1, 1), ON)


def test_day_factor_supplied_converts_days_to_hours() -> None:
    cadre = record(entry(dt.date(2019, 5, 1), days=69), entry(dt.date(2019, 6, 1), hours=100))
    policy = with_factors(CADRE_TRAINING_REGULATION, citation=LOCAL, hours_per_day=Fraction(13, 2))
    report = check_record(cadre, ON, policy)
    assert not report.ok  # 69 × 6.5 + 100 = 548.5
    assert dict(report.failures[0].evidence)["hours"] == Fraction(1097, 2)


def test_yearly_rule_before_2015_has_no_confirmed_figure_so_the_caller_must_supply_it() -> None:
    cadre = record(entry(dt.date(2014, 3, 1), days=12), rank=Rank.STAFF)
    with pytest.raises(MissingParameter, match=r"record\.annual_hours"):
        check_record(cadre, dt.date(2014, 12, 31))
    twelve = DatedParameter.single(12, since=dt.date(2006, 1, 1), citation=LOCAL)
    policy = CADRE_TRAINING_REGULATION.with_parameter("record.annual_hours", "min_days", twelve)
    assert check_record(cadre, dt.date(2014, 12, 31), policy).ok


def test_only_completed_trainings_count() -> None:
    for outcome in (Outcome.WAIVED, Outcome.WITHDRAWN, Outcome.DEFERRED):
        cadre = record(entry(dt.date(2019, 5, 1), hours=550, outcome=outcome))
        assert not check_record(cadre, ON).ok


def test_online_hours_do_not_count_unless_the_caller_credits_them() -> None:
    cadre = record(
        entry(dt.date(2019, 5, 1), hours=500),
        entry(dt.date(2019, 6, 1), hours=100, kind=TrainingKind.ONLINE),
    )
    assert not check_record(cadre, ON).ok
    half = with_factors(CADRE_TRAINING_REGULATION, citation=LOCAL, online_credit=Fraction(1, 2))
    assert check_record(cadre, ON, half).ok


def test_a_check_for_another_rank_passes_with_a_note_in_explain_mode() -> None:
    cadre = record(entry(dt.date(2019, 5, 1), hours=550))
    (note,) = check_record(cadre, ON, explain=True).for_rule("record.annual_hours").findings
    assert note.passed
    assert note.message_zh.startswith("不适用")
    assert note.message_en.startswith("not applicable")


def test_induction_not_yet_due_passes_and_names_the_deadline() -> None:
    cadre = record(entry(dt.date(2016, 1, 1), hours=550), promoted_on=dt.date(2016, 3, 1))
    report = check_record(cadre, dt.date(2016, 9, 1), explain=True)
    (finding,) = report.for_rule("record.induction_window").findings
    assert finding.passed
    assert "2017-03-01" in finding.message_en


def test_trained_before_promotion_needs_no_training_after() -> None:
    cadre = record(
        entry(dt.date(2016, 1, 1), hours=550),
        promoted_on=dt.date(2016, 3, 1),
        trained_before_promotion=True,
    )
    assert check_record(cadre, dt.date(2018, 1, 1)).ok


def test_requirement_gaps_give_the_shortfall_of_each_alternative() -> None:
    cadre = record(entry(dt.date(2018, 5, 1), hours=500))
    (gap,) = requirement_gaps(cadre, ON)
    assert gap.rule_id == "record.five_year_hours"
    assert not gap.met
    hours = next(m for m in gap.measures if m.unit == "hours")
    assert hours.shortfall == 50
    months = next(m for m in gap.measures if m.unit == "months")
    assert months.shortfall is None
    assert months.missing == "days_per_month"


def test_a_check_node_literal_overrides_the_policy() -> None:
    cadre = record(entry(dt.date(2018, 5, 1), hours=500))
    tree = AllOf(
        Check("record.annual_hours"),
        Check("record.five_year_hours", params={"min_hours": Fraction(500)}),
        Check("record.induction_window"),
    )
    assert check_record(cadre, ON, attrs.evolve(CADRE_TRAINING_REGULATION, rule=tree)).ok
