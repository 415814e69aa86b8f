"""Date windows over a training record, with their bounds stated exactly.

A training counts in a window when the day it *ended* (``entry.end``, the
day it was completed) lies in the window; both bounds are inclusive days.
Month and year arithmetic uses :class:`dateutil.relativedelta.relativedelta`,
which clips to the month's last day (29 February + 1 year = 28 February).

- :func:`years_before`: the ``n`` years up to and including ``on``, i.e.
  ``(on − n years, on]``, so a check on 2020-06-30 counts trainings that
  ended 2015-07-01 … 2020-06-30.
- :func:`calendar_year_to`: 1 January of ``on``'s year up to ``on``; the
  条例's "每年" is read as the calendar year (年度, the unit of annual plans
  and appraisals). Check on 31 December to judge a whole year.
- :func:`years_after`: the day of an event up to the same day ``n`` years
  later, inclusive: promoted 2016-03-01, the one-year window ends 2017-03-01.
"""

from __future__ import annotations

import datetime as dt

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import _validators as v
from cadretrain.model._calendar import shifted

__all__ = ["Window", "calendar_year_to", "years_after", "years_before"]

_DAY = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class Window:
    """The days ``start`` … ``end``, both included.

    >>> w = Window(start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31))
    >>> w.contains(dt.date(2016, 12, 31)), w.contains(dt.date(2017, 1, 1))
    (True, False)
    """

    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError("end", self.end, f"a date on or after start {self.start}")

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` is in the window (bounds included)."""
        return self.start <= day <= self.end

    def split(self, last: dt.date) -> tuple[Window, Window]:
        """The window cut after ``last``: ``start … last`` and ``last + 1 day … end``."""
        if not (self.start <= last < self.end):
            raise InvalidValueError("last", last, f"a day from {self.start} to before {self.end}")
        return Window(start=self.start, end=last), Window(start=last + _DAY, end=self.end)


def years_before(on: dt.date, years: int) -> Window:
    """The ``years`` years ending on ``on``: ``(on − years, on]``.

    >>> years_before(dt.date(2020, 6, 30), 5)
    Window(start=datetime.date(2015, 7, 1), end=datetime.date(2020, 6, 30))
    """
    return Window(start=_after(shifted(on, years=-years)), end=on)


def _after(day: dt.date) -> dt.date:
    """The day after ``day``; ``date.min`` stands for a day before the calendar starts."""
    return day if day == dt.date.min else day + _DAY


def calendar_year_to(on: dt.date) -> Window:
    """1 January of ``on``'s year up to ``on``.

    >>> calendar_year_to(dt.date(2016, 3, 1))
    Window(start=datetime.date(2016, 1, 1), end=datetime.date(2016, 3, 1))
    """
    return Window(start=dt.date(on.year, 1, 1), end=on)


def years_after(day: dt.date, years: int) -> Window:
    """``day`` up to the same day ``years`` later, both included.

    >>> years_after(dt.date(2016, 3, 1), 1).end
    datetime.date(2017, 3, 1)
    """
    return Window(start=day, end=shifted(day, years=years))
