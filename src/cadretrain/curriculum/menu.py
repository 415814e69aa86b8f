"""Orders from a course menu (seed 001's "通用主课+特色课", units 点单).

Each :class:`~cadretrain.model.module.MenuOrder` names between
``min_electives`` and ``max_electives`` distinct courses, every one on the
programme's menu, none twice. The seeds give no bounds: the structural
default ``min_electives=1`` says an order orders something, and
``max_electives=0`` means no upper limit.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from cadretrain.curriculum._params import a_count, describe
from cadretrain.errors import InvalidValueError
from cadretrain.model import MenuOrder, Programme
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.sources import SEED_YUNNAN_2019

__all__ = ["MENU_SELECTION", "MenuBounds", "menu_selection"]


def _bounds(instance: MenuBounds) -> None:
    if instance.max_electives and instance.max_electives < instance.min_electives:
        raise InvalidValueError(
            "max_electives",
            instance.max_electives,
            f"0 (no limit) or at least min_electives ({instance.min_electives})",
        )


@attrs.frozen(kw_only=True)
class MenuBounds:
    """How many menu courses one order may name."""

    min_electives: int = attrs.field(
        default=1,
        validator=a_count,
        metadata=describe("每份点单至少选课门数", "least number of courses in one order"),
    )
    max_electives: int = attrs.field(
        default=0,
        validator=a_count,
        metadata=describe(
            "每份点单至多选课门数(0 表示不设上限)",
            "greatest number of courses in one order (0: no limit)",
        ),
    )

    def __attrs_post_init__(self) -> None:
        _bounds(self)


def _judge(index: int, order: MenuOrder, menu: set[str], params: MenuBounds) -> CheckResult:
    distinct = tuple(dict.fromkeys(order.codes))
    repeated = tuple(dict.fromkeys(c for c in order.codes if order.codes.count(c) > 1))
    off_menu = tuple(c for c in distinct if c not in menu)
    count = len(distinct)
    few = count < params.min_electives
    many = bool(params.max_electives) and count > params.max_electives
    limit = str(params.max_electives) if params.max_electives else "∞"
    zh_parts: list[str] = []
    en_parts: list[str] = []
    if few or many:
        zh_parts.append(f"选了 {count} 门,应在 {params.min_electives}–{limit} 门之间")
        en_parts.append(f"{count} course(s), expected {params.min_electives} to {limit}")
    if off_menu:
        zh_parts.append(f"不在菜单上:{'、'.join(off_menu)}")
        en_parts.append(f"not on the menu: {', '.join(off_menu)}")
    if repeated:
        zh_parts.append(f"重复点选:{'、'.join(repeated)}")
        en_parts.append(f"ordered twice: {', '.join(repeated)}")
    passed = not zh_parts
    if passed:
        zh_parts.append(f"选了 {count} 门菜单课程,在 {params.min_electives}–{limit} 门之间")
        en_parts.append(
            f"{count} course(s) from the menu, within {params.min_electives} to {limit}"
        )
    return CheckResult(
        path=f"programme.orders[{index}]",
        passed=passed,
        message_zh=f"{order.unit}的点单:" + ";".join(zh_parts),
        message_en=f"order of {order.unit}: " + "; ".join(en_parts),
        evidence=(
            ("unit", order.unit),
            ("electives", count),
            ("off_menu", ", ".join(off_menu)),
            ("repeated", ", ".join(repeated)),
        ),
    )


def menu_selection(programme: Programme, params: MenuBounds) -> Iterator[CheckResult]:
    """Each order names ``min_electives``..``max_electives`` distinct menu courses."""
    if not programme.orders:
        yield CheckResult(
            path="programme",
            passed=True,
            message_zh="项目没有点单,不判断选课",
            message_en="the programme has no menu orders; nothing to judge",
            evidence=(("orders", 0),),
        )
        return
    menu = {m.code for m in programme.menu}
    for index, order in enumerate(programme.orders):
        yield _judge(index, order, menu, params)


MENU_SELECTION = CheckDefinition(
    rule_id="curriculum.menu_selection",
    scope=Scope.PROGRAMME,
    description_zh="每份点单的选课门数在上下限之间,且都在课程菜单上",
    description_en="each menu order names between min and max courses, all from the menu",
    params_type=MenuBounds,
    function=menu_selection,
    source=SEED_YUNNAN_2019,
)
