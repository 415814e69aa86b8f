"""Issue 4 acceptance: 549 vs 550 学时 in five years; the one-year window after promotion."""

from __future__ import annotations

import datetime as dt

from cadretrain.builtin import check_record
from cadretrain.model import Rank, TrainingPurpose
from cadretrain.policies.training_hours import CADRE_TRAINING_REGULATION
from cadretrain.rules import Citation, Confidence, DatedParameter

from ._build import entry, record

ON = dt.date(2020, 6, 30)
INDUCTION = TrainingPurpose.INDUCTION
# No source fixes the 学时 of a 任职培训: the test supplies one, as a caller must.
FORTY = DatedParameter.single(
    40, since=dt.date(2006, 1, 1), citation=Citation(source="测试用", confidence=Confidence.LOW)
)
POLICY = CADRE_TRAINING_REGULATION.with_parameter("record.induction_window", "min_hours", FORTY)


def test_county_leader_with_549_hours_in_five_years_falls_short() -> None:
    report = check_record(record(entry(dt.date(2018, 5, 1), hours=549)), ON)
    assert not report.ok
    (finding,) = report.for_rule("record.five_year_hours").findings
    assert dict(finding.evidence)["hours"] == 549
    assert dict(finding.evidence)["required_hours"] == 550


def test_county_leader_with_550_hours_in_five_years_passes() -> None:
    report = check_record(record(entry(dt.date(2018, 5, 1), hours=550)), ON)
    assert report.ok


def test_promoted_2016_03_01_and_trained_2017_03_01_meets_the_window() -> None:
    cadre = record(
        entry(dt.date(2017, 3, 1), hours=40, purpose=INDUCTION),
        entry(dt.date(2019, 1, 1), hours=550),
        promoted_on=dt.date(2016, 3, 1),
    )
    report = check_record(cadre, ON, POLICY)
    assert report.ok
    assert not report.for_rule("record.induction_window").failures


def test_promoted_2016_03_01_and_trained_2017_03_02_misses_the_window() -> None:
    cadre = record(
        entry(dt.date(2017, 3, 2), hours=40, purpose=INDUCTION),
        entry(dt.date(2019, 1, 1), hours=550),
        promoted_on=dt.date(2016, 3, 1),
    )
    report = check_record(cadre, ON, POLICY)
    (failure,) = report.failures
    assert failure.rule_id == "record.induction_window"
    assert dict(failure.evidence)["deadline"] == dt.date(2017, 3, 1)


def test_the_induction_rule_applies_to_a_township_leader_too() -> None:
    cadre = record(
        entry(dt.date(2017, 3, 2), days=12, purpose=INDUCTION),
        rank=Rank.TOWNSHIP_SECTION,
        promoted_on=dt.date(2016, 3, 1),
    )
    report = check_record(cadre, dt.date(2017, 12, 31), POLICY)
    assert [f.rule_id for f in report.failures] == ["record.induction_window"]
