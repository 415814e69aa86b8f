"""Benchmark cohorts: a varied one drawn with a fixed seed (the headline), and a repetitive best case.

Both have the shape of ``shared/PERFORMANCE.md``: 20 sessions of 90 minutes,
each trainee with 20 attendance records and 5 component scores (about
1.9 KB of JSON a trainee).

:func:`varied_cohort` is what a real class looks like: statuses, late and
early minutes, leave requests (approved, pending, refused; by sessions or
by a span of days), a missing, late or returned essay, missing and low
scores, all drawn from ``random.Random(seed)``; 10-15% of the trainees do
not complete, and attendance summaries and totals hardly repeat
(:func:`variety` counts them). :func:`repetitive_cohort` is the cohort every
figure used before: derived from the index by arithmetic, 4 distinct
attendance summaries per 10,000 trainees, nobody failing. It is kept only as
the labelled *best case* of the suite.

Only ``import cadretrain as ct`` is used, so the suite runs unchanged on
later versions of the library.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from fractions import Fraction
from functools import cache

import cadretrain as ct

__all__ = [
    "SEED",
    "SESSIONS",
    "make_cohort",
    "make_programme",
    "repetitive_cohort",
    "varied_cohort",
    "variety",
]

SEED = 20261207
"""The varied cohort's seed: the same cohort in every run."""
SESSIONS = 20
_START = dt.date(2019, 9, 23)
_END = _START + dt.timedelta(days=4)
_S = ct.AttendanceStatus
_STATUSES: tuple[ct.AttendanceStatus, ...] = (_S.PRESENT, _S.PRESENT, _S.PRESENT, _S.LATE)
_STATUSES += (_S.PRESENT, _S.LEFT_EARLY, _S.PRESENT, _S.ON_LEAVE, _S.PRESENT, _S.LATE, _S.PRESENT)
_ROLES = (ct.Role.TOWNSHIP_LEADER, ct.Role.FIRST_SECRETARY, ct.Role.VILLAGE_PARTY_SECRETARY)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "建华国强秀英志明丽华德胜桂兰文军春燕永红学文海燕"
_VENUE = "云南农村干部学院"
_WEIGHTS = (Fraction(3, 10), Fraction(1, 5), Fraction(1, 5), Fraction(3, 20), Fraction(3, 20))


@cache
def make_programme(*, essay: bool = False) -> ct.Programme:
    """A five-day programme: 20 lecture modules and a five-component scheme.

    ``essay=True`` (the varied cohort's) also asks for a reviewed 学习心得
    within 7 days of the end and sets a pass mark of 65 on ``c0``.
    """
    tiers = (ct.Tier.COMPULSORY, ct.Tier.KEY, ct.Tier.KEY, ct.Tier.ELECTIVE)
    modules = tuple(
        ct.Module(
            code=f"M{i:02d}",
            title=f"脱贫攻坚专题{i:02d}",
            tier=tiers[i % len(tiers)] if i else ct.Tier.COMPULSORY,
            topics=(ct.Topic.POLICY_AND_LAW,),
            format=ct.DeliveryFormat.LECTURE,
            minutes=90,
        )
        for i in range(SESSIONS)
    )
    scale = ct.GradeScale(
        name="four_level",
        levels=(
            ct.GradeLevel(code="excellent", zh="优秀", en="excellent", min_score=Decimal(90)),
            ct.GradeLevel(code="good", zh="良好", en="good", min_score=Decimal(80)),
            ct.GradeLevel(code="pass", zh="合格", en="pass", min_score=Decimal(60)),
            ct.GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False),
        ),
    )
    scheme = ct.AssessmentScheme(
        scale=scale,
        components=tuple(
            ct.Component(
                code=f"c{i}",
                title=f"考核{i}",
                weight=weight,
                pass_mark=Decimal(65) if essay and i == 0 else None,
            )
            for i, weight in enumerate(_WEIGHTS if essay else (Fraction(1, 5),) * 5)
        ),
        deliverables=(
            (ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=7, review_required=True),)
            if essay
            else ()
        ),
        top_grade_share=Fraction(1, 5),
    )
    return ct.Programme(
        id="bench",
        title="滇黔桂石漠化区云南片区脱贫攻坚专题培训班(基准)",
        organisers=(
            ct.Organiser(
                name=_VENUE, kind=ct.OrganiserKind.PARTY_SCHOOL, level=ct.AdminLevel.PROVINCE
            ),
        ),
        level=ct.AdminLevel.PROVINCE,
        audience=(ct.AudienceCategory.LOCAL_LEADERS,),
        modules=modules,
        scheme=scheme,
    )


