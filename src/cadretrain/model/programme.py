"""A training programme (培训项目/班次) as designed, before any cohort runs."""

from __future__ import annotations

import datetime as dt

import attrs
from dateutil.rrule import rrulestr

from cadretrain.errors import InvalidValueError, Problem, ValidationError
from cadretrain.model import _validators as v
from cadretrain.model.enums import (
    AdminLevel,
    AudienceCategory,
    ManagementRule,
    ProgrammeFeature,
)
from cadretrain.model.field_site import FieldSite
from cadretrain.model.module import MenuOrder, Module
from cadretrain.model.place import Organiser
from cadretrain.model.scheme import AssessmentScheme

__all__ = ["Programme", "Recurrence"]


@attrs.frozen(kw_only=True)
class Recurrence:
    """A recurring schedule (rotation training, quarterly supervision) as RFC 5545 text.

    The text must be bounded by COUNT or UNTIL; dates are returned as ``date``.

    >>> r = Recurrence(rfc5545="DTSTART:20190101\\nRRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4")
    >>> [d.isoformat() for d in r.dates()]
    ['2019-01-01', '2019-04-01', '2019-07-01', '2019-10-01']
    """

    rfc5545: str = attrs.field(validator=v.text)

    def __attrs_post_init__(self) -> None:
        upper = self.rfc5545.upper()
        if "RRULE" in upper and "COUNT=" not in upper and "UNTIL=" not in upper:
            raise InvalidValueError("rfc5545", self.rfc5545, "an RRULE bounded by COUNT or UNTIL")
        try:
            rrulestr(self.rfc5545, forceset=True)
        except (ValueError, TypeError) as error:
            raise InvalidValueError(
                "rfc5545", self.rfc5545, f"RFC 5545 DTSTART/RRULE text ({error})"
            ) from None

    def dates(self) -> tuple[dt.date, ...]:
        """Every occurrence, as dates, in order."""
        return tuple(moment.date() for moment in rrulestr(self.rfc5545, forceset=True))


@attrs.frozen(kw_only=True)
class Programme:
    """A programme: who it is for, what it teaches, where it goes, how it judges.

    Module codes (curriculum and menu together) and field-site ids are unique.
    """

    id: str = attrs.field(validator=v.ident)
    title: str = attrs.field(validator=v.text)
    organisers: tuple[Organiser, ...] = attrs.field(
        validator=v.tuple_of(v.instance(Organiser), non_empty=True)
    )
    level: AdminLevel = attrs.field(validator=v.member(AdminLevel))
    audience: tuple[AudienceCategory, ...] = attrs.field(
        validator=v.tuple_of(v.member(AudienceCategory))
    )
    modules: tuple[Module, ...] = attrs.field(validator=v.tuple_of(v.instance(Module)))
    objectives: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.text))
    field_sites: tuple[FieldSite, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(FieldSite))
    )
    features: tuple[ProgrammeFeature, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.member(ProgrammeFeature))
    )
    management: tuple[ManagementRule, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.member(ManagementRule))
    )
    duration_days: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
    scheme: AssessmentScheme | None = attrs.field(
        default=None, validator=v.optional(v.instance(AssessmentScheme))
    )
    menu: tuple[Module, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Module)))
    orders: tuple[MenuOrder, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(MenuOrder))
    )
    rotation: Recurrence | None = attrs.field(
        default=None, validator=v.optional(v.instance(Recurrence))
    )
    source: str = attrs.field(default="", validator=v.any_text)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        problems += v.check_unique("modules", (m.code for m in self.modules + self.menu))
        problems += v.check_unique("field_sites", (s.id for s in self.field_sites))
        if problems:
            raise ValidationError(problems, title="invalid programme")

    def module(self, code: str) -> Module:
        """The module (curriculum or menu) with ``code``."""
        for module in self.modules + self.menu:
            if module.code == code:
                return module
        raise KeyError(code)

    def field_site(self, site_id: str) -> FieldSite:
        """The field site with ``site_id``."""
        for site in self.field_sites:
            if site.id == site_id:
                return site
        raise KeyError(site_id)

    def has(self, feature: ProgrammeFeature) -> bool:
        """Whether the programme declares ``feature``."""
        return feature in self.features
