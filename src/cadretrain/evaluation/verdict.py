"""The closing finding of an assessment: the outcome, the grade and what decided them.

Its message has three parts: what decided the outcome, the grade and
total, and the attendance. :func:`outcome_finding` makes the whole finding;
the parts are separate functions so that an evaluator judging thousands of
trainees can make each part once per distinct value (a cohort has a few
hundred totals and a few dozen attendance summaries) and only
:func:`closing_finding` per trainee.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from cadretrain.evaluation import _unchecked
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.model import GradeLevel, Outcome
from cadretrain.rules import Finding, Severity

__all__ = [
    "RULE_ID",
    "Words",
    "attendance_words",
    "closing_finding",
    "decision_words",
    "grade_words",
    "outcome_finding",
]

RULE_ID = "evaluation.outcome"
_INFO = Severity.INFO
_COMPLETED = Outcome.COMPLETED

Words = tuple[str, str]
"""A part of the message, in zh and en."""


def outcome_finding(
    *,
    path: str,
    outcome: Outcome,
    grade: GradeLevel | None,
    total: Decimal | None,
    summary: AttendanceSummary,
    deciders: Sequence[str],
    grade_changed: bool = False,
) -> Finding:
    """``evaluation.outcome`` at the trainee's path: passed when the trainee completed.

    >>> from cadretrain.evaluation.attendance import AttendanceSummary
    >>> closing = outcome_finding(path="cohort.trainees[t-1]", outcome=Outcome.WITHDRAWN,
    ...     grade=None, total=None, summary=AttendanceSummary(scheduled=420, attended=300,
    ...     excused=120), deciders=("evaluation.leave_ratio",))
    >>> print(closing.message_en)
    outcome: withdrawn (decided by evaluation.leave_ratio); 420 min scheduled, 300 attended, 120 on approved leave, 0 missed without approval
    """
    why = ", ".join(deciders)
    return closing_finding(
        path=path,
        outcome=outcome,
        grade=grade,
        total=total,
        summary=summary,
        why=why,
        decision=decision_words(outcome, why),
        graded=grade_words(outcome, grade, total, grade_changed),
        attended=attendance_words(summary),
    )


def decision_words(outcome: Outcome, why: str) -> Words:
    """The outcome and the rules (or decision) that decided it; ``why`` joins their ids."""
    return (
        f"结果:{outcome.zh}" + (f"(依据 {why})" if why else "(各项要求均已达到)"),
        f"outcome: {outcome.en}" + (f" (decided by {why})" if why else " (every rule met)"),
    )


def grade_words(
    outcome: Outcome, grade: GradeLevel | None, total: Decimal | None, grade_changed: bool
) -> Words | None:
    """The grade and the weighted total, when there are any."""
    zh: list[str] = []
    en: list[str] = []
    if grade is not None:
        lowest = outcome is not _COMPLETED and not grade_changed
        zh.append(f"等次「{grade.zh}」" + ("(未结业,定为最低等次)" if lowest else ""))
        en.append(f"grade {grade.en!r}" + (" (not completed: the lowest grade)" if lowest else ""))
    if total is not None:
        zh.append(f"加权总分 {total}")
        en.append(f"weighted total {total}")
    return (";".join(zh), "; ".join(en)) if zh else None


def attendance_words(s: AttendanceSummary) -> Words:
    """The minutes scheduled, attended, on approved leave and missed without approval."""
    return (
        f"应出勤 {s.scheduled} 分钟,出勤 {s.attended},准假 {s.excused},未经批准缺课 {s.unexcused}",
        f"{s.scheduled} min scheduled, {s.attended} attended, {s.excused} on approved leave, "
        f"{s.unexcused} missed without approval",
    )


def closing_finding(
    *,
    path: str,
    outcome: Outcome,
    grade: GradeLevel | None,
    total: Decimal | None,
    summary: AttendanceSummary,
    why: str,
    decision: Words,
    graded: Words | None,
    attended: Words,
) -> Finding:
    """The closing finding made of its parts (as :func:`outcome_finding` makes them).

    Every part is made here from typed values (a path the evaluator made,
    messages that are never empty, evidence of ``str``, ``int``, ``Decimal``
    and ``None``), so the finding is built without validating it again.
    """
    if graded is None:
        zh = f"{decision[0]};{attended[0]}"
        en = f"{decision[1]}; {attended[1]}"
    else:
        zh = f"{decision[0]};{graded[0]};{attended[0]}"
        en = f"{decision[1]}; {graded[1]}; {attended[1]}"
    return _unchecked.finding(
        RULE_ID,
        _INFO,
        path,
        outcome is _COMPLETED,
        zh,
        en,
        (
            ("outcome", outcome.value),
            ("grade", grade.code if grade else None),
            ("total", total),
            ("scheduled", summary.scheduled),
            ("attended", summary.attended),
            ("excused", summary.excused),
            ("unexcused", summary.unexcused),
            ("decided_by", why or None),
        ),
        (),
    )
