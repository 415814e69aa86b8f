"""Unit coverage (seed 004: one cadre from each of 50 poor villages) and capacity."""

from __future__ import annotations

import cadretrain as ct

from ._build import JIANGAN_VILLAGES, cohort, programme, regional_class, site, trainee, trainees
from ._run import failures, run_rule


def _jiangan(villages: tuple[str, ...]) -> ct.Cohort:
    people = tuple(trainee(f"t-{i:03d}", unit) for i, unit in enumerate(villages, start=1))
    return cohort(people=people, required_units=JIANGAN_VILLAGES)


def test_fifty_of_fifty_villages_covered_passes() -> None:
    (finding,) = run_rule("cohort.unit_coverage", _jiangan(JIANGAN_VILLAGES))
    assert finding.passed
    assert ("required_units", 50) in finding.evidence


def test_forty_nine_of_fifty_reports_the_missing_village_by_name() -> None:
    missing = "留耕镇高峰村"
    findings = run_rule(
        "cohort.unit_coverage", _jiangan(tuple(v for v in JIANGAN_VILLAGES if v != missing))
    )
    (finding,) = findings
    assert not finding.passed
    assert finding.path == f"cohort.required_units[{missing}]"
    assert finding.message_zh == "留耕镇高峰村参训 0 人,少于要求的 1 人"
    assert missing in finding.message_en
    assert ("enrolled", 0) in finding.evidence


def test_a_quota_of_two_counts_trainees_per_unit() -> None:
    people = (trainee("t-1", "石龙村"), trainee("t-2", "石龙村"), trainee("t-3", "龙泉村"))
    subject = cohort(people=people, required_units=("石龙村", "龙泉村"))
    (finding,) = run_rule("cohort.unit_coverage", subject, min_per_unit=2)
    assert finding.path == "cohort.required_units[龙泉村]"


def test_enrolment_at_the_venue_capacity_passes_and_one_more_fails() -> None:
    (ok,) = run_rule("cohort.capacity", cohort(people=trainees(45), venue_capacity=45))
    (over,) = run_rule("cohort.capacity", cohort(people=trainees(46), venue_capacity=45))
    assert ok.passed
    assert not over.passed
    assert over.message_zh == "怀化市委党校容纳 45 人,班次 46 人,超员"


def test_each_over_full_site_visit_fails_at_its_session() -> None:
    base = regional_class(2)
    sites = (
        site("fs-01", capacity=40),
        site("fs-02", capacity=60),
        *base.programme.field_sites[2:],
    )
    subject = cohort(programme(field_sites=sites), sessions=base.sessions, people=trainees(50))
    findings = run_rule("cohort.capacity", subject)
    (over,) = failures(findings)
    assert over.path == "cohort.sessions[s-02]"
    assert ("site_capacity", 40) in over.evidence
    assert len(findings) == 2


def test_no_capacity_given_means_nothing_to_judge() -> None:
    (finding,) = run_rule("cohort.capacity", cohort())
    assert finding.passed
    assert "no venue or field-site capacity" in finding.message_en
