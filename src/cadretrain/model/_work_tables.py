"""Submissions and scores as tables (re-exported by :mod:`cadretrain.model.tables`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from cadretrain.model import _columns as c
from cadretrain.model import _trusted
from cadretrain.model._table import RecordTable
from cadretrain.model._table import dates as _dates
from cadretrain.model._table import looked_up as _looked_up
from cadretrain.model._table import ordinals_fine as _ordinals_fine
from cadretrain.model.cohort_events import Score, Submission
from cadretrain.model.enums import ReviewState, SubmissionKind

__all__ = ["ScoreTable", "SubmissionTable"]

_KINDS = tuple(SubmissionKind)
_REVIEWS = tuple(ReviewState)


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
    dtypes: ClassVar[Mapping[str, type[np.generic]]] = MappingProxyType(
        {
            "trainee_codes": np.int32,
            "kind_codes": np.int8,
            "submitted_on": np.int32,
            "review_codes": np.int8,
        }
    )
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
    """Scores as columns: trainee and component codes, codes into the values as written, dates.

    ``Decimal("85")`` and ``Decimal("85.0")`` are equal but written
    differently, so they are two entries of ``values``; tables compare
    their records' values, not these entries. ``on`` holds each score's
    date as an ordinal, -1 where it has none.
    """

    __slots__ = (
        "component_codes",
        "component_ids",
        "on",
        "trainee_codes",
        "trainee_ids",
        "value_codes",
        "values",
    )
    record_type = Score
    dtypes: ClassVar[Mapping[str, type[np.generic]]] = MappingProxyType(
        {
            "trainee_codes": np.int32,
            "component_codes": np.int32,
            "value_codes": np.int32,
            "on": np.int32,
        }
    )
    columns = (
        "trainee_ids",
        "trainee_codes",
        "component_ids",
        "component_codes",
        "values",
        "value_codes",
        "on",
    )
    trainee_ids: tuple[str, ...]
    trainee_codes: npt.NDArray[np.int32]
    component_ids: tuple[str, ...]
    component_codes: npt.NDArray[np.int32]
    values: tuple[Decimal, ...]
    value_codes: npt.NDArray[np.int32]
    on: npt.NDArray[np.int32]

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
            "on": c.optional_ordinals([r.on for r in records]),
        }

    def _rows(self, start: int, stop: int) -> list[Score]:
        return _trusted.records(
            Score,
            stop - start,
            {
                "trainee": _looked_up(self.trainee_ids, self.trainee_codes[start:stop]),
                "component": _looked_up(self.component_ids, self.component_codes[start:stop]),
                "value": _looked_up(self.values, self.value_codes[start:stop]),
                "on": _dates(self.on[start:stop]),
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
            and _ordinals_fine(self.on, n, optional=True)
        )

    def _same(self, other: Any) -> bool:
        return (
            len(self) == len(other)
            and self.trainee_ids == other.trainee_ids
            and np.array_equal(self.trainee_codes, other.trainee_codes)
            and self.component_ids == other.component_ids
            and np.array_equal(self.component_codes, other.component_codes)
            and np.array_equal(self.on, other.on)
            and _looked_up(self.values, self.value_codes)
            == _looked_up(other.values, other.value_codes)
        )

    def _fields(self, index: int) -> dict[str, Any]:
        (on,) = _dates(self.on[index : index + 1])
        return {
            "trainee": self.trainee_ids[self.trainee_codes[index]],
            "component": self.component_ids[self.component_codes[index]],
            "value": self.values[self.value_codes[index]],
            "on": on,
        }
