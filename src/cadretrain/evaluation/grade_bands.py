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
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.model import GradeScale

__all__ = [
    "Allocation",
    "Ranking",
    "allocate_top_grade",
    "as_decimal",
    "band_index",
    "natural_key",
]

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
    ``settled`` are the trainees a recorded decision (a ``settle_tie``
    override) awarded a place in a tie at the quota line.
    """

    scale: GradeScale
    share: Fraction | None
    trainees: tuple[str, ...]
    grades: npt.NDArray[np.int64]
    totals: npt.NDArray[Any]
    scored: npt.NDArray[np.bool_]
    denominator: int
    settled: frozenset[str] = frozenset()

    def total(self, i: int) -> Fraction | None:
        """The total of ``trainees[i]``, or ``None``."""
        return Fraction(int(self.totals[i]), self.denominator) if self.scored[i] else None


@attrs.frozen(kw_only=True)
class Allocation:
    """Who holds the top grade (positions in the ranking, best first) and what becomes of them.

    ``kept`` keep the top grade and ``dropped`` drop one level. ``tied`` is
    a tie straddling the quota line (empty when there is none) competing
    for ``places``; while no decision settles it, its members are
    ``pending`` (graded neither way) and the tie is referred to people.
    """

    quota: int
    holders: tuple[int, ...]
    kept: frozenset[int]
    dropped: frozenset[int]
    tied: tuple[int, ...] = ()
    places: int = 0
    pending: frozenset[int] = frozenset()

    @property
    def referred(self) -> bool:
        """Whether a tie at the line waits for a decision."""
        return bool(self.pending)


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """``text`` split into digit runs compared as numbers: ``t-2`` before ``t-10``.

    >>> sorted(["t-10", "t-2", "t-1"], key=natural_key)
    ['t-1', 't-2', 't-10']
    """
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.split(r"(\d+)", text)
        if part
    )


def allocate_top_grade(ranking: Ranking, share: Fraction, *, refer_ties: bool) -> Allocation:
    """floor(share × completed) may hold the top grade; the rest drop one level.

    Holders are ranked by total, highest first (a trainee without a total
    after every one with a total). When trainees with equal totals straddle
    the quota line, ``refer_ties`` refers the tie for decision: the
    ``settled`` trainees (a recorded decision) take the places when they
    number exactly the places left, and otherwise the tie stays pending.
    Without ``refer_ties`` the tie is broken by trainee id in natural order
    (``t-2`` before ``t-10``).
    """
    quota = math.floor(share * len(ranking.trainees))
    top = np.flatnonzero(ranking.grades == 0).tolist()
    totals, scored = ranking.totals.tolist(), ranking.scored.tolist()
    ids = ranking.trainees

    def standing(i: int) -> tuple[bool, Any]:
        return (not scored[i], -totals[i] if scored[i] else 0)

    holders = sorted(top, key=lambda i: (standing(i), natural_key(ids[i])))
    if len(holders) <= quota:
        return Allocation(
            quota=quota, holders=tuple(holders), kept=frozenset(holders), dropped=frozenset()
        )
    line = standing(holders[quota])
    straddles = quota > 0 and standing(holders[quota - 1]) == line
    if not (refer_ties and straddles):
        return Allocation(
            quota=quota,
            holders=tuple(holders),
            kept=frozenset(holders[:quota]),
            dropped=frozenset(holders[quota:]),
        )
    tied = tuple(i for i in holders if standing(i) == line)
    above = [i for i in holders if standing(i) < line]
    below = [i for i in holders if standing(i) > line]
    places = quota - len(above)
    chosen = [i for i in tied if ids[i] in ranking.settled]
    if len(chosen) == places:
        return Allocation(
            quota=quota,
            holders=tuple(holders),
            kept=frozenset((*above, *chosen)),
            dropped=frozenset((*below, *(i for i in tied if i not in chosen))),
            tied=tied,
            places=places,
        )
    return Allocation(
        quota=quota,
        holders=tuple(holders),
        kept=frozenset(above),
        dropped=frozenset(below),
        tied=tied,
        places=places,
        pending=frozenset(tied),
    )
