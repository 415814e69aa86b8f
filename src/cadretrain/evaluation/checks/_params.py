"""Validators shared by the evaluation checks' parameter classes."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from cadretrain.errors import InvalidValueError

__all__ = ["positive", "share", "whole"]


def share(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``Fraction`` (or int) from 0 to 1, never a float."""
    if isinstance(value, bool) or not isinstance(value, Fraction | int) or not 0 <= value <= 1:
        raise InvalidValueError(
            attribute.name, value, "a Fraction from 0 to 1, e.g. Fraction(1, 7)"
        )


def whole(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(attribute.name, value, "a whole number, 0 or more")


def positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int, 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(attribute.name, value, "a whole number, 1 or more")
