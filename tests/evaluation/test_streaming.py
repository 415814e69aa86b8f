"""``evaluate_many`` yields what ``evaluate`` gives, lazily, one cohort at a time."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.builtin import evaluate_many

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


def _cohort(cohort_id: str) -> ct.Cohort:
    return attrs.evolve(ct.examples.jiangan_2015().cohort, id=cohort_id)
