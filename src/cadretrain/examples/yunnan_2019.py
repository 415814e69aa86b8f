"""Seed 001: Yunnan's 2019 course for township leaders of the karst (石漠化) area.

滇黔桂石漠化区云南片区脱贫攻坚专题培训班: 5 days from 2019-09-23 at 云南农村
干部学院, 148 township leaders.  The article also sets out the province's
curriculum tiers (必修课/重点课/选修课, with prefectures adding 特色课), the
"理论培训+实战教学" model and 文山州's "通用主课+特色课" course menu.
"""

from __future__ import annotations

import datetime as dt
import functools
from fractions import Fraction

from cadretrain.examples import _assessed as assessed
from cadretrain.examples import _build as build
from cadretrain.examples import _fictitious as fict
from cadretrain.examples._seed import SeedProgramme, seed
from cadretrain.model import (
    AdminLevel,
    AttendanceStatus,
    AudienceCategory,
    Capability,
    Cohort,
    Deliverable,
    DeliveryFormat,
    FieldSiteKind,
    LeaveReason,
    MenuOrder,
    Place,
    Programme,
    ProgrammeFeature,
    Rank,
    Role,
    SubmissionKind,
    Tier,
    Topic,
    Trainee,
)
from cadretrain.policies.sources import SEED_YUNNAN_2019

__all__ = ["yunnan_2019"]

TRAINEES = 148  # "学员是148名来自滇黔桂石漠化区云南片区乡镇的领导班子成员"
START = dt.date(2019, 9, 23)  # "9月23日,为期5天的……培训班在云南农村干部学院开班"
DAYS = 5
VENUE = "云南农村干部学院"
_F = DeliveryFormat.FIELD_TEACHING
NAMED_PEOPLE = ("郎晶晶", "陈应朝", "周少翔", "路玲玲")
"""Everyone the article names: its reporter and three cadres quoted on other trainings."""
_ORG = Capability.ORGANISING

# The tiers are the article's ("必修课", "重点课", "选修课"); lengths are assumed.
_CURRICULUM = (
    build.lecture("Y01", "习近平总书记关于扶贫工作的重要论述", Tier.COMPULSORY, (Topic.THEORY,),
                  180),
    build.lecture("Y02", "脱贫攻坚政策法规", Tier.KEY, (Topic.POLICY_AND_LAW,), 180,
                  capability=_ORG),
    build.lecture("Y03", "精准扶贫精准脱贫工作方法", Tier.KEY, (Topic.METHODS,), 180,
                  capability=_ORG),
    build.lecture("Y04", "扶贫领域作风教育", Tier.KEY, (Topic.CONDUCT,), 120),
    build.lecture("Y05", "中央农村工作会议精神和乡村振兴战略相关政策", Tier.KEY,
                  (Topic.POLICY_AND_LAW, Topic.RURAL_REVITALISATION), 180, capability=_ORG),
    build.lecture("Y06", "产业脱贫", Tier.KEY, (Topic.INDUSTRY,), 120, capability=_ORG),
    build.lecture("Y07", "就业脱贫", Tier.KEY, (Topic.EMPLOYMENT,), 120, capability=_ORG),
    build.lecture("Y08", "生态治理(石漠化综合治理)", Tier.KEY, (Topic.ECOLOGY,), 120,
                  capability=_ORG),
    build.lecture("Y09", "心理健康知识", Tier.ELECTIVE, (Topic.MENTAL_HEALTH,), 90),
    build.module("Y10", "现场教学:种植养殖合作社", Tier.KEY, (Topic.INDUSTRY,), 240, fmt=_F,
                 capability=_ORG),
    build.module("Y11", "现场教学:易地扶贫搬迁安置点", Tier.KEY, (Topic.RELOCATION,), 240, fmt=_F,
                 capability=_ORG),
)  # fmt: skip

# The prefectures' specialty courses ("乡村振兴、高原特色农业发展、沿边开发开放等特色课程").
_MENU = (
    ("S01", "乡村振兴", (Topic.RURAL_REVITALISATION,)),
    ("S02", "高原特色农业发展", (Topic.INDUSTRY, Topic.MODERN_AGRICULTURE)),
    ("S03", "沿边开发开放", (Topic.POLICY_AND_LAW, Topic.INDUSTRY)),
)

