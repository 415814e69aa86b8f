"""No trainee in two sessions at once."""

from __future__ import annotations

import datetime as dt

from ._build import cohort, session
from ._run import failures, run_rule


def test_overlapping_sessions_fail_at_the_later_one_with_the_overlap() -> None:
    subject = cohort(
        sessions=(
            session("s-01", "M01", start=dt.time(8, 30), minutes=120),
            session("s-02", "M02", start=dt.time(10, 0), minutes=90),
        )
    )
    (clash,) = failures(run_rule("cohort.schedule", subject))
    assert clash.path == "cohort.sessions[s-02]"
    assert ("overlap_minutes", 30) in clash.evidence
    assert clash.message_zh == (
        "课次 s-02(2019-04-20 10:00 起)与课次 s-01(2019-04-20 08:30–10:30)重叠 30 分钟"
    )


def test_back_to_back_sessions_do_not_overlap() -> None:
    subject = cohort(
        sessions=(
            session("s-01", "M01", start=dt.time(8, 30), minutes=90),
            session("s-02", "M02", start=dt.time(10, 0), minutes=90),
        )
    )
    (finding,) = run_rule("cohort.schedule", subject)
    assert finding.passed
    assert ("timed_sessions", 2) in finding.evidence


def test_sessions_without_a_start_time_are_skipped_with_a_note() -> None:
    subject = cohort(
        sessions=(
            session("s-01", "M01", start=dt.time(8, 30)),
            session("s-02", "M02"),
            session("s-03", "M02"),
        )
    )
    findings = run_rule("cohort.schedule", subject)
    assert all(f.passed for f in findings)
    assert findings[0].message_en == (
        "2 session(s) without a start time not checked for overlap: s-02, s-03"
    )


def test_three_sessions_at_once_give_three_clashes() -> None:
    subject = cohort(
        sessions=tuple(session(f"s-0{i}", "M02", start=dt.time(9)) for i in range(1, 4))
    )
    clashes = failures(run_rule("cohort.schedule", subject))
    assert [dict(f.evidence)["overlaps"] for f in clashes] == ["s-01", "s-01", "s-02"]
