"""Overrides apply after the rules, never edit a fact, and always leave a finding."""

from __future__ import annotations

import datetime as dt

import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.evaluation import Assessment
from cadretrain.rules import Finding, Severity

from .builders import END, cohort, essay, scores

DAY = END + dt.timedelta(days=10)


def _override(
    kind: ct.OverrideKind, *, target: str = "", grade: str = "", oid: str = "o-1"
) -> ct.Override:
    return ct.Override(
        id=oid,
        kind=kind,
        trainee="t-001",
        decided_by="县委组织部 王主任",
        decided_on=DAY,
        reason="因抗洪抢险缺交",
        target=target,
        grade=grade,
    )


def _notes(assessment: Assessment) -> list[Finding]:
    return [f for f in assessment.findings if f.rule_id == "evaluation.override"]


def test_a_waived_essay_lets_the_trainee_complete_and_says_who_and_why() -> None:
    c = cohort(
        submissions=(), overrides=(_override(ct.OverrideKind.WAIVE_REQUIREMENT, target="essay"),)
    )
    only = evaluate(c).assessments[0]
    assert only.outcome is ct.Outcome.COMPLETED
    (note,) = _notes(only)
    assert "县委组织部 王主任" in note.message_zh
    assert "因抗洪抢险缺交" in note.message_zh
    assert note.path == "cohort.trainees[t-001].overrides[o-1]"
    (kept,) = [f for f in only.findings if f.rule_id == "evaluation.deliverables"]
    assert not kept.passed
    assert kept.severity is Severity.INFO
    assert c.submissions == ()


def test_a_waiver_by_rule_id_covers_every_failure_of_that_rule() -> None:
    c = cohort(
        marks=scores("t-001", exam=50),
        overrides=(_override(ct.OverrideKind.WAIVE_REQUIREMENT, target="evaluation.grading"),),
    )
    assert evaluate(c).assessments[0].outcome is ct.Outcome.COMPLETED


def test_a_waiver_of_something_met_is_still_reported() -> None:
    c = cohort(overrides=(_override(ct.OverrideKind.WAIVE_REQUIREMENT, target="village_plan"),))
    (note,) = _notes(evaluate(c).assessments[0])
    assert "nothing failed" in note.message_en


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [
        (ct.OverrideKind.EXEMPT, ct.Outcome.WAIVED),
        (ct.OverrideKind.DEFER_TO_MAKEUP, ct.Outcome.DEFERRED),
    ],
)
def test_exemption_and_deferral_replace_the_outcome_and_leave_no_grade(
    kind: ct.OverrideKind, outcome: ct.Outcome
) -> None:
    only = evaluate(cohort(submissions=(), overrides=(_override(kind),))).assessments[0]
    assert (only.outcome, only.grade) == (outcome, None)
    assert any(not f.passed and f.rule_id == "evaluation.deliverables" for f in only.findings)


def test_the_latest_decision_of_a_kind_is_the_one_in_force() -> None:
    early = ct.Override(
        id="o-0",
        kind=ct.OverrideKind.EXEMPT,
        trainee="t-001",
        decided_by="班主任",
        decided_on=END,
        reason="先行免训",
    )
    later = _override(ct.OverrideKind.DEFER_TO_MAKEUP)
    only = evaluate(cohort(overrides=(later, early))).assessments[0]
    assert only.outcome is ct.Outcome.DEFERRED
    assert len(_notes(only)) == 2


def test_a_grade_change_applies_after_the_quota_and_can_pass_a_failed_trainee() -> None:
    c = cohort(
        marks=scores("t-001", exam=50),
        overrides=(_override(ct.OverrideKind.CHANGE_GRADE, grade="pass"),),
    )
    only = evaluate(c).assessments[0]
    assert (only.outcome, only.grade) == (ct.Outcome.COMPLETED, "pass")
    assert "'fail' to 'pass'" in _notes(only)[0].message_en


def test_a_grade_not_on_the_scale_is_refused_with_an_error_finding() -> None:
    c = cohort(overrides=(_override(ct.OverrideKind.CHANGE_GRADE, grade="superb"),))
    result = evaluate(c)
    only = result.assessments[0]
    assert only.grade == "good"
    (note,) = _notes(only)
    assert note.is_error
    assert "superb" in note.message_en
    assert not result.report.ok


def test_an_essay_submitted_late_stays_late_under_an_override() -> None:
    late = essay("t-001", END + dt.timedelta(days=30))
    c = cohort(
        submissions=(late,),
        overrides=(_override(ct.OverrideKind.WAIVE_REQUIREMENT, target="essay"),),
    )
    only = evaluate(c).assessments[0]
    assert only.outcome is ct.Outcome.COMPLETED
    assert any("after the due date" in f.message_en for f in only.findings)
