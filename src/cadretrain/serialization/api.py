"""The public JSON API: ``to_dict``, ``from_dict``, ``to_json``, ``from_json``.

Loading is fast first and thorough on failure: the input is structured by
the fast converter, and only if that fails is it structured again by the
detailed converter, which lists every problem with its path in one
:class:`DocumentError`. No other exception escapes :func:`from_json` or
:func:`from_dict`, whatever the input.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from cattrs import Converter

from cadretrain.errors import InvalidValueError, Problem
from cadretrain.serialization.codec import decode, encode
from cadretrain.serialization.converter import make_converter
from cadretrain.serialization.documents import document_type, unwrap, wrap
from cadretrain.serialization.errors import DocumentError, problems_of
from cadretrain.serialization.generated import forget_strings

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


@functools.cache
def _converter(detailed: bool) -> Converter:
    return make_converter(detailed=detailed)


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

    Compact by default; ``indent=True`` indents by two spaces.
    """
    return encode(to_dict(obj), indent=indent)


def from_dict(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from JSON data, or raise :class:`DocumentError` listing every problem."""
    doc = document_type(cls)
    name = cls.__name__ if doc is None else doc.tag
    body = data if doc is None else unwrap(doc, data)
    try:
        return _converter(False).structure(body, cls)
    except Exception:
        pass
    finally:
        forget_strings()
    try:
        return _converter(True).structure(body, cls)
    except Exception as error:
        problems = list(problems_of(error)) or [Problem(path="$", message="could not be read")]
        raise DocumentError(problems, title=f"cannot load {name}") from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` from JSON text, or raise :class:`DocumentError` listing every problem.

    >>> from cadretrain import Place
    >>> from_json('{"province": "湖南省", "village": 7}', Place)
    Traceback (most recent call last):
    ...
    cadretrain.serialization.errors.DocumentError: cannot load Place (1 problem):
      $.village: 7 (an integer) is not a string
    """
    return from_dict(decode(text), cls)
