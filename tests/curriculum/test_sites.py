"""Field sites per regional class and the themes they cover (seed 000)."""

from __future__ import annotations

import pytest

import cadretrain as ct

from ._build import cohort, programme, regional_class, site
from ._run import failures, run_rule

HUNAN = {"min_sites": 3, "max_sites": 4}
FIVE = ("industry", "party_building", "culture_tourism", "e_commerce", "environment")


@pytest.mark.parametrize(("count", "passed"), [(2, False), (3, True), (4, True), (5, False)])
def test_a_regional_class_visits_three_to_four_sites(count: int, passed: bool) -> None:
    (finding,) = run_rule("cohort.field_sites", regional_class(count), **HUNAN)
    assert finding.passed is passed
    assert ("sites", count) in finding.evidence


def test_two_sites_fail_with_the_region_and_the_site_ids_in_the_message() -> None:
    (finding,) = run_rule("cohort.field_sites", regional_class(2, region="娄底"), **HUNAN)
    assert finding.path == "cohort"
    assert finding.message_zh == (
        "娄底片区班次 c-01 使用 2 个现场教学点(fs-01、fs-02),少于要求的 3 个"
    )
    assert "visits 2 distinct field site(s) (fs-01, fs-02), fewer than 3" in finding.message_en


def test_a_site_visited_twice_counts_once() -> None:
    subject = regional_class(3)
    again = ct.Session(id="s-09", module="F01", on=subject.start, minutes=60, site="fs-01")
    revisit = cohort(subject.programme, sessions=(*subject.sessions, again))
    (finding,) = run_rule("cohort.field_sites", revisit, **HUNAN)
    assert ("sites", 3) in finding.evidence


def test_a_classroom_programme_is_not_judged_on_field_sites() -> None:
    (finding,) = run_rule("cohort.field_sites", cohort(), **HUNAN)
    assert finding.passed
    assert "not applicable" in finding.message_en


def test_sites_covering_the_five_themes_together_pass() -> None:
    themes = ct.Topic
    sites = (
        site("fs-01", themes=(themes.INDUSTRY, themes.PARTY_BUILDING)),
        site("fs-02", region="张家界", themes=(themes.CULTURE_TOURISM,)),
        site("fs-03", region="邵阳", themes=(themes.E_COMMERCE, themes.ENVIRONMENT)),
    )
    findings = run_rule("cohort.field_themes", programme(field_sites=sites), required_themes=FIVE)
    assert len(findings) == 5
    assert not failures(findings)


def test_each_missing_theme_is_reported() -> None:
    sites = (site("fs-01", themes=(ct.Topic.INDUSTRY, ct.Topic.PARTY_BUILDING)),)
    findings = run_rule("cohort.field_themes", programme(field_sites=sites), required_themes=FIVE)
    missing = failures(findings)
    assert [dict(f.evidence)["theme"] for f in missing] == [
        "culture_tourism",
        "e_commerce",
        "environment",
    ]
    assert missing[1].message_zh == "1 个现场教学点都不体现主题“电子商务”"
    assert missing[1].path == "programme.field_sites"


def test_an_unknown_theme_is_refused_naming_the_accepted_values() -> None:
    with pytest.raises(ct.CadretrainError, match="tourism"):
        run_rule(
            "cohort.field_themes",
            programme(field_sites=(site("fs-01"),)),
            required_themes=("旅游",),
        )
