"""Dated parameters: latest start on or before the date wins; None ends a value."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from cadretrain.errors import CadretrainError, InvalidValueError, ValidationError
from cadretrain.rules import Citation, DatedParameter, DatedValue, ParameterNotInForce

A = Citation(source="条例 2015")
B = Citation(source="通知 2018")
C = Citation(source="废止 2020")


def entry(day: date, value: object) -> DatedValue:
    return DatedValue(effective_from=day, value=value, citation=A)  # type: ignore[arg-type]


SHARE = DatedParameter(
    entries=(
        DatedValue(effective_from=date(2015, 10, 1), value=Fraction(1, 7), citation=A),
        DatedValue(effective_from=date(2018, 1, 1), value=Fraction(1, 10), citation=B),
        DatedValue(effective_from=date(2020, 1, 1), value=None, citation=C),
        DatedValue(effective_from=date(2022, 1, 1), value=Fraction(1, 8), citation=B),
    )
)


@pytest.mark.parametrize(
    ("on", "value", "citation"),
    [
        (date(2015, 10, 1), Fraction(1, 7), A),
        (date(2017, 12, 31), Fraction(1, 7), A),
        (date(2018, 1, 1), Fraction(1, 10), B),
        (date(2019, 12, 31), Fraction(1, 10), B),
        (date(2022, 1, 1), Fraction(1, 8), B),
        (date(2030, 1, 1), Fraction(1, 8), B),
    ],
)
def test_latest_start_on_or_before_the_date_wins(
    on: date, value: Fraction, citation: Citation
) -> None:
    found = SHARE.at(on)
    assert (found.value, found.citation) == (value, citation)


def test_before_the_first_entry_raises_naming_both_dates() -> None:
    with pytest.raises(ParameterNotInForce, match=r"2015-09-30.*2015-10-01") as info:
        SHARE.at(date(2015, 9, 30))
    assert isinstance(info.value, CadretrainError)
    assert isinstance(info.value, LookupError)


def test_an_end_entry_leaves_no_value_until_a_later_entry() -> None:
    with pytest.raises(ParameterNotInForce, match=r"ended on 2020-01-01.*resumes 2022-01-01"):
        SHARE.at(date(2021, 6, 1))
    assert not SHARE.in_force(date(2020, 1, 1))
    assert SHARE.in_force(date(2022, 1, 1))


def test_unsorted_entries_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"entries\[1\].*strictly increasing"):
        DatedParameter(entries=(entry(date(2018, 1, 1), 1), entry(date(2015, 1, 1), 2)))


def test_two_entries_on_the_same_day_are_refused() -> None:
    with pytest.raises(ValidationError, match="strictly increasing"):
        DatedParameter(entries=(entry(date(2018, 1, 1), 1), entry(date(2018, 1, 1), 2)))


def test_empty_and_end_first_are_refused() -> None:
    with pytest.raises(InvalidValueError, match="at least one"):
        DatedParameter(entries=())
    with pytest.raises(ValidationError, match="first entry cannot be an end"):
        DatedParameter(entries=(entry(date(2018, 1, 1), None),))


def test_float_value_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="never a float"):
        entry(date(2018, 1, 1), 0.142857)


def test_single_and_with_entry_build_new_parameters() -> None:
    one = DatedParameter.single(3, since=date(2015, 1, 1), citation=A)
    two = one.with_entry(entry(date(2019, 1, 1), 5))
    assert one.at(date(2020, 1, 1)).value == 3
    assert two.at(date(2020, 1, 1)).value == 5
    assert two.at(date(2018, 1, 1)).value == 3


def test_with_entry_on_an_existing_date_amends_that_entry() -> None:
    amended = SHARE.with_entry(entry(date(2018, 1, 1), Fraction(1, 9)))
    assert len(amended.entries) == len(SHARE.entries)
    assert amended.at(date(2018, 6, 1)).value == Fraction(1, 9)


def test_describe_lists_entries_in_order() -> None:
    assert (
        SHARE.describe()
        == "1/7 from 2015-10-01; 1/10 from 2018-01-01; ended 2020-01-01; 1/8 from 2022-01-01"
    )
