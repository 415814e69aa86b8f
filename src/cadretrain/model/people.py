"""The people who are trained."""

from __future__ import annotations

import attrs

from cadretrain.model import _validators as v
from cadretrain.model.enums import AdminLevel, AudienceCategory, Rank, Role
from cadretrain.model.place import Place

__all__ = ["Trainee"]


def _default_audience(trainee: Trainee) -> AudienceCategory | None:
    # Runs before validators: a bad role is reported by the role validator.
    role: object = trainee.role
    return role.audience if isinstance(role, Role) else None


@attrs.frozen(kw_only=True)
class Trainee:
    """A trainee (学员): who they are, their post and where they work.

    ``audience`` defaults to the role's category (seed 001's "五个盯住").

    >>> t = Trainee(id="t-001", name="李国华", role=Role.VILLAGE_CLERK, unit="红桥镇石龙村",
    ...             level=AdminLevel.VILLAGE)
    >>> t.audience.zh, t.audience.capability.zh
    ('贫困村干部', '落实能力')
    """

    id: str = attrs.field(validator=v.ident)
    name: str = attrs.field(validator=v.text)
    role: Role = attrs.field(validator=v.member(Role))
    unit: str = attrs.field(validator=v.text)
    level: AdminLevel = attrs.field(validator=v.member(AdminLevel))
    audience: AudienceCategory = attrs.field(
        default=attrs.Factory(_default_audience, takes_self=True),
        validator=v.member(AudienceCategory),
    )
    rank: Rank | None = attrs.field(default=None, validator=v.optional(v.member(Rank)))
    home: Place | None = attrs.field(default=None, validator=v.optional(v.instance(Place)))
    distance_km: int | None = attrs.field(default=None, validator=v.optional(v.non_negative_int))
