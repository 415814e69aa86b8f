"""Fuzzing (issue 35): nothing but ``CadretrainError`` escapes, from loading to judging.

A fixed seed (``random.Random(35)``) mutates documents derived from the
seed programmes (their programmes, cohorts cut to a few trainees, postings
and training records) and from generated cohorts (the benchmarks' varied
cohort at a few seeds): as JSON text through ``ct.from_json`` and as dicts
through ``ct.from_dict``. Whatever loads is judged as a records system
would: ``ct.check``, ``ct.evaluate``, ``ct.check_record``,
``ct.check_posting`` and ``ct.to_json``. Any other exception fails the
test with the document that raised it. The mutations include the cases of
issue 35: huge and negative minutes, far-future dates and ``due_days``,
starts with a UTC offset, non-string and mixed unknown keys, 5,000-digit
integers, a megabyte-long id, a byte-order mark, out-of-range scores.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import random
from collections.abc import Callable
from typing import Any

from benchmarks._data import varied_cohort

import cadretrain as ct
from cadretrain.errors import CadretrainError

from .json_paths import at, paths

DOCUMENTS = 10_000
SEED = 35
Path = tuple[Any, ...]
KEPT_TRAINEES = 4

# Values a records system hands over: the cases, and the usual suspects.
ODD_VALUES: tuple[Any, ...] = (
    10**10,
    -(10**10),
    "<huge>",  # 10**5000 and its negative: beyond the 4,300 digits Python writes as text
    "<-huge>",
    2**63,
    -1,
    0,
    150,
    "150",
    "-0.00001",
    "9999-12-31",
    "0001-01-01",
    "2019-02-29",
    "08:30+08:00",
    "08:30Z",
    "23:59",
    "1/0",
    "",
    None,
    True,
    1e308,
    [],
    {},
)
ODD_KEYS: tuple[Any, ...] = (1, None, 2.5, (1, 2), b"x", "zz", "", "__proto__")
# Values that keep a document loadable more often: the far-future and edge cases judged later.
TARGETED: dict[str, tuple[Any, ...]] = {
    "end": ("9999-12-31", "9999-12-30"),
    "start": ("9999-12-30", "08:30+08:00", "23:59", "00:00"),
    "on": ("9999-12-31",),
    "due_days": (10**10, 2**63 - 1, 2**63),
    "due_months": (10**6, 12 * 8000),
    "minutes": (1, 100_000, 10**10),
    "value": ("150", "-5", "999999.9999", "0"),
    "pass_mark": ("150", "0"),
    "decided_on": ("9999-12-31", "0001-01-01"),
}


def _odd(rng: random.Random) -> Any:
    """One of :data:`ODD_VALUES`, a fresh copy (a later change may add a key to it)."""
    return copy.deepcopy(rng.choice(ODD_VALUES))


HUGE = {"<huge>": 10**5000, "<-huge>": -(10**5000)}


def _real(node: Any) -> Any:
    """``node`` with the huge-number markers replaced by the numbers (for a dict document)."""
    if isinstance(node, dict):
        return {key: _real(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_real(value) for value in node]
    return HUGE.get(node, node) if isinstance(node, str) else node


def _cut(data: dict[str, Any]) -> dict[str, Any]:
    """A cohort's document cut to its first few trainees and what refers to them."""
    kept = [t["id"] for t in data["trainees"][:KEPT_TRAINEES]]
    cut = dict(data, trainees=data["trainees"][:KEPT_TRAINEES])
    for key in ("attendance", "leave", "submissions", "scores", "overrides", "responses"):
        if key in cut:
            cut[key] = [item for item in cut[key] if item.get("trainee") in kept]
    if "speakers" in cut:
        cut["speakers"] = [s for s in cut["speakers"] if s in kept]
    if "study_groups" in cut:
        groups = [
            dict(g, members=[m for m in g["members"] if m in kept]) for g in cut["study_groups"]
        ]
        cut["study_groups"] = [
            g for g in groups if g["members"] and g.get("leader") in g["members"]
        ]
    return cut


def _bases() -> list[tuple[type, dict[str, Any]]]:
    bases: list[tuple[type, dict[str, Any]]] = []
    for build in ct.examples.ALL.values():
        seed = build()
        bases.append((ct.Programme, json.loads(ct.to_json(seed.programme))))
        for cohort in seed.cohorts[:2]:
            cut = _cut(json.loads(ct.to_json(cohort)))
            ct.from_dict(cut, ct.Cohort)  # the cut is itself a valid cohort
            bases.append((ct.Cohort, cut))
        bases += [(ct.Posting, json.loads(ct.to_json(p))) for p in seed.postings[:2]]
        bases += [(ct.TrainingRecord, json.loads(ct.to_json(r))) for r in seed.records[:2]]
    for seed_number in range(3):
        generated = varied_cohort(KEPT_TRAINEES, seed=seed_number, cohort_id=f"fuzz-{seed_number}")
        bases.append((ct.Cohort, json.loads(ct.to_json(generated))))
    return bases


