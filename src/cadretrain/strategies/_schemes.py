"""Assessment schemes: weighted components, deliverables, a grade scale, instruments."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from cadretrain.model import (
    AssessmentScheme,
    Component,
    Deliverable,
    EvaluationInstrument,
    GradeLevel,
    GradeScale,
    KirkpatrickLevel,
    SubmissionKind,
)
from cadretrain.strategies._common import decimals, how_many, members, texts, unique_ids

__all__ = ["assessment_schemes", "grade_scales"]

_LEVEL_NAMES = (
    ("excellent", "优秀", "excellent"),
    ("good", "良好", "good"),
    ("pass", "合格", "pass"),
    ("basic", "基本合格", "basic pass"),
    ("fail", "不合格", "fail"),
)


@st.composite
def grade_scales(draw: st.DrawFn, *, min_levels: int = 2, max_levels: int = 5) -> GradeScale:
    """A grade scale, best first, minimum scores strictly decreasing, the lowest at 0.

    The lowest level does not pass; the others do.
    """
    count = draw(st.integers(min_value=max(min_levels, 1), max_value=min(max_levels, 5)))
    upper = draw(
        st.lists(
            st.integers(min_value=1, max_value=100),
            min_size=count - 1,
            max_size=count - 1,
            unique=True,
        )
    )
    minima = [*sorted(upper, reverse=True), 0]
    names = _LEVEL_NAMES[-count:] if count > 1 else _LEVEL_NAMES[2:3]
    levels = tuple(
        GradeLevel(
            code=code,
            zh=zh,
            en=en,
            min_score=Decimal(minimum),
            passing=count == 1 or index < count - 1,
        )
        for index, ((code, zh, en), minimum) in enumerate(zip(names, minima, strict=True))
    )
    return GradeScale(
        name=draw(st.sampled_from(("five_level", "four_level", "pass_fail"))), levels=levels
    )


@st.composite
def _weights(draw: st.DrawFn, count: int) -> tuple[Fraction, ...]:
    parts = draw(st.lists(st.integers(min_value=1, max_value=9), min_size=count, max_size=count))
    total = sum(parts)
    return tuple(Fraction(part, total) for part in parts)


@st.composite
def assessment_schemes(
    draw: st.DrawFn,
    *,
    min_components: int = 1,
    max_components: int = 4,
    deliverables: bool | None = None,
    instruments: bool | None = None,
) -> AssessmentScheme:
    """A scheme whose component weights are positive ``Fraction``s summing to exactly 1.

    ``deliverables`` / ``instruments``: ``True`` always some, ``False`` none,
    ``None`` either.
    """
    codes = draw(unique_ids("c", min_components, max_components))
    weights = draw(_weights(len(codes)))
    components = tuple(
        Component(
            code=code,
            title=draw(texts(max_size=6)),
            weight=weight,
            pass_mark=draw(st.none() | decimals(0, 100)),
            max_score=draw(st.none() | st.just(Decimal(100))),
            submission=draw(st.none() | members(SubmissionKind)),
        )
        for code, weight in zip(codes, weights, strict=True)
    )
    low, high = how_many(deliverables, 3)
    kinds = draw(st.lists(members(SubmissionKind), min_size=low, max_size=high, unique=True))
    instrument_ids = draw(unique_ids("ev", *how_many(instruments, 3)))
    return AssessmentScheme(
        scale=draw(grade_scales()),
        components=components,
        deliverables=tuple(
            Deliverable(
                kind=kind,
                due_months=draw(st.integers(min_value=0, max_value=6)),
                due_days=draw(st.integers(min_value=0, max_value=30)),
                title=draw(st.just("") | texts(max_size=6)),
                review_required=draw(st.booleans()),
            )
            for kind in kinds
        ),
        top_grade_share=draw(
            st.none() | st.fractions(min_value=0, max_value=1, max_denominator=20)
        ),
        instruments=tuple(
            EvaluationInstrument(
                id=instrument_id,
                level=draw(members(KirkpatrickLevel)),
                title=draw(texts(max_size=6)),
                due_months=draw(st.integers(min_value=0, max_value=6)),
                due_days=draw(st.integers(min_value=0, max_value=30)),
                linked_submission=draw(st.none() | members(SubmissionKind)),
            )
            for instrument_id in instrument_ids
        ),
    )
