"""Each assessment can be explained from its findings alone, in zh and en."""

from __future__ import annotations

import datetime as dt

import pytest

import cadretrain as ct
from cadretrain.builtin import evaluate

from .builders import END, cohort, scores

ABSENT = tuple(
    ct.AttendanceRecord(trainee="t-001", session=f"s-{i:02}", status=ct.AttendanceStatus.ABSENT)
    for i in range(1, 3)
)


def _override(kind: ct.OverrideKind) -> ct.Override:
    return ct.Override(
        id="o-1", kind=kind, trainee="t-001", decided_by="李校长", decided_on=END, reason="因公外派"
    )


def _approved(*sessions: str) -> ct.LeaveRequest:
    return ct.LeaveRequest(
        id="l-1",
        trainee="t-001",
        reason=ct.LeaveReason.SICK,
        status=ct.LeaveStatus.APPROVED,
        sessions=sessions,
    )


CASES = {
    ct.Outcome.COMPLETED: cohort(),
    ct.Outcome.WITHDRAWN: cohort(attendance=ABSENT, leave=(_approved("s-01", "s-02"),)),
    ct.Outcome.ATTENDANCE_ONLY: cohort(submissions=()),
    ct.Outcome.FAILED: cohort(marks=scores("t-001", exam=40)),
    ct.Outcome.INCOMPLETE: cohort(marks=()),
    ct.Outcome.NOT_JUDGED: cohort(attendance=()),
    ct.Outcome.WAIVED: cohort(overrides=(_override(ct.OverrideKind.EXEMPT),)),
    ct.Outcome.DEFERRED: cohort(overrides=(_override(ct.OverrideKind.DEFER_TO_MAKEUP),)),
}
REASON = {
    ct.Outcome.COMPLETED: "every rule met",
    ct.Outcome.WITHDRAWN: "evaluation.leave_ratio",
    ct.Outcome.ATTENDANCE_ONLY: "evaluation.deliverables",
    ct.Outcome.FAILED: "evaluation.grading",
    ct.Outcome.INCOMPLETE: "evaluation.grading",
    ct.Outcome.NOT_JUDGED: "evaluation.attendance_recorded",
    ct.Outcome.WAIVED: "evaluation.override",
    ct.Outcome.DEFERRED: "evaluation.override",
}


def test_every_outcome_kind_has_a_case() -> None:
    assert set(CASES) == set(ct.Outcome)


@pytest.mark.parametrize("outcome", list(ct.Outcome))
@pytest.mark.parametrize("explain", [False, True])
def test_explain_states_the_outcome_and_what_decided_it(outcome: ct.Outcome, explain: bool) -> None:
    assessment = evaluate(CASES[outcome], explain=explain).assessments[0]
    assert assessment.outcome is outcome
    english, chinese = assessment.explain("en"), assessment.explain("zh")
    closing = assessment.findings[-1]
    assert closing.rule_id == "evaluation.outcome"
    assert dict(closing.evidence)["outcome"] == outcome.value
    assert f"outcome: {outcome.en} " in english
    assert REASON[outcome] in english
    assert f"结果:{outcome.zh}" in chinese
    if outcome is ct.Outcome.WITHDRAWN:
        assert "1/7" in english
        assert "〔《干部教育培训工作条例》(2015)〕" in english
    if outcome in (ct.Outcome.WAIVED, ct.Outcome.DEFERRED):
        assert "李校长" in chinese
        assert "因公外派" in chinese


def test_the_instruments_date_defaults_to_the_last_day() -> None:
    assert evaluate(cohort()).on == END
    assert evaluate(cohort(), on=END + dt.timedelta(days=1)).on == END + dt.timedelta(days=1)
