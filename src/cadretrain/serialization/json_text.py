"""The public JSON API: ``to_dict``, ``from_dict``, ``to_json``, ``from_json``.

``from_json`` has one reader (:mod:`.reader`: msgspec Structs, then the
objects and a cohort's record tables, every invariant checked) and one
fallback: when the reader has no plan for the class or meets any problem,
the text is parsed by the careful parser (:func:`~.codec.decode`) and
structured by the detailed converter, which lists every problem with its
path in one :class:`DocumentError`. A document is parsed at most twice.
``from_dict`` is the detailed converter alone. No other exception escapes
:func:`from_json` or :func:`from_dict`, whatever the input. Nothing here
touches the garbage collector.
"""

from __future__ import annotations

import functools
import typing
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import msgspec
from cattrs import Converter

from cadretrain.errors import CadretrainError, InvalidValueError, Problem
from cadretrain.model.tables import RecordTable
from cadretrain.serialization import codec, reader
from cadretrain.serialization.converter import make_converter
from cadretrain.serialization.documents import document_type, unwrap, wrap
from cadretrain.serialization.errors import LOAD_ERRORS, DocumentError, Refused, problems_of
from cadretrain.serialization.scalars import read_decimal_or_number

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

_TEXT = (str, bytes, bytearray, memoryview)


@functools.cache
def _converter(detailed: bool, numbers_as_decimals: bool = False) -> Converter:
    converter = make_converter(detailed=detailed)
    if numbers_as_decimals:  # before any class's hook is made, so every Decimal field has it
        converter.register_structure_hook(Decimal, read_decimal_or_number)
    return converter


@functools.cache
def _writer() -> Converter:
    """The converter of ``to_dict``, but with each table's records left as msgspec Structs."""
    converter = make_converter()
    converter.register_unstructure_hook_factory(
        lambda tp: isinstance(tp, type) and issubclass(tp, RecordTable),
        lambda _tp: reader.table_structs,
    )
    return converter


def to_dict(obj: object) -> dict[str, Any]:
    """``obj`` as JSON data: a document (with ``schema`` and ``version``) for top-level types.

    >>> from cadretrain import Place
    >>> to_dict(Place(province="湖南省", village="十八洞村"))
    {'province': '湖南省', 'village': '十八洞村'}
    """
    data = _converter(False).unstructure(obj)
    if type(data) is not dict:
        raise InvalidValueError("obj", obj, "a cadretrain object, e.g. a Cohort")
    doc = document_type(type(obj))
    return data if doc is None else wrap(doc, data)


def to_json(obj: object, *, indent: bool = False) -> str:
    """``obj`` as JSON text: UTF-8, Chinese unescaped, keys in field order.

    Compact by default; ``indent=True`` indents by two spaces. msgspec
    writes the text in C, a table's records straight from its columns; a
    value it cannot write (an int beyond 64 bits) leaves the whole text to
    the writer of :mod:`.codec`, which writes the same bytes.
    """
    data = _writer().unstructure(obj)
    doc = document_type(type(obj))
    if type(data) is not dict:
        raise InvalidValueError("obj", obj, "a cadretrain object, e.g. a Cohort")
    try:
        raw = _ENCODE(data if doc is None else wrap(doc, data))
    except (TypeError, OverflowError, ValueError):
        return codec.encode(to_dict(obj), indent=indent)
    return (msgspec.json.format(raw, indent=2) if indent else raw).decode()


_ENCODE = msgspec.json.Encoder().encode


def from_dict(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from JSON data, or raise :class:`DocumentError` listing every problem."""
    _loadable(cls)
    return _structured(data, cls, numbers_as_decimals=False)


def _structured(data: object, cls: type[T], *, numbers_as_decimals: bool) -> T:
    """``from_dict``'s work; with ``numbers_as_decimals``, a Decimal field also takes a number."""
    doc = document_type(cls)
    name = cls.__name__ if doc is None else doc.tag
    body = data if doc is None else unwrap(doc, data)
    try:
        return _converter(True, numbers_as_decimals).structure(body, cls)
    except LOAD_ERRORS as error:
        problems = list(problems_of(error)) or [Problem(path="$", message="could not be read")]
        raise DocumentError(problems, title=f"cannot load {name}") from None


def from_json(text: str | bytes, cls: type[T], *, numbers_as_decimals: bool = False) -> T:
    """Build a ``cls`` from JSON text, or raise :class:`DocumentError` listing every problem.

    A ``Decimal`` field (a score, a pass mark) takes a string (``"85.5"``),
    as ``to_json`` writes it. With ``numbers_as_decimals=True`` it also takes
    a JSON number, read exactly from its text, never through ``float``:
    ``85.50`` gives ``Decimal("85.50")``, as ``"85.50"`` does. An int field
    still refuses ``70.0``. Off by default.

    >>> from cadretrain import Place
    >>> from_json('{"province": "湖南省", "village": 7}', Place)
    Traceback (most recent call last):
    ...
    cadretrain.serialization.errors.DocumentError: cannot load Place (1 problem):
      $.village: 7 (an integer) is not a string
    """
    _loadable(cls)
    plan = reader.plan(typing.cast(type, cls)) if isinstance(text, _TEXT) else None
    data: Any = _UNREAD
    if plan is not None:
        raw, struct = _decoded(plan, text)
        if struct is not None:
            if not reader.canonical(plan, struct, raw):
                # refuses a repeated key, which msgspec let through
                data = codec.decode(text, numbers_as_decimals=numbers_as_decimals)
            try:
                return plan.build(struct)  # type: ignore[no-any-return]
            except (CadretrainError, Refused):
                pass  # a value a constructor refuses: the detailed reader below names where
    if data is _UNREAD:
        # msgspec reads a Decimal field as a string only: a number in one is read here
        data = codec.decode(text, numbers_as_decimals=numbers_as_decimals)
    return _structured(data, cls, numbers_as_decimals=numbers_as_decimals)


_UNREAD = object()


def _loadable(cls: object) -> None:
    """Refuse a ``cls`` that is not a cadretrain class (``None``, ``int``, ``list[int]``)."""
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise InvalidValueError("cls", cls, "a cadretrain class, e.g. Cohort")


def _decoded(plan: reader.Plan, text: str | bytes | bytearray | memoryview) -> tuple[bytes, Any]:
    """``text`` as bytes and the Structs msgspec reads it into (``None``: the fallback reads it)."""
    try:
        raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        struct = plan.decode(raw)
    except (msgspec.MsgspecError, UnicodeEncodeError, RecursionError):
        # not well formed, of the wrong shape, a lone surrogate, too deep: the fallback says
        return b"", None
    if plan.tag is not None and (struct.schema != plan.tag or struct.version != plan.version):
        return raw, None  # an older version: the fallback migrates it
    return raw, struct
