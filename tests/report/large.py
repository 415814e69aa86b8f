"""A large, varied cohort for the report's tests, screenshots and timings.

Deterministic (a multiplicative hash of the indices, no randomness): a
five-day class of ``n`` trainees from ``n // 8`` units, 20 sessions, and a
spread of attendance, leave, late essays and scores, so that every chart
has something to show and some trainees do not complete.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import cadretrain as ct

__all__ = ["varied_cohort"]

_START = dt.date(2019, 9, 23)
_SESSIONS = 20
_ROLES = (
    ct.Role.FIRST_SECRETARY,
    ct.Role.VILLAGE_PARTY_SECRETARY,
    ct.Role.TOWNSHIP_LEADER,
    ct.Role.VILLAGE_HEAD,
    ct.Role.POVERTY_SYSTEM_STAFF,
)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "建华国强秀英志明丽华德胜桂兰文军春燕永红学文海燕"
_TIERS = (ct.Tier.COMPULSORY, ct.Tier.KEY, ct.Tier.KEY, ct.Tier.ELECTIVE, ct.Tier.SPECIALTY)


def _hash(*parts: int) -> int:
    x = 0
    for part in parts:
        x = ((x ^ part) + 1) * 0x9E37_79B9_7F4A_7C15 & 0xFFFF_FFFF_FFFF_FFFF
    return x ^ (x >> 29)


def _programme() -> ct.Programme:
    modules = tuple(
        ct.Module(
            code=f"M{i:02d}",
            title=f"脱贫攻坚专题{i:02d}",
            tier=_TIERS[i % len(_TIERS)] if i else ct.Tier.COMPULSORY,
            topics=(ct.Topic.POLICY_AND_LAW,),
            format=ct.DeliveryFormat.LECTURE,
            minutes=90,
        )
        for i in range(_SESSIONS)
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
        components=(
            ct.Component(code="essay", title="学习心得", weight=Fraction(1, 2)),
            ct.Component(code="test", title="结业测试", weight=Fraction(1, 2)),
        ),
        deliverables=(ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_days=7),),
        top_grade_share=Fraction(1, 5),
    )
    return ct.Programme(
        id="varied",
        title="脱贫攻坚专题培训班(大班)",
        organisers=(
            ct.Organiser(
                name="云南农村干部学院",
                kind=ct.OrganiserKind.PARTY_SCHOOL,
                level=ct.AdminLevel.PROVINCE,
            ),
        ),
        level=ct.AdminLevel.PROVINCE,
        audience=(ct.AudienceCategory.LOCAL_LEADERS,),
        modules=modules,
        scheme=scheme,
    )


def varied_cohort(n: int) -> ct.Cohort:
    """A cohort of ``n`` trainees with varied attendance, leave, essays and scores."""
    sessions = tuple(
        ct.Session(
            id=f"s{i:02d}",
            module=f"M{i:02d}",
            on=_START + dt.timedelta(days=i // 4),
            start=dt.time(8 + 2 * (i % 4), 30),
            minutes=90,
        )
        for i in range(_SESSIONS)
    )
    end = _START + dt.timedelta(days=4)
    trainees, attendance, leave, submissions, scores = [], [], [], [], []
    units = max(1, n // 8)
    for i in range(n):
        tid = f"t{i:05d}"
        trainees.append(
            ct.Trainee(
                id=tid,
                name=_SURNAMES[i % 20] + _GIVEN[(i // 20) % 24] + _GIVEN[(i // 480) % 24],
                role=_ROLES[_hash(i, 1) % len(_ROLES)],
                unit=f"第{_hash(i, 2) % units + 1}乡镇",
                level=ct.AdminLevel.TOWNSHIP,
            )
        )
        careless = _hash(i, 3) % 16 == 0  # about one in sixteen misses a lot
        for j, session in enumerate(sessions):
            roll = _hash(i, j, 4) % (6 if careless else 100)
            status = ct.AttendanceStatus.PRESENT
            minutes = None
            if roll == 0:
                status = ct.AttendanceStatus.ABSENT
            elif roll == 1:
                status = ct.AttendanceStatus.ON_LEAVE
                leave.append(
                    ct.LeaveRequest(
                        id=f"l{i:05d}-{j:02d}",
                        trainee=tid,
                        reason=ct.LeaveReason.OFFICIAL,
                        status=ct.LeaveStatus.APPROVED,
                        sessions=(session.id,),
                        approver="班主任",
                    )
                )
            elif roll == 2:
                status, minutes = ct.AttendanceStatus.LATE, 60 + _hash(i, j, 5) % 30
            attendance.append(
                ct.AttendanceRecord(trainee=tid, session=session.id, status=status, minutes=minutes)
            )
        if _hash(i, 6) % 25:  # one in twenty-five never hands in the essay
            late = _hash(i, 7) % 40 == 0
            submissions.append(
                ct.Submission(
                    trainee=tid,
                    kind=ct.SubmissionKind.ESSAY,
                    submitted_on=end + dt.timedelta(days=9 if late else 3),
                    review=ct.ReviewState.ACCEPTED,
                )
            )
            scores.append(
                ct.Score(trainee=tid, component="essay", value=Decimal(55 + _hash(i, 8) % 45))
            )
        scores.append(ct.Score(trainee=tid, component="test", value=Decimal(50 + _hash(i, 9) % 50)))
    return ct.Cohort(
        id=f"varied-{n}",
        title=f"脱贫攻坚专题培训班(大班,{n} 人)",
        programme=_programme(),
        start=_START,
        end=end,
        venue="云南农村干部学院",
        trainees=tuple(trainees),
        sessions=sessions,
        attendance=tuple(attendance),
        leave=tuple(leave),
        submissions=tuple(submissions),
        scores=tuple(scores),
    )
