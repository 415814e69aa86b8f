"""Every enum member has zh and en labels and a snake_case ASCII value, unique per enum."""

from __future__ import annotations

import re

import pytest

import cadretrain as ct
from cadretrain.model import LabelledEnum, enums

ENUM_NAMES: list[str] = list(enums.__all__)
ENUMS: list[type[LabelledEnum]] = [getattr(ct, name) for name in ENUM_NAMES]
SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def test_every_enum_is_exported_at_top_level() -> None:
    assert all(issubclass(e, LabelledEnum) for e in ENUMS)
    assert len(ENUMS) == len(ENUM_NAMES) > 20


@pytest.mark.parametrize("enum_cls", ENUMS, ids=ENUM_NAMES)
def test_members_have_labels_and_snake_case_ascii_values(enum_cls: type[LabelledEnum]) -> None:
    for member in enum_cls:
        assert member.zh.strip(), member
        assert member.en.strip(), member
        assert isinstance(member.value, str)
        assert member.value.isascii()
        assert SNAKE.fullmatch(member.value), member.value


@pytest.mark.parametrize("enum_cls", ENUMS, ids=ENUM_NAMES)
def test_values_and_labels_are_unique_per_enum(enum_cls: type[LabelledEnum]) -> None:
    members = list(enum_cls)
    assert len(members) == len(enum_cls.__members__)  # no aliases: values unique
    assert len({m.value for m in members}) == len(members)
    assert len({m.zh for m in members}) == len(members)
    assert len({m.en for m in members}) == len(members)


def test_every_role_has_an_audience_and_every_audience_a_capability() -> None:
    assert all(isinstance(role.audience, ct.AudienceCategory) for role in ct.Role)
    assert all(isinstance(a.capability, ct.Capability) for a in ct.AudienceCategory)
    assert ct.Role.VILLAGE_CLERK.audience is ct.AudienceCategory.VILLAGE
    assert ct.AudienceCategory.VILLAGE.capability is ct.Capability.IMPLEMENTATION


def test_label_gives_either_language() -> None:
    assert ct.label(ct.Tier.COMPULSORY) == "必修课"
    assert ct.label(ct.Tier.COMPULSORY, "en") == "compulsory"
    assert ct.label(ct.DeliveryFormat.CEREMONY, "zh") == "开班仪式"


def test_label_refuses_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="lang"):
        ct.label(ct.Tier.KEY, "fr")  # type: ignore[arg-type]
