"""Menu orders (seed 001: 通用主课+特色课, 点单)."""

from __future__ import annotations

import pytest

import cadretrain as ct

from ._build import module, programme
from ._run import failures, run_rule

MENU = tuple(module(f"X{i}", tier=ct.Tier.SPECIALTY) for i in range(1, 6))


def _ordering(*orders: tuple[str, ...]) -> ct.Programme:
    return programme(
        menu=MENU,
        orders=tuple(
            ct.MenuOrder(unit=f"文山州{i}县", codes=codes) for i, codes in enumerate(orders)
        ),
        features=(ct.ProgrammeFeature.MENU_ORDERING,),
    )


def test_orders_within_the_bounds_and_on_the_menu_pass() -> None:
    findings = run_rule(
        "curriculum.menu_selection", _ordering(("X1", "X2"), ("X3",)), max_electives=2
    )
    assert [f.path for f in findings] == ["programme.orders[0]", "programme.orders[1]"]
    assert not failures(findings)


def test_an_order_off_the_menu_lists_the_codes_not_on_it() -> None:
    findings = run_rule("curriculum.menu_selection", _ordering(("X1", "Y7", "Z9")))
    (bad,) = failures(findings)
    assert bad.path == "programme.orders[0]"
    assert ("off_menu", "Y7, Z9") in bad.evidence
    assert bad.message_zh == "文山州0县的点单:不在菜单上:Y7、Z9"


def test_an_order_over_the_maximum_fails_and_at_the_maximum_passes() -> None:
    findings = run_rule(
        "curriculum.menu_selection", _ordering(("X1", "X2", "X3"), ("X1", "X2")), max_electives=2
    )
    assert [f.passed for f in findings] == [False, True]
    assert "3 course(s), expected 1 to 2" in findings[0].message_en


def test_an_empty_order_and_a_repeated_code_fail_under_the_structural_defaults() -> None:
    findings = run_rule("curriculum.menu_selection", _ordering((), ("X1", "X1")))
    assert [f.passed for f in findings] == [False, False]
    assert ("repeated", "X1") in findings[1].evidence


def test_a_maximum_below_the_minimum_is_refused() -> None:
    with pytest.raises(ct.CadretrainError, match="max_electives"):
        run_rule("curriculum.menu_selection", _ordering(("X1",)), min_electives=3, max_electives=2)
