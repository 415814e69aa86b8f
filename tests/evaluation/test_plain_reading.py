"""The evaluator over columns equals a plain reading of the same rules, trainee by trainee.

The reading below is written for people: for each trainee, walk the
instructional sessions and the trainee's own records, count the minutes,
take each component's highest score, weigh the marks in ``Fraction``s, band
the total, decide the outcome from the failed checks in order of
seriousness, then drop the surplus of the top grade by total and id. It
shares nothing with the evaluator but the model. On generated cohorts and
drawn parameters and severities, in bulk and explain mode, every trainee's
attendance, scores, total, outcome and grade, and which checks found what
where, are the same.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.strategies import cohorts

LONG_AGO = dt.date(1900, 1, 1)
TRAINEE_CHECKS = (
    "evaluation.attendance_recorded",
    "evaluation.leave_ratio",
    "evaluation.absent_without_leave",
    "evaluation.unexcused_absence",
    "evaluation.attendance",
    "evaluation.deliverables",
    "evaluation.grading",
)
SHARES = st.sampled_from([Fraction(0), Fraction(1, 7), Fraction(1)]) | st.fractions(
    min_value=0, max_value=1, max_denominator=12
)


class Numbers(NamedTuple):
    """The policy's numbers, as drawn."""

    max_share: Fraction
    withdraw_at: int
    min_share: Fraction
    whole_sessions: int


class Plain(NamedTuple):
    """One trainee as the plain reading sees it."""

    minutes: tuple[int, int, int, int, int, int]
    truant: int
    missing: tuple[str, ...]
    marks: tuple[tuple[str, Decimal], ...]
    total: Fraction | None
    results: tuple[tuple[str, str, bool], ...]  # (rule id, path, passed)
    outcome: ct.Outcome
    grade: str | None
    cancelled: frozenset[str]


def minutes(
    cohort: ct.Cohort, tid: str
) -> tuple[tuple[int, int, int, int, int, int], int, list[str]]:
    """Scheduled, attended, excused, unexcused, unrecorded and unapproved-leave minutes;
    whole sessions missed without approved leave; sessions with no record where one is due."""
    records = {r.session: r for r in cohort.attendance if r.trainee == tid}
    leave = [r for r in cohort.leave if r.trainee == tid]
    every = cohort.attendance_recording is ct.AttendanceRecording.EVERY_SESSION
    scheduled = attended = excused = unexcused = unrecorded = unapproved = truant = 0
    missing: list[str] = []
    for session in cohort.instructional_sessions():
        record = records.get(session.id)
        status = record.status if record is not None else None
        if status in (ct.AttendanceStatus.NOT_ENROLLED, ct.AttendanceStatus.WAIVED):
            continue
        scheduled += session.minutes
        approved = any(r.covers(session) and r.status is ct.LeaveStatus.APPROVED for r in leave)
        if record is None and not approved:
            if every:  # unknown: neither attended nor missed
                unrecorded += session.minutes
                missing.append(session.id)
            else:  # only exceptions were written down: present
                attended += session.minutes
            continue
        if record is None:
            present = 0
        elif record.minutes is not None:
            present = min(record.minutes, session.minutes)
        else:
            present = session.minutes if status is ct.AttendanceStatus.PRESENT else 0
        attended += present
        missed = session.minutes - present
        if approved:
            excused += missed
            continue
        unexcused += missed
        truant += present == 0
        if status is ct.AttendanceStatus.ON_LEAVE:
            unapproved += missed
    counted = (scheduled, attended, excused, unexcused, unrecorded, unapproved)
    return counted, truant, missing


def band(scale: ct.GradeScale, total: Fraction) -> ct.GradeLevel:
    for level in scale.levels:
        if total >= Fraction(level.min_score):
            return level
    return scale.lowest


