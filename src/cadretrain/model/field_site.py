"""Field-teaching sites (现场教学点, 实训基地)."""

from __future__ import annotations

from decimal import Decimal

import attrs

from cadretrain.model import _validators as v
from cadretrain.model.enums import FieldSiteKind, Topic
from cadretrain.model.place import Place

__all__ = ["FieldSite", "Indicator"]


@attrs.frozen(kw_only=True)
class Indicator:
    """A showcase figure of a site, e.g. per-capita income up ~3000 yuan in 2018 (seed 000)."""

    name: str = attrs.field(validator=v.text)
    value: Decimal = attrs.field(validator=v.a_decimal)
    unit: str = attrs.field(validator=v.text)
    year: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
    approximate: bool = attrs.field(default=False, validator=v.a_bool)


@attrs.frozen(kw_only=True)
class FieldSite:
    """A place trainees visit to learn from practice, with the themes it shows.

    >>> site = FieldSite(id="fs-01", name="十八洞村", kind=FieldSiteKind.VILLAGE,
    ...                  place=Place(province="湖南省", county="花垣县", village="十八洞村"),
    ...                  themes=(Topic.THEORY, Topic.INDUSTRY), region="湘西")
    >>> site.themes[1].zh
    '产业发展'
    """

    id: str = attrs.field(validator=v.ident)
    name: str = attrs.field(validator=v.text)
    kind: FieldSiteKind = attrs.field(validator=v.member(FieldSiteKind))
    place: Place = attrs.field(validator=v.instance(Place))
    themes: tuple[Topic, ...] = attrs.field(validator=v.tuple_of(v.member(Topic)))
    region: str = attrs.field(default="", validator=v.any_text)
    assistance_model: str = attrs.field(default="", validator=v.any_text)
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Indicator))
    )
    capacity: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
