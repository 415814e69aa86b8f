"""The deliverables check: every required piece of work handed in on time, and accepted.

A deliverable falls due relative to the cohort's last day (``relativedelta``:
months clip to the month's end). A submission counts when it is dated on or
before the due date and, when the scheme asks for review, was accepted. A
missing, late or unaccepted piece blocks completion (Jiang'an 2015: the
学习心得 every trainee hands in after the class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterator

import attrs

from cadretrain.evaluation.facts import TraineeFacts
from cadretrain.model import Deliverable, ReviewState, Submission, SubmissionKind
from cadretrain.rules import CheckDefinition, CheckResult, Scope

__all__ = ["DELIVERABLES", "DeliverablesParams", "deliverables", "deliverables_fast"]


@attrs.frozen(kw_only=True)
class DeliverablesParams:
    """No numbers: the deliverables and their due dates come from the programme's scheme."""


def deliverables(facts: TraineeFacts, params: DeliverablesParams) -> Iterator[CheckResult]:
    """One result per deliverable the scheme requires."""
    scheme = facts.scheme
    required = scheme.deliverables if scheme is not None else ()
    if not required:
        yield CheckResult(
            path=facts.path,
            passed=True,
            message_zh="培训方案未要求提交材料",
            message_en="the scheme requires no deliverables",
        )
        return
    for deliverable in required:
        yield _judge(facts, deliverable)


def _judge(facts: TraineeFacts, deliverable: Deliverable) -> CheckResult:
    kind = deliverable.kind
    due = deliverable.due(facts.end)
    handed = facts.submitted(kind)
    on_time = tuple(s for s in handed if s.submitted_on <= due)
    accepted = tuple(
        s for s in on_time if not deliverable.review_required or s.review is ReviewState.ACCEPTED
    )
    shown: Submission | None = (accepted or on_time or handed or (None,))[-1]
    path = f"{facts.path}.deliverables[{kind.value}]"
    evidence = (
        ("kind", kind.value),
        ("due", due),
        ("submitted_on", shown.submitted_on if shown else None),
        ("review", shown.review.value if shown else None),
        ("review_required", deliverable.review_required),
    )
    name_zh, name_en, day = kind.zh, kind.en, due.isoformat()
    if accepted:
        zh = f"{name_zh}已于 {accepted[-1].submitted_on.isoformat()} 提交(截止 {day})"
        en = f"{name_en} submitted on {accepted[-1].submitted_on.isoformat()} (due {day})"
        if deliverable.review_required:
            zh, en = zh + ",审阅合格", en + ", accepted"
    elif on_time:
        review = on_time[-1].review
        zh = f"{name_zh}已按时提交,但审阅状态为「{review.zh}」,须审阅合格,不能结业"
        en = f"{name_en} submitted on time but is {review.en}; it must be accepted: not completed"
    elif handed:
        late = handed[0].submitted_on.isoformat()
        zh = f"{name_zh}于 {late} 提交,晚于截止日期 {day},不能结业"
        en = f"{name_en} submitted on {late}, after the due date {day}: not completed"
    else:
        zh = f"未提交{name_zh}(截止 {day}),不能结业"
        en = f"{name_en} not submitted (due {day}): not completed"
    return CheckResult(
        path=path, passed=bool(accepted), message_zh=zh, message_en=en, evidence=evidence
    )


def deliverables_fast(_params: DeliverablesParams) -> Callable[[TraineeFacts], bool]:
    """:func:`deliverables` passes: each required kind has a piece on time (and accepted).

    Due dates are worked out once per scheme and last day, the cohort's.
    """
    cohort_seen: object = None
    due: tuple[tuple[SubmissionKind, dt.date, bool], ...] = ()

    def passes(facts: TraineeFacts) -> bool:
        nonlocal cohort_seen, due
        if facts.cohort is not cohort_seen:  # the batch's cohort: once per cohort
            cohort_seen = facts.cohort
            scheme, end = facts.scheme, facts.end
            required = scheme.deliverables if scheme is not None else ()
            due = tuple((d.kind, d.due(end), d.review_required) for d in required)
        if not due:
            return True
        submitted = facts.submissions
        return all(
            any(
                s.kind is kind and s.submitted_on <= day and (not review or s.review is _ACCEPTED)
                for s in submitted
            )
            for kind, day, review in due
        )

    return passes


_ACCEPTED = ReviewState.ACCEPTED


def _handed_in(facts: TraineeFacts) -> tuple[Hashable, ...]:
    """What :func:`deliverables` reads besides the scheme: the last day, each piece's kind, date, state."""
    return (
        facts.end,
        tuple((s.kind.value, s.submitted_on, s.review.value) for s in facts.submissions),
    )


DELIVERABLES = CheckDefinition(
    rule_id="evaluation.deliverables",
    scope=Scope.TRAINEE,
    description_zh="按培训方案按时提交全部材料,需审阅的须审阅合格",
    description_en="every required deliverable submitted by its due date and accepted",
    params_type=DeliverablesParams,
    function=deliverables,
    fast=deliverables_fast,
    key=_handed_in,
)
