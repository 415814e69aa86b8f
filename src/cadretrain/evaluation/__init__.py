"""Evaluation: trainee outcomes for a cohort, instruments, training records, postings.

:func:`evaluate` judges every trainee of a cohort under a policy and returns
a :class:`CohortEvaluation`: one :class:`Assessment` per trainee (outcome,
attendance summary, scores, total, grade and the findings that explain
them), the cohort's report and the evaluation instruments due.
:func:`evaluate_many` judges a stream of cohorts in constant memory. A
check of one's own reads each trainee as a :class:`TraineeRow`
(:func:`per_trainee`).
"""

from __future__ import annotations

from cadretrain.evaluation.api import evaluate
from cadretrain.evaluation.api_records import (
    RequirementGap,
    check_posting,
    check_record,
    requirement_gaps,
)
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.evaluation.facts import TraineeRow
from cadretrain.evaluation.grading import Ranking
from cadretrain.evaluation.instruments import InstrumentDue, InstrumentState
from cadretrain.evaluation.records import MissingFactor, append_assessments, days_in, hours_in
from cadretrain.evaluation.rows import per_trainee
from cadretrain.evaluation.streaming import evaluate_many

__all__ = [
    "EVALUATION_CHECKS",
    "Assessment",
    "AttendanceSummary",
    "CohortEvaluation",
    "InstrumentDue",
    "InstrumentState",
    "MissingFactor",
    "Ranking",
    "RequirementGap",
    "TraineeRow",
    "append_assessments",
    "check_posting",
    "check_record",
    "days_in",
    "evaluate",
    "evaluate_many",
    "hours_in",
    "per_trainee",
    "requirement_gaps",
]


def __dir__() -> list[str]:
    return list(__all__)
