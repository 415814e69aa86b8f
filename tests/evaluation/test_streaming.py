"""``evaluate_many`` yields what ``evaluate`` gives, lazily, and leaves the collector alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation.streaming import evaluate_many

from .test_properties import cohorts


class TestSameAsEvaluate:
    @settings(max_examples=30)
    @given(st.lists(cohorts(), max_size=4), st.booleans())
    def test_each_item_is_evaluate(self, batch: list[ct.Cohort], explain: bool) -> None:
        streamed = list(evaluate_many(batch, explain=explain))
        assert streamed == [ct.evaluate(c, explain=explain) for c in batch]

    def test_reads_one_cohort_at_a_time(self) -> None:
        read: list[str] = []

        def source() -> Iterator[ct.Cohort]:
            for i in range(3):
                read.append(f"c-{i}")
                yield _cohort(f"c-{i}")

        stream = evaluate_many(source())
        assert read == []
        assert next(stream).cohort_id == "c-0"
        assert read == ["c-0"]
        assert [e.cohort_id for e in stream] == ["c-1", "c-2"]


@pytest.fixture(params=[True, False], ids=["enabled", "disabled"])
def collector(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Run the test with the collector enabled, then disabled; restore it after."""
    before = gc.isenabled()
    if request.param:
        gc.enable()
    else:
        gc.disable()
    try:
        yield request.param
    finally:
        if before:
            gc.enable()
        else:
            gc.disable()


class TestCollector:
    """The collector is paused only while a cohort is judged, and restored exactly."""

    def test_restored_after_evaluate(self, collector: bool) -> None:
        ct.evaluate(_cohort("c-1"))
        assert gc.isenabled() is collector

    def test_callers_setting_between_items(self, collector: bool) -> None:
        def source() -> Iterator[ct.Cohort]:
            for i in range(2):
                seen.append(gc.isenabled())
                yield _cohort(f"c-{i}")

        seen: list[bool] = []
        for _ in evaluate_many(source()):
            seen.append(gc.isenabled())
        assert seen == [collector] * 4

    def test_restored_when_an_evaluation_raises(self, collector: bool) -> None:
        wrong = ct.Policy(
            name="needs_a_number",
            title_zh="缺少参数",
            title_en="a number is missing",
            rule=ct.Check("evaluation.attendance"),
            effective_from=_cohort("c-0").start,
        )
        with pytest.raises(ct.MissingParameter):
            list(evaluate_many([_cohort("c-0")], wrong))
        assert gc.isenabled() is collector
        with pytest.raises(ct.MissingParameter):
            ct.evaluate(_cohort("c-0"), wrong, explain=True)
        assert gc.isenabled() is collector


def _cohort(cohort_id: str) -> ct.Cohort:
    from benchmarks._data import make_cohort

    return attrs.evolve(make_cohort(6), id=cohort_id)
