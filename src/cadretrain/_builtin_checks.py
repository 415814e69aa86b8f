"""The checks that make up ``RuleBook.builtin()``.

This module sits above the layers: ``cadretrain.rules`` (the generic engine)
imports it only at call time, inside ``RuleBook.builtin()``, and the
curriculum and evaluation packages add their check definitions here, e.g.
``BUILTIN_CHECKS = (
    *CURRICULUM_CHECKS,
    *EVALUATION_CHECKS,
    *RECORD_CHECKS,
    *POSTING_CHECKS,
)``. The book is an
immutable value built from this tuple; nothing registers into a global.

Shared file: only ever append to it.
"""

from __future__ import annotations

from cadretrain.curriculum import CURRICULUM_CHECKS
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.evaluation.postings import POSTING_CHECKS
from cadretrain.evaluation.record_checks import RECORD_CHECKS
from cadretrain.rules.checks import CheckDefinition

__all__ = ["BUILTIN_CHECKS"]

BUILTIN_CHECKS: tuple[CheckDefinition, ...] = (
    *CURRICULUM_CHECKS,
    *EVALUATION_CHECKS,
    *RECORD_CHECKS,
    *POSTING_CHECKS,
)
