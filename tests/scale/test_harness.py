"""The benchmark harness: what it reports beside the median, and what it refuses."""

from __future__ import annotations

import gc
import itertools
import types
from collections.abc import Iterator

import pytest
from benchmarks import _harness
from benchmarks._harness import time_variants


def _accept(_name: str, _result: object) -> None:
    return None


@pytest.fixture
def collector_off() -> Iterator[None]:
    """No automatic collection during the test, so that only the variants' own ones count."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def test_the_mean_shows_the_slow_sample_the_median_hides(monkeypatch: pytest.MonkeyPatch) -> None:
    # seven samples of one call each: six take 1 s, one takes 8 s
    durations = iter([1.0] * 6 + [8.0])
    clock = {"now": 0.0, "started": False}

    def perf_counter() -> float:
        if clock["started"]:
            clock["now"] += next(durations)
        clock["started"] = not clock["started"]
        return clock["now"]

    monkeypatch.setattr(_harness, "time", types.SimpleNamespace(perf_counter=perf_counter))
    (row,) = time_variants(
        "g", 1_000, [("v", lambda: None)], rounds=7, check=_accept, min_trainees=0
    )
    assert row["us_per_trainee"] == pytest.approx(1e3)  # 1 s over 1,000 trainees
    assert row["mean_us_per_trainee"] == pytest.approx(2e3)  # (6 + 8) / 7 s


@pytest.mark.parametrize(("min_calls", "median_s"), [(1, 1.0), (2, 4.5)])
def test_a_cost_every_other_call_counts_in_every_sample_of_two_calls(
    monkeypatch: pytest.MonkeyPatch, min_calls: int, median_s: float
) -> None:
    # a call costs 1 s, and every other one 8 s (a full collection every other call);
    # the check's call is the first 8 s one
    clock = {"now": 0.0}
    costs = itertools.cycle([8.0, 1.0])

    def work() -> None:
        clock["now"] += next(costs)

    monkeypatch.setattr(_harness, "time", types.SimpleNamespace(perf_counter=lambda: clock["now"]))
    (row,) = time_variants(
        "g", 1, [("v", work)], rounds=7, check=_accept, min_trainees=0, min_calls=min_calls
    )
    # one call a sample: four of the seven are 1 s calls, and the median hides the 8 s ones;
    # two calls a sample: every sample holds one of each
    assert row["us_per_trainee"] == pytest.approx(median_s * 1e6)


@pytest.mark.parametrize(("n", "calls"), [(1_000, 20), (10_000, 2), (100_000, 1)])
def test_a_sample_handles_the_default_number_of_trainees(n: int, calls: int) -> None:
    """Without ``min_trainees`` a sample repeats the call up to 20k trainees, 20 calls at most.

    (A group that forgot the limit timed one call at 1k, a fresh process's slow first calls.)
    """
    made = itertools.count()
    time_variants("g", n, [("v", lambda: next(made))], rounds=1, check=_accept)
    assert next(made) == 1 + calls  # the checking call, then one sample


@pytest.mark.usefixtures("collector_off")
def test_collections_during_a_variants_samples_are_counted_per_call() -> None:
    callbacks = list(gc.callbacks)
    rows = time_variants(
        "g",
        10,
        [
            ("idle", lambda: None),
            ("young", lambda: gc.collect(0)),
            ("full", gc.collect),
        ],
        rounds=3,
        check=_accept,
        min_trainees=20,  # two calls per sample
    )
    counted = {
        r["variant"]: (r["collections_per_call"], r["full_collections_per_call"]) for r in rows
    }
    assert counted == {"idle": (0.0, 0.0), "young": (1.0, 0.0), "full": (1.0, 1.0)}
    assert gc.callbacks == callbacks  # the counters are gone again


def test_a_wrong_result_is_refused_before_anything_is_timed() -> None:
    timed: list[str] = []

    def check(name: str, result: object) -> None:
        if result != 1:
            raise AssertionError(f"{name} differs")

    def wrong() -> int:
        timed.append("wrong")
        return 2

    with pytest.raises(AssertionError, match="wrong differs"):
        time_variants(
            "g",
            1,
            [("right", lambda: 1), ("wrong", wrong)],
            rounds=7,
            check=check,
        )
    assert timed == ["wrong"]  # called once, for the check, and never timed


@pytest.mark.usefixtures("collector_off")
def test_a_variant_that_leaves_the_collector_changed_is_refused() -> None:
    with pytest.raises(RuntimeError, match="changed the collector"):
        time_variants("g", 1, [("enables", gc.enable)], rounds=1, check=_accept)
