"""The kinds of value a parameter or a piece of evidence may hold.

Rules compare numbers exactly (docs/design.md): ints, ``Fraction`` for ratios,
``Decimal`` for scores. A ``float`` would make ``1/7`` inexact and a verdict
depend on rounding, so it is refused at the door, as is ``datetime`` (a
clock reading, not a calendar date) and anything not listed here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

from cadretrain.errors import InvalidValueError, Problem, ValidationError

__all__ = [
    "Evidence",
    "EvidenceValue",
    "ParamValue",
    "check_evidence_value",
    "check_param_value",
    "format_value",
    "to_evidence",
]

ParamValue: TypeAlias = int | bool | str | Fraction | Decimal | date | tuple[str, ...]
"""What a rule parameter may hold."""

EvidenceValue: TypeAlias = int | bool | str | Fraction | Decimal | date | None
"""What a finding may report as evidence (``None``: no value, e.g. no score)."""

Evidence: TypeAlias = tuple[tuple[str, EvidenceValue], ...]
"""A finding's evidence: ``(name, value)`` pairs in the check's order."""

_SCALARS = (int, str, Fraction, Decimal, date)  # bool is an int
_PARAM_ACCEPTED = "an int, bool, str, Fraction, Decimal, date or tuple of str (never a float)"
_EVIDENCE_ACCEPTED = "an int, bool, str, Fraction, Decimal, date or None (never a float)"


def _is_scalar(value: object) -> bool:
    return isinstance(value, _SCALARS) and not isinstance(value, datetime)


def check_param_value(value: object, *, field: str = "value") -> ParamValue:
    """Return ``value`` if a parameter may hold it, else raise.

    >>> check_param_value(Fraction(1, 7))
    Fraction(1, 7)
    >>> check_param_value(0.5, field="max_share")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cadretrain.errors.InvalidValueError: invalid max_share (1 problem):
      max_share: 0.5 is not accepted; expected an int, ... (never a float)
    """
    if _is_scalar(value):
        return value  # type: ignore[return-value]
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return value
    raise InvalidValueError(field, value, _PARAM_ACCEPTED)


def check_evidence_value(value: object, *, field: str = "evidence") -> EvidenceValue:
    """Return ``value`` if a finding may report it as evidence, else raise."""
    if value is None or _is_scalar(value):
        return value  # type: ignore[return-value]
    raise InvalidValueError(field, value, _EVIDENCE_ACCEPTED)


def format_value(value: ParamValue | EvidenceValue) -> str:
    """A value as people read it in a report: ``1/7``, ``2016-03-01``, ``a, b``.

    >>> format_value(Fraction(1, 7)), format_value(True), format_value(None)
    ('1/7', 'true', '—')
    >>> format_value(("village", "cooperative")), format_value(date(2016, 3, 1))
    ('(village, cooperative)', '2016-03-01')
    """
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "(" + ", ".join(value) + ")"
    return str(value)


def to_evidence(
    value: Mapping[str, EvidenceValue] | Iterable[tuple[str, EvidenceValue]],
) -> Evidence:
    """Evidence as a tuple of ``(name, value)`` pairs, in the order given.

    Names must be unique and non-empty; values must be :data:`EvidenceValue`.
    """
    pairs = tuple(value.items()) if isinstance(value, Mapping) else tuple(value)
    if _plainly_valid(pairs):
        return pairs
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            problems.append(Problem(path=f"evidence[{i}]", message="not a (name, value) pair"))
            continue
        name, item = pair
        if not isinstance(name, str) or not name or name in seen:
            problems.append(
                Problem(path=f"evidence[{i}]", message="name empty or repeated", value=name)
            )
            continue
        seen.add(name)
        try:
            check_evidence_value(item, field=f"evidence.{name}")
        except InvalidValueError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems, title="invalid evidence")
    return pairs


_EVIDENCE_TYPES = frozenset({*_SCALARS, bool, type(None)})  # exactly these, no subclass


def _plainly_valid(pairs: tuple[object, ...]) -> bool:
    """The common case, checked quickly: ``(name, value)`` pairs of exactly the accepted types.

    A subclass (``datetime`` is a ``date``) or anything unusual is left to
    the full check, which explains what is wrong.
    """
    names = set()
    for pair in pairs:
        if type(pair) is not tuple or len(pair) != 2:
            return False
        name, item = pair
        if type(name) is not str or not name or type(item) not in _EVIDENCE_TYPES:
            return False
        names.add(name)
    return len(names) == len(pairs)
