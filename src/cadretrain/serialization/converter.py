"""The one converter factory: cattrs hooks for cadretrain's JSON (no global converter).

:func:`make_converter` starts from cattrs' preconfigured converter for
orjson when orjson is installed and for the standard library's ``json``
otherwise, then installs the same hooks on either, so both give identical
JSON data. Unknown keys are refused; fields equal to their default are
omitted (they load back to the same default).

``detailed=True`` collects every problem with where it happened (the
converter behind ``from_dict``, and behind ``from_json`` when its reader,
:mod:`.reader`, has no plan or meets a problem); ``detailed=False`` stops at
the first. Objects are written by a straight-line function generated once
per class (:func:`object_writer`), a table's records in C
(:func:`~.reader.table_data`).
"""

from __future__ import annotations

import datetime as dt
import linecache
import typing
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import partial
from typing import Any

import attrs
from cattrs import Converter
from cattrs.gen import make_dict_structure_fn

from cadretrain.model._labelled import LabelledEnum
from cadretrain.model.tables import RecordTable
from cadretrain.serialization import rules
from cadretrain.serialization.errors import Collector, Refused, shown
from cadretrain.serialization.reader import table_data
from cadretrain.serialization.scalars import (
    dump_time,
    enum_reader,
    read_bool,
    read_date,
    read_decimal,
    read_fraction,
    read_int,
    read_str,
    read_time,
)
from cadretrain.serialization.values import (
    dump_value,
    is_pairs,
    is_value_union,
    optional_inner,
    value_reader,
)

__all__ = ["make_converter", "object_writer", "orjson_available"]

_PLAIN = (str, int, bool)

Hook = Callable[[Any, Any], Any]


def orjson_available() -> bool:
    """Whether the optional orjson backend is installed."""
    try:
        import orjson  # noqa: F401
    except ImportError:
        return False
    return True


def _base(detailed: bool, use_orjson: bool) -> Converter:
    options: dict[str, Any] = {
        "forbid_extra_keys": True,
        "omit_if_default": True,
        "detailed_validation": detailed,
    }
    if use_orjson:
        from cattrs.preconf.orjson import make_converter as preconf
    else:
        from cattrs.preconf.json import make_converter as preconf  # type: ignore[assignment]
    return preconf(**options)


def make_converter(*, detailed: bool = False, use_orjson: bool | None = None) -> Converter:
    """A new converter between cadretrain objects and JSON data (dicts, lists, scalars).

    ``use_orjson`` picks cattrs' preconfigured base (default: orjson when
    installed); the hooks, and so the data, are the same either way.

    >>> from cadretrain import Place
    >>> converter = make_converter()
    >>> converter.unstructure(Place(province="湖南省", county="花垣县"))
    {'province': '湖南省', 'county': '花垣县'}
    """
    converter = _base(detailed, orjson_available() if use_orjson is None else use_orjson)
    for cls, read in (
        (str, read_str),
        (int, read_int),
        (bool, read_bool),
        (dt.date, read_date),
        (dt.time, read_time),
        (Fraction, read_fraction),
        (Decimal, read_decimal),
    ):
        converter.register_structure_hook(cls, read)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.time, dump_time)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_unstructure_hook(Decimal, str)

    def is_enum(tp: Any) -> bool:
        return isinstance(tp, type) and issubclass(tp, LabelledEnum)

    converter.register_structure_hook_factory(is_enum, enum_reader)
    converter.register_unstructure_hook_factory(is_enum, lambda _tp: _enum_value)
    converter.register_structure_hook_factory(attrs.has, lambda tp: _object_reader(tp, converter))
    converter.register_unstructure_hook_factory(
        _written_by_fields, lambda tp: object_writer(tp, converter)
    )
    converter.register_structure_hook_factory(_is_table, lambda tp: _table_reader(tp, converter))
    converter.register_unstructure_hook_factory(_is_table, lambda tp: _table_writer(tp, converter))
    converter.register_structure_hook_factory(_is_tuple, lambda tp: _tuple_reader(tp, converter))
    converter.register_unstructure_hook_factory(_is_tuple, lambda tp: _tuple_writer(tp, converter))
    converter.register_structure_hook_factory(is_pairs, lambda tp: _pairs_reader(tp, converter))
    converter.register_unstructure_hook_factory(is_pairs, lambda tp: _pairs_writer(tp, converter))
    converter.register_structure_hook_factory(
        _is_optional, lambda tp: _optional_reader(tp, converter)
    )
    converter.register_structure_hook_factory(
        is_value_union, lambda tp: value_reader(tp, detailed=detailed)
    )
    converter.register_unstructure_hook_factory(is_value_union, lambda _tp: dump_value)
    rules.register(converter)
    return converter


