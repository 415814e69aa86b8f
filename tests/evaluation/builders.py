"""Small cohorts for the evaluation tests, built with the public constructors only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import cadretrain as ct
from _build import county_programme, module, village_clerk

START = dt.date(2016, 5, 9)
END = dt.date(2016, 5, 13)

FOUR_LEVELS = ct.GradeScale(
    name="four_level",
    levels=(
        ct.GradeLevel(code="excellent", zh="优秀", en="excellent", min_score=Decimal(90)),
        ct.GradeLevel(code="good", zh="良好", en="good", min_score=Decimal(80)),
        ct.GradeLevel(code="pass", zh="合格", en="pass", min_score=Decimal(60)),
        ct.GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False),
    ),
)

ESSAY = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=7, title="学习心得")


def scheme(
    *,
    deliverables: Sequence[ct.Deliverable] = (ESSAY,),
    share: Fraction | None = Fraction(1, 5),
    pass_mark: Decimal | None = Decimal(60),
    instruments: Sequence[ct.EvaluationInstrument] = (),
) -> ct.AssessmentScheme:
    """60% exam + 40% essay (docs/regulations.md row 19's shape), the four-level scale."""
    return ct.AssessmentScheme(
        scale=FOUR_LEVELS,
        components=(
            ct.Component(code="exam", title="结业考试", weight=Fraction(3, 5), pass_mark=pass_mark),
            ct.Component(code="essay", title="学习心得", weight=Fraction(2, 5)),
        ),
        deliverables=tuple(deliverables),
        top_grade_share=share,
        instruments=tuple(instruments),
    )


def programme(assessment: ct.AssessmentScheme | None = None) -> ct.Programme:
    return county_programme(
        id="p-eval",
        title="贫困村干部扶贫培训班",
        organiser="县委组织部",
        modules=(
            module(
                "M00",
                "开班仪式",
                tier=ct.Tier.COMPULSORY,
                topic=ct.Topic.THEORY,
                format=ct.DeliveryFormat.CEREMONY,
                minutes=30,
            ),
            module(
                "M01",
                "精准扶贫政策解读",
                tier=ct.Tier.COMPULSORY,
                topic=ct.Topic.POLICY_AND_LAW,
                format=ct.DeliveryFormat.LECTURE,
                minutes=60,
            ),
        ),
        scheme=assessment,
    )


def trainee(number: int) -> ct.Trainee:
    return village_clerk(f"t-{number:03}", name=f"学员{number}", unit="江安县某村")


def sessions(count: int = 7, minutes: int = 60) -> tuple[ct.Session, ...]:
    """A ceremony, then ``count`` lectures of ``minutes`` each over the week."""
    ceremony = ct.Session(id="s-00", module="M00", on=START, minutes=30)
    lectures = tuple(
        ct.Session(
            id=f"s-{i:02}",
            module="M01",
            on=START + dt.timedelta(days=(i - 1) % 5),
            start=dt.time(8 + (i - 1) // 5 * 2),
            minutes=minutes,
        )
        for i in range(1, count + 1)
    )
    return (ceremony, *lectures)


def present(
    trainees: Sequence[ct.Trainee], schedule: Sequence[ct.Session]
) -> tuple[ct.AttendanceRecord, ...]:
    return tuple(
        ct.AttendanceRecord(trainee=t.id, session=s.id, status=ct.AttendanceStatus.PRESENT)
        for t in trainees
        for s in schedule
    )


def essay(
    trainee_id: str, on: dt.date = END, review: ct.ReviewState = ct.ReviewState.ACCEPTED
) -> ct.Submission:
    return ct.Submission(
        trainee=trainee_id, kind=ct.SubmissionKind.ESSAY, submitted_on=on, review=review
    )


def scores(
    trainee_id: str, exam: int | str = 85, essay_score: int | str = 85
) -> tuple[ct.Score, ...]:
    return (
        ct.Score(trainee=trainee_id, component="exam", value=Decimal(exam)),
        ct.Score(trainee=trainee_id, component="essay", value=Decimal(essay_score)),
    )


def cohort(
    *,
    size: int = 1,
    assessment: ct.AssessmentScheme | None = None,
    attendance: Sequence[ct.AttendanceRecord] | None = None,
    leave: Sequence[ct.LeaveRequest] = (),
    submissions: Sequence[ct.Submission] | None = None,
    marks: Sequence[ct.Score] | None = None,
    overrides: Sequence[ct.Override] = (),
    responses: Sequence[ct.InstrumentResponse] = (),
    schedule: Sequence[ct.Session] | None = None,
    start: dt.date = START,
) -> ct.Cohort:
    """A cohort where, unless told otherwise, everyone attends, hands in and scores 85."""
    people = tuple(trainee(i) for i in range(1, size + 1))
    plan = tuple(schedule) if schedule is not None else sessions()
    shift = start - START
    plan = tuple(
        ct.Session(id=s.id, module=s.module, on=s.on + shift, start=s.start, minutes=s.minutes)
        for s in plan
    )
    return ct.Cohort(
        id="c-eval",
        programme=programme(scheme() if assessment is None else assessment),
        start=start,
        end=END + shift,
        venue="县委党校",
        trainees=people,
        sessions=plan,
        attendance=tuple(attendance) if attendance is not None else present(people, plan),
        leave=tuple(leave),
        submissions=tuple(submissions)
        if submissions is not None
        else tuple(essay(t.id, END + shift) for t in people),
        scores=tuple(marks)
        if marks is not None
        else tuple(s for t in people for s in scores(t.id)),
        overrides=tuple(overrides),
        responses=tuple(responses),
    )
