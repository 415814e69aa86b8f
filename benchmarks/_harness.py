"""Timing: variants interleaved round-robin, medians of several rounds, results checked first.

Every variant of a comparison runs once per round, in turn, so that a noisy
machine slows them alike; the figure kept is the median over the rounds.
Before any timing, each variant's result is checked (the caller supplies
the check), so a fast wrong answer is never reported. The garbage
collector is left exactly as the caller set it, for every variant alike:
the harness neither pauses, enables nor collects, and refuses a variant
that leaves the setting changed (what a library does inside its own calls
is part of what is measured).

With the collector on, its full collections come in lumps: one every few
hundred thousand surviving allocations, costing a walk of the whole heap,
charged to whichever variant happens to cross the threshold. Two things
keep that fair. A sample runs the work repeatedly until it has handled
``min_trainees`` trainees (:data:`SAMPLE_TRAINEES` unless the caller says
otherwise; at most :data:`MAX_REPEATS` calls), and at least ``min_calls``
times, so each sample carries its share of full collections instead of the
median of small samples hiding them; and the order of the variants rotates
each round, so no variant always follows (and pays for the garbage of) the
same one.

The median is the figure; beside it each timed row carries the mean over
the rounds and the collections the collector ran during the variant's
samples, per call (counted with ``gc.callbacks``), so that a full
collection landing in one variant's samples shows instead of hiding
behind the median.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, TypedDict

__all__ = [
    "MAX_REPEATS",
    "ROUNDS",
    "SAMPLE_TRAINEES",
    "Row",
    "TimedRow",
    "Variant",
    "repeats",
    "row",
    "time_variants",
]

ROUNDS = 3
"""Rounds per figure in a full run (``--rounds`` sets another number; the smoke run has one)."""
MAX_REPEATS = 20
"""At most this many calls in one sample (so a tiny smoke run stays quick)."""
SAMPLE_TRAINEES = 20_000
"""``time_variants``' default ``min_trainees``: 20 calls a sample at 1k, 2 at 10k, 1 at 100k.

The limit keeps the first, slower calls of a fresh process from being a
whole sample at 1k, and gives the collector's full collections a share in
every sample.
"""

Variant = tuple[str, Callable[[], Any]]
"""A variant's name and the work it times (one call does all ``n`` trainees)."""


class Row(TypedDict):
    """One figure: seconds per trainee of one variant at one size, as µs and trainees/s."""

    group: str
    variant: str
    n: int
    us_per_trainee: float
    trainees_per_s: float


class TimedRow(Row):
    """A row of :func:`time_variants`: the median, and what the median could hide."""

    mean_us_per_trainee: float
    """The mean over the rounds, µs per trainee."""
    collections_per_call: float
    """Collections of any generation run during the variant's samples, per call."""
    full_collections_per_call: float
    """Of those, collections of the oldest generation (a walk of the whole heap)."""


def row(group: str, variant: str, n: int, seconds: float) -> Row:
    """The row for ``seconds`` spent on ``n`` trainees."""
    return {
        "group": group,
        "variant": variant,
        "n": n,
        "us_per_trainee": seconds / n * 1e6,
        "trainees_per_s": n / seconds if seconds > 0 else float("inf"),
    }


def repeats(n: int, min_trainees: int, min_calls: int = 1) -> int:
    """Calls per sample: enough to handle ``min_trainees`` trainees, and ``min_calls`` at least.

    >>> repeats(1_000, 20_000), repeats(10_000, 20_000), repeats(100_000, 20_000), repeats(10, 20_000)
    (20, 2, 1, 20)
    >>> repeats(100_000, 20_000, min_calls=2)
    2
    """
    return max(min_calls, min(MAX_REPEATS, -(-min_trainees // n)))


def time_variants(
    group: str,
    n: int,
    variants: Sequence[Variant],
    *,
    rounds: int,
    check: Callable[[str, Any], None],
    min_trainees: int = SAMPLE_TRAINEES,
    min_calls: int = 1,
) -> list[TimedRow]:
    """Run each variant once and ``check(name, result)``, then time ``rounds`` interleaved rounds.

    ``check`` raises when a variant's result is not the agreed one. Each
    sample calls the work :func:`repeats` times and counts the time per call.
    """
    collector = gc.isenabled()
    for name, work in variants:
        check(name, work())
    calls = repeats(n, min_trainees, min_calls)
    timings: dict[str, list[float]] = {name: [] for name, _ in variants}
    counted = {name: _Collections() for name, _ in variants}
    for round_ in range(rounds):
        shift = round_ % len(variants)
        for name, work in [*variants[shift:], *variants[:shift]]:
            with counted[name]:
                start = time.perf_counter()
                for _ in range(calls):
                    work()
                timings[name].append((time.perf_counter() - start) / calls)
    if gc.isenabled() != collector:
        raise RuntimeError("a variant changed the collector's setting and did not restore it")
    return [
        {
            **row(group, name, n, statistics.median(times)),
            "mean_us_per_trainee": statistics.fmean(times) / n * 1e6,
            "collections_per_call": counted[name].any / (calls * rounds),
            "full_collections_per_call": counted[name].full / (calls * rounds),
        }
        for name, times in timings.items()
    ]


_OLDEST = len(gc.get_threshold()) - 1
"""The collector's oldest generation: a collection of it walks the whole heap."""


class _Collections:
    """Counts the collections that start while inside ``with``: all, and of the oldest generation."""

    def __init__(self) -> None:
        self.any = self.full = 0
        self._callback = self._seen  # one bound method, so entering and leaving allocate nothing

    def __enter__(self) -> None:
        gc.callbacks.append(self._callback)

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)

    def _seen(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.any += 1
            self.full += info["generation"] == _OLDEST