def judge(cohort: ct.Cohort, tid: str, numbers: Numbers) -> Plain:
    """A trainee's results by the rules, before outcome and grade."""
    path = f"cohort.trainees[{tid}]"
    counted, truant, missing = minutes(cohort, tid)
    scheduled, attended, excused, unexcused, _, _ = counted
    results: list[tuple[str, str, bool]] = [
        ("evaluation.attendance_recorded", f"{path}.attendance[{sid}]", False) for sid in missing
    ]
    if not missing:
        results.append(("evaluation.attendance_recorded", path, True))
    share = Fraction(excused, scheduled) if scheduled else Fraction(0)
    results.append(("evaluation.leave_ratio", path, share <= numbers.max_share))
    results.append(("evaluation.absent_without_leave", path, truant < numbers.whole_sessions))
    results.append(("evaluation.unexcused_absence", path, unexcused < numbers.withdraw_at))
    present = Fraction(attended, scheduled) if scheduled else Fraction(1)
    results.append(("evaluation.attendance", path, present >= numbers.min_share))
    scheme = cohort.programme.scheme
    required = scheme.deliverables if scheme is not None else ()
    handed = [s for s in cohort.submissions if s.trainee == tid]
    for d in required:
        due = d.due(cohort.end)
        ok = any(
            s.kind is d.kind
            and s.submitted_on <= due
            and (not d.review_required or s.review is ct.ReviewState.ACCEPTED)
            for s in handed
        )
        results.append(("evaluation.deliverables", f"{path}.deliverables[{d.kind.value}]", ok))
    if not required:
        results.append(("evaluation.deliverables", path, True))
    marks: list[tuple[str, Decimal]] = []
    total: Fraction | None = None
    cancelled: set[str] = set()
    if scheme is None:
        results.append(("evaluation.grading", path, False))
    elif not scheme.components:
        results.append(("evaluation.grading", path, True))
    else:
        for work in handed:
            if work.review in (ct.ReviewState.GHOST_WRITTEN, ct.ReviewState.PLAGIARISED):
                named = {c.code for c in scheme.components if c.submission is work.kind}
                cancelled |= named or {c.code for c in scheme.components}
        for c in scheme.components:
            values = [s.value for s in cohort.scores if s.trainee == tid and s.component == c.code]
            best = max(values, key=lambda v: (v, str(v))) if values else None
            if best is not None:
                marks.append((c.code, best))
            ok = best is not None and (c.pass_mark is None or best >= c.pass_mark)
            ok = ok and c.code not in cancelled
            results.append(("evaluation.grading", f"{path}.scores[{c.code}]", ok))
        if len(marks) == len(scheme.components) and not cancelled:
            total = sum(
                (
                    Fraction(c.weight) * Fraction(m)
                    for c, (_, m) in zip(scheme.components, marks, strict=True)
                ),
                Fraction(0),
            )
            results.append(("evaluation.grading", path, band(scheme.scale, total).passing))
    return Plain(
        counted,
        truant,
        tuple(missing),
        tuple(marks),
        total,
        tuple(results),
        ct.Outcome.COMPLETED,
        None,
        frozenset(cancelled),
    )


SERIOUS = (
    ct.Outcome.WITHDRAWN,
    ct.Outcome.NOT_JUDGED,
    ct.Outcome.INCOMPLETE,
    ct.Outcome.ATTENDANCE_ONLY,
    ct.Outcome.FAILED,
)


def decided(plain: Plain, cohort: ct.Cohort, severities: dict[str, ct.Severity]) -> Plain:
    """Outcome from the failed, blocking checks; grade from the total."""
    leads = []
    for rule_id, path, ok in plain.results:
        if ok or severities.get(rule_id, ct.Severity.ERROR) is not ct.Severity.ERROR:
            continue
        if rule_id in (
            "evaluation.leave_ratio",
            "evaluation.absent_without_leave",
            "evaluation.unexcused_absence",
        ):
            leads.append(ct.Outcome.WITHDRAWN)
        elif rule_id == "evaluation.attendance_recorded":
            leads.append(ct.Outcome.NOT_JUDGED)
        elif rule_id == "evaluation.deliverables":
            leads.append(ct.Outcome.ATTENDANCE_ONLY)
        elif rule_id == "evaluation.grading" and ".scores[" in path:
            code = path.rsplit("[", 1)[1][:-1]
            scored = dict(plain.marks).get(code) is not None
            failed = scored or code in plain.cancelled
            leads.append(ct.Outcome.FAILED if failed else ct.Outcome.INCOMPLETE)
        elif rule_id == "evaluation.grading" and cohort.programme.scheme is None:
            leads.append(ct.Outcome.NOT_JUDGED)
        elif rule_id == "evaluation.grading":
            leads.append(ct.Outcome.FAILED)
        else:
            leads.append(ct.Outcome.INCOMPLETE)
    outcome = min(leads, key=SERIOUS.index) if leads else ct.Outcome.COMPLETED
    scheme = cohort.programme.scheme
    grade = None
    if scheme is not None and outcome is not ct.Outcome.NOT_JUDGED:
        if outcome is not ct.Outcome.COMPLETED:
            grade = scheme.scale.lowest.code
        elif plain.total is not None:
            grade = band(scheme.scale, plain.total).code
        else:
            passing = [level for level in scheme.scale.levels if level.passing]
            grade = (passing[-1] if passing else scheme.scale.lowest).code
    return plain._replace(outcome=outcome, grade=grade)


