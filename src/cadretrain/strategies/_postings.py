"""Village postings (驻村): where, for how long, how present, how appraised."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from cadretrain.model import (
    Appraisal,
    AppraisalGrade,
    Posting,
    PostingRole,
    PresencePeriod,
    RecallEvent,
    RecallStep,
)
from cadretrain.strategies._common import (
    LATEST,
    chinese_names,
    dates,
    how_many,
    members,
    places,
    texts,
)
from cadretrain.strategies._common import ids as _ids

__all__ = ["postings"]


@st.composite
def _presence(draw: st.DrawFn, start: dt.date, end: dt.date) -> PresencePeriod:
    first = draw(dates(start, end))
    last = draw(dates(first, end))
    working = draw(st.integers(min_value=1, max_value=(last - first).days + 1))
    return PresencePeriod(
        start=first,
        end=last,
        working_days=working,
        days_present=draw(st.integers(min_value=0, max_value=working)),
    )


@st.composite
def postings(
    draw: st.DrawFn,
    *,
    roles: Sequence[PostingRole] | None = None,
    with_recall: bool | None = None,
) -> Posting:
    """A posting of one to three years, with presence periods, appraisals (one a year) and recall.

    Presence periods and recall events fall inside the posting; appraisal
    years are the posting's years. ``with_recall``: ``True`` some recall
    steps, ``False`` none, ``None`` either.
    """
    start = draw(dates(max_value=LATEST - dt.timedelta(days=3 * 366)))
    end = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=3 * 365)))
    years = list(range(start.year, end.year + 1))
    recall_low, recall_high = how_many(with_recall, 3)
    steps = draw(
        st.lists(members(RecallStep), min_size=recall_low, max_size=recall_high, unique=True)
    )
    ordered = sorted(steps, key=list(RecallStep).index)
    days = sorted(draw(st.lists(dates(start, end), min_size=len(steps), max_size=len(steps))))
    return Posting(
        id=draw(_ids("post")),
        cadre_id=draw(_ids("cadre")),
        name=draw(chinese_names()),
        role=draw(members(PostingRole, roles)),
        village=draw(places()),
        sending_unit=draw(texts(max_size=10)),
        start=start,
        end=end,
        team_size=draw(st.none() | st.integers(min_value=1, max_value=8)),
        presence=tuple(draw(st.lists(_presence(start, end), max_size=3))),
        appraisals=tuple(
            Appraisal(
                year=year, grade=draw(members(AppraisalGrade)), by=draw(st.just("") | texts())
            )
            for year in draw(st.lists(st.sampled_from(years), unique=True, max_size=len(years)))
        ),
        recall=tuple(
            RecallEvent(
                on=day,
                step=step,
                by=draw(texts(max_size=8)),
                reason=draw(st.just("") | texts()),
            )
            for day, step in zip(days, ordered, strict=True)
        ),
    )
