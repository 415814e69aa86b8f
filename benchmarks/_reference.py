"""Reference representations of a benchmark cohort: msgspec Structs, pydantic v2, plain dicts.

Each mirrors the cohort document's shape field for field (trainees,
sessions, attendance, leave, scores; the programme, constant in size, as a
plain JSON object) and is built from the same cadretrain cohort, so the
figures compare like with like.  The msgspec Structs omit defaults as
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
    "PydCohort",
    "msgspec_cohort",
    "plain_cohort",
    "pydantic_cohort",
]


class _Struct(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True):
    pass


class MsgTrainee(_Struct):
    id: str
    name: str
    role: ct.Role
    unit: str
    level: ct.AdminLevel
    audience: ct.AudienceCategory | None = None
    rank: ct.Rank | None = None
    distance_km: int | None = None


class MsgSession(_Struct):
    id: str
    module: str
    on: dt.date
    minutes: int
    start: str | None = None  # "08:30", as cadretrain writes it
    venue: str = ""
    site: str | None = None
    format: ct.DeliveryFormat | None = None


class MsgAttendance(_Struct):
    trainee: str
    session: str
    status: ct.AttendanceStatus
    minutes: int | None = None


class MsgLeave(_Struct):
    id: str
    trainee: str
    reason: ct.LeaveReason
    status: ct.LeaveStatus
    sessions: tuple[str, ...] = ()
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    approver: str = ""


class MsgScore(_Struct):
    trainee: str
    component: str
    value: Decimal


class MsgCohort(_Struct):
    schema: str
    version: int
    id: str
    programme: dict[str, Any]
    start: dt.date
    end: dt.date
    venue: str
    trainees: tuple[MsgTrainee, ...]
    sessions: tuple[MsgSession, ...]
    attendance: tuple[MsgAttendance, ...] = ()
    leave: tuple[MsgLeave, ...] = ()
    scores: tuple[MsgScore, ...] = ()


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
    scores: tuple[PydScore, ...] = ()


def plain_cohort(cohort: ct.Cohort) -> dict[str, Any]:
    """The cohort document as plain JSON data (what ``orjson.loads`` gives back)."""
    data: dict[str, Any] = orjson.loads(ct.to_json(cohort))
    return data


def msgspec_cohort(cohort: ct.Cohort) -> MsgCohort:
    """The cohort as msgspec Structs, decoded from its document (same data, same bytes)."""
    return msgspec.json.decode(ct.to_json(cohort), type=MsgCohort)


def pydantic_cohort(cohort: ct.Cohort) -> PydCohort:
    """The cohort as pydantic v2 models, validated from its document."""
    return PydCohort.model_validate_json(ct.to_json(cohort))
