"""Seed 004: Jiang'an county's 2015 training for cadres of its 50 registered poor villages.

江安县 2015年贫困村干部扶贫培训班 (四川, 2015-07-27/28, 县委党校): one cadre
from each 建档立卡贫困村 with the township poverty officers and the county
poverty bureau's staff; an opening ceremony, lectures, a discussion, strict
class rules and two pieces of work afterwards.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from fractions import Fraction

from cadretrain.examples import _assessed as assessed
from cadretrain.examples import _build as build
from cadretrain.examples import _fictitious as fict
from cadretrain.examples import _jiangan_facts as facts
from cadretrain.examples._seed import SeedProgramme, seed
from cadretrain.model import (
    AdminLevel,
    AssessmentScheme,
    AudienceCategory,
    Capability,
    Cohort,
    Component,
    Deliverable,
    DeliveryFormat,
    ManagementRule,
    Programme,
    Role,
    Session,
    SubmissionKind,
    Tier,
    Topic,
    Trainee,
)
from cadretrain.policies.sources import SEED_JIANGAN_2015

__all__ = ["jiangan_2015"]

_C, _K, _E = Tier.COMPULSORY, Tier.KEY, Tier.ELECTIVE
_IMPL, _GUIDE = Capability.IMPLEMENTATION, Capability.PROFESSIONAL_GUIDANCE

# The article lists the course titles and the teaching units (县扶贫、县发改、
# 县委农办、县检察院、县委党校); who taught which course is inferred from the subject.
_MODULES = (
    build.module("J00", "开班仪式:县委常委、常务副县长罗世俊讲话", _K, (Topic.POLICY_AND_LAW,),
                 30, fmt=DeliveryFormat.CEREMONY, teacher="罗世俊"),
    build.lecture("J01", "省委十届六次全会、市委四届十次全会及县委精准扶贫精准脱贫主要精神解读", _C,
                  (Topic.THEORY, Topic.POLICY_AND_LAW), 90, teacher="县委党校"),
    build.lecture("J02", "扶贫开发支撑政策", _K, (Topic.POLICY_AND_LAW,), 80, capability=_IMPL,
                  teacher="县扶贫移民局"),
    build.lecture("J03", "精准扶贫工作理念", _K, (Topic.METHODS,), 60, capability=_IMPL,
                  teacher="县扶贫移民局"),
    build.lecture("J04", "扶贫开发规划及项目编制", _K, (Topic.PLANNING,), 90, capability=_IMPL,
                  teacher="县发改局"),
    build.lecture("J05", "财政专项扶贫项目管理", _K, (Topic.FUND_MANAGEMENT,), 60,
                  capability=_GUIDE, teacher="县扶贫移民局"),
    build.lecture("J06", "扶贫统计(扶贫建档立卡信息系统、扶贫项目进度、驻村帮扶、小额信贷、"
                  "贫困村互助社等)", _K, (Topic.MONITORING, Topic.FINANCE), 90, capability=_GUIDE,
                  teacher="县扶贫移民局"),
    build.lecture("J07", "现代农业发展", _E, (Topic.MODERN_AGRICULTURE,), 60, teacher="县委农办"),
    build.lecture("J08", "职务犯罪与预防", _K, (Topic.CONDUCT, Topic.CRIME_PREVENTION), 60,
                  teacher="县检察院"),
    build.lecture("J09", "党员党性修养", _K, (Topic.PARTY_SPIRIT,), 60, teacher="县委党校"),
    build.module("J10", "座谈讨论:县、乡、村各级干部如何驻村帮扶贫困户脱贫解困", _K,
                 (Topic.METHODS, Topic.INDUSTRY), 150, fmt=DeliveryFormat.DISCUSSION,
                 capability=_IMPL, teacher="县扶贫移民局局长李国华"),
)  # fmt: skip

_DAY1, _DAY2 = dt.date(2015, 7, 27), dt.date(2015, 7, 28)
_VENUE = "江安县委党校"
# (session id, module, day, start): times are assumed; the discussion is on
# the afternoon of 7-28 as the article says.
_TIMETABLE = (
    ("s01", "J00", _DAY1, dt.time(8, 30)),
    ("s02", "J01", _DAY1, dt.time(9, 0)),
    ("s03", "J02", _DAY1, dt.time(10, 40)),
    ("s04", "J03", _DAY1, dt.time(14, 0)),
    ("s05", "J04", _DAY1, dt.time(15, 10)),
    ("s06", "J05", _DAY1, dt.time(16, 50)),
    ("s07", "J06", _DAY2, dt.time(8, 30)),
    ("s08", "J07", _DAY2, dt.time(10, 10)),
    ("s09", "J08", _DAY2, dt.time(11, 15)),
    ("s10", "J09", _DAY2, dt.time(14, 0)),
    ("s11", "J10", _DAY2, dt.time(15, 10)),
)

VILLAGES = 50  # "全面覆盖50个建档立卡贫困村"
TOWNSHIP_OFFICERS = 15  # assumed: the article gives no count of 乡镇扶贫干事
BUREAU_STAFF = 10  # assumed: "县扶贫移民局全体扶贫工作人员", no count given
_VILLAGE_ROLES = (Role.VILLAGE_PARTY_SECRETARY, Role.VILLAGE_HEAD, Role.VILLAGE_CLERK)
_BUREAU, _ESSAY_TITLE = facts.BUREAU, facts.ESSAY_TITLE
NAMED_PEOPLE = ("罗世俊", "李国华")
"""Everyone the article names: the deputy county head who opened the class, the bureau head."""


def _township(index: int) -> str:
    return fict.place_name(40 + index % TOWNSHIP_OFFICERS) + "镇"


def _village(index: int) -> str:
    return _township(index) + fict.place_name(index) + "村"


def _trainees() -> tuple[Trainee, ...]:
    village = tuple(
        fict.trainee(i, _VILLAGE_ROLES[i % 3], _village(i), AdminLevel.VILLAGE)
        for i in range(VILLAGES)
    )
    township = tuple(
        fict.trainee(
            VILLAGES + i,
            Role.TOWNSHIP_POVERTY_OFFICER,
            _township(i) + "人民政府",
            AdminLevel.TOWNSHIP,
        )
        for i in range(TOWNSHIP_OFFICERS)
    )
    first_staff = VILLAGES + TOWNSHIP_OFFICERS
    bureau = tuple(
        fict.trainee(first_staff + i, Role.POVERTY_SYSTEM_STAFF, _BUREAU, AdminLevel.COUNTY)
        for i in range(BUREAU_STAFF)
    )
    return village + township + bureau


def _programme() -> Programme:
    # Assumed, not the article's: it requires the essay and the plan and
    # enforces class rules, but gives no scoring; the "discipline" component,
    # the 50/50 weights and the essay's pass mark are this seed's assumption.
    scheme = AssessmentScheme(
        scale=assessed.four_level_scale(),
        components=(
            Component(code="essay", title="学习心得", weight=Fraction(1, 2), pass_mark=Decimal(60)),
            Component(code="discipline", title="学习纪律与课堂表现", weight=Fraction(1, 2)),
        ),
        deliverables=(
            Deliverable(
                kind=SubmissionKind.ESSAY, due_days=14, title=_ESSAY_TITLE, review_required=True
            ),
            Deliverable(
                kind=SubmissionKind.VILLAGE_PLAN,
                due_days=30,
                title="本村2015-2019年扶贫开发规划",
                review_required=True,
            ),
        ),
    )
    return Programme(
        id="jiangan-2015",
        title="2015年贫困村干部扶贫培训班",
        organisers=(
            build.government_department(_BUREAU, AdminLevel.COUNTY),
            build.organisation_department("中共江安县委组织部", AdminLevel.COUNTY),
            build.party_school("中共江安县委党校", AdminLevel.COUNTY),
        ),
        level=AdminLevel.COUNTY,
        audience=(AudienceCategory.VILLAGE, AudienceCategory.POVERTY_SYSTEM),
        modules=_MODULES,
        objectives=(
            "提升贫困村干部引领本村发展、服务贫困群众和开展农村扶贫解困的能力素质",
            "培训突出“骨干、实用、效果、严格”",
        ),
        management=(
            ManagementRule.SEAT_PLATE,
            ManagementRule.LEAVE_APPROVAL,
            ManagementRule.THREE_ASSURANCES,
            ManagementRule.FULL_ESCORT,
        ),
        duration_days=2,
        scheme=scheme,
        source=SEED_JIANGAN_2015.source,
    )


def _sessions(programme: Programme) -> tuple[Session, ...]:
    return tuple(
        build.session(programme, sid, code, day, start, venue=_VENUE)
        for sid, code, day, start in _TIMETABLE
    )


@functools.cache
def jiangan_2015() -> SeedProgramme:
    """The Jiang'an 2015 programme and its one cohort (seed 004).

    From the article: the title, dates, venue, organisers, the 50 villages,
    the opening speech, the course list, the 7-28 afternoon discussion with
    12 village speakers, the class rules and both pieces of work.  Assumed:
    session times, the teachers of each course, the counts of township
    officers (15) and bureau staff (10), due dates (14 and 30 days), the
    scoring scheme (an essay and a "discipline" component at 50/50, the
    essay's pass mark, the grade cut-offs).  Fictitious: every trainee and
    village name, the register, leave, submissions and scores.  Cached: the
    value is frozen.

    >>> seed = jiangan_2015()
    >>> len(seed.cohort.required_units), seed.cohort.start.isoformat()
    (50, '2015-07-27')
    """
    programme = _programme()
    trainees = _trainees()
    cohort = Cohort(
        id="jiangan-2015-1",
        programme=programme,
        title="2015年贫困村干部扶贫培训班",
        start=_DAY1,
        end=_DAY2,
        venue=_VENUE,
        trainees=trainees,
        sessions=_sessions(programme),
        required_units=tuple(_village(i) for i in range(VILLAGES)),
        # "12名村干部结合实际,交流本村扶贫工作做法": which twelve is fictitious.
        speakers=tuple(fict.trainee_id(1 + 4 * i) for i in range(12)),
        attendance=facts.attendance(trainees, tuple(s[0] for s in _TIMETABLE)),
        leave=facts.leave(),
        submissions=facts.submissions(trainees),
        scores=facts.scores(trainees),
        overrides=facts.overrides(trainees),
    )
    return seed(
        programme,
        (cohort,),
        notes_zh=(
            "出自文章:班名、日期(7月27日-28日)、县委党校、三家主办单位、50个建档立卡贫困村各1名"
            "(村支书、村主任、村文书中选派)、罗世俊开班讲话、课程目录、7月28日下午座谈讨论"
            "(12名村干部发言)、座牌制与请假制、“三落实”、专人全程跟班、学习心得与2015-2019年规划。",
            "假定:各课时间与授课单位、乡镇扶贫干事15人、县扶贫移民局工作人员10人、"
            "学习心得14天内交、规划30天内交;评分方案(学习心得与“学习纪律与课堂表现”各占50%,"
            "心得60分及格;文章只要求交心得与规划、严格纪律,未说如何评分)、"
            "优秀/良好/合格/不合格的分数线90/80/60(四级等次见天河区委党校)。",
            "虚构:全部学员与村名、考勤(每人每节课均有记录)、请假、提交与评分。",
        ),
        notes_en=(
            "From the article: title, dates (27-28 July), venue, the three organisers, one cadre "
            "from each of the 50 registered poor villages, Luo Shijun's opening speech, the "
            "course list, the discussion on the afternoon of 28 July (12 village cadres spoke), "
            "seat plates, leave approval, the three assurances, staff with the class throughout, "
            "the essay and the 2015-2019 village plan.",
            "Assumed: session times and who taught each course, 15 township officers, 10 bureau "
            "staff, the essay due in 14 days and the plan in 30; the scoring scheme (the essay and "
            "a 'discipline and conduct in class' component at 50/50, the essay passed at 60: the "
            "article requires the essay and the plan and strict class rules, but says nothing of "
            "scoring) and the 90/80/60 grade cut-offs (the four levels follow the Tianhe party "
            "school).",
            "Fictitious: every trainee and village name, the register (every trainee at every "
            "session), leave, submissions and scores.",
        ),
        named_people=NAMED_PEOPLE,
    )
