"""Robustness: bad documents raise only DocumentError, each problem with a ``$`` path.

The documents are generated deterministically (``random.Random(0)``) from
valid ones: random JSON, keys deleted, values retyped, keys repeated or
added, ids left dangling, huge numbers, deep nesting, truncated text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import pytest

import cadretrain as ct
from cadretrain.serialization import DocumentError, from_json, to_dict

from .json_paths import at, paths
from .samples import cohort, finding, policy, posting, report, trainee, training_record

RUNS = 10_000
Path = tuple[str | int, ...]


def _random_json(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 7, 2**70, -(10**30)])
    if choice == 3:
        return rng.choice([0.5, 1.0, -1e308, 1e-300])
    if choice in (4, 5):
        return rng.choice(
            ["", "x", "1/7", "85.5", "2019-02-30", "08:30", "village", "中文", "t-001"]
        )
    if choice in (6, 7):
        return [_random_json(rng, depth + 1) for _ in range(rng.randrange(3))]
    return {rng.choice("abc"): _random_json(rng, depth + 1) for _ in range(rng.randrange(3))}


def _mutate(rng: random.Random, base: dict[str, Any], paths: list[Path]) -> str:
    data = json.loads(json.dumps(base))
    path = rng.choice(paths[1:])
    parent: Any = at(data, path[:-1])
    last: Any = path[-1]
    kind = rng.randrange(10)
    if kind == 0 and isinstance(parent, dict):
        del parent[last]
    elif kind == 1 and isinstance(parent, dict):
        parent["unknown_" + str(rng.randrange(9))] = _random_json(rng)
    elif kind == 2 and isinstance(parent, dict):
        parent["__repeat__"] = _random_json(rng)
        return json.dumps(data, ensure_ascii=False).replace('"__repeat__"', json.dumps(last), 1)
    elif kind == 3:
        parent[last] = rng.choice(["nobody", "s-404", "M99", "fs-99"])
    elif kind == 4:
        parent[last] = rng.choice([10**400, -(2**64), 2**63, 1e308, 10**4000])
    elif kind == 5:
        depth = rng.choice([50, 300, 2000])
        return json.dumps(data).replace(json.dumps(last), "[" * depth + "1" + "]" * depth, 1)
    elif kind == 6:
        text = json.dumps(data, ensure_ascii=False)
        return text[: rng.randrange(len(text))]
    elif kind == 7 and isinstance(parent, list):
        parent.append(parent[last])
    elif kind == 8:
        return json.dumps(_random_json(rng))
    else:
        parent[last] = _random_json(rng)
    return json.dumps(data, ensure_ascii=False)


BASES: tuple[tuple[type, Callable[[], object]], ...] = (
    (ct.Trainee, trainee),
    (ct.TrainingRecord, training_record),
    (ct.Posting, posting),
    (type(policy()), policy),
    (type(finding()), finding),
    (type(report()), report),
    (ct.Cohort, cohort),
)


def _refusal(text: str, cls: type) -> DocumentError | None:
    """The DocumentError loading ``text`` raises (any other exception fails the test)."""
    try:
        from_json(text, cls)
    except DocumentError as error:
        return error
    return None


def test_ten_thousand_bad_documents_raise_only_document_errors_with_paths() -> None:
    rng = random.Random(0)
    bases = [(cls, to_dict(build())) for cls, build in BASES]
    places = {cls: list(paths(data)) for cls, data in bases}
    refused = 0
    for _ in range(RUNS):
        cls, base = bases[rng.randrange(len(bases))]
        text = _mutate(rng, base, places[cls])
        error = _refusal(text, cls)
        if error is not None:
            refused += 1
            assert error.problems, text
            assert all(p.path.startswith("$") for p in error.problems), text
            assert all(f"  {p.path}" in str(error) for p in error.problems)
    assert refused > RUNS * 0.8


def test_attendance_minutes_too_large_for_the_table_are_refused_with_the_path() -> None:
    # The seeds' full registers carry minutes: a mutated document once let the fast
    # reader's OverflowError escape instead of naming the record.
    cohort = ct.examples.yunnan_2019().cohort
    data = json.loads(ct.to_json(cohort))
    data["attendance"][0]["minutes"] = 2**63
    with pytest.raises(ct.CadretrainError, match=r"attendance\[0\]\.minutes"):
        ct.from_json(json.dumps(data), ct.Cohort)
