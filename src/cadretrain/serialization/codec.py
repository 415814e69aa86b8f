"""JSON text in and out: UTF-8, Chinese unescaped, keys in the order given, strict reading.

Writing uses orjson when it is installed and the standard library
otherwise; the two give byte-identical text (compact, or indented by two
spaces). Reading is strict where parsers usually are lenient: a key
repeated in one object, ``NaN`` or ``Infinity``, and lone UTF-16
surrogates are refused, each with a path.

:func:`decode` is the careful parser: the standard library's, with a hook
on every object that finds and reports each repeated key. ``from_json``
uses it only when its msgspec reader cannot vouch for a document (see
:mod:`.api`); the command line reads files with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from cadretrain.errors import Problem
from cadretrain.serialization.converter import orjson_available
from cadretrain.serialization.errors import DocumentError, item_path, key_path, shown

__all__ = ["decode", "encode"]

_TITLE = "not readable as JSON"
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def encode(data: Any, *, indent: bool = False, use_orjson: bool | None = None) -> str:
    """JSON data as text: compact, or indented by two spaces."""
    if orjson_available() if use_orjson is None else use_orjson:
        import orjson

        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0).decode()
        except TypeError:
            pass  # ints beyond 64 bits: the standard library writes them the same way
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(data, ensure_ascii=False, indent=2 if indent else None, separators=separators)


class _Repeated(dict[int, list[str]]):
    """The keys repeated in each object, by the object's id (found again after parsing)."""

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            keys = [key for key, _ in pairs]
            self[id(result)] = sorted({key for key in keys if keys.count(key) > 1})
        return result


def _constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def decode(text: object, *, numbers_as_decimals: bool = False) -> Any:
    """Parse JSON text (``str`` or UTF-8 ``bytes``), refusing what would be lost or ambiguous.

    With ``numbers_as_decimals``, a number with a fraction part or an
    exponent (``85.50``, ``1e2``) is read from its text as an exact
    ``Decimal`` (``Decimal("85.50")``), never through ``float``.
    """
    return _decode_carefully(text, numbers_as_decimals=numbers_as_decimals)


def _decode_carefully(text: object, *, numbers_as_decimals: bool = False) -> Any:
    """The standard library's parser with a hook on every object: slower, reports everything."""
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise _error("$", f"is not UTF-8 text ({error.reason} at byte {error.start})") from None
    if not isinstance(text, str):
        raise _error("$", f"{shown(text)} is not JSON text (expected a str or UTF-8 bytes)")
    if text.startswith("\ufeff"):  # refused, not skipped: JSON text has no byte-order mark
        raise _error(
            "$",
            "begins with a byte-order mark (U+FEFF), which JSON text must not have "
            "(save the file as UTF-8 without BOM, or read it with encoding='utf-8-sig')",
        )
    repeated = _Repeated()
    decoder = json.JSONDecoder(
        object_pairs_hook=repeated.hook,
        parse_constant=_constant,
        parse_float=Decimal if numbers_as_decimals else float,
    )
    try:
        data = decoder.decode(text)
    except json.JSONDecodeError as error:
        raise _error("$", f"is not well-formed JSON ({error})") from None
    except RecursionError:
        raise _error("$", "is nested too deeply to read") from None
    except ValueError as error:  # NaN/Infinity, or an integer with too many digits
        if "integer string conversion" in str(error):  # Python's 4,300-digit limit
            raise _error(
                "$", "holds an integer of more than 4,300 digits (an int field takes 64 bits)"
            ) from None
        raise _error("$", f"is not well-formed JSON ({error})") from None
    problems = []
    if repeated:
        problems += [
            Problem(
                path=path,
                message=f"repeats the key {', '.join(map(repr, repeated[id(node)]))}; "
                "each key may appear once in an object",
                value=repeated[id(node)],
            )
            for path, node in _walk(data)
            if type(node) is dict and id(node) in repeated
        ]
    if _SURROGATE.search(text):
        problems += [
            Problem(path=path, message="contains a lone UTF-16 surrogate", value=node)
            for path, node in _walk(data)
            if type(node) is str and not _encodable(node)
        ]
    if problems:
        raise DocumentError(problems, title=_TITLE)
    return data


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _walk(data: Any) -> Iterator[tuple[str, Any]]:
    """Every node with its path, without recursion (documents may be deep)."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if type(node) is dict:
            for key, value in node.items():
                if not _encodable(key):
                    yield path, key
                stack.append((key_path(path, key), value))
        elif type(node) is list:
            stack.extend((item_path(path, i), value) for i, value in enumerate(node))


def _error(path: str, message: str) -> DocumentError:
    return DocumentError([Problem(path=path, message=message)], title=_TITLE)
