"""JSON figures: round trip, load and dump of a cohort, per trainee, against the references.

Variants: cadretrain (``ct.to_json``/``ct.from_json``), msgspec Structs,
pydantic v2 models and orjson on plain dicts (:mod:`._reference`). Before timing,
every variant's JSON is loaded back by ``ct.from_json`` and must give the
very cohort it came from, and its own round trip must give back its input.
Each timed sample handles the harness's default number of trainees
(:data:`._harness.SAMPLE_TRAINEES`) in at least :data:`SAMPLE_CALLS`
calls: 20 calls at 1k, 5 at 10k, 2 at 100k. So the collector's full
collections, which come every few hundred thousand allocations, are
counted in every sample for the variants that leave it on (see
:mod:`._harness`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import msgspec
import orjson

import cadretrain as ct

from ._data import make_cohort
from ._harness import MIN_ROUNDS, Row, Variant, time_variants
from ._reference import PydCohort, msgspec_cohort, plain_cohort, pydantic_cohort

__all__ = [
    "DEFAULT",
    "MSGSPEC",
    "ORJSON",
    "PYDANTIC",
    "SAMPLE_CALLS",
    "SIZES",
    "run",
]

SIZES = (1_000, 10_000, 100_000)
SAMPLE_CALLS = 2
"""Calls in one timed sample, at least: at 100k one call holds a full collection only now and then.

Why, with the figures that showed it: ``docs/json.md``.
"""
DEFAULT = "cadretrain default"
MSGSPEC = "msgspec Structs"
PYDANTIC = "pydantic v2"
ORJSON = "orjson dicts"


def _variants(cohort: ct.Cohort) -> dict[str, tuple[Any, Callable[[Any], bytes | str], Any]]:
    """Each variant's object, its writer and its reader."""
    encoder = msgspec.json.Encoder()
    decoder = msgspec.json.Decoder(type(msgspec_cohort(cohort)))
    return {
        DEFAULT: (cohort, ct.to_json, lambda text: ct.from_json(text, ct.Cohort)),
        MSGSPEC: (msgspec_cohort(cohort), encoder.encode, decoder.decode),
        PYDANTIC: (
            pydantic_cohort(cohort),
            lambda model: model.model_dump_json(by_alias=True),
            PydCohort.model_validate_json,
        ),
        ORJSON: (plain_cohort(cohort), orjson.dumps, orjson.loads),
    }


def _same_cohort(cohort: ct.Cohort, name: str, obj: Any) -> None:
    """The variant's JSON loads in cadretrain as the cohort itself; its round trip is exact."""
    if isinstance(obj, PydCohort):
        text: str | bytes = obj.model_dump_json(by_alias=True, exclude_none=True)
    elif isinstance(obj, ct.Cohort):
        text = ct.to_json(obj)
    elif isinstance(obj, dict):
        text = orjson.dumps(obj)
    else:
        text = msgspec.json.encode(obj)
    if ct.from_json(text, ct.Cohort) != cohort:
        raise AssertionError(f"{name}: its JSON does not load as the benchmark cohort")


def _round_trip(
    obj: Any, write: Callable[[Any], Any], read: Callable[[Any], Any]
) -> Callable[[], Any]:
    return lambda: read(write(obj))


def run(sizes: Sequence[int] = SIZES, rounds: int = MIN_ROUNDS) -> list[Row]:
    """Rows for the groups ``json round trip``, ``json load`` and ``json dump`` at each size."""
    rows: list[Row] = []
    for n in sizes:
        cohort = make_cohort(n)
        variants = _variants(cohort)
        texts = {name: write(obj) for name, (obj, write, _read) in variants.items()}

        def check_load(name: str, result: Any, variants: Any = variants) -> None:
            if result != variants[name][0]:
                raise AssertionError(f"{name}: reading its JSON does not give back its input")

        def check_round_trip(name: str, result: Any, cohort: ct.Cohort = cohort) -> None:
            check_load(name, result)
            _same_cohort(cohort, name, result)

        def check_dump(name: str, result: Any, texts: Any = texts) -> None:
            if result != texts[name]:
                raise AssertionError(f"{name}: writing is not deterministic")

        round_trips: list[Variant] = [
            (name, _round_trip(obj, write, read)) for name, (obj, write, read) in variants.items()
        ]
        loads: list[Variant] = [
            (name, functools.partial(read, texts[name]))
            for name, (_obj, _write, read) in variants.items()
        ]
        dumps: list[Variant] = [
            (name, functools.partial(write, obj)) for name, (obj, write, _read) in variants.items()
        ]
        if str(texts[DEFAULT]).encode() != texts[MSGSPEC]:
            raise AssertionError("cadretrain and msgspec JSON are not byte-identical")
        timing = {"rounds": rounds, "min_calls": SAMPLE_CALLS}
        rows += time_variants("json round trip", n, round_trips, check=check_round_trip, **timing)
        rows += time_variants("json load", n, loads, check=check_load, **timing)
        rows += time_variants("json dump", n, dumps, check=check_dump, **timing)
    return rows
