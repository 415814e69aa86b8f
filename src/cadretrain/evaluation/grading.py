"""Weighted totals, grade bands and the top-grade quota, in exact arithmetic.

A total is ``Σ weight × score`` over the scheme's components: weights are
``Fraction``, scores ``Decimal``, so the total is computed as a ``Fraction``
and compared with the scale's minimums exactly. :func:`as_decimal` gives the
``Decimal`` people read: exact whenever the weights allow it (halves,
fifths, tenths...), otherwise cut to six places *downwards*, so a shown
total never exceeds the one that was graded.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs

from cadretrain.model import AssessmentScheme, GradeLevel, GradeScale

__all__ = [
    "Allocation",
    "Bands",
    "Ranking",
    "Standing",
    "Weights",
    "allocate_top_grade",
    "as_decimal",
    "band",
    "band_of",
    "bands",
    "weigh",
    "weighed",
    "weighted_total",
    "weights",
]

_PLACES = 6


def weighted_total(
    scheme: AssessmentScheme, scores: Iterable[tuple[str, Decimal | None]]
) -> Fraction | None:
    """The weighted total, or ``None`` when a component has no score (or there are none)."""
    by_code = dict(scores)
    marks = [by_code.get(component.code) for component in scheme.components]
    if not marks or None in marks:
        return None
    return weigh(weights(scheme), marks)  # type: ignore[arg-type]


class Weights(NamedTuple):
    """A scheme's weights over one common denominator: ``weight_i = numerators[i] / denominator``."""

    numerators: tuple[int, ...]
    denominator: int


def weights(scheme: AssessmentScheme) -> Weights:
    """The scheme's weights as integers over their least common denominator, for :func:`weigh`."""
    denominator = math.lcm(*(c.weight.denominator for c in scheme.components))
    return Weights(
        numerators=tuple(
            c.weight.numerator * (denominator // c.weight.denominator) for c in scheme.components
        ),
        denominator=denominator,
    )


def weigh(weights: Weights, marks: Iterable[Decimal]) -> Fraction:
    """``Σ weight × mark`` exactly: one mark per weight, in order.

    Summed over integers (:func:`weighed`) and reduced once at the end: the
    same ``Fraction`` as adding ``Fraction`` terms, without a ``gcd`` per term.

    >>> weigh(Weights(numerators=(1, 2), denominator=3), (Decimal("80.5"), Decimal(90)))
    Fraction(521, 6)
    """
    numerator, denominator = weighed(weights.numerators, (m.as_integer_ratio() for m in marks))
    return Fraction(numerator, denominator * weights.denominator)


def weighed(numerators: Iterable[int], ratios: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """``Σ numerator × n/d`` as an unreduced ``(numerator, denominator)``: marks as integer ratios.

    The denominator is the least common one of the marks (1 for whole marks).

    >>> weighed((1, 2), ((161, 2), (90, 1)))
    (521, 2)
    """
    numerator, denominator = 0, 1
    for weight, (n, d) in zip(numerators, ratios, strict=True):
        if d != denominator:  # a mark with more decimals than the ones before
            common = math.lcm(denominator, d)
            numerator *= common // denominator
            n *= common // d
            denominator = common
        numerator += weight * n
    return numerator, denominator


def as_decimal(value: Fraction) -> Decimal:
    """``value`` as a ``Decimal``: exact when finite, else floored to 6 places.

    >>> as_decimal(Fraction(171, 2)), as_decimal(Fraction(200, 3))
    (Decimal('85.5'), Decimal('66.666666'))
    """
    quotient = Decimal(value.numerator) / Decimal(value.denominator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:
        return quotient
    return Decimal(math.floor(value * 10**_PLACES)).scaleb(-_PLACES)


def band(scale: GradeScale, total: Fraction) -> GradeLevel:
    """The best level whose minimum ``total`` reaches, compared exactly."""
    return band_of(bands(scale), total)


Bands = tuple[tuple[int, int, GradeLevel], ...]
"""A scale's levels best first, each with its minimum as ``(numerator, denominator)``, lowest last."""


def bands(scale: GradeScale) -> Bands:
    """``scale`` ready for :func:`band_of`: minimums as integer ratios, worked out once."""
    levels = tuple((*level.min_score.as_integer_ratio(), level) for level in scale.levels)
    return (*levels, (0, 0, scale.lowest))  # 0/0: reached by any total, the fallback


def band_of(bands: Bands, total: Fraction) -> GradeLevel:
    """:func:`band` over integers: the first level with ``total ≥ n/d``."""
    numerator, denominator = total.numerator, total.denominator
    for n, d, level in bands:
        if numerator * d >= n * denominator:
            return level
    raise AssertionError("unreachable: the last band is reached by every total")  # pragma: no cover


@attrs.frozen(kw_only=True)
class Standing:
    """A completed trainee's total and grade, as the quota ranks them."""

    trainee: str
    total: Fraction | None
    grade: str


@attrs.frozen(kw_only=True)
class Ranking:
    """What the cohort-scope quota check judges: the completed trainees' standings.

    ``share`` is the scheme's top-grade share (``None``: no quota).
    """

    scale: GradeScale
    share: Fraction | None
    standings: tuple[Standing, ...]


@attrs.frozen(kw_only=True)
class Allocation:
    """Who keeps the top grade under the quota and who drops a level."""

    quota: int
    holders: tuple[str, ...]
    kept: tuple[str, ...]
    dropped: tuple[str, ...]


def allocate_top_grade(
    standings: Iterable[Standing], scale: GradeScale, share: Fraction
) -> Allocation:
    """floor(share × completed) may hold the top grade; the rest drop, by score then id.

    Ranking is by total, highest first, then trainee id; a trainee without a
    total ranks after every trainee with one.

    >>> from decimal import Decimal as D
    >>> scale = GradeScale(name="four", levels=(
    ...     GradeLevel(code="excellent", zh="优秀", en="excellent", min_score=D(90)),
    ...     GradeLevel(code="pass", zh="合格", en="pass", min_score=D(0))))
    >>> tops = [Standing(trainee=f"t-{i:02}", total=Fraction(95), grade="excellent")
    ...         for i in range(10, 0, -1)]
    >>> allocate_top_grade(tops, scale, Fraction(1, 5)).kept
    ('t-01', 't-02')
    """
    everyone = tuple(standings)
    quota = math.floor(share * len(everyone))
    top = scale.top.code
    holders = sorted(
        (s for s in everyone if s.grade == top),
        key=lambda s: (s.total is None, -(s.total or 0), s.trainee),
    )
    return Allocation(
        quota=quota,
        holders=tuple(s.trainee for s in holders),
        kept=tuple(s.trainee for s in holders[:quota]),
        dropped=tuple(s.trainee for s in holders[quota:]),
    )
