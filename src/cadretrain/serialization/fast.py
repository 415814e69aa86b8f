"""The optional fast path (``cadretrain[fast]``): msgspec reads, the model's own checks all run.

:func:`fast_from_json` decodes the text with msgspec into Structs mirroring
the classes (strict, in C: unknown keys, wrong types and numbers for
decimals are refused without building dicts), checks that msgspec writes
them back as the very same bytes (so the text holds no repeated key, which
msgspec would drop silently; text ``to_json`` wrote always passes), then
builds the attrs objects a column at a time (:mod:`._fast_build`): every
field set, every validator run -- each distinct value once where the
validator is the model's own --, every ``__attrs_post_init__`` run,
cross-references included. Anything the mirrors cannot vouch for -- an
older version, a type without a plan, any failure at all -- is handed to
:func:`~cadretrain.serialization.api.from_json`, so the errors are the same
:class:`~cadretrain.serialization.errors.DocumentError` with the same
problems.

:func:`fast_to_json` writes the very text ``to_json`` writes, through
msgspec: Structs mirroring the classes are made for all the objects of a
class at once (:mod:`._fast_write`) and msgspec writes them in C. Indented
text, a type without a plan and any failure are left to ``to_json``.
Both pause the collector as the default path does, restoring the caller's
setting.
"""

from __future__ import annotations

import functools
import typing
from typing import Any, TypeVar

from cadretrain.serialization._fast_build import Memo, build
from cadretrain.serialization._fast_plan import ClassPlan, Unsupported, plan_of
from cadretrain.serialization._fast_write import Writer
from cadretrain.serialization.api import from_json, to_json
from cadretrain.serialization.documents import DocumentType, document_type

__all__ = ["fast_available", "fast_from_json", "fast_to_json"]

T = TypeVar("T")


class _NotCanonical(Exception):  # noqa: N818 (internal: handed to the default path)
    pass


def fast_available() -> bool:
    """Whether msgspec (the ``fast`` extra) is installed."""
    try:
        import msgspec  # noqa: F401
    except ImportError:
        return False
    return True


class _Plan(typing.NamedTuple):
    root: ClassPlan
    decode: Any
    encode: Any
    doc: DocumentType | None
    writer: Writer


@functools.cache
def _plan(cls: Any) -> _Plan | None:
    """msgspec's decoder and encoder and the plan for ``cls``, or ``None`` without one."""
    if not fast_available():
        return None
    import msgspec

    try:
        root, reader = plan_of(cls)
    except (Unsupported, RecursionError):  # e.g. a class holding itself: the default path reads it
        return None
    encode = msgspec.json.Encoder().encode
    return _Plan(root, msgspec.json.Decoder(reader).decode, encode, document_type(cls), Writer())


def fast_to_json(obj: object, *, indent: bool = False) -> str:
    """``obj`` as JSON text, the very text :func:`~cadretrain.to_json` writes."""
    plan = None if indent else _plan(typing.cast(object, type(obj)))
    if plan is None:
        return to_json(obj, indent=indent)
    try:
        struct = plan.writer.document(plan.root, plan.doc, obj)
        return plan.encode(struct).decode()  # type: ignore[no-any-return]
    except Exception:  # a value msgspec cannot write (an int subclass, say): to_json decides
        return to_json(obj)


def fast_from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text like :func:`~cadretrain.from_json`, reading it with msgspec.

    The result equals ``from_json(text, cls)``, and so does any error.
    """
    plan = _plan(typing.cast(object, cls))
    if plan is None or not isinstance(text, str | bytes | bytearray | memoryview):
        return from_json(text, cls)
    try:
        raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        struct = plan.decode(raw)
        if plan.encode(struct) != raw:  # maybe a repeated key, which msgspec drops
            raise _NotCanonical
        doc = plan.doc
        if doc is not None and (struct.schema != doc.tag or struct.version != doc.version):
            raise _NotCanonical(doc.tag)  # an older version: the default path migrates it
        (obj,) = build(plan.root, [struct], Memo())
        return obj  # type: ignore[no-any-return]
    except Exception:
        return from_json(text, cls)
