"""Weighted totals and grade bands in integer arithmetic equal their ``Fraction`` definitions.

Gathering sums ``weight × mark`` over scaled integers and ``band_index``
compares integer numerators; a user relies on them meaning exactly
``Σ Fraction(weight) × Fraction(score)`` and "the best level whose minimum
the total reaches", with no rounding at a band's edge.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation.gathering import gather
from cadretrain.evaluation.grade_bands import band_index

from .builders import FOUR_LEVELS, cohort, programme, scheme, scores


@st.composite
def weightings(draw: st.DrawFn) -> tuple[Fraction, ...]:
    """1-5 positive weights summing to exactly 1 (thirds, sevenths, whatever the draw gives)."""
    raw = draw(
        st.lists(st.fractions(min_value=Fraction(1, 50), max_value=3), min_size=1, max_size=5)
    )
    whole = sum(raw, Fraction(0))
    return tuple(w / whole for w in raw)


def _scheme(ws: tuple[Fraction, ...], scale: ct.GradeScale = FOUR_LEVELS) -> ct.AssessmentScheme:
    return ct.AssessmentScheme(
        scale=scale,
        components=tuple(
            ct.Component(code=f"c{i}", title=f"考核{i}", weight=w) for i, w in enumerate(ws)
        ),
        top_grade_share=None,
    )


def _reference(ws: tuple[Fraction, ...], marks: list[Decimal]) -> Fraction:
    return sum((Fraction(w) * Fraction(m) for w, m in zip(ws, marks, strict=True)), Fraction(0))


def band(scale: ct.GradeScale, total: Fraction) -> ct.GradeLevel:
    """The level ``band_index`` gives one total."""
    (index,) = band_index(scale, np.array([total.numerator]), total.denominator).tolist()
    level: ct.GradeLevel = scale.levels[index]
    return level


def _reference_band(scale: ct.GradeScale, total: Fraction) -> ct.GradeLevel:
    for level in scale.levels:
        if total >= Fraction(level.min_score):
            return level
    return scale.lowest


@st.composite
def scales(draw: st.DrawFn) -> ct.GradeScale:
    """1-4 levels with strictly falling, possibly fractional, minimums."""
    minimums = sorted(
        draw(
            st.lists(
                st.decimals(min_value=-10, max_value=100, places=2, allow_nan=False),
                min_size=1,
                max_size=4,
                unique=True,
            )
        ),
        reverse=True,
    )
    return ct.GradeScale(
        name="drawn",
        levels=tuple(
            ct.GradeLevel(code=f"l{i}", zh=f"等次{i}", en=f"level {i}", min_score=m)
            for i, m in enumerate(minimums)
        ),
    )


class TestBand:
    """``band`` is the first level whose minimum the total reaches, else the lowest."""

    @settings(max_examples=60, deadline=None)
    @given(scales(), st.fractions(min_value=-20, max_value=110, max_denominator=1000))
    def test_any_total(self, scale: ct.GradeScale, total: Fraction) -> None:
        assert band(scale, total) == _reference_band(scale, total)

    @settings(max_examples=60, deadline=None)
    @given(scales(), st.data())
    def test_at_each_minimum_and_a_hundredth_below(
        self, scale: ct.GradeScale, data: st.DataObject
    ) -> None:
        level = data.draw(st.sampled_from(scale.levels))
        at = Fraction(level.min_score)
        below = at - Fraction(1, 100)
        nudge = at - Fraction(1, 3 * 10**9)
        assert band(scale, at) == level
        assert band(scale, below) == _reference_band(scale, below)
        assert band(scale, nudge) == _reference_band(scale, nudge)
        if level is not scale.lowest:
            assert band(scale, below) != level

    @pytest.mark.parametrize(
        ("total", "grade"),
        [
            (Fraction(90), "excellent"),
            (Fraction(8999, 100), "good"),
            (Fraction(270000000001, 3000000000), "excellent"),
            (Fraction(269999999999, 3000000000), "good"),
            (Fraction(60), "pass"),
            (Fraction(5999, 100), "fail"),
            (Fraction(0), "fail"),
            (Fraction(-1, 100), "fail"),
        ],
    )
    def test_four_level_boundaries(self, total: Fraction, grade: str) -> None:
        assert band(FOUR_LEVELS, total).code == grade


class TestGradedAtTheEdge:
    """End to end: a total exactly at 90 is excellent, a hundredth below is good."""

    def _graded(self, *values: str) -> str | None:
        thirds = _scheme((Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)))
        base = cohort(marks=())
        subject = attrs.evolve(
            base,
            programme=programme(thirds),
            scores=tuple(
                ct.Score(trainee="t-001", component=f"c{i}", value=Decimal(v))
                for i, v in enumerate(values)
            ),
        )
        assessment = ct.evaluate(subject).assessment("t-001")
        assert assessment.outcome is ct.Outcome.COMPLETED
        return assessment.grade

    def test_exactly_at_the_minimum_in_thirds(self) -> None:
        # 90 + 89.995 + 90.005 = 270: a total of exactly 90 that no float would keep
        assert self._graded("90", "89.995", "90.005") == "excellent"

    def test_a_hundredth_below(self) -> None:
        assert self._graded("89.99", "89.99", "89.99") == "good"

    def test_a_third_of_a_hundredth_below(self) -> None:
        assert self._graded("90", "90", "89.99") == "good"


POOL = st.sampled_from(
    [
        Decimal("85"),
        Decimal("85.0"),
        Decimal("85.50"),
        Decimal("85.5"),
        Decimal("59.99"),
        Decimal(90),
    ]
)


class TestGatheredTotals:
    """Gathering works each trainee's total out exactly, marks as written."""

    @settings(max_examples=40, deadline=None)
    @given(weightings(), st.data())
    def test_every_trainees_total_is_its_fraction_sum(
        self, ws: tuple[Fraction, ...], data: st.DataObject
    ) -> None:
        # marks from a small pool, written several ways, so trainees share ratios and totals
        size = data.draw(st.integers(2, 6))
        drawn = [data.draw(st.lists(POOL, min_size=len(ws), max_size=len(ws))) for _ in range(size)]
        base = cohort(size=size, marks=())
        subject = attrs.evolve(
            base,
            programme=programme(_scheme(ws)),
            submissions=(),
            scores=tuple(
                ct.Score(trainee=f"t-{t + 1:03}", component=f"c{i}", value=v)
                for t, marks in enumerate(drawn)
                for i, v in enumerate(marks)
            ),
        )
        facts = gather(subject)
        for row, marks in enumerate(drawn):
            assert facts.total(row) == _reference(ws, marks)
            assert [str(v) for _, v in facts.marks_of(row)] == [str(v) for v in marks]


class TestSchemesInTurn:
    """Grading one cohort, then another with a different scheme, then the first again."""

    def test_each_cohort_is_graded_by_its_own_scheme(self) -> None:
        lenient = cohort(assessment=scheme(pass_mark=None), marks=scores("t-001", exam=70))
        strict = cohort(assessment=scheme(pass_mark=Decimal(75)), marks=scores("t-001", exam=70))
        for subject, outcome in [
            (lenient, ct.Outcome.COMPLETED),
            (strict, ct.Outcome.FAILED),
            (lenient, ct.Outcome.COMPLETED),
            (strict, ct.Outcome.FAILED),
        ]:
            for explain in (False, True):
                assessment = ct.evaluate(subject, explain=explain).assessment("t-001")
                assert assessment.outcome is outcome
