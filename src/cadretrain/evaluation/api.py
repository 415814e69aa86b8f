"""``ct.evaluate``: judge every trainee of a cohort under a policy.

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
failed ones) agree. Both run the compiled evaluator
(:mod:`~cadretrain.evaluation.compiled`), held equal to the reference
interpreter (:mod:`~cadretrain.evaluation.interpreted`) by property tests
(``docs/scale.md``).
"""

from __future__ import annotations

import datetime as dt

from cadretrain._gc import paused_collector
from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.evaluation.compiled import compiled
from cadretrain.evaluation.facts import CohortFacts
from cadretrain.evaluation.interpreted import interpret
from cadretrain.model import Cohort
from cadretrain.policies.evaluation import default_evaluation_policy
from cadretrain.rules import Policy, RuleBook

__all__ = ["evaluate"]


def evaluate(
    cohort: Cohort | CohortFacts,
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``cohort`` may be a cohort's :class:`~cadretrain.evaluation.facts.CohortFacts`
    (:func:`~cadretrain.evaluation.facts.gather_facts`), to judge it under
    several policies reading its records once. ``policy=None`` takes
    :func:`~cadretrain.policies.evaluation.default_evaluation_policy` for the
    cohort's first day. ``on`` defaults to the cohort's last day.
    ``explain=True`` also records passing checks. Refuses a policy not in
    force on the cohort's first day, one that does not fit ``book`` (default
    ``RuleBook.builtin()``), and one naming a check of another scope. The
    cyclic collector is paused during the call and restored after.
    """
    book = RuleBook.builtin() if book is None else book
    subject = cohort.cohort if isinstance(cohort, CohortFacts) else cohort
    policy = default_evaluation_policy(subject.start) if policy is None else policy
    with paused_collector():
        if not subject.trainees:
            return interpret(subject, policy, book=book, on=on, explain=explain)
        return compiled(policy, subject.start, book).evaluate(cohort, on=on, explain=explain)
