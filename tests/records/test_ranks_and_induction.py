"""Issue 36: 任职培训 by kind and 学时, village cadres not covered, the 职级 track by date.

The boundaries come from docs/regulations.md: row 3 (within 1 year after the
promotion; no 学时 figure for a 任职培训), rows 1 and 4 (the 2023 text puts
四级调研员 and above on the five-year 550 学时 rule and 一级主任科员 and
below on the yearly 90 学时 rule, from 2023-09-19).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain import strategies as cst
from cadretrain.builtin import check_record, requirement_gaps
from cadretrain.model import Rank, RankTrack, TrainingKind, TrainingPurpose
from cadretrain.policies.training_hours import (
    CADRE_TRAINING_REGULATION,
    VERSION_2023,
    with_factors,
)
from cadretrain.rules import Citation, Confidence, DatedParameter, MissingParameter

from ._build import entry, record

INDUCTION = TrainingPurpose.INDUCTION


def st_dates() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(2006, 1, 1), max_value=dt.date(2030, 12, 31))


PROMOTED = dt.date(2016, 3, 1)
LOCAL = Citation(source="某地任职培训不少于40学时(测试用)", confidence=Confidence.MEDIUM)


def _min_hours(value: int | Fraction) -> ct.Policy:
    dated = DatedParameter.single(value, since=dt.date(2006, 1, 1), citation=LOCAL)
    return CADRE_TRAINING_REGULATION.with_parameter("record.induction_window", "min_hours", dated)


def _induction(report: ct.Report) -> ct.Finding:
    (finding,) = report.for_rule("record.induction_window").findings
    return finding


# --- 任职培训: only a training of the induction kind, of at least min_hours 学时 ---


def test_any_other_training_no_longer_meets_the_induction_rule() -> None:
    """The old bug: any completed training of even 1 学时 counted as 任职培训."""
    cadre = record(entry(dt.date(2016, 6, 1), hours=1), promoted_on=PROMOTED)
    finding = _induction(check_record(cadre, dt.date(2017, 6, 1), _min_hours(40)))
    assert not finding.passed
    assert dict(finding.evidence)["other_trainings"] == 1
    assert "not recorded as 任职培训" in finding.message_en


@pytest.mark.parametrize(
    ("hours", "met"), [(Fraction(40), True), (Fraction(79, 2), False), (Fraction(41), True)]
)
def test_induction_exactly_at_the_minimum_qualifies(hours: Fraction, met: bool) -> None:
    cadre = record(entry(dt.date(2016, 6, 1), hours=hours, purpose=INDUCTION), promoted_on=PROMOTED)
    finding = _induction(check_record(cadre, dt.date(2017, 6, 1), _min_hours(40), explain=True))
    assert finding.passed is met
    evidence = dict(finding.evidence)
    assert evidence["induction_hours"] == hours
    assert evidence["required_hours"] == 40
    assert evidence["trained_on"] == (dt.date(2016, 6, 1) if met else None)


def test_induction_hours_add_up_and_the_day_the_total_is_reached_counts() -> None:
    cadre = record(
        entry(dt.date(2016, 5, 1), hours=25, purpose=INDUCTION),
        entry(dt.date(2017, 3, 1), hours=15, purpose=INDUCTION),  # the window's last day
        promoted_on=PROMOTED,
    )
    finding = _induction(check_record(cadre, dt.date(2018, 1, 1), _min_hours(40), explain=True))
    assert finding.passed
    assert dict(finding.evidence)["trained_on"] == dt.date(2017, 3, 1)


def test_online_induction_does_not_count() -> None:
    online = entry(dt.date(2016, 6, 1), hours=100, purpose=INDUCTION, kind=TrainingKind.ONLINE)
    cadre = record(online, promoted_on=PROMOTED)
    assert not check_record(cadre, dt.date(2017, 6, 1), _min_hours(40)).ok


def test_no_source_gives_the_minimum_so_the_national_policy_asks_for_it() -> None:
    cadre = record(entry(dt.date(2016, 6, 1), hours=40, purpose=INDUCTION), promoted_on=PROMOTED)
    with pytest.raises(MissingParameter, match=r"'min_hours'.*no source") as caught:
        check_record(cadre, dt.date(2017, 6, 1))
    assert "record.entries[0]" in str(caught.value)
    used = CADRE_TRAINING_REGULATION.parameter("record.induction_window", "min_hours")
    assert used is not None
    assert all(e.value == "none" for e in used.entries)
    assert all("no 学时 a 任职培训" in e.citation.note for e in used.entries)


def test_without_any_induction_training_the_verdict_needs_no_minimum() -> None:
    cadre = record(entry(dt.date(2016, 6, 1), hours=100), promoted_on=PROMOTED)
    assert _induction(check_record(cadre, dt.date(2016, 9, 1), explain=True)).passed  # not yet due
    late = _induction(check_record(cadre, dt.date(2017, 3, 2)))  # the day after the deadline
    assert not late.passed
    assert dict(late.evidence)["induction_hours"] is None


def test_an_induction_recorded_in_days_needs_the_callers_factor() -> None:
    five_days = entry(dt.date(2016, 6, 1), days=5, purpose=INDUCTION)
    cadre = record(five_days, rank=Rank.TOWNSHIP_SECTION, promoted_on=PROMOTED)
    with pytest.raises(MissingParameter, match=r"record\.entries\[0\].*hours_per_day"):
        check_record(cadre, dt.date(2017, 6, 1), _min_hours(40))
    policy = with_factors(_min_hours(40), citation=LOCAL, hours_per_day=8)
    assert _induction(check_record(cadre, dt.date(2017, 6, 1), policy, explain=True)).passed


def test_a_grade_holds_no_leading_post_so_induction_does_not_apply() -> None:
    cadre = record(rank=Rank.LEVEL_4_RESEARCHER, promoted_on=dt.date(2024, 3, 1))
    finding = _induction(check_record(cadre, dt.date(2025, 6, 1), explain=True))
    assert finding.passed
    assert finding.message_en.startswith("not applicable")


# --- village cadres: not covered by the 条例 ---


@pytest.mark.parametrize("on", [dt.date(2016, 12, 31), dt.date(2024, 12, 31)])
def test_a_village_cadre_is_not_covered_by_the_hours_rules(on: dt.date) -> None:
    cadre = record(entry(dt.date(2016, 5, 1), hours=1), rank=Rank.VILLAGE_CADRE)
    report = check_record(cadre, on, explain=True)
    assert report.ok
    assert [f.rule_id for f in report.findings] == [
        "record.annual_hours",
        "record.five_year_hours",
        "record.induction_window",
    ]
    for finding in report.findings:
        assert finding.message_en.startswith("not covered by the 条例"), finding.message_en
        assert dict(finding.evidence)["covered"] is False
    assert requirement_gaps(cadre, on) == ()


@settings(max_examples=40, deadline=None)
@given(cst.training_records(rank=Rank.VILLAGE_CADRE), st_dates())
def test_no_village_cadre_record_is_ever_judged_on_hours(
    cadre: ct.TrainingRecord, on: dt.date
) -> None:
    report = check_record(cadre, on, explain=True)  # no factor, no min_hours: none is needed
    assert report.ok
    assert all(dict(f.evidence)["covered"] is False for f in report.findings)


def test_the_village_cadre_is_on_no_civil_service_ladder() -> None:
    assert Rank.VILLAGE_CADRE.track is RankTrack.VILLAGE
    assert Rank.VILLAGE_CADRE.zh == "村干部"
    assert Rank.STAFF.track is RankTrack.POSITION
    assert Rank.LEVEL_1_PRINCIPAL_STAFF.track is RankTrack.GRADE


def test_the_lichuan_village_secretaries_are_village_cadres() -> None:
    seed = ct.examples.lichuan_2017()
    secretaries = [r for r in seed.records if r.cadre_id != seed.cohorts[0].trainees[1].id]
    assert secretaries
    assert all(r.rank is Rank.VILLAGE_CADRE for r in secretaries)


# --- the 职级 track, by date ---

BEFORE_2023 = VERSION_2023 - dt.timedelta(days=1)


def _rules_judging(rank: Rank, on: dt.date) -> list[str]:
    """The hours rules that judge ``rank`` on ``on`` (not a "not applicable" note)."""
    cadre = record(entry(on, hours=600), rank=rank)
    findings = check_record(cadre, on, explain=True).findings
    hours_rules = ("record.annual_hours", "record.five_year_hours")
    return [f.rule_id for f in findings if f.rule_id in hours_rules and "required" in f.message_en]


@pytest.mark.parametrize(
    ("rank", "before", "from_2023"),
    [
        (Rank.LEVEL_1_INSPECTOR, "record.annual_hours", "record.five_year_hours"),
        (Rank.LEVEL_4_RESEARCHER, "record.annual_hours", "record.five_year_hours"),
        (Rank.LEVEL_1_PRINCIPAL_STAFF, "record.annual_hours", "record.annual_hours"),
        (Rank.LEVEL_2_STAFF, "record.annual_hours", "record.annual_hours"),
        (Rank.COUNTY_DIVISION, "record.five_year_hours", "record.five_year_hours"),
        (Rank.TOWNSHIP_SECTION, "record.annual_hours", "record.annual_hours"),
    ],
)
def test_which_hours_rule_a_rank_answers_to_switches_on_2023_09_19(
    rank: Rank, before: str, from_2023: str
) -> None:
    assert _rules_judging(rank, BEFORE_2023) == [before]
    assert _rules_judging(rank, VERSION_2023) == [from_2023]


def test_a_fourth_grade_researcher_from_2023_needs_550_hours_in_five_years() -> None:
    on = dt.date(2024, 6, 30)
    short = record(entry(dt.date(2024, 1, 10), hours=549), rank=Rank.LEVEL_4_RESEARCHER)
    enough = record(entry(dt.date(2024, 1, 10), hours=550), rank=Rank.LEVEL_4_RESEARCHER)
    assert not check_record(short, on).ok
    assert check_record(enough, on).ok
    (gap,) = requirement_gaps(short, on)
    assert gap.rule_id == "record.five_year_hours"


def test_a_first_grade_principal_staff_member_needs_90_hours_a_year() -> None:
    on = dt.date(2024, 12, 31)
    assert not check_record(record(entry(on, hours=89), rank=Rank.LEVEL_1_PRINCIPAL_STAFF), on).ok
    assert check_record(record(entry(on, hours=90), rank=Rank.LEVEL_1_PRINCIPAL_STAFF), on).ok


def test_the_rank_lists_cite_the_2023_text_and_the_ladder() -> None:
    dated = CADRE_TRAINING_REGULATION.parameter("record.five_year_hours", "ranks")
    assert dated is not None
    latest = dated.entries[-1]
    assert isinstance(latest.value, tuple)
    assert latest.effective_from == VERSION_2023
    assert "level_4_researcher" in latest.value
    assert "level_1_principal_staff" not in latest.value
    assert "四级调研员" in latest.citation.note
    assert "公务员法" in latest.citation.note


def test_a_rank_list_refuses_an_unknown_rank() -> None:
    mayor = DatedParameter.single(("mayor",), since=dt.date(2006, 1, 1), citation=LOCAL)

    def judge() -> None:  # refused when the policy is made or, at the latest, when it is used
        policy = CADRE_TRAINING_REGULATION.with_parameter("record.annual_hours", "ranks", mayor)
        check_record(record(rank=Rank.STAFF), dt.date(2016, 12, 31), policy)

    with pytest.raises(ct.CadretrainError, match="ranks"):
        judge()
