"""The reference evaluation: the rule interpreter run on every trainee.

:func:`interpret` is the simple, obviously-correct path: every trainee's
facts go through :func:`cadretrain.rules.evaluate`, which builds a result
for every element every check judges. ``ct.evaluate`` takes the compiled
evaluator (``compiled.py``) in both modes; property tests hold it equal to
this one on every generated cohort, so this module is the definition the
fast path answers to (and what ``ct.evaluate`` runs on an empty cohort).
"""

from __future__ import annotations

import datetime as dt

from cadretrain.evaluation._stages import (
    Grader,
    assess,
    check_policy,
    conclude,
    overrides_by_trainee,
    rank,
    stage,
    standings,
)
from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.evaluation.facts import gather_facts
from cadretrain.model import Cohort
from cadretrain.rules import Policy, RuleBook

__all__ = ["interpret"]


def interpret(
    cohort: Cohort,
    policy: Policy,
    *,
    book: RuleBook,
    on: dt.date | None = None,
    explain: bool = False,
) -> CohortEvaluation:
    """Judge ``cohort`` under ``policy`` with the interpreter (see ``ct.evaluate``)."""
    judged_on = cohort.start
    check_policy(policy, book, judged_on)
    overrides = overrides_by_trainee(cohort)
    scheme = cohort.programme.scheme
    grader = Grader(scheme)
    stages = [
        stage(facts, policy, book, judged_on, explain, overrides.get(facts.trainee.id, ()), grader)
        for facts in gather_facts(cohort).trainees
    ]
    cohort_findings, by_path, drops = rank(
        standings(stages), scheme, policy, book, judged_on, explain
    )
    assessments = tuple(
        assess(
            s,
            cohort,
            by_path.get(s.facts.path, ()),
            drops,
            overrides.get(s.facts.trainee.id, ()),
            grader,
        )
        for s in stages
    )
    return conclude(cohort, policy, judged_on, on, cohort_findings, assessments)
