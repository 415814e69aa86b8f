"""Seed 003: China Gold Group's training for its two designated-assistance counties.

中国黄金集团 (a central state-owned enterprise) has trained cadres of 河南省
新蔡县 and 贵州省贞丰县 since 2017: 3 study tours (交流考察学习班), to 梁家河 and
袁家村 among others, and 2 sessions of 专题培训班 and 移动讲堂 — 386
person-times of party and government leaders, heads of poor-village party
organisations, local prosperity leaders and young backbones.
"""

from __future__ import annotations

import datetime as dt
import functools
from fractions import Fraction

import attrs

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
    Organiser,
    OrganiserKind,
    Place,
    Programme,
    Role,
    Session,
    SubmissionKind,
    Tier,
    Topic,
    Trainee,
)
from cadretrain.policies.sources import SEED_CHINAGOLD_2018

__all__ = ["chinagold_2018"]

PERSON_TIMES = 386  # "先后培训……386人次"
STUDY_TOURS = 3  # "组织交流考察学习班3期"
LECTURE_CLASSES = 2  # "举办专题培训班和移动讲堂2期"
COUNTIES = ("新蔡县", "贞丰县")
_PROVINCE = {"新蔡县": "河南省", "贞丰县": "贵州省"}
_T = DeliveryFormat.STUDY_TOUR
_ORG, _IMPL = Capability.ORGANISING, Capability.IMPLEMENTATION
_MORNING, _NINE, _AFTERNOON = dt.time(8, 30), dt.time(9, 0), dt.time(14, 30)
_LECTURES = ("G01", "G02", "G03", "G04")  # what the classes in the counties teach

# Titles from the article's content; tiers and lengths are assumed.
_MODULES = (
    build.lecture("G01", "习近平总书记关于脱贫攻坚工作重要指示精神", Tier.COMPULSORY,
                  (Topic.THEORY,), 120),
    build.lecture("G02", "国家、省、市、县各级扶贫政策解读", Tier.KEY, (Topic.POLICY_AND_LAW,), 120,
                  capability=_IMPL),
    build.lecture("G03", "扶贫领域作风建设", Tier.KEY, (Topic.CONDUCT,), 120),
    build.lecture("G04", "乡村振兴战略", Tier.KEY, (Topic.RURAL_REVITALISATION,), 120,
                  capability=_ORG),
    build.module("G05", "交流考察:梁家河——探寻习近平总书记当年的足迹", Tier.KEY,
                 (Topic.THEORY, Topic.PARTY_SPIRIT), 360, fmt=_T),
    build.module("G06", "交流考察:袁家村——社会治理与产业发展", Tier.KEY,
                 (Topic.INDUSTRY, Topic.CULTURE_TOURISM, Topic.PARTY_BUILDING), 360, fmt=_T,
                 capability=_IMPL),
    build.module("G07", "考察脱贫攻坚典型县:金融扶贫、党建促扶贫、产业发展和基层管理", Tier.KEY,
                 (Topic.FINANCE, Topic.PARTY_BUILDING, Topic.INDUSTRY), 360, fmt=_T,
                 capability=_ORG),
    build.module("G08", "交流研讨:对照考察县梳理差距,谋划下一步工作", Tier.KEY, (Topic.METHODS,),
                 120, fmt=DeliveryFormat.DISCUSSION, capability=_ORG),
)  # fmt: skip

# The two places the study tours visit, as the article names them.
_FIELD_SITES = (
    build.field_site("fs-01", "梁家河村", FieldSiteKind.RED_EDUCATION_BASE,
                     Place(province="陕西省", prefecture="延安市", county="延川县",
                           village="梁家河村"),
                     (Topic.THEORY, Topic.PARTY_SPIRIT)),
    build.field_site("fs-02", "袁家村", FieldSiteKind.VILLAGE,
                     Place(province="陕西省", prefecture="咸阳市", county="礼泉县",
                           village="袁家村"),
                     (Topic.INDUSTRY, Topic.CULTURE_TOURISM, Topic.PARTY_BUILDING)),
)  # fmt: skip


