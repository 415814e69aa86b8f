"""Courses (课程) and the orders units place from a course menu."""

from __future__ import annotations

from fractions import Fraction

import attrs

from cadretrain.model import _validators as v
from cadretrain.model.enums import Capability, DeliveryFormat, Tier, Topic

__all__ = ["MenuOrder", "Module"]


@attrs.frozen(kw_only=True)
class Module:
    """A course: its tier, topics, format and planned length in minutes.

    Lengths are int minutes so that shares are exact; ``hours`` gives clock
    hours as a ``Fraction``.  (A 学时 is not a fixed number of minutes
    nationally, see docs/regulations.md, row 15, so the model keeps minutes.)

    >>> m = Module(code="M01", title="习近平总书记关于扶贫工作的重要论述", tier=Tier.COMPULSORY,
    ...            topics=(Topic.THEORY,), format=DeliveryFormat.LECTURE, minutes=150)
    >>> m.hours
    Fraction(5, 2)
    """

    code: str = attrs.field(validator=v.ident)
    title: str = attrs.field(validator=v.text)
    tier: Tier = attrs.field(validator=v.member(Tier))
    topics: tuple[Topic, ...] = attrs.field(validator=v.tuple_of(v.member(Topic)))
    format: DeliveryFormat = attrs.field(validator=v.member(DeliveryFormat))
    minutes: int = attrs.field(validator=v.positive_int)
    capability: Capability | None = attrs.field(
        default=None, validator=v.optional(v.member(Capability))
    )
    teacher: str = attrs.field(default="", validator=v.any_text)

    @property
    def hours(self) -> Fraction:
        """Planned length in clock hours."""
        return Fraction(self.minutes, 60)

    @property
    def instructional(self) -> bool:
        """Whether this module is instruction (a ceremony is not)."""
        return self.format.instructional


@attrs.frozen(kw_only=True)
class MenuOrder:
    """A unit's order (点单) of specialty courses from a programme's menu (seed 001)."""

    unit: str = attrs.field(validator=v.text)
    codes: tuple[str, ...] = attrs.field(validator=v.tuple_of(v.ident))
