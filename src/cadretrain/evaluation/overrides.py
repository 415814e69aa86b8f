"""Overrides: recorded decisions by named people, applied after the rules.

An :class:`~cadretrain.model.Override` never edits a fact and never hides a
finding. Each one leaves a finding (rule id ``evaluation.override``, at
``cohort.trainees[<id>].overrides[<override id>]``) naming who decided, when
and why. Of several decisions of one kind for a trainee, the latest (by
date, then id) is the one in force; the others are still reported.

- ``waive_requirement``: the blocking findings it names stop blocking; they
  are kept, demoted to INFO. ``target`` is a submission kind (``"essay"``:
  that deliverable) or a rule id (``"evaluation.attendance"``: every
  failure of that rule).
- ``exempt`` (免训) and ``defer_to_makeup`` (补训): the outcome becomes
  ``waived`` or ``deferred``, with no grade.
- ``settle_tie``: the trainee is awarded one of the places a tie at the
  top-grade quota line competes for (see the quota check); the tie is
  settled when such decisions name exactly as many tied trainees as there
  are places.
- ``change_grade``: applied last, after the top-grade quota; the outcome of
  a completed or failed trainee follows the new grade (passing or not).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from cadretrain.model import GradeLevel, GradeScale, Outcome, Override, OverrideKind, SubmissionKind
from cadretrain.rules import Finding, Severity
from cadretrain.rules.citation import Citation

__all__ = ["Decision", "change_grade", "decide"]

RULE_ID = "evaluation.override"
_SUBMISSION_KINDS = {kind.value: kind for kind in SubmissionKind}


@attrs.frozen(kw_only=True)
class Decision:
    """Findings after waivers, the notes the overrides leave, and a decided outcome."""

    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    outcome: Outcome | None
    """``waived`` or ``deferred`` when an exemption or deferral is in force."""


def decide(path: str, findings: Iterable[Finding], overrides: Iterable[Override]) -> Decision:
    """Apply waivers, exemptions and deferrals to one trainee's findings."""
    kept = tuple(findings)
    notes: list[Finding] = []
    outcome: Outcome | None = None
    for override in _in_order(overrides):
        if override.kind is OverrideKind.WAIVE_REQUIREMENT:
            hit = tuple(f for f in kept if f.is_error and _names(override.target, f))
            kept = tuple(attrs.evolve(f, severity=Severity.INFO) if f in hit else f for f in kept)
            what_zh, what_en = _target(override.target)
            if hit:
                zh, en = f"免除{what_zh}", f"waives {what_en}"
            else:
                zh, en = f"免除{what_zh}(该项无未通过的记录)", f"waives {what_en} (nothing failed)"
            notes.append(_note(path, override, zh, en, (("waived_findings", len(hit)),)))
        elif override.kind is OverrideKind.SETTLE_TIE:
            notes.append(
                _note(path, override, "获得并列名额(见名额线并列裁定)", "is awarded a tied place")
            )
        elif override.kind in (OverrideKind.EXEMPT, OverrideKind.DEFER_TO_MAKEUP):
            outcome = Outcome.WAIVED if override.kind is OverrideKind.EXEMPT else Outcome.DEFERRED
            notes.append(
                _note(path, override, f"结果定为「{outcome.zh}」", f"outcome set to {outcome.en!r}")
            )
    return Decision(findings=kept, notes=tuple(notes), outcome=outcome)


def change_grade(
    path: str,
    overrides: Iterable[Override],
    scale: GradeScale | None,
    outcome: Outcome,
    grade: str | None,
) -> tuple[Outcome, str | None, tuple[Finding, ...]]:
    """Apply grade changes last; a grade not on the scale is refused with an error finding."""
    notes: list[Finding] = []
    for override in _in_order(overrides):
        if override.kind is not OverrideKind.CHANGE_GRADE:
            continue
        level = _level(scale, override.grade)
        if level is None:
            codes = ", ".join(lv.code for lv in scale.levels) if scale else "none (no scheme)"
            notes.append(
                _note(
                    path,
                    override,
                    f"等次「{override.grade}」不在等次表中({codes}),未执行",
                    f"grade {override.grade!r} is not on the scale ({codes}): not applied",
                    passed=False,
                )
            )
            continue
        before = grade
        grade = level.code
        if outcome in (Outcome.COMPLETED, Outcome.FAILED):
            outcome = Outcome.COMPLETED if level.passing else Outcome.FAILED
        notes.append(
            _note(
                path,
                override,
                f"等次由「{before or '无'}」改为「{level.zh}」",
                f"grade changed from {before or 'none'!r} to {level.en!r}",
                (("from_grade", before), ("to_grade", level.code)),
            )
        )
    return outcome, grade, tuple(notes)


def _in_order(overrides: Iterable[Override]) -> list[Override]:
    return sorted(overrides, key=lambda o: (o.decided_on, o.id))


def _names(target: str, finding: Finding) -> bool:
    if finding.rule_id == target:
        return True
    return target in _SUBMISSION_KINDS and finding.path.endswith(f".deliverables[{target}]")


def _target(target: str) -> tuple[str, str]:
    kind = _SUBMISSION_KINDS.get(target)
    if kind is not None:
        return f"「{kind.zh}」", repr(kind.en)
    return f"「{target}」", repr(target)


def _level(scale: GradeScale | None, code: str) -> GradeLevel | None:
    if scale is None:
        return None
    try:
        return scale.level(code)
    except KeyError:
        return None


def _note(
    path: str,
    override: Override,
    zh: str,
    en: str,
    extra: tuple[tuple[str, str | int | None], ...] = (),
    *,
    passed: bool = True,
) -> Finding:
    who = f"{override.decided_by}({override.decided_on.isoformat()},{override.id})"
    return Finding(
        rule_id=RULE_ID,
        severity=Severity.INFO if passed else Severity.ERROR,
        path=f"{path}.overrides[{override.id}]",
        passed=passed,
        message_zh=f"{override.kind.zh}:{who}{zh},理由:{override.reason}",
        message_en=f"{override.kind.en}: {override.decided_by} ({override.decided_on.isoformat()}, "
        f"{override.id}) {en}; reason: {override.reason}",
        evidence=(
            ("override", override.id),
            ("kind", override.kind.value),
            ("decided_by", override.decided_by),
            ("decided_on", override.decided_on),
            *extra,
        ),
        citation=Citation(
            source=f"{override.kind.en} {override.id}: {override.decided_by}, "
            f"{override.decided_on.isoformat()}",
            note="a recorded decision: the override itself is the source",
        ),
    )
