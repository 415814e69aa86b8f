"""Evaluation: every trainee's outcome and grade in a cohort, and the instruments due.

:func:`evaluate` judges every trainee of a cohort under a policy and returns
a :class:`CohortEvaluation`: one :class:`Assessment` per trainee (outcome,
attendance summary, scores, total, grade and the findings that explain
them), the cohort's report and the evaluation instruments due. The policy
and the rule book are arguments; ``ct.evaluate`` supplies the defaults. A
check of one's own reads each trainee as a :class:`TraineeRow`
(:func:`per_trainee`).
"""

from __future__ import annotations

from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance_summary import AttendanceSummary
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.evaluation.facts import TraineeRow
from cadretrain.evaluation.grade_bands import Ranking
from cadretrain.evaluation.instruments import InstrumentDue, InstrumentState
from cadretrain.evaluation.judging import evaluate
from cadretrain.evaluation.rows import per_trainee

__all__ = [
    "EVALUATION_CHECKS",
    "Assessment",
    "AttendanceSummary",
    "CohortEvaluation",
    "InstrumentDue",
    "InstrumentState",
    "Ranking",
    "TraineeRow",
    "evaluate",
    "per_trainee",
]


def __dir__() -> list[str]:
    return list(__all__)
