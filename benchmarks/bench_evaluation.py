"""Evaluation benchmark: bulk mode, explain mode, a naive evaluator, and streaming.

``run(sizes, rounds)`` times, on ``make_cohort(n)`` (20 sessions, 20
attendance records and 5 scores per trainee, almost every trainee with
different scores) with the collector left as the caller set it (enabled,
by default):

- ``compiled_bulk``: ``ct.evaluate(cohort)``: gathering the fact columns,
  then judging them;
- ``explain``: ``ct.evaluate(cohort, explain=True)`` (every passing check
  explained too);
- ``naive``: :mod:`benchmarks._naive`, one rule object and one explanation
  per rule per trainee, from the cohort;
- ``facts_only``: gathering the fact columns (``facts.gather``), the part
  of every variant that reads the 20 attendance records of each trainee.

Outcomes and grades of every variant are checked equal to
``ct.evaluate``'s before timing. A size of 1M or more is run as
``evaluate_many`` streaming ``n // 10_000`` cohorts of 10k (the same cohort
object, repeated, so no generation is timed; one round): the row
``evaluate_many`` carries ``peak_mb``, the peak traced by ``tracemalloc``
during a second, untimed pass over distinct cohort objects.
Each timed sample handles the harness's default number of trainees
(:data:`._harness.SAMPLE_TRAINEES` gives the number and the reason).
``python -m benchmarks.run --group evaluation`` runs this group alone.
"""

from __future__ import annotations

import itertools
import statistics
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import attrs

import cadretrain as ct
from cadretrain.evaluation.facts import gather
from cadretrain.evaluation.streaming import evaluate_many

from . import _naive
from ._data import make_cohort
from ._harness import row, time_variants

__all__ = ["SIZES", "run"]

GROUP = "evaluation"
STREAM_COHORT = 10_000
SIZES = (1_000, 10_000, 100_000, 1_000_000)
"""A full run's sizes: timed up to 100k, streamed through ``evaluate_many`` at 1M."""


def _outcomes(result: ct.CohortEvaluation) -> list[tuple[str, ct.Outcome, str | None]]:
    return [(a.trainee_id, a.outcome, a.grade) for a in result.assessments]


def _timed_sizes(cohort: ct.Cohort, rounds: int) -> list[dict[str, object]]:
    n = len(cohort.trainees)
    expected = _outcomes(ct.evaluate(cohort))

    def check(name: str, result: Any) -> None:
        if name == "facts_only":
            got = list(result.ids)
            if got != [e[0] for e in expected]:
                raise AssertionError("facts_only: trainees differ")
            return
        got = _naive.outcomes(result) if name.startswith("naive") else _outcomes(result)
        if got != expected:
            raise AssertionError(f"{name}: outcomes differ from ct.evaluate's")

    variants = [
        ("compiled_bulk", lambda: ct.evaluate(cohort)),
        ("explain", lambda: ct.evaluate(cohort, explain=True)),
        ("naive", lambda: _naive.evaluate(cohort)),
        ("facts_only", lambda: gather(cohort)),
    ]
    return [
        {**r, "rounds": rounds}
        for r in time_variants(GROUP, n, variants, rounds=rounds, check=check)
    ]


def _stream(cohort: ct.Cohort, count: int) -> Iterator[ct.Cohort]:
    """``count`` distinct cohort objects sharing ``cohort``'s records, made one at a time."""
    for i in range(count):
        yield attrs.evolve(cohort, id=f"stream-{i}")


def _streaming(n: int, rounds: int) -> dict[str, object]:
    count = max(1, n // STREAM_COHORT)
    cohort = make_cohort(STREAM_COHORT)
    expected = _outcomes(ct.evaluate(cohort))
    for result in evaluate_many(itertools.repeat(cohort, 2)):
        if _outcomes(result) != expected:
            raise AssertionError("evaluate_many: outcomes differ from ct.evaluate's")
    total = count * STREAM_COHORT
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _result in evaluate_many(itertools.repeat(cohort, count)):
            pass
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        for _result in evaluate_many(_stream(cohort, count)):
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return {
        **row(GROUP, "evaluate_many", total, statistics.median(times)),
        "rounds": rounds,
        "cohorts": count,
        "peak_mb": peak / 1e6,
    }


def run(sizes: tuple[int, ...], rounds: int) -> list[dict[str, object]]:
    """Rows ``{"group", "variant", "n", "us_per_trainee", "trainees_per_s", "rounds", ...}``."""
    rows: list[dict[str, object]] = []
    for n in sizes:
        if n >= 1_000_000:
            rows.append(_streaming(n, 1))
        else:
            rows += _timed_sizes(make_cohort(n), rounds)
    return rows
