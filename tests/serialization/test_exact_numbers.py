"""``from_json(..., numbers_as_decimals=True)``: scores sent as JSON numbers, read exactly.

Other systems send a score as a JSON number (``85.5``) where ``to_json``
writes a string (``"85.5"``). With the option, a ``Decimal`` field takes
the number, read from its text and never through ``float``: the object is
the one the same document with the number written as a string loads to.
Off by default: the number is refused, with its path.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain.serialization import DocumentError, from_json, to_json

from .samples import cohort


def _score(value: str) -> str:
    return '{"trainee": "t-001", "component": "exam", "value": ' + value + "}"


@pytest.mark.parametrize("number", ["70", "85.5", "85.50", "0.1", "1e2", "-0.25"])
def test_a_number_loads_as_the_same_number_written_as_a_string(number: str) -> None:
    as_number = from_json(_score(number), ct.Score, numbers_as_decimals=True)
    as_string = from_json(_score(f'"{number}"'), ct.Score)
    assert as_number == as_string
    assert str(as_number.value) == str(as_string.value)  # the same digits and exponent


def test_numbers_are_kept_exactly_as_written() -> None:
    def value(number: str) -> Decimal:
        return from_json(_score(number), ct.Score, numbers_as_decimals=True).value

    assert str(value("70")) == "70"
    assert str(value("85.5")) == "85.5"
    assert str(value("85.50")) == "85.50"  # the trailing zero kept, as in Decimal("85.50")
    assert value("0.1") == Decimal("0.1")  # not 0.1000000000000000055511151231257827...
    assert value("0.1") != Decimal(float("0.1"))  # what a float would have given


def test_without_the_option_a_number_is_refused_with_its_path() -> None:
    with pytest.raises(DocumentError) as caught:
        from_json(_score("85.5"), ct.Score)
    assert [problem.path for problem in caught.value.problems] == ["$.value"]
    assert "85.5" in str(caught.value)


def test_an_int_field_still_refuses_a_number_with_a_fraction_part() -> None:
    text = to_json(cohort()).replace('"minutes":60', '"minutes":60.0')
    assert '"minutes":60.0' in text
    with pytest.raises(DocumentError) as caught:
        from_json(text, ct.Cohort, numbers_as_decimals=True)
    assert [problem.path for problem in caught.value.problems] == ["$.attendance[1].minutes"]
    assert "60.0 (a number with a fraction part) is not an integer" in str(caught.value)


def test_a_string_field_still_refuses_a_number() -> None:
    with pytest.raises(DocumentError) as caught:
        from_json(_score("85.5").replace('"t-001"', "1.5"), ct.Score, numbers_as_decimals=True)
    assert [problem.path for problem in caught.value.problems] == ["$.trainee"]


def test_a_decimal_field_still_refuses_what_is_not_a_number() -> None:
    for value in ("true", "null", '"85,5"', "[85]"):
        with pytest.raises(DocumentError) as caught:
            from_json(_score(value), ct.Score, numbers_as_decimals=True)
        assert [problem.path for problem in caught.value.problems] == ["$.value"]


def test_a_cohort_with_scores_and_a_pass_mark_as_numbers() -> None:
    scores = tuple(
        ct.Score(trainee=trainee, component=component, value=Decimal(value))
        for trainee, component, value in (
            ("t-001", "exam", "85.50"),
            ("t-002", "exam", "70"),
            ("t-002", "essay", "0.1"),
        )
    )
    expected = attrs.evolve(cohort(), scores=scores)
    text = to_json(expected)
    for value in ("85.50", "70", "0.1"):
        text = text.replace(f'"value":"{value}"', f'"value":{value}')
    assert '"value":85.50' in text
    with pytest.raises(DocumentError):
        from_json(text, ct.Cohort)
    loaded = from_json(text, ct.Cohort, numbers_as_decimals=True)
    assert loaded == expected
    assert [str(score.value) for score in loaded.scores] == ["85.50", "70", "0.1"]

    component = ct.Component(code="exam", title="考试", weight=Fraction(1, 2), pass_mark=None)
    text = to_json(component).replace("}", ',"pass_mark":60}')
    assert from_json(text, ct.Component, numbers_as_decimals=True) == attrs.evolve(
        component, pass_mark=Decimal("60")
    )


def test_the_option_changes_nothing_for_text_to_json_wrote() -> None:
    expected = attrs.evolve(
        cohort(), scores=(ct.Score(trainee="t-001", component="exam", value=Decimal("85.50")),)
    )
    text = to_json(expected)
    assert from_json(text, ct.Cohort, numbers_as_decimals=True) == expected
    assert from_json(text, ct.Cohort) == expected
