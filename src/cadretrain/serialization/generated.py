"""Straight-line reader and writer functions generated per attrs class, for the fast converter.

cattrs' generated functions call a hook for every field, even a string.
For the fast path (``detailed=False``) this module generates, once per
class, a function that checks strings, ints and booleans inline with the
same tests as :mod:`.scalars` (``type(x) is str``), looks enum members up
in a dict, reuses equal dates, decimals and strings already read (ids
repeat in every record referring to them),
and calls a hook only for nested values. The objects are still built by
the class's own constructor, so every validator and cross-check runs.

Any failure here raises; the caller then reads the document again with the
detailed converter, which reports every problem. So these functions need
only be at least as strict as the hooks they replace, never as eloquent.
Classes with attrs ``converter=`` fields or ``init=False`` fields are left
to cattrs.
"""

from __future__ import annotations

import datetime as dt
import linecache
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
from cattrs import Converter

from cadretrain.model._labelled import LabelledEnum
from cadretrain.serialization.scalars import dump_time, read_date, read_decimal
from cadretrain.serialization.values import optional_inner

__all__ = [
    "forget_strings",
    "object_reader",
    "object_writer",
    "supports",
]

Hook = Callable[..., Any]

_CACHE_LIMIT = 4096
_PLAIN = (str, int, bool)


def supports(cls: type) -> bool:
    """Whether the generated functions can read and write ``cls`` (plain init, no converters)."""
    if not attrs.has(cls):
        return False
    return all(
        field.init and field.converter is None and field.alias == field.name
        for field in attrs.fields(cls)
    )


def _cached(read: Callable[[object], Any]) -> Callable[[object], Any]:
    """``read`` remembering up to ``_CACHE_LIMIT`` results by their (string) input.

    Only immutable results (dates, decimals) are cached: equal inputs then
    share one object, which saves time and memory on large documents.
    """
    cache: dict[str, Any] = {}

    def get(value: object) -> Any:
        try:
            return cache[value]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        result = read(value)
        if len(cache) < _CACHE_LIMIT:
            cache[value] = result  # type: ignore[index]  # read() accepted only a str
        return result

    return get


_STRINGS: dict[str, str] = {}
"""Strings read during the current load, each kept once (see :func:`forget_strings`).

The one piece of module-level state in the core, kept deliberately: sharing
an equal string never changes a value, so loads running at the same time in
threads stay correct; at worst one load's end makes another share less.
"""


def forget_strings() -> None:
    """Drop the strings shared during a load; called when each load ends.

    Equal strings read in one load (ids in every record referring to them,
    repeated names and units) are then one object each, without keeping
    anything alive after the load.
    """
    _STRINGS.clear()


_read_date = _cached(read_date)
_read_decimal = _cached(read_decimal)
_CACHED: dict[object, Callable[[object], Any]] = {dt.date: _read_date, Decimal: _read_decimal}


def _compile(name: str, source: str, namespace: dict[str, Any]) -> Hook:
    filename = f"<cadretrain generated {name}>"
    exec(compile(source, filename, "exec"), namespace)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace[name]  # type: ignore[no-any-return]