def _enum_value(member: LabelledEnum) -> object:
    return member.value


def _is_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_table(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, RecordTable)


def _table_reader(tp: type[RecordTable[Any]], converter: Converter) -> Hook:
    """A list of records read as a tuple of them: the class's converter makes the table."""
    return _tuple_reader(tuple[tp.record_type, ...], converter)  # type: ignore[name-defined]


def _table_writer(_tp: type[RecordTable[Any]], _converter: Converter) -> Callable[[Any], list[Any]]:
    return table_data


def _written_by_fields(cls: type) -> bool:
    """Whether :func:`object_writer` writes ``cls``: an attrs class whose fields are its JSON."""
    if not attrs.has(cls):
        return False
    return all(field.init and field.alias == field.name for field in attrs.fields(cls))


def _compile(name: str, source: str, namespace: dict[str, Any]) -> Hook:
    filename = f"<cadretrain generated {name}>"
    exec(compile(source, filename, "exec"), namespace)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace[name]  # type: ignore[no-any-return]


def object_writer(cls: type, converter: Converter) -> Callable[..., Any]:
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


def _is_optional(tp: Any) -> bool:
    return optional_inner(tp) is not None


def _object_reader(cls: type, converter: Converter) -> Hook:
    built: Hook = make_dict_structure_fn(cls, converter)
    if not converter.detailed_validation:
        return built
    name = f"a {cls.__name__}"

    def read(value: object, tp: Any = cls) -> Any:
        if type(value) is not dict:
            raise Refused(f"{shown(value)} is not an object (expected {name})", value)
        return built(value, tp)

    return read


def _tuple_reader(tp: Any, converter: Converter) -> Hook:
    item_type = typing.get_args(tp)[0]
    read_item = converter.get_structure_hook(item_type)
    detailed = converter.detailed_validation

    def read(value: object, _tp: Any = tp) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Refused(f"{shown(value)} is not an array", value)
        if not detailed:
            return tuple([read_item(item, item_type) for item in value])
        collector = Collector(True, tuple)
        items = [
            collector.item(index, partial(read_item, item, item_type))
            for index, item in enumerate(value)
        ]
        collector.done(items=True)
        return tuple(items)

    return read


def _tuple_writer(tp: Any, converter: Converter) -> Callable[[tuple[Any, ...]], list[Any]]:
    write_item = converter.get_unstructure_hook(typing.get_args(tp)[0])
    return lambda value: [write_item(item) for item in value]


def _pairs_reader(tp: Any, converter: Converter) -> Hook:
    value_type = typing.get_args(typing.get_args(tp)[0])[1]
    read_value = converter.get_structure_hook(value_type)
    detailed = converter.detailed_validation

    def read(value: object, _tp: Any = tp) -> tuple[tuple[str, Any], ...]:
        if type(value) is not dict:
            raise Refused(f"{shown(value)} is not an object of names to values", value)
        collector = Collector(detailed, tuple)
        pairs = [
            (key, collector.item(key, partial(read_value, item, value_type)))
            for key, item in value.items()
        ]
        collector.done(items=True)
        return tuple(pairs)

    return read


def _pairs_writer(tp: Any, converter: Converter) -> Callable[[Any], dict[str, Any]]:
    write_value = converter.get_unstructure_hook(typing.get_args(typing.get_args(tp)[0])[1])
    return lambda pairs: {name: write_value(value) for name, value in pairs}


def _optional_reader(tp: Any, converter: Converter) -> Hook:
    inner = optional_inner(tp)
    read_inner = converter.get_structure_hook(inner)

    def read(value: object, _tp: Any = tp) -> Any:
        return None if value is None else read_inner(value, inner)

    return read
