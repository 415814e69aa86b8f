"""A cadre's personal training archive (个人培训档案, seed 002)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import _validators as v
from cadretrain.model.enums import Outcome, Rank, TrainingKind, TrainingPurpose

__all__ = ["TrainingEntry", "TrainingRecord"]


@attrs.frozen(kw_only=True)
class TrainingEntry:
    """One training in the archive: when, how, how long (学时 and/or days), with what outcome.

    At least one of ``hours`` (学时, exact) and ``days`` is given: converting
    days to 学时 is a policy parameter, never a silent default
    (docs/regulations.md, row 15). ``purpose`` says what the training was for
    when the archive records it: only a :attr:`~TrainingPurpose.INDUCTION`
    entry is training on promotion (任职培训); ``None``, the default, makes no
    such claim.
    """

    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    kind: TrainingKind = attrs.field(validator=v.member(TrainingKind))
    title: str = attrs.field(validator=v.text)
    outcome: Outcome = attrs.field(default=Outcome.COMPLETED, validator=v.member(Outcome))
    hours: Fraction | None = attrs.field(default=None, validator=v.optional(v.a_fraction))
    days: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
    programme: str = attrs.field(default="", validator=v.any_text)
    cohort: str = attrs.field(default="", validator=v.any_text)
    purpose: TrainingPurpose | None = attrs.field(
        default=None, validator=v.optional(v.member(TrainingPurpose))
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError("end", self.end, f"a date on or after start {self.start}")
        if self.hours is None and self.days is None:
            raise InvalidValueError("hours", None, "学时 as a Fraction, or days, or both")
        if self.hours is not None and self.hours < 0:
            raise InvalidValueError("hours", self.hours, "a Fraction of 0 or more")


@attrs.frozen(kw_only=True)
class TrainingRecord:
    """One cadre's trainings over the years, with the dates the regulation keys on.

    ``promoted_on`` is the date of the current post; ``trained_before_promotion``
    says whether the promotion training was done before it (if not, the
    regulation asks for it within one year after).
    """

    cadre_id: str = attrs.field(validator=v.ident)
    name: str = attrs.field(validator=v.text)
    rank: Rank = attrs.field(validator=v.member(Rank))
    entries: tuple[TrainingEntry, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(TrainingEntry))
    )
    promoted_on: dt.date | None = attrs.field(default=None, validator=v.optional(v.a_date))
    trained_before_promotion: bool = attrs.field(default=False, validator=v.a_bool)

    def with_entries(self, *entries: TrainingEntry) -> TrainingRecord:
        """A new record with ``entries`` appended (the archive is never edited in place)."""
        return attrs.evolve(self, entries=self.entries + entries)
