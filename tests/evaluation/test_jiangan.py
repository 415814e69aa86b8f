"""Jiang'an 2015 (seed 004): a missing or late 学习心得 blocks completion."""

from __future__ import annotations

from fractions import Fraction

import cadretrain as ct
from cadretrain.builtin import evaluate
from cadretrain.examples.jiangan_2015 import jiangan_2015


def test_the_jiangan_cohort_shows_its_non_completions() -> None:
    (c,) = jiangan_2015().cohorts
    result = evaluate(c)
    not_completed = {a.trainee_id: a.outcome for a in result.assessments if not a.completed}
    assert not_completed == {
        "t-012": ct.Outcome.INCOMPLETE,  # no essay, so no essay score either
        "t-036": ct.Outcome.ATTENDANCE_ONLY,  # essay handed in after its due date
        "t-050": ct.Outcome.FAILED,  # essay below its pass mark
        "t-023": ct.Outcome.WITHDRAWN,  # a whole session missed without leave (2013 rules)
    }
    # July 2015: before the 2015 条例, under the 2013 trainee rules (leave at most 1/7)
    assert result.policy.name == "cadre_training_evaluation"
    truant = result.assessment("t-023")
    (finding,) = [f for f in truant.findings if f.rule_id == "evaluation.absent_without_leave"]
    assert finding.citation is not None
    assert "2013" in finding.citation.source
    assert dict(finding.evidence)["truant_sessions"] == 1


def test_the_jiangan_class_is_judged_on_leave() -> None:
    (c,) = jiangan_2015().cohorts
    on_leave = evaluate(c, explain=True).assessment("t-007")
    (finding,) = [f for f in on_leave.findings if f.rule_id == "evaluation.leave_ratio"]
    assert ("max_share", Fraction(1, 7)) in [(u.name, u.value) for u in finding.parameters]


def test_the_jiangan_plan_waivers_are_visible() -> None:
    (c,) = jiangan_2015().cohorts
    result = evaluate(c)
    waived = [
        f for a in result.assessments for f in a.findings if f.rule_id == "evaluation.override"
    ]
    assert len(waived) == len(c.overrides)
    assert all("江安县扶贫移民局" in f.message_zh for f in waived)
