"""Build attrs objects from msgspec's mirror Structs a column at a time, checking every invariant.

What a class's ``__init__`` does for one object, this does for the
objects of one class in a document, :data:`CHUNK` at a time, in the same
order: each field is set (its default, or its factory with the object so
far, when the key was left out), then every field's validator runs, then
``__attrs_post_init__``. The loops run in C (``map`` over slot setters,
validators and post-init hooks), so no Python frame is spent per field.
Validators always run (should a caller turn attrs' validators off, a
document refused here is read by the default path, which honours that).

A validator of the model's own (:mod:`cadretrain.model._validators`) judges
the value alone, so each distinct value of a str, int, bool, date or enum
field (or a tuple of them) is checked once per load: a trainee id that 20
attendance records and 5 scores repeat is checked once, by the very
function the constructor calls. Any other validator runs once per object,
as the constructor would run it. Equal strings read in one load become one
object, as on the default path. Any failure raises; the caller then reads
the document with the default path, which reports every problem.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice, repeat
from operator import is_
from typing import Any

import attrs

from cadretrain.serialization._fast_plan import (
    AsIs,
    AsText,
    ClassPlan,
    FieldPlan,
    Many,
    Nested,
    Optional,
    Shape,
)

__all__ = ["CHUNK", "Memo", "build"]


@attrs.define
class Memo:
    """What one load has seen: values each pure validator accepted, and the strings read."""

    accepted: dict[tuple[object, object], set[Any]] = attrs.Factory(dict)
    """By (validator, field type): the values it accepted."""
    strings: dict[str | None, str | None] = attrs.Factory(dict)
    """Each string read, kept once: ids repeat in every record that refers to them."""


_new = object.__new__
CHUNK = 2048
"""Objects built per pass over their columns."""


def _run(calls: Iterable[object]) -> None:
    """Exhaust ``calls`` (a ``map``), in C."""
    deque(calls, maxlen=0)


def build(plan: ClassPlan, structs: Sequence[Any], memo: Memo) -> list[Any]:
    """The ``plan.cls`` objects the mirror ``structs`` describe, validated as ``__init__`` would."""
    return _in_chunks(lambda chunk: _build(plan, chunk, memo), structs)


def _in_chunks(work: Callable[[Sequence[Any]], list[Any]], items: Sequence[Any]) -> list[Any]:
    """``work`` done on ``CHUNK`` items at a time, its results joined.

    Every pass over a column then stays in the CPU's cache: over a cohort's
    million attendance records, one pass per field would not.
    """
    if len(items) <= CHUNK:
        return work(items)
    chunks = (work(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK))
    return list(chain.from_iterable(chunks))


def _build(plan: ClassPlan, structs: Sequence[Any], memo: Memo) -> list[Any]:
    from msgspec import UNSET

    objects: list[Any] = list(map(_new, repeat(plan.cls, len(structs))))
    columns = []
    for field in plan.fields:
        values = list(map(field.get, structs))
        column = _read(field.shape, values, memo)
        if field.text:  # one object per distinct string: less memory, fewer objects to free
            column = list(map(memo.strings.setdefault, column, column))
        if field.fills_default and any(map(is_, column, repeat(UNSET))):
            column = _defaults(field, objects, column, UNSET)
        _run(map(field.set, objects, column))
        columns.append(column)
    for field, column in zip(plan.fields, columns, strict=True):
        _validate(field, objects, column, memo)
    if plan.post_init is not None:
        _run(map(plan.post_init, objects))
    return objects


def _defaults(
    field: FieldPlan, objects: list[Any], column: Sequence[Any], unset: object
) -> list[Any]:
    """``column`` with each left-out value replaced by the field's default, as ``__init__`` does."""
    make = field.factory
    if make is None:
        default = field.attribute.default
        return [default if v is unset else v for v in column]
    # the objects hold the fields before this one, as in __init__
    return [make(o) if v is unset else v for o, v in zip(objects, column, strict=True)]


def _validate(field: FieldPlan, objects: list[Any], column: Sequence[Any], memo: Memo) -> None:
    validator = field.attribute.validator
    if validator is None:
        return
    if field.memo_key is None:
        _run(map(validator, objects, repeat(field.attribute), column))
        return
    accepted = memo.accepted.setdefault(field.memo_key, set())
    if field.singletons:  # enum members: equal means identical, and hashing one runs Python
        column = list(dict(zip(map(id, column), column, strict=True)).values())
    if accepted.issuperset(column):
        return
    for value in set(column).difference(accepted):
        validator(None, field.attribute, value)  # the model's validators judge the value alone
        accepted.add(value)


def _read(shape: Shape, column: Sequence[Any], memo: Memo) -> Sequence[Any]:
    """``column`` of mirrored values as the attrs values (``UNSET`` and ``None`` kept)."""
    if isinstance(shape, AsIs):
        return column
    if isinstance(shape, AsText):
        from msgspec import UNSET

        parsed: dict[Any, Any] = {UNSET: UNSET, None: None}
        for text in set(column).difference(parsed):
            parsed[text] = shape.read(text)
        return list(map(parsed.__getitem__, column))
    if isinstance(shape, Nested):
        return _present(column, lambda values: build(shape.plan, values, memo))
    if isinstance(shape, Optional):
        return _present(column, lambda values: _read(shape.inner, values, memo))
    assert isinstance(shape, Many)
    if isinstance(shape.inner, AsIs):
        return column  # msgspec already gives tuples
    return _present(
        column, lambda values: _regroup(values, _read(shape.inner, _flat(values), memo))
    )


def _present(column: Sequence[Any], convert: Any) -> Sequence[Any]:
    """``convert`` applied to the values that are neither ``UNSET`` nor ``None``, in place."""
    from msgspec import UNSET

    if not any(map(is_, column, repeat(UNSET))) and not any(map(is_, column, repeat(None))):
        return convert(column)  # type: ignore[no-any-return]
    values = [v for v in column if v is not UNSET and v is not None]
    converted = iter(convert(values))
    return [v if v is UNSET or v is None else next(converted) for v in column]


def _flat(groups: Sequence[Any]) -> list[Any]:
    """The items of every group, in order."""
    return list(chain.from_iterable(groups))


def _regroup(groups: Sequence[Any], items: Sequence[Any]) -> list[tuple[Any, ...]]:
    """``items`` cut into tuples as long as ``groups``."""
    it = iter(items)
    return [tuple(islice(it, len(group))) for group in groups]
