"""attrs validators that refuse bad values with a message naming the field.

Each validator raises :class:`~cadretrain.errors.InvalidValueError` whose
message names the field, shows the bad value and says what is accepted.
Floats are refused wherever a value feeds a rule: rules use int minutes,
``Fraction`` ratios and ``Decimal`` scores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from cadretrain.errors import InvalidValueError, Problem
from cadretrain.model._labelled import LabelledEnum

__all__ = [
    "a_date",
    "a_decimal",
    "a_fraction",
    "an_int",
    "check_unique",
    "ident",
    "member",
    "non_negative_int",
    "optional",
    "positive_int",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
T = TypeVar("T")


def _refuse(attribute: attrs.Attribute[Any], value: object, accepted: str) -> None:
    raise InvalidValueError(attribute.name, value, accepted)


def text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string."""
    if not isinstance(value, str) or not value.strip():
        _refuse(attribute, value, "a non-empty string")


def any_text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A string, possibly empty."""
    if not isinstance(value, str):
        _refuse(attribute, value, "a string")


def ident(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty id without surrounding spaces."""
    if not isinstance(value, str) or not value or value != value.strip():
        _refuse(attribute, value, "a non-empty id without surrounding spaces, e.g. 't-001'")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


INT_LIMIT = 2**63
"""Counts and day numbers lie strictly between -INT_LIMIT and INT_LIMIT: a 64-bit int, which
JSON readers everywhere hold exactly (a 5,000-digit int could be loaded, then not written)."""


def an_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Any 64-bit int (not a bool, not a float)."""
    if not _is_int(value) or not -INT_LIMIT < value < INT_LIMIT:  # type: ignore[operator]
        _refuse(attribute, value, "an int of 64 bits, from -2**63 + 1 to 2**63 - 1")


def positive_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int greater than zero and below 2**63 (minutes, counts); floats are refused."""
    if not _is_int(value) or not 0 < value < INT_LIMIT:  # type: ignore[operator]
        _refuse(attribute, value, "a positive int up to 2**63 - 1, e.g. 90")


def non_negative_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int of zero or more, below 2**63; floats are refused."""
    if not _is_int(value) or not 0 <= value < INT_LIMIT:  # type: ignore[operator]
        _refuse(attribute, value, "an int from 0 to 2**63 - 1")


def a_fraction(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An exact ratio: ``Fraction`` (or int); floats are refused."""
    if not (isinstance(value, Fraction) or _is_int(value)):
        _refuse(attribute, value, "a Fraction such as Fraction(1, 7)")


