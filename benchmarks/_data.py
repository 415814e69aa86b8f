"""Deterministic benchmark data: a cohort of N trainees, 20 sessions, 5 scores each.

The shape follows ``shared/PERFORMANCE.md``: a trainee with 20 attendance
records and 5 component scores, about 1.9 KB of JSON.  Everything is derived
from the index by arithmetic, so a run is reproducible without randomness.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from functools import cache

import cadretrain as ct

__all__ = ["SESSIONS", "make_cohort", "make_programme"]

SESSIONS = 20
_START = dt.date(2019, 9, 23)
_STATUSES = (
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.LATE,
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.LEFT_EARLY,
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.ON_LEAVE,
    ct.AttendanceStatus.PRESENT,
    ct.AttendanceStatus.ABSENT,
    ct.AttendanceStatus.PRESENT,
)
_ROLES = (ct.Role.TOWNSHIP_LEADER, ct.Role.FIRST_SECRETARY, ct.Role.VILLAGE_PARTY_SECRETARY)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "建华国强秀英志明丽华德胜桂兰文军春燕永红学文海燕"


@cache
def make_programme() -> ct.Programme:
    """A five-day programme: 20 lecture sessions' modules and a five-component scheme."""
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
            ct.Component(code=f"c{i}", title=f"考核{i}", weight=Fraction(1, 5)) for i in range(5)
        ),
        top_grade_share=Fraction(1, 5),
    )
    return ct.Programme(
        id="bench",
        title="滇黔桂石漠化区云南片区脱贫攻坚专题培训班(基准)",
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


def _name(i: int) -> str:
    return _SURNAMES[i % 20] + _GIVEN[(i // 20) % 24] + _GIVEN[(i // 480) % 24]


def _score(i: int, c: int) -> Decimal:
    """Trainee ``i``'s score on component ``c``: 60 to 99, scattered by a multiplicative hash.

    Nearly every trainee gets a different set of five scores, as in a real
    class, so no figure profits from trainees sharing their scores.
    """
    x = ((i * 5 + c + 1) * 0x9E37_79B9_7F4A_7C15) & 0xFFFF_FFFF_FFFF_FFFF
    return Decimal(60 + (x ^ (x >> 31)) % 40)


def make_cohort(n: int, *, cohort_id: str = "bench-1") -> ct.Cohort:
    """A cohort of ``n`` trainees, each with 20 attendance records and 5 scores."""
    sessions = _sessions()
    trainees = []
    attendance = []
    leave = []
    scores = []
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
            minutes = (
                60 if status in (ct.AttendanceStatus.LATE, ct.AttendanceStatus.LEFT_EARLY) else None
            )
            attendance.append(
                ct.AttendanceRecord(trainee=tid, session=session.id, status=status, minutes=minutes)
            )
            if status is ct.AttendanceStatus.ON_LEAVE:
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
        for c in range(5):
            scores.append(ct.Score(trainee=tid, component=f"c{c}", value=_score(i, c)))
    return ct.Cohort(
        id=cohort_id,
        programme=make_programme(),
        start=_START,
        end=_START + dt.timedelta(days=4),
        venue="云南农村干部学院",
        trainees=tuple(trainees),
        sessions=sessions,
        attendance=tuple(attendance),
        leave=tuple(leave),
        scores=tuple(scores),
    )
