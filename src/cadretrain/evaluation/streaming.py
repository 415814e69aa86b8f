"""``ct.evaluate_many``: evaluate a stream of cohorts in constant memory.

Each cohort is judged as ``ct.evaluate`` would judge it and its evaluation
yielded before the next cohort is read, so the generator holds nothing from
earlier cohorts: memory is bounded by the largest cohort, not the stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from cadretrain.evaluation.api import evaluate
from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.model import Cohort
from cadretrain.rules import Policy, RuleBook

__all__ = ["evaluate_many"]


def evaluate_many(
    cohorts: Iterable[Cohort],
    policy: Policy | None = None,
    *,
    explain: bool = False,
    on: dt.date | None = None,
    book: RuleBook | None = None,
) -> Iterator[CohortEvaluation]:
    """Yield ``ct.evaluate(cohort, policy, ...)`` for each cohort, lazily.

    ``policy=None`` takes each cohort's default evaluation policy for its
    first day; ``on`` (default each cohort's last day) is the date
    instruments are reported as of.

    >>> import itertools
    >>> next(evaluate_many(iter(())), None) is None
    True
    """
    book = RuleBook.builtin() if book is None else book
    for cohort in cohorts:
        yield evaluate(cohort, policy, on=on, explain=explain, book=book)
