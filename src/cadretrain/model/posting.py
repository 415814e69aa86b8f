"""A first secretary's or work-team member's posting to a village (seed 002)."""

from __future__ import annotations

import datetime as dt

import attrs

from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.model import _validators as v
from cadretrain.model.enums import AppraisalGrade, PostingRole, RecallStep
from cadretrain.model.place import Place

__all__ = ["Appraisal", "Posting", "PresencePeriod", "RecallEvent"]


@attrs.frozen(kw_only=True)
class PresencePeriod:
    """Working days and days present in the village over a period (e.g. a year)."""

    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    working_days: int = attrs.field(validator=v.positive_int)
    days_present: int = attrs.field(validator=v.non_negative_int)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError("end", self.end, f"a date on or after start {self.start}")
        if self.days_present > self.working_days:
            raise InvalidValueError(
                "days_present", self.days_present, f"at most working_days ({self.working_days})"
            )


@attrs.frozen(kw_only=True)
class Appraisal:
    """An annual appraisal of the posted cadre."""

    year: int = attrs.field(validator=v.positive_int)
    grade: AppraisalGrade = attrs.field(validator=v.member(AppraisalGrade))
    by: str = attrs.field(default="", validator=v.any_text)


@attrs.frozen(kw_only=True)
class RecallEvent:
    """A step on the recall (召回) path: proposed, recalled, replaced."""

    on: dt.date = attrs.field(validator=v.a_date)
    step: RecallStep = attrs.field(validator=v.member(RecallStep))
    by: str = attrs.field(validator=v.text)
    reason: str = attrs.field(default="", validator=v.any_text)


@attrs.frozen(kw_only=True)
class Posting:
    """A cadre posted to a village: where, by whom, for how long, how present, how appraised."""

    id: str = attrs.field(validator=v.ident)
    cadre_id: str = attrs.field(validator=v.ident)
    name: str = attrs.field(validator=v.text)
    role: PostingRole = attrs.field(validator=v.member(PostingRole))
    village: Place = attrs.field(validator=v.instance(Place))
    sending_unit: str = attrs.field(validator=v.text)
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    team_size: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
    presence: tuple[PresencePeriod, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(PresencePeriod))
    )
    appraisals: tuple[Appraisal, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Appraisal))
    )
    recall: tuple[RecallEvent, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(RecallEvent))
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError("end", self.end, f"a date on or after start {self.start}")
        problems = v.check_unique("appraisals", (str(a.year) for a in self.appraisals))
        if problems:
            raise ValidationError(problems, title="invalid posting")
