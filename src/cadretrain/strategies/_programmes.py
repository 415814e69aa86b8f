"""Modules, field sites and programmes, with codes and site ids unique and referenced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from cadretrain.model import (
    AdminLevel,
    AssessmentScheme,
    AudienceCategory,
    Capability,
    DeliveryFormat,
    FieldSite,
    FieldSiteKind,
    Indicator,
    ManagementRule,
    MenuOrder,
    Module,
    Organiser,
    OrganiserKind,
    Programme,
    ProgrammeFeature,
    Recurrence,
    Tier,
    Topic,
)
from cadretrain.strategies._common import (
    EARLIEST,
    chinese_names,
    dates,
    decimals,
    draw_place,
    how_many,
    members,
    texts,
    unique_ids,
)
from cadretrain.strategies._common import ids as _ids
from cadretrain.strategies._schemes import assessment_schemes

__all__ = ["field_sites", "modules", "programmes"]


@st.composite
def modules(
    draw: st.DrawFn,
    *,
    tiers: Sequence[Tier] | None = None,
    formats: Sequence[DeliveryFormat] | None = None,
    codes: st.SearchStrategy[str] | None = None,
    min_minutes: int = 30,
    max_minutes: int = 240,
) -> Module:
    """A course with a tier from ``tiers``, a format from ``formats``, int minutes."""
    code = draw(codes if codes is not None else _ids("M"))
    return _module(draw, code, tiers, formats, min_minutes, max_minutes)


def _module(
    draw: st.DrawFn,
    code: str,
    tiers: Sequence[Tier] | None,
    formats: Sequence[DeliveryFormat] | None,
    min_minutes: int = 30,
    max_minutes: int = 240,
) -> Module:
    return Module(
        code=code,
        title=draw(texts()),
        tier=draw(members(Tier, tiers)),
        topics=tuple(draw(st.lists(members(Topic), min_size=1, max_size=3, unique=True))),
        format=draw(members(DeliveryFormat, formats)),
        minutes=draw(st.integers(min_value=max(min_minutes, 1), max_value=max_minutes)),
        capability=draw(st.none() | members(Capability)),
        teacher=draw(st.just("") | chinese_names()),
    )


@st.composite
def field_sites(
    draw: st.DrawFn,
    *,
    kinds: Sequence[FieldSiteKind] | None = None,
    themes: Sequence[Topic] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> FieldSite:
    """A field-teaching site of a kind from ``kinds`` showing themes from ``themes``."""
    site_id = draw(ids if ids is not None else _ids("fs"))
    return _field_site(draw, site_id, kinds, themes)


def _field_site(
    draw: st.DrawFn,
    site_id: str,
    kinds: Sequence[FieldSiteKind] | None = None,
    themes: Sequence[Topic] | None = None,
) -> FieldSite:
    theme_choices = tuple(Topic) if themes is None else tuple(themes)
    return FieldSite(
        id=site_id,
        name=draw(texts(max_size=6)),
        kind=draw(members(FieldSiteKind, kinds)),
        place=draw_place(draw),
        themes=tuple(
            draw(st.lists(members(Topic, theme_choices), min_size=1, max_size=3, unique=True))
        ),
        region=draw(st.just("") | texts(max_size=4)),
        assistance_model=draw(st.just("") | texts(max_size=8)),
        indicators=tuple(draw(st.lists(_indicators(), max_size=2))),
        capacity=draw(st.none() | st.integers(min_value=1, max_value=200)),
    )


@st.composite
def _indicators(draw: st.DrawFn) -> Indicator:
    return Indicator(
        name=draw(texts(max_size=6)),
        value=draw(decimals(0, 100000)),
        unit=draw(st.sampled_from(("元", "户", "人", "%", "亩"))),
        year=draw(st.none() | st.integers(min_value=2013, max_value=2030)),
        approximate=draw(st.booleans()),
    )


@st.composite
def _organisers(draw: st.DrawFn) -> Organiser:
    return Organiser(
        name=draw(texts(max_size=8)),
        kind=draw(members(OrganiserKind)),
        level=draw(members(AdminLevel)),
    )


@st.composite
def _rotations(draw: st.DrawFn) -> Recurrence:
    first: dt.date = draw(dates(EARLIEST, dt.date(2025, 12, 31)))
    interval = draw(st.integers(min_value=1, max_value=6))
    count = draw(st.integers(min_value=1, max_value=6))
    return Recurrence(
        rfc5545=f"DTSTART:{first:%Y%m%d}\nRRULE:FREQ=MONTHLY;INTERVAL={interval};COUNT={count}"
    )


@st.composite
def programmes(
    draw: st.DrawFn,
    *,
    audience: Sequence[AudienceCategory] | None = None,
    tiers: Sequence[Tier] | None = None,
    formats: Sequence[DeliveryFormat] | None = None,
    min_modules: int = 1,
    max_modules: int = 8,
    with_scheme: bool | None = None,
    with_field_sites: bool | None = None,
    with_menu: bool | None = None,
) -> Programme:
    """A programme whose module codes and site ids are unique and whose references hold.

    ``audience``, ``tiers`` and ``formats`` restrict the choices (every
    module, menu ones included, has a tier from ``tiers``); a programme
    with a field-teaching module always has a field site, so a cohort can
    schedule it; ``with_field_sites=False`` leaves out field teaching.
    ``with_scheme`` / ``with_menu``: ``True`` always, ``False`` never,
    ``None`` either. Menu orders name menu modules; a menu brings the
    ``MENU_ORDERING`` feature and a rotation the ``ROTATION`` feature.
    """
    format_choices = tuple(DeliveryFormat) if formats is None else tuple(formats)
    if with_field_sites is False:
        format_choices = tuple(f for f in format_choices if f is not DeliveryFormat.FIELD_TEACHING)
    if not format_choices:
        raise ValueError(
            "formats: no delivery format left to choose; with_field_sites=False excludes "
            "field teaching, so give at least one other format"
        )
    menu_low, menu_high = how_many(with_menu, 3)
    course_count = draw(st.integers(min_value=min_modules, max_value=max_modules))
    menu_count = draw(st.integers(min_value=menu_low, max_value=menu_high))
    codes = draw(unique_ids("M", course_count + menu_count, course_count + menu_count))
    course_codes, menu_codes = codes[:course_count], codes[course_count:]
    course = [
        draw(modules(tiers=tiers, formats=format_choices, codes=st.just(c))) for c in course_codes
    ]
    menu = [
        draw(modules(tiers=tiers, formats=format_choices, codes=st.just(c))) for c in menu_codes
    ]
    in_field = any(m.format is DeliveryFormat.FIELD_TEACHING for m in course + menu)
    site_low = 1 if in_field or with_field_sites else 0
    site_high = 0 if with_field_sites is False else 3
    site_ids = draw(unique_ids("fs", site_low, site_high))
    rotation = draw(st.none() | _rotations())
    features = set(draw(st.lists(members(ProgrammeFeature), max_size=2, unique=True)))
    if menu:
        features.add(ProgrammeFeature.MENU_ORDERING)
    if rotation is not None:
        features.add(ProgrammeFeature.ROTATION)
    audience_choices = tuple(AudienceCategory) if audience is None else tuple(audience)
    return Programme(
        id=draw(_ids("p")),
        title=draw(texts(min_size=2, max_size=16)),
        organisers=tuple(draw(st.lists(_organisers(), min_size=1, max_size=2))),
        level=draw(members(AdminLevel)),
        audience=tuple(
            draw(
                st.lists(
                    members(AudienceCategory, audience_choices),
                    min_size=1,
                    max_size=3,
                    unique=True,
                )
            )
        ),
        modules=tuple(course),
        objectives=tuple(draw(st.lists(texts(max_size=10), max_size=2))),
        field_sites=tuple(_field_site(draw, i) for i in site_ids),
        features=tuple(sorted(features, key=lambda f: f.value)),
        management=tuple(draw(st.lists(members(ManagementRule), max_size=3, unique=True))),
        duration_days=draw(st.none() | st.integers(min_value=1, max_value=30)),
        scheme=draw(_maybe(with_scheme)),
        menu=tuple(menu),
        orders=tuple(draw(st.lists(_orders(tuple(menu_codes)), max_size=2))) if menu else (),
        rotation=rotation,
    )


def _maybe(with_scheme: bool | None) -> st.SearchStrategy[AssessmentScheme | None]:
    if with_scheme is None:
        return st.none() | assessment_schemes()
    return assessment_schemes() if with_scheme else st.none()


@st.composite
def _orders(draw: st.DrawFn, menu_codes: tuple[str, ...]) -> MenuOrder:
    chosen = draw(st.lists(st.sampled_from(menu_codes), min_size=1, unique=True))
    return MenuOrder(unit=draw(texts(max_size=8)), codes=tuple(chosen))
