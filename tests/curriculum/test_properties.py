"""Properties of ``check`` over small random cohorts built by local strategies."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.builtin import check
from cadretrain.policies.seed_practice import SEED_PRACTICE_2019, with_tier_shares
from cadretrain.rules import Citation, Report

from ._build import DAY, cohort, programme, site, trainee

POLICY = with_tier_shares(
    SEED_PRACTICE_2019,
    min_core_share=Fraction(1, 2),
    max_elective_share=Fraction(1, 4),
    citation=Citation(source="test shares"),
)
SITES = tuple(site(f"fs-{i}", capacity=c) for i, c in ((1, 5), (2, None), (3, 8), (4, 20)))
PROGRAMME = programme(field_sites=SITES)
UNITS = ("石龙村", "龙泉村", "红岩村", "青山村")
_START_TIMES = st.none() | st.builds(dt.time, st.integers(7, 20), st.sampled_from((0, 30)))


@st.composite
def sessions(draw: st.DrawFn, index: int) -> ct.Session:
    code = draw(st.sampled_from(("M00", "M01", "M02", "F01")))
    return ct.Session(
        id=f"s-{index:02d}",
        module=code,
        on=DAY + dt.timedelta(days=draw(st.integers(0, 2))),
        minutes=draw(st.integers(1, 12)) * 15,
        start=draw(_START_TIMES),
        site=draw(st.sampled_from(SITES)).id if code == "F01" else None,
    )


@st.composite
def cohorts(draw: st.DrawFn) -> ct.Cohort:
    count = draw(st.integers(0, 8))
    timetable = [draw(sessions(i)) for i in range(count)]
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=12))
    people = [trainee(f"t-{i:02d}", unit) for i, unit in enumerate(units)]
    return cohort(
        PROGRAMME,
        sessions=timetable,
        people=people,
        required_units=draw(st.lists(st.sampled_from(UNITS), unique=True, max_size=4)),
        venue_capacity=draw(st.none() | st.integers(1, 12)),
    )


def _judge(subject: ct.Cohort) -> Report:
    return check(subject, POLICY, explain=True)


class TestOrderDoesNotMatter:
    """Reordering a cohort's sessions or trainees never changes its findings."""

    @settings(deadline=None, max_examples=60)
    @given(subject=cohorts(), data=st.data())
    def test_shuffled_sessions_and_trainees(self, subject: ct.Cohort, data: st.DataObject) -> None:
        shuffled = attrs.evolve(
            subject,
            sessions=tuple(data.draw(st.permutations(subject.sessions))),
            trainees=tuple(data.draw(st.permutations(subject.trainees))),
        )
        before, after = _judge(subject), _judge(shuffled)
        assert set(before.findings) == set(after.findings)
        assert before == after


class TestDeterministic:
    """The same cohort gives the same report, in the same order, every time."""

    @settings(deadline=None, max_examples=40)
    @given(subject=cohorts())
    def test_check_twice(self, subject: ct.Cohort) -> None:
        rebuilt = attrs.evolve(subject)
        assert _judge(subject) == _judge(rebuilt)
        assert check(subject, POLICY) == check(rebuilt, POLICY)


class TestBulkIsExplainWithoutPasses:
    """Bulk mode reports exactly the failed findings of explain mode."""

    @settings(deadline=None, max_examples=40)
    @given(subject=cohorts())
    def test_failures_agree(self, subject: ct.Cohort) -> None:
        assert check(subject, POLICY).findings == _judge(subject).failures
