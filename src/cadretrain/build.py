"""Builders: a class's modules, roster, timetable and register from a records system's rows.

A department keeps its roster and timetable as rows (a CSV export, a
database query). These functions turn such rows into the library's values,
reading enum fields by their stable value or their Chinese label, and
collecting every problem with its path (``roster[3].role``) before raising
one :class:`~cadretrain.ValidationError`. They only build: every value
still passes through its class's constructor and invariants.

>>> import datetime as dt
>>> roster = [
...     {"id": "t-01", "name": "王建华", "role": "村党支部书记", "unit": "青溪村", "level": "village"},
...     {"id": "t-02", "name": "李春燕", "role": "village_head", "unit": "石坪村", "level": "村级"},
... ]
>>> [t.role.value for t in trainees(roster)]
['village_party_secretary', 'village_head']
>>> day = timetable([{"module": "M1", "on": "2020-06-01", "start": "08:30", "minutes": 90}])
>>> register = attendance_by_exception(trainees(roster), day, {("t-02", "s-01"): "absent"})
>>> [(r.trainee, r.status.value) for r in register]
[('t-01', 'present'), ('t-02', 'absent')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from cadretrain.errors import Problem, ValidationError
from cadretrain.model import (
    AdminLevel,
    AttendanceRecord,
    AttendanceRecording,
    AttendanceStatus,
    Capability,
    DeliveryFormat,
    GradeLevel,
    GradeScale,
    LabelledEnum,
    Module,
    Rank,
    Recurrence,
    Role,
    Session,
    Tier,
    Topic,
    Trainee,
)

__all__ = [
    "attendance_by_exception",
    "four_level_scale",
    "modules",
    "recurring_sessions",
    "timetable",
    "trainees",
]

E = TypeVar("E", bound=LabelledEnum)
Row = Mapping[str, Any]

_PARTIAL = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


def modules(table: Iterable[Row]) -> tuple[Module, ...]:
    """One :class:`~cadretrain.Module` per row of a programme's module table, in order.

    A row has ``code``, ``title``, ``tier``, ``topics`` (a list, or one text
    separated by ``、``, ``,`` or ``;``), ``format`` and ``minutes``, and may
    have ``capability`` and ``teacher``; enums by value or Chinese label.

    >>> first, = modules([{"code": "M1", "title": "习近平总书记关于扶贫工作的重要论述",
    ...     "tier": "必修课", "topics": "theory、policy_and_law", "format": "专题讲座",
    ...     "minutes": 180}])
    >>> first.tier.value, [t.value for t in first.topics], first.format.value
    ('compulsory', ['theory', 'policy_and_law'], 'lecture')
    """
    built: list[Module] = []
    problems: list[Problem] = []
    for index, row in enumerate(table):
        path = f"modules[{index}]"
        try:
            topics = _field(row, "topics")
            if isinstance(topics, str):
                topics = [t.strip() for t in topics.replace("、", ",").replace(";", ",").split(",")]
            built.append(
                Module(
                    code=_field(row, "code"),
                    title=_field(row, "title"),
                    tier=_member(Tier, _field(row, "tier"), "tier"),
                    topics=tuple(
                        _member(Topic, topic, f"topics[{i}]")
                        for i, topic in enumerate(topics)
                        if topic
                    ),
                    format=_member(DeliveryFormat, _field(row, "format"), "format"),
                    minutes=_field(row, "minutes"),
                    capability=_optional_member(Capability, row.get("capability"), "capability"),
                    teacher=row.get("teacher", ""),
                )
            )
        except ValidationError as error:
            problems.extend(error.prefixed(path).problems)
    _raise(problems, "cannot build the module table")
    return tuple(built)


def trainees(roster: Iterable[Row]) -> tuple[Trainee, ...]:
    """One :class:`~cadretrain.Trainee` per roster row, in order.

    A row has ``id``, ``name``, ``role``, ``unit`` and ``level``, and may
    have ``rank`` and ``distance_km``; an enum is given by its value
    (``"village_head"``) or its Chinese label (``"村主任"``).
    """
    built: list[Trainee] = []
    problems: list[Problem] = []
    for index, row in enumerate(roster):
        path = f"roster[{index}]"
        try:
            built.append(
                Trainee(
                    id=_field(row, "id"),
                    name=_field(row, "name"),
                    role=_member(Role, _field(row, "role"), "role"),
                    unit=_field(row, "unit"),
                    level=_member(AdminLevel, _field(row, "level"), "level"),
                    rank=_optional_member(Rank, row.get("rank"), "rank"),
                    distance_km=row.get("distance_km"),
                )
            )
        except ValidationError as error:
            problems.extend(error.prefixed(path).problems)
    _raise(problems, "cannot build the roster")
    return tuple(built)


def timetable(rows: Iterable[Row], *, prefix: str = "s") -> tuple[Session, ...]:
    """One :class:`~cadretrain.Session` per timetable row, ids ``s-01``, ``s-02``... unless given.

    A row has ``module``, ``on`` (a date or ``"2020-06-01"``) and
    ``minutes``, and may have ``id``, ``start`` (a time or ``"08:30"``),
    ``venue``, ``site`` and ``format``.
    """
    built: list[Session] = []
    problems: list[Problem] = []
    listed = list(rows)
    width = max(2, len(str(len(listed))))
    for index, row in enumerate(listed):
        path = f"timetable[{index}]"
        try:
            built.append(
                Session(
                    id=row.get("id") or f"{prefix}-{index + 1:0{width}d}",
                    module=_field(row, "module"),
                    on=_date(_field(row, "on"), "on"),
                    minutes=_field(row, "minutes"),
                    start=_time(row.get("start"), "start"),
                    venue=row.get("venue", ""),
                    site=row.get("site"),
                    format=_optional_member(DeliveryFormat, row.get("format"), "format"),
                )
            )
        except ValidationError as error:
            problems.extend(error.prefixed(path).problems)
    _raise(problems, "cannot build the timetable")
    return tuple(built)


def recurring_sessions(
    rfc5545: str,
    *,
    module: str,
    minutes: int,
    start: dt.time | None = None,
    prefix: str = "s",
) -> tuple[Session, ...]:
    """A session of ``module`` on each date of an RFC 5545 recurrence (bounded by COUNT or UNTIL).

    >>> weekly = "DTSTART:20200601\\nRRULE:FREQ=WEEKLY;COUNT=3"
    >>> [s.on.isoformat() for s in recurring_sessions(weekly, module="M1", minutes=90)]
    ['2020-06-01', '2020-06-08', '2020-06-15']
    """
    days = Recurrence(rfc5545=rfc5545).dates()
    width = max(2, len(str(len(days))))
    return tuple(
        Session(id=f"{prefix}-{i:0{width}d}", module=module, on=day, minutes=minutes, start=start)
        for i, day in enumerate(days, start=1)
    )


def attendance_by_exception(
    roster: Sequence[Trainee],
    sessions: Sequence[Session],
    exceptions: Mapping[tuple[str, str], AttendanceStatus | str | tuple[Any, int]] | None = None,
    *,
    recording: AttendanceRecording | str = AttendanceRecording.EVERY_SESSION,
) -> tuple[AttendanceRecord, ...]:
    """A register kept as the cohort keeps it: present, but for the exceptions.

    ``exceptions`` maps ``(trainee id, session id)`` to a status (a member,
    its value or its Chinese label) or, for late and left-early, to
    ``(status, minutes attended)``. An exception naming no trainee or
    session of the class is refused, so a typing slip is not lost.

    ``recording`` is the cohort's ``attendance_recording``: under
    ``every_session`` (the default) one record per trainee and session is
    written, ``present`` where no exception is given; under
    ``exceptions_only`` only the exceptions are written (give the cohort the
    same ``attendance_recording``, so an unrecorded trainee reads as present).

    >>> from cadretrain.model import Session
    >>> people = trainees([{"id": "t-1", "name": "甲", "role": "village_party_secretary",
    ...     "unit": "石龙村", "level": "village"}])
    >>> day = [Session(id="s-1", module="M1", on=dt.date(2020, 9, 7), minutes=90)]
    >>> len(attendance_by_exception(people, day))
    1
    >>> attendance_by_exception(people, day, recording="exceptions_only")
    ()
    """
    given = dict(exceptions or {})
    known = {(t.id, s.id) for t in roster for s in sessions}
    problems = [
        Problem(path=f"exceptions[{key!r}]", message="names no trainee and session of the class")
        for key in given
        if key not in known
    ]
    try:
        mode = _member(AttendanceRecording, recording, "recording")
    except ValidationError as error:
        problems.extend(error.problems)
        mode = AttendanceRecording.EVERY_SESSION
    records: list[AttendanceRecord] = []
    every = mode is AttendanceRecording.EVERY_SESSION
    for trainee in roster:
        for session in sessions:
            key = (trainee.id, session.id)
            if not every and key not in given:
                continue
            status: Any = given.get(key, AttendanceStatus.PRESENT)
            minutes = None
            if isinstance(status, tuple):
                status, minutes = status
            try:
                member = _member(AttendanceStatus, status, f"exceptions[{key!r}]")
                records.append(
                    AttendanceRecord(
                        trainee=trainee.id, session=session.id, status=member, minutes=minutes
                    )
                )
            except ValidationError as error:
                problems.extend(error.problems)
    _raise(problems, "cannot build the register")
    return tuple(records)


def four_level_scale(*, excellent: Decimal, good: Decimal, passing: Decimal) -> GradeScale:
    """The four-level scale 优秀/良好/合格/不合格 with the caller's cut-offs.

    One party school grades written work on these four levels
    (docs/regulations.md, row 14, confidence M); no source gives the
    cut-offs, so they are arguments, never defaults.

    >>> scale = four_level_scale(excellent=Decimal(90), good=Decimal(80), passing=Decimal(60))
    >>> [(level.zh, str(level.min_score)) for level in scale.levels]
    [('优秀', '90'), ('良好', '80'), ('合格', '60'), ('不合格', '0')]
    """
    return GradeScale(
        name="four_level",
        levels=(
            GradeLevel(code="excellent", zh="优秀", en="excellent", min_score=excellent),
            GradeLevel(code="good", zh="良好", en="good", min_score=good),
            GradeLevel(code="pass", zh="合格", en="pass", min_score=passing),
            GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False),
        ),
    )


def _field(row: Row, name: str) -> Any:
    if name not in row:
        raise ValidationError([Problem(path=name, message="is missing")])
    return row[name]


def _member(cls: type[E], value: object, path: str) -> E:
    """``value`` as a member of ``cls``: the member, its value, or its Chinese label."""
    if isinstance(value, cls):
        return value
    for member in cls:
        if value in (member.value, member.zh):
            return member
    accepted = ", ".join(f"{m.value} ({m.zh})" for m in cls)
    raise ValidationError(
        [
            Problem(
                path=path, message=f"{value!r} is not a {cls.__name__}; expected one of {accepted}"
            )
        ]
    )


def _optional_member(cls: type[E], value: object, path: str) -> E | None:
    return None if value is None or value == "" else _member(cls, value, path)


def _date(value: object, path: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            [Problem(path=path, message=f"{value!r} is not a date; expected e.g. '2020-06-01'")]
        ) from None


def _time(value: object, path: str) -> dt.time | None:
    if isinstance(value, dt.time):
        return value
    if value is None or value == "":
        return None
    try:
        parsed = dt.time.fromisoformat(str(value))
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is not None:
        raise ValidationError(
            [Problem(path=path, message=f"{value!r} is not a time; expected e.g. '08:30'")]
        )
    return parsed


def _raise(problems: list[Problem], title: str) -> None:
    if problems:
        raise ValidationError(problems, title=title)
