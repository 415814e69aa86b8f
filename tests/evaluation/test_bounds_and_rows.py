"""Bounds that keep evaluation's integers exact, and checks written per trainee.

A score, pass mark or grade minimum beyond ±10**6 or with a fifth decimal
place, a session longer than 100,000 minutes and a share over a denominator
above 10**6 are refused when made, naming the field, the value and the
accepted range. A check written per trainee over ``TraineeRow`` runs in the
same evaluation as the built-in checks and reaches the same verdicts as the
built-in check it restates.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation import TraineeRow, per_trainee
from cadretrain.evaluation.checks.attendance import LeaveRatioParams
from cadretrain.rules import CheckResult

from .builders import FOUR_LEVELS, START, cohort
from .test_properties import cohorts


class TestBounds:
    @pytest.mark.parametrize(
        "value", [Decimal("85.12345"), Decimal(10**6), Decimal(-(10**6)), Decimal("1E+7")]
    )
    def test_a_score_beyond_the_bounds_is_refused(self, value: Decimal) -> None:
        with pytest.raises(ct.InvalidValueError, match=r"value: .* 4 decimal places") as error:
            ct.Score(trainee="t-1", component="exam", value=value)
        assert error.value.problems[0].value == value

    @pytest.mark.parametrize("value", [Decimal("85.1234"), Decimal("999999.9999"), Decimal(-5)])
    def test_a_score_within_the_bounds_is_kept(self, value: Decimal) -> None:
        assert ct.Score(trainee="t-1", component="exam", value=value).value == value

    def test_pass_marks_and_grade_minimums_have_the_same_bounds(self) -> None:
        with pytest.raises(ct.InvalidValueError, match="pass_mark"):
            ct.Component(code="c", title="考核", weight=Fraction(1), pass_mark=Decimal("60.00001"))
        with pytest.raises(ct.InvalidValueError, match="min_score"):
            ct.GradeLevel(code="top", zh="优秀", en="top", min_score=Decimal(2 * 10**6))

    def test_a_session_over_100000_minutes_is_refused(self) -> None:
        with pytest.raises(ct.InvalidValueError, match=r"minutes: 100001 .* up to 100000"):
            ct.Session(id="s", module="M01", on=START, minutes=100_001)
        assert ct.Session(id="s", module="M01", on=START, minutes=100_000).minutes == 100_000

    def test_a_share_over_a_denominator_above_a_million_is_refused(self) -> None:
        with pytest.raises(ct.InvalidValueError, match="max_share"):
            LeaveRatioParams(max_share=Fraction(1, 10**6 + 1))
        assert LeaveRatioParams(max_share=Fraction(1, 10**6)).max_share == Fraction(1, 10**6)

    def test_weights_over_a_huge_common_denominator_are_still_exact(self) -> None:
        primes = (10007, 10009)
        weights = (Fraction(1, primes[0]), 1 - Fraction(1, primes[0]))
        scheme = ct.AssessmentScheme(
            scale=FOUR_LEVELS,
            components=tuple(
                ct.Component(code=f"c{i}", title=f"考核{i}", weight=w)
                for i, w in enumerate(weights)
            ),
            top_grade_share=None,
        )
        base = cohort(marks=())
        subject = attrs.evolve(
            base,
            programme=attrs.evolve(base.programme, scheme=scheme),
            submissions=(),
            scores=(
                ct.Score(trainee="t-001", component="c0", value=Decimal("99999.9999")),
                ct.Score(trainee="t-001", component="c1", value=Decimal("89.9999")),
            ),
        )
        total = weights[0] * Fraction("99999.9999") + weights[1] * Fraction("89.9999")
        (assessment,) = ct.evaluate(subject).assessments
        assert assessment.total is not None
        assert 0 <= total - Fraction(assessment.total) < Fraction(1, 10**6)
        assert assessment.grade == ("excellent" if total >= 90 else "good")


@per_trainee
def plain_leave_ratio(row: TraineeRow, params: LeaveRatioParams) -> Iterator[CheckResult]:
    """Approved leave within the share, read from one trainee's row."""
    s = row.summary
    share = Fraction(s.excused, s.scheduled) if s.scheduled else Fraction(0)
    yield CheckResult(
        path=row.path,
        passed=share <= params.max_share,
        message_zh=f"准假占 {share}",
        message_en=f"leave share {share}",
        evidence=(("leave_share", share),),
    )


BUILTIN = ct.BUILTIN_RULES
PLAIN = BUILTIN.replacing(
    attrs.evolve(BUILTIN["evaluation.leave_ratio"], function=plain_leave_ratio)
)


class TestPerTrainee:
    """A check written per trainee gives the verdicts of the built-in check it restates."""

    @settings(max_examples=60, deadline=None)
    @given(cohorts(), st.booleans())
    def test_same_outcomes_grades_and_finding_places(
        self, subject: ct.Cohort, explain: bool
    ) -> None:
        builtin = ct.evaluate(subject, explain=explain)
        plain = ct.evaluate(subject, explain=explain, book=PLAIN)
        for a, b in zip(builtin.assessments, plain.assessments, strict=True):
            assert (a.outcome, a.grade, a.attendance) == (b.outcome, b.grade, b.attendance)
            assert [(f.rule_id, f.path, f.passed) for f in a.findings] == [
                (f.rule_id, f.path, f.passed) for f in b.findings
            ]

    def test_a_row_alone_is_judged_by_the_function_itself(self) -> None:
        from cadretrain.evaluation.gathering import gather

        subject = cohort(size=2)
        row = gather(subject).row(0)
        results = plain_leave_ratio(row, LeaveRatioParams(max_share=Fraction(1, 7)))
        assert not isinstance(results, ct.rules.Judged)
        (result,) = results
        assert result.path == "cohort.trainees[t-001]"
        assert result.passed
