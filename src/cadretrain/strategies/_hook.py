"""The ``hypothesis`` entry point: ``st.from_type(ct.Cohort)`` draws a valid cohort.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, for
every installed package that declares the entry point::

    [project.entry-points.hypothesis]
    _ = "cadretrain.strategies._hook:_hypothesis_setup_hook"

Hypothesis may be imported *by* ``import cadretrain.strategies`` (its
factories need it), so the hook runs while that package is still being
initialised. This module therefore imports no factory: each registration is
deferred and names its factory, which is looked up in
:mod:`cadretrain.strategies` only when a test first asks for the type.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from cadretrain.evaluation import Assessment
from cadretrain.model import (
    AssessmentScheme,
    Cohort,
    FieldSite,
    GradeScale,
    Module,
    Place,
    Posting,
    Programme,
    Trainee,
    TrainingEntry,
    TrainingRecord,
)
from cadretrain.rules import Policy

__all__ = ["REGISTERED", "_hypothesis_setup_hook"]

REGISTERED: tuple[tuple[type, str], ...] = (
    (Place, "places"),
    (Trainee, "trainees"),
    (Module, "modules"),
    (FieldSite, "field_sites"),
    (GradeScale, "grade_scales"),
    (AssessmentScheme, "assessment_schemes"),
    (Programme, "programmes"),
    (Cohort, "cohorts"),
    (TrainingEntry, "training_entries"),
    (TrainingRecord, "training_records"),
    (Posting, "postings"),
    (Policy, "policies"),
    (Assessment, "assessments"),
)
"""Each public type that makes sense on its own, with the name of the factory ``from_type`` uses.

Facts that only mean something inside a cohort (a session, an attendance
record, a score) are not registered: drawn alone, their references would
point nowhere; draw a cohort and read them from it.
"""


def _factory(name: str) -> Callable[[], st.SearchStrategy[Any]]:
    """A function that looks up and calls the factory ``name`` of :mod:`cadretrain.strategies`."""

    def strategy() -> st.SearchStrategy[Any]:
        strategies = importlib.import_module("cadretrain.strategies")
        return getattr(strategies, name)()  # type: ignore[no-any-return]

    return strategy


def _hypothesis_setup_hook() -> None:
    """Register each type in :data:`REGISTERED` with its (deferred) factory."""
    for cls, name in REGISTERED:
        st.register_type_strategy(cls, st.deferred(_factory(name)))
