"""JSON figures on the varied cohort: load and round trip, per trainee, against the references.

Variants: cadretrain (``ct.from_json``, ``ct.to_json``), msgspec Structs
declared ``gc=False`` and as by default, pydantic v2 models, and orjson on
plain dicts (:mod:`._reference`). Before timing, every variant's JSON is
loaded back by ``ct.from_json`` and must give the very cohort it came from,
its own load must give back its input, and cadretrain's and msgspec's texts
must be byte-identical. The collector is left as the caller set it, for
every variant alike.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import msgspec
import orjson

import cadretrain as ct

from ._data import varied_cohort
from ._harness import ROUNDS, TimedRow, Variant, time_variants
from ._reference import MsgCohort, MsgCohortNoGC, PydCohort, msgspec_cohort, pydantic_cohort

__all__ = [
    "CADRETRAIN",
    "LOAD",
    "MSGSPEC",
    "MSGSPEC_NO_GC",
    "ORJSON",
    "PYDANTIC",
    "ROUND_TRIP",
    "SIZES",
    "run",
]

SIZES = (1_000, 10_000, 100_000)
LOAD = "json load"
ROUND_TRIP = "json round trip"
CADRETRAIN = "cadretrain"
MSGSPEC_NO_GC = "msgspec gc=False"
MSGSPEC = "msgspec"
PYDANTIC = "pydantic v2"
ORJSON = "orjson (dicts)"


def variants(
    cohort: ct.Cohort,
) -> dict[str, tuple[Any, Callable[[Any], Any], Callable[[Any], Any]]]:
    """Each variant's object, its writer and its reader."""
    encoder = msgspec.json.Encoder()
    return {
        CADRETRAIN: (cohort, ct.to_json, functools.partial(ct.from_json, cls=ct.Cohort)),
        MSGSPEC_NO_GC: (
            msgspec_cohort(cohort, gc=False),
            encoder.encode,
            msgspec.json.Decoder(MsgCohortNoGC).decode,
        ),
        MSGSPEC: (msgspec_cohort(cohort), encoder.encode, msgspec.json.Decoder(MsgCohort).decode),
        PYDANTIC: (
            pydantic_cohort(cohort),
            lambda model: model.model_dump_json(by_alias=True),
            PydCohort.model_validate_json,
        ),
        ORJSON: (orjson.loads(ct.to_json(cohort)), orjson.dumps, orjson.loads),
    }


def _as_cadretrain(obj: Any) -> ct.Cohort:
    """What ``ct.from_json`` reads from a variant's object written as JSON."""
    if isinstance(obj, PydCohort):
        text: str | bytes = obj.model_dump_json(by_alias=True, exclude_none=True)
    elif isinstance(obj, ct.Cohort):
        text = ct.to_json(obj)
    elif isinstance(obj, dict):
        text = orjson.dumps(obj)
    else:
        text = msgspec.json.encode(obj)
    return ct.from_json(text, ct.Cohort)


def run(sizes: Sequence[int] = SIZES, rounds: int = ROUNDS) -> list[TimedRow]:
    """Rows of the groups ``json load`` and ``json round trip`` at each size."""
    rows: list[TimedRow] = []
    for n in sizes:
        cohort = varied_cohort(n)
        chosen = variants(cohort)
        texts = {name: write(obj) for name, (obj, write, _read) in chosen.items()}
        if not str(texts[CADRETRAIN]).encode() == texts[MSGSPEC] == texts[MSGSPEC_NO_GC]:
            raise AssertionError("cadretrain's and msgspec's JSON are not byte-identical")

        def check(name: str, result: Any, chosen: Any = chosen, cohort: ct.Cohort = cohort) -> None:
            if result != chosen[name][0]:
                raise AssertionError(f"{name}: reading its JSON does not give back its input")
            if _as_cadretrain(result) != cohort:
                raise AssertionError(f"{name}: its JSON does not load as the benchmark cohort")

        loads: list[Variant] = [
            (name, functools.partial(read, texts[name])) for name, (_o, _w, read) in chosen.items()
        ]
        round_trips: list[Variant] = [
            (name, functools.partial(_round_trip, obj, write, read))
            for name, (obj, write, read) in chosen.items()
        ]
        rows += time_variants(LOAD, n, loads, check=check, rounds=rounds)
        rows += time_variants(ROUND_TRIP, n, round_trips, check=check, rounds=rounds)
    return rows


def _round_trip(obj: Any, write: Callable[[Any], Any], read: Callable[[Any], Any]) -> Any:
    return read(write(obj))