class _Reader:
    """Builds the source of one class's reader, a field at a time."""

    def __init__(self, cls: type, converter: Converter) -> None:
        self.converter = converter
        self.ns: dict[str, Any] = {"__cl": cls, "__share": _STRINGS.setdefault}
        self.lines: list[str] = []

    def convert(self, var: str, tp: Any, indent: str) -> None:
        """Lines turning JSON value ``var`` into a ``tp`` in place, or raising."""
        put = self.lines.append
        if tp in _PLAIN:
            put(f"{indent}if type({var}) is not {tp.__name__}: raise TypeError({var!r})")
            if tp is str:  # ids repeat in every reference to them, names and units often
                put(f"{indent}{var} = __share({var}, {var})")
        elif isinstance(tp, type) and issubclass(tp, LabelledEnum):
            self.ns[f"__m_{var}"] = tp._value2member_map_
            put(f"{indent}{var} = __m_{var}[{var}]")
        elif tp in _CACHED:
            self.ns[f"__r_{var}"] = _CACHED[tp]
            put(f"{indent}{var} = __r_{var}({var})")
        else:
            self.ns[f"__h_{var}"] = self.converter.get_structure_hook(tp)
            self.ns[f"__t_{var}"] = tp
            put(f"{indent}{var} = __h_{var}({var}, __t_{var})")

    def field(self, field: attrs.Attribute[Any], tp: Any) -> str:
        """Lines reading ``field``; returns the keyword argument passing it."""
        var = f"x_{field.name}"
        key = field.name
        inner = optional_inner(tp)
        has_default = field.default is not attrs.NOTHING
        factory = isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
        put = self.lines.append
        indent = "  "
        if has_default:
            put(f"  if {key!r} in o:")
            indent = "    "
            put(f"{indent}n += 1")
        put(f"{indent}{var} = o[{key!r}]")
        if inner is None:
            self.convert(var, tp, indent)
        else:
            put(f"{indent}if {var} is not None:")
            self.convert(var, inner, indent + "  ")
        if factory:
            put(f"{indent}kw[{key!r}] = {var}")
            return ""
        if has_default:
            self.ns[f"__d_{var}"] = field.default
            put(f"  else: {var} = __d_{var}")
        return f"{key}={var}"


def object_reader(cls: type, converter: Converter) -> Hook:
    """A reader of a JSON object into ``cls``, for the fast converter (see the module doc)."""
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    reader = _Reader(cls, converter)
    required = sum(field.default is attrs.NOTHING for field in fields)
    reader.lines.append(f"  n = {required}  # keys read: any other key is unknown")
    if any(isinstance(f.default, attrs.Factory) for f in fields):  # type: ignore[arg-type]
        reader.lines.append("  kw = {}")
        tail = "**kw"
    else:
        tail = ""
    arguments = [reader.field(field, hints[field.name]) for field in fields]
    call = ", ".join(a for a in (*arguments, tail) if a)
    name = f"read_{cls.__name__}"
    reader.lines.append("  if len(o) != n: raise KeyError('unknown key')")
    source = f"def {name}(o, _t=None):\n" + "\n".join(reader.lines) + f"\n  return __cl({call})\n"
    return _compile(name, source, reader.ns)


def object_writer(cls: type, converter: Converter) -> Hook:
    """A writer of ``cls`` as a JSON object: fields in order, those equal to their default left out."""
    hints = typing.get_type_hints(cls)
    ns: dict[str, Any] = {}
    always: list[str] = []
    lines: list[str] = []
    for field in attrs.fields(cls):
        key, tp = field.name, hints[field.name]
        value = _dumped(f"instance.{key}", tp, key, converter, ns)
        default = field.default
        if default is attrs.NOTHING:
            if lines:
                lines.append(f"  res[{key!r}] = {value}")
            else:
                always.append(f"{key!r}: {value}")
            continue
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            ns[f"__f_{key}"] = default.factory
            test = f"__f_{key}(instance)" if default.takes_self else f"__f_{key}()"
        else:
            ns[f"__d_{key}"] = default
            test = f"__d_{key}"
        lines.append(f"  if instance.{key} != {test}: res[{key!r}] = {value}")
    name = f"write_{cls.__name__}"
    source = (
        f"def {name}(instance):\n  res = {{{', '.join(always)}}}\n"
        + "".join(line + "\n" for line in lines)
        + "  return res\n"
    )
    return _compile(name, source, ns)


def _dumped(expr: str, tp: Any, key: str, converter: Converter, ns: dict[str, Any]) -> str:
    """An expression for the JSON value of ``expr`` (of type ``tp``)."""
    if tp in _PLAIN:
        return expr
    if isinstance(tp, type) and issubclass(tp, LabelledEnum):
        return f"{expr}._value_"
    inner = optional_inner(tp)
    if inner is not None:
        return f"(None if {expr} is None else {_dumped(expr, inner, key, converter, ns)})"
    if tp is dt.date:
        return f"{expr}.isoformat()"
    if tp is dt.time:
        ns["__dump_time"] = dump_time
        return f"__dump_time({expr})"
    if tp is Decimal:
        return f"str({expr})"
    ns[f"__u_{key}"] = converter.get_unstructure_hook(tp)
    return f"__u_{key}({expr})"
