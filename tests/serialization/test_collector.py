"""``to_json`` and ``from_json`` leave the caller's collector setting as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import cadretrain as ct
from cadretrain.serialization import DocumentError, from_json, to_json

from .samples import cohort


@pytest.fixture(params=[True, False], ids=["enabled", "disabled"])
def collector(request: pytest.FixtureRequest) -> Iterator[bool]:
    was = gc.isenabled()
    if request.param:
        gc.enable()
    else:
        gc.disable()
    yield request.param
    if was:
        gc.enable()
    else:
        gc.disable()


def test_to_json_and_from_json_restore_the_callers_setting(collector: bool) -> None:
    text = to_json(cohort())
    assert gc.isenabled() is collector
    assert from_json(text, ct.Cohort) == cohort()
    assert gc.isenabled() is collector


def test_a_failed_load_restores_the_callers_setting(collector: bool) -> None:
    with pytest.raises(DocumentError):
        from_json('{"schema": "cadretrain/cohort", "version": 1}', ct.Cohort)
    assert gc.isenabled() is collector
