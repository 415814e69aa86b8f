"""Cohorts: a programme's run with trainees, sessions and facts that all fit together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from cadretrain.model import (
    AttendanceRecording,
    Cohort,
    DeliveryFormat,
    Module,
    Programme,
    Role,
    Session,
)
from cadretrain.strategies._common import (
    EARLIEST,
    LATEST,
    Size,
    dates,
    members,
    size_bounds,
    texts,
    unique_ids,
)
from cadretrain.strategies._common import ids as _ids
from cadretrain.strategies._facts import Facts, Frame, attendance, facts
from cadretrain.strategies._people import draw_trainee
from cadretrain.strategies._programmes import programmes

__all__ = ["cohorts"]

_FIELD = DeliveryFormat.FIELD_TEACHING
_MINUTES = st.integers(min_value=15, max_value=240)
_START_TIMES = st.none() | st.builds(
    dt.time, st.integers(min_value=7, max_value=20), st.sampled_from((0, 30))
)
_VENUES = st.just("") | texts(max_size=6)


@st.composite
def cohorts(
    draw: st.DrawFn,
    *,
    programme: Programme | st.SearchStrategy[Programme] | None = None,
    size: Size = None,
    sessions: Size = None,
    roles: Sequence[Role] | None = None,
    max_days: int = 14,
    start: dt.date | None = None,
    end: dt.date | None = None,
    with_attendance: bool = True,
    with_facts: bool = True,
    recording: AttendanceRecording | None = None,
) -> Cohort:
    """A cohort whose every cross-reference holds, small by default.

    ``programme`` is a fixed programme or a strategy (default
    :func:`programmes`); ``size`` the number of trainees and ``sessions``
    the number of sessions, each an int or ``(min, max)`` (defaults
    ``(1, 8)`` and ``(1, 10)``); ``roles`` restricts the trainees' roles;
    the cohort lasts 1 to ``max_days`` days, all of them between ``start``
    and ``end`` when given (default 2013-01-01 to 2030-12-31), so that a
    rule in force from a date is tested on cohorts it judges (``start``
    is that date). Sessions fall inside the
    dates, on modules of the programme, field teaching at one of its sites.
    ``with_attendance`` adds a register (full or partial, one record per
    trainee and session, minutes within the session's); ``with_facts``
    adds leave, submissions, scores on the scheme's components, overrides,
    instrument responses, study groups, committee posts and speakers.
    Some trainees carry a ``person_id``, each a different person's; some
    scores carry a date, now and then one before the cohort's start.
    ``recording`` fixes how the register was kept (default: either).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, deadline=None)
    ... @given(cohorts(size=3, sessions=(0, 2)))
    ... def three_trainees(cohort):
    ...     assert len(cohort.trainees) == 3
    >>> three_trainees()
    """
    low, high = size_bounds(size, (1, 8), field="size")
    session_low, session_high = size_bounds(sessions, (1, 10), field="sessions")
    if max_days < 1:
        raise ValueError(f"max_days: {max_days!r} is not accepted; expected an int >= 1")
    chosen = draw(_programme_strategy(programme))
    schedulable = _schedulable(chosen)
    if not schedulable:
        if session_low > 0:
            raise ValueError(
                f"programme {chosen.id!r} has no module a session can be scheduled on "
                "(none, or only field teaching without a field site); pass sessions=0"
            )
        session_high = 0
    first, last = _span(start, end)
    longest = min(max_days, (last - first).days + 1)
    begins = draw(dates(min_value=first, max_value=last - dt.timedelta(days=longest - 1)))
    ends = begins + dt.timedelta(days=draw(st.integers(min_value=0, max_value=longest - 1)))
    trainee_ids = draw(unique_ids("t", low, high))
    person_ids = draw(unique_ids("p", len(trainee_ids), len(trainee_ids)))
    people = tuple(
        draw_trainee(draw, i, roles, person_id=person if draw(st.booleans()) else None)
        for i, person in zip(trainee_ids, person_ids, strict=True)
    )
    session_ids = draw(unique_ids("s", session_low, session_high))
    timetable = tuple(_session(draw, chosen, schedulable, i, begins, ends) for i in session_ids)
    frame = Frame(
        programme=chosen, start=begins, end=ends, trainees=tuple(trainee_ids), sessions=timetable
    )
    extra: Facts = draw(facts(frame)) if with_facts else {}
    return Cohort(
        id=draw(_ids("c")),
        programme=chosen,
        start=begins,
        end=ends,
        venue=draw(texts(max_size=8)),
        trainees=people,
        sessions=timetable,
        title=draw(st.just("") | texts(max_size=12)),
        region=draw(st.just("") | texts(max_size=4)),
        venue_capacity=draw(st.none() | st.integers(min_value=1, max_value=100)),
        required_units=tuple(draw(st.lists(texts(max_size=6), max_size=2, unique=True))),
        attendance=draw(attendance(frame)) if with_attendance else (),
        attendance_recording=recording or draw(members(AttendanceRecording)),
        **extra,
    )


def _span(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """The first and last day a drawn cohort may take, checked."""
    first = EARLIEST if start is None else start
    last = LATEST if end is None else end
    for name, value in (("start", start), ("end", end)):
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise ValueError(f"{name}: {value!r} is not accepted; expected a datetime.date")
    if last < first:
        raise ValueError(f"end: {last} is before start {first}; expected a date on or after it")
    return first, last


def _programme_strategy(
    programme: Programme | st.SearchStrategy[Programme] | None,
) -> st.SearchStrategy[Programme]:
    if programme is None:
        return programmes()
    if isinstance(programme, Programme):
        return st.just(programme)
    return programme


def _schedulable(programme: Programme) -> tuple[Module, ...]:
    every = programme.modules + programme.menu
    if programme.field_sites:
        return every
    return tuple(m for m in every if m.format is not _FIELD)


def _session(
    draw: st.DrawFn,
    programme: Programme,
    schedulable: tuple[Module, ...],
    session_id: str,
    start: dt.date,
    end: dt.date,
) -> Session:
    module = draw(st.sampled_from(schedulable))
    site_ids = [s.id for s in programme.field_sites]
    allowed = [f for f in DeliveryFormat if site_ids or f is not _FIELD]
    override = draw(members(DeliveryFormat, allowed)) if draw(st.booleans()) else None
    fmt = override or module.format
    if fmt is _FIELD:
        site: str | None = draw(st.sampled_from(site_ids))
    elif fmt.in_the_field and site_ids:
        site = draw(st.none() | st.sampled_from(site_ids))
    else:
        site = None
    return Session(
        id=session_id,
        module=module.code,
        on=draw(dates(start, end)),
        minutes=draw(_MINUTES) if draw(st.booleans()) else module.minutes,
        start=draw(_START_TIMES),
        venue=draw(_VENUES),
        site=site,
        format=override,
    )
