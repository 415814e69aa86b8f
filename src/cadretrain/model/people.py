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

    ``person_id`` is the records system's own id of the person (the key of
    their personal file, 一人一档), when the roster gives it: the one key by
    which two trainees are known to be the same person (a cadre enrolled
    twice under two trainee ids, ``cohort.person_enrolled_once``). It is
    never a name: two cadres may share a name, and one cadre's name may be
    written two ways. A trainee without it is compared with nobody.

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
    person_id: str | None = attrs.field(default=None, validator=v.optional(v.ident))
