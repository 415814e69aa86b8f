"""Trainees: who is trained, in which role, from which unit."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from cadretrain.model import AdminLevel, Rank, Role, Trainee
from cadretrain.strategies._common import chinese_names, draw_place, members, texts
from cadretrain.strategies._common import ids as _ids

__all__ = ["draw_trainee", "trainees"]


@st.composite
def trainees(
    draw: st.DrawFn,
    *,
    roles: Sequence[Role] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> Trainee:
    """A trainee with a Chinese name, a role from ``roles`` and an id from ``ids``.

    The audience is the role's default (seed 001's "五个盯住"), so a rule
    that reads ``trainee.audience`` sees the category the role implies.
    Some trainees carry a records-system ``person_id`` (``p-...``), some none.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(trainees(roles=[Role.VILLAGE_CLERK]))
    ... def in_the_village_audience(trainee):
    ...     assert trainee.audience.value == "village"
    >>> in_the_village_audience()
    """
    trainee_id = draw(ids if ids is not None else _ids("t"))
    person_id = draw(_ids("p")) if draw(st.booleans()) else None
    return draw_trainee(draw, trainee_id, roles, person_id=person_id)


def draw_trainee(
    draw: st.DrawFn,
    trainee_id: str,
    roles: Sequence[Role] | None,
    *,
    person_id: str | None = None,
) -> Trainee:
    """A trainee with ``trainee_id`` and ``person_id`` (a plain function, so loops build no
    new strategy)."""
    return Trainee(
        id=trainee_id,
        name=draw(chinese_names()),
        role=draw(members(Role, roles)),
        unit=draw(texts(max_size=8)),
        level=draw(members(AdminLevel)),
        rank=draw(st.none() | members(Rank)),
        home=draw_place(draw) if draw(st.booleans()) else None,
        distance_km=draw(st.none() | st.integers(min_value=0, max_value=600)),
        person_id=person_id,
    )
