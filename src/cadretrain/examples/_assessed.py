"""Labelled, fictitious assessment facts that let every seed cohort be judged.

The articles tell how classes were run, never how each trainee did: no
register, no marks.  A seed that is to be judged (``ct.evaluate``) needs
both, so these helpers make them up, deterministically, for fictitious
trainees only:

- a register with one record for *every* trainee at *every* session:
  present, except for the few departures a seed lists (approved leave,
  absence without leave, lateness, leaving early);
- one approved leave request for each trainee the register shows on leave;
- the seed's piece of written work from every trainee but those it lists as
  handing in none or handing it in late;
- a score for every trainee on every component, by index arithmetic, with a
  seed's listed trainees below the pass mark.

The grade scale is the four levels 优秀/良好/合格/不合格, which one party
school is confirmed to use (docs/regulations.md, row 14); its cut-offs (90,
80, 60) and every component, weight and pass mark are assumptions, which
each seed's notes say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

from cadretrain.errors import InvalidValueError
from cadretrain.model import (
    AssessmentScheme,
    AttendanceRecord,
    AttendanceStatus,
    Component,
    Deliverable,
    GradeLevel,
    GradeScale,
    LeaveReason,
    LeaveRequest,
    LeaveStatus,
    ReviewState,
    Score,
    Submission,
    Trainee,
)

__all__ = [
    "MAX_SCORE",
    "PASS_MARK",
    "Departure",
    "component",
    "four_level_scale",
    "leave",
    "register",
    "scheme",
    "scores",
    "work",
]

PASS_MARK = Decimal(60)
"""The assumed pass mark of every seed component (and the 合格 cut-off)."""

MAX_SCORE = Decimal(100)
"""The assumed maximum of every seed component: marks out of 100."""

Departure = AttendanceStatus | tuple[AttendanceStatus, int]
"""A register entry other than present: a status, or (late / left early, minutes attended)."""


def four_level_scale() -> GradeScale:
    """优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below: the levels confirmed, the cut-offs assumed.

    >>> [(g.zh, str(g.min_score)) for g in four_level_scale().levels]
    [('优秀', '90'), ('良好', '80'), ('合格', '60'), ('不合格', '0')]
    """
    return GradeScale(
        name="four_level",
        levels=(
            GradeLevel(code="excellent", zh="优秀", en="excellent", min_score=Decimal(90)),
            GradeLevel(code="good", zh="良好", en="good", min_score=Decimal(80)),
            GradeLevel(code="pass", zh="合格", en="pass", min_score=PASS_MARK),
            GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False),
        ),
    )


def component(code: str, title: str, weight: Fraction) -> Component:
    """An assumed component marked out of 100, with the assumed pass mark."""
    return Component(
        code=code, title=title, weight=weight, pass_mark=PASS_MARK, max_score=MAX_SCORE
    )


def scheme(components: tuple[Component, ...], work: Deliverable) -> AssessmentScheme:
    """An assumed scheme: ``components``, one required piece of ``work``, the four levels."""
    return AssessmentScheme(scale=four_level_scale(), components=components, deliverables=(work,))


def register(
    trainees: Sequence[Trainee],
    sessions: Iterable[str],
    departures: Mapping[tuple[str, str], Departure],
) -> tuple[AttendanceRecord, ...]:
    """A record for every trainee at every session: present, but for ``departures``.

    ``departures`` maps ``(trainee id, session id)`` to a status or, for late
    and left early, to ``(status, minutes attended)``.  A departure naming a
    trainee or session not in the class is refused (a slip in a seed).
    """
    ids = tuple(sessions)
    known = {(t.id, s) for t in trainees for s in ids}
    stray = sorted(set(departures) - known)
    if stray:
        raise InvalidValueError("departures", stray, "(trainee, session) pairs of the class")
    records = []
    for trainee in trainees:
        for session in ids:
            entry = departures.get((trainee.id, session), AttendanceStatus.PRESENT)
            status, minutes = entry if isinstance(entry, tuple) else (entry, None)
            records.append(
                AttendanceRecord(
                    trainee=trainee.id, session=session, status=status, minutes=minutes
                )
            )
    return tuple(records)


def leave(
    records: Iterable[AttendanceRecord],
    reasons: Mapping[str, LeaveReason],
    approver: str,
    *,
    prefix: str = "leave",
) -> tuple[LeaveRequest, ...]:
    """One approved request per trainee on leave, covering each session the register shows.

    ``reasons`` gives the reason for each such trainee (personal if not given).
    """
    by_trainee: dict[str, list[str]] = {}
    for record in records:
        if record.status is AttendanceStatus.ON_LEAVE:
            by_trainee.setdefault(record.trainee, []).append(record.session)
    return tuple(
        LeaveRequest(
            id=f"{prefix}-{number}",
            trainee=trainee,
            reason=reasons.get(trainee, LeaveReason.PERSONAL),
            status=LeaveStatus.APPROVED,
            sessions=tuple(sessions),
            approver=approver,
        )
        for number, (trainee, sessions) in enumerate(by_trainee.items(), start=1)
    )


def work(
    trainees: Sequence[Trainee],
    deliverable: Deliverable,
    end: dt.date,
    *,
    missing: Iterable[str] = (),
    late: Iterable[str] = (),
) -> tuple[Submission, ...]:
    """``deliverable`` from each trainee but the ``missing``, in time but for the ``late``.

    In-time work comes in over the days up to the due date; late work a
    week after it.  Everything handed in is accepted.
    """
    due = deliverable.due(end)
    window = max(1, (due - end).days)
    skipped, overdue = set(missing), set(late)
    return tuple(
        Submission(
            trainee=t.id,
            kind=deliverable.kind,
            title=deliverable.title,
            submitted_on=(
                due + dt.timedelta(days=7)
                if t.id in overdue
                else end + dt.timedelta(days=1 + index % window)
            ),
            review=ReviewState.ACCEPTED,
        )
        for index, t in enumerate(trainees)
        if t.id not in skipped
    )


def scores(
    trainees: Sequence[Trainee],
    components: Sequence[Component],
    *,
    salt: int,
    low: Mapping[str, str] | None = None,
) -> tuple[Score, ...]:
    """A score from 66 to 97 for every trainee on every component; ``low`` ones below the mark.

    ``low`` maps a trainee id to the component that trainee scores 52 in.
    The value depends on the trainee's position, the component's and
    ``salt`` only (index arithmetic, as for the fictitious names), so the spread of grades
    differs from seed to seed but never from run to run.
    """
    below = low or {}
    return tuple(
        Score(
            trainee=t.id,
            component=c.code,
            value=Decimal(52)
            if below.get(t.id) == c.code
            else Decimal(66 + (13 * i + 7 * j + 5 * salt + (i * i) % 11) % 32),
        )
        for i, t in enumerate(trainees)
        for j, c in enumerate(components)
    )
