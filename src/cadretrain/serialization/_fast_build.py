"""Build attrs objects from msgspec's mirror Structs a column at a time, checking every invariant.

What a class's ``__init__`` does for one object, this does for the
objects of one class in a document, :data:`CHUNK` at a time: each field is
set (its default, or its factory with the object so far, when the key was
left out), every field's validator runs, then ``__attrs_post_init__``.
The loops run in C (``map`` over slot setters, dict lookups, validators and
post-init hooks), so no Python frame is spent per field. Validators always
run (should a caller turn attrs' validators off, a document refused here
is read by the default path, which honours that).

A validator of the model's own (:mod:`cadretrain.model._validators`) judges
the value alone, so one verdict holds for every equal value, and it runs
once per distinct value in a load, by the very function the constructor
calls: a str, int, bool or date field (or a tuple of them) looks each value
up among those already accepted, checking only new ones (a trainee id that
20 attendance records and 5 scores repeat is checked once); an enum field
holds only members msgspec read, so its validator checks every member of
the enum once per load; a decimal, fraction or time is parsed and checked
once per distinct text (``85.0`` and ``85.00`` stay apart). Any other
validator runs once per object, as the constructor would run it. Equal
strings, dates and decimals read in one load become one object. Any failure
raises; the caller then reads the document with the default path, which
reports every problem.
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

__all__ = ["CHUNK", "Memo", "build", "flat", "in_chunks", "present", "regroup"]


@attrs.define
class Memo:
    """What one load has seen: the values each pure validator accepted, and the strings read."""

    accepted: dict[tuple[object, object], dict[Any, Any]] = attrs.Factory(dict)
    """By (validator, field type): each value it accepted, and the one object kept for it."""
    accepted_ids: dict[tuple[object, object], set[int]] = attrs.Factory(dict)
    """By (validator, enum field type): the ids of the members it accepted."""
    every_member: dict[tuple[object, object], bool] = attrs.Factory(dict)
    """By (validator, enum field type): whether it accepts every value msgspec can read."""
    parsed: dict[tuple[object, object], dict[Any, Any]] = attrs.Factory(dict)
    """By (validator, field type) of a parsed field: each text read, and the value it accepted."""
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
    return in_chunks(lambda chunk: _build(plan, chunk, memo), structs)


def in_chunks(work: Callable[[Sequence[Any]], list[Any]], items: Sequence[Any]) -> list[Any]:
    """``work`` done on ``CHUNK`` items at a time, its results joined.

    Every pass over a column then stays in the CPU's cache: over a cohort's
    million attendance records, one pass per field would not.
    """
    if len(items) <= CHUNK:
        return work(items)
    chunks = (work(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK))
    return list(chain.from_iterable(chunks))


def _build(plan: ClassPlan, structs: Sequence[Any], memo: Memo) -> list[Any]:
    objects: list[Any] = list(map(_new, repeat(plan.cls, len(structs))))
    unchecked = []
    for field in plan.fields:
        column, checked = _column(field, objects, structs, memo)
        _run(map(field.set, objects, column))
        if not checked:
            unchecked.append((field, column))
    for field, column in unchecked:
        _validate(field, objects, column, memo)
    if plan.post_init is not None:
        _run(map(plan.post_init, objects))
    return objects


def _column(
    field: FieldPlan, objects: list[Any], structs: Sequence[Any], memo: Memo
) -> tuple[Sequence[Any], bool]:
    """The field's values for ``objects``, and whether its validator has judged them already."""
    if not field.fills_default and field.memo_key is not None and field.singletons is None:
        return _accepted(field, structs, memo), True  # read, shared and checked in one pass
    if not field.fills_default and field.parse_key is not None:
        return _parsed(field, structs, memo), True  # parsed and checked once per distinct text
    values = field.column(structs)
    if not field.fills_default and field.memo_key is not None and _every_member(field, memo):
        return values, True  # members msgspec read, each accepted already
    from msgspec import UNSET

    column = _read(field.shape, values, memo)
    if field.text:  # one object per distinct string: less memory, fewer objects to free
        column = list(map(memo.strings.setdefault, column, column))
    if field.fills_default and any(map(is_, column, repeat(UNSET))):
        column = _defaults(field, objects, column, UNSET)
    return column, False


