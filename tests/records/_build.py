"""Small builders for training records in tests."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from cadretrain.model import (
    Outcome,
    Rank,
    TrainingEntry,
    TrainingKind,
    TrainingPurpose,
    TrainingRecord,
)


def entry(
    end: dt.date,
    *,
    hours: int | Fraction | None = None,
    days: int | None = None,
    kind: TrainingKind = TrainingKind.OFF_THE_JOB,
    outcome: Outcome = Outcome.COMPLETED,
    purpose: TrainingPurpose | None = None,
) -> TrainingEntry:
    """A training that ended on ``end`` (and started the same day)."""
    return TrainingEntry(
        start=end,
        end=end,
        kind=kind,
        title="专题培训班",
        outcome=outcome,
        hours=None if hours is None else Fraction(hours),
        days=days,
        purpose=purpose,
    )


def record(
    *entries: TrainingEntry,
    rank: Rank = Rank.COUNTY_DIVISION,
    promoted_on: dt.date | None = None,
    trained_before_promotion: bool = False,
) -> TrainingRecord:
    """A record of one cadre with ``entries``."""
    return TrainingRecord(
        cadre_id="c-001",
        name="李利冰",
        rank=rank,
        entries=entries,
        promoted_on=promoted_on,
        trained_before_promotion=trained_before_promotion,
    )
