"""Evaluation: trainee outcomes for a cohort, instruments, training records, postings.

:func:`evaluate` judges every trainee of a cohort under a policy and returns
a :class:`CohortEvaluation`: one :class:`Assessment` per trainee (outcome,
attendance summary, scores, total, grade and the findings that explain
them), the cohort's report and the evaluation instruments due.
:func:`evaluate_many` judges a stream of cohorts in constant memory;
:func:`compile_policy` prepares a policy once for many cohorts, and
:func:`gather_facts` a cohort's facts once for many policies (``docs/scale.md``).
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
from cadretrain.evaluation.compiled import CompiledPolicy, compile_policy
from cadretrain.evaluation.facts import CohortFacts, TraineeFacts, gather_facts
from cadretrain.evaluation.grading import Ranking, Standing
from cadretrain.evaluation.instruments import InstrumentDue, InstrumentState
from cadretrain.evaluation.records import MissingFactor, append_assessments, days_in, hours_in
from cadretrain.evaluation.streaming import evaluate_many

__all__ = [
    "EVALUATION_CHECKS",
    "Assessment",
    "AttendanceSummary",
    "CohortEvaluation",
    "CohortFacts",
    "CompiledPolicy",
    "InstrumentDue",
    "InstrumentState",
    "MissingFactor",
    "Ranking",
    "RequirementGap",
    "Standing",
    "TraineeFacts",
    "append_assessments",
    "check_posting",
    "check_record",
    "compile_policy",
    "days_in",
    "evaluate",
    "evaluate_many",
    "gather_facts",
    "hours_in",
    "requirement_gaps",
]


def __dir__() -> list[str]:
    return list(__all__)
