"""A content digest: the same value gives the same digest in any process, on any machine.

An evaluation records the digest of the policy it was made under, so a
department can show, years later, that a decision was made under exactly
these rules, numbers, dates and citations (``docs/evaluation.md``). The
digest is the SHA-256 of a canonical text of the value: attrs classes by
their fields in declaration order, enums by their stored code, text quoted,
numbers exactly as the library holds them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from fractions import Fraction

import attrs

__all__ = ["canonical_text", "content_digest"]


def canonical_text(value: object) -> str:
    """``value`` as one canonical line of text (what :func:`content_digest` hashes).

    >>> canonical_text((Fraction(1, 7), "请假", None))
    '[Fraction:1/7,"请假",None]'
    """
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        inner = ",".join(f"{f.name}={canonical_text(getattr(value, f.name))}" for f in fields)
        return f"{type(value).__name__}({inner})"
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.value}"
    if isinstance(value, str):  # quoted, with the quote and the escape character escaped
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | Fraction | Decimal | dt.date):
        return f"{type(value).__name__}:{value}"
    if isinstance(value, tuple | list):
        return "[" + ",".join(map(canonical_text, value)) + "]"
    if isinstance(value, Mapping):
        items = sorted((canonical_text(k), canonical_text(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    return f"{type(value).__name__}:{value!r}"


def content_digest(value: object) -> str:
    """``sha256:`` and the hex digest of ``value``'s canonical text.

    >>> content_digest("1/7")[:15]
    'sha256:08c287cb'
    """
    return "sha256:" + hashlib.sha256(canonical_text(value).encode("utf-8")).hexdigest()
