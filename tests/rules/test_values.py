"""Parameter and evidence values: exact kinds only, printed as people read them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from cadretrain.errors import CadretrainError, InvalidValueError
from cadretrain.rules import check_evidence_value, check_param_value, format_value


@pytest.mark.parametrize(
    "value",
    [3, True, "x", Fraction(1, 7), Decimal("85.5"), date(2016, 3, 1), ("a", "b"), ()],
)
def test_exact_values_are_accepted_as_parameters(value: object) -> None:
    assert check_param_value(value) == value


@pytest.mark.parametrize(
    "value", [0.5, float("nan"), datetime(2016, 3, 1), None, [1], (1, 2), {"a"}]
)
def test_float_and_other_kinds_are_refused_as_parameters(value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        check_param_value(value, field="max_share")
    assert isinstance(info.value, CadretrainError)
    assert info.value.field == "max_share"
    assert "never a float" in str(info.value)


def test_float_is_refused_as_evidence_but_none_is_accepted() -> None:
    assert check_evidence_value(None) is None
    with pytest.raises(InvalidValueError, match="never a float"):
        check_evidence_value(1 / 7)


def test_format_value_shows_fractions_as_ratios() -> None:
    assert format_value(Fraction(1, 7)) == "1/7"
    assert format_value(Decimal("85.50")) == "85.50"
    assert format_value(False) == "false"
