"""The memoised fast predicate the scheme-driven checks share (deliverables, grading)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sized
from typing import TypeVar

from cadretrain.evaluation.facts import TraineeFacts
from cadretrain.model import AssessmentScheme
from cadretrain.rules import CheckResult

__all__ = ["memoised"]

P = TypeVar("P")
_UNSEEN = object()


def memoised(
    check: Callable[[TraineeFacts, P], Iterable[CheckResult]],
    params: P,
    required: Callable[[AssessmentScheme], Sized],
    key: Callable[[TraineeFacts], Hashable],
) -> Callable[[TraineeFacts], bool]:
    """Whether ``check`` passes, run once per distinct ``key`` within one scheme.

    A trainee whose scheme requires nothing (no scheme, or ``required(scheme)``
    empty) passes. ``key`` must hold everything the verdict reads besides the
    scheme; the memo is cleared whenever the scheme changes.
    """
    memo: dict[Hashable, bool] = {}
    current: object = _UNSEEN  # the scheme the memo holds verdicts for
    idle = True  # whether ``current`` requires nothing

    def passes(facts: TraineeFacts) -> bool:
        nonlocal current, idle
        scheme = facts.scheme
        if scheme is not current:
            memo.clear()
            current = scheme
            idle = scheme is None or not required(scheme)
        if idle:
            return True
        k = key(facts)
        verdict = memo.get(k)
        if verdict is None:
            verdict = memo[k] = all(r.passed for r in check(facts, params))
        return verdict

    return passes
