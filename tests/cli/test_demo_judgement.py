"""``cadretrain demo`` also checks and evaluates the seed cohort, with reasons in zh and en."""

from __future__ import annotations

import pytest

import cadretrain as ct
from cadretrain.cli import main
from cadretrain.cli.judgement import render_judgement
from cadretrain.examples import ALL, jiangan_2015


def test_demo_prints_the_check_report_and_the_evaluation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "设计检查(默认政策) Design check (default policy)" in out
    assert "结业评定 Evaluation" in out


def test_each_non_completion_is_listed_with_its_reason_in_both_languages() -> None:
    # Jiang'an 2015 (seed 004): the 学习心得 is required; t-012 handed in none,
    # t-036 handed it in late, t-050 scored below the pass mark; t-023 missed a whole
    # session without leave, withdrawn under the 2013 rules (fictitious cases).
    text = render_judgement(jiangan_2015(), "both")
    evaluation = ct.evaluate(jiangan_2015().cohort)
    not_completed = [a for a in evaluation.assessments if not a.completed]
    assert [a.trainee_id for a in not_completed] == ["t-012", "t-023", "t-036", "t-050"]
    for assessment in not_completed:
        assert assessment.trainee_id in text
    assert "未提交学习心得" in text
    assert "reflection essay not submitted" in text


def test_outcome_counts_and_grades_match_the_python_api() -> None:
    text = render_judgement(jiangan_2015(), "en")
    counts = ct.evaluate(jiangan_2015().cohort).outcome_counts()
    assert f"completed        {counts[ct.Outcome.COMPLETED]}" in text
    assert "excellent" in text


@pytest.mark.parametrize("key", list(ALL))
def test_every_seed_is_checked_and_evaluated(key: str) -> None:
    seed = ALL[key]()
    text = render_judgement(seed, "en")
    report = ct.check(seed.cohort)
    assert ("passed:" if report.ok else "failed:") in text
    assert f"{len(report.warnings)} warning(s)" in text
