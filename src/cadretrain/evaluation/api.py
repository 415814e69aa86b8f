"""Judging every trainee of a cohort under a policy.

The steps, each documented in ``docs/evaluation.md``:

1. gather each trainee's facts once (:mod:`~cadretrain.evaluation.facts`);
2. run the policy's rule tree on each trainee (trainee-scope checks), with
   the numbers in force on the cohort's first day;
3. decide each outcome from the blocking findings
   (:mod:`~cadretrain.evaluation.outcomes`), then apply waivers, exemptions
   and deferrals (:mod:`~cadretrain.evaluation.overrides`);
4. grade: completed trainees by the weighted total, everyone else the
   lowest grade (exempt and deferred trainees: no grade);
5. run the cohort-scope checks (the top-grade quota) on the completed
   trainees' standings and apply the drops they report;
6. apply grade changes, and close each assessment with an
   ``evaluation.outcome`` finding.

Outcomes and grades are computed from *failed* findings only, so explain
mode (which also records passing checks) and bulk mode (which records only
failed ones) agree. The policy and the rule book are arguments:
``ct.evaluate`` (:mod:`cadretrain.builtin`) supplies the preset policy for
the cohort's first day and the built-in rule book by default.
"""

from __future__ import annotations

import datetime as dt

from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.evaluation.compiled import compiled
from cadretrain.evaluation.facts import CohortFacts
from cadretrain.evaluation.interpreted import interpret
from cadretrain.model import Cohort
from cadretrain.rules import Policy, RuleBook

__all__ = ["evaluate"]


def evaluate(
    cohort: Cohort | CohortFacts,
    policy: Policy,
    *,
    book: RuleBook,
    on: dt.date | None = None,
    explain: bool = False,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``cohort`` may be a cohort's :class:`~cadretrain.evaluation.facts.CohortFacts`,
    to judge it under several policies reading its records once. ``on``
    defaults to the cohort's last day. ``explain=True`` also records passing
    checks. Refuses a policy not in force on the cohort's first day, one
    that does not fit ``book``, and one naming a check of another scope.
    """
    subject = cohort.cohort if isinstance(cohort, CohortFacts) else cohort
    if not subject.trainees:
        return interpret(subject, policy, book=book, on=on, explain=explain)
    return compiled(policy, subject.start, book).evaluate(cohort, on=on, explain=explain)
