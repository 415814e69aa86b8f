"""The report page as text: self-contained, bilingual, deterministic, charts kept as text."""

from __future__ import annotations

import re
from fractions import Fraction

import attrs
import matplotlib
import pytest

import cadretrain as ct
from cadretrain import report


@pytest.fixture(scope="module")
def jiangan() -> tuple[ct.Cohort, ct.Report, ct.CohortEvaluation]:
    cohort = ct.examples.jiangan_2015().cohort
    return cohort, ct.check(cohort, explain=True), ct.evaluate(cohort)


def test_the_page_asks_for_nothing_outside_itself(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    page = report.to_html(*jiangan)
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page
    for reference in (" src=", "@import", "<link", "<iframe", "<object", "<img"):
        assert reference not in page
    local = re.findall(r'href="([^"]*)"', page) + re.findall(r"url\(([^)]*)\)", page)
    assert local
    assert all(ref.startswith("#") for ref in local)
    assert re.findall(r"https?://", page) == []


def test_the_same_inputs_make_the_same_page(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    assert report.to_html(*jiangan, "both") == report.to_html(*jiangan, "both")


def test_charts_keep_their_text_as_text(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    page = report.to_html(*jiangan, "zh")
    charts = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert {re.search(r'data-chart="(\w+)"', c).group(1) for c in charts} == {  # type: ignore[union-attr]
        "roles",
        "outcomes",
        "grades",
        "attendance",
        "tiers",
    }
    grades = next(c for c in charts if 'data-chart="grades"' in c)
    assert "<text" in grades
    assert "优秀" in grades
    assert "glyph" not in page.lower()


def test_drawing_leaves_matplotlibs_settings_as_they_were(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    before = dict(matplotlib.rcParams)
    report.to_html(*jiangan)
    assert dict(matplotlib.rcParams) == before


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [
        ("zh", "结业评定", "Outcomes and grades"),
        ("en", "Outcomes and grades", "结业评定"),
    ],
)
def test_one_language_leaves_the_other_out(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
    lang: report.ReportLanguage,
    present: str,
    absent: str,
) -> None:
    page = report.to_html(*jiangan, lang)
    assert present in page
    assert absent not in page


def test_both_languages_label_everything_twice(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    page = report.to_html(*jiangan, "both")
    assert '<span lang="zh-CN">结业评定</span> <span lang="en">Outcomes and grades</span>' in page


def test_the_tier_shares_are_shown_against_the_policys_bounds() -> None:
    cohort = ct.examples.jiangan_2015().cohort
    school = ct.Citation(source="某县委党校 2015 年教学计划")
    policy = ct.policies.with_tier_shares(
        ct.policies.SEED_PRACTICE_2019,
        min_core_share=Fraction(1, 2),
        max_elective_share=Fraction(1, 5),
        citation=school,
        since=cohort.start,
    )
    policy = attrs.evolve(policy, effective_from=cohort.start)  # the preset starts in 2019
    checked = ct.check(cohort, policy, explain=True)
    page = report.to_html(cohort, checked, ct.evaluate(cohort), "en")
    assert "compulsory+key share 37/40 is at or above the required 1/2" in page
    assert "min_core_share = 1/2〔某县委党校 2015 年教学计划〕" in page
    assert "13/16 (81.2%)" in page  # the key tier: 650 of 800 minutes


def test_a_programme_without_a_scheme_says_nobody_is_graded() -> None:
    judged = ct.examples.hunan_2019().cohort
    cohort = attrs.evolve(
        judged,
        programme=attrs.evolve(judged.programme, scheme=None),
        submissions=(),
        scores=(),
    )
    page = report.to_html(cohort, ct.check(cohort), ct.evaluate(cohort), "en")
    assert "The programme has no assessment scheme, so nobody is graded." in page
    assert 'data-chart="grades"' not in page


def test_the_template_ships_inside_the_package() -> None:
    from importlib import resources

    assert (resources.files("cadretrain.report") / "templates" / "page.html.j2").is_file()


def test_a_page_size_below_one_is_refused(
    jiangan: tuple[ct.Cohort, ct.Report, ct.CohortEvaluation],
) -> None:
    with pytest.raises(ct.InvalidValueError, match="page_size"):
        report.to_html(*jiangan, page_size=0)
