"""Queries over a cadre's training record (个人培训档案): 学时 and days in a window.

Only trainings with outcome :attr:`~cadretrain.Outcome.COMPLETED` (结业)
count. A waiver (免训) excuses a training but is no training, so it adds no
hours; an entry that is deferred (补训), withdrawn, failed or incomplete adds
none either. A training counts in a window when the day it ended is in the
window (see :mod:`cadretrain.records.windows`).

Amounts are exact ``Fraction``\\ s. An entry recorded only in days has no
学时 until the caller gives a day → 学时 factor (``hours_per_day``): no
national factor exists (docs/regulations.md, row 15: 6, 7.5 or 8 locally), so
asking for 学时 of such an entry without one raises :class:`MissingFactor`.

>>> import datetime as dt
>>> from fractions import Fraction
>>> from cadretrain.model import Rank, TrainingEntry, TrainingKind, TrainingRecord
>>> record = TrainingRecord(cadre_id="c-1", name="张三", rank=Rank.COUNTY_DIVISION, entries=(
...     TrainingEntry(start=dt.date(2016, 3, 1), end=dt.date(2016, 3, 30),
...                   kind=TrainingKind.OFF_THE_JOB, title="县处级干部进修班", hours=Fraction(180)),
...     TrainingEntry(start=dt.date(2017, 5, 8), end=dt.date(2017, 5, 12),
...                   kind=TrainingKind.OFF_THE_JOB, title="脱贫攻坚专题班", days=5),))
>>> hours_in(record, dt.date(2016, 1, 1), dt.date(2016, 12, 31))
Fraction(180, 1)
>>> hours_in(record, dt.date(2016, 1, 1), dt.date(2017, 12, 31))
Traceback (most recent call last):
...
cadretrain.records.archive.MissingFactor: record.entries[1] (脱贫攻坚专题班) is recorded in days only; counting it in 学时 needs the parameter 'hours_per_day' (学时 per training day), which no national source fixes (docs/regulations.md, row 15); supply it
>>> hours_in(record, dt.date(2016, 1, 1), dt.date(2017, 12, 31), hours_per_day=Fraction(6))
Fraction(210, 1)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Literal, Protocol

from cadretrain.errors import InvalidValueError, Problem, ValidationError
from cadretrain.model import Cohort, Outcome, TrainingEntry, TrainingKind, TrainingRecord
from cadretrain.records.windows import Window
from cadretrain.rules import MissingParameter

__all__ = [
    "AssessmentLike",
    "MissingFactor",
    "Unit",
    "append_assessments",
    "counted_entries",
    "days_in",
    "entry_amount",
    "hours_in",
    "total",
]

Unit = Literal["hours", "days"]
"""What a requirement is measured in: 学时 or training days."""

_UNIT_ZH = {"hours": "学时", "days": "天"}


class MissingFactor(MissingParameter):
    """An amount needs a conversion factor that only the caller can give."""

    def __init__(self, parameter: str, index: int, entry: TrainingEntry, unit: Unit) -> None:
        have = "days" if unit == "hours" else "学时"
        super().__init__(
            f"record.entries[{index}] ({entry.title}) is recorded in {have} only; counting it "
            f"in {_UNIT_ZH[unit]} needs the parameter {parameter!r} (学时 per training day), "
            "which no national source fixes (docs/regulations.md, row 15); supply it"
        )
        self.parameter = parameter

    def __str__(self) -> str:
        return str(self.args[0])


def counted_entries(record: TrainingRecord, window: Window) -> Iterator[tuple[int, TrainingEntry]]:
    """The completed entries that ended inside ``window``, with their index in the record."""
    for index, entry in enumerate(record.entries):
        if entry.outcome is Outcome.COMPLETED and window.contains(entry.end):
            yield index, entry


def entry_amount(
    index: int, entry: TrainingEntry, unit: Unit, hours_per_day: Fraction | None
) -> Fraction:
    """One entry's amount in ``unit`` (``index`` names it if a factor is missing).

    Raises :class:`MissingFactor` when the entry is recorded in the other
    unit only and ``hours_per_day`` is ``None``.
    """
    if unit == "hours":
        if entry.hours is not None:
            return Fraction(entry.hours)
        if hours_per_day is None:
            raise MissingFactor("hours_per_day", index, entry, unit)
        assert entry.days is not None  # an entry has hours or days
        return entry.days * hours_per_day
    if entry.days is not None:
        return Fraction(entry.days)
    if hours_per_day is None:
        raise MissingFactor("hours_per_day", index, entry, unit)
    assert entry.hours is not None
    return entry.hours / hours_per_day


def total(
    record: TrainingRecord,
    window: Window,
    unit: Unit,
    *,
    hours_per_day: Fraction | None = None,
    online_credit: Fraction | None = Fraction(1),
) -> Fraction:
    """The completed amount in ``unit`` that ended inside ``window``.

    ``online_credit`` is the share of an online (网络培训) entry that counts:
    ``None`` or 0 leaves online training out, ``Fraction(1)`` counts it whole.
    """
    _check_factor("hours_per_day", hours_per_day, allow_zero=False)
    _check_factor("online_credit", online_credit, allow_zero=True)
    result = Fraction(0)
    for index, entry in counted_entries(record, window):
        share = online_credit if entry.kind is TrainingKind.ONLINE else Fraction(1)
        if share:
            result += share * entry_amount(index, entry, unit, hours_per_day)
    return result


def hours_in(
    record: TrainingRecord,
    start: dt.date,
    end: dt.date,
    *,
    hours_per_day: Fraction | None = None,
    online_credit: Fraction | None = Fraction(1),
) -> Fraction:
    """学时 of completed trainings that ended from ``start`` to ``end`` (both included).

    The query counts online 学时 as recorded (``online_credit=1``); the
    record checks apply the policy's crediting instead.
    """
    window = Window(start=start, end=end)
    return total(record, window, "hours", hours_per_day=hours_per_day, online_credit=online_credit)


def days_in(
    record: TrainingRecord,
    start: dt.date,
    end: dt.date,
    *,
    hours_per_day: Fraction | None = None,
    online_credit: Fraction | None = Fraction(1),
) -> Fraction:
    """Training days of completed trainings that ended from ``start`` to ``end``.

    An entry recorded only in 学时 converts with ``hours_per_day``.
    """
    window = Window(start=start, end=end)
    return total(record, window, "days", hours_per_day=hours_per_day, online_credit=online_credit)


def _check_factor(name: str, value: object, *, allow_zero: bool) -> None:
    if value is None:
        return
    if not isinstance(value, Fraction | int) or isinstance(value, bool) or value < 0:
        raise InvalidValueError(name, value, "a Fraction of 0 or more, or None")
    if value == 0 and not allow_zero:
        raise InvalidValueError(name, value, "a Fraction above 0, or None")


class AssessmentLike(Protocol):
    """What :func:`append_assessments` reads of an assessment (``ct.Assessment`` has it)."""

    @property
    def trainee_id(self) -> str: ...

    @property
    def cohort_id(self) -> str: ...

    @property
    def outcome(self) -> Outcome: ...


def append_assessments(
    record: TrainingRecord,
    assessments: Iterable[AssessmentLike],
    cohort: Cohort,
    *,
    minutes_per_hour: Fraction | int | None = None,
    kind: TrainingKind = TrainingKind.OFF_THE_JOB,
) -> TrainingRecord:
    """A new record with this cadre's completed training in ``cohort`` appended.

    Of ``assessments`` only the one for ``record.cadre_id`` is read; it must
    be for ``cohort``. A completed (结业) outcome adds one entry: the cohort's
    dates, its distinct days of instruction, and, when the caller gives
    ``minutes_per_hour`` (minutes per 学时: no national figure exists), its
    scheduled instructional minutes as 学时. Any other outcome adds nothing.
    A cohort already in the record is refused: the archive is never edited.
    """
    mine = [a for a in assessments if a.trainee_id == record.cadre_id]
    problems = [
        Problem(
            path=f"assessments[{record.cadre_id}].cohort_id",
            message=f"{a.cohort_id!r} is not the cohort given; expected {cohort.id!r}",
            value=a.cohort_id,
        )
        for a in mine
        if a.cohort_id != cohort.id
    ]
    if len(mine) > 1:
        problems.append(
            Problem(path=f"assessments[{record.cadre_id}]", message="more than one assessment")
        )
    if any(entry.cohort == cohort.id for entry in record.entries):
        problems.append(
            Problem(
                path="record.entries",
                message=f"cohort {cohort.id!r} is already in the record",
                value=cohort.id,
            )
        )
    if problems:
        raise ValidationError(problems, title="cannot append assessments to the record")
    if not mine or mine[0].outcome is not Outcome.COMPLETED:
        return record
    return record.with_entries(_entry(cohort, minutes_per_hour, kind))


def _entry(
    cohort: Cohort, minutes_per_hour: Fraction | int | None, kind: TrainingKind
) -> TrainingEntry:
    sessions = cohort.instructional_sessions()
    hours = None
    if minutes_per_hour is not None:
        _check_factor("minutes_per_hour", minutes_per_hour, allow_zero=False)
        hours = Fraction(sum(s.minutes for s in sessions)) / minutes_per_hour
    days = len({s.on for s in sessions}) or None
    if hours is None and days is None:
        raise InvalidValueError(
            "minutes_per_hour", None, "a factor: the cohort has no day of instruction to count"
        )
    return TrainingEntry(
        start=cohort.start,
        end=cohort.end,
        kind=kind,
        title=cohort.title or cohort.programme.title,
        hours=hours,
        days=days,
        programme=cohort.programme.id,
        cohort=cohort.id,
    )
