"""Optional amounts in check parameters: a number, or ``"none"`` where no source gives one.

A rule parameter holds data (int, ``Fraction``, ...), never ``None``. Where a
regulation gives *no* figure for a measure (the 2006 trial sets no 学时
figure; no national text fixes a day → 学时 factor or a presence minimum), the
policy says so with the string :data:`NONE`, cited like any number, and a
report prints ``min_hours=none〔source〕``. A check then either leaves that
alternative out or, when its verdict depends on it, raises
:class:`~cadretrain.rules.MissingParameter` so the caller supplies it.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, TypeAlias

import attrs

from cadretrain.errors import InvalidValueError

__all__ = [
    "NONE",
    "Amount",
    "amount",
    "given",
    "optional_amount",
    "optional_factor",
    "optional_int",
]

NONE = "none"
"""The parameter value meaning "no figure in force": the source sets none."""

Amount: TypeAlias = Fraction | int | str
"""A parameter that is a non-negative exact number or :data:`NONE`."""


def optional_amount(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept an int or ``Fraction`` of 0 or more, or the string ``"none"``."""
    if value == NONE and isinstance(value, str):
        return
    if isinstance(value, bool) or not isinstance(value, int | Fraction) or value < 0:
        raise InvalidValueError(
            attribute.name, value, "an int or Fraction of 0 or more, or 'none' (no figure)"
        )


def optional_factor(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept a conversion factor above 0 (an int or ``Fraction``), or ``"none"``."""
    if value == NONE and isinstance(value, str):
        return
    if isinstance(value, bool) or not isinstance(value, int | Fraction) or value <= 0:
        raise InvalidValueError(
            attribute.name, value, "an int or Fraction above 0, or 'none' (not supplied)"
        )


def optional_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept an int of 0 or more, or ``"none"``."""
    if value == NONE and isinstance(value, str):
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(attribute.name, value, "an int of 0 or more, or 'none'")


def given(value: Amount) -> bool:
    """Whether ``value`` is a number rather than :data:`NONE`."""
    return not isinstance(value, str)


def amount(value: Amount) -> Fraction:
    """``value`` as an exact ``Fraction`` (only call after :func:`given`)."""
    assert not isinstance(value, str), value
    return Fraction(value)
