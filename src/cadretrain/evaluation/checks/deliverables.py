"""The deliverables check: every required piece of work handed in on time, and accepted.

A deliverable falls due relative to the cohort's last day (``relativedelta``:
months clip to the month's end). A submission counts when it is dated on or
before the due date and, when the scheme asks for review, was accepted. A
missing, late or unaccepted piece blocks completion (Jiang'an 2015: the
学习心得 every trainee hands in after the class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.evaluation.facts import FactColumns
from cadretrain.model import Deliverable, ReviewState, Submission, SubmissionKind
from cadretrain.rules import CheckDefinition, CheckResult, Judged, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME

__all__ = ["DELIVERABLES", "DeliverablesParams", "deliverables"]

_KINDS = tuple(SubmissionKind)
_ACCEPTED = tuple(ReviewState).index(ReviewState.ACCEPTED)


@attrs.frozen(kw_only=True)
class DeliverablesParams:
    """No numbers: the deliverables and their due dates come from the programme's scheme."""


def deliverables(facts: FactColumns, params: DeliverablesParams) -> Judged:
    """A trainee passes with an accepted (or unreviewed) piece on time for every deliverable.

    Its results: one per deliverable the scheme requires.
    """
    scheme = facts.cohort.programme.scheme
    required = scheme.deliverables if scheme is not None else ()
    end = facts.cohort.end
    ok = np.ones(len(facts), dtype=np.bool_)
    due = tuple((deliverable, deliverable.due(end)) for deliverable in required)
    met: list[npt.NDArray[np.bool_]] = []  # per deliverable, each row's verdict
    for deliverable, day in due:
        counts = (
            (facts.submission_kinds == _KINDS.index(deliverable.kind))
            & (facts.submission_days <= day.toordinal())
            & (facts.submission_rows >= 0)
        )
        if deliverable.review_required:
            counts &= facts.submission_reviews == _ACCEPTED
        handed = np.zeros(len(facts), dtype=np.bool_)
        handed[facts.submission_rows[counts]] = True
        met.append(handed)
        ok &= handed
    return Judged(
        verdict=ok.astype(np.int8),
        results=lambda row: _results(facts, row, due, [bool(m[row]) for m in met]),
    )


def _results(
    facts: FactColumns,
    row: int,
    due: tuple[tuple[Deliverable, dt.date], ...],
    met: list[bool],
) -> Iterator[CheckResult]:
    if not due:
        yield CheckResult(
            path=facts.path(row),
            passed=True,
            message_zh="培训方案未要求提交材料",
            message_en="the scheme requires no deliverables",
        )
        return
    submitted = facts.submitted(row)
    path = facts.path(row)
    for (deliverable, day), ok in zip(due, met, strict=True):
        handed = tuple(s for s in submitted if s.kind is deliverable.kind)
        yield _judge(path, day, deliverable, handed, ok)


def _judge(
    trainee: str,
    due: dt.date,
    deliverable: Deliverable,
    handed: tuple[Submission, ...],
    ok: bool,
) -> CheckResult:
    """The result for one deliverable: its verdict ``ok`` from the columns, explained."""
    kind = deliverable.kind
    on_time = tuple(s for s in handed if s.submitted_on <= due)
    accepted = tuple(
        s for s in on_time if not deliverable.review_required or s.review is ReviewState.ACCEPTED
    )
    shown: Submission | None = (accepted or on_time or handed or (None,))[-1]
    path = f"{trainee}.deliverables[{kind.value}]"
    evidence = (
        ("kind", kind.value),
        ("due", due),
        ("submitted_on", shown.submitted_on if shown else None),
        ("review", shown.review.value if shown else None),
        ("review_required", deliverable.review_required),
    )
    name_zh, name_en, day = kind.zh, kind.en, due.isoformat()
    if ok:
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
    return CheckResult(path=path, passed=ok, message_zh=zh, message_en=en, evidence=evidence)


DELIVERABLES = CheckDefinition(
    rule_id="evaluation.deliverables",
    scope=Scope.TRAINEE,
    description_zh="按培训方案按时提交全部材料,需审阅的须审阅合格",
    description_en="every required deliverable submitted by its due date and accepted",
    params_type=DeliverablesParams,
    function=deliverables,
    source=PROGRAMME_SCHEME,
)
