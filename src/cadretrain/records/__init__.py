"""Training records (个人培训档案): the hours a cadre has done, and the rules they answer to.

A :class:`~cadretrain.model.TrainingRecord` is judged on a date: the yearly
and five-year hours and the training due after promotion
(:data:`RECORD_CHECKS`, scope ``RECORD``), each over its own window
(:mod:`~cadretrain.records.windows`). :func:`append_assessments` files a
cohort's completed trainees in their archives.
"""

from __future__ import annotations

from cadretrain.records.archive import MissingFactor, append_assessments, days_in, hours_in
from cadretrain.records.hours_checks import RECORD_CHECKS
from cadretrain.records.record_check import RequirementGap, check_record, requirement_gaps

__all__ = [
    "RECORD_CHECKS",
    "MissingFactor",
    "RequirementGap",
    "append_assessments",
    "check_record",
    "days_in",
    "hours_in",
    "requirement_gaps",
]


def __dir__() -> list[str]:
    return list(__all__)