def quota(plains: dict[str, Plain], cohort: ct.Cohort) -> dict[str, Plain]:
    """floor(share × completed) keep the top grade, by total; the rest drop a level.

    Equal totals on both sides of the line are a tie referred for decision:
    their grade is pending (``None``).
    """
    scheme = cohort.programme.scheme
    if scheme is None or scheme.top_grade_share is None:
        return plains
    top = scheme.scale.top.code
    completed = [t for t, p in plains.items() if p.outcome is ct.Outcome.COMPLETED and p.grade]
    keep = math.floor(scheme.top_grade_share * len(completed))

    def standing(t: str) -> tuple[bool, Fraction]:
        return (plains[t].total is None, -(plains[t].total or Fraction(0)))

    holders = sorted((t for t in completed if plains[t].grade == top), key=standing)
    lower = scheme.scale.below(top).code
    tied: set[str] = set()
    if 0 < keep < len(holders) and standing(holders[keep - 1]) == standing(holders[keep]):
        tied = {t for t in holders if standing(t) == standing(holders[keep])}
    dropped = set(holders[keep:]) - tied
    return {
        t: p._replace(grade=None) if t in tied else p._replace(grade=lower) if t in dropped else p
        for t, p in plains.items()
    }


@st.composite
def policies(draw: st.DrawFn) -> tuple[ct.Policy, Numbers]:
    """Every evaluation check in an ``AllOf``, with drawn numbers and severities."""
    numbers = Numbers(
        draw(SHARES), draw(st.integers(1, 600)), draw(SHARES), draw(st.integers(1, 3))
    )
    checks = (
        ct.Check("evaluation.leave_ratio", params={"max_share": numbers.max_share}),
        ct.Check(
            "evaluation.absent_without_leave", params={"whole_sessions": numbers.whole_sessions}
        ),
        ct.Check("evaluation.unexcused_absence", params={"withdraw_at": numbers.withdraw_at}),
        ct.Check("evaluation.attendance", params={"min_share": numbers.min_share}),
        ct.Check("evaluation.deliverables"),
        ct.Check("evaluation.grading"),
        ct.Check("evaluation.top_grade_quota"),
    )
    severity = st.sampled_from([ct.Severity.ERROR, ct.Severity.ERROR, ct.Severity.WARNING])
    policy = ct.Policy(
        name="plain",
        title_zh="逐人核对",
        title_en="plain reading",
        rule=ct.AllOf(*checks),
        severities=tuple((check.rule_id, draw(severity)) for check in checks),
        effective_from=LONG_AGO,
    )
    return policy, numbers


class TestPlainReading:
    """Every trainee's attendance, scores, total, outcome, grade and findings are the plain reading's."""

    @settings(max_examples=150, deadline=None)
    @given(cohorts(), policies(), st.booleans())
    def test_the_evaluation_is_the_plain_reading(
        self,
        cohort: ct.Cohort,
        drawn: tuple[ct.Policy, Numbers],
        explain: bool,
    ) -> None:
        cohort = attrs.evolve(cohort, overrides=())
        policy, numbers = drawn
        severities = dict(policy.severities)
        plains = quota(
            {
                t.id: decided(judge(cohort, t.id, numbers), cohort, severities)
                for t in cohort.trainees
            },
            cohort,
        )
        result = ct.evaluate(cohort, policy, explain=explain)
        assert [a.trainee_id for a in result.assessments] == sorted(plains)
        for a in result.assessments:
            plain = plains[a.trainee_id]
            s = a.attendance
            assert (
                s.scheduled,
                s.attended,
                s.excused,
                s.unexcused,
                s.unrecorded,
                s.unapproved_leave,
            ) == plain.minutes
            assert [(c, str(v)) for c, v in a.scores] == [(c, str(v)) for c, v in plain.marks]
            if plain.total is None:
                assert a.total is None
            else:
                assert a.total is not None
                assert 0 <= plain.total - Fraction(a.total) < Fraction(1, 10**6)
            assert (a.outcome, a.grade) == (plain.outcome, plain.grade)
            found = {
                (f.rule_id, f.path, f.passed) for f in a.findings if f.rule_id in TRAINEE_CHECKS
            }
            expected = {r for r in plain.results if explain or not r[2]}
            assert found == expected
