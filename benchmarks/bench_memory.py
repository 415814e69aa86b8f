"""Memory: bytes per trainee held by the varied cohort loaded from JSON, measured with tracemalloc.

The same text, as UTF-8 bytes, is read by ``ct.from_json``, by msgspec Structs (declared
``gc=False`` and not), by pydantic v2 and by ``orjson.loads`` (plain dicts
and lists); each load is measured alone, what it allocated and still holds
once it has returned. Nothing is timed.
"""

from __future__ import annotations

import functools
import gc
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any, TypedDict

import msgspec
import orjson

import cadretrain as ct

from . import bench_json
from ._data import varied_cohort
from ._reference import MsgCohort, MsgCohortNoGC, PydCohort

__all__ = ["GROUP", "SIZES", "MemoryRow", "run"]

GROUP = "memory"
SIZES = (10_000, 100_000)


class MemoryRow(TypedDict):
    """Bytes held per trainee by what ``variant`` loaded from a cohort of ``n`` trainees."""

    group: str
    variant: str
    n: int
    bytes_per_trainee: float


def _held(load: Callable[[], Any]) -> tuple[Any, int]:
    """What ``load`` returns, and the bytes still allocated for it once it has returned.

    Collections before and after (never during a timing: nothing here is
    timed) leave only what the result holds.
    """
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = load()
        gc.collect()
        return result, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def run(sizes: Sequence[int] = SIZES, rounds: int = 1) -> list[MemoryRow]:
    """Rows of the group ``memory`` at each size (one measurement each: ``rounds`` is not used)."""
    rows: list[MemoryRow] = []
    for n in sizes:
        # bytes, not str: the first reader of a non-ASCII str would be charged for the
        # UTF-8 copy CPython then keeps inside the str (as large as the text itself)
        text = ct.to_json(varied_cohort(n)).encode()
        loads: dict[str, Callable[[], Any]] = {
            bench_json.CADRETRAIN: functools.partial(ct.from_json, text, ct.Cohort),
            bench_json.MSGSPEC_NO_GC: functools.partial(
                msgspec.json.decode, text, type=MsgCohortNoGC
            ),
            bench_json.MSGSPEC: functools.partial(msgspec.json.decode, text, type=MsgCohort),
            bench_json.PYDANTIC: functools.partial(PydCohort.model_validate_json, text),
            bench_json.ORJSON: functools.partial(orjson.loads, text),
        }
        for name, load in loads.items():
            loaded, held = _held(load)
            if len(loaded["trainees"] if isinstance(loaded, dict) else loaded.trainees) != n:
                raise AssertionError(f"{name}: the loaded cohort has the wrong number of trainees")
            del loaded
            rows.append({"group": GROUP, "variant": name, "n": n, "bytes_per_trainee": held / n})
    return rows