def _programme() -> Programme:
    return Programme(
        id="chinagold-2018",
        title="中国黄金集团定点帮扶县扶贫干部培训",
        organisers=(
            Organiser(
                name="中国黄金集团有限公司",
                kind=OrganiserKind.STATE_ENTERPRISE,
                level=AdminLevel.ENTERPRISE,
            ),
        ),
        level=AdminLevel.ENTERPRISE,
        audience=(AudienceCategory.LOCAL_LEADERS, AudienceCategory.VILLAGE),
        modules=_MODULES,
        objectives=(
            "转变思想观念、拓宽扶贫思路、提升工作水平",
            "提升扶贫干部政治素养和理论水平",
            "确立“扶贫先扶志”的工作方向",
            "促进贫困户思想认识转变",
        ),
        field_sites=_FIELD_SITES,
        scheme=assessed.scheme(_COMPONENTS, _ESSAY),
        source=SEED_CHINAGOLD_2018.source,
    )


NAMED_PEOPLE = ("陈湘飚", "李东", "卢赤坤", "皮成伍", "宋鑫", "钟金轩")
"""Everyone the article names: four cadres who took part, the group's chairman, the author.

The four who took part are not on the rosters: every trainee is judged,
and an invented attendance or grade must not sit on a real person.
"""

# Assumed: the article reports no assessment; the 培训心得笔记 it quotes (卢赤坤)
# suggests the essay.
_COMPONENTS = (
    assessed.component("essay", "培训心得", Fraction(3, 5)),
    assessed.component("conduct", "学习考察表现", Fraction(2, 5)),
)
_ESSAY = Deliverable(
    kind=SubmissionKind.ESSAY,
    due_days=7,
    title="培训心得(对照差距谋划本县工作)",
    review_required=True,
)
POOL = 148
"""Fictitious people per county: 296 in all take the 386 places (person-times)."""

# (title, study tour?, county or None for both, start, days, who): dates are
# assumed; who takes part is fictitious, as slices of each county's pool of
# POOL people.  The two county classes take 133 each; each study tour 40,
# 30 of whom also sit the county class: 386 places, 296 people.
_BOTH = None
_COHORTS: tuple[tuple[str, bool, str | None, dt.date, int, tuple[tuple[str, int, int], ...]], ...] = (
    ("交流考察学习班第1期(贞丰县)", True, "贞丰县", dt.date(2017, 9, 11), 5,
     (("贞丰县", 0, 30), ("贞丰县", 133, 143))),
    ("交流考察学习班第2期(新蔡县)", True, "新蔡县", dt.date(2017, 11, 6), 5,
     (("新蔡县", 0, 30), ("新蔡县", 133, 143))),
    ("专题培训班(贞丰县)", False, "贞丰县", dt.date(2018, 3, 20), 2, (("贞丰县", 0, 133),)),
    ("移动讲堂(新蔡县)", False, "新蔡县", dt.date(2018, 4, 17), 2, (("新蔡县", 0, 133),)),
    ("交流考察学习班第3期(两县)", True, _BOTH, dt.date(2018, 5, 14), 5,
     (("贞丰县", 30, 45), ("贞丰县", 143, 148), ("新蔡县", 30, 45), ("新蔡县", 143, 148))),
)  # fmt: skip
_ROLES = (
    (Role.COUNTY_LEADER, AdminLevel.COUNTY, "县直部门"),
    (Role.TOWNSHIP_LEADER, AdminLevel.TOWNSHIP, "乡镇"),
    (Role.VILLAGE_PARTY_SECRETARY, AdminLevel.VILLAGE, "村党支部"),
    (Role.PROSPERITY_LEADER, AdminLevel.VILLAGE, "村"),
)
_ON_LEAVE, _LATE, _EARLY = (
    AttendanceStatus.ON_LEAVE,
    AttendanceStatus.LATE,
    AttendanceStatus.LEFT_EARLY,
)
# Fictitious departures by class, as positions on the class's roster: on
# leave (over 1/7 of class time withdraws: a whole day of a tour, or one of
# the four lectures in the county), absent, late, left early; no essay, a
# late essay, an essay below the pass mark.


