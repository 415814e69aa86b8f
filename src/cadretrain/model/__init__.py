"""The domain model: frozen value objects and their invariants, no rules, no I/O.

Every class is a frozen, slotted, keyword-only attrs class; collections are
tuples; a bad value is refused at construction with a
:class:`~cadretrain.errors.CadretrainError` that names the field, the bad
value and what is accepted.
"""

from __future__ import annotations

from cadretrain.model._labelled import LabelledEnum, label
from cadretrain.model.cohort import Cohort
from cadretrain.model.enums import *  # noqa: F403
from cadretrain.model.enums import __all__ as _enum_names
from cadretrain.model.facts import (
    AttendanceRecord,
    CommitteeMember,
    InstrumentResponse,
    LeaveRequest,
    Override,
    Score,
    Session,
    StudyGroup,
    Submission,
)
from cadretrain.model.field_site import FieldSite, Indicator
from cadretrain.model.module import MenuOrder, Module
from cadretrain.model.people import Trainee
from cadretrain.model.place import Organiser, Place
from cadretrain.model.posting import Appraisal, Posting, PresencePeriod, RecallEvent
from cadretrain.model.programme import Programme, Recurrence
from cadretrain.model.record import TrainingEntry, TrainingRecord
from cadretrain.model.scheme import (
    AssessmentScheme,
    Component,
    Deliverable,
    EvaluationInstrument,
    GradeLevel,
    GradeScale,
)

__all__ = [
    *_enum_names,
    "Appraisal",
    "AssessmentScheme",
    "AttendanceRecord",
    "Cohort",
    "CommitteeMember",
    "Component",
    "Deliverable",
    "EvaluationInstrument",
    "FieldSite",
    "GradeLevel",
    "GradeScale",
    "Indicator",
    "InstrumentResponse",
    "LabelledEnum",
    "LeaveRequest",
    "MenuOrder",
    "Module",
    "Organiser",
    "Override",
    "Place",
    "Posting",
    "PresencePeriod",
    "Programme",
    "RecallEvent",
    "Recurrence",
    "Score",
    "Session",
    "StudyGroup",
    "Submission",
    "Trainee",
    "TrainingEntry",
    "TrainingRecord",
    "label",
]
