"""Judging a loaded cohort, against a naive evaluator and a plain numpy judgement; and streaming.

``run(sizes, rounds)`` times, on the varied cohort already loaded (group
``judging``) and on the repetitive best case (``judging, best case``):

- ``ct.evaluate``: bulk mode (findings only for what fails);
- ``ct.evaluate(explain=True)``: every check explained;
- ``naive``: :mod:`._naive`, one rule object and one explanation per rule per
  trainee (varied cohort only);
- ``numpy``: :mod:`._columns`' plain numpy judgement of columns already built,
  the same outcomes and grades without findings.

Before timing, every variant's outcomes and grades are checked equal to
``ct.evaluate``'s; a ``cohort`` row reports the cohort's variety (distinct
attendance summaries and totals per 10,000 trainees, share not completing).

``run_stream`` runs ``ct.evaluate_many`` (group ``stream``, 1M trainees in
a full run) over a stream of distinct 10k cohorts each read from JSON text as it comes
(two texts drawn with different seeds, alternating), one round: trainees/s
end to end, and the worker process's peak resident memory (its interpreter,
the two texts and the stream) beside the peak before the stream started.
"""

from __future__ import annotations

import itertools
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import cadretrain as ct

from . import _columns, _naive
from ._data import SEED, repetitive_cohort, varied_cohort, variety
from ._harness import ROUNDS, row, time_variants

__all__ = [
    "BEST_CASE",
    "BULK",
    "EXPLAIN",
    "GROUP",
    "NAIVE",
    "NUMPY",
    "SIZES",
    "STREAM",
    "STREAM_SIZES",
    "run",
    "run_stream",
]

GROUP = "judging"
BEST_CASE = "judging, best case"
STREAM = "stream"
BULK = "ct.evaluate"
EXPLAIN = "ct.evaluate(explain=True)"
NAIVE = "naive"
NUMPY = "numpy"
STREAM_COHORT = 10_000
SIZES = (1_000, 10_000, 100_000)
STREAM_SIZES = (1_000_000,)

Outcomes = dict[str, tuple[ct.Outcome, str | None]]


def _outcomes(result: ct.CohortEvaluation) -> Outcomes:
    return {a.trainee_id: (a.outcome, a.grade) for a in result.assessments}


def _judging(group: str, cohort: ct.Cohort, rounds: int) -> list[dict[str, Any]]:
    n = len(cohort.trainees)
    evaluation = ct.evaluate(cohort)
    expected = _outcomes(evaluation)
    columns = _columns.columns(cohort)

    def check(name: str, result: Any) -> None:
        if name == NAIVE:
            got = _naive.outcomes(result)
        elif name == NUMPY:
            got = _columns.outcomes(columns, result, evaluation.grades)
        else:
            got = _outcomes(result)
        if got != expected:
            raise AssertionError(f"{group}, {name}: outcomes or grades differ from ct.evaluate's")

    variants = [
        (BULK, lambda: ct.evaluate(cohort)),
        (EXPLAIN, lambda: ct.evaluate(cohort, explain=True)),
        *([(NAIVE, lambda: _naive.evaluate(cohort))] if group == GROUP else []),
        (NUMPY, lambda: _columns.judge(columns)),
    ]
    kind = "varied" if group == GROUP else "best case"
    described = {"group": "cohort", "variant": kind, "n": n, **variety(evaluation)}
    timed = time_variants(group, n, variants, rounds=rounds, check=check)
    return [described, *(dict(r) for r in timed)]


def _peak_mb() -> float:
    """This process's peak resident memory so far, MB (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def _stream(texts: Sequence[str], count: int) -> Iterator[ct.Cohort]:
    """``count`` cohorts, each read from the next text when the stream asks for it."""
    for text in itertools.islice(itertools.cycle(texts), count):
        yield ct.from_json(text, ct.Cohort)


def _streaming(n: int) -> dict[str, Any]:
    size = min(STREAM_COHORT, n)
    count = n // size
    cohorts = [varied_cohort(size, seed=SEED + k) for k in range(2)]
    expected = [_naive.outcomes(_naive.evaluate(c)) for c in cohorts]
    texts = [ct.to_json(c) for c in cohorts]
    del cohorts
    for k, result in enumerate(ct.evaluate_many(_stream(texts, 2))):
        if _outcomes(result) != expected[k]:
            raise AssertionError("evaluate_many: outcomes differ from the naive evaluator's")
    before = _peak_mb()
    start = time.perf_counter()
    for _result in ct.evaluate_many(_stream(texts, count)):
        pass
    seconds = time.perf_counter() - start
    return {
        **row(STREAM, "JSON texts → ct.evaluate_many", count * size, seconds),
        "rounds": 1,
        "cohorts": count,
        "peak_rss_mb": _peak_mb(),
        "peak_rss_mb_before": before,
    }


def run(sizes: Sequence[int] = SIZES, rounds: int = ROUNDS) -> list[dict[str, Any]]:
    """The ``cohort`` rows and timed rows of ``judging`` and ``judging, best case``."""
    rows: list[dict[str, Any]] = []
    for n in sizes:
        rows += _judging(GROUP, varied_cohort(n), rounds)
        rows += _judging(BEST_CASE, repetitive_cohort(n), rounds)
    return rows


def run_stream(sizes: Sequence[int] = STREAM_SIZES, rounds: int = 1) -> list[dict[str, Any]]:
    """The ``stream`` row at each size (one pass: ``rounds`` is not used)."""
    return [_streaming(n) for n in sizes]
