"""The domain model: frozen value objects and their invariants, no rules, no I/O.

Every class is a frozen, slotted, keyword-only attrs class; collections are
tuples; a bad value is refused at construction with a
:class:`~cadretrain.errors.CadretrainError` that names the field, the bad
value and what is accepted.
"""

from __future__ import annotations

from cadretrain.model._labelled import LabelledEnum, label
from cadretrain.model.cohort import Cohort
from cadretrain.model.cohort_events import (
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
from cadretrain.model.enums import (
    AdminLevel,
    AppraisalGrade,
    AttendanceRecording,
    AttendanceStatus,
    AudienceCategory,
    Capability,
    DeliveryFormat,
    FieldSiteKind,
    KirkpatrickLevel,
    LeaveReason,
    LeaveStatus,
    ManagementRule,
    OrganiserKind,
    Outcome,
    OverrideKind,
    PostingRole,
    ProgrammeFeature,
    Rank,
    RankTrack,
    RecallStep,
    ReviewState,
    Role,
    SubmissionKind,
    Tier,
    Topic,
    TrainingKind,
    TrainingPurpose,
)
from cadretrain.model.field_site import FieldSite, Indicator
from cadretrain.model.module import MenuOrder, Module
from cadretrain.model.people import Trainee
from cadretrain.model.place import Organiser, Place
from cadretrain.model.posting import Appraisal, Posting, PresencePeriod, RecallEvent
from cadretrain.model.programme import Programme, Recurrence
from cadretrain.model.scheme import (
    AssessmentScheme,
    Component,
    Deliverable,
    EvaluationInstrument,
    GradeLevel,
    GradeScale,
)
from cadretrain.model.tables import (
    AttendanceTable,
    LeaveTable,
    RecordTable,
    ScoreTable,
    SubmissionTable,
)
from cadretrain.model.training_record import TrainingEntry, TrainingRecord

__all__ = [
    "AdminLevel",
    "Appraisal",
    "AppraisalGrade",
    "AssessmentScheme",
    "AttendanceRecord",
    "AttendanceRecording",
    "AttendanceStatus",
    "AttendanceTable",
    "AudienceCategory",
    "Capability",
    "Cohort",
    "CommitteeMember",
    "Component",
    "Deliverable",
    "DeliveryFormat",
    "EvaluationInstrument",
    "FieldSite",
    "FieldSiteKind",
    "GradeLevel",
    "GradeScale",
    "Indicator",
    "InstrumentResponse",
    "KirkpatrickLevel",
    "LabelledEnum",
    "LeaveReason",
    "LeaveRequest",
    "LeaveStatus",
    "LeaveTable",
    "ManagementRule",
    "MenuOrder",
    "Module",
    "Organiser",
    "OrganiserKind",
    "Outcome",
    "Override",
    "OverrideKind",
    "Place",
    "Posting",
    "PostingRole",
    "PresencePeriod",
    "Programme",
    "ProgrammeFeature",
    "Rank",
    "RankTrack",
    "RecallEvent",
    "RecallStep",
    "RecordTable",
    "Recurrence",
    "ReviewState",
    "Role",
    "Score",
    "ScoreTable",
    "Session",
    "StudyGroup",
    "Submission",
    "SubmissionKind",
    "SubmissionTable",
    "Tier",
    "Topic",
    "Trainee",
    "TrainingEntry",
    "TrainingKind",
    "TrainingPurpose",
    "TrainingRecord",
    "label",
]
