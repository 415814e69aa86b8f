"""``policies()`` draws policies that fit their rule book and run on any day in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from cadretrain.builtin import BUILTIN_RULES
from cadretrain.rules import (
    AllOf,
    CheckDefinition,
    CheckResult,
    Policy,
    RuleBook,
    Scope,
    resolve_parameters,
    rule_ids,
    validate_policy,
    walk,
)
from cadretrain.rules.nodes import Check
from cadretrain.strategies import policies

FAST = settings(deadline=None, max_examples=40)


def _share_at_most_one(
    instance: object, attribute: attrs.Attribute[Fraction], value: object
) -> None:
    if not isinstance(value, Fraction) or value > 1:
        raise ValueError(f"{attribute.name}: {value!r} is not a share from 0 to 1")


@attrs.frozen(kw_only=True)
class Limits:
    """Every parameter type a check may declare."""

    most: int
    share: Fraction = attrs.field(validator=_share_at_most_one)
    score: Decimal = Decimal(60)
    since: dt.date = dt.date(2015, 10, 1)
    strict: bool = False
    unit: str = "学时"
    kinds: tuple[str, ...] = ("essay",)
    mode: Literal["all", "any"] = "all"
    either: int | Fraction = 3


@attrs.frozen(kw_only=True)
class Ordered:
    """Two parameters the class only accepts together in order."""

    low: int
    high: int

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")


@attrs.frozen(kw_only=True)
class Opaque:
    """A required parameter of a type no strategy is drawn for."""

    thing: complex


def _never(subject: object, params: object) -> Iterator[CheckResult]:
    yield CheckResult(path="cohort", passed=True, message_zh="通过", message_en="passes")


def _definition(rule_id: str, params_type: type) -> CheckDefinition:
    return CheckDefinition(
        rule_id=rule_id,
        scope=Scope.COHORT,
        description_zh="示例检查",
        description_en="a toy check",
        params_type=params_type,
        function=_never,
    )


BOOK = RuleBook(
    checks=(
        _definition("toy.limits", Limits),
        _definition("toy.ordered", Ordered),
        _definition("toy.opaque", Opaque),
    )
)


@FAST
@given(policies(book=BOOK))
def test_policies_fit_their_book_and_leave_out_undrawable_checks(policy: Policy) -> None:
    validate_policy(policy, BOOK)
    assert "toy.opaque" not in rule_ids(policy.rule)


@pytest.mark.parametrize("book", [BOOK, BUILTIN_RULES], ids=["toy", "builtin"])
@FAST
@given(data=st.data())
def test_every_check_gets_values_its_class_accepts_on_any_day_in_force(
    book: RuleBook, data: st.DataObject
) -> None:
    policy = data.draw(policies(book=book, max_amendments=3))
    last = policy.effective_to or dt.date(2040, 12, 31)
    on = data.draw(st.dates(policy.effective_from, last))
    for node in walk(policy.rule):
        if isinstance(node, Check):
            definition = book[node.rule_id]
            params, uses = resolve_parameters(definition, node, policy, on)
            assert isinstance(params, definition.params_type)
            assert {u.name for u in uses} == set(definition.parameter_names)


@FAST
@given(policies(book=BOOK, rule_ids=["toy.limits"]))
def test_required_parameters_are_always_set_with_their_type(policy: Policy) -> None:
    assert rule_ids(policy.rule) == ("toy.limits",)
    most = policy.parameter("toy.limits", "most")
    share = policy.parameter("toy.limits", "share")
    assert most is not None
    assert share is not None
    assert all(isinstance(e.value, int) for e in most.entries)
    assert all(isinstance(e.value, Fraction) and 0 <= e.value <= 1 for e in share.entries)
    assert most.entries[0].effective_from == policy.effective_from


@FAST
@given(policies(book=BOOK, rule_ids=["toy.opaque"], values={("toy.opaque", "thing"): st.just(1)}))
def test_values_supply_strategies_for_parameters(policy: Policy) -> None:
    thing = policy.parameter("toy.opaque", "thing")
    assert thing is not None
    assert {e.value for e in thing.entries} == {1}


def test_a_named_check_whose_parameters_cannot_be_drawn_is_refused() -> None:
    with pytest.raises(ValueError, match=r"toy\.opaque"):
        policies(book=BOOK, rule_ids=["toy.opaque"])


def test_an_empty_book_gives_the_empty_tree() -> None:
    policy = find(policies(book=RuleBook(checks=())), lambda _: True)
    assert policy.rule == AllOf()
    assert policy.parameters == ()


@FAST
@given(policies())
def test_the_builtin_book_is_the_default(policy: Policy) -> None:
    validate_policy(policy, BUILTIN_RULES)
