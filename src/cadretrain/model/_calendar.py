"""Calendar arithmetic that stays on the calendar: shifts clipped to ``date.min``/``date.max``.

A records system writes 9999-12-31 for "no end"; a deliverable due a week
after it, or a window reaching a year past it, lies beyond the last day
Python's calendar has. Such a day is taken as that last day (or the first,
going back): nothing is due or ends later than 9999-12-31, so a judgement on
any real day is the one it would be with the true, later date.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

__all__ = ["shifted"]


def shifted(day: dt.date, *, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """``day`` moved by ``years``, ``months`` and ``days`` (month ends clip), kept on the calendar.

    >>> shifted(dt.date(2015, 1, 31), months=1)
    datetime.date(2015, 2, 28)
    >>> shifted(dt.date(9999, 12, 31), days=7)
    datetime.date(9999, 12, 31)
    >>> shifted(dt.date(1, 6, 1), years=-5)
    datetime.date(1, 1, 1)
    """
    try:
        return day + relativedelta(years=years, months=months, days=days)
    except (OverflowError, ValueError):  # past the calendar: a year beyond 9999, or huge counts
        forward = (years, months, days) > (0, 0, 0)
        return dt.date.max if forward else dt.date.min
