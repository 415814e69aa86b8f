"""Unit coverage (seed 004: one cadre from each of 50 poor villages), one place a person,
and capacity."""

from __future__ import annotations

import attrs
import pytest

import cadretrain as ct
from cadretrain.builtin import check
from cadretrain.policies import sources
from cadretrain.policies.seed_practice import SEED_PRACTICE_2019

from ._build import (
    DAY,
    JIANGAN_VILLAGES,
    cohort,
    programme,
    regional_class,
    site,
    trainee,
    trainees,
)
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


def test_exactly_one_per_village_passes_fifty_of_fifty() -> None:
    """Seed 004's "各选派1名": one cadre from each village, exactly."""
    (finding,) = run_rule("cohort.unit_coverage", _jiangan(JIANGAN_VILLAGES), exactly=True)
    assert finding.passed
    assert finding.message_en == "all 50 required units have exactly 1 trainee(s) enrolled"


def test_a_village_sending_a_second_cadre_fails_exactly_one_naming_both() -> None:
    people = (*_jiangan(JIANGAN_VILLAGES).trainees, trainee("t-051", "留耕镇高峰村"))
    subject = cohort(people=people, required_units=JIANGAN_VILLAGES)
    (over,) = run_rule("cohort.unit_coverage", subject, exactly=True)
    assert not over.passed
    assert over.path == "cohort.required_units[留耕镇高峰村]"
    assert over.message_zh == "留耕镇高峰村参训 2 人(t-025、t-051),多于要求的恰好 1 人"
    assert ("trainees", "t-025, t-051") in over.evidence
    assert ("enrolled", 2) in over.evidence
    (at_least,) = run_rule("cohort.unit_coverage", subject)
    assert at_least.passed  # "at least one" is not over-covered by two


def test_exactly_two_per_unit_fails_one_and_three_and_passes_two() -> None:
    people = (
        *(trainee(f"t-a{i}", "石龙村") for i in range(1)),
        *(trainee(f"t-b{i}", "龙泉村") for i in range(2)),
        *(trainee(f"t-c{i}", "红岩村") for i in range(3)),
    )
    subject = cohort(people=people, required_units=("石龙村", "龙泉村", "红岩村"))
    findings = run_rule("cohort.unit_coverage", subject, min_per_unit=2, exactly=True)
    assert [(f.path, f.passed) for f in findings] == [
        ("cohort.required_units[石龙村]", False),
        ("cohort.required_units[红岩村]", False),
    ]


def test_exactly_must_be_a_bool() -> None:
    with pytest.raises(ct.errors.InvalidValueError, match="exactly: 1 is not accepted"):
        run_rule("cohort.unit_coverage", _jiangan(JIANGAN_VILLAGES), exactly=1)


def test_the_default_policy_asks_exactly_one_per_unit_citing_seed_004() -> None:
    exactly = SEED_PRACTICE_2019.parameter("cohort.unit_coverage", "exactly")
    assert exactly is not None
    entry = exactly.at(DAY)
    assert entry.value is True
    assert entry.citation.source == sources.SEED_JIANGAN_2015.source
    assert "各选派1名" in entry.citation.note
    people = (*_jiangan(JIANGAN_VILLAGES).trainees, trainee("t-051", "红桥镇石龙村"))
    report = check(cohort(people=people, required_units=JIANGAN_VILLAGES))
    (finding,) = report.for_rule("cohort.unit_coverage").findings
    assert finding.path == "cohort.required_units[红桥镇石龙村]"
    assert not report.ok


# -- one person, one place ----------------------------------------------------------


def _person(trainee_id: str, person_id: str | None, name: str = "李国华") -> ct.Trainee:
    return attrs.evolve(trainee(trainee_id, "红桥镇石龙村"), name=name, person_id=person_id)


def test_one_person_under_two_trainee_ids_fails_naming_both() -> None:
    people = (
        _person("t-001", "510523-0042"),
        _person("t-002", None),
        _person("t-007", "510523-0042"),
    )
    (finding,) = run_rule("cohort.person_enrolled_once", cohort(people=people))
    assert not finding.passed
    assert finding.path == "cohort.trainees[t-007]"
    assert finding.message_en.startswith(
        "person 510523-0042 is enrolled 2 times, as trainees t-001, t-007"
    )
    assert ("trainees", "t-001, t-007") in finding.evidence
    assert ("paths", "cohort.trainees[t-001], cohort.trainees[t-007]") in finding.evidence
    assert ("not_compared", 1) in finding.evidence
    assert "never guessed from names" in finding.message_en


def test_the_same_name_without_a_person_id_is_never_taken_for_one_person() -> None:
    """Two cadres called 李国华 are two people unless the records system says otherwise."""
    people = (_person("t-001", None), _person("t-002", None))
    (finding,) = run_rule("cohort.person_enrolled_once", cohort(people=people))
    assert finding.passed
    assert ("compared", 0) in finding.evidence
    assert ("not_compared", 2) in finding.evidence
    distinct = (_person("t-001", "p-1"), _person("t-002", "p-2"))
    (finding,) = run_rule("cohort.person_enrolled_once", cohort(people=distinct))
    assert finding.passed
    assert ("compared", 2) in finding.evidence


def test_a_person_enrolled_three_times_is_one_finding_and_two_people_two() -> None:
    people = (
        _person("t-3", "p-b"),
        _person("t-1", "p-b"),
        _person("t-2", "p-b"),
        _person("t-5", "p-a"),
        _person("t-4", "p-a"),
    )
    findings = run_rule("cohort.person_enrolled_once", cohort(people=people))
    assert [(f.path, dict(f.evidence)["enrolments"]) for f in findings] == [
        ("cohort.trainees[t-5]", 2),
        ("cohort.trainees[t-2]", 3),
    ]


def test_a_person_id_is_an_id_not_a_blank() -> None:
    for bad in ("", " p-1", 42):
        with pytest.raises(ct.errors.InvalidValueError, match="person_id"):
            _person("t-1", bad)  # type: ignore[arg-type]


def test_the_default_policy_judges_a_person_enrolled_twice_as_an_error() -> None:
    people = (_person("t-001", "p-1"), _person("t-002", "p-1"))
    report = check(cohort(people=people))
    (finding,) = report.for_rule("cohort.person_enrolled_once").findings
    assert finding.severity is ct.Severity.ERROR
    assert finding.citation == sources.CLASS_ROSTER
    assert not report.ok


# -- capacity -----------------------------------------------------------------------


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
