"""The public entry points refuse arguments of the wrong type with the library's own error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import cadretrain as ct

COHORT = ct.examples.jiangan_2015().cohort
PROGRAMME = ct.examples.jiangan_2015().programme
DAY = dt.date(2016, 1, 1)

CALLS: dict[str, tuple[Callable[[], object], str]] = {
    "evaluate a programme": (
        lambda: ct.evaluate(PROGRAMME),  # type: ignore[arg-type]
        "cohort: a Programme 'jiangan-2015'",
    ),
    "explain given as text": (lambda: ct.evaluate(COHORT, explain="yes"), "explain: 'yes'"),  # type: ignore[arg-type]
    "check a record that is a cohort": (
        lambda: ct.check_record(COHORT, DAY),  # type: ignore[arg-type]
        "record: a Cohort 'jiangan-2015-1'",
    ),
    "check a posting that is a cohort": (
        lambda: ct.check_posting(COHORT, DAY),  # type: ignore[arg-type]
        "posting: a Cohort 'jiangan-2015-1'",
    ),
    "a policy given by name": (lambda: ct.check(COHORT, "national"), "policy: 'national'"),  # type: ignore[arg-type]
    "a date given as text": (lambda: ct.evaluate(COHORT, on="2015-07-28"), "on: '2015-07-28'"),  # type: ignore[arg-type]
    "a rule book given as a tuple": (
        lambda: ct.check(COHORT, book=()),  # type: ignore[arg-type]
        "book: ()",
    ),
    "evaluate_many of a programme": (
        lambda: list(ct.evaluate_many([PROGRAMME])),  # type: ignore[list-item]
        "cohort: a Programme",
    ),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_a_wrong_argument_raises_the_librarys_error_naming_it(
    call: tuple[Callable[[], object], str],
) -> None:
    function, named = call
    with pytest.raises(ct.CadretrainError) as caught:
        function()
    assert named in str(caught.value)


def test_a_huge_bad_value_is_shown_in_at_most_a_few_hundred_characters() -> None:
    with pytest.raises(ct.InvalidValueError) as caught:
        ct.Trainee(
            id=" " + "x" * 1_000_000,
            name="张三",
            role=ct.Role.VILLAGE_HEAD,
            unit="某村",
            level=ct.AdminLevel.VILLAGE,
        )
    assert len(str(caught.value)) < 500
    assert "(1000003 characters)" in str(caught.value)
