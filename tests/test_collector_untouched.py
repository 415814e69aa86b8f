"""The library never touches the garbage collector: it belongs to the host."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

import cadretrain as ct


def _forbidden(name: str) -> Callable[..., None]:
    def call(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the library called gc.{name}()")

    return call


@pytest.fixture
def guarded_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call that changes the collector's state fails the test."""
    for name in ("disable", "enable", "collect", "freeze", "unfreeze", "set_threshold"):
        monkeypatch.setattr(gc, name, _forbidden(name))


@pytest.mark.usefixtures("guarded_collector")
def test_the_public_entry_points_leave_the_collector_alone() -> None:
    seed = ct.examples.jiangan_2015()
    cohort = seed.cohort
    text = ct.to_json(cohort)
    assert ct.from_json(text, ct.Cohort) == cohort
    assert ct.check(cohort).findings is not None
    evaluation = ct.evaluate(cohort)
    assert ct.evaluate(cohort, explain=True).assessments[0].outcome in ct.Outcome
    assert list(ct.evaluate_many([cohort, cohort])) == [evaluation, evaluation]
    with pytest.raises(ct.DocumentError):
        ct.from_json('{"schema": "cadretrain/cohort", "version": 1}', ct.Cohort)


def test_the_collectors_state_is_the_same_after_every_entry_point() -> None:
    """Checked in a fresh interpreter, with the collector off as a host might leave it."""
    script = textwrap.dedent(
        """
        import gc
        gc.disable()
        import cadretrain as ct
        cohort = ct.examples.jiangan_2015().cohort
        ct.from_json(ct.to_json(cohort), ct.Cohort)
        ct.check(cohort)
        list(ct.evaluate_many([cohort]))
        assert not gc.isenabled(), "the library switched the collector on"
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
