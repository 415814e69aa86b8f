"""The closing finding of an assessment: the outcome, the grade and what decided them.

Its message has three parts: what decided the outcome, the grade and
total, and the attendance.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from cadretrain.evaluation.attendance_summary import AttendanceSummary
from cadretrain.model import GradeLevel, Outcome
from cadretrain.rules import Finding, Severity
from cadretrain.rules.citation import PROGRAMME_SCHEME
from cadretrain.rules.findings import _trusted

__all__ = ["RULE_ID", "outcome_finding"]

RULE_ID = "evaluation.outcome"
_UNGRADED, _NO_TOTAL, _NOBODY = ("grade", None), ("total", None), ("decided_by", None)


def outcome_finding(
    *,
    path: str,
    outcome: Outcome,
    grade: GradeLevel | None,
    total: Decimal | None,
    summary: AttendanceSummary,
    deciders: Sequence[str],
    grade_changed: bool = False,
    pending: bool = False,
) -> Finding:
    """``evaluation.outcome`` at the trainee's path: passed when the trainee completed.

    It cites :data:`~cadretrain.rules.citation.PROGRAMME_SCHEME`: the outcome
    applies the programme's scheme and the policy's rules, which the findings
    before it cite one by one.

    Made from typed values the evaluator computed (a path it made, words
    that are never empty, evidence of ``str``, ``int``, ``Decimal`` and
    ``None``), so the rule engine's own constructor builds it unchecked.

    >>> from cadretrain.evaluation.attendance_summary import AttendanceSummary
    >>> closing = outcome_finding(path="cohort.trainees[t-1]", outcome=Outcome.WITHDRAWN,
    ...     grade=None, total=None, summary=AttendanceSummary(scheduled=420, attended=300,
    ...     excused=120), deciders=("evaluation.leave_ratio",))
    >>> print(closing.message_en)
    outcome: withdrawn (decided by evaluation.leave_ratio); 420 min scheduled, 300 attended, 120 on approved leave, 0 missed without approval
    """
    why = ", ".join(deciders)
    if why:
        zh = f"结果:{outcome.zh}(依据 {why})"
        en = f"outcome: {outcome.en} (decided by {why})"
    else:
        zh = f"结果:{outcome.zh}(各项要求均已达到)"
        en = f"outcome: {outcome.en} (every rule met)"
    if grade is not None:
        if outcome is not Outcome.COMPLETED and not grade_changed:
            zh = f"{zh};等次「{grade.zh}」(未结业,定为最低等次)"
            en = f"{en}; grade {grade.en!r} (not completed: the lowest grade)"
        else:
            zh = f"{zh};等次「{grade.zh}」"
            en = f"{en}; grade {grade.en!r}"
    elif pending:
        zh = f"{zh};等次待裁定(名额线并列)"
        en = f"{en}; grade pending a decision (tied at the quota line)"
    if total is not None:
        zh = f"{zh};加权总分 {total}"
        en = f"{en}; weighted total {total}"
    s = summary
    scheduled, attended, excused, unexcused = s.scheduled, s.attended, s.excused, s.unexcused
    zh = f"{zh};应出勤 {scheduled} 分钟,出勤 {attended},准假 {excused},未经批准缺课 {unexcused}"
    en = (
        f"{en}; {scheduled} min scheduled, {attended} attended, {excused} on approved leave, "
        f"{unexcused} missed without approval"
    )
    if s.unrecorded:
        zh = f"{zh},无考勤记录 {s.unrecorded}"
        en = f"{en}, {s.unrecorded} unrecorded"
    return _trusted(
        RULE_ID,
        Severity.INFO,
        path,
        outcome is Outcome.COMPLETED,
        zh,
        en,
        (
            ("outcome", outcome.value),
            ("grade", grade.code) if grade else _UNGRADED,
            _NO_TOTAL if total is None else ("total", total),
            ("scheduled", scheduled),
            ("attended", attended),
            ("excused", excused),
            ("unexcused", unexcused),
            ("unrecorded", s.unrecorded),
            ("decided_by", why) if why else _NOBODY,
        ),
        (),
        PROGRAMME_SCHEME,
    )