# Fictitious: the article tells of field teaching at such places, naming none.
_YUNNAN = Place(province="云南省")
_FIELD_SITES = (
    build.field_site("fs-01", "石漠化片区种植养殖合作社现场教学点", FieldSiteKind.COOPERATIVE,
                     _YUNNAN, (Topic.INDUSTRY,)),
    build.field_site("fs-02", "石漠化片区易地扶贫搬迁安置点现场教学点",
                     FieldSiteKind.RELOCATION_SITE, _YUNNAN, (Topic.RELOCATION, Topic.EMPLOYMENT)),
)  # fmt: skip

# (session id, module, day number, start, site)
_TIMETABLE = (
    ("s01", "Y01", 0, dt.time(8, 30), None),
    ("s02", "Y05", 0, dt.time(14, 30), None),
    ("s03", "Y02", 1, dt.time(8, 30), None),
    ("s04", "Y03", 1, dt.time(14, 30), None),
    ("s05", "Y10", 2, dt.time(8, 30), "fs-01"),
    ("s06", "Y06", 2, dt.time(14, 30), None),
    ("s07", "Y11", 3, dt.time(8, 30), "fs-02"),
    ("s08", "Y07", 3, dt.time(14, 30), None),
    ("s09", "Y08", 4, dt.time(8, 30), None),
    ("s10", "Y04", 4, dt.time(10, 40), None),
    ("s11", "Y09", 4, dt.time(14, 30), None),
)


# Assumed: the article reports no assessment of the class.
_COMPONENTS = (
    assessed.component("exam", "结业测试(政策与方法)", Fraction(3, 5)),
    assessed.component("essay", "学习心得", Fraction(2, 5)),
)
_ESSAY = Deliverable(
    kind=SubmissionKind.ESSAY, due_days=7, title="石漠化片区乡镇脱贫攻坚思路", review_required=True
)
_ON_LEAVE, _LATE, _EARLY = (
    AttendanceStatus.ON_LEAVE,
    AttendanceStatus.LATE,
    AttendanceStatus.LEFT_EARLY,
)
# Fictitious departures, by roster position: away on duty for day 3 (both
# sessions, on leave: over 1/7 of class time), off sick for the last
# session, absent without leave, late, left early.
_DEPARTURES: dict[tuple[int, str], assessed.Departure] = {
    (17, "s05"): _ON_LEAVE,
    (17, "s06"): _ON_LEAVE,
    (44, "s11"): _ON_LEAVE,
    (63, "s09"): AttendanceStatus.ABSENT,
    (5, "s01"): (_LATE, 120),
    (90, "s03"): (_LATE, 150),
    (101, "s07"): (_EARLY, 180),
}
_REASONS = {17: LeaveReason.OFFICIAL, 44: LeaveReason.SICK}
_NO_ESSAY, _LATE_ESSAY, _LOW_EXAM = (72, 130), (118,), (55, 140)


def _programme() -> Programme:
    menu = tuple(
        build.lecture(code, title, Tier.SPECIALTY, topics, 180, capability=_ORG)
        for code, title, topics in _MENU
    )
    return Programme(
        id="yunnan-2019",
        title="滇黔桂石漠化区云南片区脱贫攻坚专题培训班",
        organisers=(
            build.organisation_department("中共云南省委组织部", AdminLevel.PROVINCE),
            build.government_department("云南省扶贫办", AdminLevel.PROVINCE),
            build.party_school(VENUE, AdminLevel.PROVINCE),
        ),
        level=AdminLevel.PROVINCE,
        audience=(AudienceCategory.LOCAL_LEADERS,),
        modules=_CURRICULUM,
        objectives=(
            "围绕脱贫攻坚工作,针对石漠化连片特困地区特点",
            "盯住地方党政领导干部强化组织能力培训",
        ),
        field_sites=_FIELD_SITES,
        features=(ProgrammeFeature.THEORY_PLUS_PRACTICE, ProgrammeFeature.MENU_ORDERING),
        duration_days=DAYS,
        scheme=assessed.scheme(_COMPONENTS, _ESSAY),
        menu=menu,
        orders=(MenuOrder(unit="文山州", codes=("S01", "S02")),),
        source=SEED_YUNNAN_2019.source,
    )


