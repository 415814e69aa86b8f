"""Training records (个人培训档案): a cadre's trainings over the years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from cadretrain.model import (
    Outcome,
    Rank,
    TrainingEntry,
    TrainingKind,
    TrainingPurpose,
    TrainingRecord,
)
from cadretrain.strategies._common import (
    LATEST,
    Size,
    chinese_names,
    dates,
    members,
    size_bounds,
    texts,
)
from cadretrain.strategies._common import ids as _ids

__all__ = ["training_entries", "training_records"]


@st.composite
def training_entries(
    draw: st.DrawFn, *, kinds: Sequence[TrainingKind] | None = None
) -> TrainingEntry:
    """One training: start on or before end, 学时 as a ``Fraction`` and/or days.

    Its ``purpose`` is ``None`` or a :class:`~cadretrain.TrainingPurpose`
    (任职培训).
    """
    start = draw(dates(max_value=LATEST - dt.timedelta(days=60)))
    end = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=59)))
    measure = draw(st.sampled_from(("hours", "days", "both")))
    hours = draw(st.fractions(min_value=0, max_value=200, max_denominator=4))
    days = (end - start).days + 1
    return TrainingEntry(
        start=start,
        end=end,
        kind=draw(members(TrainingKind, kinds)),
        title=draw(texts(max_size=16)),
        outcome=draw(members(Outcome)),
        hours=None if measure == "days" else hours,
        days=None if measure == "hours" else days,
        programme=draw(st.just("") | _ids("p")),
        cohort=draw(st.just("") | _ids("c")),
        purpose=draw(st.none() | members(TrainingPurpose)),
    )


@st.composite
def training_records(
    draw: st.DrawFn,
    *,
    rank: Rank | Sequence[Rank] | None = None,
    entries: Size = None,
    kinds: Sequence[TrainingKind] | None = None,
) -> TrainingRecord:
    """A cadre's archive: ``rank`` (one, a choice, or any), ``entries`` (default 0-6) by start date.

    Any rank may be drawn: the 职务 ranks, the 职级 grades and the village
    cadre (村干部), whom the 条例's hours rules do not cover.
    """
    ranks = None if rank is None else (rank,) if isinstance(rank, Rank) else tuple(rank)
    low, high = size_bounds(entries, (0, 6), field="entries")
    items = draw(st.lists(training_entries(kinds=kinds), min_size=low, max_size=high))
    return TrainingRecord(
        cadre_id=draw(_ids("cadre")),
        name=draw(chinese_names()),
        rank=draw(members(Rank, ranks)),
        entries=tuple(sorted(items, key=lambda e: (e.start, e.end, e.title))),
        promoted_on=draw(st.none() | dates()),
        trained_before_promotion=draw(st.booleans()),
    )