@attrs.frozen(kw_only=True)
class _Case:
    register: tuple[tuple[int, str, assessed.Departure], ...] = ()
    no_essay: tuple[int, ...] = ()
    late_essay: tuple[int, ...] = ()
    low: tuple[int, ...] = ()


_CASES = (
    _Case(register=((12, "s04", _ON_LEAVE), (5, "s01", (_LATE, 90))), no_essay=(20,), low=(33,)),
    _Case(register=((8, "s05", _ON_LEAVE), (25, "s03", AttendanceStatus.ABSENT)), low=(17,)),
    _Case(register=((40, "s04", _ON_LEAVE), (71, "s02", AttendanceStatus.ABSENT),
                    (90, "s01", (_LATE, 100))), no_essay=(15, 101), low=(60, 122)),
    _Case(register=((50, "s02", (_EARLY, 80)), (77, "s03", (_LATE, 100))), no_essay=(9,),
          low=(115,)),
    _Case(register=((3, "s02", (_EARLY, 300)),), late_essay=(28,)),
)  # fmt: skip
_REASONS = (LeaveReason.OFFICIAL, LeaveReason.SICK, LeaveReason.OFFICIAL, None, None)


def _person(county: str, index: int) -> Trainee:
    """The ``index``-th fictitious cadre of ``county``'s pool: the same person in every class."""
    role, level, unit = _ROLES[index % len(_ROLES)]
    number = index + (0 if county == COUNTIES[1] else POOL)
    cadre = fict.trainee(number, role, f"{county}{fict.place_name(index % 77)}{unit}", level)
    # the county's own (fictitious) personal-file id: one person, one key, in every class
    code = "zf" if county == COUNTIES[1] else "xc"
    return attrs.evolve(cadre, person_id=f"{code}-{index + 1:03d}")


def _trainees(who: tuple[tuple[str, int, int], ...]) -> tuple[Trainee, ...]:
    return tuple(_person(county, i) for county, first, stop in who for i in range(first, stop))


def _tour(programme: Programme, start: dt.date) -> tuple[Session, ...]:
    """Five days: a lecture, 梁家河, 袁家村, a model county and a closing discussion."""
    day = [start + dt.timedelta(days=n) for n in range(5)]
    return (
        build.session(programme, "s01", "G01", day[0], _NINE),
        build.session(programme, "s02", "G05", day[1], _MORNING, site="fs-01"),
        build.session(programme, "s03", "G06", day[2], _MORNING, site="fs-02"),
        build.session(programme, "s04", "G07", day[3], _MORNING),
        build.session(programme, "s05", "G08", day[4], _NINE),
    )


def _classes(programme: Programme, start: dt.date, venue: str) -> tuple[Session, ...]:
    """Two days in the county, a lecture (G01 to G04, in order) each morning and afternoon."""
    days = (start, start + dt.timedelta(days=1))
    slots = tuple((on, at) for on in days for at in (_MORNING, _AFTERNOON))
    return tuple(
        build.session(programme, f"s{n:02d}", code, on, at, venue=venue)
        for n, (code, (on, at)) in enumerate(zip(_LECTURES, slots, strict=True), start=1)
    )


def _cohort(programme: Programme, number: int) -> Cohort:
    title, tour, county, start, days, who = _COHORTS[number]
    venue = "陕西延安、咸阳(交流考察)" if tour else f"{county}(送教到县)"
    trainees = _trainees(who)
    ids = [t.id for t in trainees]
    sessions = _tour(programme, start) if tour else _classes(programme, start, venue)
    end = start + dt.timedelta(days=days - 1)
    case = _CASES[number]
    departures = {(ids[p], sid): entry for p, sid, entry in case.register}
    register = assessed.register(trainees, (s.id for s in sessions), departures)
    reason = _REASONS[number]
    on_leave = {r.trainee for r in register if r.status is _ON_LEAVE}
    return Cohort(
        id=f"chinagold-{number + 1}",
        programme=programme,
        title=title,
        start=start,
        end=end,
        venue=venue,
        region=county or "新蔡县、贞丰县",
        trainees=trainees,
        sessions=sessions,
        attendance=register,
        leave=assessed.leave(
            register, {t: reason for t in on_leave if reason}, "中国黄金集团有限公司扶贫办"
        ),
        submissions=assessed.work(
            trainees,
            _ESSAY,
            end,
            missing=[ids[p] for p in case.no_essay],
            late=[ids[p] for p in case.late_essay],
        ),
        scores=assessed.scores(
            trainees,
            _COMPONENTS,
            salt=number,
            low={ids[p]: "essay" for p in case.low},
        ),
    )


