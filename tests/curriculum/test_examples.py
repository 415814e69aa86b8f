"""The seed programmes under the default policy give the findings their articles imply."""

from __future__ import annotations

import attrs
import pytest

from cadretrain import examples
from cadretrain.builtin import check
from cadretrain.rules import Report, Severity

ONE_ARTICLE_PRACTICES = {
    "curriculum.compulsory_first",
    "curriculum.audience_focus",
    "cohort.field_sites",
    "cohort.field_themes",
}


def _reports(seed: examples.SeedProgramme) -> list[Report]:
    return [check(seed.programme), *(check(c) for c in seed.cohorts)]


@pytest.mark.parametrize("key", list(examples.ALL))
def test_no_seed_programme_breaks_a_rule_its_own_article_states(key: str) -> None:
    """Every article describes a programme that ran; only other articles' practices may warn."""
    for report in _reports(examples.ALL[key]()):
        assert report.ok
        assert {f.rule_id for f in report.failures} <= ONE_ARTICLE_PRACTICES
        assert all(f.severity is Severity.WARNING for f in report.failures)


def test_hunan_meets_its_own_practice_everywhere() -> None:
    """Seed 000 is where the first lesson, 3-4 sites a region and the five themes come from."""
    seed = examples.hunan_2019()
    assert all(not report.findings for report in _reports(seed))
    for cohort in seed.cohorts:
        (sites,) = check(cohort, explain=True).for_rule("cohort.field_sites").findings
        assert 3 <= dict(sites.evidence)["sites"] <= 4  # type: ignore[operator]


def test_jiangan_skips_its_opening_ceremony_and_covers_its_fifty_villages() -> None:
    """Seed 004: 开班仪式 then lectures; one cadre from each of the 50 建档立卡贫困村."""
    cohort = examples.jiangan_2015().cohort
    report = check(cohort, explain=True)
    assert not report.failures
    (first,) = report.for_rule("curriculum.compulsory_first").findings
    assert ("ceremonies_before", 1) in first.evidence
    (units,) = report.for_rule("cohort.unit_coverage").findings
    assert ("required_units", 50) in units.evidence


def test_jiangan_missing_a_village_is_reported_by_name() -> None:
    """The village's cadre is re-recorded as working elsewhere: 49 of 50 villages covered."""
    cohort = examples.jiangan_2015().cohort
    village = cohort.required_units[0]
    moved = tuple(
        attrs.evolve(t, unit="江安县扶贫移民局") if t.unit == village else t
        for t in cohort.trainees
    )
    (finding,) = check(attrs.evolve(cohort, trainees=moved)).findings
    assert finding.rule_id == "cohort.unit_coverage"
    assert finding.message_zh == f"{village}参训 0 人,少于要求的 1 人"
    assert finding.path == f"cohort.required_units[{village}]"


def test_yunnan_warns_only_where_it_differs_from_hunans_field_practice() -> None:
    """Seed 001 declares 理论培训+实战教学 and a menu: both hold; Hunan's site counts need not."""
    seed = examples.yunnan_2019()
    report = check(seed.cohort, explain=True)
    for rule_id in ("curriculum.field_share", "curriculum.menu_selection"):
        assert all(f.passed for f in report.for_rule(rule_id).findings), rule_id
    assert {f.rule_id for f in report.failures} <= {"cohort.field_sites", "cohort.field_themes"}
