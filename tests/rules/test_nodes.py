"""Rule nodes: constructors read like the rule, flatten, and are values."""

from __future__ import annotations

from fractions import Fraction

import pytest

from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.rules import AllOf, AnyOf, AtLeast, Check, Not, rule_ids, walk

a, b, c = Check("a"), Check("b"), Check("c")


def test_all_of_and_any_of_flatten_nested_nodes_of_their_kind() -> None:
    assert AllOf(AllOf(a, b), c) == AllOf(a, b, c)
    assert AllOf(a, AllOf(b, AllOf(c))) == AllOf(a, b, c)
    assert AnyOf(AnyOf(a, b), c) == AnyOf(a, b, c)
    assert AllOf(AnyOf(a, b), c).children == (AnyOf(a, b), c)


def test_an_empty_nested_combinator_is_kept_as_a_constant() -> None:
    assert AllOf(AllOf(), a).children == (AllOf(), a)


def test_repr_reads_like_the_rule() -> None:
    assert repr(AllOf(a, Not(b))) == "AllOf(Check('a'), Not(Check('b')))"
    assert repr(AtLeast(2, a, b, c)) == "AtLeast(2, Check('a'), Check('b'), Check('c'))"
    assert repr(AnyOf()) == "AnyOf()"
    assert (
        repr(Check("x.y", params=(("m", Fraction(1, 2)),)))
        == "Check('x.y', params=(('m', Fraction(1, 2)),))"
    )


def test_nodes_are_hashable_values() -> None:
    assert {AllOf(a, b): 1}[AllOf(a, b)] == 1
    assert AllOf(a, b) != AnyOf(a, b)  # type: ignore[comparison-overlap]
    assert Check("a", params={"n": 1}) != Check("a", params={"n": 2})


def test_check_params_are_sorted_and_with_params_overrides() -> None:
    node = Check("a", params={"z": 1, "m": 2})
    assert node.params == (("m", 2), ("z", 1))
    assert node == Check("a", params=(("z", 1), ("m", 2)))
    assert node.with_params(z=3).params == (("m", 2), ("z", 3))


def test_check_refuses_float_and_duplicate_params() -> None:
    with pytest.raises(ValidationError, match=r"params\.share.*never a float"):
        Check("a", params={"share": 0.5})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="set twice"):
        Check("a", params=(("n", 1), ("n", 2)))


@pytest.mark.parametrize("rule_id", ["", "A.b", "a..b", "a.b-c", "1a"])
def test_check_refuses_malformed_ids(rule_id: str) -> None:
    with pytest.raises(InvalidValueError, match="rule_id"):
        Check(rule_id)


@pytest.mark.parametrize("n", [-1, 4, True])
def test_at_least_refuses_n_outside_zero_to_children(n: int) -> None:
    with pytest.raises(InvalidValueError, match="from 0 to 3"):
        AtLeast(n, a, b, c)


def test_children_must_be_rule_nodes() -> None:
    with pytest.raises(InvalidValueError, match="a rule node"):
        AllOf(a, "b")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="a rule node"):
        Not(None)  # type: ignore[arg-type]


def test_rule_ids_are_in_tree_order_and_unique() -> None:
    assert rule_ids(AllOf(c, AnyOf(a, Not(c)), AtLeast(1, b, a))) == ("c", "a", "b")
    assert [type(n).__name__ for n in walk(Not(AllOf(a)))] == ["Not", "AllOf", "Check"]
