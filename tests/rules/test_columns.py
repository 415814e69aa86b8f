"""The interpreter over verdict columns: row by row, what it gives each subject alone.

A check may judge many subjects at once and return a ``Judged`` verdict
column; the tree combines the columns. Every row's verdict and findings
must be exactly those of the same tree run on that row's subject alone, in
both modes, and a row's results must agree with its verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadretrain.errors import InvalidValueError
from cadretrain.rules import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    AllOf,
    Check,
    CheckResult,
    Judged,
    Rule,
    RuleBook,
    Scope,
    evaluate_rule,
    judge,
)

from .test_properties import MINIMUM, toys, trees
from .toys import BOOK, DAY, Toy, policy


def over_rows(function: Callable[[Any, Any], Any]) -> Callable[..., Any]:
    """``function`` on one toy, or on a tuple of toys as a column (a row per toy)."""

    def column(subject: Any, params: Any) -> Any:
        if not isinstance(subject, tuple):
            return function(subject, params)
        results = [tuple(function(toy, params)) for toy in subject]
        verdict = np.array([all(r.passed for r in rs) for rs in results], dtype=np.int8)
        return Judged(verdict=verdict, results=results.__getitem__)

    return column


COLUMNS = RuleBook(
    checks=tuple(
        attrs.evolve(c, function=over_rows(c.function)) if c.scope is Scope.COHORT else c
        for c in BOOK
    )
)


def run(rule: Rule, subject: Any, *, explain: bool) -> Any:
    return judge(
        rule,
        subjects={Scope.COHORT: subject},
        on=DAY,
        policy=policy(rule, minimum=MINIMUM),
        book=COLUMNS,
        explain=explain,
        size=len(subject) if isinstance(subject, tuple) else None,
    )


class TestRowByRow:
    """Each row's verdict and findings are the tree's on that row's subject alone."""

    @given(trees, st.lists(toys, min_size=1, max_size=5), st.booleans())
    def test_a_column_is_its_rows(self, rule: Rule, rows: list[Toy], explain: bool) -> None:
        judgement = run(rule, tuple(rows), explain=explain)
        assert len(judgement.verdict) == len(rows)
        for i, toy in enumerate(rows):
            alone = run(rule, toy, explain=explain)
            assert int(judgement.verdict[i]) == int(alone.verdict[0])
            assert judgement.findings(i) == alone.findings(0)
            assert bool(judgement.flagged[i]) == bool(alone.flagged[0])

    @given(trees, st.lists(toys, min_size=1, max_size=5))
    def test_bulk_findings_are_the_failed_explained_ones(self, rule: Rule, rows: list[Toy]) -> None:
        bulk, full = run(rule, tuple(rows), explain=False), run(rule, tuple(rows), explain=True)
        for i in range(len(rows)):
            assert bulk.findings(i) == tuple(f for f in full.findings(i) if not f.passed)
            assert bool(bulk.flagged[i]) == bool(bulk.findings(i))

    @given(trees, toys)
    def test_one_row_is_what_evaluate_gives(self, rule: Rule, toy: Toy) -> None:
        judgement = run(rule, toy, explain=True)
        verdict = evaluate_rule(
            rule,
            subjects={Scope.COHORT: toy},
            on=DAY,
            policy=policy(rule, minimum=MINIMUM),
            book=BOOK,
            explain=True,
        )
        expected = {True: PASS, False: FAIL, None: NOT_APPLICABLE}[verdict.passed]
        assert (int(judgement.verdict[0]), judgement.findings(0)) == (expected, verdict.findings)


def test_a_verdict_that_disagrees_with_its_results_is_refused() -> None:
    def lenient(subject: Any, params: Any) -> Judged:
        failing = CheckResult(path="toy", passed=False, message_zh="未通过", message_en="fails")
        return Judged(verdict=np.array([PASS], dtype=np.int8), results=lambda row: (failing,))

    book = RuleBook(checks=(attrs.evolve(COLUMNS["toy.pass"], function=lenient),))
    rule = AllOf(Check("toy.pass"))
    judgement = judge(
        rule, subjects={Scope.COHORT: Toy()}, on=DAY, policy=policy(rule), book=book, explain=True
    )
    with pytest.raises(InvalidValueError, match=r"toy.pass verdict\[0\]"):
        judgement.findings(0)


def test_subjects_of_different_sizes_are_refused() -> None:
    rule = AllOf(Check("toy.pass"), Check("toy.absent"))
    sized = RuleBook(
        checks=(
            *(c for c in COLUMNS if c.rule_id != "toy.absent"),
            attrs.evolve(BOOK["toy.absent"], function=over_rows(BOOK["toy.pass"].function)),
        )
    )
    with pytest.raises(InvalidValueError, match="subjects"):
        judge(
            rule,
            subjects={Scope.COHORT: (Toy(), Toy()), Scope.POSTING: (Toy(), Toy(), Toy())},
            on=DAY,
            policy=policy(rule),
            book=sized,
        )


def test_a_verdict_column_must_be_int8() -> None:
    with pytest.raises(InvalidValueError, match="verdict"):
        Judged(verdict=np.array([1, 0]), results=lambda row: ())
