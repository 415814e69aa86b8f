"""Assessment weights are positive and sum to exactly 1; grade bands are strictly ordered."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.errors import ValidationError

from .examples import component, refused, scale


@pytest.mark.parametrize("weight", [Fraction(0), Fraction(-1, 2)])
def test_a_component_weight_is_positive(weight: Fraction) -> None:
    refused(ValidationError, "weight", lambda: component(weight=weight))


def test_weights_sum_to_exactly_one() -> None:
    thirds = (component("a", Fraction(1, 3)), component("b", Fraction(1, 3)))
    error = refused(
        ValidationError,
        "components",
        lambda: ct.AssessmentScheme(scale=scale(), components=thirds),
    )
    assert "2/3" in str(error)


def test_weights_of_sevenths_sum_exactly() -> None:
    parts = tuple(component(f"c{i}", Fraction(1, 7)) for i in range(7))
    assert (
        sum(c.weight for c in ct.AssessmentScheme(scale=scale(), components=parts).components) == 1
    )


def test_component_codes_are_unique_within_the_scheme() -> None:
    halves = (component("a", Fraction(1, 2)), component("a", Fraction(1, 2)))
    refused(
        ValidationError,
        "components[1]",
        lambda: ct.AssessmentScheme(scale=scale(), components=halves),
    )


def test_the_top_grade_share_is_a_fraction_from_zero_to_one() -> None:
    refused(
        ValidationError,
        "top_grade_share",
        lambda: ct.AssessmentScheme(scale=scale(), top_grade_share=Fraction(3, 2)),
    )


def _level(code: str, minimum: int) -> ct.GradeLevel:
    return ct.GradeLevel(code=code, zh="等次", en="level", min_score=Decimal(minimum))


@pytest.mark.parametrize("second", [90, 91])
def test_grade_bands_are_strictly_ordered_best_first(second: int) -> None:
    error = refused(
        ValidationError,
        "levels[1].min_score",
        lambda: ct.GradeScale(name="s", levels=(_level("excellent", 90), _level("good", second))),
    )
    assert "strictly ordered" in str(error)


def test_grade_level_codes_are_unique() -> None:
    refused(
        ValidationError,
        "levels[1]",
        lambda: ct.GradeScale(name="s", levels=(_level("a", 90), _level("a", 60))),
    )
