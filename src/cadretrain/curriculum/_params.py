"""Shared pieces of the curriculum checks' parameter classes and messages.

Parameter validators raise :class:`~cadretrain.errors.InvalidValueError`
naming the parameter, so a policy with a bad number is refused when the
engine builds the parameters, not halfway through a report.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model.enums import Topic

__all__ = ["NoParameters", "a_count", "a_share", "describe", "topic_values"]


@attrs.frozen(kw_only=True)
class NoParameters:
    """The parameters of a check that has none: it checks what the subject itself declares."""


def describe(zh: str, en: str) -> dict[str, str]:
    """Field metadata: the parameter's description in both languages."""
    return {"zh": zh, "en": en}


def a_share(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An exact share from 0 to 1: a ``Fraction`` or the int 0 or 1 (never a float)."""
    exact = isinstance(value, Fraction | int) and not isinstance(value, bool)
    if not (exact and 0 <= value <= 1):  # type: ignore[operator]
        raise InvalidValueError(
            attribute.name, value, "an exact share from 0 to 1, e.g. Fraction(1, 2)"
        )


def a_count(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-negative int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(attribute.name, value, "a non-negative int, e.g. 3")


def topic_values(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of distinct :class:`~cadretrain.model.enums.Topic` values."""
    accepted = {topic.value for topic in Topic}
    good = (
        isinstance(value, tuple)
        and all(isinstance(item, str) and item in accepted for item in value)
        and len(set(value)) == len(value)
    )
    if not good:
        raise InvalidValueError(
            attribute.name,
            value,
            "a tuple of distinct Topic values, e.g. ('industry', 'party_building'); "
            f"known: {', '.join(sorted(accepted))}",
        )
