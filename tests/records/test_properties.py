"""Properties of the hours queries over a record."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from cadretrain.model import Outcome, TrainingEntry, TrainingKind, TrainingRecord
from cadretrain.records.archive import hours_in
from cadretrain.records.windows import Window

from ._build import record

DAYS = st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2024, 12, 31))


@st.composite
def entries(draw: st.DrawFn) -> TrainingEntry:
    end = draw(DAYS)
    return TrainingEntry(
        start=end - dt.timedelta(days=draw(st.integers(0, 30))),
        end=end,
        kind=draw(st.sampled_from(TrainingKind)),
        title="培训",
        outcome=draw(st.sampled_from(Outcome)),
        hours=Fraction(draw(st.integers(0, 2000)), draw(st.integers(1, 4))),
    )


@st.composite
def windows(draw: st.DrawFn) -> Window:
    a, b = sorted((draw(DAYS), draw(DAYS)))
    return Window(start=a, end=b)


def _hours(cadre: TrainingRecord, window: Window) -> Fraction:
    return hours_in(cadre, window.start, window.end)


class TestAddingAnEntryNeverLowersHoursInAWindow:
    """Appending a training to the archive never lowers the 学时 counted in any window."""

    @settings(deadline=None, max_examples=80)
    @given(st.lists(entries(), max_size=8), entries(), windows())
    def test_property(
        self, existing: list[TrainingEntry], extra: TrainingEntry, window: Window
    ) -> None:
        cadre = record(*existing)
        assert _hours(cadre.with_entries(extra), window) >= _hours(cadre, window)


class TestHoursInAWindowEqualTheSumOverASplit:
    """The 学时 in a window equal the 学时 in its two halves, cut after any day inside it."""

    @settings(deadline=None, max_examples=80)
    @given(st.lists(entries(), max_size=8), windows(), st.data())
    def test_property(
        self, items: list[TrainingEntry], window: Window, data: st.DataObject
    ) -> None:
        if window.start == window.end:
            return
        last = data.draw(
            st.dates(min_value=window.start, max_value=window.end - dt.timedelta(days=1))
        )
        first, second = window.split(last)
        cadre = record(*items)
        assert _hours(cadre, window) == _hours(cadre, first) + _hours(cadre, second)
