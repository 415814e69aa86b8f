"""Build evaluator-computed objects without re-running their validators.

A frozen attrs ``__init__`` with validators costs microseconds; the
compiled evaluator makes one assessment and one standing per trainee, from
values it computed itself out of objects that were validated when they
were built (findings move with :func:`moved_finding`, results with
:func:`moved_result`; :func:`finding` is the engine's own trusted
constructor). These constructors set the slots directly. They are
private to the evaluator: every value passed in is already valid, and the
results are equal to, and hash like, what the public constructors build
(``tests/evaluation/test_compiled.py`` checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs

from cadretrain.evaluation.assessment import Assessment
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.evaluation.grading import Standing
from cadretrain.model import Outcome
from cadretrain.rules import CheckResult, Finding
from cadretrain.rules.findings import _moved as moved_finding
from cadretrain.rules.findings import _trusted as finding

__all__ = [
    "assessment",
    "finding",
    "moved_finding",
    "moved_result",
    "setters",
    "standing",
]

_new = object.__new__


def setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of ``cls``; refuses a class whose fields are not exactly ``names``."""
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:  # pragma: no cover - guards a future change of the model
        raise RuntimeError(f"{cls.__name__} fields changed: {fields} != {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


(_a_trainee, _a_cohort, _a_outcome, _a_attendance, _a_scores, _a_total, _a_grade, _a_findings) = (
    setters(
        Assessment,
        (
            "trainee_id",
            "cohort_id",
            "outcome",
            "attendance",
            "scores",
            "total",
            "grade",
            "findings",
        ),
    )
)
(_s_trainee, _s_total, _s_grade) = setters(Standing, ("trainee", "total", "grade"))
_RESULT_FIELDS = ("path", "passed", "message_zh", "message_en", "evidence")
_r_path, _r_passed, _r_zh, _r_en, _r_evidence = setters(CheckResult, _RESULT_FIELDS)


def assessment(
    trainee_id: str,
    cohort_id: str,
    outcome: Outcome,
    attendance: AttendanceSummary,
    scores: tuple[tuple[str, Decimal], ...],
    total: Decimal | None,
    grade: str | None,
    findings: tuple[Finding, ...],
) -> Assessment:
    """``Assessment(...)`` with these fields."""
    a = _new(Assessment)
    _a_trainee(a, trainee_id)
    _a_cohort(a, cohort_id)
    _a_outcome(a, outcome)
    _a_attendance(a, attendance)
    _a_scores(a, scores)
    _a_total(a, total)
    _a_grade(a, grade)
    _a_findings(a, findings)
    return a


def standing(trainee: str, total: Fraction | None, grade: str) -> Standing:
    """``Standing(...)`` with these fields."""
    s = _new(Standing)
    _s_trainee(s, trainee)
    _s_total(s, total)
    _s_grade(s, grade)
    return s


def moved_result(result: CheckResult, path: str) -> CheckResult:
    """``result.at(path)`` for a ``path`` the check made itself (a non-empty string)."""
    moved = _new(CheckResult)
    _r_path(moved, path)
    _r_passed(moved, result.passed)
    _r_zh(moved, result.message_zh)
    _r_en(moved, result.message_en)
    _r_evidence(moved, result.evidence)
    return moved
