"""Evaluation: every trainee's outcome and grade in a cohort, and the instruments due.

:func:`evaluate` judges every trainee of a cohort under a policy and returns
a :class:`CohortEvaluation`: one :class:`Assessment` per trainee (outcome,
attendance summary, scores, total, grade and the findings that explain
them), the cohort's report and the evaluation instruments due. The policy
and the rule book are arguments; ``ct.evaluate`` supplies the defaults.
"""

from __future__ import annotations

from cadretrain.evaluation.api import evaluate
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.evaluation.compiled import CompiledPolicy, compile_policy
from cadretrain.evaluation.facts import CohortFacts, TraineeFacts, gather_facts
from cadretrain.evaluation.grading import Ranking, Standing
from cadretrain.evaluation.instruments import InstrumentDue, InstrumentState

__all__ = [
    "EVALUATION_CHECKS",
    "Assessment",
    "AttendanceSummary",
    "CohortEvaluation",
    "CohortFacts",
    "CompiledPolicy",
    "InstrumentDue",
    "InstrumentState",
    "Ranking",
    "Standing",
    "TraineeFacts",
    "compile_policy",
    "evaluate",
    "gather_facts",
]


def __dir__() -> list[str]:
    return list(__all__)
