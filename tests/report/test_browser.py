"""Each seed programme's report page, opened in headless Chromium as a reader would."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import cadretrain as ct
from cadretrain import report
from cadretrain.cli import main

from .browser import open_page
from .large import varied_cohort

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


def _judged(cohort: ct.Cohort) -> tuple[ct.Report, ct.CohortEvaluation]:
    return ct.check(cohort, explain=True), ct.evaluate(cohort)


def _bars(page: Page, chart: str) -> list[tuple[str, int]]:
    found: list[list[Any]] = page.eval_on_selector_all(
        f'svg[data-chart="{chart}"] g.ct-bar',
        "els => els.map(e => [e.dataset.key, Number(e.dataset.count)])",
    )
    return [(key, count) for key, count in found]


def _widths(page: Page, chart: str) -> list[float]:
    widths: list[float] = page.eval_on_selector_all(
        f'svg[data-chart="{chart}"] g.ct-bar',
        "els => els.map(e => e.getBoundingClientRect().width)",
    )
    return widths


@pytest.mark.parametrize("key", list(ct.examples.ALL))
def test_a_seed_page_written_by_the_cli_opens_with_no_request_and_no_console_error(
    browser: Browser, key: str, tmp_path: Path
) -> None:
    """``cadretrain report COHORT.json -o report.html`` on each seed, opened in Chromium."""
    cohort = ct.examples.ALL[key]().cohort
    _, evaluation = _judged(cohort)
    source, written = tmp_path / "cohort.json", tmp_path / "report.html"
    source.write_text(ct.to_json(cohort), encoding="utf-8")
    assert main(["report", str(source), "-o", str(written), "--lang", "both"]) == 0
    with open_page(browser, written.read_text(encoding="utf-8")) as opened:
        assert opened.errors == []
        assert opened.requests == []
        page = opened.page
        assert _bars(page, "outcomes") == [
            (o.value, n) for o, n in evaluation.outcome_counts().items()
        ]
        assert _bars(page, "grades") == list(evaluation.grade_distribution().items())
        rows = page.eval_on_selector_all(
            "table.not-completed tbody tr", "els => els.map(e => e.dataset.trainee)"
        )
        assert rows == [a.trainee_id for a in evaluation.assessments if not a.completed]
        text = page.inner_text("body")
        assert "结业评定" in text
        assert "Outcomes and grades" in text
        assert page.locator('[lang="en"]').count() > 0


def test_the_jiangan_grade_chart_draws_the_evaluations_grade_counts(browser: Browser) -> None:
    """On Jiang'an 2015 the bars are the grade counts, and longer bars mean more trainees."""
    cohort = ct.examples.jiangan_2015().cohort
    checked, evaluation = _judged(cohort)
    counts = evaluation.grade_distribution()
    assert sum(counts.values()) == len(cohort.trainees)
    with open_page(browser, report.to_html(cohort, checked, evaluation, "zh")) as opened:
        assert opened.errors == []
        assert opened.requests == []
        assert _bars(opened.page, "grades") == list(counts.items())
        widths = _widths(opened.page, "grades")
        by_width = sorted(range(len(widths)), key=widths.__getitem__)
        by_count = sorted(range(len(widths)), key=list(counts.values()).__getitem__)
        assert by_width == by_count
        not_completed = opened.page.locator("table.not-completed tbody tr")
        assert not_completed.count() == sum(1 for a in evaluation.assessments if not a.completed)


def test_a_large_class_pages_its_tables(browser: Browser) -> None:
    """2,000 trainees: the non-completion table shows 50 rows at a time, and Next turns the page."""
    cohort = varied_cohort(2000)
    checked, evaluation = _judged(cohort)
    others = [a.trainee_id for a in evaluation.assessments if not a.completed]
    assert len(others) > 100
    with open_page(browser, report.to_html(cohort, checked, evaluation, "en")) as opened:
        assert opened.errors == []
        assert opened.requests == []
        rows = opened.page.locator("table.not-completed tbody tr:visible")
        assert rows.count() == 50
        assert rows.first.get_attribute("data-trainee") == others[0]
        opened.page.locator("table.not-completed + .pager button").last.click()
        assert rows.first.get_attribute("data-trainee") == others[50]
        assert opened.page.locator("table.not-completed tbody tr").count() == len(others)
