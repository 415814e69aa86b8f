"""Builders the seed programmes share, so that each seed reads as its article's facts.

A seed states who organised a programme, which modules it teaches, where it
goes and when each session runs; these helpers turn one line of such facts
into a model object.  They add no facts of their own: each argument is passed
through, and a session's length is always its module's.
"""

from __future__ import annotations

import datetime as dt
import functools

from cadretrain.model import (
    AdminLevel,
    Capability,
    DeliveryFormat,
    FieldSite,
    FieldSiteKind,
    Module,
    Organiser,
    OrganiserKind,
    Place,
    Programme,
    Session,
    Tier,
    Topic,
)

__all__ = [
    "field_site",
    "government_department",
    "lecture",
    "module",
    "organisation_department",
    "party_school",
    "session",
]


def organisation_department(name: str, level: AdminLevel) -> Organiser:
    """A party committee's organisation department (组织部) as organiser."""
    return Organiser(name=name, kind=OrganiserKind.PARTY_ORGANISATION, level=level)


def government_department(name: str, level: AdminLevel) -> Organiser:
    """A government department (such as a poverty-alleviation office) as organiser."""
    return Organiser(name=name, kind=OrganiserKind.GOVERNMENT, level=level)


def party_school(name: str, level: AdminLevel) -> Organiser:
    """A party school or cadre college as organiser."""
    return Organiser(name=name, kind=OrganiserKind.PARTY_SCHOOL, level=level)


def module(
    code: str,
    title: str,
    tier: Tier,
    topics: tuple[Topic, ...],
    minutes: int,
    *,
    fmt: DeliveryFormat,
    capability: Capability | None = None,
    teacher: str = "",
) -> Module:
    """A module delivered in format ``fmt``: one line of a seed's curriculum.

    >>> m = module("X01", "座谈讨论", Tier.KEY, (Topic.METHODS,), 90, fmt=DeliveryFormat.DISCUSSION)
    >>> m.format.value, m.minutes, m.capability, m.teacher
    ('discussion', 90, None, '')
    """
    return Module(code=code, title=title, tier=tier, topics=topics, format=fmt, minutes=minutes,
                  capability=capability, teacher=teacher)  # fmt: skip


lecture = functools.partial(module, fmt=DeliveryFormat.LECTURE)
"""A module taught as a lecture (专题讲座), the seeds' most common format.

>>> lecture("X02", "政策解读", Tier.KEY, (Topic.POLICY_AND_LAW,), 120).format.value
'lecture'
"""


def field_site(
    sid: str, name: str, kind: FieldSiteKind, place: Place, themes: tuple[Topic, ...]
) -> FieldSite:
    """A field-teaching site with no region, assistance model or figures."""
    return FieldSite(id=sid, name=name, kind=kind, place=place, themes=themes)


def session(
    programme: Programme,
    sid: str,
    code: str,
    on: dt.date,
    start: dt.time,
    *,
    venue: str = "",
    site: str | None = None,
    fmt: DeliveryFormat | None = None,
) -> Session:
    """A session teaching the whole of module ``code`` of ``programme``.

    It lasts the module's minutes; held at field site ``site``, it takes the
    site's name as its venue.
    """
    minutes = programme.module(code).minutes
    if site is not None:
        venue = programme.field_site(site).name
    return Session(id=sid, module=code, on=on, start=start, minutes=minutes, venue=venue,
                   site=site, format=fmt)  # fmt: skip