def a_decimal(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An exact score: a finite ``Decimal``; floats are refused."""
    if not isinstance(value, Decimal) or not value.is_finite():
        _refuse(attribute, value, "a finite Decimal such as Decimal('85.5')")


SCORE_LIMIT = 10**6
"""Scores, pass marks and grade minimums lie strictly between -SCORE_LIMIT and SCORE_LIMIT."""
SCORE_PLACES = 4
"""... with at most this many decimal places: as integers of 10**-4 they stay below 10**10."""
MINUTES_LIMIT = 100_000
"""A session lasts at most this many minutes (about 69 days)."""


def a_score(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite ``Decimal`` below 10**6 in size, with at most 4 decimal places.

    The bounds keep evaluation's integer arithmetic exact and below 2**63
    (``docs/evaluation.md``).
    """
    if (
        not isinstance(value, Decimal)
        or not value.is_finite()
        or abs(value) >= SCORE_LIMIT
        or value.as_tuple().exponent < -SCORE_PLACES  # type: ignore[operator]
    ):
        _refuse(
            attribute,
            value,
            "a finite Decimal between -1000000 and 1000000 (exclusive) with at most "
            "4 decimal places, such as Decimal('85.5')",
        )


def minutes(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int from 1 to 100,000 (a session's length); floats are refused."""
    if not _is_int(value) or not 0 < value <= MINUTES_LIMIT:  # type: ignore[operator]
        _refuse(attribute, value, "a positive int up to 100000, e.g. 90")


INT_BOUNDS: Mapping[Validator, tuple[int, int]] = MappingProxyType(
    {
        an_int: (-INT_LIMIT + 1, INT_LIMIT - 1),
        positive_int: (1, INT_LIMIT - 1),
        non_negative_int: (0, INT_LIMIT - 1),
        minutes: (1, MINUTES_LIMIT),
    }
)
"""The least and greatest int each int validator accepts: the JSON Schema states them."""


def a_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``datetime.date`` (not a ``datetime``, not a string)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        _refuse(attribute, value, "a datetime.date such as date(2015, 7, 27)")


def time_of_day(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A naive ``datetime.time``: a session's local start, with no UTC offset.

    An offset is refused, not normalised: the cohort's sessions are ordered
    and their spans compared on one local clock, and an aware time cannot be
    compared with a naive one.
    """
    if not isinstance(value, dt.time) or value.tzinfo is not None:
        _refuse(attribute, value, "a datetime.time with no UTC offset, e.g. time(8, 30)")


def a_bool(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``True`` or ``False``."""
    if not isinstance(value, bool):
        _refuse(attribute, value, "True or False")


# A validator that accepts exactly the instances of one class carries that class as its
# ``accepts`` attribute, so that ``tuple_of`` can pass a large tuple whose items all have
# that very type in one C-level step.
_ACCEPTS = "accepts"


def member(enum_cls: type[LabelledEnum]) -> Validator:
    """A member of ``enum_cls`` (the message lists the accepted values)."""
    accepted = f"a {enum_cls.__name__}, one of: " + ", ".join(str(m.value) for m in enum_cls)

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_cls):
            _refuse(attribute, value, accepted)

    setattr(check, _ACCEPTS, enum_cls)
    return check


def one_of(*choices: str) -> Validator:
    """One of the text ``choices`` (a parameter's named options, e.g. ``'minutes'`` or ``'days'``)."""
    accepted = " or ".join(map(repr, choices))

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            _refuse(attribute, value, accepted)

    return check


def instance(cls: type[Any], description: str | None = None) -> Validator:
    """An instance of ``cls``."""
    accepted = description or f"a {cls.__name__}"

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            _refuse(attribute, value, accepted)

    setattr(check, _ACCEPTS, cls)
    return check


def optional(inner: Validator) -> Validator:
    """``None`` or what ``inner`` accepts."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def tuple_of(inner: Validator, *, non_empty: bool = False) -> Validator:
    """A tuple (not a list) whose every item ``inner`` accepts; a bad item is named by index.

    >>> @attrs.frozen
    ... class Units:
    ...     names: tuple[str, ...] = attrs.field(validator=tuple_of(text))
    >>> Units(("县委党校", ["expected names"]))
    Traceback (most recent call last):
    ...
    cadretrain.errors.InvalidValueError: invalid names[1] (1 problem):
      names[1]: ['expected names'] is not accepted; expected a non-empty string
    """
    item_type: type | None = getattr(inner, _ACCEPTS, None)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _refuse(attribute, value, "a tuple")
        assert isinstance(value, tuple)
        if non_empty and not value:
            _refuse(attribute, value, "a non-empty tuple")
        if item_type is not None and set(map(type, value)) <= {item_type}:
            return  # every item is exactly an item_type: what inner accepts
        for index, item in enumerate(value):
            try:
                inner(inst, attribute, item)
            except InvalidValueError as error:
                raise InvalidValueError(
                    f"{attribute.name}[{index}]", item, error.accepted
                ) from None

    return check


def check_unique(field: str, ids: Iterable[str], *, what: str = "id") -> list[Problem]:
    """Problems for every id (or other ``what``) that occurs more than once in ``ids``.

    A cohort has as many ids as trainees and leave requests: one ``set``
    shows, in C, that they are all distinct; the loop that names each
    duplicate runs only when some are not.
    """
    values = list(ids)
    if len(set(values)) == len(values):
        return []
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, value in enumerate(values):
        if value in seen:
            problems.append(
                Problem(
                    path=f"{field}[{index}]",
                    message=f"duplicate {what} {value!r}; {what}s must be unique within {field}",
                    value=value,
                )
            )
        seen.add(value)
    return problems