@cache
def _sessions() -> tuple[ct.Session, ...]:
    return tuple(
        ct.Session(
            id=f"s{i:02d}",
            module=f"M{i:02d}",
            on=_START + dt.timedelta(days=i // 4),
            start=dt.time(8 + 2 * (i % 4), 30),
            minutes=90,
        )
        for i in range(SESSIONS)
    )


def _cohort(cohort_id: str, programme: ct.Programme, **records: object) -> ct.Cohort:
    return ct.Cohort(
        id=cohort_id,
        programme=programme,
        start=_START,
        end=_END,
        venue=_VENUE,
        sessions=_sessions(),
        **records,  # type: ignore[arg-type]
    )


# -- the varied cohort -------------------------------------------------------------------------


def varied_cohort(n: int, *, seed: int = SEED, cohort_id: str = "bench-varied") -> ct.Cohort:
    """``n`` trainees drawn from ``random.Random(seed)``: the same cohort for the same arguments.

    Per trainee: 20 records (present 84.4%, late 7%, left early 5%, on leave
    2.5%, absent 0.1%, waived 1%; late and early with their minutes drawn), a
    leave request for all leave and some absences (approved 98%, pending,
    refused), a whole day of approved leave for 1.5% of the trainees, an essay
    (accepted and on time for 94%; else missing, late or returned), five
    scores to one decimal around a per-trainee level (2% miss one).
    """
    draw = random.Random(seed)
    sessions = _sessions()
    trainees, attendance, leave, submissions, scores = [], [], [], [], []
    due = _END + dt.timedelta(days=7)
    for i in range(n):
        tid = f"t{i:07d}"
        trainees.append(
            ct.Trainee(
                id=tid,
                name=draw.choice(_SURNAMES) + draw.choice(_GIVEN) + draw.choice(_GIVEN),
                role=draw.choice(_ROLES),
                unit=f"第{draw.randrange(997)}乡镇",
                level=ct.AdminLevel.TOWNSHIP,
            )
        )
        day_off = draw.randrange(5) if draw.random() < 0.015 else None
        if day_off is not None:
            leave.append(
                ct.LeaveRequest(
                    id=f"l{tid}-d",
                    trainee=tid,
                    reason=ct.LeaveReason.SICK,
                    status=ct.LeaveStatus.APPROVED,
                    first_day=_START + dt.timedelta(days=day_off),
                    last_day=_START + dt.timedelta(days=day_off),
                    approver="班主任",
                )
            )
        for j, session in enumerate(sessions):
            status, minutes = _status(draw)
            if day_off is not None and j // 4 == day_off:
                status, minutes = _S.ON_LEAVE, None
            attendance.append(
                ct.AttendanceRecord(trainee=tid, session=session.id, status=status, minutes=minutes)
            )
            asks = status is _S.ON_LEAVE or (status is not _S.PRESENT and draw.random() < 0.15)
            if asks and day_off is None:
                leave.append(
                    ct.LeaveRequest(
                        id=f"l{tid}-{j:02d}",
                        trainee=tid,
                        reason=draw.choice(tuple(ct.LeaveReason)),
                        status=draw.choices(
                            (
                                ct.LeaveStatus.APPROVED,
                                ct.LeaveStatus.PENDING,
                                ct.LeaveStatus.REFUSED,
                            ),
                            (98, 1, 1),
                        )[0],
                        sessions=(session.id,),
                        approver="班主任",
                    )
                )
        essay = _essay(draw, tid, due)
        if essay is not None:
            submissions.append(essay)
        level = draw.gauss(86, 6)
        missing = draw.randrange(5) if draw.random() < 0.02 else None
        for c in range(5):
            if c != missing:
                value = min(100.0, max(0.0, draw.gauss(level, 6)))
                scores.append(
                    ct.Score(trainee=tid, component=f"c{c}", value=Decimal(f"{value:.1f}"))
                )
    return _cohort(
        cohort_id,
        make_programme(essay=True),
        trainees=tuple(trainees),
        attendance=tuple(attendance),
        leave=tuple(leave),
        submissions=tuple(submissions),
        scores=tuple(scores),
    )


def _status(draw: random.Random) -> tuple[ct.AttendanceStatus, int | None]:
    x = draw.random()
    if x < 0.844:
        return _S.PRESENT, None
    if x < 0.914:
        return _S.LATE, draw.randrange(20, 90)
    if x < 0.964:
        return _S.LEFT_EARLY, draw.randrange(10, 90)
    if x < 0.989:
        return _S.ON_LEAVE, None
    if x < 0.99:
        return _S.ABSENT, None
    return _S.WAIVED, None


def _essay(draw: random.Random, tid: str, due: dt.date) -> ct.Submission | None:
    x = draw.random()
    if x < 0.02:
        return None
    late = 0.02 <= x < 0.035
    on = (
        due + dt.timedelta(days=draw.randrange(1, 10))
        if late
        else due - dt.timedelta(days=draw.randrange(0, 12))
    )
    review = ct.ReviewState.RETURNED if 0.035 <= x < 0.06 else ct.ReviewState.ACCEPTED
    return ct.Submission(
        trainee=tid, kind=ct.SubmissionKind.ESSAY, submitted_on=on, review=review, title="学习心得"
    )


def variety(evaluation: ct.CohortEvaluation) -> dict[str, float]:
    """Distinct attendance summaries and totals among 10,000 trainees; the share not completing.

    Counted over the first 10,000 trainees (scaled up for a smaller cohort),
    so that the figure means the same at every size.
    """
    every = evaluation.assessments
    first = every[:10_000]
    per = 10_000 / max(1, len(first))
    return {
        "distinct_summaries_per_10k": len({a.attendance for a in first}) * per,
        "distinct_totals_per_10k": len({a.total for a in first}) * per,
        "not_completing_share": sum(not a.completed for a in every) / max(1, len(every)),
    }


# -- the repetitive best case ------------------------------------------------------------------


def _name(i: int) -> str:
    return _SURNAMES[i % 20] + _GIVEN[(i // 20) % 24] + _GIVEN[(i // 480) % 24]


def _score(i: int, c: int) -> Decimal:
    """Trainee ``i``'s score on component ``c``: 60 to 99, scattered by a multiplicative hash."""
    x = ((i * 5 + c + 1) * 0x9E37_79B9_7F4A_7C15) & 0xFFFF_FFFF_FFFF_FFFF
    return Decimal(60 + (x ^ (x >> 31)) % 40)


def repetitive_cohort(n: int, *, cohort_id: str = "bench-1") -> ct.Cohort:
    """The best case: statuses cycle with the index, one approved leave per leave record.

    Every trainee completes; 4 distinct attendance summaries per 10,000.
    """
    sessions = _sessions()
    trainees, attendance, leave, scores = [], [], [], []
    for i in range(n):
        tid = f"t{i:07d}"
        trainees.append(
            ct.Trainee(
                id=tid,
                name=_name(i),
                role=_ROLES[i % 3],
                unit=f"第{i % 997}乡镇",
                level=ct.AdminLevel.TOWNSHIP,
            )
        )
        for j, session in enumerate(sessions):
            status = _STATUSES[(i + j) % len(_STATUSES)]
            minutes = 60 if status in (_S.LATE, _S.LEFT_EARLY) else None
            attendance.append(
                ct.AttendanceRecord(trainee=tid, session=session.id, status=status, minutes=minutes)
            )
            if status is _S.ON_LEAVE:
                leave.append(
                    ct.LeaveRequest(
                        id=f"l{i:07d}-{j:02d}",
                        trainee=tid,
                        reason=ct.LeaveReason.OFFICIAL,
                        status=ct.LeaveStatus.APPROVED,
                        sessions=(session.id,),
                        approver="班主任",
                    )
                )
        scores += [ct.Score(trainee=tid, component=f"c{c}", value=_score(i, c)) for c in range(5)]
    return _cohort(
        cohort_id,
        make_programme(),
        trainees=tuple(trainees),
        attendance=tuple(attendance),
        leave=tuple(leave),
        scores=tuple(scores),
    )


make_cohort = repetitive_cohort
"""The best case under the name the library's own tests import it by."""
