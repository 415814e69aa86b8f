"""Column helpers for the tables: interning, read-only numpy arrays, and the column checks.

Each check here is the column form of one of :mod:`._validators`: it
accepts a whole column exactly when the validator accepts every value in
it, so a table checked a column at a time holds only values its records
would accept one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from cadretrain.model._labelled import LabelledEnum

__all__ = [
    "DATE_MAX",
    "codes_fine",
    "decimals_fine",
    "enum_codes",
    "ids_fine",
    "intern",
    "interned",
    "optional_ordinals",
    "readonly",
    "texts_fine",
]

K = TypeVar("K", bound=Hashable)

DATE_MAX = dt.date.max.toordinal()
"""The largest ordinal a date column may hold (-1 stands for ``None``)."""


def readonly(values: Any, dtype: type[np.generic]) -> npt.NDArray[Any]:
    """``values`` as a new contiguous array of ``dtype`` that refuses writes."""
    array = np.array(values, dtype=dtype)
    array.flags.writeable = False
    return array


def intern(values: Sequence[K]) -> tuple[tuple[K, ...], npt.NDArray[np.int32]]:
    """The distinct ``values`` in first-seen order, and each value's index among them."""
    distinct = tuple(dict.fromkeys(values))
    index = {value: code for code, value in enumerate(distinct)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int32, count=len(values))
    codes.flags.writeable = False
    return distinct, codes


def interned(distinct: Sequence[Any], codes: npt.NDArray[Any]) -> bool:
    """Whether ``distinct`` is exactly the values ``codes`` use, in first-seen order.

    In first-seen order each code is at most one more than every code
    before it, and the largest is the last distinct value's.
    """
    if not len(codes):
        return not distinct
    highest = np.maximum.accumulate(codes.astype(np.int64))
    before = np.concatenate(([-1], highest[:-1]))
    return (
        int(codes.min()) >= 0
        and bool((codes <= before + 1).all())
        and int(highest[-1]) == len(distinct) - 1
    )


def enum_codes(members: Iterable[LabelledEnum], cls: type[LabelledEnum]) -> npt.NDArray[np.int8]:
    """Each member's index in ``tuple(cls)`` (definition order), as a read-only int8 column."""
    index = {member: code for code, member in enumerate(cls)}
    return readonly(list(map(index.__getitem__, members)), np.int8)


def codes_fine(codes: npt.NDArray[Any], size: int, count: int) -> bool:
    """Whether ``codes`` holds ``count`` indexes into a sequence of ``size``."""
    return len(codes) == count and (
        not count or (int(codes.min()) >= 0 and int(codes.max()) < size)
    )


def ids_fine(ids: Iterable[object]) -> bool:
    """Whether :func:`~._validators.ident` accepts every value: non-empty, unpadded strings."""
    return all(type(x) is str and x and x == x.strip() for x in ids)


def texts_fine(texts: Iterable[object]) -> bool:
    """Whether :func:`~._validators.any_text` accepts every value: strings."""
    return all(isinstance(x, str) for x in texts)


def decimals_fine(values: Iterable[object]) -> bool:
    """Whether :func:`~._validators.a_decimal` accepts every value: finite decimals."""
    return all(isinstance(x, Decimal) and x.is_finite() for x in values)


def optional_ordinals(dates: Iterable[dt.date | None]) -> npt.NDArray[np.int32]:
    """Each date's ordinal (-1 for ``None``), as a read-only int32 column."""
    return readonly([-1 if d is None else d.toordinal() for d in dates], np.int32)
