"""Reference representations of a benchmark cohort: msgspec Structs, pydantic v2, plain dicts.

Each mirrors the cohort document's shape field for field (trainees,
sessions, attendance, leave, submissions, scores; the programme, constant
in size, as a plain JSON object) and is built from the same cadretrain
cohort, so the figures compare like with like.  msgspec comes twice: Structs
as declared by default (tracked by the collector, like cadretrain's
objects) and declared ``gc=False`` (never tracked: the best msgspec can
do).  The msgspec Structs omit defaults as
cadretrain does, so their JSON is byte-identical to ``ct.to_json``'s (checked
before timing); pydantic models carry the same information, written with
nulls for defaults as ``model_dump_json`` does by default.  These libraries
live in the ``bench`` extra only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import msgspec
import orjson
import pydantic

import cadretrain as ct

__all__ = [
    "MsgCohort",
    "MsgCohortNoGC",
    "PydCohort",
    "msgspec_cohort",
    "plain_cohort",
    "pydantic_cohort",
]


_DATE = dt.date
_FIELDS: dict[str, list[tuple[str, Any] | tuple[str, Any, Any]]] = {
    "Trainee": [
        ("id", str),
        ("name", str),
        ("role", ct.Role),
        ("unit", str),
        ("level", ct.AdminLevel),
        ("audience", ct.AudienceCategory | None, None),
        ("rank", ct.Rank | None, None),
        ("distance_km", int | None, None),
    ],
    "Session": [
        ("id", str),
        ("module", str),
        ("on", _DATE),
        ("minutes", int),
        ("start", str | None, None),  # "08:30", as cadretrain writes it
        ("venue", str, ""),
        ("site", str | None, None),
        ("format", ct.DeliveryFormat | None, None),
    ],
    "Attendance": [
        ("trainee", str),
        ("session", str),
        ("status", ct.AttendanceStatus),
        ("minutes", int | None, None),
    ],
    "Leave": [
        ("id", str),
        ("trainee", str),
        ("reason", ct.LeaveReason),
        ("status", ct.LeaveStatus),
        ("sessions", tuple[str, ...], ()),
        ("first_day", _DATE | None, None),
        ("last_day", _DATE | None, None),
        ("approver", str, ""),
    ],
    "Submission": [
        ("trainee", str),
        ("kind", ct.SubmissionKind),
        ("submitted_on", _DATE),
        ("review", ct.ReviewState, ct.ReviewState.PENDING),
        ("title", str, ""),
    ],
    "Score": [("trainee", str), ("component", str), ("value", Decimal)],
}
"""Each record kind's fields as cadretrain writes them (defaults omitted), for msgspec."""


def _many(kind: type[msgspec.Struct]) -> Any:
    """``tuple[kind, ...]``, for a Struct class made at run time."""
    return tuple[kind, ...]  # type: ignore[valid-type]


def _msgspec_cohort_type(*, gc: bool) -> type[msgspec.Struct]:
    """The cohort document as msgspec Structs; ``gc=False`` Structs are not tracked by the collector."""
    options: dict[str, Any] = {
        "kw_only": True,
        "omit_defaults": True,
        "forbid_unknown_fields": True,
        "gc": gc,
        "module": __name__,
    }
    kinds = {
        name: msgspec.defstruct(f"Msg{name}", fields, **options) for name, fields in _FIELDS.items()
    }
    return msgspec.defstruct(
        "MsgCohort",
        [
            ("schema", str),
            ("version", int),
            ("id", str),
            ("programme", dict[str, Any]),
            ("start", _DATE),
            ("end", _DATE),
            ("venue", str),
            ("trainees", _many(kinds["Trainee"])),
            ("sessions", _many(kinds["Session"])),
            ("attendance", _many(kinds["Attendance"]), ()),
            ("leave", _many(kinds["Leave"]), ()),
            ("submissions", _many(kinds["Submission"]), ()),
            ("scores", _many(kinds["Score"]), ()),
        ],
        **options,
    )


MsgCohort = _msgspec_cohort_type(gc=True)
"""msgspec Structs as declared by default: tracked by the collector."""
MsgCohortNoGC = _msgspec_cohort_type(gc=False)
"""msgspec Structs declared ``gc=False``: never tracked, so the collector has less to walk."""


class _Model(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True, extra="forbid")


class PydTrainee(_Model):
    id: str
    name: str
    role: ct.Role
    unit: str
    level: ct.AdminLevel
    audience: ct.AudienceCategory | None = None
    rank: ct.Rank | None = None
    distance_km: int | None = None


class PydSession(_Model):
    id: str
    module: str
    on: dt.date
    minutes: int
    start: dt.time | None = None
    venue: str = ""
    site: str | None = None
    format: ct.DeliveryFormat | None = None


class PydAttendance(_Model):
    trainee: str
    session: str
    status: ct.AttendanceStatus
    minutes: int | None = None


class PydLeave(_Model):
    id: str
    trainee: str
    reason: ct.LeaveReason
    status: ct.LeaveStatus
    sessions: tuple[str, ...] = ()
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    approver: str = ""


class PydSubmission(_Model):
    trainee: str
    kind: ct.SubmissionKind
    submitted_on: dt.date
    review: ct.ReviewState = ct.ReviewState.PENDING
    title: str = ""


class PydScore(_Model):
    trainee: str
    component: str
    value: Decimal


class PydCohort(_Model):
    schema_: str = pydantic.Field(alias="schema")
    version: int
    id: str
    programme: dict[str, Any]
    start: dt.date
    end: dt.date
    venue: str
    trainees: tuple[PydTrainee, ...]
    sessions: tuple[PydSession, ...]
    attendance: tuple[PydAttendance, ...] = ()
    leave: tuple[PydLeave, ...] = ()
    submissions: tuple[PydSubmission, ...] = ()
    scores: tuple[PydScore, ...] = ()


def plain_cohort(cohort: ct.Cohort) -> dict[str, Any]:
    """The cohort document as plain JSON data (what ``orjson.loads`` gives back)."""
    data: dict[str, Any] = orjson.loads(ct.to_json(cohort))
    return data


def msgspec_cohort(cohort: ct.Cohort, *, gc: bool = True) -> Any:
    """The cohort as msgspec Structs, decoded from its document (same data, same bytes)."""
    return msgspec.json.decode(ct.to_json(cohort), type=MsgCohort if gc else MsgCohortNoGC)


def pydantic_cohort(cohort: ct.Cohort) -> PydCohort:
    """The cohort as pydantic v2 models, validated from its document."""
    return PydCohort.model_validate_json(ct.to_json(cohort))
