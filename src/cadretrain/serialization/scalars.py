"""Scalars in JSON: strict readers and exact writers for dates, times, ratios, scores, enums.

One JSON form per Python type, written and read the same way by both
backends: dates ``"2019-07-01"``, times ``"08:30"`` (seconds only when not
zero), ``Fraction`` ``"1/7"`` (``"2"`` for a whole number), ``Decimal`` its
exact string (``"85.50"`` keeps its trailing zero), enums by their ASCII
value. Readers refuse anything else, so ``"5"`` is not an int and ``1.0``
is not ``1``. The patterns here are the ones :mod:`.schema` publishes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from cadretrain.model._labelled import LabelledEnum
from cadretrain.serialization.errors import Refused, shown

__all__ = [
    "DATE_PATTERN",
    "DECIMAL_PATTERN",
    "FRACTION_PATTERN",
    "TIME_PATTERN",
    "dump_time",
    "enum_reader",
    "read_bool",
    "read_date",
    "read_decimal",
    "read_decimal_or_number",
    "read_fraction",
    "read_int",
    "read_str",
    "read_time",
]

DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""ISO 8601 calendar date, ``YYYY-MM-DD`` (JSON Schema ``format: date``)."""
TIME_PATTERN = r"[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{6})?)?"  # local: no UTC offset
"""``HH:MM``, ``HH:MM:SS`` or ``HH:MM:SS.ffffff``, with an optional UTC offset."""
FRACTION_PATTERN = r"-?[0-9]+(/[0-9]*[1-9][0-9]*)?"
"""``n/d`` or ``n``: an exact ratio such as ``1/7``."""
DECIMAL_PATTERN = r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?"
"""A finite decimal number as a string, e.g. ``85.5`` or ``1E+2``."""

_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(TIME_PATTERN)
_FRACTION = re.compile(FRACTION_PATTERN)
_DECIMAL = re.compile(DECIMAL_PATTERN)


def _kind(value: object) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number with a fraction part",
        Decimal: "a number with a fraction part",
        str: "a string",
        list: "an array",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _not(value: object, what: str) -> Refused:
    text = str(value) if type(value) is Decimal else shown(value)  # a JSON number, as written
    return Refused(f"{text} ({_kind(value)}) is not {what}", value)


def read_str(value: object, _type: object = str) -> str:
    """A JSON string, as it is."""
    if type(value) is not str:
        raise _not(value, "a string")
    return value


def read_int(value: object, _type: object = int) -> int:
    """A JSON integer (``true`` and ``1.0`` are refused)."""
    if type(value) is not int:
        raise _not(value, "an integer (expected e.g. 90)")
    return value


def read_bool(value: object, _type: object = bool) -> bool:
    """``true`` or ``false``."""
    if type(value) is not bool:
        raise _not(value, "a boolean (expected true or false)")
    return value


def _matching(value: object, pattern: re.Pattern[str], what: str) -> str:
    if type(value) is not str or not pattern.fullmatch(value):
        raise _not(value, what)
    return value


def read_date(value: object, _type: object = dt.date) -> dt.date:
    """An ISO date string ``YYYY-MM-DD``."""
    text = _matching(value, _DATE, "a date (expected a string like '2019-07-01')")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Refused(f"{text!r} is not a date on the calendar", value) from None


def read_time(value: object, _type: object = dt.time) -> dt.time:
    """A time of day ``HH:MM`` or ``HH:MM:SS``."""
    text = _matching(
        value, _TIME, "a time of day (expected a string like '08:30', with no UTC offset)"
    )
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise Refused(f"{text!r} is not a time of day", value) from None


def dump_time(value: dt.time) -> str:
    """``HH:MM`` when seconds are zero, the full ISO form otherwise."""
    if value.second == 0 and value.microsecond == 0:
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def read_fraction(value: object, _type: object = Fraction) -> Fraction:
    """An exact ratio written ``"n/d"`` or ``"n"``."""
    text = _matching(value, _FRACTION, "a fraction (expected a string like '1/7')")
    try:
        return Fraction(text)
    except ValueError:  # more digits than int() converts
        raise Refused(f"{shown(text)} has too many digits for a fraction", value) from None


def read_decimal(value: object, _type: object = Decimal) -> Decimal:
    """An exact decimal written as a string (``"85.5"``); numbers are refused."""
    text = _matching(value, _DECIMAL, "a decimal (expected a string like '85.5')")
    return Decimal(text)


def read_decimal_or_number(value: object, _type: object = Decimal) -> Decimal:
    """A decimal string, or a JSON number read exactly from its text (``from_json``'s option).

    The careful parser gives a number with a fraction part or an exponent
    as the ``Decimal`` of its text (``85.50`` -> ``Decimal("85.50")``), and
    a JSON number's text always matches :data:`DECIMAL_PATTERN`: so the
    result is the one the same number written as a string reads to.
    """
    if type(value) is Decimal:
        return value
    if type(value) is int:  # not bool
        return Decimal(value)
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        raise _not(value, "a decimal (expected a number or a string like '85.5')")
    return Decimal(value)


def enum_reader(cls: type[LabelledEnum]) -> Callable[[object, Any], LabelledEnum]:
    """A reader for ``cls`` by dict lookup of the value (not ``cls(value)``: faster)."""
    members = cls._value2member_map_
    expected = f"is not a {cls.__name__} (expected one of: " + ", ".join(str(m.value) for m in cls)

    def read(value: object, _type: object = cls) -> LabelledEnum:
        try:
            return members[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            raise Refused(f"{shown(value)} {expected})", value) from None

    return read
