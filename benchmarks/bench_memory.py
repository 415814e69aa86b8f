"""Memory: bytes per trainee held by a cohort loaded from JSON, measured with tracemalloc.

``ct.from_json`` builds slotted attrs objects and shares equal strings,
dates and decimals read in one load; the reference is the same text read
by ``orjson.loads`` into plain dicts and lists.
"""

from __future__ import annotations

import functools
import gc
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any, TypedDict

import orjson

import cadretrain as ct

from ._data import make_cohort

__all__ = ["SIZES", "MemoryRow", "run"]

SIZES = (10_000, 100_000)


class MemoryRow(TypedDict):
    """Bytes held per trainee by what ``variant`` loaded from a cohort of ``n`` trainees."""

    group: str
    variant: str
    n: int
    bytes_per_trainee: float


def _held(load: Callable[[], Any]) -> tuple[Any, int]:
    """What ``load`` returns, and the bytes still allocated for it once it has returned."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = load()
        gc.collect()
        return result, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def run(sizes: Sequence[int] = SIZES) -> list[MemoryRow]:
    """Rows for the group ``memory`` at each size."""
    rows: list[MemoryRow] = []
    for n in sizes:
        cohort = make_cohort(n)
        text = ct.to_json(cohort)
        del cohort
        loaded, held = _held(functools.partial(ct.from_json, text, ct.Cohort))
        if len(loaded.trainees) != n:
            raise AssertionError("the loaded cohort has the wrong number of trainees")
        del loaded
        plain, plain_held = _held(functools.partial(orjson.loads, text))
        if len(plain["trainees"]) != n:
            raise AssertionError("the plain dicts have the wrong number of trainees")
        del plain
        rows.append(
            {"group": "memory", "variant": "cadretrain", "n": n, "bytes_per_trainee": held / n}
        )
        rows.append(
            {
                "group": "memory",
                "variant": "orjson dicts",
                "n": n,
                "bytes_per_trainee": plain_held / n,
            }
        )
    return rows
