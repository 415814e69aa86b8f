"""Building blocks several test packages share: a county programme, its modules, a village clerk.

Each test package keeps its own data (ids, titles, minutes) and passes it
in; only the constructor calls that were written alike in each package
live here, so a change to the model's signatures is made once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cadretrain as ct


def county_organiser(name: str) -> ct.Organiser:
    """A county Party organisation department, such as 县委组织部."""
    return ct.Organiser(
        name=name, kind=ct.OrganiserKind.PARTY_ORGANISATION, level=ct.AdminLevel.COUNTY
    )


def module(
    code: str,
    title: str,
    *,
    tier: ct.Tier,
    topic: ct.Topic,
    format: ct.DeliveryFormat,
    minutes: int,
) -> ct.Module:
    """A module on one topic."""
    return ct.Module(
        code=code, title=title, tier=tier, topics=(topic,), format=format, minutes=minutes
    )


def county_programme(
    *,
    id: str,
    title: str,
    organiser: str,
    modules: Sequence[ct.Module],
    audience: Sequence[ct.AudienceCategory] = (ct.AudienceCategory.VILLAGE,),
    **fields: Any,
) -> ct.Programme:
    """A county-level programme run by the county organisation department ``organiser``."""
    return ct.Programme(
        id=id,
        title=title,
        organisers=(county_organiser(organiser),),
        level=ct.AdminLevel.COUNTY,
        audience=tuple(audience),
        modules=tuple(modules),
        **fields,
    )


def village_clerk(id: str, *, name: str, unit: str, **fields: Any) -> ct.Trainee:
    """A village clerk (村文书) working in ``unit``."""
    return ct.Trainee(
        id=id,
        name=name,
        role=ct.Role.VILLAGE_CLERK,
        unit=unit,
        level=ct.AdminLevel.VILLAGE,
        **fields,
    )
