"""Timing: variants interleaved round-robin, medians of several rounds, results checked first.

Every variant of a comparison runs once per round, in turn, so that a noisy
machine slows them alike; the figure kept is the median over the rounds.
Before any timing, each variant's result is checked (the caller supplies
the check), so a fast wrong answer is never reported. The garbage
collector is left exactly as the caller set it: the harness neither
pauses, enables nor collects (cadretrain's own bulk calls pause it inside
themselves).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, TypedDict

__all__ = ["MIN_ROUNDS", "Row", "Variant", "row", "time_variants"]

MIN_ROUNDS = 7
"""At least this many rounds for a published figure (fewer only for the smoke run)."""

Variant = tuple[str, Callable[[], Any]]
"""A variant's name and the work it times (one call does all ``n`` trainees)."""


class Row(TypedDict):
    """One figure: seconds per trainee of one variant at one size, as µs and trainees/s."""

    group: str
    variant: str
    n: int
    us_per_trainee: float
    trainees_per_s: float


def row(group: str, variant: str, n: int, seconds: float) -> Row:
    """The row for ``seconds`` spent on ``n`` trainees."""
    return {
        "group": group,
        "variant": variant,
        "n": n,
        "us_per_trainee": seconds / n * 1e6,
        "trainees_per_s": n / seconds if seconds > 0 else float("inf"),
    }


def time_variants(
    group: str,
    n: int,
    variants: Sequence[Variant],
    *,
    rounds: int,
    check: Callable[[str, Any], None],
) -> list[Row]:
    """Run each variant once and ``check(name, result)``, then time ``rounds`` interleaved rounds.

    ``check`` raises when a variant's result is not the agreed one.
    """
    collector = gc.isenabled()
    for name, work in variants:
        check(name, work())
    timings: dict[str, list[float]] = {name: [] for name, _ in variants}
    for _ in range(rounds):
        for name, work in variants:
            start = time.perf_counter()
            work()
            timings[name].append(time.perf_counter() - start)
    if gc.isenabled() != collector:
        raise RuntimeError("a variant changed the collector's setting and did not restore it")
    return [row(group, name, n, statistics.median(times)) for name, times in timings.items()]
