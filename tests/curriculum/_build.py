"""Small programmes and cohorts for the curriculum tests, built with public constructors.

Defaults describe a Hunan-style regional class (seed 000): a compulsory
lecture on the discourse on poverty work, field teaching at village sites.
Every builder takes keyword overrides, so a test states only what it varies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import cadretrain as ct

DAY = dt.date(2019, 4, 20)

ORGANISER = ct.Organiser(
    name="湖南省委组织部", kind=ct.OrganiserKind.PARTY_ORGANISATION, level=ct.AdminLevel.PROVINCE
)

_TOWNS = ("红桥镇", "底蓬镇", "留耕镇", "夕佳山镇", "大妙乡")
_VILLAGES = ("石龙", "龙泉", "红岩", "青山", "高峰", "新民", "长春", "太平", "金竹", "白沙")
JIANGAN_VILLAGES: tuple[str, ...] = tuple(
    f"{town}{village}村" for town in _TOWNS for village in _VILLAGES
)
"""Fifty registered poor villages, like seed 004's 50 建档立卡贫困村."""

HUNAN_THEMES = (
    ct.Topic.INDUSTRY,
    ct.Topic.PARTY_BUILDING,
    ct.Topic.CULTURE_TOURISM,
    ct.Topic.E_COMMERCE,
    ct.Topic.ENVIRONMENT,
)
"""Seed 000's five themes: 产业发展、基层党建、文创旅游、电子商务、环境整治."""


def module(
    code: str = "M01",
    *,
    tier: ct.Tier = ct.Tier.COMPULSORY,
    minutes: int = 90,
    format: ct.DeliveryFormat = ct.DeliveryFormat.LECTURE,
    capability: ct.Capability | None = None,
    title: str = "",
) -> ct.Module:
    """A module; the title defaults to one naming its code."""
    return ct.Module(
        code=code,
        title=title or f"课程{code}",
        tier=tier,
        topics=(ct.Topic.THEORY,),
        format=format,
        minutes=minutes,
        capability=capability,
    )


FIRST_LESSON = module(
    "M01", title="习近平总书记关于扶贫工作的重要论述", tier=ct.Tier.COMPULSORY, minutes=120
)
CEREMONY = module(
    "M00", title="开班仪式", tier=ct.Tier.KEY, minutes=30, format=ct.DeliveryFormat.CEREMONY
)
POLICY = module("M02", title="脱贫攻坚政策法规", tier=ct.Tier.KEY, minutes=90)
FIELD = module(
    "F01",
    title="现场教学",
    tier=ct.Tier.SPECIALTY,
    minutes=120,
    format=ct.DeliveryFormat.FIELD_TEACHING,
)


def site(
    site_id: str,
    *,
    region: str = "怀化",
    themes: Sequence[ct.Topic] = (ct.Topic.INDUSTRY,),
    capacity: int | None = None,
) -> ct.FieldSite:
    """A village field site in ``region``."""
    return ct.FieldSite(
        id=site_id,
        name=f"{region}{site_id}村",
        kind=ct.FieldSiteKind.VILLAGE,
        place=ct.Place(province="湖南省", prefecture=region),
        themes=tuple(themes),
        region=region,
        capacity=capacity,
    )


def programme(
    *,
    modules: Sequence[ct.Module] = (CEREMONY, FIRST_LESSON, POLICY, FIELD),
    field_sites: Sequence[ct.FieldSite] = (),
    audience: Sequence[ct.AudienceCategory] = (),
    features: Sequence[ct.ProgrammeFeature] = (),
    menu: Sequence[ct.Module] = (),
    orders: Sequence[ct.MenuOrder] = (),
) -> ct.Programme:
    """A programme with the given curriculum and sites."""
    return ct.Programme(
        id="p-test",
        title="省派驻村帮扶工作队示范培训班",
        organisers=(ORGANISER,),
        level=ct.AdminLevel.PROVINCE,
        audience=tuple(audience),
        modules=tuple(modules),
        field_sites=tuple(field_sites),
        features=tuple(features),
        menu=tuple(menu),
        orders=tuple(orders),
    )


def session(
    session_id: str,
    module_code: str,
    *,
    on: dt.date = DAY,
    minutes: int = 90,
    start: dt.time | None = None,
    site_id: str | None = None,
) -> ct.Session:
    """A session of ``module_code``."""
    return ct.Session(
        id=session_id, module=module_code, on=on, minutes=minutes, start=start, site=site_id
    )


def trainee(trainee_id: str, unit: str = "省农业农村厅") -> ct.Trainee:
    """A trainee working in ``unit``."""
    return ct.Trainee(
        id=trainee_id,
        name=f"学员{trainee_id}",
        role=ct.Role.VILLAGE_PARTY_SECRETARY,
        unit=unit,
        level=ct.AdminLevel.VILLAGE,
    )


def trainees(count: int, unit: str = "省农业农村厅") -> tuple[ct.Trainee, ...]:
    """``count`` trainees from ``unit``, ids t-001 onwards."""
    return tuple(trainee(f"t-{i:03d}", unit) for i in range(1, count + 1))


def cohort(
    prog: ct.Programme | None = None,
    *,
    sessions: Sequence[ct.Session] = (),
    people: Sequence[ct.Trainee] = (),
    region: str = "怀化",
    venue_capacity: int | None = None,
    required_units: Sequence[str] = (),
    start: dt.date = DAY,
    end: dt.date | None = None,
) -> ct.Cohort:
    """A cohort of ``prog`` (default :func:`programme`) over a few days from ``start``."""
    return ct.Cohort(
        id="c-01",
        programme=prog or programme(),
        start=start,
        end=end or start + dt.timedelta(days=4),
        venue="怀化市委党校",
        trainees=tuple(people) or trainees(3),
        sessions=tuple(sessions),
        region=region,
        venue_capacity=venue_capacity,
        required_units=tuple(required_units),
    )


def regional_class(site_count: int, *, region: str = "怀化") -> ct.Cohort:
    """A regional class (seed 000): the first lesson, then ``site_count`` of five sites.

    The five sites show the five themes between them, one each.
    """
    sites = tuple(
        site(f"fs-{i:02d}", region=region, themes=(theme,))
        for i, theme in enumerate(HUNAN_THEMES, start=1)
    )
    visits = [
        session(f"s-{i + 2:02d}", "F01", on=DAY + dt.timedelta(days=1), site_id=sites[i].id)
        for i in range(site_count)
    ]
    return cohort(
        programme(field_sites=sites),
        sessions=(session("s-01", "M01"), *visits),
        region=region,
    )