def _trainees() -> tuple[Trainee, ...]:
    return tuple(
        fict.trainee(
            i,
            Role.TOWNSHIP_LEADER,
            fict.place_name(i % 77) + "乡",
            AdminLevel.TOWNSHIP,
            rank=Rank.TOWNSHIP_SECTION,
        )
        for i in range(TRAINEES)
    )


@functools.cache
def yunnan_2019() -> SeedProgramme:
    """The Yunnan 2019 karst-area programme and its one cohort (seed 001).

    From the article: the title, the start (2019-09-23), 5 days, the venue,
    148 township leaders, the content, the tiers of the courses, the field
    teaching at cooperatives and relocation sites, the prefectures' specialty
    courses and 文山州's "通用主课+特色课" menu.  Assumed: the organisers (the
    article says the organisation department and the poverty office jointly
    run the key classes), course lengths, the timetable, 文山州's order.
    The assessment scheme is assumed too.  Fictitious: the two field sites,
    every trainee, the register, leave, essays and scores.  Cached: the value
    is frozen.

    >>> seed = yunnan_2019()
    >>> len(seed.cohort.trainees), seed.cohort.start.isoformat(), seed.cohort.end.isoformat()
    (148, '2019-09-23', '2019-09-27')
    """
    programme = _programme()
    trainees = _trainees()
    ids = [t.id for t in trainees]
    end = START + dt.timedelta(days=DAYS - 1)
    departures = {(ids[p], sid): entry for (p, sid), entry in _DEPARTURES.items()}
    register = assessed.register(trainees, (row[0] for row in _TIMETABLE), departures)
    cohort = Cohort(
        id="yunnan-2019-1",
        programme=programme,
        title=programme.title,
        start=START,
        end=end,
        venue=VENUE,
        trainees=trainees,
        sessions=tuple(
            build.session(
                programme, sid, code, START + dt.timedelta(days=day), start, venue=VENUE, site=site
            )
            for sid, code, day, start, site in _TIMETABLE
        ),
        attendance=register,
        leave=assessed.leave(register, {ids[p]: reason for p, reason in _REASONS.items()}, VENUE),
        submissions=assessed.work(
            trainees,
            _ESSAY,
            end,
            missing=[ids[p] for p in _NO_ESSAY],
            late=[ids[p] for p in _LATE_ESSAY],
        ),
        scores=assessed.scores(
            trainees, _COMPONENTS, salt=1, low={ids[p]: "exam" for p in _LOW_EXAM}
        ),
    )
    return seed(
        programme,
        (cohort,),
        notes_zh=(
            "出自文章:班名、9月23日开班、为期5天、云南农村干部学院、148名乡镇领导班子成员、"
            "学习内容、必修课/重点课/选修课、州市特色课(乡村振兴、高原特色农业发展、沿边开发开放)、"
            "“理论培训+实战教学”、文山州“通用主课+特色课”菜单。",
            "假定:主办单位(文章说省委组织部和省扶贫办每年联合举办重点培训班次)、各课时长与课表、"
            "文山州点单(S01、S02);考核方案(结业测试60%、学习心得40%,各科满分100、60分及格;"
            "优秀/良好/合格/不合格四级见天河区委党校,分数线90/80/60为假定)、心得结业后7天内交。",
            "虚构:两个现场教学点、全部学员、考勤(每人每节课均有记录,含请假、缺勤、迟到、早退)、"
            "请假、学习心得提交与成绩。",
        ),
        notes_en=(
            "From the article: the title, the opening on 23 September, 5 days, the venue, 148 "
            "township leaders, the content, the compulsory/key/elective tiers, the prefectures' "
            "specialty courses, 'theory plus field practice', Wenshan's 'general core plus "
            "specialty' course menu.",
            "Assumed: the organisers (the article says the organisation department and the "
            "poverty office jointly run the key classes each year), course lengths and the "
            "timetable, Wenshan's order (S01, S02); the assessment scheme (end-of-course test "
            "60%, essay 40%, each out of 100 and passed at 60; the four levels as at the Tianhe party school, "
            "the 90/80/60 cut-offs assumed), the essay due 7 days after the class.",
            "Fictitious: the two field sites, every trainee, the register (every trainee at every "
            "session, with leave, absence, lateness, leaving early), leave, essays and scores.",
        ),
        named_people=NAMED_PEOPLE,
    )
