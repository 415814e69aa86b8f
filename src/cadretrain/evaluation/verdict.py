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
from typing import NamedTuple

from cadretrain.evaluation import _unchecked
from cadretrain.evaluation.attendance import AttendanceSummary
from cadretrain.model import GradeLevel, Outcome
from cadretrain.rules import Evidence, Finding, Severity

__all__ = [
    "RULE_ID",
    "Part",
    "attendance_part",
    "closing_finding",
    "decision_part",
    "grade_part",
    "outcome_finding",
]

RULE_ID = "evaluation.outcome"
_INFO = Severity.INFO
_COMPLETED = Outcome.COMPLETED


class Part(NamedTuple):
    """A part of the closing finding: its words in zh and en (``None``: nothing to say), its evidence."""

    zh: str | None
    en: str | None
    evidence: Evidence


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
    return closing_finding(
        path,
        decision_part(outcome, ", ".join(deciders)),
        grade_part(outcome, grade, total, grade_changed),
        attendance_part(summary),
    )


def decision_part(outcome: Outcome, why: str) -> Part:
    """The outcome and the rules (or decision) that decided it; ``why`` joins their ids.

    Its evidence is the outcome, then who decided (the closing finding's last pair).
    """
    return Part(
        f"结果:{outcome.zh}" + (f"(依据 {why})" if why else "(各项要求均已达到)"),
        f"outcome: {outcome.en}" + (f" (decided by {why})" if why else " (every rule met)"),
        (("outcome", outcome.value), ("decided_by", why or None)),
    )


def grade_part(
    outcome: Outcome, grade: GradeLevel | None, total: Decimal | None, grade_changed: bool
) -> Part:
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
    evidence = (("grade", grade.code if grade else None), ("total", total))
    return Part(";".join(zh), "; ".join(en), evidence) if zh else Part(None, None, evidence)


def attendance_part(s: AttendanceSummary) -> Part:
    """The minutes scheduled, attended, on approved leave and missed without approval."""
    return Part(
        f"应出勤 {s.scheduled} 分钟,出勤 {s.attended},准假 {s.excused},未经批准缺课 {s.unexcused}",
        f"{s.scheduled} min scheduled, {s.attended} attended, {s.excused} on approved leave, "
        f"{s.unexcused} missed without approval",
        (
            ("scheduled", s.scheduled),
            ("attended", s.attended),
            ("excused", s.excused),
            ("unexcused", s.unexcused),
        ),
    )


def closing_finding(path: str, decision: Part, graded: Part, attended: Part) -> Finding:
    """The closing finding made of its parts (as :func:`outcome_finding` makes them).

    Every part is made here from typed values (a path the evaluator made,
    words that are never empty, evidence of ``str``, ``int``, ``Decimal``
    and ``None``), so the finding is built without validating it again.
    """
    if graded.zh is None:
        zh = f"{decision.zh};{attended.zh}"
        en = f"{decision.en}; {attended.en}"
    else:
        zh = f"{decision.zh};{graded.zh};{attended.zh}"
        en = f"{decision.en}; {graded.en}; {attended.en}"
    outcome, decided_by = decision.evidence
    return _unchecked.finding(
        RULE_ID,
        _INFO,
        path,
        outcome[1] == _COMPLETED.value,
        zh,
        en,
        (outcome, *graded.evidence, *attended.evidence, decided_by),
        (),
    )
