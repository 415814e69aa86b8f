"""The ``hypothesis`` entry point: ``st.from_type(ct.Cohort)`` draws a valid cohort.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, for
every installed package that declares the entry point::

    [project.entry-points.hypothesis]
    _ = "cadretrain.strategies:_hypothesis_setup_hook"

Each registration is deferred, so importing hypothesis builds no strategy
and does not import the rule book until a test asks for the type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

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
from cadretrain.strategies._assessments import assessments
from cadretrain.strategies._cohorts import cohorts
from cadretrain.strategies._common import places
from cadretrain.strategies._people import trainees
from cadretrain.strategies._policies import policies
from cadretrain.strategies._postings import postings
from cadretrain.strategies._programmes import field_sites, modules, programmes
from cadretrain.strategies._records import training_entries, training_records
from cadretrain.strategies._schemes import assessment_schemes, grade_scales

__all__ = ["REGISTERED", "_hypothesis_setup_hook"]

REGISTERED: tuple[tuple[type, Callable[[], st.SearchStrategy[Any]]], ...] = (
    (Place, places),
    (Trainee, trainees),
    (Module, modules),
    (FieldSite, field_sites),
    (GradeScale, grade_scales),
    (AssessmentScheme, assessment_schemes),
    (Programme, programmes),
    (Cohort, cohorts),
    (TrainingEntry, training_entries),
    (TrainingRecord, training_records),
    (Posting, postings),
    (Policy, policies),
)
"""Each public type that makes sense on its own, with the factory ``from_type`` uses.

Facts that only mean something inside a cohort (a session, an attendance
record, a score) are not registered: drawn alone, their references would
point nowhere; draw a cohort and read them from it.
"""


def _hypothesis_setup_hook() -> None:
    """Register each type in :data:`REGISTERED`, and ``Assessment``, with its factory.

    Hypothesis calls this through the entry point when it is imported.
    """
    from cadretrain.evaluation import Assessment  # evaluation is imported only here

    for cls, factory in (*REGISTERED, (Assessment, assessments)):
        st.register_type_strategy(cls, st.deferred(factory))
