"""A check of one's own, written per trainee over a :class:`TraineeRow`.

The built-in trainee checks judge the fact columns at once. A check that is
easier to write for one trainee at a time is wrapped in :func:`per_trainee`:
the engine then calls it on each trainee's row, in the same evaluation
path, and takes its verdict from the results (slower: a row is built and a
result made for every trainee, not only for the trainees with findings).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import numpy as np

from cadretrain.errors import InvalidValueError
from cadretrain.evaluation.facts import FactColumns, TraineeRow
from cadretrain.rules import CheckResult, Judged

__all__ = ["per_trainee"]

P = TypeVar("P")


def per_trainee(
    function: Callable[[TraineeRow, P], Iterable[CheckResult]],
) -> Callable[[Any, P], Judged | Iterable[CheckResult]]:
    """A trainee-scope check function from ``function(row, params) -> results``.

    Given a cohort's columns it judges every row; given one
    :class:`TraineeRow` (``rules.run`` on a single trainee) it is
    ``function`` itself.

    >>> import attrs, cadretrain as ct
    >>> from cadretrain.rules import AllOf, Check, CheckDefinition, CheckResult, RuleBook, Scope
    >>> @attrs.frozen
    ... class NoParams: ...
    >>> @per_trainee
    ... def named(row: TraineeRow, params: NoParams):
    ...     yield CheckResult(path=row.path, passed=bool(row.trainee.name),
    ...                       message_zh="有姓名", message_en="has a name")
    >>> book = ct.BUILTIN_RULES.with_check(CheckDefinition(
    ...     rule_id="app.named", scope=Scope.TRAINEE, description_zh="学员有姓名",
    ...     description_en="every trainee has a name", params_type=NoParams, function=named))
    >>> cohort = ct.examples.jiangan_2015().cohort
    >>> policy = ct.policies.default_evaluation_policy(cohort.start)
    >>> policy = attrs.evolve(policy, rule=AllOf(policy.rule, Check("app.named")))
    >>> ct.evaluate(cohort, policy, book=book) == ct.evaluate(cohort)
    False
    >>> ct.evaluate(cohort, policy, book=book).outcome_counts() == ct.evaluate(cohort).outcome_counts()
    True
    """

    @functools.wraps(function)
    def over_rows(subject: Any, params: P) -> Judged | Iterable[CheckResult]:
        if isinstance(subject, TraineeRow):
            return function(subject, params)
        if not isinstance(subject, FactColumns):
            raise InvalidValueError("subject", subject, "a cohort's FactColumns or a TraineeRow")
        results = [tuple(function(subject.row(row), params)) for row in range(len(subject))]
        for found in results:
            for result in found:
                if not isinstance(result, CheckResult):
                    raise InvalidValueError("result", result, "a CheckResult from the check")
        verdict = np.array([all(r.passed for r in found) for found in results], dtype=np.int8)
        return Judged(verdict=verdict, results=results.__getitem__)

    return over_rows