def _mutated(rng: random.Random, base: dict[str, Any], paths: list[Path]) -> dict[str, Any]:
    """``base`` with one to three changes at random places (a deep copy)."""
    data: dict[str, Any] = json.loads(json.dumps(base))
    targeted = [p for p in paths if p and p[-1] in TARGETED]
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if targeted and rng.random() < 0.4:
            path = rng.choice(targeted)
            with contextlib.suppress(KeyError, IndexError, TypeError):  # reshaped earlier
                at(data, path[:-1])[path[-1]] = rng.choice(TARGETED[path[-1]])
            continue
        path = rng.choice(paths[1:])
        try:
            parent: Any = at(data, path[:-1])
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed it
        last = path[-1]
        in_list = isinstance(parent, list) and isinstance(last, int) and last < len(parent)
        if not (isinstance(parent, dict) or in_list):
            continue  # an earlier change reshaped it
        kind = rng.randrange(8)
        if kind == 0 and isinstance(parent, dict):
            parent.pop(last, None)
        elif kind == 1 and isinstance(parent, dict):
            parent[rng.choice(ODD_KEYS[5:])] = _odd(rng)
        elif kind == 2 and in_list:
            parent.append(parent[last])
        elif kind == 3:
            parent[last] = rng.choice(
                ["nobody", "s-404", "M99", "x" * 1_000_000 if rng.random() < 0.01 else "x"]
            )
        else:
            parent[last] = _odd(rng)
    return data


def _as_text(rng: random.Random, data: dict[str, Any]) -> str | bytes:
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    text = text.replace('"<huge>"', "1" + "0" * 5000).replace('"<-huge>"', "-1" + "0" * 5000)
    kind = rng.randrange(12)
    if kind == 0:
        return "\ufeff" + text
    if kind == 1:
        return text[: rng.randrange(len(text))]
    if kind == 2:
        return text.encode("utf-8")
    if kind == 3 and '"id"' in text:
        return text.replace('"id"', '"id": "x", "id"', 1)  # a repeated key
    return text


def _oddly_keyed(rng: random.Random, data: dict[str, Any]) -> dict[Any, Any]:
    """A dict as YAML or msgpack give: a non-string key somewhere."""
    dicts = [p for p in paths(data) if isinstance(at(data, p), dict)]
    target: dict[Any, Any] = at(data, rng.choice(dicts))
    target[rng.choice(ODD_KEYS)] = _odd(rng)
    return data


def _judge(obj: object) -> None:
    """Judge ``obj`` as a records system would; only ``CadretrainError`` may escape each call."""
    calls: list[Callable[[], object]] = []
    if isinstance(obj, ct.Cohort):
        calls = [lambda: ct.check(obj), lambda: ct.evaluate(obj), lambda: ct.check(obj.programme)]
    elif isinstance(obj, ct.Programme):
        calls = [lambda: ct.check(obj)]
    elif isinstance(obj, ct.TrainingRecord):
        calls = [lambda: ct.check_record(obj, dt.date(2020, 6, 30))]
    elif isinstance(obj, ct.Posting):
        calls = [
            lambda: ct.check_posting(obj, obj.start),
            lambda: ct.check_posting(obj, dt.date.max),
        ]
    calls.append(lambda: ct.to_json(obj))
    for call in calls:
        with contextlib.suppress(CadretrainError):
            call()


def test_ten_thousand_mutated_documents_raise_nothing_but_cadretrain_errors() -> None:
    rng = random.Random(SEED)
    bases = _bases()
    places = {id(base): list(paths(base)) for _cls, base in bases}
    loaded = refused = 0
    for number in range(DOCUMENTS):
        cls, base = bases[rng.randrange(len(bases))]
        data = _mutated(rng, base, places[id(base)])
        as_dict = number % 3 == 0
        document: Any = (
            _real(_oddly_keyed(rng, data) if rng.random() < 0.3 else data)
            if as_dict
            else _as_text(rng, data)
        )
        try:
            obj: object = ct.from_dict(document, cls) if as_dict else ct.from_json(document, cls)
        except CadretrainError:
            refused += 1
            continue
        except Exception as error:
            raise AssertionError(
                f"{type(error).__name__} loading {str(document)[:2000]}"
            ) from error
        loaded += 1
        try:
            _judge(obj)
        except Exception as error:
            raise AssertionError(
                f"{type(error).__name__} judging {str(document)[:2000]}"
            ) from error
    assert loaded + refused == DOCUMENTS
    assert loaded > DOCUMENTS // 10
    assert refused > DOCUMENTS // 10
