"""Seed 000: Hunan's 2019 demonstration training of provincial village work teams.

省委组织部 (with 省扶贫办) 省派驻村帮扶工作队示范培训班, run at the same time
in five regions (片区): the first lesson on 习近平总书记关于扶贫工作的重要论述
(the first stop at 十八洞村), 3-4 field sites per region, 16 in all, evening
dialogues (扶贫夜话), study groups and three representative speakers a cohort.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
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
    FieldSite,
    FieldSiteKind,
    Indicator,
    LeaveReason,
    Module,
    Place,
    Programme,
    ProgrammeFeature,
    Role,
    Session,
    StudyGroup,
    SubmissionKind,
    Tier,
    Topic,
)
from cadretrain.policies.sources import SEED_HUNAN_2019

__all__ = ["hunan_2019"]

LEADERS = 225  # "全省225名省派扶贫队长"
REGIONS = ("湘西州", "怀化", "邵阳", "娄底", "张家界")  # "在这5个片区同步进行"
_PREFECTURE = {
    "湘西州": "湘西土家族苗族自治州",
    "怀化": "怀化市",
    "邵阳": "邵阳市",
    "娄底": "娄底市",
    "张家界": "张家界市",
}
_ASSIST = Capability.ASSISTANCE
_IND, _PB, _CT = Topic.INDUSTRY, Topic.PARTY_BUILDING, Topic.CULTURE_TOURISM
_EC, _ENV = Topic.E_COMMERCE, Topic.ENVIRONMENT

# Evening dialogues named in the article, by region: (topic, guest).
_DIALOGUES = {
    "怀化": ("农村规范建房、防止私搭乱建", "党的十九大代表、溆浦县北斗溪镇党委书记梁金华"),
    "娄底": ("油溪桥村如何从贫困村发展为全国文明村", "油溪桥村党支部书记彭育晚"),
    "张家界": ("产业发展如何凝聚共识,让群众愿意跟着干", "合群村支部书记钟白玉"),
}
_GUESTS = "工作优秀、实绩突出的乡党委书记、村支部书记、扶贫“老队长”代表"
NAMED_PEOPLE = ("梁金华", "彭育晚", "钟白玉", "邱孝", "孙敏坚", "车婧")
"""Everyone the article names: three dialogue guests, a trainee (邱孝), its author and editor."""


def _site(
    sid: str,
    name: str,
    region: str,
    kind: FieldSiteKind,
    themes: tuple[Topic, ...],
    *,
    county: str = "",
    village: str = "",
    model: str = "",
    indicators: tuple[Indicator, ...] = (),
) -> FieldSite:
    place = Place(province="湖南省", prefecture=_PREFECTURE[region], county=county, village=village)
    site = build.field_site(sid, name, kind, place, themes)
    return attrs.evolve(site, region=region, assistance_model=model, indicators=indicators)


def _generic(sid: str, region: str, theme: Topic, kind: FieldSiteKind) -> FieldSite:
    """A fictitious site: the article names only some of the 16."""
    return _site(sid, f"{region}片区{theme.zh}现场教学点", region, kind, (theme,))


_V, _COOP, _ENT = FieldSiteKind.VILLAGE, FieldSiteKind.COOPERATIVE, FieldSiteKind.ENTERPRISE

FIELD_SITES = (
    _site("fs-01", "十八洞村", "湘西州", _V, (Topic.THEORY, _IND, _CT), county="花垣县",
          village="十八洞村"),
    _site("fs-02", "望高村", "湘西州", _V, (_IND, _PB), county="花垣县", village="望高村",
          model="党小组+合作社+公司+农户",
          indicators=(Indicator(name="村民人均增收", value=Decimal(3000), unit="元", year=2018,
                                approximate=True),)),
    _site("fs-03", "花垣县东晟中药材种植合作社", "湘西州", _COOP, (_IND,), county="花垣县"),
    _generic("fs-04", "湘西州", _EC, _ENT),
    _generic("fs-05", "怀化", _IND, _COOP),
    _generic("fs-06", "怀化", _EC, _ENT),
    _generic("fs-07", "怀化", _ENV, _V),
    _site("fs-08", "月汉村", "邵阳", _V, (_IND,), county="新宁县", village="月汉村",
          model="企业+贫困户+市场",
          indicators=(Indicator(name="人均收入", value=Decimal(20000), unit="元"),)),
    _generic("fs-09", "邵阳", _PB, _V),
    _generic("fs-10", "邵阳", _CT, _V),
    # 油溪桥村 and 合群村 are the home villages of two evening-dialogue guests,
    # not sites the article says were visited: 娄底's and 张家界's sites are unnamed.
    _generic("fs-11", "娄底", _PB, _V),
    _generic("fs-12", "娄底", _EC, _ENT),
    _generic("fs-13", "娄底", _CT, _V),
    _generic("fs-14", "张家界", _IND, _COOP),
    _generic("fs-15", "张家界", _CT, _V),
    _generic("fs-16", "张家界", _ENV, _V),
)  # fmt: skip


def _assisting(
    code: str,
    title: str,
    topics: tuple[Topic, ...],
    fmt: DeliveryFormat,
    minutes: int,
    *,
    teacher: str = "",
) -> Module:
    """A key module for the assistance capability: every module but the first lesson is one."""
    return build.module(
        code, title, Tier.KEY, topics, minutes, fmt=fmt, capability=_ASSIST, teacher=teacher
    )


def _modules() -> tuple[Module, ...]:
    core = (
        build.lecture("H01", "习近平总书记关于扶贫工作的重要论述", Tier.COMPULSORY, (Topic.THEORY,),
                      120),
        _assisting("H02", "学习贯彻习近平总书记重要讲话精神解读(“点穴式”讲解)",
                   (Topic.POLICY_AND_LAW, Topic.CONDUCT), DeliveryFormat.LECTURE, 90,
                   teacher="省委组织部、省扶贫办有关负责同志"),
        _assisting("H03", "现场教学:田间课堂取真经", (_IND, _PB, _CT, _EC, _ENV),
                   DeliveryFormat.FIELD_TEACHING, 150),
        _assisting("H04", "扶贫夜话", (Topic.METHODS,), DeliveryFormat.EVENING_DIALOGUE, 120,
                   teacher=_GUESTS),
        _assisting("H05", "学习小组交流:谈体会感受、设想打算和意见建议", (Topic.METHODS,),
                   DeliveryFormat.DISCUSSION, 90),
        _assisting("H06", "学员代表典型发言", (Topic.METHODS,), DeliveryFormat.EXPERIENCE_SHARING,
                   90),
    )  # fmt: skip
    named = tuple(
        _assisting(f"H04-{index + 1}", f"扶贫夜话:{topic}", (Topic.METHODS,),
                   DeliveryFormat.EVENING_DIALOGUE, 120, teacher=guest)
        for index, (topic, guest) in enumerate(_DIALOGUES.values())
    )  # fmt: skip
    return core + named


# Assumed: the article reports no assessment; a group exchange and an essay
# ("谈体会感受、设想打算和意见建议") are what its study groups produced.
_COMPONENTS = (
    assessed.component("group", "学习小组交流与发言", Fraction(2, 5)),
    assessed.component("essay", "学习心得", Fraction(3, 5)),
)
_ESSAY = Deliverable(
    kind=SubmissionKind.ESSAY,
    due_days=7,
    title="体会感受、设想打算和意见建议",
    review_required=True,
)


def _programme() -> Programme:
    return Programme(
        id="hunan-2019",
        title="省派驻村帮扶工作队示范培训班",
        organisers=(
            build.organisation_department("中共湖南省委组织部", AdminLevel.PROVINCE),
            build.government_department("湖南省扶贫办", AdminLevel.PROVINCE),
        ),
        level=AdminLevel.PROVINCE,
        audience=(AudienceCategory.ASSISTANCE,),
        modules=_modules(),
        objectives=(
            "筑牢信念之基、实地观摩取经、共商扶贫对策",
            "在一线“实战”锻炼,提升攻坚本领",
        ),
        field_sites=FIELD_SITES,
        features=(ProgrammeFeature.THEORY_PLUS_PRACTICE,),
        duration_days=3,
        scheme=assessed.scheme(_COMPONENTS, _ESSAY),
        source=SEED_HUNAN_2019.source,
    )


START = dt.date(2019, 4, 24)  # assumed: the article (2019-05-06) says only "近日"
_PER_COHORT = LEADERS // len(REGIONS)
_MORNING, _AFTERNOON, _EVENING = dt.time(8, 30), dt.time(14, 30), dt.time(19, 30)
_FIELD = DeliveryFormat.FIELD_TEACHING


def _sessions(programme: Programme, region: str) -> tuple[Session, ...]:
    day = [START + dt.timedelta(days=n) for n in range(3)]
    sites = tuple(s for s in programme.field_sites if s.region == region)
    if region == "湘西州":  # "培训第一站选在……十八洞村"
        opening = build.session(
            programme, "s-01", "H01", day[0], _MORNING, site="fs-01", fmt=_FIELD
        )
        sites = tuple(s for s in sites if s.id != "fs-01")
    else:
        opening = build.session(programme, "s-01", "H01", day[0], _MORNING)
    dialogue = f"H04-{list(_DIALOGUES).index(region) + 1}" if region in _DIALOGUES else "H04"
    slots = ((day[0], _AFTERNOON), (day[1], _MORNING), (day[1], _AFTERNOON))
    visits = tuple(
        build.session(programme, f"s-{site.id}", "H03", on, start, site=site.id)
        for site, (on, start) in zip(sites, slots, strict=False)
    )
    return (
        opening,
        build.session(programme, "s-02", "H02", day[0], dt.time(10, 40)),
        build.session(programme, "s-03", dialogue, day[0], _EVENING),
        *visits,
        build.session(programme, "s-04", "H05", day[1], _EVENING),
        build.session(programme, "s-05", "H06", day[2], dt.time(9, 0)),
    )


# Fictitious departures by region, as positions on the region's roster (never
# a speaker or a group leader): who was away for day 2 on approved leave, off
# sick for the second evening, absent from the first evening, late for the
# first lesson, left the second site early, handed in no essay or a late one,
# or wrote an essay below the pass mark.
_CASES: dict[str, dict[str, int]] = {
    "湘西州": {"away_day2": 5, "absent": 12, "late": 29, "no_essay": 33, "low": 40},
    "怀化": {"sick": 6, "late": 14, "low": 31},
    "邵阳": {"away_day2": 8, "left_early": 20, "no_essay": 38},
    "娄底": {"absent": 3, "late": 25, "low": 16, "late_essay": 41},
    "张家界": {"sick": 11, "no_essay": 2, "low": 35},
}


def _cohort(programme: Programme, number: int, region: str) -> Cohort:
    offset = number * _PER_COHORT
    trainees = tuple(
        fict.trainee(
            offset + i,
            Role.WORK_TEAM_LEADER,
            f"省派{region}片区驻村帮扶工作队第{i + 1:02d}队",
            AdminLevel.PROVINCE,
        )
        for i in range(_PER_COHORT)
    )
    ids = tuple(t.id for t in trainees)
    groups = tuple(
        StudyGroup(
            name=f"第{'一二三四五'[g]}学习小组", members=ids[g * 9 : g * 9 + 9], leader=ids[g * 9]
        )
        for g in range(5)
    )
    sessions = _sessions(programme, region)
    end = START + dt.timedelta(days=2)
    case = _CASES[region]
    at = {key: ids[position] for key, position in case.items()}
    day2 = tuple(s.id for s in sessions if s.on == START + dt.timedelta(days=1))
    departures: dict[tuple[str, str], assessed.Departure] = {}
    if "away_day2" in at:  # away for the whole second day, with leave: over 1/7 of class time
        departures.update({(at["away_day2"], sid): AttendanceStatus.ON_LEAVE for sid in day2})
    if "sick" in at:
        departures[at["sick"], "s-04"] = AttendanceStatus.ON_LEAVE
    if "absent" in at:
        departures[at["absent"], "s-03"] = AttendanceStatus.ABSENT
    if "late" in at:
        departures[at["late"], "s-01"] = (AttendanceStatus.LATE, 90)
    if "left_early" in at:
        departures[at["left_early"], day2[1]] = (AttendanceStatus.LEFT_EARLY, 100)
    register = assessed.register(trainees, (s.id for s in sessions), departures)
    reasons = {at[k]: r for k, r in (("away_day2", LeaveReason.OFFICIAL),
                                     ("sick", LeaveReason.SICK)) if k in at}  # fmt: skip
    return Cohort(
        id=f"hunan-2019-{number + 1}",
        programme=programme,
        title=f"省派驻村帮扶工作队示范培训班({region}片区)",
        region=region,
        start=START,
        end=end,
        venue=f"{region}片区现场培训点",
        trainees=trainees,
        sessions=sessions,
        study_groups=groups,
        speakers=(ids[0], ids[22], ids[44]),  # "每期……3名学员代表作典型发言"
        attendance=register,
        leave=assessed.leave(register, reasons, "中共湖南省委组织部"),
        submissions=assessed.work(
            trainees,
            _ESSAY,
            end,
            missing=[at[k] for k in ("no_essay",) if k in at],
            late=[at[k] for k in ("late_essay",) if k in at],
        ),
        scores=assessed.scores(
            trainees, _COMPONENTS, salt=number, low={at[k]: "essay" for k in ("low",) if k in at}
        ),
    )


@functools.cache
def hunan_2019() -> SeedProgramme:
    """The Hunan 2019 programme and its five regional cohorts (seed 000).

    From the article: the organisation department, 225 team leaders trained together with
    扶贫骨干 (whose number it does not give), the five regions running at
    once, the first lesson and the first stop at 十八洞村, 16 field sites with
    3-4 a region and their themes, the four sites it names (十八洞村, 望高村,
    月汉村, 东晟中药材种植合作社) with their models and figures, the evening
    dialogues and their guests (油溪桥村 and 合群村 are only the guests' home
    villages), study groups, three speakers a cohort.  Assumed: the poverty
    office as co-organiser, the dates (24-26 April 2019), three days, 45
    leaders a region, the timetable, the assessment scheme.  Fictitious: the twelve unnamed sites, every trainee
    (the roster holds only the leaders), the groups, the speakers, the
    register, leave, essays and scores.  Cached: the value is frozen.

    >>> seed = hunan_2019()
    >>> len(seed.cohorts), len(seed.programme.field_sites)
    (5, 16)
    """
    programme = _programme()
    return seed(
        programme,
        tuple(_cohort(programme, n, region) for n, region in enumerate(REGIONS)),
        notes_zh=(
            "出自文章:省委组织部举办(省委组织部、省扶贫办有关负责同志解读讲话精神);225名省派扶贫队长与扶贫骨干们一道培训(骨干人数未载);"
            "湘西州、怀化、邵阳、娄底、张家界5个片区同步进行;第一课为习近平总书记关于扶贫工作的重要论述,"
            "第一站十八洞村;16个现场教学点,每个片区3-4个;十八洞村、望高村、月汉村、"
            "东晟中药材种植合作社及其模式与数字;扶贫夜话及嘉宾(油溪桥村、合群村只是嘉宾所在村,"
            "文章未说是现场教学点);学习小组;每期3名学员代表典型发言。",
            "假定:省扶贫办列为主办单位之一;日期(2019年4月24日-26日,文章只说“近日”)、每期3天、每片区45人(名册只列225名队长,"
            "未列扶贫骨干)、课表;考核方案(学习小组交流40%、学习心得60%,各科满分100、60分及格;"
            "优秀/良好/合格/不合格四级见天河区委党校,分数线90/80/60为假定)、心得结业后7天内交。",
            "虚构:其余12个现场教学点(以“某片区某主题现场教学点”命名)、全部学员、学习小组分组与发言人、"
            "考勤(每人每节课均有记录,含请假、缺勤、迟到、早退)、请假、学习心得提交与成绩。",
        ),
        notes_en=(
            "From the article: run by the provincial organisation department (its officials and "
            "the poverty office's explained the speeches), 225 team leaders trained together "
            "with poverty-"
            "alleviation backbones (their number not given), five regions running at the same "
            "time, the first lesson and the first stop at Shibadong, 16 field sites with 3-4 a "
            "region, the four sites it names (Shibadong, Wanggao, Yuehan, the Dongsheng herb "
            "cooperative) with their models and figures, the evening dialogues and their guests "
            "(Youxiqiao and Hequn are only the guests' home villages, not sites the article says "
            "were visited), study groups, three representative speakers a cohort.",
            "Assumed: the poverty office as a co-organiser; the dates (24-26 April 2019; the "
            "article says only 'recently'), three days a cohort, 45 leaders a region (the roster lists the 225 leaders, not the backbones), "
            "the timetable; the assessment scheme (group exchange 40%, essay 60%, each passed at "
            "60; the four levels as at the Tianhe party school, the 90/80/60 cut-offs assumed), "
            "the essay due 7 days after the class.",
            "Fictitious: the twelve unnamed field sites (named '<region> <theme> field site'), "
            "every trainee, the study groups and the speakers, the register (every trainee at "
            "every session, with leave, absence, lateness, leaving early), leave, essays and "
            "scores.",
        ),
        named_people=NAMED_PEOPLE,
    )
