"""Rule values in JSON: ints, booleans, strings and lists as themselves, exact numbers tagged.

A parameter or evidence value may be an int, bool, str, ``Fraction``,
``Decimal``, ``date``, tuple of strings (parameters) or ``None``
(evidence). JSON has no type for the exact ones, and ``"1/7"`` alone would
be read back as a string, so they are written as a one-key object naming
the type: ``{"fraction": "1/7"}``, ``{"decimal": "85.5"}``,
``{"date": "2016-03-01"}``. Everything else is plain JSON: ``90``,
``true``, ``"village"``, ``["a", "b"]``, ``null``.

Pairs (``Check.params``, ``Finding.evidence``, ``Policy.severities``) are
written as JSON objects in their stored order: ``{"max_share": {"fraction": "1/7"}}``.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from cadretrain.serialization.errors import Collector, Refused, shown
from cadretrain.serialization.scalars import read_date, read_decimal, read_fraction

__all__ = [
    "TAGS",
    "dump_value",
    "is_pairs",
    "is_value_union",
    "optional_inner",
    "union_args",
    "value_reader",
]

TAGS: dict[str, type] = {"fraction": Fraction, "decimal": Decimal, "date": dt.date}
"""The tag of each exact type, in the order the schema lists them."""

_READ_TAGGED: dict[str, Callable[[object], object]] = {
    "fraction": read_fraction,
    "decimal": read_decimal,
    "date": read_date,
}
_STRINGS = tuple[str, ...]
_PLAIN = {int, bool, str, _STRINGS, type(None)}


def union_args(tp: object) -> tuple[object, ...]:
    """The members of a ``X | Y`` union, or ``()`` when ``tp`` is not one."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return ()


def optional_inner(tp: object) -> object | None:
    """``X`` when ``tp`` is ``X | None``, else ``None``."""
    args = union_args(tp)
    if len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


def is_value_union(tp: object) -> bool:
    """Whether ``tp`` is a union of rule-value types that needs tags (ParamValue, ...)."""
    args = union_args(tp)
    return (
        len(args) > 2
        and all(a in _PLAIN or a in TAGS.values() for a in args)
        and any(a in TAGS.values() for a in args)
    )


def is_pairs(tp: object) -> bool:
    """Whether ``tp`` is ``tuple[tuple[str, V], ...]`` (written as a JSON object)."""
    if typing.get_origin(tp) is not tuple:
        return False
    args = typing.get_args(tp)
    if len(args) != 2 or args[1] is not Ellipsis:
        return False
    inner = args[0]
    pair = typing.get_args(inner)
    return typing.get_origin(inner) is tuple and len(pair) == 2 and pair[0] is str


def dump_value(value: object) -> object:
    """A rule value as JSON data (exact numbers tagged)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Fraction):
        return {"fraction": str(value)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{value!r} is not a rule value")


def _accepted(args: tuple[object, ...]) -> str:
    names = {int: "an integer", bool: "a boolean", str: "a string", type(None): "null"}
    parts = [names[a] for a in args if a in names]
    if _STRINGS in args:
        parts.append("an array of strings")
    parts += [f'{{"{tag}": ...}}' for tag, cls in TAGS.items() if cls in args]
    return ", ".join(parts)


def value_reader(tp: object, *, detailed: bool) -> Callable[[object, Any], object]:
    """A reader for the union ``tp`` of rule values (see the module docstring)."""
    args = union_args(tp)
    plain = {a for a in args if a in (int, bool, str, type(None))}
    strings = _STRINGS in args
    tags = {tag: _READ_TAGGED[tag] for tag, cls in TAGS.items() if cls in args}
    expected = f"is not a rule value (expected {_accepted(args)})"

    def read(value: object, _type: object = tp) -> object:
        kind = type(value)
        if kind in plain:
            return value
        if kind is list and strings:
            return _strings(value, detailed)  # type: ignore[arg-type]
        if kind is dict and len(value) == 1:  # type: ignore[arg-type]
            ((tag, inner),) = value.items()  # type: ignore[attr-defined]
            reader = tags.get(tag)
            if reader is not None:
                collector = Collector(detailed, tuple)
                result = collector.item(tag, lambda: reader(inner))
                collector.done(items=True)
                return result
        raise Refused(f"{shown(value)} {expected}", value)

    return read


def _strings(values: list[object], detailed: bool) -> tuple[str, ...]:
    collector = Collector(detailed, tuple)
    for index, item in enumerate(values):
        if type(item) is not str:
            collector.item(index, lambda item=item: _refuse_str(item))  # type: ignore[misc]
    collector.done(items=True)
    return tuple(values)  # type: ignore[arg-type]


def _refuse_str(value: object) -> None:
    raise Refused(f"{shown(value)} is not a string", value)
