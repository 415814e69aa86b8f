"""How failed findings decide a trainee's outcome, before any override.

A failed trainee-scope finding of severity ERROR *blocks* completion; a
warning or info finding is advisory. Each blocking rule leads to one
outcome, and the most serious wins, in this order:

1. ``withdrawn`` (退学) — ``evaluation.leave_ratio``,
   ``evaluation.absent_without_leave``, ``evaluation.unexcused_absence``: the
   recorded facts already withdraw the trainee, whatever is missing;
2. ``not_judged`` (未评定) — no basis for a verdict: an attendance record
   missing where every session is recorded (``evaluation.attendance_recorded``),
   or no assessment scheme where the policy grades (``evaluation.grading``);
3. ``incomplete`` (未完成) — ``evaluation.attendance`` below the certificate
   minimum, a component with no score (``evaluation.grading``), or any
   other failed check or combinator;
4. ``attendance_only`` (仅出勤证明) — ``evaluation.deliverables``: attended,
   but required work is missing, late or not accepted;
5. ``failed`` (未通过) — ``evaluation.grading``: a score below its pass mark,
   a total in a non-passing grade, or a score cancelled for ghost-written or
   plagiarised work;
6. otherwise ``completed`` (结业).

Overrides come after (``overrides.py``): exemption and deferral replace the
outcome, a waiver removes the blocking findings it names.
"""

from __future__ import annotations

from collections.abc import Iterable

from cadretrain.model import Outcome
from cadretrain.rules import Finding

__all__ = ["SERIOUSNESS", "blocking", "outcome_of", "rule_outcome"]

_BY_RULE: dict[str, Outcome] = {
    "evaluation.leave_ratio": Outcome.WITHDRAWN,
    "evaluation.absent_without_leave": Outcome.WITHDRAWN,
    "evaluation.attendance_recorded": Outcome.NOT_JUDGED,
    "evaluation.unexcused_absence": Outcome.WITHDRAWN,
    "evaluation.attendance": Outcome.INCOMPLETE,
    "evaluation.deliverables": Outcome.ATTENDANCE_ONLY,
    "evaluation.grading": Outcome.FAILED,
}

SERIOUSNESS: tuple[Outcome, ...] = (
    Outcome.WITHDRAWN,
    Outcome.NOT_JUDGED,
    Outcome.INCOMPLETE,
    Outcome.ATTENDANCE_ONLY,
    Outcome.FAILED,
    Outcome.COMPLETED,
)
"""Rule outcomes, most serious first."""


def outcome_of(finding: Finding) -> Outcome:
    """The outcome a blocking finding leads to."""
    if finding.rule_id == "evaluation.grading":
        if ("scheme", None) in finding.evidence:
            return Outcome.NOT_JUDGED
        if ("cancelled", True) in finding.evidence:
            return Outcome.FAILED
        if ("score", None) in finding.evidence:
            return Outcome.INCOMPLETE
    return _BY_RULE.get(finding.rule_id, Outcome.INCOMPLETE)


def blocking(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings that block completion: failed, severity ERROR."""
    return tuple(f for f in findings if f.is_error)


def rule_outcome(findings: Iterable[Finding]) -> tuple[Outcome, tuple[Finding, ...]]:
    """The most serious outcome the blocking findings lead to, and those findings."""
    blockers = blocking(findings)
    if not blockers:
        return Outcome.COMPLETED, ()
    outcome = min((outcome_of(f) for f in blockers), key=SERIOUSNESS.index)
    return outcome, tuple(f for f in blockers if outcome_of(f) is outcome)
