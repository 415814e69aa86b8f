"""The share validator of the evaluation checks' parameter classes.

Whole numbers use :mod:`cadretrain.model._validators` (``positive_int``,
``non_negative_int``).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from cadretrain.errors import InvalidValueError

__all__ = ["MAX_DENOMINATOR", "share"]


MAX_DENOMINATOR = 10**6
"""A share's largest denominator: minutes × denominator stays far below 2**63."""


def share(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``Fraction`` (or int) from 0 to 1 with a denominator up to 10**6, never a float."""
    if (
        isinstance(value, bool)
        or not isinstance(value, Fraction | int)
        or not 0 <= value <= 1
        or Fraction(value).denominator > MAX_DENOMINATOR
    ):
        raise InvalidValueError(
            attribute.name,
            value,
            "a Fraction from 0 to 1 with a denominator up to 1000000, e.g. Fraction(1, 7)",
        )
