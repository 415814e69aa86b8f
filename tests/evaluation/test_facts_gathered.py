"""Gathered fact columns: each trainee's marks and weighted total, read through the row view.

``gather`` computes every trainee's marks (the score on each scheme
component, highest if recorded twice) and weighted total as columns; the
checks and the assessments read them from there. These tests hold them,
through each trainee's ``TraineeRow``, to the definitions a user reads in
the docs: ``Σ weight × score`` in ``Fraction``s, ``None`` as soon as a
component is unscored.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation import TraineeRow
from cadretrain.evaluation.gathering import gather

from .builders import END, FOUR_LEVELS, START, cohort, programme, sessions, trainee
from .test_properties import cohorts


def rows(subject: ct.Cohort) -> list[TraineeRow]:
    """Every trainee's row, in trainee-id order."""
    facts = gather(subject)
    return [facts.row(i) for i in range(len(facts))]


WEIGHTS = [
    (Fraction(1),),
    (Fraction(3, 5), Fraction(2, 5)),
    (Fraction(1, 3), Fraction(2, 3)),
    (Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)),
    (Fraction(1, 7), Fraction(2, 7), Fraction(4, 7)),
]
SCORES = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


def _scheme(weights: tuple[Fraction, ...]) -> ct.AssessmentScheme:
    return ct.AssessmentScheme(
        scale=FOUR_LEVELS,
        components=tuple(
            ct.Component(code=f"c{i}", title=f"考核{i}", weight=w) for i, w in enumerate(weights)
        ),
        top_grade_share=None,
    )


@st.composite
def scored_cohorts(draw: st.DrawFn) -> ct.Cohort:
    """Up to 4 trainees; a scheme of 1-3 weighted components, none, or no scheme at all.

    Each trainee has some components unscored, some scored twice or three times,
    with non-integer scores.
    """
    shape = draw(st.sampled_from(["weighted", "weighted", "weighted", "empty", "none"]))
    scheme = (
        None
        if shape == "none"
        else _scheme(draw(st.sampled_from(WEIGHTS)) if shape == "weighted" else ())
    )
    codes = [c.code for c in scheme.components] if scheme is not None else ["c0", "other"]
    people = tuple(trainee(i) for i in range(1, draw(st.integers(1, 4)) + 1))
    marks = [
        ct.Score(trainee=person.id, component=code, value=draw(SCORES))
        for person in people
        for code in codes
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2, 3])))
    ]
    plan = sessions(1)
    return ct.Cohort(
        id="c-facts",
        programme=programme(scheme),
        start=START,
        end=END,
        venue="县委党校",
        trainees=people,
        sessions=plan,
        scores=tuple(draw(st.permutations(marks))),
    )


def _reference_total(facts: TraineeRow) -> Fraction | None:
    """The documented definition: Σ weight × score, or None when any component is unscored."""
    scheme = facts.scheme
    if scheme is None or not scheme.components:
        return None
    scores = [facts.score(c.code) for c in scheme.components]
    if None in scores:
        return None
    return sum(
        (
            Fraction(c.weight) * Fraction(score)
            for c, score in zip(scheme.components, scores, strict=True)
            if score is not None
        ),
        Fraction(0),
    )


