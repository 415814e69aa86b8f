"""A cohort's records as tables: typed, read-only columns that read as sequences of records.

A cohort of 100k trainees has millions of attendance records. Held as
objects, each is a frozen attrs instance checked field by field; held as a
table, they are a few numpy columns of exact integers (interned codes for
ids and enum members, minutes, date ordinals) checked once per column.

Each table is an immutable :class:`~collections.abc.Sequence` of its
record class: ``len``, indexing (a record), slicing (a table), iteration
(records, made as they are read), equality with another table and with a
``tuple`` of equal records, a hash consistent with that equality, and
pickling. A table is **not** a ``tuple``: ``isinstance(table, tuple)`` is
false, and ``table + (record,)`` gives a tuple of records (see
``docs/tables.md``). The columns are the contract the evaluator reads:

>>> import datetime as dt
>>> from cadretrain.model import AttendanceRecord, AttendanceStatus
>>> table = AttendanceTable(
...     (
...         AttendanceRecord(trainee="t-1", session="s-1", status=AttendanceStatus.PRESENT),
...         AttendanceRecord(trainee="t-1", session="s-2", status=AttendanceStatus.LATE, minutes=80),
...     )
... )
>>> table.trainee_ids, table.trainee_codes.tolist(), table.minutes.tolist()
(('t-1',), [0, 0], [-1, 80])
>>> table[1].minutes, table == tuple(table), len(table[:1])
(80, True, 1)
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from types import MappingProxyType
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from cadretrain.errors import InvalidValueError
from cadretrain.model import _columns as c
from cadretrain.model import _trusted
from cadretrain.model._table import RecordTable
from cadretrain.model._table import dates as _dates
from cadretrain.model._table import looked_up as _looked_up
from cadretrain.model._table import ordinals_fine as _ordinals_fine
from cadretrain.model._work_tables import ScoreTable, SubmissionTable
from cadretrain.model.cohort_events import AttendanceRecord, LeaveRequest
from cadretrain.model.enums import AttendanceStatus, LeaveReason, LeaveStatus

__all__ = [
    "TABLES",
    "AttendanceTable",
    "LeaveTable",
    "RecordTable",
    "ScoreTable",
    "SubmissionTable",
]

_STATUSES = tuple(AttendanceStatus)
_PARTIAL = (_STATUSES.index(AttendanceStatus.LATE), _STATUSES.index(AttendanceStatus.LEFT_EARLY))
_REASONS = tuple(LeaveReason)
_LEAVE_STATUSES = tuple(LeaveStatus)


class AttendanceTable(RecordTable[AttendanceRecord]):
    """Attendance records as columns: trainee and session codes, status codes, minutes.

    ``minutes`` is -1 where a record has none; ``status_codes`` index
    ``tuple(AttendanceStatus)``. Minutes are held as 64-bit ints: a record
    with more minutes than that cannot be held (no session is that long).
    """

    __slots__ = (
        "minutes",
        "session_codes",
        "session_ids",
        "status_codes",
        "trainee_codes",
        "trainee_ids",
    )
    record_type = AttendanceRecord
    dtypes: ClassVar[Mapping[str, type[np.generic]]] = MappingProxyType(
        {
            "trainee_codes": np.int32,
            "session_codes": np.int32,
            "status_codes": np.int8,
            "minutes": np.int64,
        }
    )
    columns = (
        "trainee_ids",
        "trainee_codes",
        "session_ids",
        "session_codes",
        "status_codes",
        "minutes",
    )
    trainee_ids: tuple[str, ...]
    trainee_codes: npt.NDArray[np.int32]
    session_ids: tuple[str, ...]
    session_codes: npt.NDArray[np.int32]
    status_codes: npt.NDArray[np.int8]
    minutes: npt.NDArray[np.int64]

    @classmethod
    def _columns_of(cls, records: tuple[AttendanceRecord, ...]) -> dict[str, Any]:
        trainee_ids, trainee_codes = c.intern([r.trainee for r in records])
        session_ids, session_codes = c.intern([r.session for r in records])
        minutes = [-1 if r.minutes is None else r.minutes for r in records]
        try:
            minutes_column = c.readonly(minutes, np.int64)
        except OverflowError:
            index = next(i for i, m in enumerate(minutes) if m >= 2**63)
            raise InvalidValueError(
                f"[{index}].minutes", minutes[index], "an int of 0 or more below 2**63"
            ) from None
        return {
            "trainee_ids": trainee_ids,
            "trainee_codes": trainee_codes,
            "session_ids": session_ids,
            "session_codes": session_codes,
            "status_codes": c.enum_codes([r.status for r in records], AttendanceStatus),
            "minutes": minutes_column,
        }

    def _rows(self, start: int, stop: int) -> list[AttendanceRecord]:
        minutes = self.minutes[start:stop].tolist()
        return _trusted.records(
            AttendanceRecord,
            stop - start,
            {
                "trainee": _looked_up(self.trainee_ids, self.trainee_codes[start:stop]),
                "session": _looked_up(self.session_ids, self.session_codes[start:stop]),
                "status": _looked_up(_STATUSES, self.status_codes[start:stop]),
                "minutes": [None if m < 0 else m for m in minutes],
            },
        )

    def _fine(self) -> bool:
        n = len(self)
        missing = self.minutes == -1 if len(self.minutes) == n else None
        return (
            missing is not None
            and c.ids_fine(self.trainee_ids)
            and c.ids_fine(self.session_ids)
            and c.interned(self.trainee_ids, self.trainee_codes)
            and c.interned(self.session_ids, self.session_codes)
            and c.codes_fine(self.trainee_codes, len(self.trainee_ids), n)
            and c.codes_fine(self.session_codes, len(self.session_ids), n)
            and c.codes_fine(self.status_codes, len(_STATUSES), n)
            and not (n and int(self.minutes.min()) < -1)
            and not bool((missing & np.isin(self.status_codes, _PARTIAL)).any())
        )

    def _fields(self, index: int) -> dict[str, Any]:
        minutes = int(self.minutes[index])
        return {
            "trainee": self.trainee_ids[self.trainee_codes[index]],
            "session": self.session_ids[self.session_codes[index]],
            "status": _STATUSES[self.status_codes[index]],
            "minutes": None if minutes == -1 else minutes,
        }


class LeaveTable(RecordTable[LeaveRequest]):
    """Leave requests as columns; the sessions each names are ragged, cut by ``session_offsets``.

    Request ``i`` names ``session_codes[session_offsets[i]:session_offsets[i + 1]]``;
    ``first_days``/``last_days`` are date ordinals, -1 where not given.
    """

    __slots__ = (
        "approvers",
        "first_days",
        "ids",
        "last_days",
        "reason_codes",
        "session_codes",
        "session_ids",
        "session_offsets",
        "status_codes",
        "trainee_codes",
        "trainee_ids",
    )
    record_type = LeaveRequest
    dtypes: ClassVar[Mapping[str, type[np.generic]]] = MappingProxyType(
        {
            "trainee_codes": np.int32,
            "reason_codes": np.int8,
            "status_codes": np.int8,
            "session_codes": np.int32,
            "session_offsets": np.int64,
            "first_days": np.int32,
            "last_days": np.int32,
        }
    )
    columns = (
        "ids",
        "trainee_ids",
        "trainee_codes",
        "reason_codes",
        "status_codes",
        "session_ids",
        "session_codes",
        "session_offsets",
        "first_days",
        "last_days",
        "approvers",
    )
    ids: tuple[str, ...]
    trainee_ids: tuple[str, ...]
    trainee_codes: npt.NDArray[np.int32]
    reason_codes: npt.NDArray[np.int8]
    status_codes: npt.NDArray[np.int8]
    session_ids: tuple[str, ...]
    session_codes: npt.NDArray[np.int32]
    session_offsets: npt.NDArray[np.int64]
    first_days: npt.NDArray[np.int32]
    last_days: npt.NDArray[np.int32]
    approvers: tuple[str, ...]

    @classmethod
    def _columns_of(cls, records: tuple[LeaveRequest, ...]) -> dict[str, Any]:
        trainee_ids, trainee_codes = c.intern([r.trainee for r in records])
        session_ids, session_codes = c.intern([s for r in records for s in r.sessions])
        offsets = np.cumsum([0, *(len(r.sessions) for r in records)], dtype=np.int64)
        return {
            "ids": tuple(r.id for r in records),
            "trainee_ids": trainee_ids,
            "trainee_codes": trainee_codes,
            "reason_codes": c.enum_codes([r.reason for r in records], LeaveReason),
            "status_codes": c.enum_codes([r.status for r in records], LeaveStatus),
            "session_ids": session_ids,
            "session_codes": session_codes,
            "session_offsets": offsets,
            "first_days": c.optional_ordinals([r.first_day for r in records]),
            "last_days": c.optional_ordinals([r.last_day for r in records]),
            "approvers": tuple(r.approver for r in records),
        }

    def _rows(self, start: int, stop: int) -> list[LeaveRequest]:
        offsets = self.session_offsets[start : stop + 1].tolist()
        named = _looked_up(self.session_ids, self.session_codes[offsets[0] : offsets[-1]])
        base = offsets[0]
        return _trusted.records(
            LeaveRequest,
            stop - start,
            {
                "id": list(self.ids[start:stop]),
                "trainee": _looked_up(self.trainee_ids, self.trainee_codes[start:stop]),
                "reason": _looked_up(_REASONS, self.reason_codes[start:stop]),
                "status": _looked_up(_LEAVE_STATUSES, self.status_codes[start:stop]),
                "sessions": [tuple(named[a - base : b - base]) for a, b in pairwise(offsets)],
                "first_day": _dates(self.first_days[start:stop]),
                "last_day": _dates(self.last_days[start:stop]),
                "approver": list(self.approvers[start:stop]),
            },
        )

    def _fine(self) -> bool:
        n = len(self)
        offsets = self.session_offsets
        if not (
            len(self.ids) == n
            and len(self.approvers) == n
            and len(offsets) == n + 1
            and int(offsets[0]) == 0
            and int(offsets[-1]) == len(self.session_codes)
            and bool((np.diff(offsets) >= 0).all())
            and _ordinals_fine(self.first_days, n, optional=True)
            and _ordinals_fine(self.last_days, n, optional=True)
        ):
            return False
        first, last = self.first_days, self.last_days
        span = (first != -1) & (last != -1)
        return (
            c.ids_fine(self.ids)
            and c.ids_fine(self.trainee_ids)
            and c.ids_fine(self.session_ids)
            and c.texts_fine(self.approvers)
            and c.interned(self.trainee_ids, self.trainee_codes)
            and c.interned(self.session_ids, self.session_codes)
            and c.codes_fine(self.trainee_codes, len(self.trainee_ids), n)
            and c.codes_fine(self.session_codes, len(self.session_ids), len(self.session_codes))
            and c.codes_fine(self.reason_codes, len(_REASONS), n)
            and c.codes_fine(self.status_codes, len(_LEAVE_STATUSES), n)
            and not bool(((np.diff(offsets) == 0) & ~span).any())
            and not bool(((first == -1) != (last == -1)).any())
            and not bool((span & (last < first)).any())
        )

    def _fields(self, index: int) -> dict[str, Any]:
        a, b = int(self.session_offsets[index]), int(self.session_offsets[index + 1])
        (first,) = _dates(self.first_days[index : index + 1])
        (last,) = _dates(self.last_days[index : index + 1])
        return {
            "id": self.ids[index],
            "trainee": self.trainee_ids[self.trainee_codes[index]],
            "reason": _REASONS[self.reason_codes[index]],
            "status": _LEAVE_STATUSES[self.status_codes[index]],
            "sessions": tuple(_looked_up(self.session_ids, self.session_codes[a:b])),
            "first_day": first,
            "last_day": last,
            "approver": self.approvers[index],
        }


TABLES: tuple[type[RecordTable[Any]], ...] = (
    AttendanceTable,
    LeaveTable,
    SubmissionTable,
    ScoreTable,
)
"""Every table class, one per record kind a cohort holds in bulk."""
