"""Judging every trainee of a cohort under a policy.

The steps are :mod:`~cadretrain.evaluation.judging`'s, each documented in
``docs/evaluation.md``: the policy's rule tree over the cohort's fact
columns, outcomes from the blocking findings and the overrides, grades,
the top-grade quota, and a closing finding per trainee. The policy and the
rule book are arguments: ``ct.evaluate`` (:mod:`cadretrain.builtin`)
supplies the preset policy for the cohort's first day and the built-in
rule book by default.
"""

from __future__ import annotations

import datetime as dt

from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.evaluation.judging import judge_cohort
from cadretrain.model import Cohort
from cadretrain.rules import Policy, RuleBook

__all__ = ["evaluate"]


def evaluate(
    cohort: Cohort,
    policy: Policy,
    *,
    book: RuleBook,
    on: dt.date | None = None,
    explain: bool = False,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``on`` defaults to the cohort's last day. ``explain=True`` also records
    passing checks. Refuses a policy not in force on the cohort's first day,
    one that does not fit ``book``, and one naming a check of another scope.
    """
    return judge_cohort(cohort, policy, book=book, on=on, explain=explain)
