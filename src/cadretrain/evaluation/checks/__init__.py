"""The evaluation checks (docs/evaluation.md), part of the built-in rule book.

Trainee-scope checks judge a cohort's
:class:`~cadretrain.evaluation.facts.FactColumns`, a verdict per trainee;
the cohort-scope quota judges a :class:`~cadretrain.evaluation.grade_bands.Ranking`.
"""

from __future__ import annotations

from cadretrain.evaluation.checks.attendance import (
    ABSENT_WITHOUT_LEAVE,
    ATTENDANCE,
    ATTENDANCE_RECORDED,
    LEAVE_RATIO,
    UNEXCUSED_ABSENCE,
)
from cadretrain.evaluation.checks.deliverables import DELIVERABLES
from cadretrain.evaluation.checks.grading import GRADING
from cadretrain.evaluation.checks.quota import TOP_GRADE_QUOTA
from cadretrain.rules import CheckDefinition

__all__ = ["EVALUATION_CHECKS"]

EVALUATION_CHECKS: tuple[CheckDefinition, ...] = (
    ATTENDANCE_RECORDED,
    LEAVE_RATIO,
    ABSENT_WITHOUT_LEAVE,
    UNEXCUSED_ABSENCE,
    ATTENDANCE,
    DELIVERABLES,
    GRADING,
    TOP_GRADE_QUOTA,
)
"""Every evaluation check, in the order a cohort's outcome is decided."""
