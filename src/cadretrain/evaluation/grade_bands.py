"""Grade bands, shown totals and the top-grade quota, over integer columns.

A total is an integer numerator over a common denominator (the scheme's
weights over their least common denominator, times the marks' scale: see
:mod:`~cadretrain.evaluation.facts`), so a band's minimum is reached when
``numerator ≥ ⌈minimum × denominator⌉``: exact, with no rounding at a
band's edge. :func:`as_decimal` gives the ``Decimal`` people read: exact
whenever the weights allow it (halves, fifths, tenths...), otherwise cut to
six places *downwards*, so a shown total never exceeds the one graded.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.model import GradeScale

__all__ = ["Allocation", "Ranking", "allocate_top_grade", "as_decimal", "band_index"]

_PLACES = 6


def as_decimal(value: Fraction) -> Decimal:
    """``value`` as a ``Decimal``: exact when finite, else floored to 6 places.

    >>> as_decimal(Fraction(171, 2)), as_decimal(Fraction(200, 3))
    (Decimal('85.5'), Decimal('66.666666'))
    """
    numerator, denominator = value.numerator, value.denominator
    rest = denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest == 1:
        return Decimal(numerator) / Decimal(denominator)
    return Decimal(numerator * 10**_PLACES // denominator).scaleb(-_PLACES)


def band_index(scale: GradeScale, totals: npt.NDArray[Any], denominator: int) -> npt.NDArray[Any]:
    """Each total's level (an index into ``scale.levels``): the best whose minimum it reaches.

    ``totals`` are numerators over ``denominator``; a total below every
    minimum gets the lowest level.

    >>> from decimal import Decimal as D
    >>> from cadretrain.model import GradeLevel
    >>> scale = GradeScale(name="two", levels=(
    ...     GradeLevel(code="pass", zh="合格", en="pass", min_score=D(60)),
    ...     GradeLevel(code="fail", zh="不合格", en="fail", min_score=D(0), passing=False)))
    >>> band_index(scale, np.array([180, 179]), 3).tolist()
    [0, 1]
    """
    lowest = len(scale.levels) - 1
    chosen = np.full(len(totals), lowest, dtype=np.int64)
    for i in range(lowest, -1, -1):  # from the lowest up: the best level reached wins
        n, d = scale.levels[i].min_score.as_integer_ratio()
        chosen = np.where(totals >= -(-n * denominator // d), i, chosen)
    return chosen


@attrs.frozen(kw_only=True, eq=False)
class Ranking:
    """What the cohort-scope quota judges: the completed, graded trainees as columns.

    ``trainees`` in trainee-id order; ``grades`` index ``scale.levels``;
    ``totals`` are numerators over ``denominator`` where ``scored``.
    ``share`` is the scheme's top-grade share (``None``: no quota).
    """

    scale: GradeScale
    share: Fraction | None
    trainees: tuple[str, ...]
    grades: npt.NDArray[np.int64]
    totals: npt.NDArray[Any]
    scored: npt.NDArray[np.bool_]
    denominator: int

    def total(self, i: int) -> Fraction | None:
        """The total of ``trainees[i]``, or ``None``."""
        return Fraction(int(self.totals[i]), self.denominator) if self.scored[i] else None


@attrs.frozen(kw_only=True)
class Allocation:
    """Who holds the top grade, best first (positions in the ranking), and the quota."""

    quota: int
    holders: tuple[int, ...]


def allocate_top_grade(ranking: Ranking, share: Fraction) -> Allocation:
    """floor(share × completed) may hold the top grade; the rest drop, by score then id.

    Holders are ranked by total, highest first, then trainee id; a trainee
    without a total ranks after every trainee with one.
    """
    quota = math.floor(share * len(ranking.trainees))
    top = np.flatnonzero(ranking.grades == 0).tolist()
    totals, scored = ranking.totals.tolist(), ranking.scored.tolist()
    # trainees are in id order: the position breaks ties by id
    holders = sorted(top, key=lambda i: (not scored[i], -totals[i] if scored[i] else 0, i))
    return Allocation(quota=quota, holders=tuple(holders))
