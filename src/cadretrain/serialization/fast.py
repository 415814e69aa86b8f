"""The optional fast path (``cadretrain[fast]``): msgspec reads the JSON, the constructors build.

:func:`fast_from_json` decodes the text with msgspec into Structs generated
to mirror the classes (strict: unknown keys, wrong types, numbers for
decimals are refused in C, without building dicts), checks that msgspec
writes them back as the very same bytes (msgspec keeps one of a repeated
key silently; text ``to_json`` wrote always passes), then builds the very
same attrs objects through their constructors, so every validator and
cross-check runs. Anything the mirror cannot vouch for -- an older
version, a type it does not cover, any failure at all -- is handed to
:func:`~cadretrain.serialization.api.from_json`, so errors are the same
:class:`~cadretrain.serialization.errors.DocumentError` with the same
problems. :func:`fast_to_json` writes the same bytes as ``to_json`` (it is
the same writer: the default path already writes with orjson in C).
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from cadretrain.model._labelled import LabelledEnum
from cadretrain.serialization import generated
from cadretrain.serialization.api import from_json, to_json
from cadretrain.serialization.documents import DocumentType, document_type
from cadretrain.serialization.scalars import read_fraction, read_time
from cadretrain.serialization.values import is_pairs, optional_inner

__all__ = ["fast_available", "fast_from_json", "fast_to_json"]

T = TypeVar("T")
_PLAIN = (str, int, bool, dt.date)
_AS_STRING: dict[object, Any] = {
    Decimal: generated.cached_decimal,
    Fraction: read_fraction,
    dt.time: read_time,
}


class _Unsupported(Exception):  # noqa: N818 (internal: this type has no mirror)
    pass


def fast_available() -> bool:
    """Whether msgspec (the ``fast`` extra) is installed."""
    try:
        import msgspec  # noqa: F401
    except ImportError:
        return False
    return True


def fast_to_json(obj: object, *, indent: bool = False) -> str:
    """``obj`` as JSON text, byte for byte what :func:`~cadretrain.to_json` writes."""
    return to_json(obj, indent=indent)


def fast_from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text like :func:`~cadretrain.from_json`, reading it with msgspec.

    The result equals ``from_json(text, cls)``, and so does any error.
    """
    plan = _plan(typing.cast(object, cls))
    if plan is None:
        return from_json(text, cls)
    decoder, encode, build, doc = plan
    try:
        with generated.loading():
            raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
            struct = decoder.decode(raw)
            if encode(struct) != raw:  # not as written: maybe a repeated key, which msgspec drops
                raise _Unsupported("not canonical")
            if doc is not None and (struct.schema != doc.tag or struct.version != doc.version):
                raise _Unsupported(doc.tag)  # an older version: the default path migrates it
            return build(struct)  # type: ignore[no-any-return]
    except Exception:
        return from_json(text, cls)


@functools.cache
def _plan(cls: Any) -> tuple[Any, Any, Any, DocumentType | None] | None:
    """msgspec's decoder and encoder and the builder for ``cls``, or ``None`` without a mirror."""
    if not fast_available():
        return None
    import msgspec

    mirrors = _Mirrors()
    try:
        struct = mirrors.struct(cls, document_type(cls))
    except _Unsupported:
        return None
    encode = msgspec.json.Encoder().encode
    return msgspec.json.Decoder(struct), encode, mirrors.builders[cls], document_type(cls)


class _Mirrors:
    """msgspec Structs mirroring attrs classes, and functions building the objects back."""

    def __init__(self) -> None:
        self.structs: dict[type, Any] = {}
        self.builders: dict[type, Any] = {}

    def annotation(self, tp: Any) -> Any:
        """The msgspec type that reads the JSON of ``tp``."""
        if tp in _PLAIN or (isinstance(tp, type) and issubclass(tp, LabelledEnum)):
            return tp
        if tp in _AS_STRING:
            return str
        inner = optional_inner(tp)
        if inner is not None:
            return self.annotation(inner) | None
        if typing.get_origin(tp) is tuple and not is_pairs(tp):
            item, ellipsis = (*typing.get_args(tp), None)[:2]
            if ellipsis is Ellipsis:
                return tuple[self.annotation(item), ...]  # type: ignore[misc]
        if isinstance(tp, type) and generated.supports(tp):
            return self.struct(tp, None)
        raise _Unsupported(repr(tp))

    def struct(self, cls: type, doc: DocumentType | None) -> Any:
        """The Struct mirroring ``cls`` (with the envelope for a document)."""
        if cls in self.structs and doc is None:
            return self.structs[cls]
        import msgspec

        hints = typing.get_type_hints(cls)
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        if doc is not None:
            fields += [("schema", str), ("version", int)]
        for field in attrs.fields(cls):
            annotation = self.annotation(hints[field.name])
            if field.default is attrs.NOTHING:
                fields.append((field.name, annotation))
            else:
                fields.append((field.name, annotation | msgspec.UnsetType, msgspec.UNSET))
        struct = msgspec.defstruct(
            f"Mirror{cls.__name__}", fields, kw_only=True, forbid_unknown_fields=True
        )
        if doc is None:
            self.structs[cls] = struct
        self.builders[cls] = generated.object_builder(cls, self.converter(hints), msgspec.UNSET)
        return struct

    def converter(self, hints: dict[str, Any]) -> dict[str, Any]:
        """For each field, a function from its mirrored value to the attrs value (or None: as is)."""
        return {name: self.value_converter(tp) for name, tp in hints.items()}

    def value_converter(self, tp: Any) -> Any:
        if tp is str:
            return generated.share
        if tp in _AS_STRING:
            return _AS_STRING[tp]
        inner = optional_inner(tp)
        if inner is not None:
            convert = self.value_converter(inner)
            return None if convert is None else _or_none(convert)
        if typing.get_origin(tp) is tuple:
            item = self.value_converter(typing.get_args(tp)[0])
            return None if item is None else _each(item)
        if attrs.has(tp):
            return lambda value: self.builders[tp](value)
        return None


def _or_none(convert: Any) -> Any:
    return lambda value: None if value is None else convert(value)


def _each(convert: Any) -> Any:
    return lambda values: tuple([convert(value) for value in values])
