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

from cadretrain.examples import _build as build
from cadretrain.examples import _fictitious as fict
from cadretrain.examples._seed import SeedProgramme, seed
from cadretrain.model import (
    AdminLevel,
    AudienceCategory,
    Capability,
    Cohort,
    DeliveryFormat,
    FieldSiteKind,
    Organiser,
    OrganiserKind,
    Place,
    Programme,
    Role,
    Session,
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
        source=SEED_CHINAGOLD_2018.source,
    )


# Four people the article names, with the class each most likely attended.
_NAMED = {
    0: (Trainee(id="t-cxb", name="陈湘飚", role=Role.COUNTY_LEADER, unit="中共贞丰县委(县委书记)",
                level=AdminLevel.COUNTY),),
    1: (Trainee(id="t-ld", name="李东", role=Role.SECONDED_CADRE,
                unit="新蔡县(中国黄金派驻挂职,县委常委、副县长)", level=AdminLevel.COUNTY),),
    2: (Trainee(id="t-lck", name="卢赤坤", role=Role.SECONDED_CADRE,
                unit="贞丰县(中国黄金派驻挂职,县委常委、副县长)", level=AdminLevel.COUNTY),
        Trainee(id="t-pcw", name="皮成伍", role=Role.COUNTY_LEADER,
                unit="贞丰县人大常委会(副主任)、珉谷街道党工委(书记)", level=AdminLevel.COUNTY)),
}  # fmt: skip

# (title, study tour?, county or None for both, start, days, size): sizes are
# fictitious and add up to the article's 386 person-times; dates are assumed.
_COHORTS = (
    ("交流考察学习班第1期(贞丰县)", True, "贞丰县", dt.date(2017, 9, 11), 5, 40),
    ("交流考察学习班第2期(新蔡县)", True, "新蔡县", dt.date(2017, 11, 6), 5, 40),
    ("专题培训班(贞丰县)", False, "贞丰县", dt.date(2018, 3, 20), 2, 133),
    ("移动讲堂(新蔡县)", False, "新蔡县", dt.date(2018, 4, 17), 2, 133),
    ("交流考察学习班第3期(两县)", True, None, dt.date(2018, 5, 14), 5, 40),
)
_ROLES = (
    (Role.COUNTY_LEADER, AdminLevel.COUNTY, "县直部门"),
    (Role.TOWNSHIP_LEADER, AdminLevel.TOWNSHIP, "乡镇"),
    (Role.VILLAGE_PARTY_SECRETARY, AdminLevel.VILLAGE, "村党支部"),
    (Role.PROSPERITY_LEADER, AdminLevel.VILLAGE, "村"),
)


def _trainees(number: int, county: str | None, size: int, offset: int) -> tuple[Trainee, ...]:
    named = _NAMED.get(number, ())
    made = []
    for i in range(size - len(named)):
        role, level, unit = _ROLES[i % len(_ROLES)]
        home = county or COUNTIES[i % 2]
        made.append(fict.trainee(offset + i, role, f"{home}{fict.place_name(i % 77)}{unit}", level))
    return (*named, *made)


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


def _cohorts(programme: Programme) -> tuple[Cohort, ...]:
    cohorts = []
    offset = 0
    for number, (title, tour, county, start, days, size) in enumerate(_COHORTS):
        venue = "陕西延安、咸阳(交流考察)" if tour else f"{county}(送教到县)"
        cohorts.append(
            Cohort(
                id=f"chinagold-{number + 1}",
                programme=programme,
                title=title,
                start=start,
                end=start + dt.timedelta(days=days - 1),
                venue=venue,
                region=county or "新蔡县、贞丰县",
                trainees=_trainees(number, county, size, offset),
                sessions=_tour(programme, start) if tour else _classes(programme, start, venue),
            )
        )
        offset += size
    return tuple(cohorts)


@functools.cache
def chinagold_2018() -> SeedProgramme:
    """China Gold's designated-assistance training and its five classes (seed 003).

    From the article: the organiser, the two counties, the audiences, the aims,
    3 study tours and 2 sessions of special classes and mobile lectures, the
    visits to 梁家河 and 袁家村, the content (the General Secretary's
    instructions, policies at every level, conduct, rural revitalisation,
    lessons of model counties), 386 person-times in all, the four cadres it
    quotes.  Assumed: every date and length, which class each named cadre
    attended.  Fictitious: the class sizes (which add up to 386) and the other
    trainees.  Cached: the value is frozen.

    >>> seed = chinagold_2018()
    >>> sum(len(c.trainees) for c in seed.cohorts)
    386
    """
    programme = _programme()
    return seed(
        programme,
        _cohorts(programme),
        notes_zh=(
            "出自文章:中国黄金集团有限公司;定点帮扶河南省新蔡县、贵州省贞丰县;培训对象"
            "(党政领导干部、贫困村基层党组织负责人、致富带头人及青年骨干);培训目的;"
            "交流考察学习班3期、专题培训班和移动讲堂2期;梁家河、袁家村;培训内容;自2017年以来"
            "共386人次;陈湘飚、李东、卢赤坤、皮成伍。",
            "假定:各期日期与时长、课表、四位具名干部参加的期次。",
            "虚构:各期人数(合计386)及其余学员。",
        ),
        notes_en=(
            "From the article: China National Gold Group; its designated counties Xincai (Henan) "
            "and Zhenfeng (Guizhou); the audiences (party and government leaders, heads of "
            "poor-village party organisations, prosperity leaders and young backbones); the aims; "
            "3 study tours and 2 sessions of special classes and mobile lectures; Liangjiahe and "
            "Yuanjiacun; the content; 386 person-times since 2017; the four cadres it quotes.",
            "Assumed: dates and lengths, the timetables, which class each named cadre attended.",
            "Fictitious: the class sizes (adding up to 386) and the other trainees.",
        ),
    )