def _every_member(field: FieldPlan, memo: Memo) -> bool:
    """Whether the field's validator accepts every value msgspec can read for it.

    An enum field holds only members of its enum (or ``None``, when
    optional), so checking them all once per load checks every value,
    however many objects hold it.
    """
    key = field.memo_key
    if key is None:
        return False
    if key not in memo.every_member:
        validator = field.attribute.validator
        assert validator is not None
        assert field.singletons is not None
        try:
            for value in field.singletons:
                validator(None, field.attribute, value)
        except Exception:
            memo.every_member[key] = False  # some member refused: check the values read
        else:
            memo.every_member[key] = True
    return memo.every_member[key]


def _accepted(field: FieldPlan, structs: Sequence[Any], memo: Memo) -> list[Any]:
    """The values of a memoised field, each checked once per load, equal strings one object."""
    assert field.memo_key is not None
    known = memo.accepted.setdefault(field.memo_key, {})
    try:
        return field.looked_up(structs, known)
    except KeyError:  # values not seen yet in this load: check them once each
        pass
    values = field.column(structs)
    validator = field.attribute.validator
    assert validator is not None
    share = memo.strings.setdefault
    for value in set(values).difference(known):
        validator(None, field.attribute, value)  # the model's validators judge the value alone
        known[value] = share(value, value) if field.text else value
    return list(map(known.__getitem__, values))


def _parsed(field: FieldPlan, structs: Sequence[Any], memo: Memo) -> list[Any]:
    """The values of a field written as text, each text parsed and checked once per load."""
    assert field.parse_key is not None
    known = memo.parsed.setdefault(field.parse_key, {})
    try:
        return field.looked_up(structs, known)
    except KeyError:
        pass
    values = field.column(structs)
    validator = field.attribute.validator
    assert validator is not None
    shape = field.shape.inner if isinstance(field.shape, Optional) else field.shape
    assert isinstance(shape, AsText)
    for text in set(values).difference(known):
        value = None if text is None else shape.read(text)
        validator(None, field.attribute, value)
        known[text] = value
    return list(map(known.__getitem__, values))


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
    if field.singletons is not None:  # members: equal only when identical; hashing one runs Python
        accepted_ids = memo.accepted_ids.setdefault(field.memo_key, set())
        if accepted_ids.issuperset(map(id, column)):
            return
        for value in dict(zip(map(id, column), column, strict=True)).values():
            if id(value) not in accepted_ids:
                validator(None, field.attribute, value)
                accepted_ids.add(id(value))
        return
    known = memo.accepted.setdefault(field.memo_key, {})
    for value in set(column).difference(known):
        validator(None, field.attribute, value)
        known[value] = value


def _read(shape: Shape, column: Sequence[Any], memo: Memo) -> Sequence[Any]:
    """``column`` of mirrored values as the attrs values (``UNSET`` and ``None`` kept)."""
    if _read_as_is(shape):
        return column
    if isinstance(shape, AsText):
        from msgspec import UNSET

        parsed: dict[Any, Any] = {UNSET: UNSET, None: None}
        for text in set(column).difference(parsed):
            parsed[text] = shape.read(text)
        return list(map(parsed.__getitem__, column))
    if isinstance(shape, Nested):
        return present(column, lambda values: build(shape.plan, values, memo))
    if isinstance(shape, Optional):
        return present(column, lambda values: _read(shape.inner, values, memo))
    assert isinstance(shape, Many)
    return present(column, lambda values: regroup(values, _read(shape.inner, flat(values), memo)))


def _read_as_is(shape: Shape) -> bool:
    """Whether msgspec already gives values of ``shape`` as they are (tuples for arrays)."""
    if isinstance(shape, Optional | Many):
        return _read_as_is(shape.inner)
    return isinstance(shape, AsIs)


def present(column: Sequence[Any], convert: Any) -> Sequence[Any]:
    """``convert`` applied to the values that are neither ``UNSET`` nor ``None``, in place."""
    from msgspec import UNSET

    if not any(map(is_, column, repeat(UNSET))) and not any(map(is_, column, repeat(None))):
        return convert(column)  # type: ignore[no-any-return]
    values = [v for v in column if v is not UNSET and v is not None]
    converted = iter(convert(values))
    return [v if v is UNSET or v is None else next(converted) for v in column]


def flat(groups: Sequence[Any]) -> list[Any]:
    """The items of every group, in order."""
    return list(chain.from_iterable(groups))


def regroup(groups: Sequence[Any], items: Sequence[Any]) -> list[tuple[Any, ...]]:
    """``items`` cut into tuples as long as ``groups``."""
    it = iter(items)
    return [tuple(islice(it, len(group))) for group in groups]
