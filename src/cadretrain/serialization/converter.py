"""The one converter factory: cattrs hooks for cadretrain's JSON (no global converter).

:func:`make_converter` starts from cattrs' preconfigured converter for
orjson when orjson is installed and for the standard library's ``json``
otherwise, then installs the same hooks on either, so both give identical
JSON data. Unknown keys are refused; fields equal to their default are
omitted (they load back to the same default).

``detailed=False`` gives the fast converter: it stops at the first problem,
and reads objects with the straight-line functions of :mod:`.generated`.
``detailed=True`` collects every problem with where it happened; loading
runs the fast one and, only when it fails, the detailed one to list them.
"""

from __future__ import annotations

import datetime as dt
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
from cadretrain.serialization import generated, rules
from cadretrain.serialization.errors import Collector, Refused, shown
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

__all__ = ["make_converter", "orjson_available"]

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
    if not detailed:
        converter.register_structure_hook_factory(
            generated.supports, lambda tp: generated.object_reader(tp, converter)
        )
    converter.register_unstructure_hook_factory(
        generated.supports, lambda tp: generated.object_writer(tp, converter)
    )
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
