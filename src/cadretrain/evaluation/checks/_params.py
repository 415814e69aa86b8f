"""The share validator of the evaluation checks' parameter classes.

Whole numbers use :mod:`cadretrain.model._validators` (``positive_int``,
``non_negative_int``).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from cadretrain.errors import InvalidValueError

__all__ = ["share"]


def share(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``Fraction`` (or int) from 0 to 1, never a float."""
    if isinstance(value, bool) or not isinstance(value, Fraction | int) or not 0 <= value <= 1:
        raise InvalidValueError(
            attribute.name, value, "a Fraction from 0 to 1, e.g. Fraction(1, 7)"
        )