class TestMarksAndTotal:
    """``marks`` and ``total`` equal the reference definitions, for every trainee."""

    @settings(max_examples=60, deadline=None)
    @given(scored_cohorts())
    def test_marks_are_each_components_highest_score_in_scheme_order(
        self, subject: ct.Cohort
    ) -> None:
        scheme = subject.programme.scheme
        components = scheme.components if scheme is not None else ()
        for facts in rows(subject):
            expected = []
            for c in components:
                recorded = [
                    s.value
                    for s in subject.scores
                    if s.trainee == facts.trainee.id and s.component == c.code
                ]
                assert facts.score(c.code) == (max(recorded) if recorded else None)
                if recorded:
                    expected.append((c.code, max(recorded)))
            assert facts.marks == tuple(expected)
            assert all(isinstance(mark, Decimal) for _, mark in facts.marks)

    @settings(max_examples=60, deadline=None)
    @given(scored_cohorts())
    def test_total_is_the_weighted_sum_in_fractions(self, subject: ct.Cohort) -> None:
        for facts in rows(subject):
            assert facts.total == _reference_total(facts)
            assert facts.total is None or isinstance(facts.total, Fraction)

    @settings(max_examples=60, deadline=None)
    @given(cohorts())
    def test_on_the_evaluation_cohorts(self, subject: ct.Cohort) -> None:
        for facts in rows(subject):
            assert facts.total == _reference_total(facts)
            assert dict(facts.marks) == {
                c.code: facts.score(c.code)
                for c in facts.scheme.components  # type: ignore[union-attr]
                if facts.score(c.code) is not None
            }

    def test_a_component_scored_twice_keeps_the_highest(self) -> None:
        subject = cohort(
            marks=(
                ct.Score(trainee="t-001", component="exam", value=Decimal("88.5")),
                ct.Score(trainee="t-001", component="essay", value=Decimal(70)),
                ct.Score(trainee="t-001", component="exam", value=Decimal(55)),
            )
        )
        (facts,) = rows(subject)
        assert facts.marks == (("exam", Decimal("88.5")), ("essay", Decimal(70)))
        assert facts.total == Fraction(3, 5) * Fraction("88.5") + Fraction(2, 5) * 70
        assessment = ct.evaluate(subject).assessment("t-001")
        assert assessment.scores == (("exam", Decimal("88.5")), ("essay", Decimal(70)))
        assert assessment.total == Decimal("81.1")

    def test_an_equal_score_written_twice_is_read_alike_whatever_the_order(self) -> None:
        # 85 and 85.0 are equal; which one the trainee's findings show must not
        # depend on the order the records came in (the text sorting last wins)
        written = [
            ct.Score(trainee="t-001", component="exam", value=Decimal("85")),
            ct.Score(trainee="t-001", component="exam", value=Decimal("85.0")),
            ct.Score(trainee="t-001", component="essay", value=Decimal(70)),
        ]
        for marks in (tuple(written), tuple(reversed(written))):
            (facts,) = rows(cohort(marks=marks))
            assert [str(v) for _, v in facts.marks] == ["85.0", "70"]
            assert str(facts.score("exam")) == "85.0"
            assert [str(s.value) for s in facts.scores] == ["70", "85", "85.0"]

    def test_an_unscored_component_leaves_no_total(self) -> None:
        subject = cohort(marks=(ct.Score(trainee="t-001", component="essay", value=Decimal(90)),))
        (facts,) = rows(subject)
        assert facts.marks == (("essay", Decimal(90)),)
        assert facts.total is None
        assert ct.evaluate(subject).assessment("t-001").total is None

    def test_a_third_is_kept_exact(self) -> None:
        subject = attrs.evolve(
            cohort(marks=()),
            programme=programme(_scheme((Fraction(1, 3), Fraction(2, 3)))),
            scores=(
                ct.Score(trainee="t-001", component="c0", value=Decimal("80.5")),
                ct.Score(trainee="t-001", component="c1", value=Decimal(90)),
            ),
        )
        (facts,) = rows(subject)
        assert facts.total == Fraction(521, 6)
        assert ct.evaluate(subject).assessment("t-001").total == Decimal("86.833333")

    def test_without_a_scheme_there_are_no_marks_and_no_total(self) -> None:
        subject = attrs.evolve(cohort(marks=()), programme=programme(None))
        subject = attrs.evolve(
            subject, scores=(ct.Score(trainee="t-001", component="exam", value=Decimal(90)),)
        )
        (facts,) = rows(subject)
        assert facts.score("exam") == Decimal(90)
        assert (facts.marks, facts.total) == ((), None)

    def test_facts_come_in_trainee_id_order(self) -> None:
        subject = cohort(size=3)
        shuffled = attrs.evolve(subject, trainees=tuple(reversed(subject.trainees)))
        gathered = gather(shuffled)
        assert gathered.ids == ("t-001", "t-002", "t-003")
        assert [gathered.row(i).trainee.id for i in range(3)] == list(gathered.ids)
        assert gathered.cohort is shuffled
