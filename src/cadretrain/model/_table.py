"""What every record table shares: the sequence protocol, equality, hashing, pickling.

See :mod:`cadretrain.model.tables` for the tables themselves and
``docs/tables.md`` for what they promise.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar, overload

import numpy as np
import numpy.typing as npt
from attrs.exceptions import FrozenInstanceError

from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.model import _columns as c
from cadretrain.model import _trusted

__all__ = ["CHUNK", "RecordTable", "dates", "looked_up", "ordinals_fine"]

R = TypeVar("R")
T = TypeVar("T", bound="RecordTable[Any]")
Array = npt.NDArray[Any]

CHUNK = 1024
"""Records made per step while iterating a table."""


class RecordTable(Sequence[R]):
    """What every table shares: the sequence protocol, equality, hashing, pickling, immutability."""

    __slots__ = ("_size",)
    record_type: ClassVar[type]
    _record: ClassVar[Any]
    """Makes one record from its field values (the sanctioned bypass, :mod:`._trusted`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "record_type" in cls.__dict__:
            cls._record = staticmethod(_trusted.maker(cls.record_type))

    """The record class the table holds (its JSON and JSON Schema are a list of these)."""
    columns: ClassVar[tuple[str, ...]]
    """The names of the table's columns, in the order the record's fields come."""
    dtypes: ClassVar[Mapping[str, type[np.generic]]]
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
        return self._record(**self._fields(i))

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


def looked_up(values: Sequence[Any], codes: Array) -> list[Any]:
    return list(map(values.__getitem__, codes.tolist()))


def dates(ordinals: Array) -> list[dt.date | None]:
    return [None if o < 0 else dt.date.fromordinal(o) for o in ordinals.tolist()]


def ordinals_fine(ordinals: Array, count: int, *, optional: bool) -> bool:
    low = -1 if optional else 1
    return (
        len(ordinals) == count
        and (not count or (int(ordinals.min()) >= low and int(ordinals.max()) <= c.DATE_MAX))
        and (not optional or not bool((ordinals == 0).any()))
    )
