"""The user's path, end to end: JSON text → ``ct.from_json`` → ``ct.evaluate``, against ``orjson.loads``.

The headline figure of the suite. On the varied cohort (group ``user
path``) and on the repetitive best case (``user path, best case``), each
at ``n`` trainees, three variants read the same text:

- ``JSON text → ct.evaluate``: load, then judge in bulk mode;
- ``JSON text → ct.evaluate(explain=True)``: load, then judge explaining
  every check;
- ``orjson.loads``: the text parsed into plain dicts, the floor.

Outcomes and grades of both cadretrain variants are checked equal to the
naive evaluator's (:mod:`._naive`) before timing. The collector is left as
the caller set it, on both sides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import orjson

import cadretrain as ct

from . import _naive
from ._data import repetitive_cohort, varied_cohort
from ._harness import ROUNDS, TimedRow, time_variants

__all__ = ["BEST_CASE", "BULK", "EXPLAIN", "FLOOR", "GROUP", "SIZES", "run"]

SIZES = (1_000, 10_000, 100_000)
GROUP = "user path"
BEST_CASE = "user path, best case"
BULK = "JSON text → ct.evaluate"
EXPLAIN = "JSON text → ct.evaluate(explain=True)"
FLOOR = "orjson.loads"


def _outcomes(result: ct.CohortEvaluation) -> dict[str, tuple[ct.Outcome, str | None]]:
    return {a.trainee_id: (a.outcome, a.grade) for a in result.assessments}


def _group(group: str, cohort: ct.Cohort, rounds: int) -> list[TimedRow]:
    text = ct.to_json(cohort)
    expected = _naive.outcomes(_naive.evaluate(cohort))

    def check(name: str, result: Any) -> None:
        if name == FLOOR:
            if len(result["trainees"]) != len(cohort.trainees):
                raise AssertionError(f"{name}: wrong number of trainees")
        elif _outcomes(result) != expected:
            raise AssertionError(f"{name}: outcomes differ from the naive evaluator's")

    variants: list[tuple[str, Callable[[], Any]]] = [
        (BULK, lambda: ct.evaluate(ct.from_json(text, ct.Cohort))),
        (EXPLAIN, lambda: ct.evaluate(ct.from_json(text, ct.Cohort), explain=True)),
        (FLOOR, lambda: orjson.loads(text)),
    ]
    return time_variants(group, len(cohort.trainees), variants, rounds=rounds, check=check)


def run(sizes: Sequence[int] = SIZES, rounds: int = ROUNDS) -> list[TimedRow]:
    """Rows of the groups ``user path`` (varied cohort) and ``user path, best case``."""
    rows: list[TimedRow] = []
    for n in sizes:
        rows += _group(GROUP, varied_cohort(n), rounds)
        rows += _group(BEST_CASE, repetitive_cohort(n), rounds)
    return rows
