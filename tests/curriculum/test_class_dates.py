"""Work dated before the class (seed 004: the 学习心得 are handed in after the training)."""

from __future__ import annotations

import datetime as dt

import attrs

import cadretrain as ct
from cadretrain import examples
from cadretrain.builtin import check
from cadretrain.policies import sources

from ._run import failures, run_rule

JIANGAN = examples.jiangan_2015().cohort
START = dt.date(2015, 7, 27)
"""Seed 004: "7月27日-28日 … 举办了2015年贫困村干部扶贫培训班"."""


def _with_essay_on(index: int, day: dt.date) -> ct.Cohort:
    work = list(JIANGAN.submissions)
    work[index] = attrs.evolve(work[index], submitted_on=day)
    return attrs.evolve(JIANGAN, submissions=tuple(work))


def _with_score_on(index: int, day: dt.date | None) -> ct.Cohort:
    scores = list(JIANGAN.scores)
    scores[index] = attrs.evolve(scores[index], on=day)
    return attrs.evolve(JIANGAN, scores=tuple(scores))


def test_the_jiangan_class_starts_on_the_27th_and_its_work_comes_after() -> None:
    assert JIANGAN.start == START
    (finding,) = run_rule("cohort.work_after_start", JIANGAN)
    assert finding.passed
    assert ("submissions", len(JIANGAN.submissions)) in finding.evidence
    assert ("undated_scores", len(JIANGAN.scores)) in finding.evidence
    assert "undated score(s) not judged" in finding.message_en


def test_an_essay_handed_in_the_day_before_the_class_fails_and_on_the_first_day_passes() -> None:
    (early,) = run_rule("cohort.work_after_start", _with_essay_on(3, START - dt.timedelta(days=1)))
    assert not early.passed
    assert early.path == "cohort.submissions[3].submitted_on"
    assert ("days_before_start", 1) in early.evidence
    assert ("on", dt.date(2015, 7, 26)) in early.evidence
    assert early.message_en.endswith(
        "on 2015-07-26, 1 day(s) before the cohort's start, 2015-07-27"
    )
    (on_time,) = run_rule("cohort.work_after_start", _with_essay_on(3, START))
    assert on_time.passed


def test_a_score_dated_before_the_start_fails_at_its_path_and_an_undated_one_is_not_judged() -> (
    None
):
    (early,) = run_rule("cohort.work_after_start", _with_score_on(5, dt.date(2015, 7, 20)))
    assert early.path == "cohort.scores[5].on"
    assert ("component", JIANGAN.scores[5].component) in early.evidence
    assert ("days_before_start", 7) in early.evidence
    (dated,) = run_rule("cohort.work_after_start", _with_score_on(5, START))
    assert dated.passed
    assert ("dated_scores", 1) in dated.evidence


def test_work_after_the_class_ends_passes() -> None:
    """Seed 004's essays and village plans are written after the two days."""
    later = _with_essay_on(0, dt.date(2015, 9, 30))
    later = attrs.evolve(
        later, scores=(attrs.evolve(later.scores[0], on=dt.date(2015, 10, 8)), *later.scores[1:])
    )
    (finding,) = run_rule("cohort.work_after_start", later)
    assert finding.passed


def test_each_early_record_is_its_own_finding_under_the_default_policy() -> None:
    subject = _with_essay_on(0, dt.date(2015, 7, 1))
    scores = list(subject.scores)
    scores[2] = attrs.evolve(scores[2], on=dt.date(2015, 7, 26))
    report = check(attrs.evolve(subject, scores=tuple(scores)))
    found = failures(report.for_rule("cohort.work_after_start").findings)
    assert [f.path for f in found] == [
        "cohort.submissions[0].submitted_on",
        "cohort.scores[2].on",
    ]
    assert all(f.severity is ct.Severity.ERROR for f in found)
    assert all(f.citation == sources.CLASS_WORK_JIANGAN_2015 for f in found)
    assert not report.ok


def test_a_cohort_with_no_work_has_nothing_to_judge() -> None:
    bare = attrs.evolve(JIANGAN, submissions=(), scores=(), overrides=())
    (finding,) = run_rule("cohort.work_after_start", bare)
    assert finding.passed
    assert finding.message_en == "no submission or dated score to judge"