@functools.cache
def chinagold_2018() -> SeedProgramme:
    """China Gold's designated-assistance training and its five classes (seed 003).

    From the article: the organiser, the two counties, the audiences, the aims,
    3 study tours and 2 sessions of special classes and mobile lectures, the
    visits to 梁家河 and 袁家村, the content (the General Secretary's
    instructions, policies at every level, conduct, rural revitalisation,
    lessons of model counties), 386 person-times (人次) in all, the cadres it
    quotes.  Assumed: every date and length, the assessment scheme.
    Fictitious: the class sizes (386 places in all), the 296 people who take
    them (some in a study tour and a county class), the register, leave,
    essays and scores.  The quoted cadres are not on the rosters, so that no
    invented fact sits on them.  Cached: the value is frozen.

    >>> seed = chinagold_2018()
    >>> sum(len(c.trainees) for c in seed.cohorts)
    386
    >>> len({t.id for c in seed.cohorts for t in c.trainees})
    296
    """
    programme = _programme()
    return seed(
        programme,
        tuple(_cohort(programme, n) for n in range(len(_COHORTS))),
        notes_zh=(
            "出自文章:中国黄金集团有限公司;定点帮扶河南省新蔡县、贵州省贞丰县;培训对象"
            "(党政领导干部、贫困村基层党组织负责人、致富带头人及青年骨干);培训目的;"
            "交流考察学习班3期、专题培训班和移动讲堂2期;梁家河、袁家村;培训内容;自2017年以来"
            "共培训386人次(人次,不是386人);陈湘飚、李东、卢赤坤、皮成伍参加培训。",
            "假定:各期日期与时长、课表;考核方案(培训心得60%、学习考察表现40%,各科满分100、60分及格;"
            "优秀/良好/合格/不合格四级见天河区委党校,分数线90/80/60为假定)、心得结业后7天内交。",
            "虚构:各期人数(合计386人次)与参训的296人(每县148人,各有个人档案编号;两县共90人既参加考察又参加本县的班次);"
            "考勤(每人每节课均有记录,含请假、缺勤、迟到、早退)、请假、心得提交与成绩。"
            "文章点名的四位干部未列入名册,以免把虚构的考勤、成绩放在真人身上。",
        ),
        notes_en=(
            "From the article: China National Gold Group; its designated counties Xincai (Henan) "
            "and Zhenfeng (Guizhou); the audiences (party and government leaders, heads of "
            "poor-village party organisations, prosperity leaders and young backbones); the aims; "
            "3 study tours and 2 sessions of special classes and mobile lectures; Liangjiahe and "
            "Yuanjiacun; the content; 386 person-times since 2017 (places taken, not 386 "
            "people); the four cadres it quotes took part.",
            "Assumed: dates and lengths, the timetables; the assessment scheme (essay 60%, conduct "
            "in class and on tour 40%, each out of 100 and passed at 60; the four levels as at the Tianhe party "
            "school, the 90/80/60 cut-offs assumed), the essay due 7 days after the class.",
            "Fictitious: the class sizes (386 places) and the 296 people who take them (148 a "
            "county, each with a personal-file id; 90 in all take both a study tour and their "
            "county's class); the register "
            "(every trainee at every session, with leave, absence, lateness, leaving early), "
            "leave, essays and scores. The four cadres the article names are not on the rosters, "
            "so that no invented attendance or score sits on a real person.",
        ),
        named_people=NAMED_PEOPLE,
    )
