"""The public surface of ``cadretrain.strategies`` is exactly the documented factories."""

from __future__ import annotations

import inspect

from hypothesis import strategies as st

import cadretrain.strategies as cs

DOCUMENTED = [
    "assessment_schemes",
    "assessments",
    "cohorts",
    "field_sites",
    "grade_scales",
    "modules",
    "places",
    "policies",
    "postings",
    "programmes",
    "trainees",
    "training_entries",
    "training_records",
]


def test_all_is_exactly_the_documented_factories() -> None:
    assert cs.__all__ == DOCUMENTED


def test_every_public_name_is_a_factory_returning_a_strategy() -> None:
    for name in cs.__all__:
        factory = getattr(cs, name)
        assert isinstance(factory(), st.SearchStrategy), name


def test_every_constraint_is_keyword_only() -> None:
    for name in cs.__all__:
        parameters = inspect.signature(getattr(cs, name)).parameters.values()
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters), name


def test_dir_lists_the_factories_and_the_hook() -> None:
    assert set(dir(cs)) == {*DOCUMENTED, "_hypothesis_setup_hook"}
