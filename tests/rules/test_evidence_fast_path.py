"""Evidence checked quickly is checked all the same: the fast path changes no verdict.

``to_evidence`` takes a shortcut for pairs of exactly the accepted types;
everything else goes through the full check, which says what is wrong.
These tests hold the two equal: valid evidence comes back as its pairs,
invalid evidence is refused with the problems the full check lists.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain.rules.values as values
from cadretrain.errors import Problem, ValidationError
from cadretrain.rules import CheckResult
from cadretrain.rules.values import EvidenceValue, to_evidence


@contextmanager
def _full_check_only() -> Iterator[None]:
    """``to_evidence`` with the shortcut turned off: every pair goes through the full check."""
    with mock.patch.object(values, "_plainly_valid", return_value=False):
        yield


def _outcome(evidence: Any) -> object:
    """The pairs ``to_evidence`` gives, or the problems it refuses them with."""
    try:
        return to_evidence(evidence)
    except ValidationError as error:
        return ("refused", error.title, error.problems)


class Flag(int):
    """An ``int`` subclass: accepted by the full check (it is an int), not by the shortcut."""


class Colour(enum.IntEnum):
    RED = 1


class Day(date):
    """A ``date`` subclass that is not a ``datetime``."""


VALID_VALUES = st.one_of(
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.text(max_size=5),
    st.fractions(max_denominator=50),
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.dates(),
    st.none(),
)
ODD_VALUES = st.one_of(
    st.floats(allow_nan=False),
    st.datetimes(),
    st.just(Flag(3)),
    st.just(Colour.RED),
    st.just(Day(2016, 5, 9)),
    st.lists(st.integers(), max_size=2),
    st.just(b"bytes"),
)


@st.composite
def odd_evidence(draw: st.DrawFn) -> list[object]:
    """Pairs, mostly valid, some of them broken in one of the ways the full check reports."""
    items: list[object] = []
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.sampled_from(["score", "due", "total", "grade", "", 3]))
        value = draw(VALID_VALUES | ODD_VALUES)
        shape = draw(st.sampled_from(["pair"] * 7 + ["list", "triple", "bare"]))
        if shape == "pair":
            items.append((name, value))
        elif shape == "list":
            items.append([name, value])
        elif shape == "triple":
            items.append((name, value, value))
        else:
            items.append(value)
    return items


class TestValidEvidence:
    """Valid evidence comes back as a tuple of the pairs given, in order."""

    @settings(max_examples=60, deadline=None)
    @given(st.dictionaries(st.text(min_size=1, max_size=6), VALID_VALUES, max_size=6))
    def test_pairs_come_back_as_given(self, chosen: dict[str, EvidenceValue]) -> None:
        pairs = list(chosen.items())
        assert to_evidence(pairs) == tuple(pairs)
        assert to_evidence(chosen) == tuple(pairs)
        assert to_evidence(iter(pairs)) == tuple(pairs)
        with _full_check_only():
            assert to_evidence(pairs) == tuple(pairs)

    def test_accepted_subclasses_still_pass_through_the_full_check(self) -> None:
        evidence = (("flag", Flag(3)), ("colour", Colour.RED), ("day", Day(2016, 5, 9)))
        assert to_evidence(evidence) == evidence
        assert to_evidence([("whitespace", " ")]) == (("whitespace", " "),)

    def test_no_evidence_is_an_empty_tuple(self) -> None:
        assert to_evidence(()) == ()
        assert to_evidence({}) == ()


class TestInvalidEvidence:
    """Invalid evidence is refused with every problem, exactly as the full check lists them."""

    @settings(max_examples=60, deadline=None)
    @given(odd_evidence())
    def test_same_outcome_as_the_full_check(self, evidence: list[object]) -> None:
        with _full_check_only():
            expected = _outcome(evidence)
        assert _outcome(evidence) == expected

    @settings(max_examples=60, deadline=None)
    @given(st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), ODD_VALUES | VALID_VALUES))
    def test_well_formed_pairs_of_any_value(self, chosen: dict[str, object]) -> None:
        pairs = list(chosen.items())
        with _full_check_only():
            expected = _outcome(pairs)
        assert _outcome(pairs) == expected

    @pytest.mark.parametrize(
        ("evidence", "problems"),
        [
            (
                [("share", 0.5)],
                [("evidence.share", "0.5 is not accepted; expected an int, bool, str, Fraction, ")],
            ),
            (
                [("on", datetime(2016, 5, 9, 8, 0))],
                [("evidence.on", "datetime.datetime(2016, 5, 9, 8, 0) is not accepted")],
            ),
            ([("a", 1), ("a", 2)], [("evidence[1]", "name empty or repeated")]),
            ([("", 1)], [("evidence[0]", "name empty or repeated")]),
            ([(3, 1)], [("evidence[0]", "name empty or repeated")]),
            ([("a", 1), 5], [("evidence[1]", "not a (name, value) pair")]),
            ([("a", 1, 2)], [("evidence[0]", "not a (name, value) pair")]),
            ([["a", 1]], [("evidence[0]", "not a (name, value) pair")]),
            (
                [("a", [1]), ("b", 0.1), ("b", 1)],
                [
                    ("evidence.a", "[1] is not accepted"),
                    ("evidence.b", "0.1 is not accepted"),
                    ("evidence[2]", "name empty or repeated"),
                ],
            ),
        ],
    )
    def test_each_problem_is_named_with_its_path(
        self, evidence: list[object], problems: list[tuple[str, str]]
    ) -> None:
        with pytest.raises(ValidationError) as info:
            to_evidence(evidence)  # type: ignore[arg-type]
        assert info.value.title == "invalid evidence"
        assert [p.path for p in info.value.problems] == [path for path, _ in problems]
        for problem, (_, message) in zip(info.value.problems, problems, strict=True):
            assert problem.message.startswith(message)

    def test_a_float_names_its_value_and_what_is_accepted(self) -> None:
        with pytest.raises(ValidationError) as info:
            to_evidence({"leave_share": 1 / 7})  # type: ignore[arg-type]
        assert info.value.problems == (
            Problem(
                path="evidence.leave_share",
                message=f"{1 / 7!r} is not accepted; expected an int, bool, str, Fraction, "
                "Decimal, date or None (never a float)",
                value=1 / 7,
            ),
        )

    def test_a_check_result_refuses_a_float_in_its_evidence(self) -> None:
        with pytest.raises(ValidationError, match="never a float"):
            CheckResult(
                path="trainees[t-1]",
                passed=True,
                message_zh="合格",
                message_en="passed",
                evidence=(("share", 0.25),),  # type: ignore[arg-type]
            )
