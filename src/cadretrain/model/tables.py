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

import datetime as dt
import operator
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any, ClassVar, TypeVar, overload

import numpy as np
import numpy.typing as npt
from attrs.exceptions import FrozenInstanceError

from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.model import _columns as c
from cadretrain.model import _trusted
from cadretrain.model.enums import (
    AttendanceStatus,
    LeaveReason,
    LeaveStatus,
    ReviewState,
    SubmissionKind,
)
from cadretrain.model.facts import AttendanceRecord, LeaveRequest, Score, Submission

__all__ = ["AttendanceTable", "LeaveTable", "RecordTable", "ScoreTable", "SubmissionTable"]

R = TypeVar("R")
T = TypeVar("T", bound="RecordTable[Any]")
Array = npt.NDArray[Any]

CHUNK = 1024
"""Records made per step while iterating a table."""

_STATUSES = tuple(AttendanceStatus)
_PARTIAL = np.array(
    [_STATUSES.index(AttendanceStatus.LATE), _STATUSES.index(AttendanceStatus.LEFT_EARLY)]
)
_REASONS = tuple(LeaveReason)
_LEAVE_STATUSES = tuple(LeaveStatus)
_KINDS = tuple(SubmissionKind)
_REVIEWS = tuple(ReviewState)


class RecordTable(Sequence[R]):
    """What every table shares: the sequence protocol, equality, hashing, pickling, immutability."""

    __slots__ = ("_size",)
    record_type: ClassVar[type]
    """The record class the table holds (its JSON and JSON Schema are a list of these)."""
    columns: ClassVar[tuple[str, ...]]
    """The names of the table's columns, in the order the record's fields come."""
    dtypes: ClassVar[dict[str, type[np.generic]]]
    """The numpy type of each array column (the others are tuples)."""
    _size: int
    trainee_ids: tuple[str, ...]
    """The distinct trainee ids, in first-seen order (every kind of record names a trainee)."""

    def __init__(self, records: Iterable[R] = (), /) -> None:
        items = records if isinstance(records, tuple) else tuple(records)
        if not set(map(type, items)) <= {self.record_type}:
            index, item = next(
                (i, x) for i, x in enumerate(items) if type(x) is not self.record_type
            )
            raise InvalidValueError(f"[{index}]", item, f"a {self.record_type.__name__}")
        self._fill(len(items), self._columns_of(items))

    @classmethod
    def from_columns(cls: type[T], **columns: Any) -> T:
        """A table from its columns (as the attributes hold them), checked once per column.

        Raises the error of the first record the columns describe that its
        class refuses, its path under the record's index (``[3].minutes``).
        """
        arrays = {name: columns[name] for name in cls.columns}
        table = cls.__new__(cls)
        table._fill(len(columns["trainee_codes"]), arrays)
        if not table._fine():
            table._refuse()
        return table

    def _fill(self, size: int, columns: dict[str, Any]) -> None:
        object.__setattr__(self, "_size", size)
        for name, value in columns.items():
            dtype = self.dtypes.get(name)
            if dtype is None:
                value = tuple(value)
            elif not (
                isinstance(value, np.ndarray)
                and value.dtype == dtype
                and value.base is None
                and not value.flags.writeable
            ):
                value = c.readonly(value, dtype)  # a copy: nobody else can write to it
            object.__setattr__(self, name, value)

    # -- per kind --------------------------------------------------------------

    @classmethod
    def _columns_of(cls, records: tuple[R, ...]) -> dict[str, Any]:
        raise NotImplementedError

    def _rows(self, start: int, stop: int) -> list[R]:
        """Records ``start`` to ``stop`` (the sanctioned bypass, :mod:`._trusted`)."""
        raise NotImplementedError

    def _fine(self) -> bool:
        """Whether the columns hold only what the record class accepts, interned canonically."""
        raise NotImplementedError

    def _fields(self, index: int) -> dict[str, Any]:
        """Record ``index``'s field values as the columns hold them, unchecked."""
        raise NotImplementedError

    def _refuse(self) -> None:
        for index in range(len(self)):
            try:
                fields = self._fields(index)
            except (IndexError, ValueError, OverflowError, TypeError):
                raise InvalidValueError(
                    f"[{index}]", None, "codes within the interned values"
                ) from None
            try:
                self.record_type(**fields)
            except ValidationError as error:
                raise error.prefixed(f"[{index}]") from None
        raise InvalidValueError("columns", None, "ids interned in first-seen order")

    # -- the sequence ----------------------------------------------------------

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self: T, index: slice) -> T: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            rows = range(len(self))[index]
            if rows.step == 1:
                return type(self)(self._rows(rows.start, rows.stop))
            return type(self)(tuple(map(self.__getitem__, rows)))
        i = operator.index(index)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._rows(i, i + 1)[0]

    def __iter__(self) -> Iterator[R]:
        for start in range(0, len(self), CHUNK):
            yield from self._rows(start, min(start + CHUNK, len(self)))

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._same(other)
        if isinstance(other, tuple):
            return len(other) == len(self) and all(map(operator.eq, self, other))
        return NotImplemented

    def _same(self, other: Any) -> bool:
        if len(self) != len(other):
            return False
        for name in self.columns:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, np.ndarray):
                if not np.array_equal(mine, theirs):
                    return False
            elif mine != theirs:
                return False
        return True

    def __hash__(self) -> int:
        return hash(tuple(self))  # equal to an equal tuple of records, so hashed as one

    def __add__(self, other: object) -> tuple[R, ...]:
        if isinstance(other, tuple | RecordTable):
            return (*self, *other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[R, ...]:
        if isinstance(other, tuple):
            return (*other, *self)
        return NotImplemented

    def __repr__(self) -> str:
        return f"{type(self).__name__}({tuple(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle, (type(self), {name: getattr(self, name) for name in self.columns})

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError


def _unpickle(cls: type[T], columns: dict[str, Any]) -> T:
    return cls.from_columns(**columns)


def _looked_up(values: Sequence[Any], codes: Array) -> list[Any]:
    return list(map(values.__getitem__, codes.tolist()))


def _dates(ordinals: Array) -> list[dt.date | None]:
    return [None if o < 0 else dt.date.fromordinal(o) for o in ordinals.tolist()]


def _ordinals_fine(ordinals: Array, count: int, *, optional: bool) -> bool:
    low = -1 if optional else 1
    return (
        len(ordinals) == count
        and (not count or (int(ordinals.min()) >= low and int(ordinals.max()) <= c.DATE_MAX))
        and (not optional or not bool((ordinals == 0).any()))
    )


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
    dtypes: ClassVar[dict[str, type[np.generic]]] = {
        "trainee_codes": np.int32,
        "session_codes": np.int32,
        "status_codes": np.int8,
        "minutes": np.int64,
    }
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
    dtypes: ClassVar[dict[str, type[np.generic]]] = {
        "trainee_codes": np.int32,
        "reason_codes": np.int8,
        "status_codes": np.int8,
        "session_codes": np.int32,
        "session_offsets": np.int64,
        "first_days": np.int32,
        "last_days": np.int32,
    }
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


class SubmissionTable(RecordTable[Submission]):
    """Submissions as columns: trainee, kind and review codes, dates as ordinals, titles."""

    __slots__ = (
        "kind_codes",
        "review_codes",
        "submitted_on",
        "titles",
        "trainee_codes",
        "trainee_ids",
    )
    record_type = Submission
    dtypes: ClassVar[dict[str, type[np.generic]]] = {
        "trainee_codes": np.int32,
        "kind_codes": np.int8,
        "submitted_on": np.int32,
        "review_codes": np.int8,
    }
    columns = (
        "trainee_ids",
        "trainee_codes",
        "kind_codes",
        "submitted_on",
        "review_codes",
        "titles",
    )
    trainee_ids: tuple[str, ...]
    trainee_codes: npt.NDArray[np.int32]
    kind_codes: npt.NDArray[np.int8]
    submitted_on: npt.NDArray[np.int32]
    review_codes: npt.NDArray[np.int8]
    titles: tuple[str, ...]

    @classmethod
    def _columns_of(cls, records: tuple[Submission, ...]) -> dict[str, Any]:
        trainee_ids, trainee_codes = c.intern([r.trainee for r in records])
        return {
            "trainee_ids": trainee_ids,
            "trainee_codes": trainee_codes,
            "kind_codes": c.enum_codes([r.kind for r in records], SubmissionKind),
            "submitted_on": c.optional_ordinals([r.submitted_on for r in records]),
            "review_codes": c.enum_codes([r.review for r in records], ReviewState),
            "titles": tuple(r.title for r in records),
        }

    def _rows(self, start: int, stop: int) -> list[Submission]:
        return _trusted.records(
            Submission,
            stop - start,
            {
                "trainee": _looked_up(self.trainee_ids, self.trainee_codes[start:stop]),
                "kind": _looked_up(_KINDS, self.kind_codes[start:stop]),
                "submitted_on": _dates(self.submitted_on[start:stop]),
                "review": _looked_up(_REVIEWS, self.review_codes[start:stop]),
                "title": list(self.titles[start:stop]),
            },
        )

    def _fine(self) -> bool:
        n = len(self)
        return (
            len(self.titles) == n
            and _ordinals_fine(self.submitted_on, n, optional=False)
            and c.ids_fine(self.trainee_ids)
            and c.texts_fine(self.titles)
            and c.interned(self.trainee_ids, self.trainee_codes)
            and c.codes_fine(self.trainee_codes, len(self.trainee_ids), n)
            and c.codes_fine(self.kind_codes, len(_KINDS), n)
            and c.codes_fine(self.review_codes, len(_REVIEWS), n)
        )

    def _fields(self, index: int) -> dict[str, Any]:
        return {
            "trainee": self.trainee_ids[self.trainee_codes[index]],
            "kind": _KINDS[self.kind_codes[index]],
            "submitted_on": dt.date.fromordinal(int(self.submitted_on[index])),
            "review": _REVIEWS[self.review_codes[index]],
            "title": self.titles[index],
        }


class ScoreTable(RecordTable[Score]):
    """Scores as columns: trainee and component codes, and codes into the values as written.

    ``Decimal("85")`` and ``Decimal("85.0")`` are equal but written
    differently, so they are two entries of ``values``; tables compare
    their records' values, not these entries.
    """

    __slots__ = (
        "component_codes",
        "component_ids",
        "trainee_codes",
        "trainee_ids",
        "value_codes",
        "values",
    )
    record_type = Score
    dtypes: ClassVar[dict[str, type[np.generic]]] = {
        "trainee_codes": np.int32,
        "component_codes": np.int32,
        "value_codes": np.int32,
    }
    columns = (
        "trainee_ids",
        "trainee_codes",
        "component_ids",
        "component_codes",
        "values",
        "value_codes",
    )
    trainee_ids: tuple[str, ...]
    trainee_codes: npt.NDArray[np.int32]
    component_ids: tuple[str, ...]
    component_codes: npt.NDArray[np.int32]
    values: tuple[Decimal, ...]
    value_codes: npt.NDArray[np.int32]

    @classmethod
    def _columns_of(cls, records: tuple[Score, ...]) -> dict[str, Any]:
        trainee_ids, trainee_codes = c.intern([r.trainee for r in records])
        component_ids, component_codes = c.intern([r.component for r in records])
        values = [r.value for r in records]
        texts = list(map(str, values))  # as written: str keeps a Decimal's exponent
        written, value_codes = c.intern(texts)
        first = dict(zip(texts, values, strict=True))
        return {
            "trainee_ids": trainee_ids,
            "trainee_codes": trainee_codes,
            "component_ids": component_ids,
            "component_codes": component_codes,
            "values": tuple(map(first.__getitem__, written)),
            "value_codes": value_codes,
        }

    def _rows(self, start: int, stop: int) -> list[Score]:
        return _trusted.records(
            Score,
            stop - start,
            {
                "trainee": _looked_up(self.trainee_ids, self.trainee_codes[start:stop]),
                "component": _looked_up(self.component_ids, self.component_codes[start:stop]),
                "value": _looked_up(self.values, self.value_codes[start:stop]),
            },
        )

    def _fine(self) -> bool:
        n = len(self)
        return (
            c.ids_fine(self.trainee_ids)
            and c.ids_fine(self.component_ids)
            and c.decimals_fine(self.values)
            and c.interned(self.trainee_ids, self.trainee_codes)
            and c.interned(self.component_ids, self.component_codes)
            and c.codes_fine(self.trainee_codes, len(self.trainee_ids), n)
            and c.codes_fine(self.component_codes, len(self.component_ids), n)
            and c.codes_fine(self.value_codes, len(self.values), n)
        )

    def _same(self, other: Any) -> bool:
        return (
            len(self) == len(other)
            and self.trainee_ids == other.trainee_ids
            and np.array_equal(self.trainee_codes, other.trainee_codes)
            and self.component_ids == other.component_ids
            and np.array_equal(self.component_codes, other.component_codes)
            and _looked_up(self.values, self.value_codes)
            == _looked_up(other.values, other.value_codes)
        )

    def _fields(self, index: int) -> dict[str, Any]:
        return {
            "trainee": self.trainee_ids[self.trainee_codes[index]],
            "component": self.component_ids[self.component_codes[index]],
            "value": self.values[self.value_codes[index]],
        }


TABLES: tuple[type[RecordTable[Any]], ...] = (
    AttendanceTable,
    LeaveTable,
    SubmissionTable,
    ScoreTable,
)
"""Every table class, one per record kind a cohort holds in bulk."""
