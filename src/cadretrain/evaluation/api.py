"""``ct.evaluate``: judge every trainee of a cohort under a policy.

The steps are :mod:`~cadretrain.evaluation.judging`'s, each documented in
``docs/evaluation.md``: the policy's rule tree over the cohort's fact
columns, outcomes from the blocking findings and the overrides, grades,
the top-grade quota, and a closing finding per trainee.
"""

from __future__ import annotations

import datetime as dt

from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.evaluation.judging import judge_cohort
from cadretrain.model import Cohort
from cadretrain.policies.evaluation import default_evaluation_policy
from cadretrain.rules import Policy, RuleBook

__all__ = ["evaluate"]


def evaluate(
    cohort: Cohort,
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``policy=None`` takes
    :func:`~cadretrain.policies.evaluation.default_evaluation_policy` for the
    cohort's first day. ``on`` defaults to the cohort's last day.
    ``explain=True`` also records passing checks. Refuses a policy not in
    force on the cohort's first day, one that does not fit ``book`` (default
    ``RuleBook.builtin()``), and one naming a check of another scope.
    """
    book = RuleBook.builtin() if book is None else book
    policy = default_evaluation_policy(cohort.start) if policy is None else policy
    return judge_cohort(cohort, policy, book=book, on=on, explain=explain)
